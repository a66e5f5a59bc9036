"""Reconciling an import with what is stored: a dry-run plan, then writing it in one transaction.

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

**Every import is one transaction** (``BEGIN IMMEDIATE`` … ``COMMIT``): a failure part way
leaves the database as it was before the import.
"""
from __future__ import annotations

import datetime as dt
import json
import sqlite3
from collections import Counter, defaultdict
from dataclasses import dataclass, field, replace
from decimal import Decimal
from typing import Protocol, Sequence

from models import Contribution, Finding, Member, Segment, Severity, StatementYear
from planner.csvio import SUMMARY_MISSING, has_summary, tidy_summaryless
from planner.format import mask_digits, rupiah
from planner.store.codec import (
    FINDING_COLUMNS,
    ROW_COLUMNS,
    SUMMARY_FIELDS,
    amounts,
    beneficiaries_json,
    date,
    date_text,
    dtext,
    finding_from,
    finding_key,
    now,
    row_from,
    row_key,
    summary,
)
from planner.store.errors import DifferentMember, PlanOutdated, UndoOutdated
from planner.store.identity import MemberMismatch, has_identity, mask_long_digits, merged, same_person
from planner.store.queries import DECODE_ERRORS, audit_across, member, statements
from planner.store.schema import Transaction
from planner.texts import tr

CONFLICT_CODE = "import_conflict"


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

    result: ImportResultLike
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
    #: Files naming another person than the one the database holds: the plan cannot be applied.
    mismatches: tuple[MemberMismatch, ...] = ()
    #: Files that name nobody (no NIK, name or birth date): their data goes to this database.
    anonymous: tuple[str, ...] = ()

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
        return tuple((m.file_name, m.stored, m.incoming) for m in self.mismatches) + tuple(
            (f.result.sha256, len(f.new_years), len(f.new_rows), f.duplicate_years, f.duplicate_rows,
             tuple((c.kpj, c.year) for c in f.year_conflicts),
             tuple((c.kpj, c.period, c.paid_on) for c in f.row_conflicts))
            for f in self.files
        )


#: A table row as stored, every column, for putting it back exactly.
RawRow = tuple[object, ...]


@dataclass(frozen=True)
class ImportUndo:
    """What an applied import changed beyond its own records, so that it can be taken back exactly:
    the records --replace-conflicts removed, and cards and members as they were before."""

    replaced_statements: tuple[RawRow, ...] = ()
    replaced_rows: tuple[RawRow, ...] = ()
    cards_before: tuple[RawRow, ...] = ()  # every card the import touched that existed before
    new_cards: tuple[str, ...] = ()
    members_before: tuple[RawRow, ...] = ()  # the whole (small) members table


@dataclass(frozen=True)
class ImportReport:
    plan: ImportPlan
    import_ids: tuple[int, ...]
    undo: ImportUndo = ImportUndo()

    @property
    def files(self) -> int:
        return len(self.plan.files)

    @property
    def added(self) -> int:
        return self.plan.added

    @property
    def duplicates(self) -> int:
        return self.plan.duplicates

    @property
    def conflicts(self) -> int:
        return self.plan.conflicts


def _conflict_finding(c: RowConflict | YearConflict, lang: str) -> Finding:
    card = mask_digits(c.kpj)
    name = mask_long_digits(c.file_name)
    if isinstance(c, YearConflict):
        i = SUMMARY_FIELDS.index(c.fields[0])
        msg = tr("store.conflict.year", lang, file=name, card=card, year=c.year,
                 field=tr(f"store.field.{c.fields[0]}", lang),
                 incoming=rupiah(c.incoming[i], lang, 2), stored=rupiah(c.stored[i], lang, 2))
        return Finding(CONFLICT_CODE, Severity.ERROR, msg, (), c.kpj, c.year)
    paid = c.paid_on.isoformat() if c.paid_on else "-"
    msg = tr("store.conflict.row", lang, file=name, card=card, period=c.period, paid=paid)
    return Finding(CONFLICT_CODE, Severity.ERROR, msg, (c.period,), c.kpj, None)


# --------------------------------------------------------------------------- planning


@dataclass
class _State:
    """What is stored, in memory, while an import is planned (files of one batch see each other)."""

    summaries: dict[tuple[str, int], tuple[Decimal, Decimal, Decimal, Decimal]] = field(default_factory=dict)
    rows: dict[tuple[str, str, str], list[Contribution]] = field(default_factory=dict)
    shas: dict[str, list[dt.datetime]] = field(default_factory=lambda: defaultdict(list))
    member: Member | None = None  # who the database holds, as far as known


def _load_state(conn: sqlite3.Connection) -> _State:
    state = _State()
    # A stored record that cannot be read is compared as text: a file bringing the same key is a conflict.
    for r in conn.execute("SELECT kpj, year, opening, contributions, development, closing FROM statements"):
        try:
            state.summaries[(r[0], r[1])] = tuple(Decimal(x) for x in r[2:6])  # type: ignore[assignment]
        except DECODE_ERRORS:
            state.summaries[(r[0], r[1])] = tuple(r[2:6])  # type: ignore[assignment]
    for r in conn.execute(f"SELECT kpj, {ROW_COLUMNS} FROM rows ORDER BY id"):
        try:
            state.rows.setdefault((r[0], r[1], r[2]), []).append(row_from(r[1:]))
        except DECODE_ERRORS:
            state.rows.setdefault((r[0], r[1], r[2]), [])
    for sha, at in conn.execute("SELECT sha256, imported_at FROM imports ORDER BY id"):
        try:
            state.shas[sha].append(dt.datetime.fromisoformat(at))
        except DECODE_ERRORS:
            state.shas[sha].append(dt.datetime.min)
    state.member = member(conn)
    return state


def plan_import(conn: sqlite3.Connection, results: Sequence[ImportResultLike], replace_conflicts: bool = False,
                lang: str = "id") -> ImportPlan:
    """What importing `results` would do, without writing anything."""
    plan = _plan(_load_state(conn), results, replace_conflicts, lang)
    combined = {(st.card.kpj, st.year): st for st in statements(conn, lang=lang)}
    for fp in plan.files:
        replaced = {(c.kpj, c.year) for c in fp.year_conflicts} if replace_conflicts else set()
        for st in fp.result.statements:
            key = (st.card.kpj, st.year)
            old = combined.get(key)
            if old is None or key in replaced or (not has_summary(old) and has_summary(st)):
                combined[key] = st
    return replace(plan, across=tuple(audit_across(list(combined.values()), lang)))


def _plan(state: _State, results: Sequence[ImportResultLike], replace_conflicts: bool, lang: str) -> ImportPlan:
    files = []
    mismatches: list[MemberMismatch] = []
    anonymous: list[str] = []
    for res in results:
        named = [st.member for st in res.statements if has_identity(st.member)]
        if not named:
            anonymous.append(res.file_name)
        for who in named:
            if state.member is None or same_person(state.member, who):
                state.member = merged(state.member or who, who)
            else:
                mismatches.append(MemberMismatch(res.file_name, state.member, who))
                break
        new_years: list[StatementYear] = []
        new_rows: list[tuple[str, int, Contribution]] = []
        dup_years = dup_rows = 0
        year_conflicts: list[YearConflict] = []
        row_conflicts: list[RowConflict] = []
        tidy, _ = tidy_summaryless(res.statements, (), lang)
        findings: list[Finding] = []
        for st in tidy:
            kpj = st.card.kpj
            if has_summary(st):
                stored = state.summaries.get((kpj, st.year))
                incoming = summary(st)
                if stored is None:
                    new_years.append(st)
                    state.summaries[(kpj, st.year)] = incoming
                elif stored == incoming:
                    dup_years += 1
                else:
                    differ = tuple(n for n, a, b in zip(SUMMARY_FIELDS, stored, incoming) if a != b)
                    year_conflicts.append(YearConflict(kpj, st.year, differ, stored, incoming, res.file_name))
                    if replace_conflicts:
                        state.summaries[(kpj, st.year)] = incoming
            groups: dict[tuple[str, str, str], list[Contribution]] = {}
            for row in st.rows:
                groups.setdefault(row_key(kpj, row), []).append(row)
            for key, rows in groups.items():
                stored_rows = state.rows.get(key)
                if not stored_rows:
                    new_rows.extend((kpj, st.year, r) for r in rows)
                    state.rows[key] = list(rows)
                elif Counter(map(amounts, stored_rows)) == Counter(map(amounts, rows)):
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
        state.shas[res.sha256].append(now())
    return ImportPlan(tuple(files), replace_conflicts, lang, mismatches=tuple(mismatches),
                      anonymous=tuple(anonymous))


# --------------------------------------------------------------------------- writing


def apply(conn: sqlite3.Connection, plan: ImportPlan) -> ImportReport:
    """Write `plan` in one transaction.

    Raises DifferentMember (nothing written) if a file names another person than the database
    holds, PlanOutdated if the store changed since the plan was made.
    """
    if plan.mismatches:
        raise DifferentMember(plan.mismatches[0])
    ids: list[int] = []
    with Transaction(conn):
        fresh = _plan(_load_state(conn), [f.result for f in plan.files], plan.replace_conflicts, plan.lang)
        if fresh.mismatches:
            raise DifferentMember(fresh.mismatches[0])
        if fresh.signature() != plan.signature():
            raise PlanOutdated()
        touched = sorted({st.card.kpj for fp in fresh.files for st in fp.result.statements})
        cards_before = _raw(conn, "cards", "kpj", touched)
        members_before = tuple(conn.execute(f"SELECT {_COLUMNS['members']} FROM members ORDER BY id").fetchall())
        replaced_statements: list[RawRow] = []
        replaced_rows: list[RawRow] = []
        for fp in fresh.files:
            if plan.replace_conflicts:
                for yc in fp.year_conflicts:
                    replaced_statements += conn.execute(
                        f"SELECT {_COLUMNS['statements']} FROM statements WHERE kpj = ? AND year = ?",
                        (yc.kpj, yc.year)).fetchall()
                for rc in fp.row_conflicts:
                    replaced_rows += conn.execute(
                        f"SELECT {_COLUMNS['rows']} FROM rows WHERE kpj = ? AND period = ? AND paid_on = ?",
                        (rc.kpj, rc.period, date_text(rc.paid_on) or "")).fetchall()
            ids.append(_write_file(conn, fp, plan.replace_conflicts))
    known = {r[0] for r in cards_before}
    undo = ImportUndo(tuple(replaced_statements), tuple(replaced_rows), cards_before,
                      tuple(k for k in touched if k not in known), members_before)
    return ImportReport(fresh, tuple(ids), undo)


#: Every column of the tables an import writes, in order (for taking an import back exactly).
_COLUMNS = {
    "members": "id, name, birth_date, nik",
    "cards": "kpj, member_id, employer, npp, segment, beneficiaries",
    "statements": "id, kpj, year, opening, contributions, development, closing, jumlah_jht_employer, "
                  "jumlah_jht_worker, jumlah_jp_employer, jumlah_jp_worker, jp_months, jp_accumulated, printed_on, "
                  "branch, member_since, jht_age_date, effective_return, import_id, jp_accumulated_employer, "
                  "jp_accumulated_worker, jp_pension_date, from_picture, confirmed",
    "rows": "id, kpj, year, period, paid_on, posted_on, wage, rapel, jht_employer, jht_worker, jp_employer, "
            "jp_worker, import_id",
}


def _raw(conn: sqlite3.Connection, table: str, key: str, values: Sequence[object]) -> tuple[RawRow, ...]:
    marks = ", ".join("?" * len(values))
    return tuple(conn.execute(f"SELECT {_COLUMNS[table]} FROM {table} WHERE {key} IN ({marks})",
                              tuple(values)).fetchall()) if values else ()


def _put_back(conn: sqlite3.Connection, table: str, rows: Sequence[RawRow]) -> None:
    """Each row as it was: inserted, or its stored row updated in place (other tables refer to it)."""
    columns = [c.strip() for c in _COLUMNS[table].split(",")]
    updates = ", ".join(f"{c} = excluded.{c}" for c in columns[1:])
    for r in rows:
        conn.execute(f"INSERT INTO {table} ({_COLUMNS[table]}) VALUES ({', '.join('?' * len(r))}) "
                     f"ON CONFLICT({columns[0]}) DO UPDATE SET {updates}", r)


def undo_import(conn: sqlite3.Connection, report: ImportReport) -> None:
    """Take back an applied import: remove exactly what it added, put back what it replaced, and
    leave cards and members as they were. One transaction.

    Raises UndoOutdated (changing nothing) when another import was stored after this one: its
    duplicates may be this import's records.
    """
    ids = report.import_ids
    if not ids:
        return
    with Transaction(conn) as c:
        newest = c.execute("SELECT max(id) FROM imports").fetchone()[0]
        present = c.execute(f"SELECT count(*) FROM imports WHERE id IN ({', '.join('?' * len(ids))})",
                            ids).fetchone()[0]
        if present != len(ids) or newest != max(ids):
            raise UndoOutdated()
        marks = ", ".join("?" * len(ids))
        for table in ("findings", "rows", "statements"):
            c.execute(f"DELETE FROM {table} WHERE import_id IN ({marks})", ids)
        _put_back(c, "statements", report.undo.replaced_statements)
        _put_back(c, "rows", report.undo.replaced_rows)
        c.execute(f"DELETE FROM imports WHERE id IN ({marks})", ids)
        if report.undo.new_cards:
            c.execute(f"DELETE FROM cards WHERE kpj IN ({', '.join('?' * len(report.undo.new_cards))})",
                      report.undo.new_cards)
        before = report.undo.members_before
        kept = [r[0] for r in before]
        added = f"id NOT IN ({', '.join('?' * len(kept))})" if kept else "1"
        c.execute(f"UPDATE cards SET member_id = NULL WHERE member_id IN (SELECT id FROM members WHERE {added})", kept)
        c.execute(f"DELETE FROM members WHERE {added}", kept)
        _put_back(c, "members", before)
        _put_back(c, "cards", report.undo.cards_before)


def _write_file(c: sqlite3.Connection, fp: FilePlan, replace_conflicts: bool) -> int:
    res = fp.result
    import_id = c.execute(
        "INSERT INTO imports (file_name, sha256, extractor, extractor_version, imported_at, added, duplicates, "
        "conflicts) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        (res.file_name, res.sha256, res.extractor, str(res.extractor_version), now().isoformat(),
         fp.added, fp.duplicates, fp.conflicts)).lastrowid
    assert import_id is not None
    for st in res.statements:
        _upsert_card(c, st)
    for st in fp.new_years:
        _insert_statement(c, st, import_id)
    if replace_conflicts:
        by_year = {(st.card.kpj, st.year): st for st in res.statements}
        for yc in fp.year_conflicts:
            c.execute("DELETE FROM statements WHERE kpj = ? AND year = ?", (yc.kpj, yc.year))
            _insert_statement(c, by_year[(yc.kpj, yc.year)], import_id)
        for rc in fp.row_conflicts:
            c.execute("DELETE FROM rows WHERE kpj = ? AND period = ? AND paid_on = ?",
                      (rc.kpj, rc.period, date_text(rc.paid_on) or ""))
            year = next(st.year for st in res.statements
                        if st.card.kpj == rc.kpj and any(r in st.rows for r in rc.incoming))
            for row in rc.incoming:
                _insert_row(c, rc.kpj, year, row, import_id)
    for kpj, year, row in fp.new_rows:
        _insert_row(c, kpj, year, row, import_id)
    stored = {finding_key(finding_from(r)) for r in c.execute(f"SELECT {FINDING_COLUMNS} FROM findings")}
    for f in fp.findings:
        if finding_key(f) in stored:
            continue
        stored.add(finding_key(f))
        c.execute("INSERT INTO findings (kpj, year, code, severity, message, periods, import_id) "
                  "VALUES (?, ?, ?, ?, ?, ?, ?)",
                  (f.kpj, f.year, f.code, Severity(f.severity).value, f.message, json.dumps(list(f.periods)),
                   import_id))
    return import_id


def _member_id(c: sqlite3.Connection, m: Member) -> int | None:
    """The members row of `m` (filling in what it lacked), or a new one; None for a statement naming nobody.

    The plan has checked that `m` is the person the database holds, so the first stored member
    that is the same person is theirs (a database from before this check may hold several).
    """
    if not has_identity(m):
        return None
    for ident, name, birth, nik in c.execute("SELECT id, name, birth_date, nik FROM members ORDER BY id").fetchall():
        stored = Member(name, date(birth), nik or None)
        if same_person(stored, m):
            both_known = merged(stored, m)
            c.execute("UPDATE members SET name = ?, birth_date = ?, nik = ? WHERE id = ?",
                      (both_known.name, date_text(both_known.birth_date), both_known.nik or "", ident))
            return ident
    return c.execute("INSERT INTO members (name, birth_date, nik) VALUES (?, ?, ?)",
                     (m.name, date_text(m.birth_date), m.nik or "")).lastrowid


def _upsert_card(c: sqlite3.Connection, st: StatementYear) -> None:
    card = st.card
    member_id = _member_id(c, st.member)
    if c.execute("SELECT 1 FROM cards WHERE kpj = ?", (card.kpj,)).fetchone() is None:
        c.execute("INSERT INTO cards (kpj, member_id, employer, npp, segment, beneficiaries) VALUES (?, ?, ?, ?, ?, ?)",
                  (card.kpj, member_id, card.employer, card.npp, Segment(card.segment).value,
                   beneficiaries_json(card)))
    else:
        c.execute("UPDATE cards SET member_id = coalesce(member_id, ?), "
                  "employer = CASE WHEN employer = '' THEN ? ELSE employer END, "
                  "npp = CASE WHEN npp = '' THEN ? ELSE npp END, "
                  "beneficiaries = CASE WHEN beneficiaries = '[]' THEN ? ELSE beneficiaries END WHERE kpj = ?",
                  (member_id, card.employer, card.npp, beneficiaries_json(card), card.kpj))


def _insert_statement(c: sqlite3.Connection, st: StatementYear, import_id: int) -> None:
    j = st.jumlah or (None, None, None, None)
    parts = st.jp_accumulated_parts or (None, None)
    c.execute(
        "INSERT INTO statements (kpj, year, opening, contributions, development, closing, jumlah_jht_employer, "
        "jumlah_jht_worker, jumlah_jp_employer, jumlah_jp_worker, jp_months, jp_accumulated, printed_on, branch, "
        "member_since, jht_age_date, effective_return, import_id, jp_accumulated_employer, jp_accumulated_worker, "
        "jp_pension_date, from_picture, confirmed) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (st.card.kpj, st.year, *(dtext(x) for x in summary(st)), *(dtext(x) for x in j), st.jp_months,
         dtext(st.jp_accumulated), date_text(st.printed_on), st.branch, st.member_since,
         date_text(st.jht_age_date), st.effective_return, import_id, *(dtext(x) for x in parts),
         date_text(st.jp_pension_date), int(st.from_picture), int(st.confirmed)))


def _insert_row(c: sqlite3.Connection, kpj: str, year: int, row: Contribution, import_id: int) -> None:
    c.execute(
        "INSERT INTO rows (kpj, year, period, paid_on, posted_on, wage, rapel, jht_employer, jht_worker, "
        "jp_employer, jp_worker, import_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (kpj, year, row.period_text, date_text(row.paid_on) or "", date_text(row.posted_on) or "",
         *(dtext(a) for a in amounts(row)), import_id))
