"""Reading what is stored: the member, the cards, the statement years with their rows and findings,
and where each came from. Nothing here writes."""
from __future__ import annotations

import datetime as dt
import sqlite3
from collections import defaultdict
from dataclasses import dataclass, replace
from decimal import Decimal

from models import Card, Contribution, Finding, Member, Segment, StatementYear
from planner.audit import audit_cards
from planner.csvio import summary_missing_finding, tidy_summaryless
from planner.store.codec import FINDING_COLUMNS, ROW_COLUMNS, date, dec, finding_from, row_from, row_order


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
    return Member(r[0], date(r[1]), r[2] or None)


def cards(conn: sqlite3.Connection) -> list[Card]:
    return [Card(r[0], r[1], r[2], Segment(r[3])) for r in conn.execute(
        "SELECT kpj, employer, npp, segment FROM cards ORDER BY kpj")]


def imports(conn: sqlite3.Connection) -> list[ImportRecord]:
    return [ImportRecord(r[0], r[1], r[2], r[3], r[4], dt.datetime.fromisoformat(r[5]), r[6], r[7], r[8])
            for r in conn.execute(
                "SELECT id, file_name, sha256, extractor, extractor_version, imported_at, added, duplicates, "
                "conflicts FROM imports ORDER BY id")]


def findings(conn: sqlite3.Connection, kpj: str | None = None) -> list[Finding]:
    """Every stored finding (statement, file and conflict findings)."""
    sql = f"SELECT {FINDING_COLUMNS} FROM findings"
    args: tuple = ()
    if kpj is not None:
        sql, args = sql + " WHERE kpj = ?", (kpj,)
    return [finding_from(r) for r in conn.execute(sql + " ORDER BY id", args)]


def is_empty(conn: sqlite3.Connection) -> bool:
    return conn.execute("SELECT NOT EXISTS (SELECT 1 FROM cards)").fetchone()[0] == 1


def statements(conn: sqlite3.Connection, kpj: str | None = None, lang: str = "id") -> list[StatementYear]:
    """Stored statement years, rebuilt with their rows and findings, by card and year.

    A year known only from rows (no summary was imported) comes back with zero summary
    figures and a ``summary_missing`` finding (see planner.csvio.has_summary).
    """
    where, args = ("WHERE c.kpj = ?", (kpj,)) if kpj is not None else ("", ())
    card_of: dict[str, tuple[Card, Member]] = {}
    for r in conn.execute(
            "SELECT c.kpj, c.employer, c.npp, c.segment, m.name, m.birth_date, m.nik FROM cards c "
            f"LEFT JOIN members m ON m.id = c.member_id {where}", args):
        card_of[r[0]] = (Card(r[0], r[1], r[2], Segment(r[3])), Member(r[4] or "", date(r[5]), r[6] or None))
    rows: dict[tuple[str, int], list[Contribution]] = defaultdict(list)
    for r in conn.execute(f"SELECT kpj, year, {ROW_COLUMNS} FROM rows ORDER BY id"):
        if r[0] in card_of:
            rows[(r[0], r[1])].append(row_from(r[2:]))
    found: dict[tuple[str, int | None], list[Finding]] = defaultdict(list)
    for r in conn.execute(f"SELECT {FINDING_COLUMNS} FROM findings ORDER BY id"):
        found[(r[0], r[1])].append(finding_from(r))
    out: dict[tuple[str, int], StatementYear] = {}
    for r in conn.execute(
            "SELECT kpj, year, opening, contributions, development, closing, jumlah_jht_employer, "
            "jumlah_jht_worker, jumlah_jp_employer, jumlah_jp_worker, jp_months, jp_accumulated, printed_on, "
            "branch, member_since, jht_age_date, effective_return, from_picture, confirmed FROM statements"):
        if r[0] not in card_of:
            continue
        card, owner = card_of[r[0]]
        jumlah = tuple(Decimal(x) for x in r[6:10]) if r[6] is not None else None
        out[(r[0], r[1])] = StatementYear(
            card=card, member=owner, year=r[1],
            opening=Decimal(r[2]), contributions=Decimal(r[3]), development=Decimal(r[4]),
            closing=Decimal(r[5]), printed_on=date(r[12]), branch=r[13], member_since=r[14],
            jp_months=r[10], jp_accumulated=dec(r[11]), jumlah=jumlah,  # type: ignore[arg-type]
            jht_age_date=date(r[15]), effective_return=r[16], from_picture=bool(r[17]), confirmed=bool(r[18]))
    for key in rows.keys() - out.keys():
        card, owner = card_of[key[0]]
        out[key] = StatementYear(card, owner, key[1], Decimal(0), Decimal(0), Decimal(0), Decimal(0),
                                 findings=(summary_missing_finding(key[0], key[1], lang),))
    return [replace(out[key], rows=tuple(sorted(rows.get(key, ()), key=row_order)),
                    findings=out[key].findings + tuple(found.get(key, ())))
            for key in sorted(out)]


def audit_across(stored: list[StatementYear], lang: str) -> list[Finding]:
    """Findings across the years of each card (chain breaks, missing months)."""
    return tidy_summaryless(stored, audit_cards(stored, lang=lang), lang)[1]
