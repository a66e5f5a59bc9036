"""Is it enough? The replacement ratio of JHT (and JP) against the last wage.

    ratio = (monthly income from the net JHT balance over `payout_years` years
             + JP monthly benefit) / last monthly wage

everything in today's rupiah (the as-of date): the JHT income is
:func:`planner.income.monthly_income` of the net balance at claim in today's rupiah (so it is
the first month's income, which then rises with inflation); the JP benefit is its first-year
amount deflated from the pension date; the last wage is the wage of the last month with a
contribution, deflated from that year. A JP lump sum (fewer than 180 months) is added to the
JHT capital instead. Note that JP starts at the JP pension age, which can be years after the
JHT claim age; the ratio adds them as if both were paid.

The ratio is set against the ILO minimum (``macro.ilo_min_replacement``, ILO C102) and, if the
member gives one, their own target.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

import numpy as np

from models import ProjectionResult
from planner.income import monthly_income
from planner.errors import InvalidInput, localized
from planner.jp import JPResult
from planner.projection import last_wage_real as projection_last_wage_real
from planner.rules import RuleUsage, Rules, load_rules
from planner.texts import tr


@dataclass(frozen=True)
class Adequacy:
    ratio: float | None  # None when there is no last wage to compare with
    jht_income: float  # monthly, today's rupiah
    jp_income: float  # monthly, today's rupiah (0 without JP or with a lump sum)
    last_wage: float  # monthly, today's rupiah
    payout_years: int
    ilo_min: float
    target: float | None
    meets_ilo: bool | None
    meets_target: bool | None
    jp_lump_sum_added: bool
    text_id: str
    text_en: str

    def text(self, lang: str = "id") -> str:
        return {"id": self.text_id, "en": self.text_en}.get(lang, self.text_id)


def _pct(x: float) -> str:
    return f"{x * 100:.0f}%"


def _sentence(ratio: float, years: int, ilo: float, with_jp: bool, meets_ilo: bool,
              target: float | None, meets_target: bool | None) -> dict[str, str]:
    """The adequacy sentence in every language, from the catalog (resources/texts/rules.toml)."""
    def part(key: str) -> object:
        return lambda lang: tr(key, lang)

    goal = (lambda lang: "") if target is None else (
        lambda lang: tr("rules.adequacy.target_met" if meets_target else "rules.adequacy.target_short", lang,
                        target=_pct(target)))
    return localized("rules.adequacy.ratio", source=part("rules.adequacy.jht_jp" if with_jp else "rules.adequacy.jht"),
                     years=years, ratio=_pct(ratio), ilo=_pct(ilo), goal=goal,
                     side=part("rules.adequacy.above" if meets_ilo else "rules.adequacy.below"))


def adequacy(net_at_claim_real: float, last_wage_real: float, *, annual_return: float, inflation: float,
             jp_monthly_real: float | None = None, jp_lump_sum_real: float | None = None,
             payout_years: int | None = None, target: float | None = None, rules: Rules | None = None,
             today: dt.date | None = None, usage: RuleUsage | None = None) -> Adequacy:
    """The replacement ratio from figures in today's rupiah (see the module docstring)."""
    rules = rules or load_rules()
    today = today or dt.date.today()
    years = int(payout_years if payout_years is not None else rules.value("macro.payout_years", today, usage))
    if not (1 <= years <= 60):
        raise InvalidInput.of("payout_years_range", "errors.payout_years_range")
    if target is not None and not (0 < target <= 10):
        raise InvalidInput.of("replacement_target_range", "errors.replacement_target_range")
    ilo = float(rules.value("macro.ilo_min_replacement", today, usage))
    capital = max(net_at_claim_real, 0.0) + (jp_lump_sum_real or 0.0)
    jht_income = monthly_income(capital, years, annual_return, inflation)
    jp_income = jp_monthly_real or 0.0
    with_jp = jp_monthly_real is not None or jp_lump_sum_real is not None
    if last_wage_real <= 0:
        none = localized("rules.adequacy.no_wage")
        return Adequacy(None, jht_income, jp_income, 0.0, years, ilo, target, None, None, jp_lump_sum_real is not None,
                        none["id"], none["en"])
    ratio = (jht_income + jp_income) / last_wage_real
    meets_ilo = ratio >= ilo
    meets_target = None if target is None else ratio >= target
    text = _sentence(ratio, years, ilo, with_jp, meets_ilo, target, meets_target)
    return Adequacy(ratio, jht_income, jp_income, last_wage_real, years, ilo, target, meets_ilo, meets_target,
                    jp_lump_sum_real is not None, text["id"], text["en"])


def last_wage_real(result: ProjectionResult) -> float:
    """The last wage (:func:`planner.projection.last_wage_real`) of a deterministic result."""
    paid = [y.wage if y.months > 0 and y.closing > 0 else 0.0 for y in result.years]
    deflator = [y.closing / y.closing_real if y.closing > 0 and y.closing_real > 0 else 1.0 for y in result.years]
    return float(projection_last_wage_real(np.array([paid]), np.array([deflator]))[0])


def adequacy_for(result: ProjectionResult, jp: JPResult | None = None, *, payout_years: int | None = None,
                 target: float | None = None, rules: Rules | None = None, today: dt.date | None = None,
                 usage: RuleUsage | None = None) -> Adequacy:
    """:func:`adequacy` for a projection result and an optional :class:`planner.jp.JPResult`."""
    a = result.assumptions
    return adequacy(result.net_real, last_wage_real(result), annual_return=a.annual_return, inflation=a.inflation,
                    jp_monthly_real=None if jp is None else jp.monthly_benefit_real,
                    jp_lump_sum_real=None if jp is None else jp.lump_sum_real, payout_years=payout_years,
                    target=target, rules=rules, today=today, usage=usage)


def adequacy_json(r: Adequacy | None) -> dict[str, Any] | None:
    """The "adequacy" object of the CLI JSON (docs/cli.md)."""
    if r is None:
        return None
    return {"ratio": r.ratio, "jht_income": r.jht_income, "jp_income": r.jp_income, "last_wage": r.last_wage,
            "payout_years": r.payout_years, "ilo_min": r.ilo_min, "target": r.target, "meets_ilo": r.meets_ilo,
            "meets_target": r.meets_target, "jp_lump_sum_added": r.jp_lump_sum_added,
            "text": {"id": r.text_id, "en": r.text_en}}
