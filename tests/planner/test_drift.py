"""Drift: a newer statement against a saved projection, split into wage and return effects."""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from models import Assumptions, Card, Contribution, Member, StatementYear
from planner.drift import drift, drift_json
from planner.errors import InvalidInput
from planner.projection import project
from planner.rules import load_rules

TODAY = dt.date(2026, 11, 24)
RULES = load_rules()
RATE = RULES.value("jht.rate_employer", TODAY) + RULES.value("jht.rate_worker", TODAY)
SAVED = Assumptions(balance=38_887_665.97, as_of=dt.date(2024, 12, 31), birth_date=dt.date(1990, 2, 1),
                    wage=8_100_000, wage_growth=0.05, annual_return=0.06, inflation=0.025)


def statement(year, opening, wage, r, months=range(1, 13)):
    """A statement year written by the projection method: `wage` paid in `months`, return `r`."""
    c = wage * RATE
    rows = tuple(Contribution((year, m), None, None, Decimal(str(wage)), Decimal(0), Decimal(str(c)), Decimal(0))
                 for m in months)
    paid = c * len(rows)
    dev = opening * r + sum(c * r * (12 - m) / 12 for m in months)
    closing = opening + paid + dev
    y = StatementYear(Card("12345678901"), Member("Contoh"), year, Decimal(str(opening)), Decimal(str(paid)),
                      Decimal(str(dev)), Decimal(str(closing)), rows=rows)
    return y, closing


def test_a_statement_that_matches_has_no_drift():
    y, _ = statement(2025, 38_887_665.97, 8_505_000, 0.06)
    d = drift(SAVED, [y], RULES, TODAY)
    assert d.expected == pytest.approx(project(SAVED, today=TODAY).years[0].closing)
    assert d.difference == pytest.approx(0, abs=1e-3)
    assert d.wage_effect == pytest.approx(0, abs=1e-3) and d.return_effect == pytest.approx(0, abs=1e-3)


def test_a_better_return_is_the_return_effect():
    y, closing = statement(2025, 38_887_665.97, 8_505_000, 0.08)
    d = drift(SAVED, [y], RULES, TODAY)
    assert d.actual_returns[2025] == pytest.approx(0.08)
    assert d.difference == pytest.approx(closing - d.expected)
    assert d.return_effect == pytest.approx(d.difference, rel=1e-9)
    assert d.wage_effect == pytest.approx(0, abs=1e-3) and d.main_cause == "return"
    assert "hasil pengembangan" in d.text_id and "lebih tinggi" in d.text_id and "return" in d.text_en


def test_missed_months_and_a_lower_wage_are_the_wage_effect():
    # Two years: 2025 at a lower wage, 2026 with only 8 months paid. Return as assumed.
    y1, c1 = statement(2025, 38_887_665.97, 7_000_000, 0.06)
    y2, c2 = statement(2026, c1, 7_000_000, 0.06, months=range(1, 9))
    d = drift(SAVED, [y1, y2], RULES, TODAY)
    assert d.on == dt.date(2026, 12, 31) and d.actual == pytest.approx(c2)
    assert d.expected == pytest.approx(project(SAVED, today=TODAY).years[1].closing)
    assert d.difference < 0 and d.main_cause == "wage"
    # The return was as assumed, and the months paid are known: the wage rerun explains it
    # all but the timing of the missing months (paid evenly in the rerun, Jan–Aug here).
    assert d.return_effect == pytest.approx(0, abs=1e-3)
    assert abs(d.other) < 0.02 * abs(d.difference)
    assert d.actual_contributions[2026] == pytest.approx(8 * 7_000_000 * RATE)
    assert drift_json(d)["main_cause"] == "wage" and "lebih rendah" in d.text_id


def test_both_effects_add_up_with_a_small_interaction():
    y, closing = statement(2025, 38_887_665.97, 9_000_000, 0.05)
    d = drift(SAVED, [y], RULES, TODAY)
    assert d.wage_effect > 0 and d.return_effect < 0
    assert d.wage_effect + d.return_effect + d.other == pytest.approx(d.difference)
    assert abs(d.other) < 0.01 * (abs(d.wage_effect) + abs(d.return_effect))


def test_nothing_newer_is_a_plain_sentence():
    y, _ = statement(2024, 30_000_000, 8_100_000, 0.06)
    with pytest.raises(InvalidInput) as info:
        drift(SAVED, [y], RULES, TODAY)
    assert info.value.code == "drift_no_newer"
