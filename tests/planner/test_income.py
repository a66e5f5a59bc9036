"""planner.income: checked against sums done by hand, not against the closed form itself."""
from __future__ import annotations

import math

import pytest
from hypothesis import given, strategies as st

from planner.income import monthly_income, todays_rupiah


def test_no_return_no_inflation_is_balance_over_months():
    # Rp 240,000,000 over 20 years = 240 payments of Rp 1,000,000.
    assert monthly_income(240_000_000, 20, 0.0, 0.0) == pytest.approx(1_000_000)


def test_one_year_level_annuity_by_hand():
    # r = 12.6825% a year is exactly 1% a month; 12 end-of-month payments of P:
    # P = B × 0.01 / (1 − 1.01^-12). By hand: 1.01^-12 = 0.887449, so P = B × 0.0888488.
    annual = 1.01 ** 12 - 1
    assert monthly_income(1_000_000, 1, annual, 0.0) == pytest.approx(88_848.79, abs=0.05)


def test_rising_income_pays_back_the_balance_exactly():
    balance, years, r_y, i_y = 500_000_000, 20, 0.06, 0.025
    p = monthly_income(balance, years, r_y, i_y)
    r = (1 + r_y) ** (1 / 12) - 1
    g = (1 + i_y) ** (1 / 12) - 1
    left = balance
    payment = p
    for _ in range(12 * years):  # month by month: earn, then pay
        left = left * (1 + r) - payment
        payment *= 1 + g
    assert left == pytest.approx(0, abs=1e-3)
    # The first payment is smaller than the level annuity's: it has to rise.
    assert p < monthly_income(balance, years, r_y, 0.0)


def test_return_equal_to_inflation():
    assert monthly_income(120_000, 1, 0.05, 0.05) == pytest.approx(120_000 * (1.05 ** (1 / 12)) / 12)


def test_empty_balance_pays_nothing():
    assert monthly_income(0, 20, 0.06, 0.025) == 0.0
    assert monthly_income(1_000, 0, 0.06, 0.025) == 0.0


@given(st.floats(1e3, 1e12), st.integers(1, 40), st.floats(-0.05, 0.25), st.floats(-0.05, 0.3))
def test_income_is_proportional_to_balance(balance, years, r, i):
    one = monthly_income(1.0, years, r, i)
    assert math.isclose(monthly_income(balance, years, r, i), balance * one, rel_tol=1e-9)


def test_todays_rupiah_matches_the_method():
    # projection-method.md worked example: 2.5% for 253 months (2024-12 -> 2046-01).
    assert todays_rupiah(1_025_000, 12, 0.025) == pytest.approx(1_000_000)
    assert todays_rupiah(1_000_000, -12, 0.025) == pytest.approx(1_025_000)
