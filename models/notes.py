"""Notes the planner attaches to what-if values and results that lie outside experience."""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class UnusualValue:
    """An assumption above what has been seen, or a result that rests on one.

    ``code``: "return_above_declared", "growth_above_usual" or "adequacy_from_unusual";
    ``value`` and ``limit`` are fractions (0.248 = 24,8%). The sentence a member reads comes
    from planner.plausibility.note_text (the catalog, resources/texts/plausibility.toml).
    """

    code: str
    value: float
    limit: float
