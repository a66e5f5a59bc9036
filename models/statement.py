"""What a Rincian Saldo JHT statement says about one card and one year."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal
from enum import Enum

from models.member import Card, Member


def period_str(year: int, month: int) -> str:
    """A contribution month as "YYYY-MM"."""
    return f"{year:04d}-{month:02d}"


class Severity(str, Enum):
    INFO = "info"
    WARNING = "warning"
    ERROR = "error"


@dataclass(frozen=True, slots=True)
class Finding:
    """Something the audit noticed. `code` is stable; `message` is for people."""

    code: str
    severity: Severity
    message: str
    periods: tuple[str, ...] = ()
    kpj: str = ""
    year: int | None = None


@dataclass(frozen=True, slots=True)
class Contribution:
    """One posted row of the contribution table (BL-TH = `period`)."""

    period: tuple[int, int]  # (year, month) the contribution is for
    paid_on: dt.date | None  # Tgl Setor
    posted_on: dt.date | None  # Tgl Posting
    wage: Decimal  # Upah
    rapel: Decimal  # back pay
    jht_employer: Decimal
    jht_worker: Decimal
    jp_employer: Decimal = Decimal(0)
    jp_worker: Decimal = Decimal(0)

    @property
    def period_text(self) -> str:
        return period_str(*self.period)

    @property
    def jht_total(self) -> Decimal:
        return self.jht_employer + self.jht_worker

    @property
    def jp_total(self) -> Decimal:
        return self.jp_employer + self.jp_worker


@dataclass(frozen=True, slots=True)
class StatementYear:
    """One card's year as the statement prints it, with the audit's findings."""

    card: Card
    member: Member
    year: int
    opening: Decimal  # Saldo Awal
    contributions: Decimal  # Iuran
    development: Decimal  # Pengembangan
    closing: Decimal  # Saldo Akhir, as printed
    rows: tuple[Contribution, ...] = ()
    findings: tuple[Finding, ...] = ()
    printed_on: dt.date | None = None  # Tanggal
    branch: str = ""  # Kantor Cabang
    member_since: str = ""  # Keps Awal JHT, "MM-YYYY"
    jp_months: int | None = None  # Masa Iuran JP
    jp_accumulated: Decimal | None = None  # Akumulasi Iuran JP before this year (employer + worker)
    # The same split as printed by the real layout ("Akumulasi Iuran JP <employer> <worker>");
    # None when the statement prints one total. Its Jumlah's JP columns then include it.
    jp_accumulated_parts: tuple[Decimal, Decimal] | None = None
    jumlah: tuple[Decimal, Decimal, Decimal, Decimal] | None = None  # JHT PK, TK, JP PK, TK
    jht_age_date: dt.date | None = None  # "Usia JHT 56 tahun pada tanggal"
    jp_pension_date: dt.date | None = None  # "Usia Pensiun (JP) 58 tahun pada tanggal", when printed
    effective_return: float | None = None
    from_picture: bool = False  # read by OCR from a photo, scan or screenshot
    confirmed: bool = False  # a person checked the values OCR was unsure of (pictures only)

    @property
    def as_of(self) -> dt.date:
        return dt.date(self.year, 12, 31)

    @property
    def jp_contributed(self) -> Decimal | None:
        """JP contributions of this card up to the end of the year: Akumulasi + the year's JP rows.

        The contributions a JP lump sum (under the minimum months) is paid back from; None when
        the statement prints no Akumulasi Iuran JP. Rows for an earlier year (back pay) count too:
        they were not in the Akumulasi printed at the start of the year.
        """
        if self.jp_accumulated is None:
            return None
        return self.jp_accumulated + sum((r.jp_total for r in self.rows), Decimal(0))

    @property
    def last_wage(self) -> Decimal | None:
        """Upah of the latest contribution month that had a regular (non-rapel) row."""
        regular = [r for r in self.rows if r.wage > 0]
        if not regular:
            return None
        return max(regular, key=lambda r: (r.period, r.paid_on or dt.date.min)).wage

    def with_findings(self, findings: tuple[Finding, ...], effective_return: float | None) -> "StatementYear":
        from dataclasses import replace

        return replace(self, findings=findings, effective_return=effective_return)
