"""Quick entry: the member types what JMO shows when there is no statement to import.

Saldo and its date, current monthly wage, birth date, and optionally the card (KPJ) and the
employer. The dialog only reads the fields; every range check is the projection's own
(:func:`planner.projection.resolve`), so the dialog and the projection can never disagree.
Messages are one plain sentence in the active language, shown under the form, and the field
at fault gets the focus.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from decimal import Decimal

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from models import Assumptions
from planner.errors import UserError
from planner.format import date_long, rupiah
from planner.parse import ParseError, parse_typed_amount, parse_typed_date
from planner.projection import resolve
from planner.rules import RuleUsage, load_rules
from ui.contrib_model import current_lang
from ui.data_commands import SaveQuickEntry
from ui.i18n import Retranslatable

KPJ_DIGITS = 11  # a KPJ card number has 11 digits (rsjht-format.md)
_SEPARATORS = re.compile(r"[\s.\-/]")


@dataclass(frozen=True, slots=True)
class QuickEntryValues:
    """What the member typed, checked. Amounts in rupiah."""

    balance: float
    as_of: dt.date
    wage: float
    birth_date: dt.date
    kpj: str = ""
    employer: str = ""

    def assumptions(self) -> Assumptions:
        return Assumptions(balance=self.balance, as_of=self.as_of, birth_date=self.birth_date, wage=self.wage)

    def quick_entry(self):
        """As the store keeps it (planner.baseline.QuickEntry)."""
        from planner.baseline import QuickEntry

        return QuickEntry(saldo=Decimal(str(round(self.balance, 2))), saldo_date=self.as_of,
                          wage=Decimal(str(round(self.wage, 2))), birth_date=self.birth_date,
                          kpj=self.kpj, employer=self.employer)


class QuickEntryDialog(Retranslatable, QDialog):
    """Modal form; :meth:`values` is set when the dialog is accepted."""

    FIELDS = ("balance", "as_of", "wage", "birth_date", "kpj", "employer")

    def __init__(self, parent: QWidget | None = None, initial: QuickEntryValues | None = None,
                 today: dt.date | None = None):
        super().__init__(parent)
        self._today = today or dt.date.today()
        self._values: QuickEntryValues | None = None
        self._lang = current_lang()

        self.balance = QLineEdit()
        self.as_of = QLineEdit()
        self.wage = QLineEdit()
        self.birth_date = QLineEdit()
        self.kpj = QLineEdit()
        self.employer = QLineEdit()
        self.employer.setMaxLength(120)
        self.kpj.setMaxLength(20)
        for w in (self.balance, self.wage):
            w.setAlignment(Qt.AlignmentFlag.AlignRight)
            w.setInputMethodHints(Qt.InputMethodHint.ImhFormattedNumbersOnly)
        for w in (self.as_of, self.birth_date):
            w.setInputMethodHints(Qt.InputMethodHint.ImhDate)
        self.as_of.setText(date_long(self._today, self._lang))

        self.labels: dict[str, QLabel] = {}
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        for name in ("balance", "as_of", "wage", "birth_date", "kpj", "employer"):
            label = QLabel()
            label.setBuddy(getattr(self, name))
            self.labels[name] = label
            form.addRow(label, getattr(self, name))

        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setObjectName("quickEntryError")
        self.error.setStyleSheet("color: #b3261e;")
        self.error.setAccessibleName("error")
        self.error.hide()
        self.preview = QLabel()
        self.preview.setWordWrap(True)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addWidget(self.preview)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

        for name in self.FIELDS:
            getattr(self, name).textEdited.connect(self._edited)
        self.balance.editingFinished.connect(lambda: self._show_amount(self.balance))
        self.wage.editingFinished.connect(lambda: self._show_amount(self.wage))
        if initial is not None:
            self.set_values(initial)
        self.retranslate_ui()
        self.setMinimumWidth(440)

    # --- values ----------------------------------------------------------------------------
    def set_values(self, v: QuickEntryValues) -> None:
        self.balance.setText(rupiah(v.balance, self._lang)[3:])
        self.as_of.setText(date_long(v.as_of, self._lang))
        self.wage.setText(rupiah(v.wage, self._lang)[3:])
        self.birth_date.setText(date_long(v.birth_date, self._lang))
        self.kpj.setText(v.kpj)
        self.employer.setText(v.employer)

    def prefill(self, birth_date: dt.date | None = None, kpj: str = "", employer: str = "",
                wage: float | None = None) -> None:
        """Fill what the database already knows, leaving the member's own typing alone."""
        if birth_date and not self.birth_date.text():
            self.birth_date.setText(date_long(birth_date, self._lang))
        if kpj and not self.kpj.text():
            self.kpj.setText(kpj)
        if employer and not self.employer.text():
            self.employer.setText(employer)
        if wage and not self.wage.text():
            self.wage.setText(rupiah(wage, self._lang)[3:])

    def values(self) -> QuickEntryValues | None:
        return self._values

    def validate(self) -> QuickEntryValues:
        """Read and check every field. Raises UserError with the sentence to show;
        ``error.field`` names the field at fault."""
        balance = self._amount(self.balance, "balance")
        as_of = self._date(self.as_of, "as_of")
        wage = self._amount(self.wage, "wage")
        birth = self._date(self.birth_date, "birth_date")
        kpj = _SEPARATORS.sub("", self.kpj.text())
        if kpj and (not kpj.isdigit() or len(kpj) != KPJ_DIGITS):
            raise _field_error("kpj", "kpj_format",
                               self.tr("The card number (KPJ) must have {0} digits, or leave it empty.").format(KPJ_DIGITS))
        values = QuickEntryValues(balance, as_of, wage, birth, kpj, self.employer.text().strip())
        try:
            resolve(values.assumptions(), load_rules(), RuleUsage(), self._today)
        except UserError as exc:
            exc.field = _FIELD_OF_CODE.get(exc.code, "balance")
            raise
        return values

    def accept(self) -> None:
        try:
            self._values = self.validate()
        except UserError as exc:
            self.show_error(exc.text(self._lang), getattr(exc, "field", None))
            return
        self.error.hide()
        super().accept()

    def show_error(self, text: str, field: str | None = None) -> None:
        self.error.setText(text)
        self.error.show()
        if field and hasattr(self, field):
            w = getattr(self, field)
            w.setFocus(Qt.FocusReason.OtherFocusReason)
            w.selectAll() if isinstance(w, QLineEdit) else None

    def error_text(self) -> str:
        return self.error.text() if self.error.isVisibleTo(self) else ""

    def _edited(self) -> None:
        self.error.hide()

    def _amount(self, edit: QLineEdit, field: str) -> float:
        text = edit.text().strip()
        name = self._field_name(field)
        if not text:
            raise _field_error(field, "missing", self.tr("{0} is missing.").format(name))
        try:
            value = parse_typed_amount(text)
        except ParseError:
            raise _field_error(field, "bad_amount",
                               self.tr("{0} is not a rupiah amount: {1}").format(name, text)) from None
        if value < 0:
            raise _field_error(field, "negative", self.tr("{0} cannot be negative.").format(name))
        return float(value)

    def _date(self, edit: QLineEdit, field: str) -> dt.date:
        text = edit.text().strip()
        name = self._field_name(field)
        if not text:
            raise _field_error(field, "missing", self.tr("{0} is missing.").format(name))
        try:
            return parse_typed_date(text)
        except ParseError:
            raise _field_error(field, "bad_date",
                               self.tr("{0} is not a valid date: {1} (write for example 31 December 2024 or 31-12-2024).").format(name, text)) from None

    def _field_name(self, field: str) -> str:
        return {
            "balance": self.tr("The JHT balance"),
            "as_of": self.tr("The balance date"),
            "wage": self.tr("The monthly wage"),
            "birth_date": self.tr("The birth date"),
        }[field]

    def _show_amount(self, edit: QLineEdit) -> None:
        """After typing, show the amount as it was read, so 1.234 vs 1,234 is never a surprise."""
        try:
            value = parse_typed_amount(edit.text())
        except ParseError:
            return
        if value >= 0:
            edit.setText(rupiah(value, self._lang)[3:])

    # --- language --------------------------------------------------------------------------

    def retranslate_ui(self) -> None:
        self._lang = current_lang()
        self.setWindowTitle(self.tr("Quick entry of the JHT balance"))
        self.intro.setText(self.tr(
            "No statement PDF? Copy the figures from the JMO app (Jaminan Hari Tua > Cek Saldo)."))
        texts = {
            "balance": self.tr("JHT &balance (Rp):"),
            "as_of": self.tr("Balance &date:"),
            "wage": self.tr("Current monthly &wage (Rp):"),
            "birth_date": self.tr("Birth da&te:"),
            "kpj": self.tr("&Card number (KPJ, optional):"),
            "employer": self.tr("&Employer (optional):"),
        }
        for name, text in texts.items():
            self.labels[name].setText(text)
        self.balance.setPlaceholderText(self.tr("e.g. 25,000,000 or 25 million"))
        self.wage.setPlaceholderText(self.tr("e.g. 5,000,000 or 5.1 million"))
        self.as_of.setPlaceholderText(self.tr("e.g. 31 December 2024 or 31-12-2024"))
        self.birth_date.setPlaceholderText(self.tr("e.g. 1 February 1990 or 01-02-1990"))
        self.birth_date.setToolTip(self.tr("Your birth date sets the day you can claim your JHT at the retirement age."))
        self.wage.setToolTip(self.tr("The wage your employer reports to BPJS; for BPU, the income you declare."))
        self.preview.setText(self.tr("The card number is kept on this computer only and shown masked."))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Save"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))


# Which field a projection check is about, to put the focus there.
_FIELD_OF_CODE = {
    "birth_date_future": "birth_date",
    "as_of_before_birth": "as_of",
    "as_of_too_early": "as_of",
    "as_of_future": "as_of",
    "as_of_after_claim": "birth_date",
    "balance_range": "balance",
    "wage_range": "wage",
    "bpu_income_floor": "wage",
}


def _field_error(field: str, code: str, text: str) -> UserError:
    # The dialog speaks one language at a time: the sentence is already translated.
    exc = UserError(code, text, text)
    exc.field = field
    return exc


def _latest_wage(statements) -> float | None:
    wages = [(st.year, st.last_wage) for st in statements if st.last_wage]
    return float(max(wages)[1]) if wages else None


class QuickEntryController:
    """Opens the dialog for the window and saves what it returns as one undo step."""

    def __init__(self, window):
        self.window = window
        self.dialog: QuickEntryDialog | None = None
        self.message_box: QMessageBox | None = None

    def open(self) -> QuickEntryDialog:
        w = self.window
        source = w.data_source
        initial = None
        latest = getattr(source, "quick_entry", None)
        if callable(latest):
            q = latest()
            if q is not None:
                initial = QuickEntryValues(float(q.saldo), q.saldo_date, float(q.wage), q.birth_date,
                                           q.kpj or "", q.employer or "")
        dialog = QuickEntryDialog(w, initial)
        if initial is None and source is not None:
            statements = list(source.statements())
            member = getattr(source, "member", None)
            birth = None
            m = member() if callable(member) else None
            if m is not None and m.birth_date:
                birth = m.birth_date
            elif statements:
                birth = statements[-1].member.birth_date
            latest_card = statements[-1].card if statements else None
            dialog.prefill(birth_date=birth, kpj=latest_card.kpj if latest_card else "",
                           employer=latest_card.employer if latest_card else "", wage=_latest_wage(statements))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda d=dialog: self.save(d.values()))
        dialog.finished.connect(lambda _r: setattr(self, "dialog", None))
        self.dialog = dialog
        dialog.open()
        return dialog

    def save(self, values: QuickEntryValues | None) -> None:
        if values is None:
            return
        w = self.window
        store = w.data_source
        if store is None or getattr(store, "is_demo", False) or not hasattr(store, "save_quick_entry"):
            from ui.import_flow import open_default_store  # ui.import_flow reaches this module through ui.ocr_review

            try:
                store = open_default_store()
            except UserError as exc:
                self.refused(exc)
                return
            w.set_data_source(store)  # clears the undo stack: before the command is pushed
        text = QCoreApplication.translate("QuickEntryDialog", "Quick entry: balance {0}").format(
            rupiah(values.balance, current_lang()))
        w.undo_stack.push(SaveQuickEntry(store, values.quick_entry(), text, w.reload, self.refused))
        w.show_view("projection")

    def refused(self, exc: UserError) -> None:
        """The store's one sentence (read-only, busy, disk full) in a box that does not block."""
        box = QMessageBox(QMessageBox.Icon.Warning, QCoreApplication.translate("QuickEntryDialog", "Quick entry"),
                          exc.text(current_lang()), QMessageBox.StandardButton.Ok, self.window)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.message_box = box
        box.finished.connect(lambda _r: setattr(self, "message_box", None))
        box.open()


def install(window) -> None:
    controller = QuickEntryController(window)
    window.quick_entry = controller
    window.quick_entry_requested.connect(controller.open)
