"""The reliability suite's quick profile, as CI runs it: about 130 hostile cases replayed
through the command line (tests/reliability/replay.py; docs/reliability.md). About a minute
and 20 s of CPU on one core."""
from __future__ import annotations

import pytest

from tests.reliability.replay import replay


@pytest.fixture(scope="module")
def quick():
    return replay("quick")


def test_no_traceback_and_no_damaged_file(quick):
    summary, outcomes = quick
    print(summary.line())
    assert summary.cases >= 120
    assert summary.outcomes.get("traceback", 0) == 0, [o.case for o in outcomes if o.result == "traceback"]
    assert summary.outcomes.get("unclear", 0) == 0, [o.case for o in outcomes if o.result == "unclear"]
    assert [o.case for o in outcomes if o.damaged] == []


def test_nothing_shown_is_unsafe_or_leaks_an_identifier(quick):
    _summary, outcomes = quick
    assert [o.case for o in outcomes if o.unsafe] == []
    assert [o.case for o in outcomes if o.leaked] == []


def test_every_case_ends_as_expected(quick):
    _summary, outcomes = quick
    assert [o.case for o in outcomes if o.unexpected] == []


def test_the_suite_is_not_vacuous(quick):
    """Each kind of case produced refusals, and good files were read."""
    summary, _ = quick
    for kind in ("csv", "pdf", "name", "special", "write", "database"):
        assert summary.by_kind[kind].get("refusal", 0) > 0, kind
    assert summary.outcomes["success"] >= 30
