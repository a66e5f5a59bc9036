"""Thin undo commands: each redo/undo calls one operation and holds no logic of its own.

Assumption edits go through :class:`SetAssumption`. Consecutive edits of the same field in one
*gesture* (one slider drag, see ``ui.whatif``) merge, so one drag is one undo step.

Other ui modules add their commands here (one class per operation, with a short text).
"""
from __future__ import annotations

from typing import Any, Callable

from PySide6.QtGui import QUndoCommand

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
