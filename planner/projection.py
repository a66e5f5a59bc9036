"""The JHT projection, as written in shared/domain/projection-method.md.

Two layers:

* :func:`make_plan` turns :class:`models.Assumptions` into a :class:`Plan`: the calendar
  (which months are due a contribution, the pro-rating weights of each year, the months of
  inflation each year adds) and the wage structure. Everything here is deterministic.
* :func:`simulate` runs a plan over arrays with a leading path axis: per-path, per-year
  returns, wage growth and inflation (shape ``(P, Y)``), optionally per-path contribution
  masks. A deterministic projection is one path; Monte Carlo is many.

:func:`project` puts the two together for one path and adds the tax at claim.

Crediting (per calendar year y, counting months s..e of the year, e = 12 except in the claim
year where e = k, the months whose first day lies before the claim date)::

    development = opening × r × (e − s + 1)/12 + Σ_{m=s..e} contribution_m × r × (e − m)/12

For a full year (s = 1, e = 12) this is the method's formula; in the claim year (s = 1, e = k)
it is the claim-year rule. A first year that starts after January (an as-of date mid-year)
credits the known balance for the months left in that year.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace

import numpy as np

from models import Assumptions, ProjectionResult, ProjectionYear, Segment
from planner.dates import age_on, birthday, month_index
from planner.errors import InvalidInput
from planner.format import percent, rupiah
from planner.rules import RuleUsage, Rules, apply_brackets, load_rules
from planner.texts import tr

# Bounds on what a member may assume. Wide enough for hard years, narrow enough to be real.
GROWTH_BOUNDS = (-0.5, 1.0)
RETURN_BOUNDS = (-0.5, 1.0)
INFLATION_BOUNDS = (-0.5, 1.0)
AGE_BOUNDS = (15, 75)
MAX_WAGE = 10_000_000_000.0  # Rp10 billion a month: beyond any real wage
MAX_BALANCE = 1_000_000_000_000.0
EARLIEST_AS_OF = dt.date(2015, 7, 1)  # the rules files start with PP 46/2015


@dataclass(frozen=True)
class Plan:
    """The calendar and wage structure of one projection, before any path is drawn."""

    assumptions: Assumptions  # defaults filled in
    claim_date: dt.date
    stop_date: dt.date
    years: np.ndarray  # (Y,) calendar years, first projected year .. claim year
    due: np.ndarray  # (Y, 12) bool: a contribution is due for that month
    weights: np.ndarray  # (Y, 12) (e − m)/12 for counted months, else 0
    span: np.ndarray  # (Y,) (e − s + 1)/12: share of the year the opening balance earns
    inflation_months: np.ndarray  # (Y,) months of inflation each year adds since the as-of month
    grows: np.ndarray  # (Y,) bool: wage growth applies on 1 January of this year
    base_wage: float
    changed_wage: float  # wage from the change month on (nan if no change)
    change_mask: np.ndarray  # (Y, 12) bool: month is on or after the wage change
    change_year: int  # index into years of the change (or -1)
    rate: float  # contribution rate on the wage
    ages: tuple[int, ...]
    usage: RuleUsage
    income_floor: np.ndarray | None = None  # (Y,) BPU: lowest declarable income each year; None for PU
    below_floor: float | None = None  # the legal return floor, when the chosen return is under it

    @property
    def n_years(self) -> int:
        return len(self.years)


@dataclass(frozen=True)
class PathArrays:
    """What :func:`simulate` returns: every array has shape (P, Y)."""

    opening: np.ndarray
    contributions: np.ndarray
    development: np.ndarray
    closing: np.ndarray
    deflator: np.ndarray  # divide a year's closing by this for today's rupiah
    wage: np.ndarray  # monthly wage in the last due month of the year (0 if none)
    months: np.ndarray  # months with a contribution

    @property
    def closing_real(self) -> np.ndarray:
        return self.closing / self.deflator


def _check_range(value: float, bounds: tuple[float, float], code: str, key: str) -> None:
    lo, hi = bounds
    if not (lo <= value <= hi) or value != value:
        raise InvalidInput.of(code, key, lo=f"{lo * 100:.0f}", hi=f"{hi * 100:.0f}")


def _rp(amount: float):
    """A rupiah field for :meth:`InvalidInput.of`: written in each language's own way."""
    return lambda lang: rupiah(amount, lang)


def bpu_income_floor(on: dt.date, rules: Rules, usage: RuleUsage | None = None) -> float:
    """The lowest income a BPU member may declare on `on` (the rule starts in 2021)."""
    return float(rules.value("jht.bpu_min_income", max(on, rules.parameter("jht.bpu_min_income").starts[0]), usage))


def return_floor(today: dt.date, rules: Rules, usage: RuleUsage | None = None) -> float:
    """The legal floor of the JHT return (PP 46/2015 Ps. 27(4)), latest known on `today`."""
    return float(rules.value("jht.return_floor", today, usage))


def resolve(a: Assumptions, rules: Rules, usage: RuleUsage, today: dt.date | None = None) -> Assumptions:
    """Fill the defaults from the rules and check every field. Raises InvalidInput."""
    today = today or dt.date.today()
    on = a.as_of
    if a.birth_date > today:
        raise InvalidInput.of("birth_date_future", "errors.birth_date_future")
    if a.as_of < a.birth_date:
        raise InvalidInput.of("as_of_before_birth", "errors.as_of_before_birth")
    if a.as_of < birthday(a.birth_date, AGE_BOUNDS[0]):
        raise InvalidInput.of("age_too_young", "errors.age_too_young", age=AGE_BOUNDS[0])
    if a.as_of < EARLIEST_AS_OF:
        raise InvalidInput.of("as_of_too_early", "errors.as_of_too_early")
    if a.as_of > today + dt.timedelta(days=1):
        raise InvalidInput.of("as_of_future", "errors.as_of_future")
    if not (0 <= a.balance <= MAX_BALANCE) or a.balance != a.balance:
        raise InvalidInput.of("balance_range", "errors.balance_range")
    if not (0 <= a.wage <= MAX_WAGE) or a.wage != a.wage:
        raise InvalidInput.of("wage_range", "errors.wage_range")
    # Defaults are today's assumptions about the future, so they are read on today's date.
    wage_growth = a.wage_growth if a.wage_growth is not None else rules.value("macro.default_wage_growth", today, usage)
    annual_return = a.annual_return if a.annual_return is not None else rules.value("macro.default_return", today, usage)
    inflation = a.inflation if a.inflation is not None else rules.value("macro.default_inflation", today, usage)
    _check_range(wage_growth, GROWTH_BOUNDS, "growth_range", "errors.growth_range")
    _check_range(annual_return, RETURN_BOUNDS, "return_range", "errors.return_range")
    _check_range(inflation, INFLATION_BOUNDS, "inflation_range", "errors.inflation_range")
    claim_age = a.claim_age if a.claim_age is not None else rules.value("jht.claim_age", on, usage)
    stop_age = a.stop_age if a.stop_age is not None else claim_age
    for age, key in ((claim_age, "errors.claim_age_range"), (stop_age, "errors.stop_age_range")):
        if not (AGE_BOUNDS[0] <= age <= AGE_BOUNDS[1]):
            raise InvalidInput.of("age_range", key, lo=AGE_BOUNDS[0], hi=AGE_BOUNDS[1])
    if stop_age > claim_age:
        raise InvalidInput.of("stop_after_claim", "errors.stop_after_claim")
    if a.as_of >= birthday(a.birth_date, claim_age):
        raise InvalidInput.of("as_of_after_claim", "errors.as_of_after_claim")
    if a.segment == Segment.BPU and a.wage > 0:
        floor = bpu_income_floor(on, rules, usage)
        if a.wage < floor:
            raise InvalidInput.of("bpu_income_floor", "errors.bpu_income_floor", floor=_rp(floor))
    if a.career_break is not None and not (0 <= a.career_break.months <= 600):
        raise InvalidInput.of("break_months", "errors.break_months")
    if a.wage_change is not None:
        if not (0 <= a.wage_change.wage <= MAX_WAGE):
            raise InvalidInput.of("wage_range", "errors.wage_range")
        if a.wage_change.on <= a.as_of:
            raise InvalidInput.of("wage_change_past", "errors.wage_change_past")
        if a.segment == Segment.BPU and a.wage_change.wage > 0:
            floor = bpu_income_floor(a.wage_change.on, rules, usage)
            if a.wage_change.wage < floor:
                raise InvalidInput.of("bpu_income_floor", "errors.bpu_wage_change_floor", floor=_rp(floor))
    return replace(a, wage_growth=float(wage_growth), annual_return=float(annual_return),
                   inflation=float(inflation), claim_age=int(claim_age), stop_age=int(stop_age))


def make_plan(a: Assumptions, rules: Rules | None = None, today: dt.date | None = None) -> Plan:
    rules = rules or load_rules()
    usage = RuleUsage()
    a = resolve(a, rules, usage, today)
    # A return under today's legal floor is kept (the floor is a deposit rate and may fall),
    # used alike by the line and the bands, and said (plan_warnings).
    floor = return_floor(today or dt.date.today(), rules)
    below_floor = return_floor(today or dt.date.today(), rules, usage) if a.annual_return < floor else None
    claim_date = birthday(a.birth_date, a.claim_age)
    stop_date = min(birthday(a.birth_date, a.stop_age), claim_date)
    start = a.as_of + dt.timedelta(days=1)
    first_year, last_year = start.year, claim_date.year
    years = np.arange(first_year, last_year + 1)
    n = len(years)

    # Month m (1..12) of year y is counted if it lies in [start month, claim month);
    # the claim month itself is not: its first day is not before the claim date, unless the
    # claim date is later in the month (then the month's first day is before it).
    month_starts = (years[:, None] * 12 + np.arange(12)[None, :])  # month_index of each first day
    first_idx = month_index(start)
    claim_idx = month_index(claim_date) + (1 if claim_date.day > 1 else 0)  # first month not counted
    stop_idx = month_index(stop_date) + (1 if stop_date.day > 1 else 0)
    counted = (month_starts >= first_idx) & (month_starts < claim_idx)
    due = counted & (month_starts < stop_idx)
    if a.career_break is not None and a.career_break.months > 0:
        b0 = month_index(a.career_break.start)
        due &= ~((month_starts >= b0) & (month_starts < b0 + a.career_break.months))

    m = np.arange(1, 13)[None, :]
    s = np.where(counted.any(axis=1), counted.argmax(axis=1) + 1, 1)
    e = np.where(counted.any(axis=1), 12 - counted[:, ::-1].argmax(axis=1), 0)
    weights = np.where(counted, (e[:, None] - m) / 12.0, 0.0)
    span = np.maximum(e - s + 1, 0) / 12.0

    asof_idx = month_index(a.as_of)
    ends = years * 12 + 11  # December of each year
    ends[-1] = month_index(claim_date)
    t = ends - asof_idx
    inflation_months = np.diff(np.concatenate([[0], t])).astype(float)

    income_floor = None
    if a.segment == Segment.BPU:
        rate = rules.value("jht.rate_bpu", max(start, rules.parameter("jht.rate_bpu").starts[0]), usage)
        income_floor = np.array([bpu_income_floor(max(start, dt.date(int(y), 1, 1)), rules, usage) for y in years])
    else:
        rate = rules.value("jht.rate_employer", start, usage) + rules.value("jht.rate_worker", start, usage)

    change_mask = np.zeros((n, 12), dtype=bool)
    change_year = -1
    changed_wage = float("nan")
    if a.wage_change is not None and a.wage_change.on < claim_date:
        change_mask = month_starts >= month_index(a.wage_change.on)
        change_year = int(a.wage_change.on.year - first_year)
        changed_wage = float(a.wage_change.wage)

    ages = tuple(age_on(a.birth_date, dt.date(int(y), 12, 31)) for y in years[:-1]) + (a.claim_age,)
    return Plan(
        assumptions=a, claim_date=claim_date, stop_date=stop_date, years=years, due=due,
        weights=weights, span=span, inflation_months=inflation_months, grows=years > a.as_of.year,
        base_wage=float(a.wage), changed_wage=changed_wage, change_mask=change_mask,
        change_year=change_year, rate=float(rate), ages=ages, usage=usage, income_floor=income_floor,
        below_floor=below_floor,
    )


def _floored(plan: Plan, wage: np.ndarray) -> np.ndarray:
    """A BPU member's declared income never falls under the year's floor (a zero stays zero)."""
    if plan.income_floor is None:
        return wage
    return np.where(wage > 0, np.maximum(wage, plan.income_floor[None, :]), wage)


def simulate(
    plan: Plan,
    returns: np.ndarray,
    growth: np.ndarray,
    inflation: np.ndarray,
    due: np.ndarray | None = None,
    opening: np.ndarray | float | None = None,
) -> PathArrays:
    """Run `plan` over P paths. `returns`, `growth`, `inflation`: (P, Y); `due`: (P, Y, 12)."""
    returns = np.asarray(returns, dtype=float)
    n_paths, n_years = returns.shape
    growth = np.asarray(growth, dtype=float)
    inflation = np.asarray(inflation, dtype=float)

    # Wage index: grows on each 1 January after the as-of year.
    wage_index = np.cumprod(np.where(plan.grows[None, :], 1.0 + growth, 1.0), axis=1)  # (P, Y)
    year_wage = _floored(plan, plan.base_wage * wage_index)  # (P, Y): the wage of every month of the year
    due_mask = plan.due[None] if due is None else np.asarray(due, dtype=bool)  # (1 or P, Y, 12)

    # The wage is constant within a year (apart from a wage change), so the month sums reduce
    # to counts and weight sums of the (1 or P, Y, 12) mask: no (P, Y, 12) money array is built.
    def month_sums(mask: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        return mask.sum(axis=2), np.einsum("pym,ym->py", mask.astype(float), plan.weights)

    if plan.change_year >= 0:
        rel = wage_index / wage_index[:, plan.change_year: plan.change_year + 1]
        changed = _floored(plan, plan.changed_wage * rel)  # (P, Y): the wage of months on or after the change
        n_before, w_before = month_sums(due_mask & ~plan.change_mask[None])
        n_after, w_after = month_sums(due_mask & plan.change_mask[None])
        c_year = plan.rate * (year_wage * n_before + changed * n_after)
        c_weighted = plan.rate * (year_wage * w_before + changed * w_after)
    else:
        n_due, w_due = month_sums(due_mask)
        c_year = plan.rate * year_wage * n_due
        c_weighted = plan.rate * year_wage * w_due
    growth_factor = 1.0 + returns * plan.span[None, :]
    dev_contrib = returns * c_weighted

    open_arr = np.empty((n_paths, n_years))
    close_arr = np.empty((n_paths, n_years))
    bal = np.full(n_paths, plan.assumptions.balance if opening is None else 0.0, dtype=float)
    if opening is not None:
        bal = bal + opening
    for y in range(n_years):
        open_arr[:, y] = bal
        bal = bal * growth_factor[:, y] + c_year[:, y] + dev_contrib[:, y]
        close_arr[:, y] = bal
    development = close_arr - open_arr - c_year

    deflator = np.cumprod((1.0 + inflation) ** (plan.inflation_months[None, :] / 12.0), axis=1)
    any_due = np.broadcast_to(due_mask.any(axis=2), (n_paths, n_years))
    last_due = 11 - np.argmax(due_mask[..., ::-1], axis=2)  # (1 or P, Y)
    last_wage = year_wage
    if plan.change_year >= 0:
        after = np.take_along_axis(np.broadcast_to(plan.change_mask[None], due_mask.shape),
                                   last_due[:, :, None], axis=2)[:, :, 0]
        last_wage = np.where(after, changed, year_wage)
    last_wage = np.where(any_due, last_wage, 0.0)
    months = np.broadcast_to(due_mask.sum(axis=2), (n_paths, n_years))
    return PathArrays(open_arr, c_year, development, close_arr, deflator, last_wage, months)


def last_wage_real(wage: np.ndarray, deflator: np.ndarray) -> np.ndarray:
    """The "last wage" of adequacy and of the %-of-wage target, defined once.

    `wage` and `deflator` are (P, Y) as :class:`PathArrays` holds them (a year's wage is 0
    when no month of it was paid). For each path: the monthly wage of the last month with a
    contribution, in today's rupiah, deflated from the end of that year's period like that
    year's closing balance. 0 for a path that never pays.
    """
    wage = np.asarray(wage, dtype=float)
    paid = wage > 0
    last = wage.shape[1] - 1 - np.argmax(paid[:, ::-1], axis=1)
    real = np.take_along_axis(wage / np.asarray(deflator, dtype=float), last[:, None], axis=1)[:, 0]
    return np.where(paid.any(axis=1), real, 0.0)


def plan_warnings(plan: Plan, today: dt.date | None = None, lang: str = "id") -> list[str]:
    """The warnings of a result computed on `plan`, in `lang`: stale rules, a return lifted to the
    legal floor, parameters of confidence [R]. The line and the bands both say them this way.
    Call it after every rule the result used is in ``plan.usage``."""
    usage = plan.usage
    out = usage.warnings(today, lang)
    if plan.below_floor is not None:
        out.append(tr("rules.warning.return_floor", lang, chosen=percent(plan.assumptions.annual_return, lang, 2),
                      floor=percent(plan.below_floor, lang, 2)))
    unverified = usage.unverified()
    if unverified:
        out.append(tr("rules.warning.unverified", lang, names=", ".join(unverified)))
    return out


def final_tax(amount: float, on: dt.date, rules: Rules, usage: RuleUsage | None = None) -> float:
    """Final PPh 21 on a JHT lump sum paid within two years (PP 68/2009)."""
    return apply_brackets(max(amount, 0.0), rules.value("tax.final_lump_sum", on, usage))


def constant_paths(plan: Plan, n_paths: int = 1) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(returns, growth, inflation) arrays holding the plan's assumptions on every path."""
    shape = (n_paths, plan.n_years)
    a = plan.assumptions
    return np.full(shape, a.annual_return), np.full(shape, a.wage_growth), np.full(shape, a.inflation)


def project(a: Assumptions, rules: Rules | None = None, today: dt.date | None = None,
            lang: str = "id") -> ProjectionResult:
    """The deterministic projection of projection-method.md, with tax at claim."""
    rules = rules or load_rules()
    plan = make_plan(a, rules, today)
    arrays = simulate(plan, *constant_paths(plan))
    return result_from_path(plan, arrays, 0, rules, today, lang)


def result_from_path(plan: Plan, arrays: PathArrays, path: int, rules: Rules, today: dt.date | None = None,
                     lang: str = "id") -> ProjectionResult:
    usage = plan.usage
    years = tuple(
        ProjectionYear(
            year=int(plan.years[i]),
            age=plan.ages[i],
            opening=float(arrays.opening[path, i]),
            contributions=float(arrays.contributions[path, i]),
            development=float(arrays.development[path, i]),
            closing=float(arrays.closing[path, i]),
            closing_real=float(arrays.closing[path, i] / arrays.deflator[path, i]),
            wage=float(arrays.wage[path, i]),
            months=int(arrays.months[path, i]),
        )
        for i in range(plan.n_years)
    )
    at_claim = years[-1].closing
    at_claim_real = years[-1].closing_real
    tax = final_tax(at_claim, plan.claim_date, rules, usage)
    warnings = plan_warnings(plan, today, lang)
    return ProjectionResult(
        assumptions=plan.assumptions,
        claim_date=plan.claim_date,
        stop_date=plan.stop_date,
        years=years,
        balance_at_claim=at_claim,
        balance_at_claim_real=at_claim_real,
        tax=tax,
        net=at_claim - tax,
        rules=usage.uses(),
        warnings=tuple(warnings),
    )
