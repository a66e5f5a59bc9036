"""The member's own database: what was imported, from which file, and what they typed.

One SQLite file at :func:`planner.paths.database_path` (``JHT_PLANNER_HOME`` moves it; tests
always set it). Nothing here knows about Qt: every function returns :mod:`models` objects or
the plain dataclasses below.

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
* **Every import is one transaction** (``BEGIN IMMEDIATE`` … ``COMMIT``): a failure part way
  leaves the database as it was before the import.

Duplicates and conflicts
------------------------
A contribution row is identified by its card, BL-TH and payment date (Tgl Setor): the *key*.
What a key holds is the list of amounts printed for it (Upah, Rapel and the four iuran; one
key can hold several rows, e.g. a regular row and a back-pay row paid the same day). An
incoming key that holds exactly what is stored is a duplicate; a new key is added; a key
that is stored with *other* amounts is a conflict. A statement year is identified by card and
year; printed with other summary figures (Saldo Awal, Iuran, Pengembangan, Saldo Akhir) it is
a conflict too. Conflicts are never skipped silently and never overwrite silently: the plan
lists them, the import keeps what is stored and records an ``import_conflict`` finding,
unless the member chose to replace (``replace_conflicts=True``).

A year read without its summary (a CSV of contribution rows only, see docs/csv-format.md)
adds only its rows; it does not conflict with a year whose summary is stored, and a summary
that arrives later completes it.
"""
from __future__ import annotations

import datetime as dt
import json
import re
import sqlite3
from collections import Counter, defaultdict
from dataclasses import dataclass, field, replace
from decimal import Decimal
from pathlib import Path
from typing import Any, Protocol, Sequence

from models import (
    Assumptions,
    Card,
    CareerBreak,
    Contribution,
    Finding,
    Member,
    Segment,
    Severity,
    StatementYear,
    WageChange,
)
from planner.baseline import QuickEntry
from planner.csvio import SUMMARY_MISSING, has_summary, summary_missing_finding, tidy_summaryless
from planner.errors import UserError
from planner.paths import database_path

# --------------------------------------------------------------------------- errors


class StoreError(UserError):
    """Something about the database the member has to know."""


class DatabaseTooNew(StoreError):
    def __init__(self, path: Path, found: int, known: int):
        super().__init__(
            "database_too_new",
            f"Basis data {path.name} dibuat oleh versi aplikasi yang lebih baru (skema {found}, "
            f"versi ini mengenal sampai {known}); perbarui aplikasi untuk membukanya.",
            f"The database {path.name} was written by a newer version of the app (schema {found}, "
            f"this version knows up to {known}); update the app to open it.",
        )
        self.path, self.found, self.known = path, found, known


class DatabaseCorrupt(StoreError):
    def __init__(self, path: Path, detail: str = ""):
        super().__init__(
            "database_corrupt",
            f"Basis data {path.name} rusak dan tidak bisa dibaca; file itu dibiarkan apa adanya.",
            f"The database {path.name} is damaged and cannot be read; the file was left as it is.",
        )
        self.path, self.detail = path, detail


class PlanOutdated(StoreError):
    def __init__(self) -> None:
        super().__init__(
            "plan_outdated",
            "Data tersimpan berubah sejak pratinjau impor dibuat; tinjau ulang impor ini.",
            "The stored data changed since the import preview was made; review the import again.",
        )


class ScenarioNameTaken(StoreError):
    def __init__(self, name: str):
        super().__init__("scenario_name_taken", f"Sudah ada skenario bernama \u201c{name}\u201d.",
                         f"A scenario named \u201c{name}\u201d already exists.")


class ScenarioNotFound(StoreError):
    def __init__(self, ident: object):
        super().__init__("scenario_not_found", "Skenario itu tidak ada (lagi).",
                         "That scenario does not exist (any more).")


class InvalidName(StoreError):
    def __init__(self) -> None:
        super().__init__("scenario_name_empty", "Nama skenario tidak boleh kosong.",
                         "A scenario name cannot be empty.")


# --------------------------------------------------------------------------- schema

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
)

SCHEMA_VERSION = len(MIGRATIONS)

CONFLICT_CODE = "import_conflict"

# --------------------------------------------------------------------------- plain results


class ImportResultLike(Protocol):
    """What :func:`planner.importers.read_file` returns (planner.importers.ImportResult)."""

    file_name: str
    sha256: str
    extractor: str
    extractor_version: str
    statements: Sequence[StatementYear]
    findings: Sequence[Finding]


@dataclass(frozen=True)
class RowConflict:
    """A key (card, BL-TH, Tgl Setor) stored with other amounts than the file prints."""

    kpj: str
    period: str
    paid_on: dt.date | None
    stored: tuple[Contribution, ...]
    incoming: tuple[Contribution, ...]
    file_name: str


@dataclass(frozen=True)
class YearConflict:
    """A statement year stored with other summary figures than the file prints."""

    kpj: str
    year: int
    fields: tuple[str, ...]  # names among opening, contributions, development, closing
    stored: tuple[Decimal, Decimal, Decimal, Decimal]
    incoming: tuple[Decimal, Decimal, Decimal, Decimal]
    file_name: str


@dataclass(frozen=True)
class FilePlan:
    """What importing one file would do."""

    result: Any  # planner.importers.ImportResult
    imported_before: tuple[dt.datetime, ...]  # when the same file (sha256) was imported
    new_years: tuple[StatementYear, ...]  # summaries to add (or to complete a rows-only year)
    new_rows: tuple[tuple[str, int, Contribution], ...]  # (kpj, statement year, row)
    duplicate_years: int
    duplicate_rows: int
    year_conflicts: tuple[YearConflict, ...]
    row_conflicts: tuple[RowConflict, ...]
    findings: tuple[Finding, ...]  # to store: its statements' findings and its conflicts

    @property
    def added(self) -> int:
        return len(self.new_years) + len(self.new_rows)

    @property
    def duplicates(self) -> int:
        return self.duplicate_years + self.duplicate_rows

    @property
    def conflicts(self) -> int:
        return len(self.year_conflicts) + len(self.row_conflicts)


@dataclass(frozen=True)
class ImportPlan:
    """A dry run: what an import would add, what is already there, what disagrees."""

    files: tuple[FilePlan, ...]
    replace_conflicts: bool = False
    lang: str = "id"
    #: Findings across years (chain breaks, missing months) over what is stored plus what
    #: the files bring. Shown, not stored: :meth:`Store.card_findings` recomputes them.
    across: tuple[Finding, ...] = ()

    @property
    def added(self) -> int:
        return sum(f.added for f in self.files)

    @property
    def duplicates(self) -> int:
        return sum(f.duplicates for f in self.files)

    @property
    def conflicts(self) -> int:
        return sum(f.conflicts for f in self.files)

    @property
    def statements(self) -> tuple[StatementYear, ...]:
        return tuple(st for f in self.files for st in f.result.statements)

    @property
    def conflict_findings(self) -> tuple[Finding, ...]:
        return tuple(x for f in self.files for x in f.findings if x.code == CONFLICT_CODE)

    def signature(self) -> tuple:
        """What the plan would write; two plans with equal signatures write the same."""
        return tuple(
            (f.result.sha256, len(f.new_years), len(f.new_rows), f.duplicate_years, f.duplicate_rows,
             tuple((c.kpj, c.year) for c in f.year_conflicts),
             tuple((c.kpj, c.period, c.paid_on) for c in f.row_conflicts))
            for f in self.files
        )


@dataclass(frozen=True)
class ImportReport:
    plan: ImportPlan
    import_ids: tuple[int, ...]

    @property
    def added(self) -> int:
        return self.plan.added

    @property
    def duplicates(self) -> int:
        return self.plan.duplicates

    @property
    def conflicts(self) -> int:
        return self.plan.conflicts


@dataclass(frozen=True)
class ImportRecord:
    """One row of the imports table: where stored data came from."""

    id: int
    file_name: str
    sha256: str
    extractor: str
    extractor_version: str
    imported_at: dt.datetime
    added: int
    duplicates: int
    conflicts: int


@dataclass(frozen=True)
class Scenario:
    id: int
    name: str
    assumptions: Assumptions
    created: dt.datetime
    updated: dt.datetime


# --------------------------------------------------------------------------- conversions

_AMOUNT_FIELDS = ("wage", "rapel", "jht_employer", "jht_worker", "jp_employer", "jp_worker")
_SUMMARY_FIELDS = ("opening", "contributions", "development", "closing")


def _dtext(value: Decimal | None) -> str | None:
    return None if value is None else format(value, "f")


def _dec(text: str | None) -> Decimal | None:
    return None if text is None else Decimal(text)


def _date_text(value: dt.date | None) -> str | None:
    return None if value is None else value.isoformat()


def _date(text: str | None) -> dt.date | None:
    return dt.date.fromisoformat(text) if text else None


def _now() -> dt.datetime:
    return dt.datetime.now().replace(microsecond=0)


def _row_key(kpj: str, row: Contribution) -> tuple[str, str, str]:
    return kpj, row.period_text, _date_text(row.paid_on) or ""


def _amounts(row: Contribution) -> tuple[Decimal, ...]:
    return tuple(getattr(row, name) for name in _AMOUNT_FIELDS)


def _summary(st: StatementYear) -> tuple[Decimal, Decimal, Decimal, Decimal]:
    return st.opening, st.contributions, st.development, st.closing


def assumptions_to_json(a: Assumptions) -> str:
    from planner.serialize import jsonable

    return json.dumps(jsonable(a), sort_keys=True)


def assumptions_from_json(text: str) -> Assumptions:
    """Inverse of :func:`assumptions_to_json`; unknown keys (from newer versions) are ignored."""
    data = json.loads(text)
    d = dt.date.fromisoformat
    brk = data.get("career_break")
    chg = data.get("wage_change")
    return Assumptions(
        balance=float(data["balance"]),
        as_of=d(data["as_of"]),
        birth_date=d(data["birth_date"]),
        wage=float(data["wage"]),
        wage_growth=data.get("wage_growth"),
        annual_return=data.get("annual_return"),
        inflation=data.get("inflation"),
        claim_age=data.get("claim_age"),
        stop_age=data.get("stop_age"),
        segment=Segment(data.get("segment", Segment.PU.value)),
        career_break=CareerBreak(d(brk["start"]), int(brk["months"])) if brk else None,
        wage_change=WageChange(d(chg["on"]), float(chg["wage"])) if chg else None,
    )


def _conflict_finding(c: RowConflict | YearConflict, lang: str) -> Finding:
    from planner.format import mask_digits, rupiah

    card = mask_digits(c.kpj)
    name = mask_long_digits(c.file_name)
    if isinstance(c, YearConflict):
        names_id = {"opening": "Saldo Awal", "contributions": "Iuran", "development": "Pengembangan",
                    "closing": "Saldo Akhir"}
        names_en = {"opening": "opening balance", "contributions": "contributions",
                    "development": "development", "closing": "closing balance"}
        i = _SUMMARY_FIELDS.index(c.fields[0])
        if lang == "en":
            msg = (f"{name}: card {card} {c.year} prints another {names_en[c.fields[0]]} "
                   f"({rupiah(c.incoming[i], lang, 2)}) than the stored statement ({rupiah(c.stored[i], lang, 2)}).")
        else:
            msg = (f"{name}: kartu {card} tahun {c.year} mencetak {names_id[c.fields[0]]} lain "
                   f"({rupiah(c.incoming[i], lang, 2)}) dari rincian yang tersimpan ({rupiah(c.stored[i], lang, 2)}).")
        return Finding(CONFLICT_CODE, Severity.ERROR, msg, (), c.kpj, c.year)
    paid = c.paid_on.isoformat() if c.paid_on else "-"
    if lang == "en":
        msg = (f"{name}: card {card}, month {c.period} paid on {paid} is stored with other amounts "
               f"than this file prints.")
    else:
        msg = (f"{name}: kartu {card}, bulan {c.period} disetor {paid} tersimpan dengan jumlah "
               f"lain dari yang dicetak file ini.")
    return Finding(CONFLICT_CODE, Severity.ERROR, msg, (c.period,), c.kpj, None)


_LONG_DIGITS = re.compile(r"\d{8,}")


def mask_long_digits(text: str) -> str:
    """Runs of 8 or more digits (a KPJ or NIK inside a file name) masked like a KPJ."""
    from planner.format import mask_digits

    return _LONG_DIGITS.sub(lambda m: mask_digits(m.group(0)), text)


def _finding_key(f: Finding) -> tuple:
    """Identity of a finding: not its message, which is written in the language of the import."""
    return (f.kpj, f.year, f.code, tuple(f.periods))


# --------------------------------------------------------------------------- the store


@dataclass
class _State:
    """What is stored, in memory, while an import is planned (files of one batch see each other)."""

    summaries: dict[tuple[str, int], tuple[Decimal, Decimal, Decimal, Decimal]] = field(default_factory=dict)
    rows: dict[tuple[str, str, str], list[Contribution]] = field(default_factory=dict)
    shas: dict[str, list[dt.datetime]] = field(default_factory=lambda: defaultdict(list))


class Store:
    """The database. Use as a context manager, or call :meth:`close`."""

    def __init__(self, conn: sqlite3.Connection, path: Path):
        self._conn = conn
        self.path = path

    # ----------------------------------------------------------------- opening

    @classmethod
    def open(cls, path: Path | str | None = None) -> "Store":
        """Open (creating or migrating) the database. Raises DatabaseTooNew / DatabaseCorrupt."""
        path = Path(path) if path is not None else database_path()
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
            store = cls(conn, path)
            store._migrate(version)
        except BaseException:
            conn.close()
            raise
        if path.is_file():  # readable by the member only, also when a copy was put in place
            try:
                path.chmod(0o600)
            except OSError:
                pass
        return store

    def _migrate(self, version: int) -> None:
        for target in range(version + 1, SCHEMA_VERSION + 1):
            with self._transaction():
                for sql in MIGRATIONS[target - 1]:
                    self._conn.execute(sql)
                self._conn.execute(f"PRAGMA user_version = {target}")

    @property
    def schema_version(self) -> int:
        return self._conn.execute("PRAGMA user_version").fetchone()[0]

    def close(self) -> None:
        self._conn.close()

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    class _Tx:
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

    def _transaction(self) -> "Store._Tx":
        return Store._Tx(self._conn)

    # ----------------------------------------------------------------- importing

    def _load_state(self) -> _State:
        state = _State()
        for r in self._conn.execute("SELECT kpj, year, opening, contributions, development, closing FROM statements"):
            state.summaries[(r[0], r[1])] = tuple(Decimal(x) for x in r[2:6])  # type: ignore[assignment]
        for r in self._conn.execute(
                "SELECT kpj, period, paid_on, posted_on, wage, rapel, jht_employer, jht_worker, jp_employer, "
                "jp_worker FROM rows ORDER BY id"):
            state.rows.setdefault((r[0], r[1], r[2]), []).append(self._row_from(r[1:]))
        for sha, at in self._conn.execute("SELECT sha256, imported_at FROM imports ORDER BY id"):
            state.shas[sha].append(dt.datetime.fromisoformat(at))
        return state

    @staticmethod
    def _row_from(r: Sequence[Any]) -> Contribution:
        period, paid_on, posted_on = r[0], r[1], r[2]
        y, m = (int(x) for x in period.split("-"))
        amounts = [Decimal(x) for x in r[3:9]]
        return Contribution((y, m), _date(paid_on), _date(posted_on), *amounts)

    def plan_import(self, results: Sequence[ImportResultLike], replace_conflicts: bool = False,
                    lang: str = "id") -> ImportPlan:
        """What importing `results` would do, without writing anything."""
        plan = self._plan(self._load_state(), results, replace_conflicts, lang)
        merged = {(st.card.kpj, st.year): st for st in self.statements(lang=lang)}
        for fp in plan.files:
            replaced = {(c.kpj, c.year) for c in fp.year_conflicts} if replace_conflicts else set()
            for st in fp.result.statements:
                key = (st.card.kpj, st.year)
                old = merged.get(key)
                if old is None or key in replaced or (not has_summary(old) and has_summary(st)):
                    merged[key] = st
        return replace(plan, across=tuple(_audit_across(list(merged.values()), lang)))

    @staticmethod
    def _plan(state: _State, results: Sequence[ImportResultLike], replace_conflicts: bool, lang: str) -> ImportPlan:
        files = []
        for res in results:
            new_years: list[StatementYear] = []
            new_rows: list[tuple[str, int, Contribution]] = []
            dup_years = dup_rows = 0
            year_conflicts: list[YearConflict] = []
            row_conflicts: list[RowConflict] = []
            statements, _ = tidy_summaryless(res.statements, (), lang)
            findings: list[Finding] = []
            for st in statements:
                kpj = st.card.kpj
                if has_summary(st):
                    stored = state.summaries.get((kpj, st.year))
                    incoming = _summary(st)
                    if stored is None:
                        new_years.append(st)
                        state.summaries[(kpj, st.year)] = incoming
                    elif stored == incoming:
                        dup_years += 1
                    else:
                        differ = tuple(n for n, a, b in zip(_SUMMARY_FIELDS, stored, incoming) if a != b)
                        year_conflicts.append(YearConflict(kpj, st.year, differ, stored, incoming, res.file_name))
                        if replace_conflicts:
                            state.summaries[(kpj, st.year)] = incoming
                groups: dict[tuple[str, str, str], list[Contribution]] = {}
                for row in st.rows:
                    groups.setdefault(_row_key(kpj, row), []).append(row)
                for key, rows in groups.items():
                    stored_rows = state.rows.get(key)
                    if not stored_rows:
                        new_rows.extend((kpj, st.year, r) for r in rows)
                        state.rows[key] = list(rows)
                    elif Counter(map(_amounts, stored_rows)) == Counter(map(_amounts, rows)):
                        dup_rows += len(rows)
                    else:
                        row_conflicts.append(RowConflict(kpj, key[1], rows[0].paid_on, tuple(stored_rows),
                                                         tuple(rows), res.file_name))
                        if replace_conflicts:
                            state.rows[key] = list(rows)
                findings.extend(f for f in st.findings if f.code != SUMMARY_MISSING)
            findings.extend(_conflict_finding(c, lang) for c in [*year_conflicts, *row_conflicts])
            files.append(FilePlan(
                result=res,
                imported_before=tuple(state.shas.get(res.sha256, ())),
                new_years=tuple(new_years),
                new_rows=tuple(new_rows),
                duplicate_years=dup_years,
                duplicate_rows=dup_rows,
                year_conflicts=tuple(year_conflicts),
                row_conflicts=tuple(row_conflicts),
                findings=tuple(findings),
            ))
            state.shas[res.sha256].append(_now())
        return ImportPlan(tuple(files), replace_conflicts, lang)

    def apply(self, plan: ImportPlan) -> ImportReport:
        """Write `plan` in one transaction. Raises PlanOutdated if the store changed since."""
        ids: list[int] = []
        with self._transaction():
            fresh = self._plan(self._load_state(), [f.result for f in plan.files], plan.replace_conflicts, plan.lang)
            if fresh.signature() != plan.signature():
                raise PlanOutdated()
            for fp in fresh.files:
                ids.append(self._write_file(fp, plan.replace_conflicts))
        return ImportReport(fresh, tuple(ids))

    def import_results(self, results: Sequence[ImportResultLike], replace_conflicts: bool = False,
                       lang: str = "id") -> ImportReport:
        """Plan and apply in one go (the command line's `import`)."""
        return self.apply(self.plan_import(results, replace_conflicts, lang))

    def _write_file(self, fp: FilePlan, replace_conflicts: bool) -> int:
        c = self._conn
        res = fp.result
        import_id = c.execute(
            "INSERT INTO imports (file_name, sha256, extractor, extractor_version, imported_at, added, duplicates, "
            "conflicts) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (res.file_name, res.sha256, res.extractor, str(res.extractor_version), _now().isoformat(),
             fp.added, fp.duplicates, fp.conflicts)).lastrowid
        for st in res.statements:
            self._upsert_card(st)
        for st in fp.new_years:
            self._insert_statement(st, import_id)
        if replace_conflicts:
            by_year = {(st.card.kpj, st.year): st for st in res.statements}
            for yc in fp.year_conflicts:
                c.execute("DELETE FROM statements WHERE kpj = ? AND year = ?", (yc.kpj, yc.year))
                self._insert_statement(by_year[(yc.kpj, yc.year)], import_id)
            for rc in fp.row_conflicts:
                c.execute("DELETE FROM rows WHERE kpj = ? AND period = ? AND paid_on = ?",
                          (rc.kpj, rc.period, _date_text(rc.paid_on) or ""))
                year = next(st.year for st in res.statements
                            if st.card.kpj == rc.kpj and any(r in st.rows for r in rc.incoming))
                for row in rc.incoming:
                    self._insert_row(rc.kpj, year, row, import_id)
        for kpj, year, row in fp.new_rows:
            self._insert_row(kpj, year, row, import_id)
        stored = {_finding_key(self._finding_from(r)) for r in c.execute(
            "SELECT kpj, year, code, severity, message, periods FROM findings")}
        for f in fp.findings:
            if _finding_key(f) in stored:
                continue
            stored.add(_finding_key(f))
            c.execute("INSERT INTO findings (kpj, year, code, severity, message, periods, import_id) "
                      "VALUES (?, ?, ?, ?, ?, ?, ?)",
                      (f.kpj, f.year, f.code, Severity(f.severity).value, f.message, json.dumps(list(f.periods)),
                       import_id))
        return import_id

    def _member_id(self, m: Member) -> int | None:
        c = self._conn
        if not (m.name or m.nik or m.birth_date):
            return None
        row = None
        if m.nik:
            row = c.execute("SELECT id, name, birth_date FROM members WHERE nik = ?", (m.nik,)).fetchone()
        if row is None:
            row = c.execute("SELECT id, name, birth_date FROM members WHERE upper(name) = upper(?) "
                            "AND coalesce(birth_date, '') = coalesce(?, '')",
                            (m.name, _date_text(m.birth_date))).fetchone()
        if row is None:
            return c.execute("INSERT INTO members (name, birth_date, nik) VALUES (?, ?, ?)",
                             (m.name, _date_text(m.birth_date), m.nik or "")).lastrowid
        c.execute("UPDATE members SET name = CASE WHEN name = '' THEN ? ELSE name END, "
                  "birth_date = coalesce(birth_date, ?), nik = CASE WHEN nik = '' THEN ? ELSE nik END WHERE id = ?",
                  (m.name, _date_text(m.birth_date), m.nik or "", row[0]))
        return row[0]

    def _upsert_card(self, st: StatementYear) -> None:
        card = st.card
        member_id = self._member_id(st.member)
        c = self._conn
        if c.execute("SELECT 1 FROM cards WHERE kpj = ?", (card.kpj,)).fetchone() is None:
            c.execute("INSERT INTO cards (kpj, member_id, employer, npp, segment) VALUES (?, ?, ?, ?, ?)",
                      (card.kpj, member_id, card.employer, card.npp, Segment(card.segment).value))
        else:
            c.execute("UPDATE cards SET member_id = coalesce(member_id, ?), "
                      "employer = CASE WHEN employer = '' THEN ? ELSE employer END, "
                      "npp = CASE WHEN npp = '' THEN ? ELSE npp END WHERE kpj = ?",
                      (member_id, card.employer, card.npp, card.kpj))

    def _insert_statement(self, st: StatementYear, import_id: int) -> None:
        j = st.jumlah or (None, None, None, None)
        self._conn.execute(
            "INSERT INTO statements (kpj, year, opening, contributions, development, closing, jumlah_jht_employer, "
            "jumlah_jht_worker, jumlah_jp_employer, jumlah_jp_worker, jp_months, jp_accumulated, printed_on, branch, "
            "member_since, jht_age_date, effective_return, import_id) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (st.card.kpj, st.year, *(_dtext(x) for x in _summary(st)), *(_dtext(x) for x in j), st.jp_months,
             _dtext(st.jp_accumulated), _date_text(st.printed_on), st.branch, st.member_since,
             _date_text(st.jht_age_date), st.effective_return, import_id))

    def _insert_row(self, kpj: str, year: int, row: Contribution, import_id: int) -> None:
        self._conn.execute(
            "INSERT INTO rows (kpj, year, period, paid_on, posted_on, wage, rapel, jht_employer, jht_worker, "
            "jp_employer, jp_worker, import_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (kpj, year, row.period_text, _date_text(row.paid_on) or "", _date_text(row.posted_on) or "",
             *(_dtext(a) for a in _amounts(row)), import_id))

    @staticmethod
    def _finding_from(r: Sequence[Any]) -> Finding:
        return Finding(r[2], Severity(r[3]), r[4], tuple(json.loads(r[5])), r[0], r[1])

    # ----------------------------------------------------------------- reading

    def member(self) -> Member | None:
        """The member the stored cards belong to (the one with most cards if several)."""
        r = self._conn.execute(
            "SELECT m.name, m.birth_date, m.nik FROM members m LEFT JOIN cards c ON c.member_id = m.id "
            "GROUP BY m.id ORDER BY count(c.kpj) DESC, m.id LIMIT 1").fetchone()
        if r is None:
            return None
        return Member(r[0], _date(r[1]), r[2] or None)

    def cards(self) -> list[Card]:
        return [Card(r[0], r[1], r[2], Segment(r[3])) for r in self._conn.execute(
            "SELECT kpj, employer, npp, segment FROM cards ORDER BY kpj")]

    def imports(self) -> list[ImportRecord]:
        return [ImportRecord(r[0], r[1], r[2], r[3], r[4], dt.datetime.fromisoformat(r[5]), r[6], r[7], r[8])
                for r in self._conn.execute(
                    "SELECT id, file_name, sha256, extractor, extractor_version, imported_at, added, duplicates, "
                    "conflicts FROM imports ORDER BY id")]

    def findings(self, kpj: str | None = None) -> list[Finding]:
        """Every stored finding (statement, file and conflict findings)."""
        sql = "SELECT kpj, year, code, severity, message, periods FROM findings"
        args: tuple = ()
        if kpj is not None:
            sql, args = sql + " WHERE kpj = ?", (kpj,)
        return [self._finding_from(r) for r in self._conn.execute(sql + " ORDER BY id", args)]

    def card_findings(self, lang: str = "id") -> list[Finding]:
        """Findings across the stored years of each card (chain breaks, missing months)."""
        return _audit_across(self.statements(lang=lang), lang)

    def is_empty(self) -> bool:
        return self._conn.execute("SELECT NOT EXISTS (SELECT 1 FROM cards)").fetchone()[0] == 1

    def statements(self, kpj: str | None = None, lang: str = "id") -> list[StatementYear]:
        """Stored statement years, rebuilt with their rows and findings, by card and year.

        A year known only from rows (no summary was imported) comes back with zero summary
        figures and a ``summary_missing`` finding (see planner.csvio.has_summary).
        """
        c = self._conn
        where, args = ("WHERE c.kpj = ?", (kpj,)) if kpj is not None else ("", ())
        cards: dict[str, tuple[Card, Member]] = {}
        for r in c.execute(
                "SELECT c.kpj, c.employer, c.npp, c.segment, m.name, m.birth_date, m.nik FROM cards c "
                f"LEFT JOIN members m ON m.id = c.member_id {where}", args):
            cards[r[0]] = (Card(r[0], r[1], r[2], Segment(r[3])), Member(r[4] or "", _date(r[5]), r[6] or None))
        rows: dict[tuple[str, int], list[Contribution]] = defaultdict(list)
        for r in c.execute(
                "SELECT kpj, year, period, paid_on, posted_on, wage, rapel, jht_employer, jht_worker, jp_employer, "
                "jp_worker FROM rows ORDER BY id"):
            if r[0] in cards:
                rows[(r[0], r[1])].append(self._row_from(r[2:]))
        findings: dict[tuple[str, int | None], list[Finding]] = defaultdict(list)
        for r in c.execute("SELECT kpj, year, code, severity, message, periods FROM findings ORDER BY id"):
            findings[(r[0], r[1])].append(self._finding_from(r))
        out: dict[tuple[str, int], StatementYear] = {}
        for r in c.execute(
                "SELECT kpj, year, opening, contributions, development, closing, jumlah_jht_employer, "
                "jumlah_jht_worker, jumlah_jp_employer, jumlah_jp_worker, jp_months, jp_accumulated, printed_on, "
                "branch, member_since, jht_age_date, effective_return FROM statements"):
            if r[0] not in cards:
                continue
            card, member = cards[r[0]]
            jumlah = tuple(Decimal(x) for x in r[6:10]) if r[6] is not None else None
            out[(r[0], r[1])] = StatementYear(
                card=card, member=member, year=r[1],
                opening=Decimal(r[2]), contributions=Decimal(r[3]), development=Decimal(r[4]),
                closing=Decimal(r[5]), printed_on=_date(r[12]), branch=r[13], member_since=r[14],
                jp_months=r[10], jp_accumulated=_dec(r[11]), jumlah=jumlah,  # type: ignore[arg-type]
                jht_age_date=_date(r[15]), effective_return=r[16])
        for key in rows.keys() - out.keys():
            card, member = cards[key[0]]
            out[key] = StatementYear(card, member, key[1], Decimal(0), Decimal(0), Decimal(0), Decimal(0),
                                     findings=(summary_missing_finding(key[0], key[1], lang),))
        result = []
        for key in sorted(out):
            st = out[key]
            result.append(replace(st, rows=tuple(sorted(rows.get(key, ()), key=_row_order)),
                                  findings=st.findings + tuple(findings.get(key, ()))))
        return result

    # ----------------------------------------------------------------- quick entry

    def save_quick_entry(self, q: QuickEntry) -> QuickEntry:
        """Store what the member typed; the newest one is the one used."""
        saved = replace(q, saved_at=q.saved_at or _now())
        with self._transaction() as c:
            new_id = c.execute(
                "INSERT INTO quick_entries (saldo, saldo_date, wage, birth_date, kpj, employer, name, saved_at) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (_dtext(saved.saldo), saved.saldo_date.isoformat(), _dtext(saved.wage),
                 saved.birth_date.isoformat(), saved.kpj, saved.employer, saved.name,
                 saved.saved_at.isoformat())).lastrowid  # type: ignore[union-attr]
        return replace(saved, id=new_id)

    def quick_entry(self) -> QuickEntry | None:
        """The newest quick entry (the one the baseline uses), or None."""
        entries = self.quick_entries(limit=1)
        return entries[0] if entries else None

    def quick_entries(self, limit: int | None = None) -> list[QuickEntry]:
        """Saved quick entries, newest first."""
        sql = ("SELECT saldo, saldo_date, wage, birth_date, kpj, employer, name, saved_at, id "
               "FROM quick_entries ORDER BY id DESC")
        if limit is not None:
            sql += f" LIMIT {int(limit)}"
        return [QuickEntry(Decimal(r[0]), dt.date.fromisoformat(r[1]), Decimal(r[2]), dt.date.fromisoformat(r[3]),
                           r[4], r[5], r[6], dt.datetime.fromisoformat(r[7]), r[8])
                for r in self._conn.execute(sql)]

    def delete_quick_entry(self, entry: QuickEntry | int) -> None:
        """Remove one saved entry (undo of a save): the one before it becomes the newest again."""
        ident = entry if isinstance(entry, int) else entry.id
        if ident is None:
            return
        with self._transaction() as c:
            c.execute("DELETE FROM quick_entries WHERE id = ?", (ident,))

    def clear_quick_entries(self) -> None:
        with self._transaction() as c:
            c.execute("DELETE FROM quick_entries")

    # ----------------------------------------------------------------- scenarios

    def save_scenario(self, name: str, assumptions: Assumptions) -> Scenario:
        """Save under `name`; a scenario of that name is overwritten."""
        name = name.strip()
        if not name:
            raise InvalidName()
        now = _now().isoformat()
        with self._transaction() as c:
            c.execute("INSERT INTO scenarios (name, assumptions, created, updated) VALUES (?, ?, ?, ?) "
                      "ON CONFLICT(name) DO UPDATE SET assumptions = excluded.assumptions, updated = excluded.updated",
                      (name, assumptions_to_json(assumptions), now, now))
        return self.scenario(name)

    def scenarios(self) -> list[Scenario]:
        return [self._scenario_from(r) for r in self._conn.execute(
            "SELECT id, name, assumptions, created, updated FROM scenarios ORDER BY name COLLATE NOCASE, id")]

    def scenario(self, ident: int | str) -> Scenario:
        col = "id" if isinstance(ident, int) else "name"
        r = self._conn.execute(f"SELECT id, name, assumptions, created, updated FROM scenarios WHERE {col} = ?",
                               (ident,)).fetchone()
        if r is None:
            raise ScenarioNotFound(ident)
        return self._scenario_from(r)

    def rename_scenario(self, ident: int | str, new_name: str) -> Scenario:
        new_name = new_name.strip()
        if not new_name:
            raise InvalidName()
        sc = self.scenario(ident)
        if new_name != sc.name:
            other = self._conn.execute("SELECT id FROM scenarios WHERE name = ?", (new_name,)).fetchone()
            if other is not None:
                raise ScenarioNameTaken(new_name)
            with self._transaction() as c:
                c.execute("UPDATE scenarios SET name = ?, updated = ? WHERE id = ?",
                          (new_name, _now().isoformat(), sc.id))
        return self.scenario(sc.id)

    def delete_scenario(self, ident: int | str) -> None:
        sc = self.scenario(ident)
        with self._transaction() as c:
            c.execute("DELETE FROM scenarios WHERE id = ?", (sc.id,))

    @staticmethod
    def _scenario_from(r: Sequence[Any]) -> Scenario:
        return Scenario(r[0], r[1], assumptions_from_json(r[2]), dt.datetime.fromisoformat(r[3]),
                        dt.datetime.fromisoformat(r[4]))


def _audit_across(statements: list[StatementYear], lang: str) -> list[Finding]:
    from planner.audit import audit_cards

    return tidy_summaryless(statements, audit_cards(statements, lang=lang), lang)[1]


def _row_order(r: Contribution) -> tuple:
    return (r.paid_on or dt.date.min, r.period)


def open_store(path: Path | str | None = None) -> Store:
    """Shorthand for :meth:`Store.open`."""
    return Store.open(path)
