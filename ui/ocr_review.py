"""Checking what was read from a picture before anything is stored.

Each value that no self-check of the statement confirmed (planner.importers.ocr_checks) is a
row: the crop of the picture it came from, where it is (page, line), the value in an editable
box, why it needs checking, and a "Confirmed" box. The row stays marked until the member
ticks it; editing a value ticks it. Save is enabled only when every row is confirmed; the
corrections are applied by planner.importers.picture.confirm (Qt-free), which audits the
statements again and marks them confirmed.

A Saldo Awal that differs from the previous year's Saldo Akhir already stored is one of those
rows too (:func:`with_openings_checked`), its reason saying the stored closing.

A JMO Cek Saldo screenshot is not a statement: :func:`offer_quick_entry` opens the quick
entry with the card, employer and balance the picture shows, for the member to confirm.
"""
from __future__ import annotations

import logging
from pathlib import Path
from typing import Callable, Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QProgressDialog,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from models.picture import UncertainField
from planner.errors import UserError
from planner.format import mask_digits, rupiah
from planner.importers import ImportResult
from planner.importers.picture import CekSaldoScreen, check_openings, confirm, is_picture, read_picture_paths
from planner.paths import database_path
from planner.store import Store
from planner.texts import tr as say  # not "tr": pyside6-lupdate would take it for Qt's
from ui import worker
from ui.contrib_model import current_lang

UNCONFIRMED = QColor(255, 235, 150)
log = logging.getLogger(__name__)


class OcrReviewDialog(QDialog):
    """Lists every uncertain value of `results`; `confirmed_results()` after Save."""

    def __init__(self, results: Sequence[ImportResult], lang: str = "id", parent: QWidget | None = None):
        super().__init__(parent)
        self._results = list(results)
        self._lang = lang
        self.setWindowTitle(say("ocr.review.title", lang))
        self.resize(900, 600)
        layout = QVBoxLayout(self)
        self.intro = QLabel(say("ocr.review.intro", lang))
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)
        grid_host = QWidget()
        grid = QGridLayout(grid_host)
        for col, key in enumerate(("ocr.review.picture", "ocr.review.where", "ocr.review.value",
                                   "ocr.review.why", "ocr.review.confirmed")):
            grid.addWidget(QLabel(f"<b>{say(key, lang)}</b>"), 0, col)
        self.rows: list[tuple[int, UncertainField, QLineEdit, QCheckBox]] = []
        r = 1
        for index, result in enumerate(self._results):
            for field in result.uncertain:
                crop = QLabel()
                pixmap = QPixmap()
                pixmap.loadFromData(field.crop_png, "PNG")
                crop.setPixmap(pixmap)
                where = QLabel(say("ocr.review.page_line", lang, file=result.file_name, page=field.page,
                                  line=field.line))
                edit = QLineEdit(field.value)
                edit.setMinimumWidth(220)
                why = QLabel(field.why)
                why.setWordWrap(True)
                box = QCheckBox()
                edit.textEdited.connect(lambda _t, b=box: b.setChecked(True))
                box.toggled.connect(self._update)
                for col, widget in enumerate((crop, where, edit, why, box)):
                    grid.addWidget(widget, r, col)
                self.rows.append((index, field, edit, box))
                r += 1
        grid.setRowStretch(r, 1)  # rows packed at the top, however few
        grid.setColumnStretch(3, 1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(grid_host)
        layout.addWidget(scroll, 1)
        self.note = QLabel()
        self.note.setWordWrap(True)
        layout.addWidget(self.note)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self._confirmed: list[ImportResult] | None = None
        self._update()

    @property
    def save_button(self):
        return self.buttons.button(QDialogButtonBox.StandardButton.Save)

    def unconfirmed(self) -> list[UncertainField]:
        return [field for _, field, _, box in self.rows if not box.isChecked()]

    def _update(self) -> None:
        for _, _, edit, box in self.rows:
            edit.setStyleSheet("" if box.isChecked() else f"background: {UNCONFIRMED.name()}")
        left = len(self.unconfirmed())
        self.save_button.setEnabled(left == 0)
        self.note.setText(say("ocr.review.left", self._lang, count=left) if left else "")

    def accept(self) -> None:
        if self.unconfirmed():
            return
        try:
            self._confirmed = [self._confirm(i, result) for i, result in enumerate(self._results)]
        except UserError as exc:
            self.note.setText(exc.text(self._lang))
            return
        super().accept()

    def _confirm(self, index: int, result: ImportResult) -> ImportResult:
        if not result.uncertain:
            return result
        values = {(field.statement, field.field): edit.text() for i, field, edit, _ in self.rows if i == index}
        return confirm(result, values, self._lang)

    def confirmed_results(self) -> list[ImportResult]:
        """The results with the member's values, after Save (empty before)."""
        return list(self._confirmed or [])


PICTURE_PATTERNS = "*.png *.PNG *.jpg *.JPG *.jpeg *.JPEG *.tif *.tiff *.bmp *.webp"


def picture_group(paths: Sequence[Path]) -> list[Path]:
    """The pictures at the head of `paths` (read together as the pages of one printout)."""
    group = []
    for path in paths:
        try:
            with open(path, "rb") as fh:
                if not is_picture(fh.read(16)):
                    break
        except OSError:
            break
        group.append(path)
    return group


def read_pictures(paths: Sequence[Path], progress_dialog: Callable[[], QProgressDialog | None],
                  on_result: Callable[[ImportResult], None],
                  on_error: Callable[[BaseException], None]) -> worker.Task:
    """Read `paths` as one printout in the background, the progress dialog showing how far."""
    lang = current_lang()

    def show(fraction: float) -> None:
        dialog = progress_dialog()
        if dialog is not None:
            dialog.setLabelText(say("ocr.progress", lang, percent=round(100 * fraction)))

    return worker.run_task(read_picture_paths, list(paths), lang=lang, on_result=on_result, on_error=on_error,
                           on_progress=show)


def with_openings_checked(results: Sequence[ImportResult]) -> list[ImportResult]:
    """`results` with each picture statement's Saldo Awal checked against the previous year's
    Saldo Akhir in the member's database, when it holds that year
    (planner.importers.picture.check_openings): pictures and scanned PDFs alike. A database
    that cannot be read now is left to the import's own planning, which says why."""
    if not any(r.openings for r in results) or not database_path().exists():
        return list(results)
    lang = current_lang()
    try:
        with Store.open() as store:
            stored = store.statements(lang=lang)
    except UserError:
        log.debug("the stored statements could not be read for the opening check", exc_info=True)
        return list(results)
    return [check_openings(r, stored, lang) for r in results]


def is_cek_saldo(exc: BaseException) -> bool:
    return isinstance(exc, CekSaldoScreen)


def needs_review(results: Sequence[ImportResult]) -> bool:
    return any(r.uncertain for r in with_openings_checked(results))


def open_review(parent: QWidget, results: Sequence[ImportResult],
                done: Callable[[list[ImportResult] | None], None]) -> OcrReviewDialog:
    """Open the dialog without blocking; `done(results)` after Save, `done(None)` on Cancel."""
    dialog = OcrReviewDialog(with_openings_checked(results), current_lang(), parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.finished.connect(
        lambda r, d=dialog: done(d.confirmed_results() if r == QDialog.DialogCode.Accepted else None))
    dialog.open()
    return dialog


def offer_quick_entry(window, exc: BaseException):
    """For a JMO Cek Saldo screenshot: the quick entry, filled with what it shows, for the
    member to confirm. Nothing for any other problem."""
    if not isinstance(exc, CekSaldoScreen):
        return None
    found = exc.found
    dialog = window.quick_entry.open()
    dialog.prefill(kpj=found.kpj, employer=found.employer)
    lang = current_lang()
    dialog.balance.setText(rupiah(found.saldo, lang)[3:])  # as QuickEntryDialog.set_values writes it
    dialog.balance.setStyleSheet(f"background: {UNCONFIRMED.name()}")
    dialog.balance.setToolTip(say("ocr.review.from_screenshot", lang,
                                 kpj=mask_digits(found.kpj) if found.kpj else "-"))
    return dialog

