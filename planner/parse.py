"""Reading amounts and dates the way members and statements write them.

Amounts come in English style (``4,000,000.00``) and Indonesian style (``4.000.000,00``);
the two must never be confused. A caller that knows a document's style passes it; without
one, an amount that could be read both ways is read the Indonesian way only when its groups
are exactly three digits (``1.234`` = 1234) and the English way otherwise (``1.5`` = 1.5).
"""
from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal, InvalidOperation

_THOUSANDS_DOT = re.compile(r"^\d{1,3}(\.\d{3})+$")
_THOUSANDS_COMMA = re.compile(r"^\d{1,3}(,\d{3})+$")
_DATE_DMY = re.compile(r"^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$")
_DATE_ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$")
_PERIOD = re.compile(r"^(\d{1,2})[-/](\d{4})$")


class ParseError(ValueError):
    """Text that is not an amount or a date."""


# --------------------------------------------------------------------------- number style per file
# One document, one style: the style is decided from all of a file's amounts (by the PDF
# statement reader and the CSV reader alike), then every amount must be well formed in it.

_STRICT = {
    "en": re.compile(r"^(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$"),
    "id": re.compile(r"^(?:\d{1,3}(?:\.\d{3})+|\d+)(?:,\d+)?$"),
}
# What one amount says about the style: (pattern, "en" | "id" | "either"); plain digits say nothing.
_STYLE_OF = (
    (re.compile(r"^\d+\.\d{1,2}$|^\d{1,3}(?:,\d{3})+\.\d+$|^\d{1,3}(?:,\d{3}){2,}$|^\d{4,}\.\d+$"), "en"),
    (re.compile(r"^\d+,\d{1,2}$|^\d{1,3}(?:\.\d{3})+,\d+$|^\d{1,3}(?:\.\d{3}){2,}$|^\d{4,},\d+$"), "id"),
    (re.compile(r"^\d{1,3}[.,]\d{3}$"), "either"),  # 222.000 / 222,000: thousands, or three decimals
)


def _unsigned(text: str) -> tuple[bool, str]:
    t = text.strip()
    negative = False
    if t.startswith("(") and t.endswith(")"):
        negative, t = True, t[1:-1]
    if t.startswith("-") or t.startswith("\u2212"):
        negative, t = True, t[1:]
    return negative, t


def style_of(text: str) -> str | None:
    """What an amount says about its document's style: 'en', 'id', 'either' or None (nothing)."""
    _, t = _unsigned(text)
    for pattern, style in _STYLE_OF:
        if pattern.match(t):
            return style
    return None


def amount_in_style(text: str, style: str) -> Decimal:
    """An amount that must be well formed in `style` ('en' 4,000,000.00 / 'id' 4.000.000,00).

    "-" alone is zero (a statement's empty cell); anything else not in the style is a ParseError.
    """
    if text.strip() == "-":
        return Decimal(0)
    negative, t = _unsigned(text)
    if not _STRICT[style].match(t):
        raise ParseError(f"not an amount in style {style}: {text!r}")
    value = Decimal(t.replace(",", "") if style == "en" else t.replace(".", "").replace(",", "."))
    return -value if negative else value


def detect_style(samples: list[str]) -> str | None:
    """'en' or 'id' from amounts with decimals (``…,00`` or ``….00``); None if none says."""
    en = id_ = 0
    for text in samples:
        t = text.strip()
        if re.search(r"\.\d{2}$", t) and ("," in t or re.match(r"^-?\d+\.\d{2}$", t)):
            en += 1
        elif re.search(r",\d{2}$", t) and ("." in t or re.match(r"^-?\d+,\d{2}$", t)):
            id_ += 1
    if en == id_:
        return None
    return "en" if en > id_ else "id"


def parse_amount(text: str, style: str | None = None) -> Decimal:
    """Parse a rupiah amount. `style` is 'en', 'id' or None (decide per value)."""
    t = text.strip().replace("\u00a0", "").replace(" ", "")
    t = re.sub(r"^(Rp\.?|IDR)", "", t, flags=re.IGNORECASE)
    negative = False
    if t.startswith("(") and t.endswith(")"):
        negative, t = True, t[1:-1]
    if t.startswith("-") or t.startswith("\u2212"):
        negative, t = True, t[1:]
    t = re.sub(r"^(Rp\.?|IDR)", "", t, flags=re.IGNORECASE)
    if not t or not re.fullmatch(r"[\d.,]+", t) or not re.search(r"\d", t):
        raise ParseError(f"not an amount: {text!r}")
    if style is None:
        if "." in t and "," in t:
            style = "en" if t.rfind(".") > t.rfind(",") else "id"
        elif "," in t:
            style = "en" if _THOUSANDS_COMMA.match(t) else "id"
        elif "." in t:
            style = "id" if _THOUSANDS_DOT.match(t) else "en"
        else:
            style = "en"
    if style == "id":
        normal = t.replace(".", "").replace(",", ".")
        if t.count(",") > 1:
            raise ParseError(f"not an amount: {text!r}")
    else:
        normal = t.replace(",", "")
        if t.count(".") > 1:
            raise ParseError(f"not an amount: {text!r}")
    try:
        value = Decimal(normal)
    except InvalidOperation:
        raise ParseError(f"not an amount: {text!r}") from None
    return -value if negative else value


def parse_date(text: str) -> dt.date:
    """dd-mm-yyyy, dd/mm/yyyy or yyyy-mm-dd; an impossible date is a ParseError."""
    t = text.strip()
    m = _DATE_DMY.match(t)
    try:
        if m:
            return dt.date(int(m.group(3)), int(m.group(2)), int(m.group(1)))
        m = _DATE_ISO.match(t)
        if m:
            return dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError:
        raise ParseError(f"impossible date: {text!r}") from None
    raise ParseError(f"not a date: {text!r}")


def parse_period(text: str) -> tuple[int, int]:
    """BL-TH "MM-YYYY" (or "MM/YYYY") as (year, month)."""
    m = _PERIOD.match(text.strip())
    if not m:
        raise ParseError(f"not a month: {text!r}")
    month, year = int(m.group(1)), int(m.group(2))
    if not 1 <= month <= 12:
        raise ParseError(f"impossible month: {text!r}")
    return year, month


# --- what a member types in the quick entry ---------------------------------------------------
# "8,1 juta", "8.100.000", "Rp 8.100.000", "1 Februari 1990", "01/02/1990", "1-2-1990".

_SCALE_WORDS = {
    "rb": 1_000, "ribu": 1_000, "k": 1_000, "thousand": 1_000,
    "jt": 1_000_000, "juta": 1_000_000, "million": 1_000_000, "mio": 1_000_000,
    "miliar": 1_000_000_000, "milyar": 1_000_000_000, "billion": 1_000_000_000,
}
_SCALED = re.compile(r"^(?:rp\.?|idr)?\s*(\d+)(?:[.,](\d+))?\s*([a-z]+)\.?$", re.IGNORECASE)
_MONTH_NAMES = {
    name.lower(): i + 1
    for names in (
        ("januari", "februari", "maret", "april", "mei", "juni", "juli", "agustus", "september",
         "oktober", "november", "desember"),
        ("january", "february", "march", "april", "may", "june", "july", "august", "september",
         "october", "november", "december"),
        ("jan", "feb", "mar", "apr", "mei", "jun", "jul", "agu", "sep", "okt", "nov", "des"),
        ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"),
    )
    for i, name in enumerate(names)
} | {"agt": 8, "agus": 8, "sept": 9, "nop": 11, "pebruari": 2, "nopember": 11}
_DATE_WORDS = re.compile(r"^(\d{1,2})\s+([a-z]+)\.?\s+(\d{4})$", re.IGNORECASE)
_DATE_DMY_SPACED = re.compile(r"^(\d{1,2})\s*[-/.]\s*(\d{1,2})\s*[-/.]\s*(\d{4})$")


def parse_typed_amount(text: str) -> Decimal:
    """A rupiah amount as a member types it: what :func:`parse_amount` reads, and a number
    with a scale word: "8,1 juta" / "8.1 jt" = 8,100,000, "500 ribu", "1,2 miliar". With a
    scale word a single "," or "." is the decimal point (in both styles)."""
    t = " ".join(text.replace("\u00a0", " ").split())
    m = _SCALED.match(t)
    if m and m.group(3).lower() in _SCALE_WORDS:
        whole, frac, word = m.groups()
        return Decimal(f"{whole}.{frac or 0}") * _SCALE_WORDS[word.lower()]
    return parse_amount(t)


def parse_typed_date(text: str) -> dt.date:
    """A date as a member types it: "1 Februari 1990", "1 Feb 1990", "1 February 1990",
    "01/02/1990", "1-2-1990", "1.2.1990" (day first, always) or "1990-02-01"."""
    t = " ".join(text.split())
    m = _DATE_WORDS.match(t)
    if m:
        month = _MONTH_NAMES.get(m.group(2).lower())
        if month is None:
            raise ParseError(f"not a date: {text!r}")
        try:
            return dt.date(int(m.group(3)), month, int(m.group(1)))
        except ValueError:
            raise ParseError(f"impossible date: {text!r}") from None
    m = _DATE_DMY_SPACED.match(t)
    if m:
        t = f"{m.group(1)}-{m.group(2)}-{m.group(3)}"
    return parse_date(t)
