"""Monte Carlo bands: the deterministic path at zero spread, ordered bands, seeds, the floor."""
from __future__ import annotations

import dataclasses
import datetime as dt

import numpy as np
import pytest
from hypothesis import given, settings, strategies as st

from models import Assumptions
from planner import montecarlo as mc
from planner.errors import InvalidInput
from planner.format import percent
from planner.texts import tr
from planner.projection import final_tax, make_plan, project
from planner.rules import load_rules

TODAY = dt.date(2026, 11, 24)
WORKED = Assumptions(balance=38_887_665.97, as_of=dt.date(2024, 12, 31), birth_date=dt.date(1990, 2, 1),
                     wage=8_100_000, wage_growth=0.05, annual_return=0.06, inflation=0.025, claim_age=56)
ZERO = mc.Spreads(0.0, 0.0, 0.0)
SOME = mc.Spreads(0.015, 0.02, 0.01)


def run(**kw):
    kw.setdefault("paths", 2000)
    kw.setdefault("seed", 7)
    kw.setdefault("today", TODAY)
    return mc.run_monte_carlo(kw.pop("assumptions", WORKED), **kw)


def test_zero_spreads_every_percentile_is_the_deterministic_path():
    det = project(WORKED, today=TODAY)
    r = run(spreads=ZERO, paths=50)
    closing = np.array([y.closing for y in det.years])
    closing_real = np.array([y.closing_real for y in det.years])
    for i in range(len(mc.PERCENTILES)):
        np.testing.assert_allclose(r.nominal[i], closing, rtol=1e-12)
        np.testing.assert_allclose(r.real[i], closing_real, rtol=1e-12)
        assert r.at_claim_nominal[i] == pytest.approx(det.balance_at_claim, rel=1e-12)
        assert r.net_at_claim_nominal[i] == pytest.approx(det.net, rel=1e-12)
        assert r.net_at_claim_real[i] == pytest.approx(det.net_real, rel=1e-12)
    assert r.years == tuple(y.year for y in det.years)


def test_positive_spreads_give_ordered_bands_around_the_median():
    r = run(spreads=SOME)
    for arr in (r.nominal, r.real):
        assert np.all(np.diff(arr, axis=0) >= 0)
    lo, mid, hi = r.band(10), r.band(50), r.band(90)
    assert np.all(lo[1:] < mid[1:]) and np.all(mid[1:] < hi[1:])
    assert r.at_claim_nominal[0] < r.at_claim_nominal[2] < r.at_claim_nominal[4]
    assert list(r.net_at_claim_real) == sorted(r.net_at_claim_real)
    # The median path sits near the deterministic one (the floor lifts a few low draws only).
    det = project(WORKED, today=TODAY)
    assert r.at_claim_nominal[2] == pytest.approx(det.balance_at_claim, rel=0.05)
    # Net is below gross wherever the balance is above the tax-free band.
    assert all(n < g for n, g in zip(r.net_at_claim_nominal, r.at_claim_nominal))


def test_same_seed_same_bands_other_seed_other_bands():
    a, b = run(spreads=SOME, seed=123), run(spreads=SOME, seed=123)
    np.testing.assert_array_equal(a.nominal, b.nominal)
    assert a.seed == 123 and a.paths == 2000
    assert (a.spreads.returns, a.spreads.growth, a.spreads.inflation) == (SOME.returns, SOME.growth, SOME.inflation)
    c = run(spreads=SOME, seed=124)
    assert not np.array_equal(a.nominal, c.nominal)
    # Without a seed one is drawn and recorded, and reproduces the result.
    d = run(spreads=SOME, seed=None, paths=300)
    e = run(spreads=SOME, seed=d.seed, paths=300)
    np.testing.assert_array_equal(d.real, e.real)


def test_return_never_below_the_legal_floor():
    rules = load_rules()
    floor = rules.value("jht.return_floor", TODAY)
    plan = make_plan(WORKED, rules, TODAY)
    rng = np.random.default_rng(1)
    returns, growth, inflation, due = mc.draw_paths(plan, 5000, mc.Spreads(0.05, 0.01, 0.01), rng, floor)
    assert returns.min() == pytest.approx(floor) and (returns == floor).mean() > 0.1
    assert due is None and growth.shape == inflation.shape == returns.shape
    # A chosen return below the floor: the bands use it as the line does (issue 12: the line
    # used the chosen rate, the bands the floor), and both say so with the same one warning,
    # in the language asked for.
    low = dataclasses.replace(WORKED, annual_return=floor / 2)
    for lang in ("id", "en"):
        r = run(assumptions=low, spreads=ZERO, paths=20, lang=lang)
        line = project(low, today=TODAY, lang=lang)
        assert r.at_claim_nominal[2] == pytest.approx(line.balance_at_claim, rel=1e-12)
        assert r.return_floor == floor / 2
        said = tr("rules.warning.return_floor", lang, chosen=percent(floor / 2, lang, 2), floor=percent(floor, lang, 2))
        assert said in r.warnings and said in line.warnings
    # At or above the floor: no such warning.
    assert not any("floor" in w for w in project(WORKED, today=TODAY, lang="en").warnings)


def test_career_gaps_cut_contributions_path_by_path():
    plan = make_plan(WORKED, load_rules(), TODAY)
    rng = np.random.default_rng(3)
    due = mc.gap_mask(plan, 400, 1.0, 24, rng)
    # A gap starts every year and lasts two: after the first gap starts, nothing is due.
    flat = due.reshape(400, -1)
    first_gap = np.argmin(flat, axis=1)
    assert all(not flat[p, first_gap[p]:].any() for p in range(400))
    assert first_gap.max() < 12 and mc.gap_mask(plan, 10, 0.0, 6, rng) is None
    # Against a plain loop over the same draws: month t is out if a gap began in (t − 3, t].
    n, months = 300, 3
    due = mc.gap_mask(plan, n, 0.1, months, np.random.default_rng(5))
    rng = np.random.default_rng(5)
    starts = rng.random((n, plan.n_years)) < 0.1
    offsets = rng.integers(0, 12, (n, plan.n_years))
    expected = np.broadcast_to(plan.due, (n,) + plan.due.shape).copy().reshape(n, -1)
    for p in range(n):
        for y in range(plan.n_years):
            if starts[p, y]:
                t0 = y * 12 + offsets[p, y]
                expected[p, t0:t0 + months] = False
    np.testing.assert_array_equal(due.reshape(n, -1), expected)
    assert (due.reshape(n, -1).sum(axis=1) < plan.due.sum()).mean() > 0.5
    with_gaps = run(spreads=dataclasses.replace(ZERO, gap_chance=0.2, gap_months=6))
    without = run(spreads=ZERO)
    assert with_gaps.at_claim_nominal[2] < without.at_claim_nominal[2]
    assert with_gaps.at_claim_nominal[4] <= without.at_claim_nominal[4] + 1e-6


def test_bare_loop_does_the_same_arithmetic():
    rules = load_rules()
    plan = make_plan(WORKED, rules, TODAY)
    floor = rules.value("jht.return_floor", TODAY)
    nominal, real, net = mc._bare_reference(plan, 3000, 11, SOME, floor,
                                            rules.value("tax.final_lump_sum", plan.claim_date))
    r = run(spreads=SOME, seed=11, paths=3000)
    np.testing.assert_allclose(r.nominal, nominal, rtol=1e-10)
    np.testing.assert_allclose(r.real, real, rtol=1e-10)
    np.testing.assert_allclose(r.net_at_claim_nominal, net, rtol=1e-10)


def test_targets_in_todays_and_claim_rupiah_and_as_share_of_wage():
    det = project(WORKED, today=TODAY)
    below, above = mc.Target(det.net_real - 1000), mc.Target(det.net_real + 1000)
    assert run(spreads=ZERO, paths=10, target=below).target.chance == 1.0
    assert run(spreads=ZERO, paths=10, target=above).target.chance == 0.0
    nominal = run(spreads=ZERO, paths=10, target=mc.Target(det.net - 1000, real=False)).target
    assert nominal.chance == 1.0 and nominal.basis == "nominal"
    # A wide spread: the chance is strictly between 0 and 1 and falls as the target rises.
    chances = [run(spreads=SOME, target=mc.Target(det.net_real * f)).target.chance for f in (0.8, 1.0, 1.2)]
    assert 0 < chances[2] < chances[1] < chances[0] < 1
    # Share of the last wage: the needed balance is that share × wage / income per rupiah.
    from planner.income import monthly_income
    t = run(spreads=ZERO, paths=10, target=mc.Target(pct_wage=0.2, payout_years=20)).target
    last_wage = det.years[-1].wage  # January 2046 is paid, so the claim year has a wage
    needed = 0.2 * last_wage / monthly_income(1.0, 20, 0.06, 0.025)
    assert t.basis == "pct_wage" and t.chance == (1.0 if det.net >= needed else 0.0)
    assert t.needed_real_median == pytest.approx(needed * det.balance_at_claim_real / det.balance_at_claim, rel=1e-9)


def test_tax_on_every_path_is_the_final_tax():
    rules = load_rules()
    amounts = np.array([0, 10e6, 50e6, 50e6 + 1, 400e6, 2e9])
    on = dt.date(2046, 2, 1)
    expected = [final_tax(x, on, rules) for x in amounts]
    np.testing.assert_allclose(mc.final_tax_paths(amounts, on, rules), expected)


@pytest.mark.parametrize("kw, code", [
    (dict(paths=0), "paths_range"),
    (dict(paths=mc.MAX_PATHS + 1), "paths_range"),
    (dict(spreads=mc.Spreads(-0.01, 0, 0)), "spread_range"),
    (dict(spreads=mc.Spreads(0, 0, 0, gap_chance=1.5, gap_months=3)), "gap_chance_range"),
    (dict(seed=-1), "seed_range"),
    (dict(target=mc.Target(pct_wage=0.0)), "target_pct_range"),
])
def test_bad_settings_are_plain_sentences(kw, code):
    with pytest.raises(InvalidInput) as info:
        run(**kw)
    assert info.value.code == code and info.value.text("en").endswith(".")


def test_defaults_come_from_the_rules_and_are_reported():
    r = run(paths=100)
    assert r.spreads == mc.default_spreads(load_rules(), TODAY)
    names = {u.name for u in r.rules}
    assert {"macro.return_spread", "macro.growth_spread", "macro.inflation_spread", "jht.return_floor"} <= names
    js = mc.montecarlo_json(r)
    assert js["paths"] == 100 and js["seed"] == 7 and len(js["years"]) == len(r.years)
    assert set(js["at_claim"]) == {"date", "nominal", "real", "net_nominal", "net_real"}


@settings(max_examples=20, deadline=None)
@given(st.floats(0, 0.05), st.floats(0, 0.05), st.floats(0, 0.03), st.integers(0, 2**32))
def test_bands_always_ordered(sr, sg, si, seed):
    r = run(spreads=mc.Spreads(sr, sg, si), paths=200, seed=seed)
    assert np.all(np.diff(r.nominal, axis=0) >= -1e-6)
    assert np.all(np.diff(r.real, axis=0) >= -1e-6)
    assert r.nominal.min() >= 0


CLI = ["project", "--balance", "38887665.97", "--as-of", "2024-12-31", "--birth-date", "1990-02-01",
       "--wage", "8100000", "--wage-growth", "0.05", "--return", "0.06", "--inflation", "0.025", "--json"]


def test_cli_bands_and_target(capsys):
    import json

    from planner.cli import main

    assert main(CLI) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["bands"] is None and out["target"] is None  # no --paths, no simulation
    assert main(CLI + ["--paths", "500", "--seed", "3", "--return-spread", "0", "--growth-spread", "0",
                       "--inflation-spread", "0", "--target", "200000000"]) == 0
    out = json.loads(capsys.readouterr().out)
    bands = out["bands"]
    assert bands["paths"] == 500 and bands["seed"] == 3 and bands["spreads"]["return"] == 0
    assert bands["at_claim"]["nominal"]["p10"] == pytest.approx(out["balance_at_claim"]["nominal"])
    assert bands["at_claim"]["net_nominal"]["p90"] == pytest.approx(out["net"])
    assert out["target"] == {"basis": "real", "chance": 1.0, "amount": 200_000_000, "pct_wage": None,
                             "payout_years": None, "needed_real_median": 200_000_000}
    assert main(CLI + ["--target", "1"]) == 2  # a target needs the simulation
    assert "--paths" in capsys.readouterr().err
