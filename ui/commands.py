"""Thin undo commands: each redo/undo calls one operation and holds no logic of its own.

Assumption edits go through :class:`SetAssumption`. Consecutive edits of the same field in one
*gesture* (one slider drag, see ``ui.whatif``) merge, so one drag is one undo step.

Every change of the member's data is a named step: Edit > Undo reads "Urungkan impor 3 berkas"
/ "Undo import of 3 files" (:func:`install` keeps the menu's words in the window's language).
A command may offer ``label(lang)`` for that; otherwise its ``text()`` is shown.

Other ui modules add their commands here (one class per operation, with a short text).
"""
from __future__ import annotations

from typing import Any, Callable

import shiboken6
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QAction, QUndoCommand, QUndoStack

from planner.errors import UserError
from planner.store import ImportPlan, ImportReport, Store, mask_long_digits
from planner.texts import tr as say  # not "tr": pyside6-lupdate would take it for Qt's
from ui.i18n import current_language

# Command ids for mergeWith: one per kind of mergeable command.
ID_SET_ASSUMPTION = 1001


class SetAssumption(QUndoCommand):
    """Set one field of the what-if assumptions: ``setter(field, value)``."""

    def __init__(self, setter: Callable[[str, Any], None], field: str, old: Any, new: Any,
                 text: str, gesture: int):
        super().__init__(text)
        self._set = setter
        self.field, self.old, self.new, self.gesture = field, old, new, gesture

    def id(self) -> int:
        return ID_SET_ASSUMPTION

    def redo(self) -> None:
        self._set(self.field, self.new)

    def undo(self) -> None:
        self._set(self.field, self.old)

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, SetAssumption) or other.field != self.field or other.gesture != self.gesture:
            return False
        self.new = other.new
        return True


class ReplaceAssumptions(QUndoCommand):
    """Replace the whole set of assumptions (a scenario loaded, a reset): ``setter(assumptions)``."""

    def __init__(self, setter: Callable[[Any], None], old: Any, new: Any, text: str):
        super().__init__(text)
        self._set = setter
        self.old, self.new = old, new

    def redo(self) -> None:
        self._set(self.new)

    def undo(self) -> None:
        self._set(self.old)


class ImportStatements(QUndoCommand):
    """An import already applied (``report``): undo is ``store.undo_import(report)``, redo applies
    the same plan again. ``after()`` lets the window re-read the store; ``failed(error)`` shows a
    sentence when the store refuses (another import came after, the database is busy)."""

    def __init__(self, store: Store, plan: ImportPlan, report: ImportReport, after: Callable[[], None],
                 failed: Callable[[UserError], None]):
        super().__init__(self.label(current_language(), plan))
        self.store, self.plan, self.report = store, plan, report
        self.after, self.failed = after, failed
        self._done = True  # pushed after the import was applied: the first redo has nothing to do

    @staticmethod
    def label(lang: str, plan: ImportPlan | None = None) -> str:
        files = plan.files if plan is not None else ()
        if len(files) == 1:
            return say("undo.import_file", lang, file=mask_long_digits(files[0].result.file_name))
        return say("undo.import_files", lang, count=len(files))

    def text_in(self, lang: str) -> str:
        return self.label(lang, self.plan)

    def redo(self) -> None:
        if self._done:
            return
        try:
            self.report = self.store.apply(self.plan)
            self._done = True
        except UserError as exc:
            self.setObsolete(True)
            self.failed(exc)
        self.after()

    def undo(self) -> None:
        try:
            self.store.undo_import(self.report)
            self._done = False
        except UserError as exc:
            self.setObsolete(True)
            self.failed(exc)
        self.after()


def command_text(command: QUndoCommand | None, lang: str) -> str:
    """What the Edit menu names: the command's words in `lang` where it can say them, else its text."""
    if command is None:
        return ""
    if isinstance(command, ImportStatements):
        return command.text_in(lang)
    return command.text()


class UndoLabels(QObject):
    """Keeps Edit > Undo/Redo naming the step ("&Urungkan impor 3 berkas") in the window's language."""

    def __init__(self, window: QObject, stack: QUndoStack, undo: QAction, redo: QAction):
        super().__init__(window)
        self.stack, self.undo, self.redo = stack, undo, redo
        for signal in (stack.indexChanged, stack.cleanChanged, stack.undoTextChanged, stack.redoTextChanged):
            signal.connect(self.refresh)
        # After a language change, once the window has put its own words back.
        self._later = QTimer(self, singleShot=True, interval=0)
        self._later.timeout.connect(self.refresh)
        window.installEventFilter(self)
        self.refresh()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LanguageChange:
            self._later.start()
        return False

    def refresh(self, *_args: object) -> None:
        if not all(map(shiboken6.isValid, (self.stack, self.undo, self.redo))):
            return  # the window is being taken down
        lang = current_language()
        index = self.stack.index()
        before = self.stack.command(index - 1) if index > 0 else None
        after = self.stack.command(index) if index < self.stack.count() else None
        self.undo.setText(say("undo.menu_undo", lang, what=command_text(before, lang)).strip())
        self.redo.setText(say("undo.menu_redo", lang, what=command_text(after, lang)).strip())


def install(window: Any) -> None:
    """Name the undo steps in the Edit menu (``window.undo_stack``, ``window.act_undo``, ``window.act_redo``)."""
    window.undo_labels = UndoLabels(window, window.undo_stack, window.act_undo, window.act_redo)
