"""Plain data of the JHT planner: frozen dataclasses, standard library only.

Amounts read from a statement are kept exact as :class:`decimal.Decimal` rupiah;
floats appear only in projection results, which come out of the numeric engine.
"""
from models.member import Beneficiary, Card, Member, Relation, Segment
from models.statement import Contribution, Finding, Severity, StatementYear, period_str
from models.projection import (
    Assumptions,
    CareerBreak,
    ProjectionResult,
    ProjectionYear,
    RuleUse,
    WageChange,
)

__all__ = [
    "Assumptions",
    "Beneficiary",
    "Card",
    "CareerBreak",
    "Contribution",
    "Finding",
    "Member",
    "ProjectionResult",
    "ProjectionYear",
    "Relation",
    "RuleUse",
    "Segment",
    "Severity",
    "StatementYear",
    "WageChange",
    "period_str",
]
