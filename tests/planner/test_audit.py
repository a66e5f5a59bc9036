"""The audit, each finding on a case checked by hand."""
from __future__ import annotations

import datetime as dt
from dataclasses import replace
from decimal import Decimal as D

import pytest

from models import Card, Contribution, Member, Severity, StatementYear
from planner.audit import (
    AMOUNT_TOLERANCE,
    RETURN_TOLERANCE,
    FINDING_CODES,
    audit_cards,
    audit_statement,
    effective_return,
    finding_message,
)
from planner.rules import load_rules

RULES = load_rules()
CARD = Card("19000012345", "PT CONTOH", "NN000001")
MEMBER = Member("BUDI CONTOH", dt.date(1990, 2, 1), "3171010102900001")


def row(year, month, wage=5_000_000, rapel=0, paid=None, employer=None, worker=None, posted=None):
    """A row as BPJS would print it: 3.7% + 2.0% of 5,000,000 = 185,000 + 100,000 (by hand)."""
    base = D(wage) + D(rapel)
    ny, nm = (year, month + 1) if month < 12 else (year + 1, 1)
    paid = paid or dt.date(ny, nm, 10)
    return Contribution(
        period=(year, month), paid_on=paid, posted_on=posted or paid + dt.timedelta(days=2),
        wage=D(wage), rapel=D(rapel),
        jht_employer=D(employer) if employer is not None else base * D("0.037"),
        jht_worker=D(worker) if worker is not None else base * D("0.020"),
        jp_employer=base * D("0.02"), jp_worker=base * D("0.01"))


def statement(year=2021, rows=(), opening=D(10_000_000), development=D(650_000), closing=None,
              contributions=None, jumlah="auto", kpj=CARD.kpj):
    rows = tuple(rows)
    contributions = sum((r.jht_total for r in rows), D(0)) if contributions is None else D(contributions)
    closing = opening + contributions + development if closing is None else D(closing)
    if jumlah == "auto":
        jumlah = tuple(sum((getattr(r, f) for r in rows), D(0))
                       for f in ("jht_employer", "jht_worker", "jp_employer", "jp_worker"))
    return StatementYear(replace(CARD, kpj=kpj), MEMBER, year, D(opening), contributions, D(development),
                         closing, rows, jumlah=jumlah)


def codes(st, **kw):
    return [f.code for f in audit_statement(st, RULES, **kw).findings]


def test_hand_rows_are_what_the_rules_say():
    r = row(2021, 1)
    assert (r.jht_employer, r.jht_worker) == (D("185000.000"), D("100000.000"))
    assert AMOUNT_TOLERANCE == 1 and RETURN_TOLERANCE == 0.0025


def test_a_clean_statement_has_no_findings():
    st = statement(rows=[row(2021, m) for m in (1, 2, 3)])
    assert codes(st) == []
    assert audit_cards([st]) == []


def test_summary_mismatch_beyond_one_rupiah():
    rows = [row(2021, 1)]
    # 10,000,000 + 285,000 + 650,000 = 10,935,000
    assert codes(statement(rows=rows, closing=D("10935000.90"))) == []
    found = audit_statement(statement(rows=rows, closing=D("10935002.00")), RULES).findings
    assert [f.code for f in found] == ["summary_mismatch"]
    assert found[0].severity == Severity.ERROR and found[0].year == 2021
    assert "10.935.000,00" in found[0].message and "10.935.002,00" in found[0].message
    assert "19000012345" not in found[0].message  # the card number is masked


def test_total_mismatch_and_iuran_mismatch():
    rows = [row(2021, 1), row(2021, 2)]
    good = statement(rows=rows)
    bad_jumlah = replace(good, jumlah=(D(370_000), D(200_000), D(200_000), D(99_000)))  # JP TK should be 100,000
    found = audit_statement(bad_jumlah, RULES).findings
    assert [f.code for f in found] == ["total_mismatch"]
    assert "Iuran JP TK" in found[0].message
    bad_iuran = statement(rows=rows, contributions=D(560_000))  # rows: 570,000
    assert codes(bad_iuran) == ["iuran_mismatch"]


def test_rate_mismatch_tolerates_one_rupiah_a_part():
    assert codes(statement(rows=[row(2021, 1, employer=185_001)])) == []
    found = audit_statement(statement(rows=[row(2021, 1), row(2021, 2, worker=98_000)]), RULES).findings
    assert [(f.code, f.periods) for f in found] == [("rate_mismatch", ("2021-02",))]
    assert "3,7%" in found[0].message and "2%" in found[0].message


def test_rate_check_counts_back_pay():
    back_pay = row(2021, 2, wage=0, rapel=1_000_000)  # 37,000 + 20,000
    assert (back_pay.jht_employer, back_pay.jht_worker) == (D(37_000), D(20_000))
    assert codes(statement(rows=[row(2021, 2), back_pay])) == []
    wrong = replace(back_pay, jht_employer=D(0), jht_worker=D(0))
    assert codes(statement(rows=[row(2021, 2), wrong])) == ["rate_mismatch"]


def test_late_payment_after_the_fifteenth_of_the_next_month():
    on_time = row(2021, 3, paid=dt.date(2021, 4, 15))
    late = row(2021, 4, paid=dt.date(2021, 5, 16))
    december = row(2021, 12, paid=dt.date(2022, 1, 20))
    found = audit_statement(statement(rows=[on_time, late, december]), RULES).findings
    assert [(f.code, f.periods) for f in found] == [("late_payment", ("2021-04", "2021-12"))]
    # the deadline day is an [R] rule: the message says it is not confirmed
    assert "belum dipastikan" in found[0].message
    en = audit_statement(statement(rows=[late]), RULES, lang="en").findings[0].message
    assert "not yet confirmed" in en and "day 15" in en


def test_back_pay_rows_are_not_late_payments():
    back_pay = row(2021, 1, wage=0, rapel=500_000, paid=dt.date(2021, 6, 10))
    assert codes(statement(rows=[row(2021, 1), back_pay])) == []


def test_underreported_wage_counts_back_pay_of_the_same_month():
    rows = [row(2021, 1), row(2021, 2), row(2021, 2, wage=0, rapel=1_000_000), row(2021, 3)]
    found = audit_statement(statement(rows=rows), RULES, declared_wage=D(6_000_000)).findings
    assert [(f.code, f.periods) for f in found] == [("underreported_wage", ("2021-01", "2021-03"))]
    assert "Rp 6.000.000,00" in found[0].message
    assert codes(statement(rows=rows), declared_wage=D(5_000_000)) == []
    assert codes(statement(rows=rows), declared_wage=None) == []


def test_effective_return_by_hand():
    st = statement(rows=[row(2021, 1), row(2021, 3)], development=D(650_000))
    # 10,000,000 + 285,000 × 11/12 + 285,000 × 9/12 = 10,475,000; r = 650,000 / 10,475,000
    assert effective_return(st) == pytest.approx(650_000 / 10_475_000, rel=1e-12)
    # December 2020's contribution posted in February 2021 earns from February: weight 10/12
    december = row(2020, 12, posted=dt.date(2021, 2, 3))
    st2 = replace(st, rows=st.rows + (december,))
    assert effective_return(st2) == pytest.approx(650_000 / 10_712_500, rel=1e-12)
    assert audit_statement(st2, RULES).effective_return == effective_return(st2)
    assert effective_return(statement(rows=[], opening=D(0), development=D(0))) is None


def test_return_vs_declared_when_a_declared_return_is_known():
    declared = RULES.parameter("jht.declared_return").for_year(2020)
    assert declared is not None
    # no rows: r = development / opening
    near = statement(year=2020, rows=[], opening=D(10_000_000), development=D(10_000_000) * D(str(declared + 0.002)))
    far = statement(year=2020, rows=[], opening=D(10_000_000), development=D(10_000_000) * D(str(declared + 0.004)))
    assert codes(near) == []
    found = audit_statement(far, RULES).findings
    assert [f.code for f in found] == ["return_vs_declared"] and found[0].severity == Severity.INFO
    assert "5,59%" in found[0].message
    unknown = replace(far, year=2018)
    assert RULES.parameter("jht.declared_return").for_year(2018) is None
    assert codes(unknown) == []


def test_chain_break_between_years_of_a_card():
    a = statement(year=2021, rows=[row(2021, m) for m in range(1, 13)])
    b = statement(year=2022, rows=[row(2022, m) for m in range(1, 13)], opening=a.closing)
    assert audit_cards([b, a]) == []
    broken = replace(b, opening=a.closing - D(5_000))
    found = audit_cards([a, broken])
    assert [(f.code, f.year, f.kpj) for f in found] == [("chain_break", 2021, CARD.kpj)]
    assert "2022" in found[0].message
    other_card = replace(broken, card=replace(CARD, kpj="23000067890"))
    assert [f.code for f in audit_cards([a, other_card])] == []


def test_missing_months_over_the_span_of_a_card():
    a = statement(year=2021, rows=[row(2021, 1), row(2021, 2), row(2021, 5)])
    b = statement(year=2022, rows=[row(2022, 1)], opening=a.closing)
    found = audit_cards([a, b])
    assert [f.code for f in found] == ["missing_months"]
    assert found[0].periods == ("2021-03", "2021-04", "2021-06", "2021-07", "2021-08", "2021-09",
                                "2021-10", "2021-11", "2021-12")
    assert "9 bulan" in found[0].message


def test_duplicate_statement_of_the_same_card_and_year():
    a = statement(rows=[row(2021, 1)])
    assert audit_cards([a, a]) == []
    assert [f.code for f in audit_cards([a, replace(a, closing=a.closing + 10)])] == ["duplicate_statement"]


def test_every_message_exists_in_both_languages():
    params = dict(kpj="190•••345", year=2021, next_year=2022, opening="a", iuran="b", development="c",
                  expected="d", closing="e", diff="f", column="g", printed="h", summed="i",
                  rate_employer="j", rate_worker="k", periods="2021-01", day=15, wage="l",
                  effective="m", declared="n", count=1)
    for code in FINDING_CODES:
        id_text = finding_message(code, "id", **params)
        en_text = finding_message(code, "en", **params)
        assert id_text and en_text and id_text != en_text and "{" not in id_text + en_text
