"""Drift: how a newer statement compares with what an earlier saved projection expected.

Given the assumptions of a saved projection and the statement years that came after it:

* **expected**: the saved projection's closing balance on the newer statement's date
  (31 December of its year), rerun with the one engine;
* **actual**: the statement's Saldo Akhir (all cards of that year added up);
* **wage effect**: the saved projection rerun with the actual contributions of each statement
  year (the wage that, at the plan's rate and due months, pays what was actually paid; a year
  with no contribution has none), minus expected. It covers wage changes and missed months;
* **return effect**: rerun with each statement year's actual return (the effective return
  read backwards from the statement, projection-method.md), minus expected;
* **other**: what is left: the interaction of the two, a saved balance that differed from the
  statement's opening, corrections and rounding.

The cause named is the effect with the largest size.
"""
from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass, replace
from decimal import Decimal
from typing import Any, Sequence

import numpy as np

from models import Assumptions, StatementYear
from planner.errors import InvalidInput, localized
from planner.format import date_long, rupiah
from planner.dates import month_index
from planner.projection import constant_paths, make_plan, simulate
from planner.rules import Rules, load_rules
from planner.texts import tr

TINY_WAGE = 1e-9  # rupiah: stands in for a zero wage in the wage index (pays nothing measurable)
MEAN_WEIGHT = sum(range(12)) / 144.0  # Σ (12 − m)/12 / 12: a contribution's average share of the year


@dataclass(frozen=True)
class Drift:
    on: dt.date
    expected: float
    actual: float
    difference: float  # actual − expected
    wage_effect: float
    return_effect: float
    other: float
    main_cause: str  # "wage", "return" or "other"
    actual_returns: dict[int, float]
    actual_contributions: dict[int, float]
    text_id: str
    text_en: str

    def text(self, lang: str = "id") -> str:
        return {"id": self.text_id, "en": self.text_en}.get(lang, self.text_id)


def _year_figures(years: Sequence[StatementYear], after: dt.date) -> tuple[dict[int, float], dict[int, float], dict[int, float]]:
    """Per calendar year: closing (all cards), contributions after `after`, and the effective return."""
    closing: dict[int, Decimal] = defaultdict(Decimal)
    paid: dict[int, float] = defaultdict(float)
    dev: dict[int, float] = defaultdict(float)
    base: dict[int, float] = defaultdict(float)
    for y in years:
        closing[y.year] += y.closing
        regular = [r for r in y.rows if r.period[0] == y.year]
        if y.year > after.year:
            paid[y.year] += float(y.contributions)  # everything booked that year, late months included
        elif regular:
            paid[y.year] += float(sum((r.jht_total for r in regular if dt.date(*r.period, 1) > after), Decimal(0)))
        else:
            paid[y.year] += float(y.contributions) * (12 - after.month) / 12.0
        if regular:
            weighted = sum(float(r.jht_total) * (12 - r.period[1]) / 12.0 for r in regular)
        else:
            weighted = float(y.contributions) * MEAN_WEIGHT
        dev[y.year] += float(y.development)
        if y.effective_return:
            base[y.year] += float(y.development) / y.effective_return
        else:
            base[y.year] += float(y.opening) + weighted
    returns = {yr: dev[yr] / base[yr] for yr in dev if base[yr] > 0}
    return {k: float(v) for k, v in closing.items()}, dict(paid), returns


def drift(saved: Assumptions, statements: Sequence[StatementYear], rules: Rules | None = None,
          today: dt.date | None = None) -> Drift:
    """Compare the newest statement year with what `saved` (a saved projection's assumptions) said."""
    rules = rules or load_rules()
    plan = make_plan(saved, rules, today)
    a = plan.assumptions
    newer = [y for y in statements if y.year > a.as_of.year or (y.year == a.as_of.year and a.as_of.month < 12)]
    if not newer:
        raise InvalidInput.of("drift_no_newer", "errors.drift_no_newer")
    last_year = max(y.year for y in newer)
    idx = int(last_year - plan.years[0])
    if not (0 <= idx < plan.n_years - 1):
        raise InvalidInput.of("drift_out_of_range", "errors.drift_out_of_range")
    closing, paid, actual_r = _year_figures(newer, a.as_of)
    on = dt.date(last_year, 12, 31)

    returns, growth, inflation = constant_paths(plan)
    expected = float(simulate(plan, returns, growth, inflation).closing[0, idx])

    # Actual returns in the statement years.
    r_actual = returns.copy()
    for yr, r in actual_r.items():
        j = yr - int(plan.years[0])
        if 0 <= j <= idx:
            r_actual[0, j] = r

    # Actual contributions: a wage path that pays them at the plan's rate over the due months.
    month_starts = plan.years[:, None] * 12 + np.arange(12)[None, :]
    due = plan.due.copy()
    due[: idx + 1] = month_starts[: idx + 1] > month_index(a.as_of)
    wage_target = plan.base_wage * np.cumprod(np.where(plan.grows, 1.0 + growth[0], 1.0))
    for j in range(idx + 1):
        yr = int(plan.years[j])
        n = int(due[j].sum())
        c = paid.get(yr)
        if c is None:
            due[j] = plan.due[j]
            continue
        if c <= 0 or n == 0:
            due[j] = False
            wage_target[j] = wage_target[j - 1] if j else plan.base_wage
        else:
            wage_target[j] = c / (plan.rate * n)
    for j in range(idx + 1, plan.n_years):  # later years grow from the last actual wage as assumed
        wage_target[j] = wage_target[j - 1] * ((1.0 + growth[0, j]) if plan.grows[j] else 1.0)
    wage_target = np.maximum(wage_target, TINY_WAGE)  # a wage path through zero cannot be a growth rate
    # The actual contributions are what was paid: no BPU floor lifts this wage path.
    wage_plan = replace(plan, base_wage=1.0, change_year=-1, grows=np.ones(plan.n_years, dtype=bool), income_floor=None)
    g_actual = (wage_target / np.concatenate([[1.0], wage_target[:-1]]) - 1.0)[None, :]

    with_wage = float(simulate(wage_plan, returns, g_actual, inflation, due=due[None]).closing[0, idx])
    with_return = float(simulate(plan, r_actual, growth, inflation).closing[0, idx])
    actual = closing[last_year]
    wage_effect = with_wage - expected
    return_effect = with_return - expected
    difference = actual - expected
    other = difference - wage_effect - return_effect
    effects = {"wage": wage_effect, "return": return_effect, "other": other}
    cause = max(effects, key=lambda k: abs(effects[k]))
    return Drift(on, expected, actual, difference, wage_effect, return_effect, other, cause, actual_r, paid,
                 *_texts(on, expected, actual, difference, cause, effects))


def _texts(on: dt.date, expected: float, actual: float, difference: float, cause: str,
           effects: dict[str, float]) -> tuple[str, str]:
    """The drift sentence in Indonesian and English (resources/texts/rules.toml)."""
    def rp(x: float):
        return lambda lang: rupiah(x, lang)

    text = localized("rules.drift.sentence", date=lambda lang: date_long(on, lang), actual=rp(actual),
                     difference=rp(abs(difference)), expected=rp(expected), effect=rp(effects[cause]),
                     direction=lambda lang: tr("rules.drift.higher" if difference >= 0 else "rules.drift.lower", lang),
                     cause=lambda lang: tr(f"rules.drift.cause.{cause}", lang))
    return text["id"], text["en"]


def drift_json(d: Drift | None) -> dict[str, Any] | None:
    if d is None:
        return None
    return {"date": d.on.isoformat(), "expected": d.expected, "actual": d.actual, "difference": d.difference,
            "wage_effect": d.wage_effect, "return_effect": d.return_effect, "other": d.other,
            "main_cause": d.main_cause, "actual_returns": {str(k): v for k, v in d.actual_returns.items()},
            "actual_contributions": {str(k): v for k, v in d.actual_contributions.items()},
            "text": {"id": d.text_id, "en": d.text_en}}
