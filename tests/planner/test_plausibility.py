"""Unusual what-if values are allowed and said so; a result resting on one carries a note."""
from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest
from hypothesis import given
from hypothesis import strategies as st

from models import Assumptions
from planner.adequacy import adequacy_for
from planner.plausibility import adequacy_notes, highest_declared_return, note_text, unusual_assumptions
from planner.projection import project
from planner.rules import RuleUsage, load_rules

TODAY = dt.date(2025, 3, 1)
BASE = Assumptions(balance=38_887_665.97, as_of=dt.date(2024, 12, 31), birth_date=dt.date(1990, 2, 1),
                   wage=8_100_000)


def test_the_highest_declared_return_comes_from_the_rules():
    assert highest_declared_return(load_rules()) == pytest.approx(0.0783)


def test_ordinary_values_have_no_note():
    rules = load_rules()
    assert unusual_assumptions(replace(BASE, annual_return=0.06, wage_growth=0.05), rules, TODAY) == ()
    assert unusual_assumptions(BASE, rules, TODAY) == ()  # defaults


def test_the_issue_s_24_8_percent_return_is_noted_and_so_is_its_adequacy():
    rules = load_rules()
    a = replace(BASE, annual_return=0.248)
    usage = RuleUsage()
    notes = unusual_assumptions(a, rules, TODAY, usage)
    assert [n.code for n in notes] == ["return_above_declared"]
    assert "jht.declared_return" in {u.name for u in usage.uses()}
    assert note_text(notes[0], "id").startswith("Hasil pengembangan 24,8% per tahun lebih tinggi")
    assert "7,8%" in note_text(notes[0], "id") and "7.8%" in note_text(notes[0], "en")
    result = project(a, rules, today=TODAY)
    ratio = adequacy_for(result).ratio
    assert ratio > 1.0  # measured: several times the last wage
    (note,) = adequacy_notes(ratio, notes)
    assert note.code == "adequacy_from_unusual"
    assert "dari upah terakhir" in note_text(note, "id")


def test_wage_growth_above_fifteen_percent_is_noted():
    notes = unusual_assumptions(replace(BASE, wage_growth=0.2), load_rules(), TODAY)
    assert [(n.code, n.limit) for n in notes] == [("growth_above_usual", 0.15)]


@given(st.floats(min_value=-0.5, max_value=1.0), st.floats(min_value=-0.5, max_value=1.0))
def test_a_note_exactly_when_above_the_limit(ret, growth):
    rules = load_rules()
    codes = {n.code for n in unusual_assumptions(replace(BASE, annual_return=ret, wage_growth=growth), rules, TODAY)}
    assert ("return_above_declared" in codes) == (ret > highest_declared_return(rules))
    assert ("growth_above_usual" in codes) == (growth > 0.15)


def test_no_adequacy_note_without_an_unusual_value_or_under_100_percent():
    assert adequacy_notes(1.4, ()) == ()
    assert adequacy_notes(None, ()) == ()
