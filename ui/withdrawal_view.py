"""The "Pilihan pencairan" tab: keep the JHT until the claim age, cash it out, or claim part of it.

The member picks the choices with widgets (a resignation date and perhaps a new job; a 10% or
30% partial claim on a date, with the membership start and any earlier partial claim), and
the window's workspace (planner.workspace) values every option the same way: in today's rupiah, after the
final tax, and as a cost against keeping it. A choice the rules refuse (a partial claim before
ten years of membership, or a second one) stays in the table with the reason in one sentence.

The view follows the window's current what-if assumptions (``assumptions_changed``) and
units (``real_changed``); it recomputes lazily (about a millisecond) when it is visible or when
:attr:`comparison` is read (the PDF export reads it).
"""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QDate, QEvent, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView, QCheckBox, QComboBox, QDateEdit, QDoubleSpinBox, QFormLayout, QGroupBox, QHBoxLayout,
    QHeaderView, QLabel, QScrollArea, QSizePolicy, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget,
)

from models import Assumptions
from planner import withdrawal as wd
from planner.errors import UserError
from planner.format import date_long, rupiah
from planner.projection import MAX_WAGE
from planner.rules import load_rules
from planner.report_text import refusal_text, withdrawal_units
from planner.workspace import WithdrawalRequest, Workspace, typed_source
from ui import style
from ui.whatif import number_locale
from ui.i18n import Retranslatable, style_date_edit

COLUMNS = 5  # option, paid early, paid at claim, total value, cost vs keeping
CHOICE_MIN_WIDTH = 190  # pixels: the choice's name wraps over a few lines, never down to one letter a line


def _qdate(d: dt.date) -> QDate:
    return QDate(d.year, d.month, d.day)


def _pydate(q: QDate) -> dt.date:
    return dt.date(q.year(), q.month(), q.day())


class WithdrawalView(Retranslatable, QWidget):
    request_changed = Signal(object)  # the WithdrawalRequest the widgets say, None when none is asked for

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.lang = "id"
        self.real = False
        self._assumptions: Assumptions | None = None
        self._workspace = Workspace(typed_source())
        self._comparison: wd.Comparison | None = None
        self.error: UserError | None = None
        self._dirty = True
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._recompute_if_shown)

        # -- inputs
        self.cash_out = QCheckBox()
        self.cash_out.setChecked(True)
        self.resign_on = QDateEdit()
        self.new_job = QCheckBox()
        self.new_job_on = QDateEdit()
        self.new_job_wage = QDoubleSpinBox()
        self.partial = QCheckBox()
        self.partial.setChecked(True)
        self.partial_share = QComboBox()
        self.partial_on = QDateEdit()
        self.member_since_known = QCheckBox()
        self.member_since = QDateEdit()
        self.previous = QCheckBox()
        self.previous_on = QDateEdit()
        self._date_boxes = ((self.resign_on, False), (self.new_job_on, False), (self.partial_on, False),
                            (self.member_since, True), (self.previous_on, False))  # (box, month only)
        for d, month_only in self._date_boxes:
            style_date_edit(d, month_only)
            d.setCalendarPopup(True)
            d.setKeyboardTracking(False)
            d.dateChanged.connect(self._inputs_changed)
        self.new_job_wage.setRange(0, MAX_WAGE)
        self.new_job_wage.setDecimals(0)
        self.new_job_wage.setSingleStep(100_000)
        self.new_job_wage.setPrefix("Rp ")
        self.new_job_wage.setGroupSeparatorShown(True)
        self.new_job_wage.setKeyboardTracking(False)
        self.new_job_wage.valueChanged.connect(self._inputs_changed)
        self._shares = self._allowed_shares()
        for pct, _purpose in self._shares:
            self.partial_share.addItem("", pct)
        self.partial_share.currentIndexChanged.connect(self._inputs_changed)
        for box in (self.cash_out, self.new_job, self.partial, self.member_since_known, self.previous):
            box.toggled.connect(self._inputs_changed)

        self.labels: dict[str, QLabel] = {}
        self.cash_box = QGroupBox()
        cash = QFormLayout(self.cash_box)
        cash.addRow(self.cash_out)
        self._row(cash, "resign_on", self.resign_on)
        cash.addRow(self.new_job)
        self._row(cash, "new_job_on", self.new_job_on)
        self._row(cash, "new_job_wage", self.new_job_wage)
        self.partial_box = QGroupBox()
        part = QFormLayout(self.partial_box)
        part.addRow(self.partial)
        self._row(part, "partial_share", self.partial_share)
        self._row(part, "partial_on", self.partial_on)
        since_row = QHBoxLayout()
        since_row.addWidget(self.member_since_known)
        since_row.addWidget(self.member_since, 1)
        part.addRow(since_row)
        prev_row = QHBoxLayout()
        prev_row.addWidget(self.previous)
        prev_row.addWidget(self.previous_on, 1)
        part.addRow(prev_row)
        for form in (cash, part):
            form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)

        inputs = QWidget()
        in_lay = style.flush(QVBoxLayout(inputs))
        in_lay.addWidget(self.cash_box)
        in_lay.addWidget(self.partial_box)
        in_lay.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidget(inputs)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setMinimumWidth(330)
        scroll.setMaximumWidth(420)

        # -- results
        self.title = QLabel()
        style.set_role(self.title, style.HEADING)
        self.table = QTableWidget(0, COLUMNS)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(True)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        # The choice takes the room the amounts leave, but never less than CHOICE_MIN_WIDTH (a
        # narrow window scrolls the table sideways instead: a stretched column went down to
        # one letter a line at 1366x768 with 150% scaling).
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        for col in range(1, COLUMNS):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        header.sectionResized.connect(lambda col, _old, _new: col and self._fit_choice_column())
        self.table.viewport().installEventFilter(self)
        self.table.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.refusals = QLabel()
        self.refusals.setObjectName("withdrawalRefusals")
        self.refusals.setWordWrap(True)
        self.refusals.setStyleSheet("QLabel#withdrawalRefusals { color: palette(link); }")
        self.refusals.setVisible(False)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.convention = QLabel()
        self.convention.setWordWrap(True)
        style.set_role(self.convention, style.CAPTION)

        right = QVBoxLayout()
        right.addWidget(self.title)
        right.addWidget(self.message)
        right.addWidget(self.table, 1)
        right.addWidget(self.refusals)
        right.addWidget(self.convention)
        outer = style.page(QHBoxLayout(self))
        outer.addWidget(scroll)
        outer.addLayout(right, 1)
        self._update_enabled()
        self.retranslate_ui()

    def _row(self, form: QFormLayout, key: str, widget: QWidget) -> None:
        label = QLabel()
        label.setBuddy(widget)
        self.labels[key] = label
        form.addRow(label, widget)

    @staticmethod
    def _rule(name: str):
        rules = load_rules()
        return rules.value(name, max(dt.date.today(), rules.parameter(name).starts[0]))

    @classmethod
    def _allowed_shares(cls) -> list[tuple[int, str]]:
        """The partial-claim shares in the rules, in percent, with their purpose."""
        return [(round(float(cls._rule("jht.partial_claim_" + purpose)) * 100), purpose)
                for purpose in ("retirement", "housing")]

    # ---------------------------------------------------------------- data in
    def set_workspace(self, workspace: Workspace) -> None:
        """The window's workspace: its statements give Keps Awal; it computes the comparison."""
        self._workspace = workspace
        since = workspace.member_since()
        for w in (self.member_since_known, self.member_since):
            w.blockSignals(True)
        self.member_since_known.setChecked(since is not None)
        if since is not None:
            self.member_since.setDate(_qdate(since))
        for w in (self.member_since_known, self.member_since):
            w.blockSignals(False)
        self._defaults_for_dates()
        self._update_enabled()
        self._mark_dirty()

    def set_assumptions(self, a: Assumptions | None) -> None:
        old = self._assumptions
        self._assumptions = a
        if a is not None and (old is None or old.as_of != a.as_of or old.birth_date != a.birth_date):
            self._defaults_for_dates()
        self._mark_dirty()

    def set_real(self, real: bool) -> None:
        self.real = real
        self._fill()

    def set_language(self, lang: str) -> None:
        self.lang = lang
        locale = number_locale(lang)
        for w in (self.resign_on, self.new_job_on, self.partial_on, self.member_since, self.previous_on,
                  self.new_job_wage):
            w.setLocale(locale)
        self._fill()

    def _defaults_for_dates(self) -> None:
        """Sensible starting dates after the balance date (not an edit: emits nothing)."""
        a = self._assumptions
        if a is None:
            return
        since = _pydate(self.member_since.date()) if self.member_since_known.isChecked() else None
        defaults = self._workspace.withdrawal_defaults(a, since)
        widgets = (self.resign_on, self.new_job_on, self.partial_on, self.previous_on, self.new_job_wage)
        for w in widgets:
            w.blockSignals(True)
        for d in (self.resign_on, self.new_job_on, self.partial_on):
            d.setMinimumDate(_qdate(defaults.earliest))
        self.resign_on.setDate(_qdate(defaults.resign_on))
        self.new_job_on.setDate(_qdate(defaults.new_job_on))
        self.new_job_wage.setValue(float(a.wage))
        self.partial_on.setDate(_qdate(defaults.partial_on))
        self.previous_on.setDate(_qdate(a.as_of))
        for w in widgets:
            w.blockSignals(False)

    # ---------------------------------------------------------------- computing
    def _inputs_changed(self, *_args) -> None:
        self._update_enabled()
        self._mark_dirty()

    def _update_enabled(self) -> None:
        self.resign_on.setEnabled(self.cash_out.isChecked())
        self.new_job.setEnabled(self.cash_out.isChecked())
        job = self.cash_out.isChecked() and self.new_job.isChecked()
        self.new_job_on.setEnabled(job)
        self.new_job_wage.setEnabled(job)
        part = self.partial.isChecked()
        for w in (self.partial_share, self.partial_on, self.member_since_known, self.previous):
            w.setEnabled(part)
        self.member_since.setEnabled(part and self.member_since_known.isChecked())
        self.previous_on.setEnabled(part and self.previous.isChecked())

    def _mark_dirty(self) -> None:
        self._dirty = True
        self._timer.start()
        request = self.choices()
        self.request_changed.emit(request if request.asks_anything else None)

    def _recompute_if_shown(self) -> None:
        if self.isVisible():
            self.recompute()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._dirty:
            self.recompute()

    def choices(self) -> WithdrawalRequest:
        """The withdrawal choices, from the widgets."""
        cash_out_on = new_job = partial_pct = partial_on = member_since = previous = None
        if self.cash_out.isChecked():
            cash_out_on = _pydate(self.resign_on.date())
            if self.new_job.isChecked():
                new_job = wd.NewJob(_pydate(self.new_job_on.date()), float(self.new_job_wage.value()))
        if self.partial.isChecked():
            partial_pct = int(self.partial_share.currentData())
            partial_on = _pydate(self.partial_on.date())
            member_since = _pydate(self.member_since.date()) if self.member_since_known.isChecked() else None
            previous = _pydate(self.previous_on.date()) if self.previous.isChecked() else None
        return WithdrawalRequest(cash_out_on, new_job, partial_pct, partial_on, member_since, previous)

    def recompute(self) -> None:
        self._dirty = False
        self._comparison, self.error = None, None
        request = self.choices()
        if self._assumptions is not None:
            try:
                self._comparison = self._workspace.withdrawal(self._assumptions, request)
            except UserError as exc:
                self.error = exc
        self._fill()

    @property
    def comparison(self) -> wd.Comparison | None:
        """The current comparison (computed now if the inputs changed since)."""
        if self._dirty:
            self.recompute()
        return self._comparison

    # ---------------------------------------------------------------- showing
    def option_name(self, o: wd.WithdrawalOption, claim_age: int | None) -> str:
        if o.kind == "keep":
            return self.tr("Keep it until age {age}").format(age=claim_age)
        details = o.details or {}
        if o.kind == "cash_out":
            if o.refused:
                return self.tr("Cash out on resigning")
            text = self.tr("Resign on {date}, cash out on {paid}").format(
                date=date_long(dt.date.fromisoformat(details["resign"]), self.lang),
                paid=date_long(dt.date.fromisoformat(details["paid_on"]), self.lang))
            if "new_job_start" in details:
                text += self.tr("; new job from {date} at {wage} a month").format(
                    date=date_long(dt.date.fromisoformat(details["new_job_start"]), self.lang),
                    wage=rupiah(details["new_job_wage"], self.lang))
            return text
        share = self.partial_share.currentData() if o.refused else round(details.get("share", 0) * 100)
        if o.refused:
            return self.tr("Partial claim of {pct}%").format(pct=share)
        return self.tr("Partial claim of {pct}% on {date}").format(
            pct=share, date=date_long(dt.date.fromisoformat(details["on"]), self.lang))

    def _amount(self, p: wd.Payment | None) -> str:
        if p is None:
            return "—"
        value = p.net_real if self.real else p.net
        return self.tr("{amount} on {date}").format(amount=rupiah(value, self.lang), date=date_long(p.on, self.lang))

    def _fill(self) -> None:
        c, a, lang = self._comparison, self._assumptions, self.lang
        unit = self.tr("today's value") if self.real else self.tr("nominal")
        self.table.setHorizontalHeaderLabels([
            self.tr("Choice"),
            self.tr("Paid early\n(net, {unit})").format(unit=unit),
            self.tr("Paid at the claim date\n(net, {unit})").format(unit=unit),
            self.tr("Total value\n(net, today's value)"),
            self.tr("Cost against keeping\n(today's value)"),
        ])
        if self.error is not None:
            self.message.setText(self.error.text(lang))
        elif a is None:
            self.message.setText(self.tr("Import a statement or make a quick entry to compare the choices."))
        else:
            self.message.setText("")
        self.message.setVisible(bool(self.message.text()))
        self.table.setRowCount(0)
        self.convention.setText("" if c is None else withdrawal_units(lang, self.real))
        if c is None:
            self.refusals.setVisible(False)
            return
        claim_age = int(a.claim_age) if a is not None and a.claim_age is not None else None
        refusals = []
        self.table.setRowCount(len(c.options))
        for row, o in enumerate(c.options):
            name = QTableWidgetItem(self.option_name(o, claim_age))
            self.table.setItem(row, 0, name)
            if o.refused:
                reason = o.refusal.text(lang)
                refusals.append(f"{self.option_name(o, claim_age)}: {reason}")
                item = QTableWidgetItem(refusal_text(o.refusal, lang))
                item.setToolTip(reason)
                name.setToolTip(reason)
                self.table.setItem(row, 1, item)
                self.table.setSpan(row, 1, 1, COLUMNS - 1)
                continue
            cells = [
                "; ".join(self._amount(p) for p in o.payments) or "—",
                self._amount(o.at_claim),
                rupiah(o.value_real, lang),
                "—" if o.kind == "keep" else rupiah(o.cost_vs_keep, lang),
            ]
            for col, text in enumerate(cells, start=1):
                item = QTableWidgetItem(text)
                if col >= 3:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(row, col, item)
        self._fit_choice_column()
        self.refusals.setText("\n".join(refusals))
        self.refusals.setVisible(bool(refusals))

    def _fit_choice_column(self) -> None:
        """The choice column: the table's width less the amounts' columns, at least CHOICE_MIN_WIDTH."""
        header = self.table.horizontalHeader()
        amounts = sum(header.sectionSize(col) for col in range(1, COLUMNS))
        width = max(CHOICE_MIN_WIDTH, self.table.viewport().width() - amounts)
        if header.sectionSize(0) != width:
            header.resizeSection(0, width)
        self.table.resizeRowsToContents()

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt's name
        if watched is self.table.viewport() and event.type() == QEvent.Type.Resize:
            self._fit_choice_column()
        return super().eventFilter(watched, event)

    def refusal_texts(self) -> list[str]:
        c = self.comparison
        return [] if c is None else [o.refusal.text(self.lang) for o in c.options if o.refused]

    # ---------------------------------------------------------------- texts
    def retranslate_ui(self) -> None:
        for box, month_only in self._date_boxes:
            style_date_edit(box, month_only)
        self.title.setText(self.tr("Withdrawal choices side by side"))
        self.cash_box.setTitle(self.tr("Cash out on resigning"))
        self.cash_out.setText(self.tr("Compare &cashing out everything"))
        self.new_job.setText(self.tr("Later a &new job (a new JHT balance)"))
        self.partial_box.setTitle(self.tr("Partial claim (once, after {years} years of membership)").format(
            years=int(self._rule("jht.partial_claim_min_years"))))
        self.partial.setText(self.tr("Compare a &partial claim"))
        self.member_since_known.setText(self.tr("Member &since"))
        self.previous.setText(self.tr("Alrea&dy claimed part on"))
        # The check box before each date is its label (for screen readers too).
        for box, date in ((self.member_since_known, self.member_since), (self.previous, self.previous_on)):
            date.setAccessibleName(box.text().replace("&", ""))
        texts = {
            "resign_on": self.tr("&Resign on"),
            "new_job_on": self.tr("New &job from"),
            "new_job_wage": self.tr("New monthly &wage"),
            "partial_share": self.tr("Sh&are"),
            "partial_on": self.tr("Claim &on"),
        }
        for key, text in texts.items():
            self.labels[key].setText(text)
        purposes = {"retirement": self.tr("{pct}% (preparing for retirement)"), "housing": self.tr("{pct}% (housing)")}
        for i, (pct, purpose) in enumerate(self._shares):
            self.partial_share.setItemText(i, purposes[purpose].format(pct=pct))
        self._fill()



def install(window) -> None:
    """A "Withdrawal choices" tab beside the projection, fed by the window's signals."""
    view = WithdrawalView()
    window.withdrawal_view = view
    view.set_language(window.lang)
    view.set_real(bool(window.real))
    window.add_view(view, lambda: QCoreApplication.translate("WithdrawalView", "Withdrawal choices"), "withdrawal")

    def workspace_changed(workspace) -> None:
        view.set_workspace(workspace)
        view.set_assumptions(window.current_assumptions())

    view.request_changed.connect(window.set_withdrawal_request)
    window.workspace_changed.connect(workspace_changed)
    window.assumptions_changed.connect(lambda _a: view.set_assumptions(window.current_assumptions()))
    window.real_changed.connect(view.set_real)
    window.language_changed.connect(view.set_language)
    workspace_changed(window.workspace)
