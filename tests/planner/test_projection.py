"""The projection against shared/domain/projection-method.md, by hand and by property."""
from __future__ import annotations

import datetime as dt

import numpy as np
import pytest
from hypothesis import given, settings, strategies as st

from models import Assumptions, CareerBreak, Segment, WageChange
from planner.errors import InvalidInput
from planner.projection import constant_paths, make_plan, project, simulate

TODAY = dt.date(2026, 11, 24)

WORKED = Assumptions(balance=38_887_665.97, as_of=dt.date(2024, 12, 31), birth_date=dt.date(1990, 2, 1),
                     wage=8_100_000, wage_growth=0.05, annual_return=0.06, inflation=0.025, claim_age=56)


def run(**kw):
    base = dict(balance=0.0, as_of=dt.date(2024, 12, 31), birth_date=dt.date(1990, 2, 1), wage=0.0,
                wage_growth=0.0, annual_return=0.0, inflation=0.0)
    base.update(kw)
    return project(Assumptions(**base), today=TODAY)


def test_worked_example_to_the_rupiah():
    r = project(WORKED, today=TODAY)
    assert r.claim_date == dt.date(2046, 2, 1)
    first = r.years[0]
    assert first.year == 2025 and first.wage == pytest.approx(8_505_000)
    assert first.contributions == pytest.approx(12 * 484_785)
    assert round(first.development, 2) == 2_493_239.01
    assert round(first.closing, 2) == 47_198_324.98
    last = r.years[-1]
    assert last.year == 2046 and last.months == 1  # January 2046 is the last contribution (k = 1)
    assert round(r.balance_at_claim) == 502_820_371
    assert round(r.balance_at_claim_real) == 298_142_837
    assert round(r.tax) == 22_641_019
    assert round(r.net) == 502_820_371 - 22_641_019


def test_birthday_on_the_first_vs_the_fifteenth():
    # Born on the 1st: the claim month's first day is the claim date, so it is not counted.
    on_first = run(birth_date=dt.date(1990, 2, 1), wage=1_000_000)
    assert on_first.claim_date == dt.date(2046, 2, 1) and on_first.years[-1].months == 1
    # Born on the 15th: 1 February lies before 15 February, so February is due too (k = 2).
    on_15th = run(birth_date=dt.date(1990, 2, 15), wage=1_000_000)
    assert on_15th.claim_date == dt.date(2046, 2, 15) and on_15th.years[-1].months == 2
    assert on_15th.years[-1].contributions == pytest.approx(2 * 57_000)


def test_29_february_claims_on_1_march_in_a_common_year():
    # 56 years after a leap year is a leap year: the claim stays on 29 February.
    assert run(birth_date=dt.date(1992, 2, 29)).claim_date == dt.date(2048, 2, 29)
    # At 55 it is not: 29 February becomes 1 March; January and February are due (k = 2).
    r = run(birth_date=dt.date(1992, 2, 29), claim_age=55, wage=1_000_000)
    assert r.claim_date == dt.date(2047, 3, 1)
    assert r.years[-1].months == 2


def test_as_of_mid_year_credits_the_rest_of_the_year():
    # As of 30 June 2024: July..December are due. Balance 10,000,000, wage 5,000,000, r = 6%.
    # contribution 285,000; development = 10,000,000 × 0.06 × 6/12 + 285,000 × 0.06 × (5+4+3+2+1+0)/12
    #                                    = 300,000 + 21,375 = 321,375
    r = run(as_of=dt.date(2024, 6, 30), balance=10_000_000, wage=5_000_000, annual_return=0.06, wage_growth=0.10)
    first = r.years[0]
    assert first.year == 2024 and first.months == 6
    assert first.wage == pytest.approx(5_000_000)  # no growth inside the as-of year
    assert first.development == pytest.approx(321_375)
    assert first.closing == pytest.approx(10_000_000 + 6 * 285_000 + 321_375)
    assert r.years[1].wage == pytest.approx(5_500_000)  # grows on 1 January 2025


def test_stop_age_below_claim_age():
    # Born 1 Feb 1971, stop at 55 (1 Feb 2026), claim at 56 (1 Feb 2027). Balance 100,000,000.
    # 2026: only January is due: dev = 6,000,000 + 570,000 × 0.06 × 11/12 = 6,031,350.
    # 2027: no contribution; dev = 106,601,350 × 0.06 × 1/12 = 533,006.75.
    r = run(as_of=dt.date(2025, 12, 31), birth_date=dt.date(1971, 2, 1), balance=100_000_000, wage=10_000_000,
            annual_return=0.06, stop_age=55)
    y2045, y2046 = r.years
    assert y2045.months == 1 and y2045.development == pytest.approx(6_031_350)
    assert y2045.closing == pytest.approx(106_601_350)
    assert y2046.months == 0 and y2046.contributions == 0
    assert y2046.development == pytest.approx(533_006.75)
    assert r.balance_at_claim == pytest.approx(107_134_356.75)
    assert r.stop_date == dt.date(2026, 2, 1)


def test_zero_return_closing_is_opening_plus_contributions():
    r = run(balance=12_345_678, wage=7_000_000, wage_growth=0.05)
    for y in r.years:
        assert y.development == pytest.approx(0, abs=1e-6)
        assert y.closing == pytest.approx(y.opening + y.contributions)


def test_bpu_pays_two_percent_of_declared_income():
    r = run(segment=Segment.BPU, wage=2_000_000)
    assert r.years[0].contributions == pytest.approx(12 * 40_000)
    with pytest.raises(InvalidInput):
        run(segment=Segment.BPU, wage=900_000)  # below the declarable floor


def test_career_break_and_wage_change():
    r = run(wage=4_000_000, career_break=CareerBreak(dt.date(2025, 3, 1), 4))
    assert r.years[0].months == 8
    assert r.years[0].contributions == pytest.approx(8 * 228_000)
    r = run(wage=4_000_000, wage_growth=0.1, wage_change=WageChange(dt.date(2026, 7, 1), 6_000_000))
    y2026, y2027 = r.years[1], r.years[2]
    # Wage grows each 1 January after the as-of year: 4,400,000 in 2025, 4,840,000 in 2026.
    # Jan–Jun 2026 at 4,840,000, Jul–Dec at 6,000,000; 2027 at 6,600,000.
    assert y2026.contributions == pytest.approx(0.057 * (6 * 4_840_000 + 6 * 6_000_000))
    assert y2027.wage == pytest.approx(6_600_000)


@pytest.mark.parametrize("kw, code", [
    (dict(birth_date=dt.date(2030, 1, 1)), "birth_date_future"),
    (dict(wage=-1.0), "wage_range"),
    (dict(wage_growth=-0.6), "growth_range"),
    (dict(wage_growth=1.5), "growth_range"),
    (dict(as_of=dt.date(2024, 12, 31), birth_date=dt.date(1960, 1, 1)), "as_of_after_claim"),
    (dict(stop_age=60), "stop_after_claim"),
    (dict(balance=-5.0), "balance_range"),
])
def test_bad_input_is_one_plain_sentence(kw, code):
    with pytest.raises(InvalidInput) as info:
        run(**kw)
    assert info.value.code == code
    assert info.value.text("id").endswith(".") and info.value.text("en").endswith(".")


def test_result_names_the_rules_it_used():
    names = {u.name for u in project(WORKED, today=TODAY).rules}
    assert {"jht.rate_employer", "jht.rate_worker", "tax.final_lump_sum"} <= names
    # Defaults come from the rules files and are reported as used.
    r = project(Assumptions(balance=1e6, as_of=dt.date(2024, 12, 31), birth_date=dt.date(1990, 2, 1), wage=5e6), today=TODAY)
    assert {"macro.default_return", "macro.default_wage_growth", "macro.default_inflation"} <= {u.name for u in r.rules}
    assert any("[R]" in w for w in r.warnings)


# --- properties -------------------------------------------------------------------------

ages = st.dates(min_value=dt.date(1970, 1, 1), max_value=dt.date(2000, 12, 31))
rates = st.floats(min_value=-0.05, max_value=0.25)
money = st.floats(min_value=0, max_value=5e9)
wages = st.floats(min_value=0, max_value=2e8)


def _a(balance, birth, wage, g, r, i):
    return Assumptions(balance=balance, as_of=dt.date(2025, 12, 31), birth_date=birth, wage=wage,
                       wage_growth=g, annual_return=r, inflation=i)


@settings(max_examples=60, deadline=None)
@given(money, ages, wages, rates, rates, st.floats(min_value=0, max_value=0.2))
def test_monotone_in_return_wage_and_growth(balance, birth, wage, g, r, bump):
    base = project(_a(balance, birth, wage, g, r, 0.03), today=TODAY).balance_at_claim
    tol = 1e-9 * max(1.0, base)
    assert project(_a(balance, birth, wage, g, r + bump, 0.03), today=TODAY).balance_at_claim >= base - tol
    assert project(_a(balance, birth, wage * (1 + bump), g, r, 0.03), today=TODAY).balance_at_claim >= base - tol
    assert project(_a(balance, birth, wage, g + bump, r, 0.03), today=TODAY).balance_at_claim >= base - tol


@settings(max_examples=60, deadline=None)
@given(money, ages, wages, rates, rates, st.floats(min_value=0, max_value=0.3))
def test_real_never_above_nominal_with_nonnegative_inflation(balance, birth, wage, g, r, i):
    res = project(_a(balance, birth, wage, g, r, i), today=TODAY)
    assert res.balance_at_claim_real <= res.balance_at_claim * (1 + 1e-12) + 1e-6
    for y in res.years:
        assert y.closing_real <= y.closing * (1 + 1e-12) + 1e-6


@settings(max_examples=25, deadline=None)
@given(st.integers(min_value=1, max_value=6), st.integers(min_value=0, max_value=2**31 - 1))
def test_many_paths_at_once_equal_the_same_paths_one_by_one(n_paths, seed):
    plan = make_plan(WORKED, today=TODAY)
    rng = np.random.default_rng(seed)
    shape = (n_paths, plan.n_years)
    returns = rng.normal(0.06, 0.02, shape)
    growth = rng.normal(0.05, 0.02, shape)
    inflation = rng.normal(0.03, 0.01, shape)
    due = np.broadcast_to(plan.due, (n_paths,) + plan.due.shape) & (rng.random((n_paths,) + plan.due.shape) > 0.1)
    together = simulate(plan, returns, growth, inflation, due=due)
    for p in range(n_paths):
        alone = simulate(plan, returns[p:p + 1], growth[p:p + 1], inflation[p:p + 1], due=due[p:p + 1])
        np.testing.assert_allclose(together.closing[p], alone.closing[0], rtol=1e-12)
        np.testing.assert_allclose(together.closing_real[p], alone.closing_real[0], rtol=1e-12)


def test_one_path_of_simulate_is_the_deterministic_projection():
    plan = make_plan(WORKED, today=TODAY)
    arrays = simulate(plan, *constant_paths(plan, 3))
    r = project(WORKED, today=TODAY)
    for p in range(3):
        assert arrays.closing[p, -1] == pytest.approx(r.balance_at_claim, rel=1e-12)
