from __future__ import annotations

import datetime as dt
from dataclasses import replace
from decimal import Decimal as D

import pytest

from models import Segment
from planner.baseline import NoBaseline, QuickEntry, from_quick_entry, from_statements, to_assumptions
from planner.errors import InvalidInput
from planner.rules import load_rules
from tests.planner.test_store import KPJ_A, KPJ_B, MEMBER, row, rows_only, statement

RULES = load_rules()


def test_two_cards_in_the_same_year_add_up():
    a = statement(KPJ_A, 2023, wage="6000000")
    b = statement(KPJ_B, 2023, opening="2000000.00", wage="4000000", months=range(1, 7))
    base = from_statements([a, b], rules=RULES)
    assert base.balance == a.closing + b.closing
    assert base.as_of == dt.date(2023, 12, 31)
    assert base.wage == D("6000000")  # card B's last regular month (June) is older than A's (December)
    assert base.birth_date == MEMBER.birth_date and base.name == MEMBER.name
    assert [c.kpj for c in base.cards] == [KPJ_A, KPJ_B] and base.notes == ()


def test_card_ending_earlier_is_carried_with_declared_return_then_the_floor():
    old = statement(KPJ_A, 2019)
    new = statement(KPJ_B, 2021)
    base = from_statements([old, new], rules=RULES)
    declared_2020 = D(str(RULES.parameter("jht.declared_return").for_year(2020)))
    assert RULES.parameter("jht.declared_return").for_year(2021) is None
    floor_2021 = D(str(RULES.value("jht.return_floor", dt.date(2021, 12, 31))))
    expected = (old.closing * (1 + declared_2020) * (1 + floor_2021)).quantize(D("0.01"))
    carried = {c.card.kpj: c for c in base.per_card}
    assert carried[KPJ_A].carried == expected and carried[KPJ_A].closing == old.closing
    assert [u[1] for u in carried[KPJ_A].carried_with] == ["jht.declared_return", "jht.return_floor"]
    assert carried[KPJ_B].carried == new.closing
    assert base.balance == expected + new.closing and base.as_of == dt.date(2021, 12, 31)
    assert any(n.code == "card_carried" and "2019" in n.text("en") for n in base.notes)
    assert KPJ_A not in " ".join(n.text("id") for n in base.notes)  # masked


def test_latest_year_of_each_card_is_used():
    years = [statement(KPJ_A, 2022, closing="5000000.00"), statement(KPJ_A, 2023, closing="9000000.00")]
    assert from_statements(years, rules=RULES).balance == D("9000000.00")


def test_last_wage_ignores_back_pay_and_adds_concurrent_jobs():
    a = statement(KPJ_A, 2023, rows=(row(2023, 11, "6000000"), row(2023, 12, "0", rapel="900000")))
    assert from_statements([a], rules=RULES).wage == D("6000000")
    b = statement(KPJ_B, 2023, rows=(row(2023, 11, "2500000"),))
    base = from_statements([a, b], rules=RULES)
    assert base.wage == D("8500000") and any(n.code == "wages_added" for n in base.notes)


def test_rows_only_card_gives_wage_but_not_balance():
    a = statement(KPJ_A, 2023)
    b = rows_only(KPJ_B, 2024, (row(2024, 3, "7000000"),))
    base = from_statements([a, b], rules=RULES)
    assert base.balance == a.closing and base.wage == D("7000000")
    assert any(n.code == "card_without_summary" for n in base.notes)


QUICK = QuickEntry(D("25000000"), dt.date(2025, 6, 30), D("9000000"), dt.date(1991, 5, 5))


def test_quick_entry_alone():
    base = from_quick_entry(QUICK, RULES)
    assert (base.balance, base.as_of, base.wage, base.birth_date, base.source) == \
           (QUICK.saldo, QUICK.saldo_date, QUICK.wage, QUICK.birth_date, "quick_entry")


def test_newer_quick_entry_wins_older_is_ignored():
    st = statement(KPJ_A, 2023)
    newer = from_statements([st], QUICK, RULES)
    assert newer.balance == QUICK.saldo and newer.wage == QUICK.wage and newer.source == "statements+quick_entry"
    older = from_statements([st], replace(QUICK, saldo_date=dt.date(2023, 6, 30)), RULES)
    assert older.balance == st.closing and any(n.code == "quick_entry_older" for n in older.notes)


def test_quick_entry_for_one_of_two_cards_adds_the_other():
    a, b = statement(KPJ_A, 2023), statement(KPJ_B, 2023)
    base = from_statements([a, b], replace(QUICK, kpj=KPJ_A), RULES)
    assert base.balance == QUICK.saldo + b.closing and base.as_of == QUICK.saldo_date


def test_nothing_to_start_from():
    with pytest.raises(NoBaseline):
        from_statements([], None, RULES)


def test_to_assumptions_with_overrides():
    base = from_statements([statement(KPJ_A, 2023)], rules=RULES)
    a = to_assumptions(base)
    assert a.balance == float(base.balance) and a.as_of == base.as_of and a.wage == float(base.wage)
    assert a.wage_growth is None and a.segment == Segment.PU
    b = to_assumptions(base, wage=1.0, balance=2.0, annual_return=0.07, claim_age=None)
    assert (b.wage, b.balance, b.annual_return, b.claim_age) == (1.0, 2.0, 0.07, None)


def test_to_assumptions_needs_a_wage_and_a_birth_date():
    no_rows = replace(statement(KPJ_A, 2023), rows=(), member=replace(MEMBER, birth_date=None))
    base = from_statements([no_rows], rules=RULES)
    with pytest.raises(InvalidInput):
        to_assumptions(base)
    with pytest.raises(InvalidInput):
        to_assumptions(base, wage=5_000_000.0)
    assert to_assumptions(base, wage=5_000_000.0, birth_date=dt.date(1990, 1, 1)).wage == 5_000_000.0


@pytest.mark.parametrize("bad", [
    {"saldo": D("-1")}, {"wage": D("-1")}, {"birth_date": dt.date(2999, 1, 1)},
    {"saldo_date": dt.date(1980, 1, 1)}, {"kpj": "15x"},
])
def test_quick_entry_validation(bad):
    with pytest.raises(InvalidInput):
        replace(QUICK, **bad).validated(today=dt.date(2025, 12, 31))
    assert QUICK.validated(today=dt.date(2025, 12, 31)) is QUICK
