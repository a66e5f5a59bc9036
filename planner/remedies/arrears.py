"""Arrears evidence: what each month the audit flagged should have paid, and what it cost.

Built on the audit's findings (planner.audit), never on a second reading of the rules: a month
is in the table when a finding names it — ``missing_months`` (across a card's years),
``underreported_wage``, ``rate_mismatch`` or ``late_payment`` (per statement). A month named
by several is listed once, under the first of missing, underreported, wrong_rate, late.

For each month (all amounts rupiah, rounded to the cent):

* wage used: the wage the member says they earned (``declared_wage``) for a missing or an
  under-reported month; else, for a missing month, the wage of the nearest month with a regular
  row on the same card (the earlier one on a tie), and the output says so; for a late or
  wrong-rate month, the Upah + Rapel the employer reported.
* due JHT = wage × (jht.rate_employer + jht.rate_worker) on the month's first day (BPU:
  jht.rate_bpu). Due JP = min(wage, jp.wage_ceiling) × (jp.rate_employer + jp.rate_worker),
  for a wage earner's card that shows JP contributions at all (otherwise 0: the card is not in JP).
* paid = the JHT (JP) total of every row for that month, back pay included.
* shortfall = max(0, due − paid).
* deadline = day jht.payment_deadline_day of the following month.
* lost development (JHT only; JP is a defined benefit, not an account), up to `as_of`::

      shortfall × (G(deadline) − 1) + Σ over rows paid after the deadline of
      row JHT × (G(deadline) − G(paid on))

  with G(d) the growth of one rupiah from day d to `as_of` as BPJS books it: simple within a
  calendar year (r_y × days / days in the year), compounded at each year end. r_y is the
  declared return of year y (jht.declared_return, else jht.declared_return_2023_estimate),
  else the legal floor jht.return_floor in force (its first value before 2016).
"""
from __future__ import annotations

import calendar
import datetime as dt
from collections import defaultdict
from decimal import ROUND_HALF_UP, Decimal
from typing import Iterable, Sequence

from models import Card, Contribution, Finding, Member, Segment, StatementYear, period_str
from models.remedies import Arrears, ArrearsKind, ArrearsMonth, CardArrears, WageSource, YearReturn
from planner.dates import add_months
from planner.rules import RuleUsage, Rules, RulesError, load_rules

CENT = Decimal("0.01")
ZERO = Decimal(0)

_KIND_BY_CODE = {
    "missing_months": ArrearsKind.MISSING,
    "underreported_wage": ArrearsKind.UNDERREPORTED,
    "rate_mismatch": ArrearsKind.WRONG_RATE,
    "late_payment": ArrearsKind.LATE,
}
_PRIORITY = (ArrearsKind.MISSING, ArrearsKind.UNDERREPORTED, ArrearsKind.WRONG_RATE, ArrearsKind.LATE)


def _cents(x: Decimal) -> Decimal:
    return x.quantize(CENT, rounding=ROUND_HALF_UP)


def _parse_period(text: str) -> tuple[int, int]:
    year, month = text.split("-")
    return int(year), int(month)


def _value(rules: Rules, name: str, on: dt.date, usage: RuleUsage) -> Decimal:
    """A rule's value on `on`, or on its first day when `on` comes before it."""
    param = rules.parameter(name)
    on = max(on, param.starts[0])
    return Decimal(str(rules.value(name, on, usage)))


class _Returns:
    """r_y for each calendar year, recorded once."""

    def __init__(self, rules: Rules, usage: RuleUsage):
        self._rules = rules
        self._usage = usage
        self.by_year: dict[int, YearReturn] = {}

    def rate(self, year: int) -> Decimal:
        if year not in self.by_year:
            self.by_year[year] = self._lookup(year)
        return Decimal(str(self.by_year[year].rate))

    def _lookup(self, year: int) -> YearReturn:
        first = dt.date(year, 1, 1)
        for name in ("jht.declared_return", "jht.declared_return_2023_estimate"):
            if name in self._rules and self._rules.parameter(name).for_year(year) is not None:
                return YearReturn(year, float(self._rules.value(name, first, self._usage)), True)
        return YearReturn(year, float(_value(self._rules, "jht.return_floor", first, self._usage)), False)

    def growth(self, start: dt.date, end: dt.date) -> Decimal:
        """G: one rupiah on `start` grown to `end`, simple within a year, compounded at year ends."""
        g = Decimal(1)
        day = start
        while day < end:
            year_end = dt.date(day.year + 1, 1, 1)
            stop = min(end, year_end)
            days_in_year = 366 if calendar.isleap(day.year) else 365
            g *= 1 + self.rate(day.year) * Decimal((stop - day).days) / days_in_year
            day = stop
        return g


def deadline_of(period: tuple[int, int], rules: Rules, usage: RuleUsage | None = None) -> dt.date:
    """The day a month's contribution is due (jht.payment_deadline_day of the following month)."""
    usage = usage or RuleUsage()
    day = int(_value(rules, "jht.payment_deadline_day", dt.date(period[0], period[1], 1), usage))
    y, m = add_months(period[0], period[1], 1)
    return dt.date(y, m, min(day, calendar.monthrange(y, m)[1]))


def _nearest_paid(period: tuple[int, int], wages: dict[tuple[int, int], Decimal]) -> tuple[int, int] | None:
    if not wages:
        return None
    index = period[0] * 12 + period[1]
    return min(wages, key=lambda p: (abs(p[0] * 12 + p[1] - index), p))


def _flagged(findings: Iterable[Finding], kpj: str) -> dict[tuple[int, int], ArrearsKind]:
    """The months the audit named for card `kpj`, each with its most serious kind."""
    kinds: dict[tuple[int, int], ArrearsKind] = {}
    for f in findings:
        kind = _KIND_BY_CODE.get(f.code)
        if kind is None or f.kpj != kpj:
            continue
        for text in f.periods:
            p = _parse_period(text)
            if p not in kinds or _PRIORITY.index(kind) < _PRIORITY.index(kinds[p]):
                kinds[p] = kind
    return kinds


def _card_arrears(card: Card, statements: Sequence[StatementYear], findings: Sequence[Finding],
                  declared_wage: Decimal | None, as_of: dt.date, rules: Rules, usage: RuleUsage,
                  returns: _Returns) -> CardArrears:
    rows: dict[tuple[int, int], list[Contribution]] = defaultdict(list)
    for st in statements:
        for row in st.rows:
            rows[row.period].append(row)
    regular_wage: dict[tuple[int, int], Decimal] = {}
    for p, rs in rows.items():
        wages = [r.wage for r in rs if r.wage > 0]
        if wages:
            regular_wage[p] = max(wages)
    in_jp = card.segment == Segment.PU and any(r.jp_total > 0 for rs in rows.values() for r in rs)
    months = []
    for period, kind in sorted(_flagged(findings, card.kpj).items()):
        month_rows = rows.get(period, [])
        reported = sum((r.wage + r.rapel for r in month_rows), ZERO)
        wage_from = ""
        if kind in (ArrearsKind.MISSING, ArrearsKind.UNDERREPORTED) and declared_wage:
            wage, source = declared_wage, WageSource.DECLARED
        elif kind == ArrearsKind.MISSING:
            nearest = _nearest_paid(period, regular_wage)
            if nearest is None:
                continue  # no wage known anywhere on the card: nothing can be computed
            wage, source, wage_from = regular_wage[nearest], WageSource.NEAREST_PAID, period_str(*nearest)
        else:
            wage, source = reported, WageSource.REPORTED
        first = dt.date(period[0], period[1], 1)
        if card.segment == Segment.BPU:
            jht_rate = _value(rules, "jht.rate_bpu", first, usage)
        else:
            jht_rate = _value(rules, "jht.rate_employer", first, usage) + _value(rules, "jht.rate_worker", first, usage)
        due_jht = _cents(wage * jht_rate)
        due_jp = ZERO
        if in_jp:
            try:
                ceiling = _value(rules, "jp.wage_ceiling", first, usage)
                jp_rate = _value(rules, "jp.rate_employer", first, usage) + _value(rules, "jp.rate_worker", first, usage)
                due_jp = _cents(min(wage, ceiling) * jp_rate)
            except RulesError:
                due_jp = ZERO
        paid_jht = sum((r.jht_total for r in month_rows), ZERO)
        paid_jp = sum((r.jp_total for r in month_rows), ZERO)
        short_jht = max(ZERO, due_jht - paid_jht)
        short_jp = max(ZERO, due_jp - paid_jp)
        deadline = deadline_of(period, rules, usage)
        lost = ZERO
        if deadline < as_of:
            g_due = returns.growth(deadline, as_of)
            lost += short_jht * (g_due - 1)
            for r in month_rows:
                if r.paid_on is not None and deadline < r.paid_on:
                    lost += r.jht_total * (g_due - returns.growth(min(r.paid_on, as_of), as_of))
        paid_dates = [r.paid_on for r in month_rows if r.paid_on is not None]
        months.append(ArrearsMonth(
            period=period_str(*period), kind=kind, wage_used=_cents(wage), wage_source=source, wage_from=wage_from,
            deadline=deadline, due_jht=due_jht, paid_jht=_cents(paid_jht), shortfall_jht=_cents(short_jht),
            due_jp=due_jp, paid_jp=_cents(paid_jp), shortfall_jp=_cents(short_jp), lost_development=_cents(lost),
            last_paid_on=max(paid_dates) if paid_dates else None))
    return CardArrears(card, tuple(months),
                       sum((m.shortfall_jht + m.shortfall_jp for m in months), ZERO),
                       sum((m.lost_development for m in months), ZERO),
                       next((st.branch for st in reversed(statements) if st.branch), ""))


def compute_arrears(statements: Sequence[StatementYear], card_findings: Sequence[Finding] = (),
                    declared_wage: Decimal | None = None, as_of: dt.date | None = None,
                    rules: Rules | None = None) -> Arrears:
    """The arrears table of every card in `statements`.

    `card_findings` are the audit's findings across years (``audit_cards``); each statement
    carries its own (``audit_statement``). Audit the statements with `declared_wage` first if the
    member gave one, so that under-reported months are found.
    """
    rules = rules or load_rules()
    as_of = as_of or dt.date.today()
    usage = RuleUsage()
    returns = _Returns(rules, usage)
    by_card: dict[str, list[StatementYear]] = defaultdict(list)
    for st in statements:
        by_card[st.card.kpj].append(st)
    findings = list(card_findings) + [f if f.kpj else _with_kpj(f, st.card.kpj)
                                      for st in statements for f in st.findings]
    cards = []
    for kpj in sorted(by_card):
        sts = sorted(by_card[kpj], key=lambda s: s.year)
        cards.append(_card_arrears(sts[-1].card, sts, findings, declared_wage, as_of, rules, usage, returns))
    member = _member(statements)
    unverified = tuple(p.name for p in usage.parameters() if p.confidence == "R")
    return Arrears(member, tuple(cards), as_of, tuple(returns.by_year[y] for y in sorted(returns.by_year)),
                   usage.uses(), tuple(sorted(unverified)))


def _with_kpj(f: Finding, kpj: str) -> Finding:
    return Finding(f.code, f.severity, f.message, f.periods, kpj, f.year)


def _member(statements: Sequence[StatementYear]) -> Member | None:
    named = [st for st in statements if st.member and st.member.name]
    if not named:
        return None
    return max(named, key=lambda st: st.year).member
