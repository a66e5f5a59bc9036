"""Importing statements: files in, a review, and only then the database.

    File > Import (Ctrl+O), the welcome button, or files dropped on the window
      -> each file read in the background (planner.importers.read_file via ui.worker)
      -> a locked PDF asks for its password (the hint: the birth date as DDMMYYYY); the
         password lives in memory for this batch only, is never stored and never logged
      -> store.plan_import(results): what would be added, duplicates, conflicts, findings
      -> the review dialog shows all of it, and the files that could not be read
      -> Save: the plan is written in the background on the worker's own connection
         (apply_on_own_connection); while another process holds the database the window keeps
         answering and shows the store's "Menunggu …", then the result or one sentence
         (DatabaseBusy). Then the window reloads, shows the history, and the import is one undo
         step (ui.commands.ImportStatements). Cancel: nothing is written.

Errors reach the member as the UserError's sentence in the active language, never as a
traceback. Dialogs are opened with ``open()`` (window-modal, not blocking), so the window
keeps painting and tests can drive them.
"""
from __future__ import annotations

import logging
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Callable, Sequence

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressDialog,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from models import Finding, Severity
from planner import texts
from planner.display import shown_name
from planner.errors import Message, UserError
from planner.format import date_long, date_short, mask_digits, rupiah
from planner.importers import ImportProblem
from planner.recovery import open_store_or_recover
from planner.store import (
    CONFLICT_CODE,
    DifferentMember,
    FilePlan,
    ImportPlan,
    ImportReport,
    Store,
    mask_long_digits,
)
from planner.texts import tr as say  # not "tr": pyside6-lupdate would take it for Qt's
from ui import ocr_review, worker
from ui.commands import ImportStatements
from ui.contrib_model import current_lang, finding_title, severity_icon, severity_tint
from ui.i18n import Retranslatable
from ui.ocr_review import PICTURE_PATTERNS

log = logging.getLogger(__name__)

FILE_PATTERNS = "*.pdf *.PDF *.csv *.CSV " + PICTURE_PATTERNS


# ------------------------------------------------------------------------------ password
class PasswordDialog(Retranslatable, QDialog):
    """Asks for one locked file's password. The text is read once and then cleared."""

    def __init__(self, file_name: str, wrong: bool = False, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("passwordDialog")
        self._file_name = file_name
        self._wrong = wrong
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b3261e;")
        self.error.setVisible(wrong)
        self.edit = QLineEdit()
        self.edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.edit.setInputMethodHints(Qt.InputMethodHint.ImhSensitiveData | Qt.InputMethodHint.ImhNoPredictiveText)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addWidget(self.edit)
        layout.addWidget(self.hint)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(420)
        self.retranslate_ui()

    def take_password(self) -> str:
        """The typed password; the field is emptied so the text does not linger."""
        text = self.edit.text()
        self.edit.clear()
        return text


    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Password needed"))
        self.message.setText(self.tr("{0} is locked with a password.").format(self._file_name))
        self.hint.setText(self.tr("Files from JMO or an institution are often locked with the birth date as DDMMYYYY."))
        self.error.setText(self.tr("That password did not open the file. Try again."))
        self.edit.setPlaceholderText(self.tr("Password"))
        self.edit.setAccessibleName(self.tr("Password"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Open"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Skip this file"))


# ------------------------------------------------------------------------------ review
@dataclass
class FileProblem:
    file_name: str
    text: str
    # A PDF whose text the planner could not read: its text can be saved without identity.
    text_source: Path | None = None
    password: str | None = field(default=None, repr=False)


class ReviewDialog(Retranslatable, QDialog):
    """What an import would change (a planner.store.ImportPlan), shown before anything is
    written. Save accepts; the "replace" box asks the flow for a plan that replaces."""

    replace_toggled = Signal(bool)

    def __init__(self, plan: ImportPlan, problems: Sequence[FileProblem] = (), lang: str = "id",
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("importReviewDialog")
        self.plan = plan
        self.problems = list(problems)
        self._lang = lang
        self.show_kpj = False

        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.tree = QTreeWidget()
        self.tree.setColumnCount(3)
        self.tree.setWordWrap(True)
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.header().setStretchLastSection(True)
        self.replace_box = QCheckBox()
        self.replace_box.toggled.connect(self.replace_toggled)
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.identity = QLabel()  # another person's statement, or a file naming nobody
        self.identity.setObjectName("importIdentity")
        self.identity.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.identity)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.replace_box)
        layout.addWidget(self.note)
        layout.addWidget(self.buttons)
        self.resize(820, 540)
        self.retranslate_ui()

    # --- the plan, read ---------------------------------------------------------------------
    def set_plan(self, plan: ImportPlan) -> None:
        self.plan = plan
        self.retranslate_ui()

    @property
    def files(self) -> list[FilePlan]:
        return list(self.plan.files)

    @property
    def added(self) -> int:
        return self.plan.added

    @property
    def duplicates(self) -> int:
        return self.plan.duplicates

    @property
    def conflicts(self) -> int:
        return self.plan.conflicts

    def findings(self) -> list[Finding]:
        """The files' own findings and those across years (stored plus incoming), as the CLI lists them."""
        out = [f for fp in self.files for f in fp.findings if f.code != CONFLICT_CODE]
        return list(dict.fromkeys([*out, *self.plan.across]))

    @property
    def other_member(self) -> bool:
        """A file names another person than the profile holds: nothing may be saved, nothing merged."""
        return bool(self.plan.mismatches)

    @property
    def can_save(self) -> bool:
        return not self.other_member and bool(self.added or self.conflicts)

    def save_button(self):
        return self.buttons.button(QDialogButtonBox.StandardButton.Save)

    def group_item(self, name: str) -> QTreeWidgetItem | None:
        for i in range(self.tree.topLevelItemCount()):
            item = self.tree.topLevelItem(i)
            if item.data(0, Qt.ItemDataRole.UserRole) == name:
                return item
        return None

    def _kpj(self, kpj: str) -> str:
        return kpj if self.show_kpj else mask_digits(kpj)

    def _rp(self, amount) -> str:
        return rupiah(amount, self._lang)

    # --- rows -------------------------------------------------------------------------------
    def _additions(self) -> list[list[str]]:
        rows: list[list[str]] = []
        for fp in self.files:
            counted: dict[tuple[str, int], int] = {}
            for kpj, year, _row in fp.new_rows:
                counted[(kpj, year)] = counted.get((kpj, year), 0) + 1
            for st in fp.new_years:
                card = self._kpj(st.card.kpj) + (f" — {st.card.employer}" if st.card.employer else "")
                n = counted.pop((st.card.kpj, st.year), 0)
                rows.append([card, str(st.year), self.tr("Closing balance {0}; {1} new contribution rows").format(
                    self._rp(st.closing), n), self.tr(
                    "Opening {0}, contributions {1}, development {2}, closing {3}; {4} new contribution rows").format(
                    self._rp(st.opening), self._rp(st.contributions), self._rp(st.development),
                    self._rp(st.closing), n)])
            for (kpj, year), n in sorted(counted.items()):
                rows.append([self._kpj(kpj), str(year), self.tr("{0} new contribution rows").format(n)])
        return rows

    def _duplicates(self) -> list[list[str]]:
        rows = []
        for fp in self.files:
            years, n_rows = fp.duplicate_years, fp.duplicate_rows
            before = fp.imported_before
            if not (years or n_rows or before):
                continue
            text = self.tr("{0} statement years and {1} contribution rows are already saved.").format(years, n_rows)
            if before:
                text += " " + self.tr("This file was imported before on {0}.").format(
                    date_long(max(before), self._lang))
            rows.append([shown_name(fp.result.file_name), "", text])
        return rows

    def _conflicts(self) -> list[list[str]]:
        rows = []
        names = {"opening": self.tr("opening"), "contributions": self.tr("contributions"),
                 "development": self.tr("development"), "closing": self.tr("closing")}
        order = ("opening", "contributions", "development", "closing")
        for fp in self.files:
            for c in fp.year_conflicts:
                parts = [self.tr("{0}: saved {1}, file {2}").format(names.get(f, f), self._rp(c.stored[order.index(f)]),
                                                                    self._rp(c.incoming[order.index(f)]))
                         for f in c.fields if f in order]
                rows.append([self._kpj(c.kpj), str(c.year), "; ".join(parts)])
            for c in fp.row_conflicts:
                stored = sum((r.jht_total for r in c.stored), Decimal(0))
                incoming = sum((r.jht_total for r in c.incoming), Decimal(0))
                paid = date_short(c.paid_on, self._lang) if c.paid_on else "—"
                rows.append([self._kpj(c.kpj), c.period, self.tr(
                    "Paid on {0}: saved JHT {1}, file {2}").format(paid, self._rp(stored), self._rp(incoming))])
        return rows

    def _fill(self) -> None:
        self.tree.clear()
        findings = self.findings()
        groups: list[tuple[str, str, list, Severity | None]] = [
            ("additions", self.tr("Will be added"), self._additions(), None),
            ("conflicts", self.tr("Differ from what is saved"), self._conflicts(), Severity.WARNING),
            ("duplicates", self.tr("Already saved, skipped"), self._duplicates(), None),
            ("findings", self.tr("Findings"), findings, None),
            ("problems", self.tr("Could not be read"), self.problems, Severity.ERROR),
        ]
        for name, title, items, severity in groups:
            if not items:
                continue
            top = QTreeWidgetItem([f"{title} ({len(items)})"])
            top.setData(0, Qt.ItemDataRole.UserRole, name)
            font = top.font(0)
            font.setBold(True)
            top.setFont(0, font)
            self.tree.addTopLevelItem(top)
            top.setFirstColumnSpanned(True)
            for it in items:
                if name == "findings":
                    where = str(it.year) if it.year else (self._kpj(it.kpj) if it.kpj else "")
                    child = QTreeWidgetItem([finding_title(it), where, it.message])
                    child.setIcon(0, severity_icon(it.severity))
                    tint = severity_tint(it.severity)
                    for c in range(3):
                        if tint is not None:
                            child.setBackground(c, tint)
                            child.setForeground(c, Qt.GlobalColor.black)
                elif name == "problems":
                    child = QTreeWidgetItem([it.file_name, "", it.text])
                else:
                    child = QTreeWidgetItem(it[:3])
                if severity is not None:
                    child.setIcon(0, severity_icon(severity))
                tip = it[3] if isinstance(it, list) and len(it) > 3 else child.text(2)
                for c in range(3):
                    child.setToolTip(c, tip)
                top.addChild(child)
            top.setExpanded(name != "duplicates")

    # --- language ---------------------------------------------------------------------------

    def retranslate_ui(self) -> None:
        self._lang = current_lang()
        self.setWindowTitle(self.tr("Check the import"))
        self.tree.setHeaderLabels([self.tr("Card / file / finding"), self.tr("Year"), self.tr("Details")])
        years = sum(len(fp.new_years) for fp in self.files)
        rows = sum(len(fp.new_rows) for fp in self.files)
        parts = [self.tr("{0} statement years and {1} contribution rows to add").format(years, rows),
                 self.tr("already saved (years and rows): {0}").format(self.duplicates)]
        if self.conflicts:
            parts.append(self.tr("{0} differing from what is saved").format(self.conflicts))
        parts.append(self.tr("findings: {0}").format(len(self.findings())))
        if self.problems:
            parts.append(self.tr("files that could not be read: {0}").format(len(self.problems)))
        self.summary.setText("; ".join(parts) + ".")
        identity = [DifferentMember(m).text(self._lang) for m in self.plan.mismatches[:1]]
        identity += [say("store.anonymous_file", self._lang, file=mask_long_digits(name)) for name in self.plan.anonymous]
        self.identity.setText("\n".join(identity))
        self.identity.setVisible(bool(identity))
        self.identity.setStyleSheet("color: #b3261e; font-weight: bold;" if self.other_member else "")
        self.replace_box.setVisible(bool(self.conflicts) and not self.other_member)
        self.replace_box.setText(self.tr("Replace the saved figures with the file's where they differ"))
        self.replace_box.setToolTip(self.tr(
            "Unticked, what is saved stays and each difference is kept as a finding."))
        if self.other_member:
            self.note.setText(say("store.review_one_person", self._lang))
        elif self.can_save:
            self.note.setText(self.tr("Nothing is saved until you press Save. Cancel leaves your data as it was."))
        else:
            self.note.setText(self.tr("There is nothing new to save."))
        self.save_button().setText(self.tr("Save"))
        self.save_button().setEnabled(self.can_save)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(
            self.tr("Cancel") if self.can_save else self.tr("Close"))
        self._fill()


# ------------------------------------------------------------------------------ the flow
@dataclass
class _Batch:
    paths: list[Path]
    results: list = field(default_factory=list)
    problems: list[FileProblem] = field(default_factory=list)
    password: str | None = None  # this batch only: tried first on the next locked file
    total: int = 0


class ImportFlow(QObject):
    """Runs imports for one window. `store_for_import()` returns the Store to plan and apply
    on; `after_apply(store)` is called once something was written."""

    review_opened = Signal(object)  # the ReviewDialog
    password_requested = Signal(object)  # the PasswordDialog
    error_shown = Signal(str)  # the sentence(s) shown when nothing could be read
    applied = Signal()
    store_waiting = Signal(object)  # the store's planner.errors.Message, emitted from the saving thread
    finished = Signal()  # the batch is over: saved, cancelled or failed

    def __init__(self, parent_widget: QWidget, store_for_import: Callable[[], Store],
                 after_apply: Callable[[Store], None] | None = None,
                 last_folder: Callable[[], str] | None = None,
                 remember_folder: Callable[[str], None] | None = None,
                 undo_stack: QUndoStack | None = None, after_undo: Callable[[], None] | None = None):
        super().__init__(parent_widget)
        self._undo_stack = undo_stack
        self._after_undo = after_undo
        self._widget = parent_widget
        self._store_for_import = store_for_import
        self._after_apply = after_apply
        self._last_folder = last_folder
        self._remember_folder = remember_folder
        self._batch: _Batch | None = None
        self._queue: list[Path] = []
        self._task: worker.Task | None = None
        self._saving: QProgressDialog | None = None  # while an import is written (never cancelled)
        self._progress: QProgressDialog | None = None
        self.review: ReviewDialog | None = None
        self.password_dialog: PasswordDialog | None = None
        self.message_box: QMessageBox | None = None
        self.file_dialog: QFileDialog | None = None
        self.store_waiting.connect(self._show_waiting)  # queued to this (the GUI) thread

    @property
    def saving(self) -> bool:
        return self._saving is not None

    @property
    def busy(self) -> bool:
        return self._batch is not None

    # --- entry -----------------------------------------------------------------------------
    def start(self, paths: Sequence[Path | str] = ()) -> None:
        """Import `paths`; with none, ask for files first (a window-modal file dialog)."""
        paths = [Path(p) for p in paths]
        if not self.busy and not self._can_write():
            return
        if not paths:
            self.ask_for_files()
            return
        if self.busy:
            self._queue.extend(paths)  # dropped while a batch runs: read after it
            return
        self._batch = _Batch(paths=list(paths), total=len(paths))
        self._next()

    def _can_write(self) -> bool:
        """False (after saying why, e.g. a database that can only be read) when nothing could be saved."""
        try:
            refusal = self._store_for_import().read_only
        except UserError as exc:
            refusal = exc
        if refusal is not None:
            self._fail([FileProblem("", refusal.text(current_lang()))])
            return False
        return True

    def ask_for_files(self) -> QFileDialog:
        """Open the file dialog without blocking; the chosen files start an import."""
        start = self._last_folder() if self._last_folder else ""
        dialog = QFileDialog(self._widget, self.tr("Import statements"), start)
        dialog.setFileMode(QFileDialog.FileMode.ExistingFiles)
        dialog.setNameFilters([self.tr("Statements (PDF, CSV)") + f" ({FILE_PATTERNS})", self.tr("All files") + " (*)"])
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.filesSelected.connect(self._files_chosen)
        self.file_dialog = dialog
        dialog.finished.connect(lambda _r: setattr(self, "file_dialog", None))
        dialog.open()
        return dialog

    def _files_chosen(self, names: list[str]) -> None:
        if not names:
            return
        if self._remember_folder:
            self._remember_folder(str(Path(names[0]).parent))
        self.start([Path(n) for n in names])

    # --- reading ---------------------------------------------------------------------------
    def _next(self, typed: str | None = None) -> None:
        """Read the batch's next file: with the password just typed for it, else with the
        batch's password (a member's files usually share one), else with none."""
        batch = self._batch
        if batch is None:
            return
        if not batch.paths:
            self._close_progress()
            self._plan()
            return
        path = batch.paths[0]
        self._show_progress(path)
        password = typed if typed is not None else batch.password
        group = ocr_review.picture_group(batch.paths)  # pictures given together: one printout
        if group:
            self._task = ocr_review.read_pictures(
                group, lambda: self._progress, on_result=lambda r, n=len(group): self._read_ok(r, n),
                on_error=lambda exc, n=len(group): self._read_failed(exc, False, n))
            return
        from planner.importers import read_file  # pypdf and the extractors load on the first import: start-up time

        self._task = worker.run_task(read_file, path, password, lang=current_lang(),
                                     on_result=self._read_ok,
                                     on_error=lambda exc: self._read_failed(exc, typed is not None))

    def _read_ok(self, result, count: int = 1) -> None:
        batch = self._batch
        if batch is None:
            return
        del batch.paths[:count]
        batch.results.append(result)
        self._next()

    def _read_failed(self, exc: BaseException, typed: bool, count: int = 1) -> None:
        batch = self._batch
        if batch is None:
            return
        path = batch.paths[0]
        code = getattr(exc, "code", None)
        if count > 1 or ocr_review.is_cek_saldo(exc):  # pictures: no password to ask for
            del batch.paths[:count]
            batch.problems.append(FileProblem(path.name, self._sentence(exc)))
            ocr_review.offer_quick_entry(self._widget.window(), exc)
            self._next()
            return
        if code == "password_required":
            self._ask_password(path, wrong=False)
            return
        if code == "wrong_password":
            if not typed:
                batch.password = None  # the batch's password does not open this one: just ask
            self._ask_password(path, wrong=typed)
            return
        batch.paths.pop(0)
        offers_text = isinstance(exc, ImportProblem) and exc.offers_text
        batch.problems.append(FileProblem(shown_name(path), self._sentence(exc), path if offers_text else None,
                                          batch.password if offers_text else None))
        self._next()

    def _sentence(self, exc: BaseException) -> str:
        if isinstance(exc, UserError):
            return exc.text(current_lang())
        log.debug("unexpected error while reading a file", exc_info=exc)
        return self.tr("This file could not be read. If it is a Rincian Saldo JHT from JMO, "
                       "download it again; otherwise use Quick entry.")

    def _ask_password(self, path: Path, wrong: bool) -> None:
        self._close_progress()
        dialog = PasswordDialog(shown_name(path), wrong=wrong, parent=self._widget)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.password_dialog = dialog
        dialog.finished.connect(lambda r, d=dialog: self._password_done(d, r))
        dialog.open()
        self.password_requested.emit(dialog)

    def _password_done(self, dialog: PasswordDialog, result: int) -> None:
        self.password_dialog = None
        batch = self._batch
        if batch is None:
            return
        password = dialog.take_password()
        if result != QDialog.DialogCode.Accepted or not password:
            path = batch.paths.pop(0)
            batch.problems.append(FileProblem(shown_name(path), self.tr("Skipped: no password was given.")))
            self._next()
            return
        batch.password = password
        self._next(password)

    # --- plan and review -------------------------------------------------------------------
    def _plan(self) -> None:
        batch = self._batch
        assert batch is not None
        if not batch.results:
            self._fail(batch.problems)
            return
        if ocr_review.needs_review(batch.results):  # values read from pictures: checked first
            ocr_review.open_review(self._widget, batch.results, self._pictures_checked)
            return
        try:
            store = self._store_for_import()
            plan = store.plan_import(batch.results, lang=current_lang())
        except UserError as exc:
            self._fail([*batch.problems, FileProblem("", exc.text(current_lang()))])
            return
        except Exception as exc:  # a broken database must not show a traceback
            log.debug("planning the import failed", exc_info=exc)
            self._fail([*batch.problems, FileProblem("", self.tr("The planner's database could not be read."))])
            return
        review = ReviewDialog(plan, batch.problems, current_lang(), self._widget)
        review.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.review = review
        review.finished.connect(lambda r, s=store, d=review: self._review_done(s, d.plan, r))
        review.replace_toggled.connect(lambda on, s=store, d=review, res=batch.results: self._replan(s, d, res, on))
        review.open()
        self.review_opened.emit(review)

    def _pictures_checked(self, results: list | None) -> None:
        if self._batch is None:
            return
        if results is None:  # the member cancelled the check: nothing is written
            self._end()
            return
        self._batch.results = results
        self._plan()

    def _replan(self, store, review: ReviewDialog, results: list, replace: bool) -> None:
        try:
            review.set_plan(store.plan_import(results, replace_conflicts=replace, lang=current_lang()))
        except UserError as exc:
            review.note.setText(exc.text(current_lang()))

    def _review_done(self, store: Store, plan: ImportPlan, result: int) -> None:
        """Save pressed: write the plan in the background (another process may hold the database
        for a few seconds; the window keeps answering and says "Menunggu …" meanwhile)."""
        self.review = None
        if result != QDialog.DialogCode.Accepted:
            self._end()
            return
        self._show_saving()
        worker.run_task(apply_on_own_connection, store.path, plan, self.store_waiting.emit,
                        on_result=lambda report, s=store, p=plan: self._saved(s, p, report),
                        on_error=self._save_failed)

    def _saved(self, store: Store, plan: ImportPlan, report: ImportReport) -> None:
        self._close_saving()
        self._end()
        if self._after_apply is not None:
            self._after_apply(store)  # may start a new data source, which clears the undo stack
        if self._undo_stack is not None:
            self._undo_stack.push(ImportStatements(store, plan, report, self._after_undo or (lambda: None),
                                                   self._undo_failed))
        self.applied.emit()

    def _save_failed(self, exc: BaseException) -> None:
        self._close_saving()
        if isinstance(exc, UserError):
            text = exc.text(current_lang())
        else:
            log.debug("saving the import failed", exc_info=exc)
            text = self.tr("The statements could not be saved; nothing was changed.")
        self._fail([FileProblem("", text)])

    def _show_saving(self) -> None:
        """A busy indicator without a Cancel button: a write that has begun finishes or rolls back whole."""
        self._close_progress()
        progress = QProgressDialog(self._widget)
        progress.setObjectName("importSavingDialog")
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setCancelButton(None)
        label = QLabel()
        label.setWordWrap(True)  # the waiting sentence names the database's path
        progress.setLabel(label)
        progress.setMinimumWidth(460)
        progress.setRange(0, 0)
        progress.setMinimumDuration(400)  # a quick save never flashes a dialog
        progress.setAutoClose(False)
        progress.setAutoReset(False)
        progress.setWindowTitle(say("lockwait.saving_title", current_lang()))
        progress.setLabelText(say("lockwait.saving_import", current_lang()))
        self._saving = progress

    def _close_saving(self) -> None:
        if self._saving is not None:
            self._saving.close()
            self._saving.deleteLater()
            self._saving = None

    def _show_waiting(self, message: Message) -> None:
        """The store waits for another process: say so at once, in the window's language."""
        if self._saving is None:
            return
        self._saving.setLabelText(message.text(current_lang()))
        self._saving.show()

    def _undo_failed(self, exc: UserError) -> None:
        self._fail([FileProblem("", say("undo.failed", current_lang(), reason=exc.text(current_lang())))])

    def _fail(self, problems: Sequence[FileProblem]) -> None:
        self._end()
        # A sentence that already names its file (planner.validate's) is not prefixed twice.
        lines = [f"{p.file_name}: {p.text}" if p.file_name and not p.text.startswith(f"{p.file_name}:") else p.text
                 for p in problems]
        text = "\n\n".join(lines) or self.tr("Nothing was imported.")
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Nothing imported"),
                          self.tr("No statement could be imported; nothing was saved."),
                          QMessageBox.StandardButton.Ok, self._widget)
        box.setInformativeText(text)
        readable = next((p for p in problems if p.text_source is not None), None)
        if readable is not None:
            save = box.addButton(texts.tr("import.save_text_button", current_lang()),
                                 QMessageBox.ButtonRole.ActionRole)
            save.clicked.connect(lambda _c=False, p=readable: self.ask_where_to_save_text(p))
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.message_box = box
        box.finished.connect(lambda _r: setattr(self, "message_box", None))
        box.open()
        self.error_shown.emit(text)

    def ask_where_to_save_text(self, problem: FileProblem) -> QFileDialog:
        """Ask where to save the unreadable PDF's text without identity (not blocking)."""
        assert problem.text_source is not None
        dialog = QFileDialog(self._widget, texts.tr("import.save_text_button", current_lang()),
                             str(problem.text_source.with_suffix(".txt")))
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setNameFilters(["*.txt"])
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.fileSelected.connect(lambda target, p=problem: self._save_text(p, Path(target)))
        self.file_dialog = dialog
        dialog.finished.connect(lambda _r: setattr(self, "file_dialog", None))
        dialog.open()
        return dialog

    def _save_text(self, problem: FileProblem, target: Path) -> None:
        assert problem.text_source is not None
        # Imported here: pypdf is loaded when a statement's text is saved, not at the window's start-up.
        from planner.importers.redact import save_redacted_text

        try:
            saved = save_redacted_text(problem.text_source, target, problem.password)
            text = texts.tr("import.save_text_done", current_lang(), path=saved)
        except UserError as exc:
            text = exc.text(current_lang())
        box = QMessageBox(QMessageBox.Icon.Information, texts.tr("import.save_text_button", current_lang()), text,
                          QMessageBox.StandardButton.Ok, self._widget)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.message_box = box
        box.finished.connect(lambda _r: setattr(self, "message_box", None))
        box.open()
        self.error_shown.emit(text)

    def _end(self) -> None:
        self._close_progress()
        self._batch = None
        self._task = None
        self.finished.emit()
        if self._queue:
            queued, self._queue = self._queue, []
            self.start(queued)

    # --- progress --------------------------------------------------------------------------
    def _show_progress(self, path: Path) -> None:
        batch = self._batch
        assert batch is not None
        done = batch.total - len(batch.paths)
        if self._progress is None:
            self._progress = QProgressDialog(self._widget)
            self._progress.setWindowModality(Qt.WindowModality.WindowModal)
            self._progress.setMinimumDuration(400)  # quick reads never flash a dialog
            self._progress.setAutoClose(False)
            self._progress.setAutoReset(False)
            self._progress.canceled.connect(self.cancel)
            self._progress.setWindowTitle(self.tr("Importing"))
        self._progress.setRange(0, batch.total)
        self._progress.setValue(done)
        self._progress.setLabelText(self.tr("Reading {0} ({1} of {2})…").format(shown_name(path), done + 1, batch.total))

    def _close_progress(self) -> None:
        if self._progress is not None:
            self._progress.canceled.disconnect(self.cancel)
            self._progress.close()
            self._progress.deleteLater()
            self._progress = None

    def cancel(self) -> None:
        """Stop reading; nothing is written. A save under way is not stopped: it ends whole or not at all."""
        if self._saving is not None:
            return
        if self._task is not None:
            self._task.cancel()
        self._queue = []
        if self._batch is not None:
            self._end()


# ------------------------------------------------------------------------------ saving
def apply_on_own_connection(path: Path, plan: ImportPlan, waiting: Callable[[Message], None]) -> ImportReport:
    """Write `plan` into the database at `path` from the calling (background) thread.

    A SQLite connection belongs to the thread that opened it, so the window's Store is not used
    here: this opens its own, applies (the store checks the plan is still current) and closes.
    `waiting` is told when another process holds the database (planner.store.schema.Transaction).
    """
    with Store.open(path, waiting) as store:
        return store.apply(plan)


# ------------------------------------------------------------------------------ wiring
def open_default_store(parent: QWidget | None = None) -> Store:
    """The database of the profile in use (planner.paths.database_path()), set aside and started
    afresh by planner.recovery if it cannot be used (the member is told where the old file is);
    raises UserError with the sentence to show."""
    store, notice = open_store_or_recover()
    if notice is not None and parent is not None:
        box = QMessageBox(QMessageBox.Icon.Warning, "JHT Planner", notice.text(current_lang()),
                          QMessageBox.StandardButton.Ok, parent)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
    return store


def install(window) -> None:
    """Connect the window's import requests (menu, welcome button, drops) to an ImportFlow."""

    def store_for_import():
        source = window.data_source
        if isinstance(source, Store):
            return source
        return open_default_store(window)

    def after_apply(store) -> None:
        if window.data_source is store:
            window.reload()
        else:
            window.set_data_source(store)  # from the demo or an empty start to the member's data
        window.show_view("history")

    settings = getattr(window, "settings", None)

    def remember(folder: str) -> None:
        if settings is not None:
            settings.last_folder = folder

    def after_undo() -> None:
        if isinstance(window.data_source, Store):
            window.reload()

    flow = ImportFlow(window, store_for_import, after_apply,
                      last_folder=(lambda: settings.last_folder) if settings is not None else None,
                      remember_folder=remember, undo_stack=window.undo_stack, after_undo=after_undo)
    window.import_flow = flow
    window.import_requested.connect(flow.start)
