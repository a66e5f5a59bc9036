"""planner.history: one balance history for the window and the report."""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from models import Card, Member, StatementYear
from planner.baseline import from_statements
from planner.history import balance_history, carry
from planner.importers import read_files
from planner.rules import load_rules
from resources import DEMO_DIR

D = Decimal
MEMBER = Member("CONTOH", dt.date(1990, 2, 1))


def st(kpj, year, opening, iuran, dev, closing=None):
    closing = opening + iuran + dev if closing is None else closing
    return StatementYear(Card(kpj), MEMBER, year, D(opening), D(iuran), D(dev), D(closing))


def test_one_card_sums_by_hand():
    h = balance_history([st("1", 2020, 1000, 600, 70), st("1", 2021, 1670, 600, 110)])
    assert [y.year for y in h] == [2020, 2021]
    assert h[1].total == D(2380) and h[1].base == D(1000)
    assert h[1].cum_contributions == D(1200) and h[1].cum_development == D(180)
    assert h[1].unexplained == 0


def test_an_ended_card_is_carried_with_the_declared_return_then_the_floor():
    rules = load_rules()
    # Card A ends in 2019; 2020 has a declared return (5.59%), 2021 does not (floor 3.68%).
    h = balance_history([st("A", 2019, 0, 1000, 0), st("B", 2020, 0, 500, 0), st("B", 2021, 500, 500, 0)], rules=rules)
    y2020, y2021 = h[1], h[2]
    assert y2020.carried_kpjs == ("A",) and y2020.carried == D("1055.90")
    assert y2021.carried == (D("1055.90") * D("1.0368")).quantize(D("0.01"))
    assert y2021.total == y2021.carried + D(1000)
    assert y2021.unexplained == 0  # carrying's growth is counted as development
    assert carry(D(1000), 2019, 2021, rules)[0] == y2021.carried


def test_a_card_starting_later_adds_its_opening_in_its_first_year():
    h = balance_history([st("A", 2020, 100, 10, 0), st("B", 2021, 50, 10, 0), st("A", 2021, 110, 10, 0)])
    assert h[0].base == D(100) and h[1].base == D(150)
    assert h[1].unexplained == 0


def test_the_last_year_is_the_baselines_balance_on_the_demo():
    results, _ = read_files(sorted(DEMO_DIR.glob("*.pdf")))
    statements = [s for r in results for s in r.statements]
    h = balance_history(statements)
    base = from_statements(statements)
    assert h[-1].as_of == base.as_of
    assert h[-1].total == pytest.approx(base.balance, abs=D("0.01"))
    totals = [y.total for y in h]
    assert totals == sorted(totals)  # the demo member's money never shrinks from one year to the next
