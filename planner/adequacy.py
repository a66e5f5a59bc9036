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
from planner.errors import InvalidInput
from planner.projection import last_wage_real as projection_last_wage_real
from planner.rules import RuleUsage, Rules, load_rules


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
        return self.text_en if lang == "en" else self.text_id


def _pct(x: float) -> str:
    return f"{x * 100:.0f}%"


def adequacy(net_at_claim_real: float, last_wage_real: float, *, annual_return: float, inflation: float,
             jp_monthly_real: float | None = None, jp_lump_sum_real: float | None = None,
             payout_years: int | None = None, target: float | None = None, rules: Rules | None = None,
             today: dt.date | None = None, usage: RuleUsage | None = None) -> Adequacy:
    """The replacement ratio from figures in today's rupiah (see the module docstring)."""
    rules = rules or load_rules()
    today = today or dt.date.today()
    years = int(payout_years if payout_years is not None else rules.value("macro.payout_years", today, usage))
    if not (1 <= years <= 60):
        raise InvalidInput("payout_years_range", "Lama penarikan harus di antara 1 dan 60 tahun.",
                           "The payout period must be between 1 and 60 years.")
    if target is not None and not (0 < target <= 10):
        raise InvalidInput("replacement_target_range", "Target rasio penggantian harus lebih dari 0%.",
                           "The replacement target must be above 0%.")
    ilo = float(rules.value("macro.ilo_min_replacement", today, usage))
    capital = max(net_at_claim_real, 0.0) + (jp_lump_sum_real or 0.0)
    jht_income = monthly_income(capital, years, annual_return, inflation)
    jp_income = jp_monthly_real or 0.0
    with_jp = jp_monthly_real is not None or jp_lump_sum_real is not None
    if last_wage_real <= 0:
        return Adequacy(None, jht_income, jp_income, 0.0, years, ilo, target, None, None, jp_lump_sum_real is not None,
                        "Tidak ada upah terakhir untuk dibandingkan.", "There is no last wage to compare with.")
    ratio = (jht_income + jp_income) / last_wage_real
    meets_ilo = ratio >= ilo
    meets_target = None if target is None else ratio >= target
    source_id = "JHT dan JP" if with_jp else "JHT"
    source_en = "JHT and JP" if with_jp else "JHT"
    text_id = (f"Penghasilan bulanan dari {source_id} (JHT dibagi {years} tahun) cukup untuk sekitar {_pct(ratio)} "
               f"dari gaji terakhir — {'di atas' if meets_ilo else 'di bawah'} batas minimum ILO {_pct(ilo)}")
    text_en = (f"The monthly income from {source_en} (JHT spread over {years} years) is enough for about {_pct(ratio)} "
               f"of the last wage — {'above' if meets_ilo else 'below'} the ILO minimum of {_pct(ilo)}")
    if target is not None:
        text_id += f", {'mencapai' if meets_target else 'belum mencapai'} target Anda {_pct(target)}"
        text_en += f", {'meeting' if meets_target else 'short of'} your target of {_pct(target)}"
    return Adequacy(ratio, jht_income, jp_income, last_wage_real, years, ilo, target, meets_ilo, meets_target,
                    jp_lump_sum_real is not None, text_id + ".", text_en + ".")


def last_wage_real(result: ProjectionResult) -> float:
    """The last wage (:func:`planner.projection.last_wage_real`) of a deterministic result."""
    paid = [y.wage if y.months > 0 and y.closing > 0 else 0.0 for y in result.years]
    deflator = [y.closing / y.closing_real if y.closing > 0 and y.closing_real > 0 else 1.0 for y in result.years]
    return float(projection_last_wage_real(np.array([paid]), np.array([deflator]))[0])


def adequacy_for(result: ProjectionResult, jp: Any = None, *, payout_years: int | None = None,
                 target: float | None = None, rules: Rules | None = None, today: dt.date | None = None,
                 usage: RuleUsage | None = None) -> Adequacy:
    """:func:`adequacy` for a projection result and an optional :class:`planner.jp.JPResult`."""
    a = result.assumptions
    return adequacy(result.net_real, last_wage_real(result), annual_return=a.annual_return, inflation=a.inflation,
                    jp_monthly_real=getattr(jp, "monthly_benefit_real", None),
                    jp_lump_sum_real=getattr(jp, "lump_sum_real", None), payout_years=payout_years,
                    target=target, rules=rules, today=today, usage=usage)


def adequacy_json(r: Adequacy | None) -> dict[str, Any] | None:
    """The "adequacy" object of the CLI JSON (docs/cli.md)."""
    if r is None:
        return None
    return {"ratio": r.ratio, "jht_income": r.jht_income, "jp_income": r.jp_income, "last_wage": r.last_wage,
            "payout_years": r.payout_years, "ilo_min": r.ilo_min, "target": r.target, "meets_ilo": r.meets_ilo,
            "meets_target": r.meets_target, "jp_lump_sum_added": r.jp_lump_sum_added,
            "text": {"id": r.text_id, "en": r.text_en}}
