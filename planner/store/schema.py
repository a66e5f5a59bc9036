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

import sqlite3
from pathlib import Path

from planner.store.errors import DatabaseCorrupt, DatabaseTooNew

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
    # 3: a statement read from a picture (OCR) and whether a person confirmed its values.
    (
        "ALTER TABLE statements ADD COLUMN from_picture INTEGER NOT NULL DEFAULT 0",
        "ALTER TABLE statements ADD COLUMN confirmed INTEGER NOT NULL DEFAULT 0",
    ),
)

SCHEMA_VERSION = len(MIGRATIONS)


class Transaction:
    """``with Transaction(conn) as c:`` — ``BEGIN IMMEDIATE`` … ``COMMIT``, or ``ROLLBACK`` on any error."""

    def __init__(self, conn: sqlite3.Connection):
        self.conn = conn

    def __enter__(self) -> sqlite3.Connection:
        self.conn.execute("BEGIN IMMEDIATE")
        return self.conn

    def __exit__(self, exc_type, exc, tb) -> None:
        if exc_type is None:
            self.conn.execute("COMMIT")
        else:
            self.conn.execute("ROLLBACK")


def connect(path: Path) -> sqlite3.Connection:
    """Open `path` (creating or migrating it). Raises DatabaseTooNew / DatabaseCorrupt, touching nothing."""
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        conn = sqlite3.connect(path, isolation_level=None, detect_types=0)
    except sqlite3.Error as exc:
        raise DatabaseCorrupt(path, str(exc)) from None
    try:
        try:
            version = conn.execute("PRAGMA user_version").fetchone()[0]
            check = conn.execute("PRAGMA quick_check").fetchall()
        except sqlite3.DatabaseError as exc:
            raise DatabaseCorrupt(path, str(exc)) from None
        if [tuple(r) for r in check] != [("ok",)]:
            raise DatabaseCorrupt(path, "; ".join(str(r[0]) for r in check[:5]))
        if version > SCHEMA_VERSION:
            raise DatabaseTooNew(path, version, SCHEMA_VERSION)
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("PRAGMA journal_mode = DELETE")
        conn.execute("PRAGMA synchronous = FULL")
        migrate(conn, version)
    except BaseException:
        conn.close()
        raise
    if path.is_file():  # readable by the member only, also when a copy was put in place
        try:
            path.chmod(0o600)
        except OSError:
            pass
    return conn


def migrate(conn: sqlite3.Connection, version: int) -> None:
    """Run the steps from `version` to SCHEMA_VERSION, each in its own transaction with its version bump."""
    for target in range(version + 1, SCHEMA_VERSION + 1):
        with Transaction(conn):
            for sql in MIGRATIONS[target - 1]:
                conn.execute(sql)
            conn.execute(f"PRAGMA user_version = {target}")


def schema_version(conn: sqlite3.Connection) -> int:
    return conn.execute("PRAGMA user_version").fetchone()[0]
