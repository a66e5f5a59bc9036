"""How amounts, rates and dates are written for members, in Indonesian or English.

Each language's conventions are one :class:`Style` in :data:`STYLES`; the functions look the
style up instead of branching on the language (a language not listed is written as Indonesian).
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

MONTHS_ID = ("Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus",
             "September", "Oktober", "November", "Desember")
MONTHS_EN = ("January", "February", "March", "April", "May", "June", "July", "August",
             "September", "October", "November", "December")


@dataclass(frozen=True)
class Style:
    thousands: str  # digit-group separator
    point: str  # decimal separator
    months: tuple[str, ...]
    units: tuple[tuple[float, str], ...]  # compact amounts on chart axes, largest first


STYLES = {
    "id": Style(".", ",", MONTHS_ID, ((1e12, " T"), (1e9, " M"), (1e6, " jt"), (1e3, " rb"))),
    "en": Style(",", ".", MONTHS_EN, ((1e12, "T"), (1e9, "B"), (1e6, "M"), (1e3, "K"))),
}


def style(lang: str) -> Style:
    return STYLES.get(lang, STYLES["id"])


def _group(n: int, sep: str) -> str:
    return f"{n:,}".replace(",", sep)


def rupiah(amount: float | Decimal | int, lang: str = "id", decimals: int = 0) -> str:
    """"Rp 1.234.567" in Indonesian, "Rp 1,234,567" in English; negative as "-Rp 1.234"."""
    value = float(amount)
    sign = "-" if value < 0 else ""
    value = abs(value)
    s = style(lang)
    if decimals:
        whole = int(value)
        frac = round(value - whole, decimals)
        if frac >= 1:
            whole, frac = whole + 1, 0.0
        frac_txt = f"{frac:.{decimals}f}"[2:]
        return f"{sign}Rp {_group(whole, s.thousands)}{s.point}{frac_txt}"
    return f"{sign}Rp {_group(int(round(value)), s.thousands)}"


def compact_rupiah(amount: float, lang: str = "id") -> str:
    """Axis ticks: "Rp 150 jt", "Rp 1,2 M" (id); "Rp 150M", "Rp 1.2B" (en)."""
    value = float(amount)
    sign = "-" if value < 0 else ""
    value = abs(value)
    s = style(lang)
    for size, suffix in s.units:
        if value >= size:
            return f"{sign}Rp {_trim(value / size, s.point)}{suffix}"
    return f"{sign}Rp {value:.0f}"


def _trim(x: float, point: str) -> str:
    text = f"{x:.1f}".rstrip("0").rstrip(".") if x < 100 else f"{x:.0f}"
    return text.replace(".", point)


def percent(x: float, lang: str = "id", decimals: int = 1) -> str:
    return f"{x * 100:.{decimals}f}".replace(".", style(lang).point) + "%"


MONTHS_ID_SHORT = ("Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des")
MONTHS_EN_SHORT = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_MONTHS_SHORT = {"id": MONTHS_ID_SHORT, "en": MONTHS_EN_SHORT}


# The one date style a member reads, in the window, the report and the command line: day,
# month name, year ("1 Februari 1990" / "1 February 1990"); in a table column the same order
# with the month shortened ("1 Feb 1990"). ISO dates only in machine formats (JSON, CSV).
# planner.parse.parse_typed_date reads both back.
def date_short(d: dt.date, lang: str = "id") -> str:
    """The date style of :func:`date_long` for table columns: "12 Agu 2023"."""
    months = _MONTHS_SHORT.get(lang, MONTHS_ID_SHORT)
    return f"{d.day} {months[d.month - 1]} {d.year}"


def date_long(d: dt.date, lang: str = "id") -> str:
    """"1 Februari 2046" / "1 February 2046"."""
    return f"{d.day} {style(lang).months[d.month - 1]} {d.year}"


def month_year(d: dt.date, lang: str = "id") -> str:
    """"Juli 2015" / "July 2015"."""
    return f"{style(lang).months[d.month - 1]} {d.year}"


def mask_digits(value: str | None, keep_start: int = 3, keep_end: int = 3) -> str:
    """150•••••789: identifiers are masked wherever they are shown, unless asked."""
    if not value:
        return ""
    if len(value) <= keep_start + keep_end:
        return "•" * len(value)
    return value[:keep_start] + "•" * (len(value) - keep_start - keep_end) + value[-keep_end:]
