"""Opening the member's database at start, setting aside a damaged or too-new file.

:func:`open_store_or_recover` is what the command line and the window call instead of
``Store.open()``. When the database cannot be used because it is damaged
(:class:`planner.store.DatabaseCorrupt`) or was written by a newer version of the app
(:class:`planner.store.DatabaseTooNew`), the file is **never** written to or recreated over:
it is renamed, with its journal files, to a timestamped name beside it, e.g.
``jht-planner.sqlite3.corrupt-20261124-205400`` or ``jht-planner.sqlite3.newer-20261124-205400``,
a new empty database is started, and a :class:`RecoveryNotice` says in Indonesian and English
what happened, where the file now is and how to put it back. The caller shows that notice
(the CLI on stderr, the window in a message box).

A database that is only busy (another copy of the app is writing to it) is not damaged: that
raises :class:`DatabaseBusy` and nothing is moved.
"""
from __future__ import annotations

import datetime as dt
import logging
import os
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from planner.errors import Message, UserError
from planner.paths import database_path
from planner.store import DatabaseBusy, DatabaseCorrupt, DatabaseReadOnly, DatabaseTooNew, Store, StoreError
from planner.store.schema import LOCK_WAIT_SECONDS
from planner.texts import tr

__all__ = ["RecoveryNotice", "DatabaseBusy", "CannotSetAside", "open_store_or_recover", "open_for_cli",
           "set_aside"]

log = logging.getLogger(__name__)

#: Files SQLite may keep beside the database; they travel with it when it is set aside.
_COMPANIONS = ("-journal", "-wal", "-shm")
_BUSY_WORDS = ("locked", "busy")


class CannotSetAside(StoreError):
    def __init__(self, path: Path):
        super().__init__("database_cannot_set_aside", "store.cannot_set_aside", name=path.name, folder=path.parent)
        self.path = path


@dataclass(frozen=True)
class RecoveryNotice:
    """What happened at start, for the member: ``text(lang)`` is one paragraph to show."""

    code: str  # "database_corrupt" or "database_too_new"
    original: Path  # where the database was (and where the new empty one now is)
    set_aside: Path  # the old file under its new name
    found_version: int | None = None
    known_version: int | None = None
    detail: str = ""  # SQLite's words, for the log only

    def text(self, lang: str = "id") -> str:
        return tr(f"store.recovered.{self.code}", lang, old=self.original.name, kept=self.set_aside.name,
                  folder=self.original.parent, found=self.found_version, known=self.known_version)

    @property
    def id_text(self) -> str:
        return self.text("id")

    @property
    def en_text(self) -> str:
        return self.text("en")


def _is_busy(exc: DatabaseCorrupt) -> bool:
    detail = (exc.detail or "").lower()
    return any(word in detail for word in _BUSY_WORDS)


def _target(path: Path, tag: str, now: dt.datetime) -> Path:
    base = f"{path.name}.{tag}-{now:%Y%m%d-%H%M%S}"
    candidate = path.with_name(base)
    n = 2
    while candidate.exists() or any(candidate.with_name(candidate.name + s).exists() for s in _COMPANIONS):
        candidate = path.with_name(f"{base}-{n}")
        n += 1
    return candidate


def set_aside(path: Path, tag: str, now: dt.datetime | None = None) -> Path:
    """Rename `path` (and its -journal/-wal/-shm) to ``<name>.<tag>-YYYYMMDD-HHMMSS``; return the new path.

    Raises :class:`CannotSetAside` (and leaves everything in place) when the rename fails.
    """
    target = _target(path, tag, now or dt.datetime.now())
    try:
        os.replace(path, target)
    except OSError:
        raise CannotSetAside(path) from None
    for suffix in _COMPANIONS:
        companion = path.with_name(path.name + suffix)
        if companion.exists():
            try:
                os.replace(companion, target.with_name(target.name + suffix))
            except OSError:
                # The database itself is out of the way; a journal left behind would be applied
                # to the new database by SQLite, so undo the move rather than risk that.
                try:
                    os.replace(target, path)
                except OSError:
                    pass
                raise CannotSetAside(path) from None
    return target


def open_store_or_recover(path: Path | str | None = None, now: dt.datetime | None = None,
                          waiting: Callable[[Message], None] | None = None
                          ) -> tuple[Store, RecoveryNotice | DatabaseReadOnly | None]:
    """The store at `path` (default: planner.paths.database_path()), and what the member must be
    told: that it was set aside (a RecoveryNotice), or that it opened read-only (why).

    Raises :class:`DatabaseBusy` when another process holds the database, :class:`CannotSetAside`
    when a bad file cannot be moved, NotOurDatabase / DatabaseUnreadable; never deletes or
    overwrites the member's file.
    """
    path = Path(path) if path is not None else database_path()
    try:
        store = Store.open(path, waiting)
        return store, store.read_only
    except DatabaseTooNew as exc:
        code, tag, found, known, detail = "database_too_new", "newer", exc.found, exc.known, ""
    except DatabaseCorrupt as exc:
        if _is_busy(exc):
            raise DatabaseBusy(path, LOCK_WAIT_SECONDS) from None
        if not path.is_file() or not os.access(path, os.R_OK | os.W_OK):
            raise  # nothing there to set aside, or a permission problem: not the file's content
        code, tag, found, known, detail = "database_corrupt", "corrupt", None, None, exc.detail
    kept = set_aside(path, tag, now)
    log.warning("database %s set aside as %s (%s) %s", path.name, kept.name, code, detail)
    store = Store.open(path, waiting)
    return store, RecoveryNotice(code, path, kept, found, known, detail)


def open_for_cli(lang: str = "id") -> Store:
    """For command-line commands: the member's store; a recovery notice goes to stderr first, and
    "menunggu …" while a write waits for another process. (A read-only database says so only when
    a command tries to write.)"""
    def waiting(message: Message) -> None:
        sys.stderr.write(message.text(lang) + "\n")
        sys.stderr.flush()

    store, notice = open_store_or_recover(waiting=waiting)
    if isinstance(notice, RecoveryNotice):
        sys.stderr.write(tr("store.notice_prefix", lang, text=notice.text(lang)) + "\n")
    return store


def notice_error(notice: RecoveryNotice) -> UserError:
    """The notice as a UserError, for callers that show errors only."""
    return UserError(notice.code, notice.id_text, notice.en_text)
