"""From a finding to a remedy: arrears evidence, letters, claim readiness, reminders.

Plain data handed from ``planner.remedies`` to the CLI, the window and the report. Amounts
are exact rupiah (:class:`decimal.Decimal`, rounded to the cent) except the claim figures,
which come out of the projection engine as floats.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal
from enum import Enum

from models.member import Card, Member
from models.projection import RuleUse


class ArrearsKind(str, Enum):
    """Why a month is in the arrears table; the first that applies, in this order."""

    MISSING = "missing"  # no contribution at all inside the employment
    UNDERREPORTED = "underreported"  # wage reported below the wage the member earned
    WRONG_RATE = "wrong_rate"  # the JHT parts are not the rule rates of the reported wage
    LATE = "late"  # paid after the deadline


class WageSource(str, Enum):
    """Where the wage a month's dues are computed on came from."""

    DECLARED = "declared"  # the wage the member says they earned
    NEAREST_PAID = "nearest_paid"  # unknown: the wage of the nearest month with a regular row
    REPORTED = "reported"  # the wage (+ back pay) the employer reported for that month


@dataclass(frozen=True, slots=True)
class ArrearsMonth:
    period: str  # "YYYY-MM"
    kind: ArrearsKind
    wage_used: Decimal
    wage_source: WageSource
    wage_from: str  # for NEAREST_PAID, the month whose wage was used; else ""
    deadline: dt.date  # when the month's contribution was due
    due_jht: Decimal
    paid_jht: Decimal
    shortfall_jht: Decimal
    due_jp: Decimal
    paid_jp: Decimal
    shortfall_jp: Decimal
    lost_development: Decimal  # JHT development lost so far (until the report's as-of day)
    last_paid_on: dt.date | None = None  # latest payment for the month, if any


@dataclass(frozen=True, slots=True)
class CardArrears:
    card: Card
    months: tuple[ArrearsMonth, ...]
    total_shortfall: Decimal  # JHT + JP
    total_lost_development: Decimal
    branch: str = ""  # Kantor Cabang on the card's latest statement


@dataclass(frozen=True, slots=True)
class YearReturn:
    """The return used to value lost development in one calendar year."""

    year: int
    rate: float
    declared: bool  # False: the legal floor stood in for an unknown declared return


@dataclass(frozen=True, slots=True)
class Arrears:
    member: Member | None
    cards: tuple[CardArrears, ...]
    as_of: dt.date  # lost development is counted up to this day
    returns: tuple[YearReturn, ...]
    rules: tuple[RuleUse, ...]
    unverified: tuple[str, ...]  # rule parameters used whose confidence is [R]

    @property
    def has_findings(self) -> bool:
        return any(c.months for c in self.cards)

    @property
    def total_shortfall(self) -> Decimal:
        return sum((c.total_shortfall for c in self.cards), Decimal(0))

    @property
    def total_lost_development(self) -> Decimal:
        return sum((c.total_lost_development for c in self.cards), Decimal(0))


class LetterKind(str, Enum):
    HR = "hr"  # the employer's HR: pay and show proof
    BPJS = "bpjs"  # a complaint to BPJS Ketenagakerjaan
    DISNAKER = "disnaker"  # a report to the labour inspectorate


@dataclass(frozen=True, slots=True)
class Letter:
    kind: LetterKind
    lang: str
    subject: str
    recipient: str  # the "to" line
    employer: str  # the employer the letter is about ("" when it covers several)
    body: str  # plain text, table included; the member may edit it before export


@dataclass(frozen=True, slots=True)
class LegalBasis:
    """One cited duty or sanction, as the letters may quote it."""

    name: str  # rule parameter, e.g. "employer_duty.collect_and_pay"
    text: str  # the sentence in the letter's language
    reference: str
    verified: bool  # confidence C: the letter may state it as law; otherwise it asks


class ClaimReason(str, Enum):
    RESIGNATION = "resignation"  # resignation or dismissal, after the waiting time
    CONTRACT_END = "contract_end"
    AGE = "age"  # the JHT claim age (56)
    PARTIAL_10 = "partial_10"
    PARTIAL_30 = "partial_30"
    LEAVING_INDONESIA = "leaving_indonesia"
    DEATH = "death"
    DISABILITY = "disability"  # total permanent disability


class CheckStatus(str, Enum):
    OK = "ok"  # the member's data shows it is fine
    CHECK = "check"  # the app cannot know: the member checks it
    PROBLEM = "problem"  # the data shows something to fix first


@dataclass(frozen=True, slots=True)
class CheckItem:
    key: str
    status: CheckStatus
    text: str


@dataclass(frozen=True, slots=True)
class ClaimFigures:
    paid_on: dt.date
    gross: float
    tax: float
    net: float
    net_real: float  # today's rupiah
    later_tax: float | None = None  # after a partial claim: the final claim's tax if progressive [R]
    later_gross: float | None = None


@dataclass(frozen=True, slots=True)
class Readiness:
    reason: ClaimReason
    on: dt.date  # the date the member chose (stop-working day, or the claim day)
    earliest: dt.date  # the first day the claim can be paid
    checklist: tuple[CheckItem, ...]
    figures: ClaimFigures | None  # None when the claim is refused or cannot be valued
    notes: tuple[str, ...]  # plain-word tax window, refusals, unverified rules


@dataclass(frozen=True, slots=True)
class MergeAdvice:
    cards: tuple[Card, ...]  # every card the data knows, newest statement first
    stopped: tuple[Card, ...]  # cards whose statements stopped before the newest card's
    lines: tuple[str, ...]  # what to merge, what it changes, what to bring


@dataclass(frozen=True, slots=True)
class RemediesSection:
    """What the PDF report shows of the remedies: the arrears table, the letters' summary and,
    when a claim reason is chosen, the readiness checklist. Text only; the report lays it out."""

    title: str
    table_head: tuple[str, ...]
    table_rows: tuple[tuple[str, ...], ...]  # card, month, problem, wage, JHT short, JP short, lost
    paragraphs: tuple[str, ...]  # totals, wage notes, letters' summary, method notes
    checklist: tuple[str, ...] = ()  # "[v] …", "[ ] …", "[!] …"
    checklist_title: str = ""

    @property
    def empty(self) -> bool:
        return not self.table_rows and not self.checklist
