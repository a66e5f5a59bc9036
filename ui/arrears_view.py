"""The "Tunggakan & bukti" view: the arrears table, the letters (editable before export) and
the "Siap cair" checklist.

It shows typed results computed in planner.remedies and never computes: the window (or the
workspace) hands it a :class:`RemediesSection` (the same one the PDF report shows), the
letters and the member's note, via :meth:`ArrearsView.show_results`. Exports go through
planner.remedies.export, which writes atomically; the app sends nothing.
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QFontDatabase, QGuiApplication
import datetime as dt
import logging

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (QComboBox, QDateEdit, QFileDialog, QHBoxLayout, QHeaderView, QLabel, QListWidget,
                               QPlainTextEdit, QPushButton, QSplitter, QTableWidget, QTableWidgetItem, QVBoxLayout,
                               QWidget)

from models.remedies import ClaimReason, Letter, RemediesSection
from planner.errors import UserError
from planner.remedies.readiness import readiness_title, reason_label
from planner.remedies.report_section import readiness_lines, remedies_for_statements
from planner.workspace import ClaimRequest, claim_readiness
# Named apart from Qt's text_for(): lupdate would take the catalog keys for Qt strings to translate.
from planner.texts import tr as text_for
from ui import style
from ui.i18n import Retranslatable, current_language, style_date_edit

log = logging.getLogger(__name__)


class ArrearsView(Retranslatable, QWidget):
    readiness_requested = Signal(object, object)  # (ClaimReason, datetime.date): the member asked

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._lang = current_language()
        self._section: RemediesSection | None = None
        self._letters: tuple[Letter, ...] = ()
        self._edited: dict[int, str] = {}  # the member's edits, per letter, kept when switching letters

        self.title = QLabel()
        style.set_role(self.title, style.HEADING)
        self.table = QTableWidget(0, 0)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.notes = QPlainTextEdit()
        self.notes.setReadOnly(True)

        self.letter_choice = QComboBox()
        self.letter_text = QPlainTextEdit()
        self.letter_text.setObjectName("letterText")
        # the letter's table is fixed-width text: a monospace font keeps its columns aligned
        self.letter_text.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.save_pdf = QPushButton()
        self.save_text = QPushButton()
        self.copy = QPushButton()
        self.status = QLabel()
        self.status.setWordWrap(True)

        self.ready_title = QLabel()
        style.set_role(self.ready_title, style.BODY, bold=True)
        self.checklist = QListWidget()
        self.checklist.setWordWrap(True)
        self.reason_choice = QComboBox()
        self.claim_date = QDateEdit(QDate.currentDate())
        self.claim_date.setCalendarPopup(True)
        style_date_edit(self.claim_date)
        self.check_button = QPushButton()

        left = QWidget()
        lv = style.flush(QVBoxLayout(left))
        lv.addWidget(self.title)
        lv.addWidget(self.table, 3)
        lv.addWidget(self.notes, 2)
        controls = QHBoxLayout()
        controls.addWidget(self.reason_choice, 2)
        controls.addWidget(self.claim_date)
        controls.addWidget(self.check_button)
        lv.addLayout(controls)
        lv.addWidget(self.ready_title)
        lv.addWidget(self.checklist, 2)
        right = QWidget()
        rv = style.flush(QVBoxLayout(right))
        rv.addWidget(self.letter_choice)
        rv.addWidget(self.hint)
        rv.addWidget(self.letter_text, 1)
        buttons = QHBoxLayout()
        for b in (self.save_pdf, self.save_text, self.copy):
            buttons.addWidget(b)
        rv.addLayout(buttons)
        rv.addWidget(self.status)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(left)
        split.addWidget(right)
        split.setSizes([560, 700])  # the letter's table is about 90 characters wide
        layout = style.page(QVBoxLayout(self))
        layout.addWidget(split)

        self.letter_choice.currentIndexChanged.connect(self._show_letter)
        self.letter_text.textChanged.connect(self._remember_edit)
        self.save_pdf.clicked.connect(lambda: self._ask_and_save(".pdf"))
        self.save_text.clicked.connect(lambda: self._ask_and_save(".txt"))
        self.copy.clicked.connect(lambda: QGuiApplication.clipboard().setText(self.letter_text.toPlainText()))
        self.check_button.clicked.connect(self._ask_readiness)
        self.retranslate_ui()

    # ------------------------------------------------------------------ data in

    def show_results(self, section: RemediesSection, letters: tuple[Letter, ...], note: str = "") -> None:
        """Show a computed section and its letters (the member's earlier edits are dropped)."""
        self._section = section
        self._letters = letters
        self._edited = {}
        self.table.setColumnCount(len(section.table_head))
        self.table.setHorizontalHeaderLabels(list(section.table_head))
        self.table.setRowCount(len(section.table_rows))
        for r, row in enumerate(section.table_rows):
            for c, cell in enumerate(row):
                item = QTableWidgetItem(cell)
                if c >= 3:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(r, c, item)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.notes.setPlainText("\n\n".join(section.paragraphs + ((note,) if note else ())) or text_for("remedies.none", self._lang))
        if section.checklist:
            self.show_readiness(section.checklist_title, section.checklist)
        self.letter_choice.blockSignals(True)
        self.letter_choice.clear()
        self.letter_choice.addItems([text_for("remedies.view.letter_for", self._lang,
                                        kind=text_for(f"remedies.view.kind.{l.kind.value}", self._lang), employer=l.employer)
                                     if l.employer else text_for(f"remedies.view.kind.{l.kind.value}", self._lang)
                                     for l in letters])
        self.letter_choice.blockSignals(False)
        self._show_letter(0)

    def show_readiness(self, title: str, lines: tuple[str, ...] | list[str]) -> None:
        """The "Siap cair" checklist, as computed by planner.remedies.readiness."""
        self.ready_title.setText(title)
        self.checklist.clear()
        self.checklist.addItems(list(lines))

    def _ask_readiness(self) -> None:
        value = self.reason_choice.currentData()  # Qt hands a str-based enum back as its str
        if value is not None:
            self.readiness_requested.emit(ClaimReason(value), self.claim_date.date().toPython())

    # ------------------------------------------------------------------ letters

    def _show_letter(self, index: int) -> None:
        if not 0 <= index < len(self._letters):
            self.letter_text.setPlainText("")
            return
        self.letter_text.blockSignals(True)
        self.letter_text.setPlainText(self._edited.get(index, self._letters[index].body))
        self.letter_text.blockSignals(False)

    def _remember_edit(self) -> None:
        index = self.letter_choice.currentIndex()
        if 0 <= index < len(self._letters):
            self._edited[index] = self.letter_text.toPlainText()

    def current_letter_text(self) -> str:
        """The letter as the member left it, edits included."""
        return self.letter_text.toPlainText()

    def save_letter(self, path: Path) -> bool:
        """Write the shown letter, edits included: PDF for .pdf, plain text otherwise."""
        # Imported here: matplotlib's PDF machinery is loaded when a letter is saved, not at start-up.
        from planner.remedies.export import write_pdf, write_text

        try:
            if path.suffix.lower() == ".pdf":
                write_pdf(path, [self.current_letter_text()], title=self.letter_choice.currentText())
            else:
                write_text(path, self.current_letter_text())
        except UserError as exc:
            self.status.setText(exc.text(self._lang))
            return False
        self.status.setText(text_for("remedies.cli.written", self._lang, path=str(path)))
        return True

    def _ask_and_save(self, suffix: str) -> None:
        name, _ = QFileDialog.getSaveFileName(self, self.letter_choice.currentText(), f"surat{suffix}")
        if name:
            self.save_letter(Path(name))

    # ------------------------------------------------------------------ language

    def retranslate_ui(self) -> None:
        style_date_edit(self.claim_date)
        self._lang = current_language()
        self.title.setText(text_for("remedies.report.title", self._lang))
        self.hint.setText(text_for("remedies.view.edit_hint", self._lang))
        self.save_pdf.setText(text_for("remedies.view.save_pdf", self._lang))
        self.save_text.setText(text_for("remedies.view.save_text", self._lang))
        self.copy.setText(text_for("remedies.view.copy", self._lang))
        self.check_button.setText(text_for("remedies.view.check", self._lang))
        current = self.reason_choice.currentIndex()
        self.reason_choice.clear()
        today = dt.date.today()
        for reason in ClaimReason:
            self.reason_choice.addItem(reason_label(reason, self._lang, today), reason.value)
        self.reason_choice.setCurrentIndex(max(current, 0))
        if self.checklist.count() == 0:
            self.ready_title.setText(text_for("remedies.view.no_readiness", self._lang))


def install(window) -> None:
    """A "Tunggakan & bukti" tab (ui.main_window PLUGIN_MODULES), fed by the window's data.

    Everything shown comes from planner.remedies; the view only displays it.
    """
    view = ArrearsView()
    window.arrears_view = view
    # "&" in a tab title marks a keyboard shortcut; "&&" shows the character itself
    window.add_view(view, lambda: text_for("remedies.report.title", current_language()).replace("&", "&&"), "arrears")

    def statements() -> list:
        source = window.data_source
        return list(source.statements()) if source is not None else []

    def refresh(*_args) -> None:
        view.show_results(*remedies_for_statements(statements(), window.lang))

    def new_data(*_args) -> None:
        window.claim_request = None  # the checklist went with the data it was made for
        refresh()

    def ready(reason: ClaimReason, on: dt.date) -> None:
        a = window.current_assumptions()
        if a is None:
            view.show_readiness(text_for("remedies.view.readiness", window.lang), [text_for("remedies.view.no_data", window.lang)])
            return
        claim = ClaimRequest(reason, on)
        try:
            r = claim_readiness(window.workspace, a, claim, window.lang)  # what the report's checklist asks too
        except UserError as exc:
            view.show_readiness(text_for("remedies.view.readiness", window.lang), [exc.text(window.lang)])
            return
        view.show_readiness(readiness_title(r, window.lang), readiness_lines(r, window.lang))
        window.claim_request = claim  # the exported report carries this checklist too

    view.readiness_requested.connect(ready)
    window.data_changed.connect(new_data)
    window.language_changed.connect(refresh)
    refresh()
