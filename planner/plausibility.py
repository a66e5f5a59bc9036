"""Values outside experience: allowed, but said so.

A return above the highest JHT return ever declared (``jht.declared_return``, all years) or
wage growth above ``plausibility.usual_max_wage_growth`` is not refused (a member may want to
see it), but the window, the CLI and the report show a note saying why it is unusual. A result
that makes little sense because of such a value (income from JHT above the whole last wage)
carries its own note.

    notes = unusual_assumptions(assumptions, rules, today)
    notes += adequacy_notes(adequacy.ratio, notes)
    [note_text(n, "id") for n in notes]
"""
from __future__ import annotations

import datetime as dt

from models import Assumptions
from models.notes import UnusualValue
from planner.format import percent
from planner.rules import RuleUsage, Rules
from planner.texts import tr


def _highest_declared(rules: Rules) -> tuple[dt.date, float]:
    param = rules.parameter("jht.declared_return")
    return max(zip(param.starts, param.values), key=lambda entry: entry[1])


def highest_declared_return(rules: Rules) -> float:
    """The highest JHT return ever declared, over every year in the rules."""
    return _highest_declared(rules)[1]


def unusual_assumptions(a: Assumptions, rules: Rules, on: dt.date,
                        usage: RuleUsage | None = None) -> tuple[UnusualValue, ...]:
    """The assumptions of `a` above experience (defaults, None, are never unusual)."""
    notes = []
    if a.annual_return is not None:
        year, highest = _highest_declared(rules)
        if a.annual_return > highest:
            if usage is not None:  # cited as the year it was declared
                usage.add(rules.parameter("jht.declared_return"), year)
            notes.append(UnusualValue("return_above_declared", a.annual_return, highest))
    if a.wage_growth is not None:
        usual = rules.value("plausibility.usual_max_wage_growth", on, usage)
        if a.wage_growth > usual:
            notes.append(UnusualValue("growth_above_usual", a.wage_growth, usual))
    return tuple(notes)


def adequacy_notes(ratio: float | None, unusual: tuple[UnusualValue, ...]) -> tuple[UnusualValue, ...]:
    """A replacement ratio above 100% of the last wage that rests on an unusual assumption."""
    if ratio is None or ratio <= 1.0 or not unusual:
        return ()
    return (UnusualValue("adequacy_from_unusual", ratio, 1.0),)


def note_text(note: UnusualValue, lang: str = "id") -> str:
    return tr(f"plausibility.{note.code}", lang, value=percent(note.value, lang), limit=percent(note.limit, lang))
