"""The replacement ratio by hand."""
from __future__ import annotations

import datetime as dt

import pytest

from models import Assumptions
from planner.adequacy import adequacy, adequacy_for, adequacy_json, last_wage_real
from planner.errors import InvalidInput
from planner.jp import JPInput, jp_benefit
from planner.projection import make_plan, project
from planner.rules import load_rules

TODAY = dt.date(2026, 11, 24)
RULES = load_rules()


def annuity_payment(balance, years, r, i):
    """A level-in-real-terms monthly income, written out from the sum it pays."""
    rm, gm, n = (1 + r) ** (1 / 12) - 1, (1 + i) ** (1 / 12) - 1, 12 * years
    return balance / sum((1 + gm) ** (k - 1) / (1 + rm) ** k for k in range(1, n + 1))


def test_ratio_by_hand_with_jp():
    a = adequacy(300_000_000, 10_000_000, annual_return=0.06, inflation=0.025, jp_monthly_real=2_000_000,
                 payout_years=20, target=0.6, rules=RULES, today=TODAY)
    jht = annuity_payment(300_000_000, 20, 0.06, 0.025)
    assert a.jht_income == pytest.approx(jht, rel=1e-9)
    assert a.ratio == pytest.approx((jht + 2_000_000) / 10_000_000, rel=1e-9)
    assert a.ilo_min == RULES.value("macro.ilo_min_replacement", TODAY)
    assert a.meets_ilo is (a.ratio >= a.ilo_min) and a.meets_target is (a.ratio >= 0.6)
    pct = f"{a.ratio * 100:.0f}%"
    assert f"cukup untuk sekitar {pct} dari gaji terakhir" in a.text_id
    assert f"enough for about {pct} of the last wage" in a.text_en
    assert "JHT dan JP" in a.text_id and "target" in a.text_en


def test_jht_only_below_the_ilo_minimum_and_no_interest():
    # No return and no inflation: the income is balance / months.
    a = adequacy(120_000_000, 5_000_000, annual_return=0.0, inflation=0.0, payout_years=10, rules=RULES, today=TODAY)
    assert a.jht_income == pytest.approx(1_000_000)
    assert a.ratio == pytest.approx(0.2) and a.meets_ilo is False and a.meets_target is None
    assert "sekitar 20%" in a.text_id and "di bawah" in a.text_id and "below" in a.text_en


def test_jp_lump_sum_joins_the_capital():
    a = adequacy(100_000_000, 5_000_000, annual_return=0.0, inflation=0.0, jp_lump_sum_real=20_000_000,
                 payout_years=10, rules=RULES, today=TODAY)
    assert a.jht_income == pytest.approx(1_000_000) and a.jp_income == 0 and a.jp_lump_sum_added


def test_for_a_projection_and_jp_result():
    w = Assumptions(balance=38_887_665.97, as_of=dt.date(2024, 12, 31), birth_date=dt.date(1990, 2, 1),
                    wage=8_100_000, wage_growth=0.05, annual_return=0.06, inflation=0.025)
    r = project(w, today=TODAY)
    # Last contribution January 2046 at 8,100,000 × 1.05^22 (22 raises, 2025..2046), deflated
    # as the 2046 row is.
    last = r.years[-1]
    assert last_wage_real(r) == pytest.approx(8_100_000 * 1.05 ** 22 * last.closing_real / last.closing)
    a = make_plan(w, RULES, TODAY).assumptions
    jp = jp_benefit(a.birth_date, JPInput(100, a.as_of, a.wage), wage_growth=0.05, inflation=0.025,
                    annual_return=0.06, stop_date=r.stop_date, rules=RULES, today=TODAY)
    ad = adequacy_for(r, jp, rules=RULES, today=TODAY)
    assert ad.payout_years == RULES.value("macro.payout_years", TODAY)
    expected = (annuity_payment(r.net_real, ad.payout_years, 0.06, 0.025) + jp.monthly_benefit_real) / last_wage_real(r)
    assert ad.ratio == pytest.approx(expected, rel=1e-9)
    assert adequacy_json(ad)["text"]["id"] == ad.text_id


def test_no_wage_and_bad_input():
    a = adequacy(1e8, 0.0, annual_return=0.06, inflation=0.025, rules=RULES, today=TODAY)
    assert a.ratio is None and a.meets_ilo is None
    with pytest.raises(InvalidInput):
        adequacy(1e8, 1e6, annual_return=0.06, inflation=0.025, payout_years=0, rules=RULES, today=TODAY)


def test_cli_adequacy_always_there(capsys):
    import json

    from planner.cli import main

    args = ["project", "--balance", "38887665.97", "--as-of", "2024-12-31", "--birth-date", "1990-02-01",
            "--wage", "8100000", "--wage-growth", "0.05", "--return", "0.06", "--inflation", "0.025"]
    assert main(args + ["--json", "--payout-years", "15", "--replacement-target", "0.5"]) == 0
    out = json.loads(capsys.readouterr().out)["adequacy"]
    assert out["payout_years"] == 15 and out["target"] == 0.5 and out["meets_target"] is (out["ratio"] >= 0.5)
    assert main(args + ["--lang", "en"]) == 0
    assert "enough for about" in capsys.readouterr().out
