"""Jaminan Pensiun (JP): the defined-benefit pension beside JHT, estimated (PP 45/2015).

What is computed, step by step (every figure from resources/rules/jp.toml and macro.toml):

* **Pension age** (Ps. 15): the schedule gives the pension age in force each year (56 from
  2015, 57 from 2019, +1 every 3 years to 65). A member's pension age is the age in force in
  the year they would reach it: the smallest age A with A ≥ schedule(year of the A-th
  birthday). Born 1970: at 59 (2029) the age in force is 60, at 60 (2030) it is 60 → 60.
* **Contribution months**: the months so far (Masa Iuran JP) plus every future month whose
  first day lies before both the pension date and the stop-working date (the JHT projection's
  convention), less a career break.
* **Capped wage** of a future month: the wage (growing by the wage growth each 1 January
  after the as-of year, as in the JHT projection) up to the JP wage ceiling in force that
  month. Ceilings past the last one in the rules grow each March by an assumed GDP growth
  (``macro.default_gdp_growth``; Ps. 29(3)-(4)).
* **Indexed wage**: each month's capped wage × Π(1 + inflation of year k) for k from that
  month's year to the year before the pension year (December CPI from the rules for past years,
  the assumed inflation for the rest). Past months whose wage is unknown (``--jp-months``, or
  months before the first statement) are taken to be the months just before the projection
  starts, back to July 2015 at the earliest; each counts at today's wage capped at *that
  month's* ceiling from the rules, indexed from its own year. The result says so
  (``past_months_assumed`` and a warning); more months than JP has existed are refused.
* **Who**: wage earners (PU) only; a BPU member has no JP and is refused.
* **Benefit, first year** (Ps. 17): ``benefit_factor × months/12 × average indexed monthly
  wage``, held between the minimum and maximum benefits of the pension date (Ps. 18; past the
  rules' last values they grow each March by the assumed inflation).
* **15-year rule**: with fewer than ``jp.min_months_for_pension`` months at pension age, a lump
  sum instead: contributions so far (Akumulasi Iuran JP; without it, estimated as the rate ×
  the past months' capped wages above) plus later contributions, credited yearly at the assumed return
  as the JHT method does.

Amounts are in rupiah of the pension date; ``*_real`` are in today's rupiah (the as-of date),
deflated by the assumed inflation as the projection method does.
"""
from __future__ import annotations

import datetime as dt
from bisect import bisect_right
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any, Callable, Sequence

from models import Assumptions, CareerBreak, RuleUse, Segment, StatementYear, WageChange
from planner.dates import birthday, month_index
from planner.errors import InvalidInput
from planner.format import month_year
from planner.rules import RuleUsage, Rules, load_rules
from planner.texts import tr

MAX_MONTHS = 12 * 60

# Where a lump sum's contributions so far came from (JPResult.accumulated_source).
ACCUMULATED_STATEMENT = "statement"  # the statements' Akumulasi Iuran JP plus their JP rows since
ACCUMULATED_TYPED = "typed"  # the member typed it (--jp-accumulated, quick entry)
ACCUMULATED_ESTIMATED = "estimated"  # the JP rate × the past months' capped wages


@dataclass(frozen=True)
class JPInput:
    """What is known about a member's JP on `as_of`."""

    months_so_far: int  # Masa Iuran JP
    as_of: dt.date
    wage: float  # monthly wage now (uncapped; the ceiling is applied here)
    accumulated: float | None = None  # Akumulasi Iuran JP up to as_of (rupiah), if known
    accumulated_from: str = ACCUMULATED_TYPED  # where `accumulated` came from (ACCUMULATED_*)
    past_wages: dict[tuple[int, int], float] = field(default_factory=dict)  # (year, month) -> capped wage


@dataclass(frozen=True)
class JPResult:
    pension_age: int
    pension_date: dt.date
    months: int  # contribution months at the pension date
    monthly_benefit: float | None  # first-year monthly benefit, rupiah of the pension date (None: lump sum)
    lump_sum: float | None  # fewer than the minimum months: paid instead, rupiah of the pension date
    monthly_benefit_real: float | None = None  # in today's rupiah
    lump_sum_real: float | None = None
    average_indexed_wage: float = 0.0  # monthly, rupiah of the pension year
    formula_benefit: float = 0.0  # before the min/max clamp
    min_benefit: float = 0.0
    max_benefit: float = 0.0
    clamped: str | None = None  # "min" or "max" when the clamp applied
    accumulated_estimated: bool = False  # the lump sum started from an estimate, not the statement
    accumulated_source: str | None = None  # ACCUMULATED_*, for a lump sum; None for a pension
    min_months: int = 0
    rules: tuple[RuleUse, ...] = ()
    past_months_assumed: int = 0  # months so far without a known wage, valued as the module doc says
    warnings: tuple[str, ...] = ()  # in the language asked for


def pension_age(birth_date: dt.date, rules: Rules | None = None, usage: RuleUsage | None = None) -> int:
    """The member's JP pension age under the schedule of PP 45/2015 Ps. 15 (see module doc)."""
    rules = rules or load_rules()
    param = rules.parameter("jp.pension_age")
    age = min(int(v) for v in param.values)
    top = max(int(v) for v in param.values)
    while age < top:
        on = max(birthday(birth_date, age), param.starts[0])
        if age >= int(rules.value("jp.pension_age", on, usage)):
            return age
        age += 1
    rules.value("jp.pension_age", max(birthday(birth_date, age), param.starts[0]), usage)
    return top


def _grown(name: str, on: dt.date, rate: float, rules: Rules, usage: RuleUsage | None) -> float:
    """A March-indexed parameter on `on`; past its last known March, grown by `rate` each March."""
    param = rules.parameter(name)
    last_start = param.starts[-1]
    value = float(rules.value(name, max(on, param.starts[0]), usage))
    if on < dt.date(last_start.year + 1, 3, 1):
        return value
    marches = on.year - last_start.year - (1 if on.month < 3 else 0)
    return value * (1.0 + rate) ** marches


def wage_ceiling(on: dt.date, gdp_growth: float, rules: Rules | None = None, usage: RuleUsage | None = None) -> float:
    """JP wage ceiling in force on `on` (future Marches grown by `gdp_growth`)."""
    return _grown("jp.wage_ceiling", on, gdp_growth, rules or load_rules(), usage)


def _per_period(name: str, rate: float, rules: Rules, usage: RuleUsage | None) -> Callable[[dt.date], float]:
    """:func:`_grown` of a March-indexed parameter as a function of the date, computed once
    per period it takes one value in: the same entry in force and the same number of Marches
    grown (a projection asks for the JP wage ceiling of every month up to the pension)."""
    param = rules.parameter(name)
    grown_from = dt.date(param.starts[-1].year + 1, 3, 1)
    cache: dict[tuple[int, int], float] = {}

    def at(on: dt.date) -> float:
        entry = bisect_right(param.starts, max(on, param.starts[0]))
        marches = on.year - param.starts[-1].year - (1 if on.month < 3 else 0) if on >= grown_from else 0
        key = (entry, marches)
        if key not in cache:
            cache[key] = _grown(name, on, rate, rules, usage)
        return cache[key]

    return at


def benefit_bounds(on: dt.date, inflation: float, rules: Rules | None = None,
                   usage: RuleUsage | None = None) -> tuple[float, float]:
    """(minimum, maximum) monthly benefit in force on `on` (future Marches grown by `inflation`)."""
    rules = rules or load_rules()
    return (_grown("jp.min_benefit", on, inflation, rules, usage), _grown("jp.max_benefit", on, inflation, rules, usage))


def _year_inflation(year: int, assumed: float, rules: Rules, usage: RuleUsage | None) -> float:
    param = rules.parameter("macro.cpi_december")
    known = param.for_year(year)
    if known is None:
        return assumed
    if usage is not None:
        usage.add(param, dt.date(year, 12, 31))
    return float(known)


def jp_start(rules: Rules) -> dt.date:
    """The first day JP contributions were due (PP 45/2015: from July 2015)."""
    return rules.parameter("jp.rate_employer").starts[0]


def _assumed_past_months(n: int, first_idx: int, known: dict[tuple[int, int], float],
                         rules: Rules) -> list[tuple[int, int]]:
    """The `n` months before month `first_idx` (newest first) not in `known`, as (year, month).

    Raises InvalidInput when JP had not started that long ago."""
    out: list[tuple[int, int]] = []
    idx = first_idx - 1
    start_idx = month_index(jp_start(rules))
    while len(out) < n and idx >= start_idx:
        ym = (idx // 12, idx % 12 + 1)
        if ym not in known:
            out.append(ym)
        idx -= 1
    if len(out) < n:
        most = first_idx - start_idx
        raise InvalidInput.of("jp_months_before_start", "errors.jp_months_before_start", most=most,
                              start=lambda lang: month_year(jp_start(rules), lang))
    return out


def _check(inp: JPInput) -> None:
    if not (0 <= inp.months_so_far <= MAX_MONTHS):
        raise InvalidInput.of("jp_months_range", "errors.jp_months_range", most=MAX_MONTHS)
    if not (0 <= inp.wage <= 1e10) or inp.wage != inp.wage:
        raise InvalidInput.of("wage_range", "errors.wage_range")
    if inp.accumulated is not None and not (0 <= inp.accumulated <= 1e13):
        raise InvalidInput.of("jp_accumulated_range", "errors.jp_accumulated_range")


def jp_benefit(
    birth_date: dt.date,
    inp: JPInput,
    *,
    wage_growth: float,
    inflation: float,
    annual_return: float,
    stop_date: dt.date | None = None,
    career_break: CareerBreak | None = None,
    wage_change: WageChange | None = None,
    gdp_growth: float | None = None,
    rules: Rules | None = None,
    today: dt.date | None = None,
    usage: RuleUsage | None = None,
    segment: Segment = Segment.PU,
    lang: str = "id",
) -> JPResult:
    """The JP estimate described in the module docstring. Raises InvalidInput on bad input,
    and for a BPU member (JP is for wage earners only)."""
    rules = rules or load_rules()
    today = today or dt.date.today()
    usage = usage if usage is not None else RuleUsage()
    if segment != Segment.PU:
        raise InvalidInput.of("jp_bpu", "errors.jp_bpu")
    _check(inp)
    if gdp_growth is None:
        gdp_growth = float(rules.value("macro.default_gdp_growth", today, usage))
    age = pension_age(birth_date, rules, usage)
    pension_date = birthday(birth_date, age)
    end = pension_date if stop_date is None else min(stop_date, pension_date)
    end_idx = month_index(end) + (1 if end.day > 1 else 0)  # first month not due
    start = inp.as_of + dt.timedelta(days=1)
    first_idx = month_index(start)
    rate_on = max(start, rules.parameter("jp.rate_employer").starts[0])
    rate = float(rules.value("jp.rate_employer", rate_on, usage)) + float(rules.value("jp.rate_worker", rate_on, usage))
    pension_year = pension_date.year

    index_cache: dict[int, float] = {}
    year_inflation: dict[int, float] = {}  # macro.cpi_december (or the assumed rate), looked up once a year

    def index(year: int) -> float:
        """Π(1 + inflation_k) for k = year .. pension year − 1 (multiplied in that order)."""
        if year not in index_cache:
            f = 1.0
            for k in range(year, pension_year):
                if k not in year_inflation:
                    year_inflation[k] = _year_inflation(k, inflation, rules, usage)
                f *= 1.0 + year_inflation[k]
            index_cache[year] = f
        return index_cache[year]

    ceiling = _per_period("jp.wage_ceiling", gdp_growth, rules, usage)  # wage_ceiling, once a period

    # Future months: (year, month, capped wage).
    future: list[tuple[int, int, float]] = []
    brk = (month_index(career_break.start), month_index(career_break.start) + career_break.months) \
        if career_break is not None and career_break.months > 0 else (0, 0)
    change_idx = month_index(wage_change.on) if wage_change is not None else None
    for idx in range(first_idx, end_idx):
        if brk[0] <= idx < brk[1]:
            continue
        y, m = divmod(idx, 12)
        m += 1
        if change_idx is not None and idx >= change_idx:
            w = wage_change.wage * (1.0 + wage_growth) ** (y - wage_change.on.year)
        else:
            w = inp.wage * (1.0 + wage_growth) ** max(0, y - inp.as_of.year)
        future.append((y, m, min(w, ceiling(dt.date(y, m, 1)))))
    if len(future) + inp.months_so_far > MAX_MONTHS:
        future = future[: MAX_MONTHS - inp.months_so_far]

    months = inp.months_so_far + len(future)
    # Past months: the statement's capped wages where known; the rest are taken to be the
    # months just before the projection starts, each at today's wage capped at that month's
    # ceiling (a stated assumption: JPResult.past_months_assumed and its warning).
    known = dict(sorted(inp.past_wages.items())[-inp.months_so_far:]) if inp.months_so_far else {}
    assumed = _assumed_past_months(inp.months_so_far - len(known), first_idx, known, rules)
    past = [(y, w) for (y, _m), w in known.items()]
    past += [(y, min(inp.wage, ceiling(dt.date(y, m, 1)))) for y, m in assumed]
    indexed = sum(w * index(y) for y, w in past)
    indexed += sum(w * index(y) for y, _m, w in future)
    average = indexed / months if months else 0.0

    factor = float(rules.value("jp.benefit_factor", pension_date, usage))
    min_months = int(rules.value("jp.min_months_for_pension", pension_date, usage))
    lo, hi = benefit_bounds(pension_date, inflation, rules, usage)
    deflate = (1.0 + inflation) ** ((month_index(pension_date) - month_index(inp.as_of)) / 12.0)
    formula = factor * months / 12.0 * average
    warnings: tuple[str, ...] = ()
    if assumed:
        first, last = (dt.date(y, m, 1) for y, m in (min(assumed), max(assumed)))
        warnings = (tr("rules.jp.past_months_assumed", lang, n=len(assumed), first=month_year(first, lang),
                       last=month_year(last, lang)),)
    if months >= min_months:
        benefit = min(max(formula, lo), hi)
        clamped = "min" if formula < lo else "max" if formula > hi else None
        return JPResult(age, pension_date, months, benefit, None, benefit / deflate, None, average, formula,
                        lo, hi, clamped, False, None, min_months, usage.uses(), len(assumed), warnings)

    # Lump sum: accumulated contributions, then yearly crediting to the pension date.
    estimated = inp.accumulated is None
    source = ACCUMULATED_ESTIMATED if estimated else inp.accumulated_from
    balance = inp.accumulated if inp.accumulated is not None else rate * sum(w for _y, w in past)
    by_month = {(y, m): rate * w for y, m, w in future}
    claim_idx = month_index(pension_date) + (1 if pension_date.day > 1 else 0)
    for year in range(start.year, pension_year + 1):
        s = max(first_idx, year * 12)
        e = min(claim_idx, year * 12 + 12)  # months s..e−1 of this year are credited
        if e <= s:
            continue
        k = e - year * 12  # the last credited month number (1..12)
        dev = balance * annual_return * (e - s) / 12.0
        paid = 0.0
        for idx in range(s, e):
            c = by_month.get((idx // 12, idx % 12 + 1), 0.0)
            paid += c
            dev += c * annual_return * (k - (idx % 12 + 1)) / 12.0
        balance += paid + dev
    return JPResult(age, pension_date, months, None, balance, None, balance / deflate, average, formula,
                    lo, hi, None, estimated, source, min_months, usage.uses(), len(assumed), warnings)


def jp_for_assumptions(a: Assumptions, months_so_far: int, wage: float | None = None, *,
                       accumulated: float | None = None, stop_date: dt.date | None = None,
                       rules: Rules | None = None, today: dt.date | None = None,
                       usage: RuleUsage | None = None, lang: str = "id") -> JPResult:
    """JP from quick entry: the projection's (resolved) assumptions, the months so far and the JP wage."""
    if a.wage_growth is None or a.inflation is None or a.annual_return is None:
        raise ValueError("pass resolved assumptions (planner.projection.make_plan(...).assumptions)")
    inp = JPInput(months_so_far=months_so_far, as_of=a.as_of, wage=a.wage if wage is None else wage,
                  accumulated=accumulated)
    return jp_benefit(a.birth_date, inp, wage_growth=a.wage_growth, inflation=a.inflation,
                      annual_return=a.annual_return, stop_date=stop_date, career_break=a.career_break,
                      wage_change=a.wage_change if wage is None else None, rules=rules, today=today, usage=usage,
                      segment=a.segment, lang=lang)


def jp_input_from_statements(years: Sequence[StatementYear], rules: Rules | None = None) -> JPInput | None:
    """What the statements say about JP: months (Masa Iuran JP), Akumulasi Iuran JP, the JP columns.

    Each card prints its own Masa Iuran JP; a member's months are the sum of each card's latest
    figure, less the months in which two cards both paid JP (a month counts once). The as-of
    date is 31 December of the latest year that prints it. Akumulasi Iuran JP is printed up to
    December of the year before, so the JP rows of that year's statement are added, per card
    (StatementYear.jp_contributed: back pay for an earlier month too, which the Akumulasi did
    not hold yet); the lump sum then starts from the statements' own figure. Capped
    wages come from the JP columns: (employer + worker) / JP rate. None when no statement has JP data.
    """
    rules = rules or load_rules()
    with_jp = [y for y in years if y.jp_months is not None]
    if not with_jp:
        return None
    latest_by_card: dict[str, StatementYear] = {}
    for y in with_jp:
        if y.card.kpj not in latest_by_card or y.year > latest_by_card[y.card.kpj].year:
            latest_by_card[y.card.kpj] = y
    latest_year = max(y.year for y in latest_by_card.values())
    as_of = dt.date(latest_year, 12, 31)
    rate = Decimal(str(rules.value("jp.rate_employer", as_of))) + Decimal(str(rules.value("jp.rate_worker", as_of)))
    past: dict[tuple[int, int], float] = {}
    cards_paying: dict[tuple[int, int], set[str]] = {}
    for y in years:
        for row in y.rows:
            if row.jp_total > 0 and row.period <= (latest_year, 12):
                past[row.period] = past.get(row.period, 0.0) + float(row.jp_total / rate)
                cards_paying.setdefault(row.period, set()).add(y.card.kpj)
    overlap = sum(len(kpjs) - 1 for kpjs in cards_paying.values())
    months = sum(int(y.jp_months) for y in latest_by_card.values()) - overlap
    contributed = [y.jp_contributed for y in latest_by_card.values()]
    accumulated = float(sum(contributed, Decimal(0))) if all(c is not None for c in contributed) else None
    wages = [w for w in (y.last_wage for y in sorted(years, key=lambda y: y.year)) if w is not None]
    wage = float(wages[-1]) if wages else 0.0
    return JPInput(months_so_far=max(months, 0), as_of=as_of, wage=wage, accumulated=accumulated, past_wages=past,
                   accumulated_from=ACCUMULATED_STATEMENT)


def jp_json(r: JPResult | None) -> dict[str, Any] | None:
    """The "jp" object of the CLI JSON (docs/cli.md)."""
    if r is None:
        return None
    return {
        "pension_age": r.pension_age,
        "pension_date": r.pension_date.isoformat(),
        "months": r.months,
        "monthly_benefit": r.monthly_benefit,
        "lump_sum": r.lump_sum,
        "monthly_benefit_real": r.monthly_benefit_real,
        "lump_sum_real": r.lump_sum_real,
        "average_indexed_wage": r.average_indexed_wage,
        "min_benefit": r.min_benefit,
        "max_benefit": r.max_benefit,
        "clamped": r.clamped,
        "min_months": r.min_months,
        "accumulated_estimated": r.accumulated_estimated,
        "accumulated_source": r.accumulated_source,
        "past_months_assumed": r.past_months_assumed,
        "warnings": list(r.warnings),
    }
