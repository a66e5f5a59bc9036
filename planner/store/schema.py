"""The database file: its tables, their migrations, and opening it safely.

Choices, and why
----------------
* **Journal: rollback (``DELETE``), ``synchronous=FULL``**, not WAL. The database is small and
  written by one person at a time; WAL's gain (readers never wait for the writer) buys little
  here, while its costs are real for members: two extra files (``-wal``, ``-shm``) that must
  travel with the database when it is copied or backed up, and no support on network or
  synced folders. A rollback journal keeps the data in one file whenever no write is running.
* **Amounts as exact decimal TEXT** (``"4104000.00"``), read back as :class:`~decimal.Decimal`,
  never as floats. Sums are done in Python.
* **Schema version in ``PRAGMA user_version``** and :data:`MIGRATIONS`, a list of SQL steps:
  opening an older file runs the missing steps, each in its own transaction with the version
  bump. A file from a newer version of the app raises :class:`DatabaseTooNew`; a file that is
  not a database or fails ``PRAGMA quick_check`` raises :class:`DatabaseCorrupt`. Neither is
  touched: the file stays exactly as it was.
"""
from __future__ import annotations

import errno
import os
import sqlite3
from pathlib import Path
from typing import Callable

from planner.errors import Message
from planner.paths import folder_error
from planner.store.errors import (
    DatabaseBusy,
    DatabaseCorrupt,
    DatabaseFull,
    DatabaseReadOnly,
    DatabaseTooNew,
    DatabaseUnreadable,
    NotOurDatabase,
)
from planner.texts import both

#: One entry per schema version: the SQL statements that take version i to i + 1.
MIGRATIONS: tuple[tuple[str, ...], ...] = (
    # 1: imported statements, their rows and findings, and where each came from.
    (
        """CREATE TABLE imports (
            id INTEGER PRIMARY KEY,
            file_name TEXT NOT NULL,
            sha256 TEXT NOT NULL,
            extractor TEXT NOT NULL,
            extractor_version TEXT NOT NULL,
            imported_at TEXT NOT NULL,
            added INTEGER NOT NULL DEFAULT 0,
            duplicates INTEGER NOT NULL DEFAULT 0,
            conflicts INTEGER NOT NULL DEFAULT 0
        )""",
        "CREATE INDEX imports_sha256 ON imports(sha256)",
        """CREATE TABLE members (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL DEFAULT '',
            birth_date TEXT,
            nik TEXT NOT NULL DEFAULT ''
        )""",
        """CREATE TABLE cards (
            kpj TEXT PRIMARY KEY,
            member_id INTEGER REFERENCES members(id),
            employer TEXT NOT NULL DEFAULT '',
            npp TEXT NOT NULL DEFAULT '',
            segment TEXT NOT NULL DEFAULT 'PU'
        )""",
        """CREATE TABLE statements (
            id INTEGER PRIMARY KEY,
            kpj TEXT NOT NULL REFERENCES cards(kpj),
            year INTEGER NOT NULL,
            opening TEXT NOT NULL,
            contributions TEXT NOT NULL,
            development TEXT NOT NULL,
            closing TEXT NOT NULL,
            jumlah_jht_employer TEXT,
            jumlah_jht_worker TEXT,
            jumlah_jp_employer TEXT,
            jumlah_jp_worker TEXT,
            jp_months INTEGER,
            jp_accumulated TEXT,
            printed_on TEXT,
            branch TEXT NOT NULL DEFAULT '',
            member_since TEXT NOT NULL DEFAULT '',
            jht_age_date TEXT,
            effective_return REAL,
            import_id INTEGER NOT NULL REFERENCES imports(id),
            UNIQUE (kpj, year)
        )""",
        """CREATE TABLE rows (
            id INTEGER PRIMARY KEY,
            kpj TEXT NOT NULL REFERENCES cards(kpj),
            year INTEGER NOT NULL,
            period TEXT NOT NULL,
            paid_on TEXT NOT NULL DEFAULT '',
            posted_on TEXT NOT NULL DEFAULT '',
            wage TEXT NOT NULL,
            rapel TEXT NOT NULL,
            jht_employer TEXT NOT NULL,
            jht_worker TEXT NOT NULL,
            jp_employer TEXT NOT NULL,
            jp_worker TEXT NOT NULL,
            import_id INTEGER NOT NULL REFERENCES imports(id)
        )""",
        "CREATE INDEX rows_key ON rows(kpj, period, paid_on)",
        """CREATE TABLE findings (
            id INTEGER PRIMARY KEY,
            kpj TEXT NOT NULL DEFAULT '',
            year INTEGER,
            code TEXT NOT NULL,
            severity TEXT NOT NULL,
            message TEXT NOT NULL,
            periods TEXT NOT NULL DEFAULT '[]',
            import_id INTEGER REFERENCES imports(id)
        )""",
    ),
    # 2: what the member types instead of a PDF, and saved what-if scenarios.
    (
        """CREATE TABLE quick_entries (
            id INTEGER PRIMARY KEY,
            saldo TEXT NOT NULL,
            saldo_date TEXT NOT NULL,
            wage TEXT NOT NULL,
            birth_date TEXT NOT NULL,
            kpj TEXT NOT NULL DEFAULT '',
            employer TEXT NOT NULL DEFAULT '',
            name TEXT NOT NULL DEFAULT '',
            saved_at TEXT NOT NULL
        )""",
        """CREATE TABLE scenarios (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL UNIQUE,
            assumptions TEXT NOT NULL,
            created TEXT NOT NULL,
            updated TEXT NOT NULL
        )""",
    ),
    # 3: what the real statement layout adds: Akumulasi Iuran JP split by who paid, the JP
    # pension date, and the card's JP beneficiaries (JSON [{"relation", "name"}]).
    (
        "ALTER TABLE statements ADD COLUMN jp_accumulated_employer TEXT",
        "ALTER TABLE statements ADD COLUMN jp_accumulated_worker TEXT",
        "ALTER TABLE statements ADD COLUMN jp_pension_date TEXT",
        "ALTER TABLE cards ADD COLUMN beneficiaries TEXT NOT NULL DEFAULT '[]'",
    ),
    # 4: a statement read from a picture (OCR) and whether a person confirmed its values.
    (
        "ALTER TABLE statements ADD COLUMN from_picture INTEGER NOT NULL DEFAULT 0",
        "ALTER TABLE statements ADD COLUMN confirmed INTEGER NOT NULL DEFAULT 0",
    ),
    # 5: the member's standing choices for this profile, by name (the saldo's source: the
    # "Pakai saldo…" button, `--saldo-from`), so they survive a restart.
    (
        """CREATE TABLE choices (
            name TEXT PRIMARY KEY,
            value TEXT NOT NULL
        )""",
    ),
)

SCHEMA_VERSION = len(MIGRATIONS)

#: PRAGMA application_id of every planner database ("JHTP"): a SQLite file without it, other
#: than a brand-new empty one or one of the planner's own from before the id, is never written to.
APPLICATION_ID = 0x4A485450

#: How long a write waits for another process holding the database, first quietly, then saying so.
QUIET_WAIT_MS = 300
LOCK_WAIT_SECONDS = 5


class Connection(sqlite3.Connection):
    """A connection that knows its file, whether it may write, and whom to tell while it waits."""

    path: Path
    read_only: str | None  # why it cannot write (a key of store.reason.*), or None
    waiting: Callable[[Message], None] | None


def _tables_of(version: int) -> set[str]:
    """The tables the planner's schema has at `version`."""
    names: set[str] = set()
    for step in MIGRATIONS[:version]:
        for sql in step:
            words = sql.split()
            if words[:2] == ["CREATE", "TABLE"]:
                names.add(words[2])
    return names


def _is_busy(exc: sqlite3.Error) -> bool:
    text = str(exc).lower()
    return "locked" in text or "busy" in text


def store_error(conn: Connection, exc: sqlite3.Error) -> Exception:
    """What a SQLite error during a write means for the member (or the error itself if nothing plain)."""
    text = str(exc).lower()
    if "full" in text:
        return DatabaseFull(conn.path)
    if "readonly" in text or "read-only" in text:
        return DatabaseReadOnly(conn.path, conn.read_only or "file_read_only")
    if _is_busy(exc):
        return DatabaseBusy(conn.path, LOCK_WAIT_SECONDS)
    return exc


class Transaction:
    """``with Transaction(conn) as c:`` — ``BEGIN IMMEDIATE`` … ``COMMIT``, or ``ROLLBACK`` on any error.

    A database another process holds is waited for (quietly at first, then ``conn.waiting`` is
    told "menunggu …") up to :data:`LOCK_WAIT_SECONDS`; then :class:`DatabaseBusy`. A full disk,
    a read-only file and a lock become one sentence naming the database; the transaction is
    rolled back either way (SQLite may already have done it: a full disk ends the transaction).
    """

    def __init__(self, conn: sqlite3.Connection):
        self.conn = conn

    def __enter__(self) -> sqlite3.Connection:
        conn = self.conn
        if isinstance(conn, Connection) and conn.read_only:
            raise DatabaseReadOnly(conn.path, conn.read_only)
        conn.execute(f"PRAGMA busy_timeout = {QUIET_WAIT_MS}")
        try:
            conn.execute("BEGIN IMMEDIATE")
        except sqlite3.OperationalError as exc:
            if not (_is_busy(exc) and isinstance(conn, Connection)):
                raise
            if conn.waiting is not None:
                conn.waiting(Message("store_waiting", *both("store.waiting", path=conn.path)))
            conn.execute(f"PRAGMA busy_timeout = {LOCK_WAIT_SECONDS * 1000 - QUIET_WAIT_MS}")
            try:
                conn.execute("BEGIN IMMEDIATE")
            except sqlite3.OperationalError as again:
                raise store_error(conn, again) from None
        return conn

    def __exit__(self, exc_type, exc, tb) -> bool:
        conn = self.conn
        if exc_type is None:
            try:
                conn.execute("COMMIT")
                return False
            except sqlite3.Error as failed:
                exc = failed
        if conn.in_transaction:
            try:
                conn.execute("ROLLBACK")
            except sqlite3.Error:
                pass  # the real cause is `exc`, raised below
        if isinstance(exc, sqlite3.Error) and isinstance(conn, Connection):
            plain = store_error(conn, exc)
            if plain is not exc:
                raise plain from None
        if exc_type is None:
            raise exc
        return False


def _writable(path: Path) -> str | None:
    """Why the planner could not write `path` (a key of store.reason.*), or None if it can."""
    if path.exists() and not os.access(path, os.W_OK):
        return "file_read_only"
    if not os.access(path.parent, os.W_OK):  # the rollback journal lives beside the database
        return "folder_read_only"
    return None


def _kind(conn: sqlite3.Connection, version: int) -> str:
    """"ours", "new" (brand-new, empty), "older" (the planner's, from before the application_id) or "foreign"."""
    app_id = conn.execute("PRAGMA application_id").fetchone()[0]
    if app_id == APPLICATION_ID:
        return "ours"
    if app_id != 0:
        return "foreign"
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    if not tables and version == 0:
        return "new"
    if 1 <= version <= SCHEMA_VERSION and tables == _tables_of(version):
        return "older"
    return "foreign"


def connect(path: Path, waiting: Callable[[Message], None] | None = None) -> Connection:
    """Open `path` (creating or migrating it).

    Raises DatabaseTooNew / DatabaseCorrupt / NotOurDatabase / DatabaseUnreadable touching
    nothing; a database that can be read but not written opens read-only (``conn.read_only``
    says why) unless it needs a migration (then DatabaseReadOnly).
    """
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise folder_error(path.parent, exc) from None
    if path.exists() and not os.access(path, os.R_OK):
        raise DatabaseUnreadable(path)
    read_only = _writable(path) if str(path) != ":memory:" else None
    if read_only and not path.exists():
        raise folder_error(path.parent, PermissionError(errno.EACCES, "read-only"))
    try:
        if read_only:
            conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, isolation_level=None,
                                   factory=Connection)
        else:
            conn = sqlite3.connect(path, isolation_level=None, detect_types=0, factory=Connection)
    except sqlite3.Error as exc:
        raise DatabaseCorrupt(path, str(exc)) from None
    conn.path, conn.read_only, conn.waiting = path, read_only, waiting
    try:
        try:
            version = conn.execute("PRAGMA user_version").fetchone()[0]
            check = conn.execute("PRAGMA quick_check").fetchall()
            kind = _kind(conn, version)
        except sqlite3.DatabaseError as exc:
            if _is_busy(exc):
                raise DatabaseBusy(path, LOCK_WAIT_SECONDS) from None
            raise DatabaseCorrupt(path, str(exc)) from None
        if [tuple(r) for r in check] != [("ok",)]:
            raise DatabaseCorrupt(path, "; ".join(str(r[0]) for r in check[:5]))
        if kind == "foreign":
            raise NotOurDatabase(path)
        if version > SCHEMA_VERSION:
            raise DatabaseTooNew(path, version, SCHEMA_VERSION)
        conn.execute("PRAGMA foreign_keys = ON")
        if read_only:
            if version < SCHEMA_VERSION:
                raise DatabaseReadOnly(path, read_only, "store.needs_upgrade_read_only")
        else:
            conn.execute("PRAGMA journal_mode = DELETE")
            conn.execute("PRAGMA synchronous = FULL")
            migrate(conn, version, stamp=kind != "ours")
    except BaseException:
        conn.close()
        raise
    if path.is_file() and not read_only:  # readable by the member only, also when a copy was put in place
        try:
            path.chmod(0o600)
        except OSError:
            pass
    return conn


def migrate(conn: sqlite3.Connection, version: int, stamp: bool = False) -> None:
    """Run the steps from `version` to SCHEMA_VERSION, each in its own transaction with its version bump;
    `stamp`: also mark the file as the planner's (PRAGMA application_id) in the first one."""
    if stamp and version == SCHEMA_VERSION:
        with Transaction(conn):
            conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    for target in range(version + 1, SCHEMA_VERSION + 1):
        with Transaction(conn):
            if stamp:
                conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
            for sql in MIGRATIONS[target - 1]:
                conn.execute(sql)
            conn.execute(f"PRAGMA user_version = {target}")


def schema_version(conn: sqlite3.Connection) -> int:
    return conn.execute("PRAGMA user_version").fetchone()[0]
