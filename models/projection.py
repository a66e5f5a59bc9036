"""Assumptions that drive a projection, and what it produces."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from models.member import Segment


@dataclass(frozen=True, slots=True)
class CareerBreak:
    """`months` months without contribution, starting with the month of `start`."""

    start: dt.date
    months: int


@dataclass(frozen=True, slots=True)
class WageChange:
    """From the month of `on`, the monthly wage is `wage`; it grows from there."""

    on: dt.date
    wage: float


@dataclass(frozen=True, slots=True)
class Assumptions:
    """Everything a projection needs. Rates are fractions (0.05 = 5%).

    None for a rate or an age means "the default from the rules files".
    """

    balance: float
    as_of: dt.date
    birth_date: dt.date
    wage: float  # monthly wage (or declared income for BPU) at the as-of date
    wage_growth: float | None = None
    annual_return: float | None = None
    inflation: float | None = None
    claim_age: int | None = None
    stop_age: int | None = None
    segment: Segment = Segment.PU
    career_break: CareerBreak | None = None
    wage_change: WageChange | None = None


@dataclass(frozen=True, slots=True)
class RuleUse:
    """One rule parameter a result depended on, with its provenance."""

    name: str
    value: object
    effective: dt.date
    unit: str
    reference: str
    confidence: str
    last_verified: dt.date


@dataclass(frozen=True, slots=True)
class ProjectionYear:
    year: int
    age: int  # age on 31 December of the year (or at claim in the claim year)
    opening: float
    contributions: float
    development: float
    closing: float
    closing_real: float
    wage: float  # monthly wage in the last contributing month of the year (0 if none)
    months: int  # months with a contribution


@dataclass(frozen=True, slots=True)
class ProjectionResult:
    assumptions: Assumptions  # with every default filled in
    claim_date: dt.date
    stop_date: dt.date
    years: tuple[ProjectionYear, ...]
    balance_at_claim: float
    balance_at_claim_real: float
    tax: float
    net: float
    rules: tuple[RuleUse, ...] = ()
    warnings: tuple[str, ...] = ()

    @property
    def net_real(self) -> float:
        if self.balance_at_claim == 0:
            return 0.0
        return self.net * self.balance_at_claim_real / self.balance_at_claim
