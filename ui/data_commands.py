"""Undo commands for the member's saved data: quick entries and scenarios.

Thin, like ui.commands: each redo/undo calls one planner.store operation, then `after()` so
the window re-reads the store. The text is the Edit menu's "Undo …" label, translated by the
caller. Which command fits (create or overwrite a scenario) is decided by the caller.
"""
from __future__ import annotations

from typing import Any, Callable

from PySide6.QtGui import QUndoCommand

from planner.baseline import QuickEntry
from planner.errors import UserError
from planner.store import Store

Callback = Callable[[], None]


def _noop() -> None:
    return None


def _ignore(_exc: UserError) -> None:
    return None


class SaveQuickEntry(QUndoCommand):
    """redo: store.save_quick_entry(entry); undo: store.delete_quick_entry(the saved entry).
    ``failed(error)`` shows the sentence when the store refuses (read-only, busy, disk full);
    the step is then dropped (obsolete), as ui.commands.ImportStatements does."""

    def __init__(self, store: Store, entry: QuickEntry, text: str, after: Callback = _noop,
                 failed: Callable[[UserError], None] = _ignore):
        super().__init__(text)
        self.store, self.entry, self.after, self.failed = store, entry, after, failed
        self.saved: QuickEntry | None = None

    def redo(self) -> None:
        try:
            self.saved = self.store.save_quick_entry(self.entry)
        except UserError as exc:
            self.setObsolete(True)
            self.failed(exc)
            return
        self.after()

    def undo(self) -> None:
        try:
            if self.saved is not None:
                self.store.delete_quick_entry(self.saved)
        except UserError as exc:
            self.setObsolete(True)
            self.failed(exc)
            return
        self.after()


class CreateScenario(QUndoCommand):
    """redo: store.save_scenario(name, assumptions); undo: store.delete_scenario(name)."""

    def __init__(self, store: Any, name: str, assumptions: Any, text: str, after: Callback = _noop):
        super().__init__(text)
        self.store, self.name, self.assumptions, self.after = store, name, assumptions, after

    def redo(self) -> None:
        self.store.save_scenario(self.name, self.assumptions)
        self.after()

    def undo(self) -> None:
        self.store.delete_scenario(self.name)
        self.after()


class OverwriteScenario(QUndoCommand):
    """Save over a scenario of the same name; undo saves its old assumptions back."""

    def __init__(self, store: Any, name: str, old: Any, new: Any, text: str, after: Callback = _noop):
        super().__init__(text)
        self.store, self.name, self.old, self.new, self.after = store, name, old, new, after

    def redo(self) -> None:
        self.store.save_scenario(self.name, self.new)
        self.after()

    def undo(self) -> None:
        self.store.save_scenario(self.name, self.old)
        self.after()


class RenameScenario(QUndoCommand):
    def __init__(self, store: Any, old_name: str, new_name: str, text: str, after: Callback = _noop):
        super().__init__(text)
        self.store, self.old_name, self.new_name, self.after = store, old_name, new_name, after

    def redo(self) -> None:
        self.store.rename_scenario(self.old_name, self.new_name)
        self.after()

    def undo(self) -> None:
        self.store.rename_scenario(self.new_name, self.old_name)
        self.after()


class DeleteScenario(QUndoCommand):
    """redo: store.delete_scenario(name); undo: store.save_scenario(name, its assumptions)."""

    def __init__(self, store: Any, name: str, assumptions: Any, text: str, after: Callback = _noop):
        super().__init__(text)
        self.store, self.name, self.assumptions, self.after = store, name, assumptions, after

    def redo(self) -> None:
        self.store.delete_scenario(self.name)
        self.after()

    def undo(self) -> None:
        self.store.save_scenario(self.name, self.assumptions)
        self.after()
