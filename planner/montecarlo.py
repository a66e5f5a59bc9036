"""Monte Carlo bands around the JHT projection.

Many paths through the one engine (:func:`planner.projection.make_plan` and
:func:`planner.projection.simulate`); nothing here re-implements the crediting.

Each path draws, for every projected year and independently:

* the JHT return: normal around the chosen mean with spread ``returns``, never below the
  legal floor (``jht.return_floor``, PP 46/2015 Ps. 27(4)): draws under it are lifted to it.
  A chosen mean under the floor is kept, as the deterministic line keeps it: draws are then
  lifted only to the chosen mean, so with no spread the bands are the line; the same warning
  (:func:`planner.projection.plan_warnings`) says which rate is used;
* wage growth: normal around the chosen mean with spread ``growth``;
* inflation: normal around the chosen mean with spread ``inflation``;
* career gaps: each year a gap starts with chance ``gap_chance`` in a month drawn uniformly
  from that year, and lasts ``gap_months`` months without contribution.

Spreads default to ``macro.*_spread`` (planner assumptions, [R]). The draws come from one
``numpy.random.Generator`` seeded with ``seed``: the same seed, paths, spreads and
assumptions give the same bands, on any machine with the same numpy.

Percentiles are taken over paths, year by year (``numpy.percentile``, linear
interpolation), of the closing balance in rupiah of the day (nominal) and in today's rupiah
(real: deflated by each path's own inflation to the as-of date). At claim the bands are given
gross and net of the final tax (PP 68/2009), tax computed path by path.

A target is reached on a path when the net balance at claim is at least the target:
``Target(amount, real=True)`` compares in today's rupiah, ``real=False`` in rupiah of the claim
date; ``Target(pct_wage=x)`` asks for a monthly income from the net balance (over
``payout_years``, :func:`planner.income.monthly_income` at the chosen mean return and
inflation) of at least x × the path's last monthly wage, both in today's rupiah: the last wage
is :func:`planner.projection.last_wage_real`, the one adequacy uses.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from models import Assumptions
from planner.errors import InvalidInput
from planner.format import style
from planner.income import monthly_income
from planner.projection import (GROWTH_BOUNDS, INFLATION_BOUNDS, PathArrays, Plan, last_wage_real, make_plan,
                                plan_warnings, return_floor, simulate)
from planner.rules import RuleUsage, Rules, load_rules

DEFAULT_PATHS = 10_000  # product setting: enough for stable P10/P90 (sampling error well under 1%)
MAX_PATHS = 200_000
PERCENTILES = (10, 25, 50, 75, 90)
SPREAD_BOUNDS = (0.0, 0.5)
GAP_MONTHS_BOUNDS = (0, 600)


@dataclass(frozen=True)
class Spreads:
    """Standard deviations of the yearly draws, and the career-gap model.

    A field left at None takes its default from the rules (``macro.*``) when the simulation
    runs; the result carries the resolved values.
    """

    returns: float | None = None
    growth: float | None = None
    inflation: float | None = None
    gap_chance: float | None = None  # chance a year starts a gap
    gap_months: int | None = None  # length of each gap

    def resolved(self, rules: Rules, on: dt.date, usage: RuleUsage | None = None) -> "Spreads":
        """These spreads with every None replaced by the rules' default on `on`."""
        pick = lambda value, name, kind: kind(rules.value(name, on, usage)) if value is None else kind(value)  # noqa: E731
        return Spreads(
            returns=pick(self.returns, "macro.return_spread", float),
            growth=pick(self.growth, "macro.growth_spread", float),
            inflation=pick(self.inflation, "macro.inflation_spread", float),
            gap_chance=pick(self.gap_chance, "macro.gap_chance", float),
            gap_months=pick(self.gap_months, "macro.gap_months", int),
        )

    def check(self) -> None:
        lo, hi = SPREAD_BOUNDS
        for value, key in ((self.returns, "errors.return_spread_range"), (self.growth, "errors.growth_spread_range"),
                           (self.inflation, "errors.inflation_spread_range")):
            if not (lo <= value <= hi):
                raise InvalidInput.of("spread_range", key, lo=f"{lo * 100:.0f}", hi=f"{hi * 100:.0f}")
        if not (0.0 <= self.gap_chance <= 1.0):
            raise InvalidInput.of("gap_chance_range", "errors.gap_chance_range")
        lo_m, hi_m = GAP_MONTHS_BOUNDS
        if not (lo_m <= self.gap_months <= hi_m):
            raise InvalidInput.of("gap_months_range", "errors.gap_months_range", lo=lo_m, hi=hi_m)


@dataclass(frozen=True)
class Target:
    """What the member hopes to have at claim, after tax. Give `amount` or `pct_wage`."""

    amount: float | None = None  # rupiah
    real: bool = True  # True: `amount` in today's rupiah (as-of date); False: rupiah of the claim date
    pct_wage: float | None = None  # monthly JHT income as a share of the last monthly wage
    payout_years: int | None = None  # for pct_wage; default macro.payout_years

    @property
    def basis(self) -> str:
        if self.pct_wage is not None:
            return "pct_wage"
        return "real" if self.real else "nominal"


@dataclass(frozen=True)
class TargetResult:
    basis: str  # "real" (today's rupiah), "nominal" (rupiah at claim) or "pct_wage"
    chance: float  # share of paths whose net balance at claim reaches the target
    amount: float | None  # the target in rupiah (basis real/nominal)
    pct_wage: float | None
    payout_years: int | None
    needed_real_median: float  # net balance needed at claim, today's rupiah, median over paths


@dataclass(frozen=True)
class MonteCarloResult:
    years: tuple[int, ...]
    ages: tuple[int, ...]
    claim_date: dt.date
    percentiles: tuple[int, ...]
    nominal: np.ndarray  # (len(percentiles), Y) closing balance, rupiah of the day
    real: np.ndarray  # (len(percentiles), Y) closing balance, today's rupiah
    at_claim_nominal: tuple[float, ...]  # gross balance at claim, per percentile
    at_claim_real: tuple[float, ...]
    net_at_claim_nominal: tuple[float, ...]  # after the final tax, per percentile
    net_at_claim_real: tuple[float, ...]
    paths: int
    seed: int
    spreads: Spreads
    means: dict[str, float]  # the chosen return, wage growth and inflation
    return_floor: float
    floor_share: float  # share of yearly return draws lifted to the floor
    target: TargetResult | None = None
    warnings: tuple[str, ...] = ()
    rules: tuple[Any, ...] = field(default=(), repr=False)

    def band(self, pct: int, real: bool = False) -> np.ndarray:
        """The yearly closing balances at percentile `pct` (one of :data:`PERCENTILES`)."""
        i = self.percentiles.index(pct)
        return (self.real if real else self.nominal)[i]


def default_spreads(rules: Rules | None = None, today: dt.date | None = None,
                    usage: RuleUsage | None = None) -> Spreads:
    """The spreads and the gap model from resources/rules/macro.toml, on today's date."""
    return Spreads().resolved(rules or load_rules(), today or dt.date.today(), usage)


def new_seed() -> int:
    """A fresh seed to record with a result (63 bits, fits JSON and SQLite integers)."""
    return int(np.random.SeedSequence().generate_state(1, dtype=np.uint64)[0] >> np.uint64(1))


def gap_mask(plan: Plan, n_paths: int, chance: float, months: int, rng: np.random.Generator) -> np.ndarray | None:
    """Per-path contribution mask (P, Y, 12) with random career gaps; None when there are none."""
    if chance <= 0 or months <= 0:
        return None
    n_years = plan.n_years
    total = n_years * 12
    starts = rng.random((n_paths, n_years)) < chance
    offsets = rng.integers(0, 12, (n_paths, n_years))
    p_idx, y_idx = np.nonzero(starts)
    first = y_idx * 12 + offsets[p_idx, y_idx]
    end = np.minimum(first + months, total)
    # +1 at a gap's first month, −1 after its last; a running sum > 0 marks months in a gap.
    width = total + 1
    size = n_paths * width
    diff = (np.bincount(p_idx * width + first, minlength=size)
            - np.bincount(p_idx * width + end, minlength=size)).reshape(n_paths, width)
    in_gap = np.cumsum(diff[:, :total], axis=1) > 0
    return plan.due[None] & ~in_gap.reshape(n_paths, n_years, 12)


def draw_paths(plan: Plan, n_paths: int, spreads: Spreads, rng: np.random.Generator,
               floor: float) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray | None]:
    """(returns, growth, inflation, due) for :func:`simulate`: (P, Y) arrays and a mask or None."""
    a = plan.assumptions
    z = rng.standard_normal((3, n_paths, plan.n_years))
    returns = np.maximum(a.annual_return + spreads.returns * z[0], floor)
    growth = np.clip(a.wage_growth + spreads.growth * z[1], *GROWTH_BOUNDS)
    inflation = np.clip(a.inflation + spreads.inflation * z[2], *INFLATION_BOUNDS)
    due = gap_mask(plan, n_paths, spreads.gap_chance or 0.0, spreads.gap_months or 0, rng)
    return returns, growth, inflation, due


def final_tax_paths(amounts: np.ndarray, on: dt.date, rules: Rules, usage: RuleUsage | None = None) -> np.ndarray:
    """:func:`planner.projection.final_tax` for an array of amounts (same bands, same result)."""
    bands = rules.value("tax.final_lump_sum", on, usage)
    amounts = np.maximum(np.asarray(amounts, dtype=float), 0.0)
    tax = np.zeros_like(amounts)
    lower = 0.0
    for band in bands:
        upper = band.get("upto")
        top = amounts if upper is None else np.minimum(amounts, float(upper))
        tax += np.maximum(top - lower, 0.0) * float(band["rate"])
        if upper is None:
            break
        lower = float(upper)
    return tax


def last_wage(arrays: PathArrays) -> np.ndarray:
    """Each path's last monthly wage in today's rupiah (:func:`planner.projection.last_wage_real`)."""
    return last_wage_real(arrays.wage, arrays.deflator)


def _check_paths(paths: int) -> None:
    if not (1 <= paths <= MAX_PATHS):
        raise InvalidInput.of("paths_range", "errors.paths_range",
                              most=lambda lang: f"{MAX_PATHS:,}".replace(",", style(lang).thousands))


def _target_result(target: Target, plan: Plan, arrays: PathArrays, net: np.ndarray, net_real: np.ndarray,
                   rules: Rules, usage: RuleUsage, today: dt.date) -> TargetResult:
    deflator = arrays.deflator[:, -1]
    if target.pct_wage is not None:
        if not (0 < target.pct_wage <= 10):
            raise InvalidInput.of("target_pct_range", "errors.target_pct_range")
        years = target.payout_years or int(rules.value("macro.payout_years", today, usage))
        a = plan.assumptions
        per_rupiah = monthly_income(1.0, years, a.annual_return, a.inflation)  # income is linear in the balance
        wage = last_wage(arrays)
        if not (wage > 0).any():
            raise InvalidInput.of("target_needs_wage", "errors.target_needs_wage")
        needed_real = target.pct_wage * wage / per_rupiah  # today's rupiah, as adequacy compares
        reached = (net_real >= needed_real) & (wage > 0)
        return TargetResult("pct_wage", float(reached.mean()), None, float(target.pct_wage), years,
                            float(np.median(needed_real)))
    if target.amount is None or not (0 <= target.amount <= 1e15):
        raise InvalidInput.of("target_range", "errors.target_range")
    values = net_real if target.real else net
    needed_real = np.full(net.shape, target.amount) if target.real else target.amount / deflator
    return TargetResult(target.basis, float((values >= target.amount).mean()), float(target.amount), None, None,
                        float(np.median(needed_real)))


def run_monte_carlo(
    assumptions: Assumptions,
    *,
    paths: int = DEFAULT_PATHS,
    seed: int | None = None,
    spreads: Spreads | None = None,
    target: Target | None = None,
    rules: Rules | None = None,
    today: dt.date | None = None,
    lang: str = "id",
) -> MonteCarloResult:
    """Bands of the JHT balance over `paths` seeded paths. Raises InvalidInput on bad settings."""
    rules = rules or load_rules()
    today = today or dt.date.today()
    _check_paths(paths)
    plan = make_plan(assumptions, rules, today)
    usage = plan.usage
    spreads = (spreads or Spreads()).resolved(rules, today, usage)
    spreads.check()
    floor = min(return_floor(today, rules, usage), plan.assumptions.annual_return)
    seed = new_seed() if seed is None else int(seed)
    if seed < 0:
        raise InvalidInput.of("seed_range", "errors.seed_range")
    rng = np.random.default_rng(seed)
    returns, growth, inflation, due = draw_paths(plan, paths, spreads, rng, floor)
    arrays = simulate(plan, returns, growth, inflation, due=due)

    q = np.asarray(PERCENTILES, dtype=float)
    closing_real = arrays.closing_real
    nominal = np.percentile(arrays.closing, q, axis=0)
    real = np.percentile(closing_real, q, axis=0)
    gross = arrays.closing[:, -1]
    net = gross - final_tax_paths(gross, plan.claim_date, rules, usage)
    net_real = net / arrays.deflator[:, -1]

    a = plan.assumptions
    target_result = _target_result(target, plan, arrays, net, net_real, rules, usage, today) if target else None
    warnings = plan_warnings(plan, today, lang)
    return MonteCarloResult(
        years=tuple(int(y) for y in plan.years),
        ages=plan.ages,
        claim_date=plan.claim_date,
        percentiles=PERCENTILES,
        nominal=nominal,
        real=real,
        at_claim_nominal=tuple(float(v) for v in nominal[:, -1]),
        at_claim_real=tuple(float(v) for v in real[:, -1]),
        net_at_claim_nominal=tuple(float(v) for v in np.percentile(net, q)),
        net_at_claim_real=tuple(float(v) for v in np.percentile(net_real, q)),
        paths=paths,
        seed=seed,
        spreads=spreads,
        means={"annual_return": a.annual_return, "wage_growth": a.wage_growth, "inflation": a.inflation},
        return_floor=floor,
        floor_share=float((returns <= floor).mean()),
        target=target_result,
        warnings=tuple(warnings),
        rules=usage.uses(),
    )


def montecarlo_json(r: MonteCarloResult) -> dict[str, Any]:
    """The "bands" object of the CLI JSON (docs/cli.md)."""
    names = [f"p{p}" for p in r.percentiles]
    return {
        "paths": r.paths,
        "seed": r.seed,
        "spreads": {"return": r.spreads.returns, "wage_growth": r.spreads.growth, "inflation": r.spreads.inflation,
                    "gap_chance": r.spreads.gap_chance, "gap_months": r.spreads.gap_months},
        "means": dict(r.means),
        "return_floor": r.return_floor,
        "floor_share": r.floor_share,
        "percentiles": list(r.percentiles),
        "years": [
            {"year": y, "age": age,
             "nominal": {n: float(r.nominal[i, j]) for i, n in enumerate(names)},
             "real": {n: float(r.real[i, j]) for i, n in enumerate(names)}}
            for j, (y, age) in enumerate(zip(r.years, r.ages))
        ],
        "at_claim": {
            "date": r.claim_date.isoformat(),
            "nominal": dict(zip(names, r.at_claim_nominal)),
            "real": dict(zip(names, r.at_claim_real)),
            "net_nominal": dict(zip(names, r.net_at_claim_nominal)),
            "net_real": dict(zip(names, r.net_at_claim_real)),
        },
        "warnings": list(r.warnings),
    }


def target_json(t: TargetResult | None) -> dict[str, Any] | None:
    if t is None:
        return None
    return {"basis": t.basis, "chance": t.chance, "amount": t.amount, "pct_wage": t.pct_wage,
            "payout_years": t.payout_years, "needed_real_median": t.needed_real_median}


def _bare_reference(plan: Plan, n_paths: int, seed: int, spreads: Spreads, floor: float,
                    tax_bands: list[dict[str, Any]]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """The same arithmetic as :func:`run_monte_carlo` (no gaps), as a bare numpy loop.

    For benchmarks: the yardstick the engine's overhead is measured against. Returns the
    yearly nominal and real percentile bands and the net-at-claim nominal percentiles.
    """
    a = plan.assumptions
    balance, wage0, rate = a.balance, plan.base_wage, plan.rate
    n_due = plan.due.sum(axis=1).astype(float)
    w_due = (plan.due * plan.weights).sum(axis=1)
    span, months, grows = plan.span, plan.inflation_months, plan.grows
    n_years = len(span)
    rng = np.random.default_rng(seed)
    z = rng.standard_normal((3, n_paths, n_years))
    r = np.maximum(a.annual_return + spreads.returns * z[0], floor)
    g = np.clip(a.wage_growth + spreads.growth * z[1], *GROWTH_BOUNDS)
    i = np.clip(a.inflation + spreads.inflation * z[2], *INFLATION_BOUNDS)
    wage = wage0 * np.cumprod(np.where(grows, 1.0 + g, 1.0), axis=1)
    c = rate * wage * n_due
    d = r * (rate * wage * w_due)
    f = 1.0 + r * span
    closing = np.empty((n_paths, n_years))
    bal = np.full(n_paths, balance)
    for y in range(n_years):
        bal = bal * f[:, y] + c[:, y] + d[:, y]
        closing[:, y] = bal
    deflator = np.cumprod((1.0 + i) ** (months / 12.0), axis=1)
    q = np.asarray(PERCENTILES, dtype=float)
    nominal = np.percentile(closing, q, axis=0)
    real = np.percentile(closing / deflator, q, axis=0)
    gross = closing[:, -1]
    tax = np.zeros(n_paths)
    lower = 0.0
    for band in tax_bands:
        upper = band.get("upto")
        top = gross if upper is None else np.minimum(gross, upper)
        tax += np.maximum(top - lower, 0.0) * band["rate"]
        if upper is None:
            break
        lower = upper
    net = gross - tax
    np.percentile(net / deflator[:, -1], q)
    return nominal, real, np.percentile(net, q)
