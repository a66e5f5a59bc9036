"""Reading what is stored: the member, the cards, the statement years with their rows and findings,
and where each came from. Nothing here writes."""
from __future__ import annotations

import datetime as dt
import sqlite3
from collections import defaultdict
from dataclasses import dataclass, replace
from decimal import Decimal

from models import Card, Contribution, Finding, Member, Segment, Severity, StatementYear
from planner import texts
from planner.audit import audit_cards
from planner.csvio import summary_missing_finding, tidy_summaryless
from planner.format import mask_digits
from planner.validate import ImpossibleFigure, validate_statements
from planner.store.codec import (
    FINDING_COLUMNS,
    ROW_COLUMNS,
    beneficiaries_from,
    date,
    dec,
    finding_from,
    row_from,
    row_order,
)


UNUSABLE_CODE = "stored_unusable"
#: What decoding a stored value can raise when the database holds what the planner never wrote.
DECODE_ERRORS = (ValueError, TypeError, ArithmeticError, IndexError, KeyError)


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


def member(conn: sqlite3.Connection) -> Member | None:
    """The member the stored cards belong to (the one with most cards if several)."""
    r = conn.execute(
        "SELECT m.name, m.birth_date, m.nik FROM members m LEFT JOIN cards c ON c.member_id = m.id "
        "GROUP BY m.id ORDER BY count(c.kpj) DESC, m.id LIMIT 1").fetchone()
    if r is None:
        return None
    try:
        birth = date(r[1])
    except DECODE_ERRORS:
        birth = None  # an unreadable birth date is not known
    return Member(r[0] or "", birth, r[2] or None)


def cards(conn: sqlite3.Connection) -> list[Card]:
    """The stored cards that can be used (see :func:`read` for the others)."""
    out = []
    for r in conn.execute("SELECT kpj, employer, npp, segment, beneficiaries FROM cards ORDER BY kpj"):
        try:
            out.append(Card(r[0], r[1], r[2], Segment(r[3]), beneficiaries_from(r[4])))
        except DECODE_ERRORS:
            continue
    return out


def imports(conn: sqlite3.Connection) -> list[ImportRecord]:
    out = []
    for r in conn.execute("SELECT id, file_name, sha256, extractor, extractor_version, imported_at, added, "
                          "duplicates, conflicts FROM imports ORDER BY id"):
        try:
            at = dt.datetime.fromisoformat(r[5])
        except DECODE_ERRORS:
            at = dt.datetime.min  # when is unknown; where from is still worth showing
        out.append(ImportRecord(r[0], str(r[1]), str(r[2]), str(r[3]), str(r[4]), at, r[6], r[7], r[8]))
    return out


def findings(conn: sqlite3.Connection, kpj: str | None = None) -> list[Finding]:
    """Every stored finding (statement, file and conflict findings)."""
    sql = f"SELECT {FINDING_COLUMNS} FROM findings"
    args: tuple = ()
    if kpj is not None:
        sql, args = sql + " WHERE kpj = ?", (kpj,)
    out = []
    for r in conn.execute(sql + " ORDER BY id", args):
        try:
            out.append(finding_from(r))
        except DECODE_ERRORS:
            continue
    return out


def is_empty(conn: sqlite3.Connection) -> bool:
    return conn.execute("SELECT NOT EXISTS (SELECT 1 FROM cards)").fetchone()[0] == 1


def _unusable(what: str, key: str, lang: str, **fields: object) -> tuple[str, str]:
    """(what, why) for :func:`unusable_finding`."""
    return texts.tr(f"store.unusable.{what}", lang, **fields), texts.tr(f"store.unusable.why.{key}", lang)


def unusable_finding(what_why: tuple[str, str], lang: str, kpj: str = "", year: int | None = None,
                     periods: tuple[str, ...] = ()) -> Finding:
    what, why = what_why
    return Finding(UNUSABLE_CODE, Severity.ERROR, texts.tr("store.unusable.message", lang, what=what, why=why),
                   periods, kpj, year if isinstance(year, int) and 0 < year < 10000 else None)


def statements(conn: sqlite3.Connection, kpj: str | None = None, lang: str = "id") -> list[StatementYear]:
    """Stored statement years, rebuilt with their rows and findings, by card and year (see :func:`read`)."""
    return read(conn, kpj, lang)[0]


def read(conn: sqlite3.Connection, kpj: str | None = None, lang: str = "id",
         today: dt.date | None = None) -> tuple[list[StatementYear], list[Finding]]:
    """Stored statement years with their rows and findings, and a finding for each stored record
    that cannot be used.

    A year known only from rows (no summary was imported) comes back with zero summary
    figures and a ``summary_missing`` finding (see planner.csvio.has_summary). Whatever the
    database holds (an older version, a hand edit, an import from before planner.validate), a
    record that cannot be read or could not be true — a year 0000, 31 nines, a balance dated
    after today, a card of an unknown segment — is left out and becomes a ``stored_unusable``
    finding ("data tersimpan tidak bisa dipakai: …"); reading never raises for the data.
    """
    today = today or dt.date.today()
    problems: list[Finding] = []
    where, args = ("WHERE c.kpj = ?", (kpj,)) if kpj is not None else ("", ())
    card_of: dict[str, tuple[Card, Member]] = {}
    for r in conn.execute(
            "SELECT c.kpj, c.employer, c.npp, c.segment, m.name, m.birth_date, m.nik, c.beneficiaries FROM cards c "
            f"LEFT JOIN members m ON m.id = c.member_id {where}", args):
        try:
            card_of[r[0]] = (Card(r[0], r[1], r[2], Segment(r[3]), beneficiaries_from(r[7])),
                             Member(r[4] or "", date(r[5]), r[6] or None))
        except DECODE_ERRORS:
            problems.append(unusable_finding(_unusable("card", "unreadable", lang, card=mask_digits(str(r[0]))),
                                             lang, str(r[0])))
    rows: dict[tuple[str, int], list[Contribution]] = defaultdict(list)
    row_file: dict[tuple[str, int], str] = {}
    for r in conn.execute(f"SELECT r.kpj, r.year, {_prefixed('r', ROW_COLUMNS)}, i.file_name FROM rows r "
                          "LEFT JOIN imports i ON i.id = r.import_id ORDER BY r.id"):
        if r[0] not in card_of:
            continue
        try:
            rows[(r[0], r[1])].append(row_from(r[2:11]))
            row_file.setdefault((r[0], r[1]), r[11] or "")
        except DECODE_ERRORS:
            problems.append(unusable_finding(_unusable("row", "unreadable", lang, card=mask_digits(r[0]),
                                                       period=str(r[2])), lang, r[0], r[1]))
    found: dict[tuple[str, int | None], list[Finding]] = defaultdict(list)
    for r in conn.execute(f"SELECT {FINDING_COLUMNS} FROM findings ORDER BY id"):
        try:
            found[(r[0], r[1])].append(finding_from(r))
        except DECODE_ERRORS:
            continue  # a note about the data, not the data: an unreadable one is dropped
    out: dict[tuple[str, int], StatementYear] = {}
    files: dict[tuple[str, int], str] = {}
    for r in conn.execute(
            "SELECT s.kpj, s.year, s.opening, s.contributions, s.development, s.closing, s.jumlah_jht_employer, "
            "s.jumlah_jht_worker, s.jumlah_jp_employer, s.jumlah_jp_worker, s.jp_months, s.jp_accumulated, "
            "s.printed_on, s.branch, s.member_since, s.jht_age_date, s.effective_return, i.file_name, "
            "s.jp_accumulated_employer, s.jp_accumulated_worker, s.jp_pension_date, s.from_picture, s.confirmed "
            "FROM statements s LEFT JOIN imports i ON i.id = s.import_id"):
        if r[0] not in card_of:
            continue
        card, owner = card_of[r[0]]
        try:
            jumlah = tuple(Decimal(x) for x in r[6:10]) if r[6] is not None else None
            out[(r[0], r[1])] = StatementYear(
                card=card, member=owner, year=int(r[1]),
                opening=Decimal(r[2]), contributions=Decimal(r[3]), development=Decimal(r[4]),
                closing=Decimal(r[5]), printed_on=date(r[12]), branch=r[13], member_since=r[14],
                jp_months=r[10], jp_accumulated=dec(r[11]), jumlah=jumlah,  # type: ignore[arg-type]
                jht_age_date=date(r[15]), effective_return=r[16],
                jp_accumulated_parts=(Decimal(r[18]), Decimal(r[19])) if r[18] is not None else None,
                jp_pension_date=date(r[20]), from_picture=bool(r[21]), confirmed=bool(r[22]))
            files[(r[0], r[1])] = r[17] or ""
        except DECODE_ERRORS:
            problems.append(unusable_finding(_unusable("year", "unreadable", lang, card=mask_digits(r[0]),
                                                       year=f"{r[1]:04d}" if isinstance(r[1], int) else r[1]),
                                             lang, r[0], r[1]))
            rows.pop((r[0], r[1]), None)
    for key in rows.keys() - out.keys():
        card, owner = card_of[key[0]]
        out[key] = StatementYear(card, owner, key[1], Decimal(0), Decimal(0), Decimal(0), Decimal(0),
                                 findings=(summary_missing_finding(key[0], key[1], lang),))
        files[key] = row_file.get(key, "")
    result = []
    for key in sorted(out):
        st = replace(out[key], rows=tuple(sorted(rows.get(key, ()), key=row_order)),
                     findings=out[key].findings + tuple(found.get(key, ())))
        try:
            validate_statements([st], files.get(key, ""), today=today)
        except ImpossibleFigure as exc:
            why = exc.code if f"store.unusable.why.{exc.code}" in texts.catalog() else "unreadable"
            problems.append(unusable_finding(_unusable("year", why, lang, card=mask_digits(key[0]),
                                                       year=f"{key[1]:04d}"), lang, key[0], key[1]))
            continue
        result.append(st)
    return result, problems


def _prefixed(alias: str, columns: str) -> str:
    return ", ".join(f"{alias}.{c.strip()}" for c in columns.split(","))


def audit_across(stored: list[StatementYear], lang: str) -> list[Finding]:
    """Findings across the years of each card (chain breaks, missing months)."""
    return tidy_summaryless(stored, audit_cards(stored, lang=lang), lang)[1]
