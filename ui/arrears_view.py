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
from PySide6.QtWidgets import (QComboBox, QFileDialog, QHBoxLayout, QHeaderView, QLabel, QListWidget, QPlainTextEdit,
                               QPushButton, QSplitter, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)
from PySide6.QtCore import Qt

from models.remedies import Letter, RemediesSection
from planner.errors import UserError
from planner.remedies.export import write_pdf, write_text
from planner.texts import tr
from ui.i18n import Retranslatable, current_language


class ArrearsView(Retranslatable, QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._lang = current_language()
        self._section: RemediesSection | None = None
        self._letters: tuple[Letter, ...] = ()
        self._edited: dict[int, str] = {}  # the member's edits, per letter, kept when switching letters

        self.title = QLabel()
        self.title.setStyleSheet("font-size: 16px; font-weight: 600;")
        self.table = QTableWidget(0, 0)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.notes = QLabel()
        self.notes.setWordWrap(True)

        self.letter_choice = QComboBox()
        self.letter_text = QPlainTextEdit()
        self.letter_text.setObjectName("letterText")
        # the letter's table is fixed-width text: a monospace font keeps its columns aligned
        self.letter_text.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.letter_text.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.save_pdf = QPushButton()
        self.save_text = QPushButton()
        self.copy = QPushButton()
        self.status = QLabel()
        self.status.setWordWrap(True)

        self.ready_title = QLabel()
        self.ready_title.setStyleSheet("font-weight: 600;")
        self.checklist = QListWidget()
        self.checklist.setWordWrap(True)

        left = QWidget()
        lv = QVBoxLayout(left)
        lv.addWidget(self.title)
        lv.addWidget(self.table, 3)
        lv.addWidget(self.notes)
        lv.addWidget(self.ready_title)
        lv.addWidget(self.checklist, 2)
        right = QWidget()
        rv = QVBoxLayout(right)
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
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(split)

        self.letter_choice.currentIndexChanged.connect(self._show_letter)
        self.letter_text.textChanged.connect(self._remember_edit)
        self.save_pdf.clicked.connect(lambda: self._ask_and_save(".pdf"))
        self.save_text.clicked.connect(lambda: self._ask_and_save(".txt"))
        self.copy.clicked.connect(lambda: QGuiApplication.clipboard().setText(self.letter_text.toPlainText()))
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
        self.notes.setText("\n".join(section.paragraphs + ((note,) if note else ())) or tr("remedies.none", self._lang))
        self.ready_title.setText(section.checklist_title or tr("remedies.view.no_readiness", self._lang))
        self.checklist.clear()
        self.checklist.addItems(list(section.checklist))
        self.letter_choice.blockSignals(True)
        self.letter_choice.clear()
        self.letter_choice.addItems([tr(f"remedies.view.kind.{l.kind.value}", self._lang) for l in letters])
        self.letter_choice.blockSignals(False)
        self._show_letter(0)

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
        try:
            if path.suffix.lower() == ".pdf":
                write_pdf(path, [self.current_letter_text()], title=self.letter_choice.currentText())
            else:
                write_text(path, self.current_letter_text())
        except UserError as exc:
            self.status.setText(exc.text(self._lang))
            return False
        self.status.setText(tr("remedies.cli.written", self._lang, path=str(path)))
        return True

    def _ask_and_save(self, suffix: str) -> None:
        name, _ = QFileDialog.getSaveFileName(self, self.letter_choice.currentText(), f"surat{suffix}")
        if name:
            self.save_letter(Path(name))

    # ------------------------------------------------------------------ language

    def retranslate_ui(self) -> None:
        self._lang = current_language()
        self.title.setText(tr("remedies.report.title", self._lang))
        self.hint.setText(tr("remedies.view.edit_hint", self._lang))
        self.save_pdf.setText(tr("remedies.view.save_pdf", self._lang))
        self.save_text.setText(tr("remedies.view.save_text", self._lang))
        self.copy.setText(tr("remedies.view.copy", self._lang))
        if self._section is None:
            self.ready_title.setText(tr("remedies.view.no_readiness", self._lang))
