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
        id_text, en_text = (tr("store.different_member", lang, file=mask_long_digits(mismatch.file_name),
                               incoming=describe(mismatch.incoming, lang), stored=describe(mismatch.stored, lang))
                            for lang in ("id", "en"))
        UserError.__init__(self, code, id_text, en_text)
        self.mismatch = mismatch


class NotOurDatabase(StoreError):
    """A SQLite file without the planner's application_id (and not brand new): never written to."""

    def __init__(self, path: Path):
        super().__init__("database_not_ours", "store.not_ours", path=path)
        self.path = path


class DatabaseUnreadable(StoreError):
    """The database exists but this user may not read it: a permission, not damage."""

    def __init__(self, path: Path):
        super().__init__("database_unreadable", "store.unreadable", path=path)
        self.path = path


class DatabaseReadOnly(StoreError):
    """A write was asked of a database that can only be read (file or folder not writable)."""

    def __init__(self, path: Path, reason: str, key: str = "store.read_only"):
        id_text, en_text = (tr(key, lang, path=path, reason=reason_text(reason, lang)) for lang in ("id", "en"))
        UserError.__init__(self, "database_read_only", id_text, en_text)
        self.path, self.reason = path, reason


def reason_text(reason: str, lang: str) -> str:
    return tr(f"store.reason.{reason}", lang)


class DatabaseBusy(StoreError):
    """Another process held the database longer than the planner waits."""

    def __init__(self, path: Path, seconds: float = 0):
        super().__init__("database_busy", "store.locked", path=path, seconds=f"{seconds:g}")
        self.path = path


class DatabaseFull(StoreError):
    """The disk filled up during a write; the transaction was rolled back."""

    def __init__(self, path: Path):
        super().__init__("disk_full", "common.disk_full", path=path)
        self.path = path


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
