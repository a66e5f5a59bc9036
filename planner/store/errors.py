"""What can go wrong with the member's database, as errors the member reads (one sentence each)."""
from __future__ import annotations

from pathlib import Path

from planner.errors import UserError
from planner.store.identity import MemberMismatch, describe, mask_long_digits
from planner.texts import both, tr


class StoreError(UserError):
    """Something about the database the member has to know."""

    def __init__(self, code: str, key: str, /, **values: object):
        super().__init__(code, *both(key, **values))


class DatabaseTooNew(StoreError):
    def __init__(self, path: Path, found: int, known: int):
        super().__init__("database_too_new", "store.database_too_new", name=path.name, found=found, known=known)
        self.path, self.found, self.known = path, found, known


class DatabaseCorrupt(StoreError):
    def __init__(self, path: Path, detail: str = ""):
        super().__init__("database_corrupt", "store.database_corrupt", name=path.name)
        self.path, self.detail = path, detail


class DifferentMember(StoreError):
    """A statement of another person than the one this database (profile) holds: nothing is stored."""

    def __init__(self, mismatch: MemberMismatch):
        code = "different_member"
        texts = tuple(tr("store.different_member", lang, file=mask_long_digits(mismatch.file_name),
                         incoming=describe(mismatch.incoming, lang), stored=describe(mismatch.stored, lang))
                      for lang in ("id", "en"))
        UserError.__init__(self, code, *texts)
        self.mismatch = mismatch


class PlanOutdated(StoreError):
    def __init__(self) -> None:
        super().__init__("plan_outdated", "store.plan_outdated")


class UndoOutdated(StoreError):
    def __init__(self) -> None:
        super().__init__("undo_outdated", "store.undo_outdated")


class ScenarioNameTaken(StoreError):
    def __init__(self, name: str):
        super().__init__("scenario_name_taken", "store.scenario_name_taken", name=name)


class ScenarioNotFound(StoreError):
    def __init__(self, ident: object):
        super().__init__("scenario_not_found", "store.scenario_not_found")
        self.ident = ident


class InvalidName(StoreError):
    def __init__(self) -> None:
        super().__init__("scenario_name_empty", "store.scenario_name_empty")
