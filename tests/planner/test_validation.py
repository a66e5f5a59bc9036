"""Bad input, table-driven: every assumption and quick-entry field refused with one plain sentence.

Over the command line: exit status 2 and exactly one line on stderr, in Indonesian by default
and in English with ``--lang en``. Over the planner functions: an InvalidInput (a UserError)
with a stable code. The ranges are wide (extreme but possible values are accepted) and
bounded (impossible ones are not).
"""
from __future__ import annotations

import datetime as dt
import math
import re

import pytest
from hypothesis import given, settings, strategies as st

from models import Assumptions, CareerBreak, WageChange
from planner.baseline import QuickEntry
from planner.cli import main
from planner.errors import InvalidInput, UserError
from planner.parse import ParseError, parse_date
from planner.projection import AGE_BOUNDS, GROWTH_BOUNDS, INFLATION_BOUNDS, RETURN_BOUNDS, project

TODAY = dt.date.today()
FUTURE = (TODAY + dt.timedelta(days=400)).isoformat()

# A valid quick entry; each case changes some of it.
BASE = {"--balance": "10000000", "--as-of": "2025-06-30", "--birth-date": "1990-02-01", "--wage": "8000000"}

# (flags changed or added, command). Every one must be refused.
CLI_CASES = [
    ({"--as-of": FUTURE}, "project"),  # a balance date in the future
    ({"--birth-date": FUTURE}, "project"),
    ({"--birth-date": "2020-01-01"}, "project"),  # a 5-year-old member
    ({"--birth-date": "1800-01-01"}, "project"),  # past any claim age
    ({"--as-of": "1989-12-31"}, "project"),  # before the birth date
    ({"--as-of": "2010-01-01"}, "project"),  # before the rules the planner knows
    ({"--as-of": "2024-02-30"}, "project"),  # impossible dates
    ({"--as-of": "2023-02-29"}, "project"),
    ({"--birth-date": "1990-13-01"}, "project"),
    ({"--birth-date": "31-04-1990"}, "project"),
    ({"--as-of": "yesterday"}, "project"),
    ({"--balance": "-5000"}, "project"),  # amounts below zero
    ({"--balance": "(5.000)"}, "project"),
    ({"--wage": "-1"}, "project"),
    ({"--balance": "abc"}, "project"),
    ({"--balance": "1e9"}, "project"),
    ({"--balance": ""}, "project"),
    ({"--balance": "999999999999999999"}, "project"),  # beyond any real balance
    ({"--wage": "99999999999999"}, "project"),
    ({"--wage-growth": "-0.6"}, "project"),  # growth below -50%
    ({"--wage-growth": "1.5"}, "project"),
    ({"--wage-growth": "nan"}, "project"),
    ({"--wage-growth": "abc"}, "project"),
    ({"--return": "-0.51"}, "project"),
    ({"--return": "inf"}, "project"),
    ({"--inflation": "-0.9"}, "project"),
    ({"--claim-age": "200"}, "project"),  # ages that cannot be
    ({"--claim-age": "10"}, "project"),
    ({"--claim-age": "fifty"}, "project"),
    ({"--stop-age": "80"}, "project"),
    ({"--claim-age": "50", "--stop-age": "55"}, "project"),  # stop working after the claim
    ({"--break-start": "2025-13", "--break-months": "3"}, "project"),
    ({"--break-start": "2026-01", "--break-months": "-3"}, "project"),
    ({"--break-start": "2026-01", "--break-months": "700"}, "project"),
    ({"--break-months": "6"}, "project"),  # a break without its start
    ({"--wage-change-date": "2025-02-29", "--wage-change": "9000000"}, "project"),
    ({"--wage-change-date": "2024-01-01", "--wage-change": "9000000"}, "project"),  # before the balance date
    ({"--wage-change-date": "2027-01-01", "--wage-change": "-5"}, "project"),
    ({"--wage-change-date": "2027-01-01"}, "project"),  # a change without the new wage
    ({"--segment": "XX"}, "project"),
    ({"--segment": "BPU", "--wage": "100"}, "project"),  # below the lowest BPU income
    ({"--paths": "0"}, "project"),
    ({"--paths": "100", "--return-spread": "-0.1"}, "project"),
    ({"--paths": "100", "--gap-chance": "1.5"}, "project"),
    ({"--target-pct-wage": "-0.4", "--paths": "100"}, "project"),
    ({"--jp-months": "-1", "--jp": None}, "project"),
    ({"--member-since": "2010-13", "--partial": "10", "--partial-date": "2027-01-01"}, "project"),
    ({"--cash-out-date": "2024-02-30"}, "project"),
    ({"--nonsense": None}, "project"),
    ({"--wage": "-1"}, "import"),
    ({"--out": None}, "report"),  # --out needs a file name
]

ID_WORDS = {"tidak", "harus", "bukan", "belum", "paling", "butuh", "wajib", "pakai", "argumen", "boleh", "di", "sudah",
            "tanggal", "saldo", "upah", "usia", "tahun"}
EN_WORDS = {"the", "must", "cannot", "not", "is", "needs", "invalid", "between", "a", "arguments"}


def _argv(changes: dict, command: str) -> list[str]:
    if command == "import":
        argv = ["import", "--dry-run", "--demo"]
    elif command == "report":
        argv = ["report", "--no-bands"] + [x for kv in BASE.items() for x in kv]
    else:
        argv = [command] + [x for kv in BASE.items() for x in kv]
    for flag, value in changes.items():
        if flag in argv:
            i = argv.index(flag)
            argv[i + 1:i + 2] = [] if value is None else [value]
            if value is None:
                del argv[i]
                argv.append(flag)
        else:
            argv += [flag] if value is None else [flag, value]
    return argv


def _run(argv: list[str], capsys) -> tuple[int, str]:
    try:
        code = main(argv)
    except SystemExit as exit_:  # argparse
        code = exit_.code
    captured = capsys.readouterr()
    return code, captured.err


def _words(line: str) -> set[str]:
    return set(re.findall(r"[a-z]+", line.lower()))


@pytest.mark.parametrize("changes,command", CLI_CASES, ids=[f"{c}:{' '.join(f'{k}={v}' for k, v in ch.items())}"
                                                           for ch, c in CLI_CASES])
def test_the_command_line_refuses_with_one_line_in_each_language(changes, command, capsys):
    argv = _argv(changes, command)
    code_id, err_id = _run(argv, capsys)
    code_en, err_en = _run(argv + ["--lang", "en"], capsys)
    assert (code_id, code_en) == (2, 2), (err_id, err_en)
    for err in (err_id, err_en):
        assert err.endswith("\n") and err.count("\n") == 1, err
        assert "Traceback" not in err and len(err) < 400
    line_id, line_en = err_id.strip(), err_en.strip()
    assert line_id != line_en
    assert _words(line_id) & ID_WORDS, line_id
    assert _words(line_en) & EN_WORDS and not _words(line_en) & {"tidak", "harus", "bukan", "belum"}, line_en


def test_the_valid_base_case_runs(capsys):
    """The table's cases fail because of their change, not because the base is bad."""
    assert main(_argv({}, "project")) == 0
    assert main(_argv({"--paths": "100", "--seed": "1"}, "project")) == 0
    capsys.readouterr()


def test_a_partial_claim_of_another_share_is_shown_as_not_allowed(capsys):
    """Not an input error: the comparison says why that choice is not allowed (planner.withdrawal)."""
    argv = _argv({"--partial": "50", "--partial-date": "2027-01-01", "--member-since": "2010-01"}, "project")
    assert main(argv + ["--lang", "en"]) == 0
    assert "can only be 10% or 30%" in capsys.readouterr().out


# --------------------------------------------------------------------------- planner functions

A = Assumptions(balance=10_000_000.0, as_of=dt.date(2025, 6, 30), birth_date=dt.date(1990, 2, 1), wage=8_000_000.0)
AS_OF = A.as_of


def _a(**changes) -> Assumptions:
    from dataclasses import replace

    return replace(A, **changes)


PLANNER_CASES = [
    ("birth_date_future", _a(birth_date=TODAY + dt.timedelta(days=1), as_of=TODAY)),
    ("as_of_future", _a(as_of=TODAY + dt.timedelta(days=30))),
    ("as_of_before_birth", _a(as_of=dt.date(1989, 12, 31))),
    ("as_of_too_early", _a(as_of=dt.date(2015, 6, 30))),
    ("age_too_young", _a(birth_date=dt.date(2015, 1, 1))),
    ("as_of_after_claim", _a(birth_date=dt.date(1950, 1, 1))),
    ("balance_range", _a(balance=-0.01)),
    ("balance_range", _a(balance=math.nan)),
    ("balance_range", _a(balance=math.inf)),
    ("balance_range", _a(balance=1e13)),
    ("wage_range", _a(wage=-1.0)),
    ("wage_range", _a(wage=math.nan)),
    ("wage_range", _a(wage=1e11)),
    ("growth_range", _a(wage_growth=-0.5001)),
    ("growth_range", _a(wage_growth=math.nan)),
    ("return_range", _a(annual_return=1.01)),
    ("inflation_range", _a(inflation=-0.6)),
    ("age_range", _a(claim_age=AGE_BOUNDS[1] + 1)),
    ("age_range", _a(stop_age=AGE_BOUNDS[0] - 1)),
    ("stop_after_claim", _a(claim_age=56, stop_age=57)),
    ("break_months", _a(career_break=CareerBreak(dt.date(2026, 1, 1), -1))),
    ("break_months", _a(career_break=CareerBreak(dt.date(2026, 1, 1), 601))),
    ("wage_change_past", _a(wage_change=WageChange(AS_OF, 9_000_000.0))),
    ("wage_range", _a(wage_change=WageChange(dt.date(2027, 1, 1), -5.0))),
]


@pytest.mark.parametrize("code,assumptions", PLANNER_CASES, ids=[f"{c}-{i}" for i, (c, _) in enumerate(PLANNER_CASES)])
def test_the_projection_refuses_with_a_stable_code(code, assumptions):
    with pytest.raises(InvalidInput) as err:
        project(assumptions)
    assert err.value.code == code
    assert err.value.text("id") != err.value.text("en")
    assert all(err.value.text(lang) and "\n" not in err.value.text(lang) for lang in ("id", "en"))


QUICK = QuickEntry(saldo=__import__("decimal").Decimal("10000000"), saldo_date=AS_OF,
                   wage=__import__("decimal").Decimal("8000000"), birth_date=dt.date(1990, 2, 1))


@pytest.mark.parametrize("code,changes", [
    ("balance_range", {"saldo": QUICK.saldo * -1}),
    ("wage_range", {"wage": QUICK.wage * -1}),
    ("birth_date_future", {"birth_date": TODAY + dt.timedelta(days=1)}),
    ("as_of_future", {"saldo_date": TODAY + dt.timedelta(days=1)}),
    ("as_of_before_birth", {"saldo_date": dt.date(1989, 1, 1)}),
    ("kpj_digits", {"kpj": "19000O12345"}),
])
def test_a_quick_entry_is_checked_before_it_is_saved(code, changes):
    from dataclasses import replace

    with pytest.raises(InvalidInput) as err:
        replace(QUICK, **changes).validated()
    assert err.value.code == code
    assert QUICK.validated() is QUICK


@pytest.mark.parametrize("text", ["2024-02-30", "2023-02-29", "2024-04-31", "2024-13-01", "2024-00-10",
                                  "30-02-2024", "31/06/2024", "00-01-2024", "0000-01-01", "2024-1-1-1", ""])
def test_impossible_dates_are_refused(text):
    with pytest.raises(ParseError):
        parse_date(text)


def test_leap_days_and_month_ends_that_exist_are_read():
    assert parse_date("2024-02-29") == dt.date(2024, 2, 29)
    assert parse_date("31-12-2024") == dt.date(2024, 12, 31)
    assert parse_date("29/02/2000") == dt.date(2000, 2, 29)


def test_other_planner_settings_are_bounded():
    from planner.montecarlo import run_monte_carlo, Target

    for kwargs, code in (({"paths": 0}, "paths_range"), ({"seed": -1}, "seed_range"),
                         ({"target": Target(pct_wage=-0.1), "paths": 10}, "target_pct_range"),
                         ({"target": Target(amount=-1.0), "paths": 10}, "target_range")):
        with pytest.raises(InvalidInput) as err:
            run_monte_carlo(A, **kwargs)
        assert err.value.code == code, kwargs


# --------------------------------------------------------------------------- wide but bounded

@pytest.mark.parametrize("field,bounds", [("wage_growth", GROWTH_BOUNDS), ("annual_return", RETURN_BOUNDS),
                                          ("inflation", INFLATION_BOUNDS)])
def test_rate_bounds_are_inclusive_and_wide(field, bounds):
    lo, hi = bounds
    assert lo <= -0.5 and hi >= 0.5  # a crash year or high inflation can be modelled
    for value in (lo, 0.0, hi):
        project(_a(**{field: value}))
    for value in (lo - 0.001, hi + 0.001):
        with pytest.raises(InvalidInput):
            project(_a(**{field: value}))


def test_extreme_but_possible_members_are_accepted():
    project(_a(balance=0.0, wage=0.0))  # nothing yet, not working now
    project(_a(balance=5e11, wage=5e9))  # a very large balance and wage
    project(_a(birth_date=dt.date(AS_OF.year - AGE_BOUNDS[0] - 1, 1, 1)))  # just old enough
    project(_a(birth_date=dt.date(1970, 7, 1), claim_age=AGE_BOUNDS[1]))  # works on to the oldest claim age
    project(_a(career_break=CareerBreak(dt.date(2026, 1, 1), 0)))


@settings(max_examples=40, deadline=None)
@given(growth=st.floats(allow_nan=True, allow_infinity=True, width=64))
def test_any_growth_is_either_projected_or_refused_plainly(growth):
    lo, hi = GROWTH_BOUNDS
    try:
        result = project(_a(wage_growth=growth))
    except UserError as err:
        assert err.code == "growth_range"
        assert not (lo <= growth <= hi)
    else:
        assert lo <= growth <= hi
        assert math.isfinite(result.balance_at_claim) and result.balance_at_claim >= 0
