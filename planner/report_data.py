"""What one PDF report shows, as typed data: the report's inputs without its drawing.

Kept apart from planner/report.py so that the workspace, the window and the CLI can build a
report's data without loading matplotlib's PDF machinery (the window's start-up); only
writing a report (planner.report.build_report) needs that.
"""
from __future__ import annotations

import datetime as dt
import os
from dataclasses import dataclass, field

from models import Card, Finding, Member, ProjectionResult, RuleUse, StatementYear
from models.remedies import RemediesSection
from planner.adequacy import Adequacy
from planner.jp import JPResult
from planner.montecarlo import MonteCarloResult
from planner.withdrawal import Comparison


@dataclass(frozen=True)
class Provenance:
    """One imported file: its name and SHA-256 (what the store records)."""

    file_name: str
    sha256: str
    imported_on: dt.date | None = None


@dataclass(frozen=True)
class BandsView:
    """Percentile bands per projected year, as the report draws them."""

    years: tuple[int, ...]
    levels: dict[int, tuple[float, ...]]  # percentile (10, 25, 50, 75, 90) -> nominal closing per year
    real_levels: dict[int, tuple[float, ...]] = field(default_factory=dict)
    paths: int | None = None
    seed: int | None = None
    spreads: dict[str, float] = field(default_factory=dict)  # "return"/"growth"/"inflation" -> sd
    gap_chance: float = 0.0
    gap_months: int = 0
    net_at_claim: dict[int, float] = field(default_factory=dict)  # percentile -> net balance at claim, nominal
    net_at_claim_real: dict[int, float] = field(default_factory=dict)
    target_amount: float | None = None
    target_basis: str = "real"  # "real" (today's rupiah), "nominal" or "pct_wage"
    target_pct_wage: float | None = None
    chance: float | None = None  # of the net balance at claim reaching the target, 0..1
    rules: tuple[RuleUse, ...] = ()


@dataclass(frozen=True)
class ReportData:
    """Everything one report shows. Only ``result`` is required."""

    result: ProjectionResult
    member: Member | None = None
    cards: tuple[Card, ...] = ()
    statements: tuple[StatementYear, ...] = ()
    bands: MonteCarloResult | BandsView | None = None
    jp: JPResult | None = None
    withdrawal: Comparison | None = None
    adequacy: Adequacy | None = None
    findings: tuple[Finding, ...] = ()  # audit findings; those on `statements` are added
    provenance: tuple[Provenance, ...] = ()  # the files the data was read from
    rules: tuple[RuleUse, ...] = ()  # rules used; default: those the results recorded
    notes: tuple[str, ...] = ()  # how the baseline was made (planner.baseline notes), in `lang`
    source: str = "quick"  # "quick" | "statements" | "stored" | "demo"
    lang: str = "id"
    show_ids: bool = False
    remedies: RemediesSection | None = None  # arrears table, letters, Siap cair (planner.remedies)


# --------------------------------------------------------------------------- clock

def report_clock() -> dt.datetime:
    """When the report is printed: SOURCE_DATE_EPOCH (UTC) if set, else now (local time)."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    if epoch:
        try:
            return dt.datetime.fromtimestamp(int(epoch), dt.timezone.utc)
        except (ValueError, OverflowError, OSError):
            pass
    return dt.datetime.now().astimezone()


def report_today() -> dt.date:
    """"Today" for stale-parameter checks and defaults: follows SOURCE_DATE_EPOCH."""
    return report_clock().date()
