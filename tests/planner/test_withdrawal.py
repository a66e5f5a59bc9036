"""Withdrawal choices: keep, cash out (with a new job), partial claims and their refusals."""
from __future__ import annotations

import dataclasses
import datetime as dt
import shutil

import pytest

from models import Assumptions
from planner import withdrawal as wd
from planner.errors import InvalidInput
from planner.projection import make_plan, project
from planner.rules import Rules, load_rules
from resources import RULES_DIR

TODAY = dt.date(2026, 11, 24)
RULES = load_rules()
BASE = Assumptions(balance=38_887_665.97, as_of=dt.date(2024, 12, 31), birth_date=dt.date(1990, 2, 1),
                   wage=8_100_000, wage_growth=0.05, annual_return=0.06, inflation=0.025, claim_age=56)
FLAT = dataclasses.replace(BASE, wage_growth=0.0, annual_return=0.0, inflation=0.0)
SINCE = dt.date(2015, 3, 1)


def resolved(a):
    return make_plan(a, RULES, TODAY).assumptions


def test_keep_is_the_projection_net_in_todays_rupiah():
    k = wd.keep(BASE, RULES, TODAY)
    p = project(BASE, today=TODAY)
    assert k.at_claim.net_real == pytest.approx(p.net_real, rel=1e-12)
    assert k.value_real == k.at_claim.net_real and k.cost_vs_keep == 0


def test_balance_on_a_new_year_is_the_previous_closing():
    p = project(BASE, today=TODAY)
    for year in (2025, 2030, 2044):
        bal, deflator, k = wd.balance_on(resolved(BASE), dt.date(year + 1, 1, 1), rules=RULES, today=TODAY)
        closing = next(y for y in p.years if y.year == year)
        assert k == 0
        assert bal == pytest.approx(closing.closing, rel=1e-12)
        # Real values count whole months from the as-of month: 1 January is a month after December.
        assert bal / deflator == pytest.approx(closing.closing_real / 1.025 ** (1 / 12), rel=1e-12)


def test_cash_out_by_hand_with_flat_rates():
    # Wage 8,100,000 × 5.7% = 461,700 a month. Resign 15 June 2030: Jan 2025 .. Jun 2030 are due
    # (1 June is before 15 June) = 66 months; paid a month later, 15 July 2030.
    opt = wd.cash_out(FLAT, dt.date(2030, 6, 15), rules=RULES, today=TODAY)
    (pay,) = opt.payments
    gross = 38_887_665.97 + 66 * 461_700
    assert pay.on == dt.date(2030, 7, 15)
    assert pay.gross == pytest.approx(gross)
    assert pay.tax == pytest.approx(0.05 * (gross - 50_000_000))
    assert opt.at_claim is None and opt.value_real == pytest.approx(pay.net)
    # A new job from 1 January 2031 at 5,000,000: Jan 2031 .. Jan 2046 = 181 months × 285,000.
    opt = wd.cash_out(FLAT, dt.date(2030, 6, 15), wd.NewJob(dt.date(2031, 1, 1), 5_000_000), RULES, TODAY)
    new = 181 * 285_000
    assert opt.at_claim.gross == pytest.approx(new)
    assert opt.at_claim.tax == pytest.approx(0.05 * (new - 50_000_000))
    assert opt.value_real == pytest.approx(pay.net + new - opt.at_claim.tax)


def test_cash_out_values_are_deflated_from_the_day_paid():
    opt = wd.cash_out(BASE, dt.date(2030, 6, 15), rules=RULES, today=TODAY)
    (pay,) = opt.payments
    months = (2030 * 12 + 6) - (2024 * 12 + 11)  # December 2024 to July 2030
    assert pay.net_real == pytest.approx(pay.net / 1.025 ** (months / 12), rel=1e-12)
    with pytest.raises(wd.WithdrawalRefused) as info:
        wd.cash_out(BASE, dt.date(2046, 1, 15), rules=RULES, today=TODAY)  # paid 15 Feb, after the claim
    assert info.value.code == "cash_out_after_claim"


def test_partial_claim_keeps_the_rest_earning():
    # 10% on 1 January 2040 (k = 0): the rupiah taken would have grown 1.06 a year in 2040–2045
    # and by 0.06 × 1/12 in January 2046.
    on = dt.date(2040, 1, 1)
    opt = wd.partial_claim(BASE, 10, on, SINCE, rules=RULES, today=TODAY)
    (paid,) = opt.payments
    p = project(BASE, today=TODAY)
    before = next(y for y in p.years if y.year == 2039).closing
    assert paid.gross == pytest.approx(0.10 * before, rel=1e-12)
    growth = 1.06 ** 6 * (1 + 0.06 / 12)
    assert opt.at_claim.gross == pytest.approx(p.balance_at_claim - paid.gross * growth, rel=1e-12)
    assert paid.tax == pytest.approx(max(0.0, 0.05 * (paid.gross - 50_000_000)))
    assert opt.at_claim.tax == pytest.approx(0.05 * (opt.at_claim.gross - 50_000_000))
    # With flat rates nothing grows: what is taken is exactly what is missing at the claim.
    flat = wd.partial_claim(FLAT, 30, dt.date(2033, 5, 20), SINCE, rules=RULES, today=TODAY)
    keep_flat = project(FLAT, today=TODAY).balance_at_claim
    assert flat.payments[0].gross + flat.at_claim.gross == pytest.approx(keep_flat)
    assert flat.details["share"] == pytest.approx(0.30)


def test_partial_claim_can_share_the_tax_free_band(tmp_path):
    for f in RULES_DIR.glob("*.toml"):
        shutil.copy(f, tmp_path / f.name)
    tax = (tmp_path / "tax.toml").read_text(encoding="utf-8")
    (tmp_path / "tax.toml").write_text(tax.replace("value = false", "value = true"), encoding="utf-8")
    rules = Rules.load(tmp_path)
    on = dt.date(2040, 1, 1)
    shared = wd.partial_claim(BASE, 30, on, SINCE, rules=rules, today=TODAY)
    apart = wd.partial_claim(BASE, 30, on, SINCE, rules=RULES, today=TODAY)
    taken, rest = shared.payments[0].gross, shared.at_claim.gross
    assert rest == pytest.approx(apart.at_claim.gross)
    band_tax = lambda x: max(0.0, 0.05 * (x - 50_000_000))  # noqa: E731
    assert shared.at_claim.tax == pytest.approx(band_tax(taken + rest) - band_tax(taken))
    assert apart.at_claim.tax == pytest.approx(band_tax(rest))
    assert shared.at_claim.tax >= apart.at_claim.tax


@pytest.mark.parametrize("kw, code", [
    (dict(member_since=dt.date(2020, 1, 1), on=dt.date(2029, 12, 1)), "partial_too_early"),
    (dict(previous_claim=dt.date(2026, 1, 5)), "partial_twice"),
    (dict(share_pct=20), "partial_share"),
    (dict(member_since=None), "partial_needs_membership"),
    (dict(on=dt.date(2047, 1, 1)), "partial_date"),
])
def test_partial_claim_refusals_explain_why(kw, code):
    args = dict(share_pct=10, on=dt.date(2035, 1, 1), member_since=SINCE, previous_claim=None)
    args.update(kw)
    with pytest.raises(wd.WithdrawalRefused) as info:
        wd.partial_claim(BASE, args["share_pct"], args["on"], args["member_since"], args["previous_claim"],
                         RULES, TODAY)
    assert info.value.code == code
    assert info.value.text("id").endswith(".") and info.value.text("en").endswith(".")
    assert info.value.text("id") != info.value.text("en")


def test_ten_years_to_the_day():
    since = dt.date(2020, 1, 1)
    with pytest.raises(wd.WithdrawalRefused) as info:
        wd.partial_claim(BASE, 10, dt.date(2029, 12, 31), since, rules=RULES, today=TODAY)
    assert "1 Januari 2030" in info.value.text("id") and "10" in info.value.text("en")
    assert wd.partial_claim(BASE, 10, dt.date(2030, 1, 1), since, rules=RULES, today=TODAY).payments


def test_compare_side_by_side_with_costs_and_refusals():
    c = wd.compare(BASE, cash_out_on=dt.date(2030, 6, 15), partial_pct=30, partial_on=dt.date(2035, 1, 1),
                   member_since=SINCE, rules=RULES, today=TODAY)
    keep, cash, part = c.options
    assert (keep.kind, cash.kind, part.kind) == ("keep", "cash_out", "partial")
    for o in (cash, part):
        assert o.cost_vs_keep == pytest.approx(keep.value_real - o.value_real)
        assert o.cost_vs_keep > 0  # the return (6%) beats inflation (2.5%): early money is worth less
    assert cash.cost_vs_keep > part.cost_vs_keep
    again = wd.compare(BASE, partial_pct=10, partial_on=dt.date(2035, 1, 1), member_since=SINCE,
                       previous_partial=dt.date(2030, 1, 1), rules=RULES, today=TODAY)
    assert again.options[1].refused and again.options[1].refusal.code == "partial_twice"
    js = wd.comparison_json(again)
    assert js["options"][1]["refused"]["en"] and js["options"][1]["value_real"] is None
    with pytest.raises(InvalidInput):
        wd.compare(BASE, partial_pct=10, rules=RULES, today=TODAY)


@pytest.mark.parametrize("text, expected", [
    ("03-2015", dt.date(2015, 3, 1)), ("2015-03", dt.date(2015, 3, 1)), ("2015-03-17", dt.date(2015, 3, 17))])
def test_member_since_as_printed(text, expected):
    assert wd.parse_member_since(text) == expected
    with pytest.raises(InvalidInput):
        wd.parse_member_since("kemarin")


def test_cli_withdrawal_json(capsys):
    import json

    from planner.cli import main

    args = ["project", "--balance", "38887665.97", "--as-of", "2024-12-31", "--birth-date", "1990-02-01",
            "--wage", "8100000", "--wage-growth", "0.05", "--return", "0.06", "--inflation", "0.025", "--json",
            "--cash-out-date", "2030-06-15", "--new-job-date", "2031-01-01", "--new-job-wage", "9000000",
            "--partial", "10", "--partial-date", "2026-01-01", "--member-since", "2020-01"]
    assert main(args) == 0
    out = json.loads(capsys.readouterr().out)["withdrawal"]
    keep, cash, part = out["options"]
    assert keep["kind"] == "keep" and keep["value_real"] == pytest.approx(
        project(BASE, today=dt.date.today()).net_real, rel=1e-9)
    assert cash["payments"][0]["date"] == "2030-07-15" and cash["at_claim"]["gross"] > 0
    assert cash["cost_vs_keep"] == pytest.approx(keep["value_real"] - cash["value_real"])
    assert part["refused"]["code"] == "partial_too_early" and "2030" in part["refused"]["id"]
    assert set(out["convention"]) == {"id", "en"}
