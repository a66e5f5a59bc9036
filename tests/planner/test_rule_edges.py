"""The rule edges of issue 12, each reproduced with the issue's own command, then held.

Each test runs the command line in-process (planner.cli.main) as the issue did and checks the
figure that was wrong against shared/domain/jht-rules.md.
"""
from __future__ import annotations

import dataclasses
import importlib
import datetime as dt
import json

import pytest
from hypothesis import given, settings, strategies as st

from models import Assumptions, Segment, WageChange
from planner.adequacy import adequacy_for
from planner.cli import main
from planner import jp as jpm
from planner import montecarlo as mc
from planner.errors import InvalidInput
from planner.projection import make_plan, project
from planner.rules import load_rules

RULES = load_rules()
TODAY = dt.date(2026, 11, 24)
FLOOR = RULES.value("jht.bpu_min_income", TODAY)


def cli_json(capsys, *argv: str) -> tuple[dict, str]:
    assert main([*argv, "--json"]) == 0
    out = capsys.readouterr()
    return json.loads(out.out), out.err


def cli_refusal(capsys, *argv: str) -> str:
    assert main(list(argv)) == 2
    out = capsys.readouterr()
    assert out.out == "" and "Traceback" not in out.err and out.err.count("\n") == 1
    return out.err


BPU = ("project", "--balance", "0", "--as-of", "2025-12-31", "--birth-date", "1990-01-01", "--segment", "BPU")


def test_bpu_income_never_under_the_floor_in_any_projected_year(capsys):
    # Issue: --wage 1000000 --wage-growth -0.05 gave Rp19.000 a month in 2026 (2% of 950.000).
    d, _ = cli_json(capsys, *BPU, "--wage", "1000000", "--wage-growth", "-0.05")
    rate = RULES.value("jht.rate_bpu", TODAY)
    for y in d["years"]:
        if y["months"]:
            assert y["wage"] >= FLOOR
            assert y["contributions"] == pytest.approx(rate * FLOOR * y["months"])
    # Above the floor the income still falls with negative growth, down to the floor.
    d, _ = cli_json(capsys, *BPU, "--wage", "1500000", "--wage-growth", "-0.05")
    wages = [y["wage"] for y in d["years"] if y["months"]]
    assert wages[0] == pytest.approx(1_425_000) and min(wages) == FLOOR and wages == sorted(wages, reverse=True)
    # The Monte Carlo's drawn growth is floored the same way (one engine).
    a = Assumptions(0.0, dt.date(2025, 12, 31), dt.date(1990, 1, 1), 1_000_000.0, wage_growth=-0.05,
                    annual_return=0.06, inflation=0.025, segment=Segment.BPU)
    bands = mc.run_monte_carlo(a, paths=200, seed=3, spreads=mc.Spreads(0.0, 0.05, 0.0), rules=RULES, today=TODAY)
    assert bands.at_claim_nominal[0] >= project(a, RULES, TODAY).balance_at_claim * (1 - 1e-12)


def test_a_bpu_wage_change_under_the_floor_is_refused(capsys):
    base = (*BPU, "--wage", "2000000", "--wage-change-date", "2027-01-01")
    assert "Rp 1.000.000" in cli_refusal(capsys, *base, "--wage-change", "900000")
    assert "Rp 1,000,000" in cli_refusal(capsys, *base, "--wage-change", "900000", "--lang", "en")
    d, _ = cli_json(capsys, *base, "--wage-change", "0")  # stopping payment is allowed
    assert all(y["contributions"] == 0 for y in d["years"] if y["year"] >= 2027)
    # A wage earner (PU) has no such floor.
    a = Assumptions(0.0, dt.date(2025, 12, 31), dt.date(1990, 1, 1), 2_000_000.0,
                    wage_change=WageChange(dt.date(2027, 1, 1), 900_000.0))
    assert project(a, RULES, TODAY).years[1].wage == 900_000


def test_no_jp_for_bpu_members(capsys):
    # Issue: --segment BPU --jp-months 100 gave a JP pension, counted in adequacy.
    err = cli_refusal(capsys, *BPU, "--wage", "3000000", "--jp-months", "100")
    assert "BPU" in err and "JP" in err
    a = make_plan(Assumptions(0.0, dt.date(2025, 12, 31), dt.date(1990, 1, 1), 3_000_000.0, segment=Segment.BPU),
                  RULES, TODAY).assumptions
    with pytest.raises(InvalidInput) as exc:
        jpm.jp_for_assumptions(a, 100, rules=RULES, today=TODAY)
    assert exc.value.code == "jp_bpu"
    d, _ = cli_json(capsys, *BPU, "--wage", "3000000")
    assert d["jp"] is None and d["adequacy"]["jp_income"] == 0


def test_a_return_under_the_legal_floor_is_the_same_in_line_and_bands(capsys):
    # Issue: line Rp339.591.546 with the chosen 3%, bands Rp366.290.220 at the floor, no warning on the line.
    d, err = cli_json(capsys, "project", "--demo", "--return", "0.03", "--paths", "1000", "--seed", "1",
                      "--return-spread", "0", "--growth-spread", "0", "--inflation-spread", "0", "--lang", "en")
    line = d["balance_at_claim"]["nominal"]
    assert all(v == pytest.approx(line, rel=1e-12) for v in d["bands"]["at_claim"]["nominal"].values())
    floor_warnings = [w for w in err.splitlines() if w.startswith("Warning: ") and "legal floor" in w]
    assert len(floor_warnings) == 1 and "3.00%" in floor_warnings[0] and "3.68%" in floor_warnings[0]
    assert any("legal floor" in w for w in d["warnings"])


def test_last_wage_is_one_definition_for_adequacy_and_the_target(capsys):
    # Issue: with zero spreads the chance was 1.0 while adequacy's own ratio was 0.081 for a 9% target.
    args = ("project", "--balance", "150000000", "--as-of", "2026-03-15", "--birth-date", "1980-02-29",
            "--wage", "15000000", "--wage-growth", "0.06", "--return", "0.055", "--inflation", "0.03",
            "--claim-age", "58", "--stop-age", "52", "--paths", "200", "--seed", "1",
            "--return-spread", "0", "--growth-spread", "0", "--inflation-spread", "0")
    d, _ = cli_json(capsys, *args, "--target-pct-wage", "0.09")
    ratio = d["adequacy"]["ratio"]
    assert 0.07 < ratio < 0.09 and d["target"]["chance"] == 0.0
    d, _ = cli_json(capsys, *args, "--target-pct-wage", f"{ratio * 0.999}")
    assert d["target"]["chance"] == 1.0
    # And in numbers: the median income needed equals target × adequacy's last wage, in today's rupiah.
    a = Assumptions(150_000_000.0, dt.date(2026, 3, 15), dt.date(1980, 2, 29), 15_000_000.0, wage_growth=0.06,
                    annual_return=0.055, inflation=0.03, claim_age=58, stop_age=52)
    r = project(a, RULES, TODAY)
    ad = adequacy_for(r, rules=RULES, today=TODAY)
    bands = mc.run_monte_carlo(a, paths=5, seed=1, spreads=mc.Spreads(0.0, 0.0, 0.0),
                               target=mc.Target(pct_wage=ad.ratio), rules=RULES, today=TODAY)
    assert bands.target.needed_real_median == pytest.approx(r.net_real, rel=1e-9)


def test_past_jp_months_use_each_years_ceiling_and_say_so(capsys):
    # Issue: months before the first statement were valued at today's wage capped at today's ceiling.
    d, err = cli_json(capsys, "project", "--balance", "50000000", "--as-of", "2024-12-31", "--birth-date",
                      "1990-02-01", "--wage", "15000000", "--jp-months", "100", "--lang", "en")
    assert d["jp"]["past_months_assumed"] == 100
    assert "September 2016 to December 2024" in err and "ceiling" in err
    inp = jpm.JPInput(months_so_far=100, as_of=dt.date(2024, 12, 31), wage=15_000_000.0)
    old_way = jpm.JPInput(months_so_far=100, as_of=dt.date(2024, 12, 31), wage=15_000_000.0,
                          past_wages={(2024, 12): 0.0})  # any known month: the rest are still assumed
    kw = dict(wage_growth=0.05, inflation=0.0, annual_return=0.06, rules=RULES, today=TODAY)
    r = jpm.jp_benefit(dt.date(1990, 2, 1), inp, **kw)
    # 100 months Sep 2016 .. Dec 2024 at the ceilings of those months (all under 15M).
    ceilings = [RULES.value("jp.wage_ceiling", dt.date(2016 + (8 + k) // 12, (8 + k) % 12 + 1, 1)) for k in range(100)]
    assert max(ceilings) == 10_042_300 and min(ceilings) == 7_335_300
    today_capped = jpm.jp_benefit(dt.date(1990, 2, 1), dataclasses.replace(inp, wage=min(ceilings)), **kw)
    assert today_capped.average_indexed_wage < r.average_indexed_wage
    assert r.past_months_assumed == 100 and jpm.jp_benefit(dt.date(1990, 2, 1), old_way, **kw).past_months_assumed == 99
    # More months than JP has existed (July 2015 .. December 2024 = 114) are refused.
    assert "114" in cli_refusal(capsys, "project", "--balance", "50000000", "--as-of", "2024-12-31",
                                "--birth-date", "1990-02-01", "--wage", "15000000", "--jp-months", "115")


def test_every_warning_in_the_chosen_language(capsys):
    args = ("project", "--demo", "--return", "0.03", "--paths", "50", "--seed", "1", "--jp-months", "20")
    assert main([*args, "--lang", "en"]) == 0
    err = capsys.readouterr().err
    warnings = [line for line in err.splitlines() if line.startswith("Warning: ")]
    assert warnings and not any(w in err for w in ("Peringatan", "Angka ini", "Hasil pengembangan", "dianggap"))
    assert main(list(args)) == 0
    err = capsys.readouterr().err
    assert "Peringatan: " in err and not any(w in err for w in ("Warning", "These figures", "taken to be"))


RULES_MODULES = ("projection", "montecarlo", "adequacy", "rules", "format", "errors", "drift", "withdrawal", "jp")


@pytest.mark.parametrize("name", RULES_MODULES)
def test_no_language_branches_in_the_rules_modules(name):
    # Sentences come from the catalog (resources/texts/rules.toml, errors.toml); formats from
    # planner.format.STYLES. A branch on the language is a second copy of a sentence.
    source = importlib.import_module(f"planner.{name}").__file__
    text = open(source, encoding="utf-8").read()
    for branch in ('lang == "en"', 'lang != "en"', 'lang == "id"', 'lang != "id"', '"en" if', "'en' if"):
        assert branch not in text, f"planner/{name}.py branches on the language: {branch}"


@settings(max_examples=40, deadline=None)
@given(wage=st.floats(1_000_000, 5_000_000), growth=st.floats(-0.5, 0.1), change=st.one_of(st.none(), st.floats(0, 3e6)),
       born=st.integers(1975, 2000))
def test_bpu_income_is_at_least_the_floor_for_any_growth(wage, growth, change, born):
    a = Assumptions(0.0, dt.date(2025, 12, 31), dt.date(born, 6, 1), wage, wage_growth=growth, annual_return=0.06,
                    inflation=0.025, segment=Segment.BPU,
                    wage_change=None if change is None else WageChange(dt.date(2030, 1, 1), change))
    try:
        r = project(a, RULES, TODAY)
    except InvalidInput as exc:  # only a change to under the floor (and above 0) is refused
        assert exc.code == "bpu_income_floor" and change is not None and 0 < change < FLOOR
        return
    rate = RULES.value("jht.rate_bpu", TODAY)
    for y in r.years:
        assert y.wage == 0 or y.wage >= FLOOR
        assert y.contributions == 0 or y.contributions >= rate * FLOOR * y.months * (1 - 1e-12)
