"""How model values are written in the database and read back: exact decimal TEXT, ISO dates, JSON.

Shared by the reconciliation (planner.store.reconcile) and the queries (planner.store.queries).
"""
from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal
from typing import Sequence

from models import (
    Assumptions,
    Beneficiary,
    Card,
    CareerBreak,
    Contribution,
    Finding,
    Relation,
    Segment,
    Severity,
    StatementYear,
    WageChange,
)
from planner.serialize import jsonable

AMOUNT_FIELDS = ("wage", "rapel", "jht_employer", "jht_worker", "jp_employer", "jp_worker")
SUMMARY_FIELDS = ("opening", "contributions", "development", "closing")

#: Columns read by :func:`row_from` (after kpj, year where a query selects them).
ROW_COLUMNS = "period, paid_on, posted_on, wage, rapel, jht_employer, jht_worker, jp_employer, jp_worker"
FINDING_COLUMNS = "kpj, year, code, severity, message, periods"

SqlRow = Sequence[object]


def dtext(value: Decimal | None) -> str | None:
    return None if value is None else format(value, "f")


def dec(text: str | None) -> Decimal | None:
    return None if text is None else Decimal(text)


def date_text(value: dt.date | None) -> str | None:
    return None if value is None else value.isoformat()


def date(text: str | None) -> dt.date | None:
    return dt.date.fromisoformat(text) if text else None


def now() -> dt.datetime:
    return dt.datetime.now().replace(microsecond=0)


def row_key(kpj: str, row: Contribution) -> tuple[str, str, str]:
    """The identity of a contribution row: card, BL-TH and payment date (Tgl Setor)."""
    return kpj, row.period_text, date_text(row.paid_on) or ""


def amounts(row: Contribution) -> tuple[Decimal, ...]:
    return (row.wage, row.rapel, row.jht_employer, row.jht_worker, row.jp_employer, row.jp_worker)


def summary(st: StatementYear) -> tuple[Decimal, Decimal, Decimal, Decimal]:
    return st.opening, st.contributions, st.development, st.closing


def row_from(r: SqlRow) -> Contribution:
    """A Contribution from the columns of :data:`ROW_COLUMNS`."""
    period, paid_on, posted_on = str(r[0]), r[1], r[2]
    y, m = (int(x) for x in period.split("-"))
    values = [Decimal(str(x)) for x in r[3:9]]
    return Contribution((y, m), date(paid_on), date(posted_on), *values)  # type: ignore[arg-type]


def finding_from(r: SqlRow) -> Finding:
    """A Finding from the columns of :data:`FINDING_COLUMNS`."""
    return Finding(str(r[2]), Severity(r[3]), str(r[4]), tuple(json.loads(str(r[5]))), str(r[0]),
                   r[1])  # type: ignore[arg-type]


def finding_key(f: Finding) -> tuple:
    """Identity of a finding: not its message, which is written in the language of the import."""
    return (f.kpj, f.year, f.code, tuple(f.periods))


def row_order(r: Contribution) -> tuple:
    return (r.paid_on or dt.date.min, r.period)


def beneficiaries_json(card: Card) -> str:
    return json.dumps([{"relation": Relation(b.relation).value, "name": b.name} for b in card.beneficiaries],
                      ensure_ascii=False)


def beneficiaries_from(text: str | None) -> tuple[Beneficiary, ...]:
    return tuple(Beneficiary(Relation(b["relation"]), str(b["name"])) for b in json.loads(text or "[]"))


def assumptions_to_json(a: Assumptions) -> str:
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
