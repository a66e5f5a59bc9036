"""JP (Jaminan Pensiun) against hand computations from PP 45/2015 and the rules files."""
from __future__ import annotations

import datetime as dt
from dataclasses import replace
from decimal import Decimal

import pytest

from models import Card, Contribution, Member, StatementYear
from planner import jp
from planner.errors import InvalidInput
from planner.rules import load_rules

TODAY = dt.date(2026, 11, 24)
RULES = load_rules()
CPI_2025 = RULES.parameter("macro.cpi_december").for_year(2025)
AS_OF = dt.date(2025, 12, 31)
PAST_120 = [(y, m) for y in range(2016, 2026) for m in range(1, 13)]  # 120 months before 2026


def cpi_index(year: int, pension_year: int, assumed: float) -> float:
    """Π(1 + inflation_k), k = year .. pension year − 1: December CPI from the rules, else assumed."""
    f = 1.0
    for k in range(year, pension_year):
        known = RULES.parameter("macro.cpi_december").for_year(k)
        f *= 1.0 + (assumed if known is None else known)
    return f


def ceiling(y: int, m: int) -> float:
    return RULES.value("jp.wage_ceiling", dt.date(y, m, 1))


def past_sum(wage: float, pension_year: int, assumed: float, months=PAST_120) -> float:
    """The past months' indexed wages: each at `wage` capped at that month's ceiling."""
    return sum(min(wage, ceiling(y, m)) * cpi_index(y, pension_year, assumed) for y, m in months)


@pytest.mark.parametrize("born, age", [
    (dt.date(1959, 3, 1), 56),   # 56 in 2015: 56 in force
    (dt.date(1963, 7, 1), 57),   # 56 in 2019 (57 in force), 57 in 2020 (57)
    (dt.date(1965, 1, 10), 58),  # 57 in 2022 (58), 58 in 2023 (58)
    (dt.date(1970, 5, 10), 60),  # 59 in 2029 (60), 60 in 2030 (60)
    (dt.date(1975, 8, 1), 63),   # 61 in 2036 (62), 62 in 2037 (63), 63 in 2038 (63)
    (dt.date(1976, 8, 1), 63),   # 62 in 2038 (63), 63 in 2039 (63)
    (dt.date(1978, 8, 1), 64),   # 63 in 2041 (64), 64 in 2042 (64)
    (dt.date(1990, 2, 1), 65),   # 64 in 2054 (65), 65 in 2055 (65)
])
def test_pension_age_is_the_one_in_force_when_reached(born, age):
    assert jp.pension_age(born, RULES) == age


def test_pension_age_by_brute_force_over_birth_years():
    param = RULES.parameter("jp.pension_age")
    for year in range(1955, 2005):
        born = dt.date(year, 6, 15)
        a = jp.pension_age(born, RULES)
        schedule = lambda y: RULES.value("jp.pension_age", max(dt.date(y, 6, 15), param.starts[0]))  # noqa: E731
        assert a >= schedule(year + a)
        assert a == min(param.values) or a - 1 < schedule(year + a - 1)


def test_monthly_benefit_by_hand_no_growth_no_inflation():
    # Born 1 Feb 1990: JP pension age 65 (1 Feb 2055). Stops working at the JHT claim date
    # 1 Feb 2046: Jan 2026 .. Jan 2046 = 241 future months; 120 so far → 361 ≥ 180.
    # Wage 8,100,000 is under every ceiling from March 2019. The 120 past months are taken to
    # be January 2016 .. December 2025, each capped at its own month's ceiling (7,000,000 in
    # January 2016) and indexed from its own year by the December CPI of the rules.
    inp = jp.JPInput(months_so_far=120, as_of=AS_OF, wage=8_100_000)
    r = jp.jp_benefit(dt.date(1990, 2, 1), inp, wage_growth=0.0, inflation=0.0, annual_return=0.06,
                      stop_date=dt.date(2046, 2, 1), rules=RULES, today=TODAY)
    assert r.pension_age == 65 and r.pension_date == dt.date(2055, 2, 1)
    assert r.months == 361
    assert ceiling(2016, 1) == 7_000_000 and ceiling(2019, 3) > 8_100_000
    expected = 0.01 * 361 / 12 * (past_sum(8_100_000, 2055, 0.0) + 241 * 8_100_000) / 361
    assert r.monthly_benefit == pytest.approx(expected, rel=1e-12)
    assert r.lump_sum is None and r.clamped is None
    assert r.monthly_benefit_real == pytest.approx(expected)  # no inflation: same in today's rupiah


def test_ceiling_grows_by_gdp_each_march_and_caps_the_wage():
    # Born 10 May 1970: pension 10 May 2030 at 60; works to then. Wage 20M is over every ceiling.
    # Future months Jan 2026 .. May 2030 (1 May is before 10 May) = 53; 120 so far → 173.
    c25, c26 = 10_547_400, 11_086_300  # from March 2025, March 2026 (rules)
    g = 0.05
    inp = jp.JPInput(months_so_far=120, as_of=AS_OF, wage=20_000_000)
    r = jp.jp_benefit(dt.date(1970, 5, 10), inp, wage_growth=0.0, inflation=0.0, annual_return=0.06,
                      gdp_growth=g, rules=RULES, today=TODAY)
    assert r.months == 173 and r.pension_date == dt.date(2030, 5, 10)
    # Past months at each past month's own ceiling (7,000,000 … 10,547,400), not today's.
    assert r.past_months_assumed == 120
    total = (past_sum(20_000_000, 2030, 0.0)
             + 2 * c25 + 10 * c26            # 2026: Jan–Feb, Mar–Dec
             + 2 * c26 + 10 * c26 * (1 + g)  # 2027
             + 2 * c26 * (1 + g) + 10 * c26 * (1 + g) ** 2
             + 2 * c26 * (1 + g) ** 2 + 10 * c26 * (1 + g) ** 3
             + 2 * c26 * (1 + g) ** 3 + 3 * c26 * (1 + g) ** 4)  # 2030: Jan–Feb, Mar–May
    # 173 < 180 months: a lump sum, but the average indexed wage is still the formula's.
    assert r.average_indexed_wage == pytest.approx(total / 173, rel=1e-12)
    assert jp.wage_ceiling(dt.date(2028, 2, 29), g, RULES) == pytest.approx(c26 * (1 + g))
    assert jp.wage_ceiling(dt.date(2028, 3, 1), g, RULES) == pytest.approx(c26 * (1 + g) ** 2)
    assert jp.wage_ceiling(dt.date(2025, 6, 1), g, RULES) == c25


def test_indexation_by_inflation_to_the_pension_year():
    # Same member, wage under the ceiling, inflation 3% from 2026: a month of year y counts
    # wage × 1.03^(2030 − y); the past months carry the rules' CPI of their years too.
    i = 0.03
    inp = jp.JPInput(months_so_far=120, as_of=AS_OF, wage=5_000_000)
    r = jp.jp_benefit(dt.date(1970, 5, 10), inp, wage_growth=0.0, inflation=i, annual_return=0.06,
                      stop_date=dt.date(2028, 1, 1), rules=RULES, today=TODAY)
    w = 5_000_000
    total = past_sum(w, 2030, i) + 12 * w * (1 + i) ** 4 + 12 * w * (1 + i) ** 3
    assert r.months == 144 and r.monthly_benefit is None
    assert r.average_indexed_wage == pytest.approx(total / 144, rel=1e-12)
    r = jp.jp_benefit(dt.date(1970, 5, 10), inp, wage_growth=0.0, inflation=i, annual_return=0.06,
                      rules=RULES, today=TODAY)
    total += 12 * w * (1 + i) ** 2 + 12 * w * (1 + i) + 5 * w
    assert r.months == 173 and r.average_indexed_wage == pytest.approx(total / 173, rel=1e-12)
    r = jp.jp_benefit(dt.date(1970, 5, 10), jp.JPInput(125, AS_OF, w), wage_growth=0.0, inflation=i,
                      annual_return=0.06, rules=RULES, today=TODAY)
    total = (past_sum(w, 2030, i, [(2015, m) for m in range(8, 13)] + PAST_120)
             + 12 * w * ((1 + i) ** 4 + (1 + i) ** 3 + (1 + i) ** 2 + (1 + i)) + 5 * w)
    assert r.months == 178 and r.average_indexed_wage == pytest.approx(total / 178, rel=1e-12)
    r = jp.jp_benefit(dt.date(1972, 5, 10), jp.JPInput(125, AS_OF, w), wage_growth=0.0, inflation=i,
                      annual_return=0.06, rules=RULES, today=TODAY)
    assert r.monthly_benefit is not None
    assert r.monthly_benefit == pytest.approx(min(max(r.formula_benefit, r.min_benefit), r.max_benefit))
    # Today's rupiah: deflated over the months from December 2025 to the pension month.
    months = r.pension_date.year * 12 + r.pension_date.month - (2025 * 12 + 12)
    assert r.monthly_benefit_real == pytest.approx(r.monthly_benefit / (1 + i) ** (months / 12), rel=1e-12)


def test_small_benefit_is_raised_to_the_minimum():
    # Born 1 Aug 1975: pension age 63 (1 Aug 2038). 120 months so far at 1,000,000.
    inp = jp.JPInput(months_so_far=120, as_of=AS_OF, wage=1_000_000)
    r = jp.jp_benefit(dt.date(1975, 8, 1), inp, wage_growth=0.0, inflation=0.0, annual_return=0.06,
                      stop_date=dt.date(2030, 12, 1), rules=RULES, today=TODAY)
    # 120 + 59 (Jan 2026 .. Nov 2030) = 179 < 180: lump sum, not a pension.
    assert r.months == 179 and r.monthly_benefit is None and r.lump_sum is not None
    r = jp.jp_benefit(dt.date(1975, 8, 1), inp, wage_growth=0.0, inflation=0.0, annual_return=0.06,
                      stop_date=dt.date(2031, 1, 1), rules=RULES, today=TODAY)
    assert r.months == 180
    assert r.formula_benefit == pytest.approx((past_sum(1_000_000, 2038, 0.0) + 60 * 1_000_000) / 1200)
    lo = RULES.value("jp.min_benefit", dt.date(2026, 3, 1))  # no inflation: the minimum stays
    assert r.monthly_benefit == lo and r.clamped == "min"


def test_fewer_than_180_months_pays_contributions_plus_returns():
    # 60 months so far, Akumulasi Iuran JP Rp10,000,000 on 31 Dec 2025; wage 5M (3% = 150,000);
    # stops end of 2027; pension 10 May 2030. Return 6%, crediting as the JHT method does.
    inp = jp.JPInput(months_so_far=60, as_of=AS_OF, wage=5_000_000, accumulated=10_000_000)
    r = jp.jp_benefit(dt.date(1970, 5, 10), inp, wage_growth=0.0, inflation=0.0, annual_return=0.06,
                      stop_date=dt.date(2028, 1, 1), rules=RULES, today=TODAY)
    assert r.months == 84 and r.monthly_benefit is None
    b = 10_000_000
    b = b + 12 * 150_000 + b * 0.06 + 150_000 * 0.06 * 66 / 12  # 2026: 12,449,500
    assert b == pytest.approx(12_449_500)
    b = b + 12 * 150_000 + b * 0.06 + 150_000 * 0.06 * 66 / 12  # 2027
    b = b * 1.06 * 1.06 * (1 + 0.06 * 5 / 12)  # 2028, 2029, then Jan–May 2030
    assert r.lump_sum == pytest.approx(b, rel=1e-12)
    assert not r.accumulated_estimated and r.accumulated_source == jp.ACCUMULATED_TYPED
    # Without the statement's figure the past is estimated: 3% × each past month's capped wage.
    est = jp.jp_benefit(dt.date(1970, 5, 10), jp.JPInput(60, AS_OF, 5_000_000), wage_growth=0.0, inflation=0.0,
                        annual_return=0.0, stop_date=dt.date(2028, 1, 1), rules=RULES, today=TODAY)
    assert est.accumulated_estimated and est.lump_sum == pytest.approx(84 * 150_000)
    assert est.accumulated_source == jp.ACCUMULATED_ESTIMATED


def test_the_lump_sum_starts_from_the_statements_own_akumulasi_with_back_pay():
    # Akumulasi Iuran JP Rp4,000,000 up to December 2024; the 2025 statement holds twelve JP rows
    # of 180,000 and one back-pay row for November 2024 (posted in 2025, so not in the Akumulasi).
    member = Member("X", dt.date(1970, 5, 10))
    rows = tuple(Contribution((2025, m), None, None, Decimal(6_000_000), Decimal(0), Decimal(222_000),
                              Decimal(120_000), Decimal(120_000), Decimal(60_000)) for m in range(1, 13))
    back_pay = Contribution((2024, 11), None, None, Decimal(0), Decimal(6_000_000), Decimal(222_000),
                            Decimal(120_000), Decimal(120_000), Decimal(60_000))
    year = StatementYear(Card("12345678901"), member, 2025, Decimal(0), Decimal(0), Decimal(0), Decimal(0),
                         rows=rows + (back_pay,), jp_months=40, jp_accumulated=Decimal(4_000_000))
    inp = jp.jp_input_from_statements([year], RULES)
    assert inp.accumulated == pytest.approx(4_000_000 + 13 * 180_000) == float(year.jp_contributed)
    r = jp.jp_benefit(member.birth_date, inp, wage_growth=0.0, inflation=0.0, annual_return=0.0,
                      stop_date=dt.date(2026, 1, 1), rules=RULES, today=TODAY)
    assert r.monthly_benefit is None and r.lump_sum == pytest.approx(4_000_000 + 13 * 180_000)
    assert r.accumulated_source == jp.ACCUMULATED_STATEMENT and not r.accumulated_estimated
    assert jp.jp_json(r)["accumulated_source"] == "statement"
    # A card without Akumulasi: the whole figure is an estimate, and the result says so.
    bare = jp.jp_input_from_statements([replace(year, jp_accumulated=None)], RULES)
    est = jp.jp_benefit(member.birth_date, bare, wage_growth=0.0, inflation=0.0, annual_return=0.0,
                        stop_date=dt.date(2026, 1, 1), rules=RULES, today=TODAY)
    assert est.accumulated_source == jp.ACCUMULATED_ESTIMATED and est.lump_sum != r.lump_sum


def test_from_statements_reads_months_accumulation_and_jp_columns():
    card, member = Card("12345678901"), Member("Contoh")
    rows = tuple(Contribution((2025, m), None, None, Decimal(6_000_000), Decimal(0), Decimal(222_000),
                              Decimal(120_000), Decimal(120_000), Decimal(60_000)) for m in range(1, 13))
    year = StatementYear(card, member, 2025, Decimal(0), Decimal(0), Decimal(0), Decimal(0), rows=rows,
                         jp_months=100, jp_accumulated=Decimal(15_000_000))
    inp = jp.jp_input_from_statements([year], RULES)
    assert inp.months_so_far == 100 and inp.as_of == AS_OF and inp.wage == 6_000_000
    assert inp.accumulated == pytest.approx(15_000_000 + 12 * 180_000)
    assert inp.past_wages[(2025, 7)] == pytest.approx(6_000_000)
    assert jp.jp_input_from_statements([], RULES) is None


def test_two_cards_add_their_months_and_a_shared_month_counts_once():
    member = Member("X", dt.date(1990, 1, 1))

    def year(kpj, y, months, acc, periods):
        rows = tuple(Contribution((y, m), dt.date(y, m, 10) if m < 12 else dt.date(y, 12, 28), None,
                                  Decimal(6_000_000), Decimal(0), Decimal(222_000), Decimal(120_000),
                                  Decimal(120_000), Decimal(60_000)) for m in periods)
        return StatementYear(Card(kpj), member, y, Decimal(0), Decimal(0), Decimal(0), Decimal(0), rows=rows,
                             jp_months=months, jp_accumulated=Decimal(acc))

    old = year("11111111111", 2022, 44, 7_000_000, range(1, 13))  # an earlier job, up to December 2022
    new = year("22222222222", 2025, 33, 5_000_000, range(1, 13))
    inp = jp.jp_input_from_statements([old, new], RULES)
    assert inp.months_so_far == 44 + 33 and inp.as_of == AS_OF
    assert inp.accumulated == pytest.approx(7_000_000 + 12 * 180_000 + 5_000_000 + 12 * 180_000)
    # Two jobs paying JP in the same three months: those months count once.
    side = year("33333333333", 2025, 3, 540_000, range(10, 13))
    assert jp.jp_input_from_statements([old, new, side], RULES).months_so_far == 44 + 33 + 3 - 3


def test_bad_input():
    with pytest.raises(InvalidInput):
        jp.jp_benefit(dt.date(1990, 1, 1), jp.JPInput(-1, AS_OF, 1e6), wage_growth=0, inflation=0,
                      annual_return=0, rules=RULES, today=TODAY)


def test_cli_jp_json(capsys):
    import json

    from planner.cli import main

    args = ["project", "--balance", "10000000", "--as-of", "2025-12-31", "--birth-date", "1970-05-10",
            "--wage", "5000000", "--wage-growth", "0", "--inflation", "0", "--stop-age", "56", "--json"]
    assert main(args + ["--jp-months", "60", "--jp-accumulated", "10000000"]) == 0
    out = json.loads(capsys.readouterr().out)
    jp_out = out["jp"]
    assert {"pension_age", "pension_date", "months", "monthly_benefit", "lump_sum"} <= set(jp_out)
    # Stops at 56 (10 May 2026): Jan–May 2026 = 5 more months; 65 < 180 → lump sum.
    assert jp_out["pension_age"] == 60 and jp_out["pension_date"] == "2030-05-10"
    assert jp_out["months"] == 65 and jp_out["monthly_benefit"] is None and jp_out["lump_sum"] > 10_000_000
    assert main(args + ["--jp"]) == 2  # no statements, no months: one plain sentence
    assert "--jp-months" in capsys.readouterr().err
