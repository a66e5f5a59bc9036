"""What a statement may say before it is stored: figures that can be true.

Everything an importer reads passes :func:`validate_statements` before it is audited or stored.
A statement year before JHT existed or after the current year, a balance dated after today, a
negative balance, an amount no rupiah figure can reach (20–40 digits), a date in the future:
refused with one sentence naming the file, the year and the field; nothing is stored. Such
records used to be accepted and then break the projection, the report and the window.

The bounds are the product limits in ``resources/limits.toml`` (each with why it is where it
is), read here and nowhere else: :func:`limits`.
"""
from __future__ import annotations

import datetime as dt
import tomllib
from dataclasses import dataclass
from decimal import Decimal
from functools import cache
from pathlib import Path
from typing import Iterable

from models import StatementYear
from planner.csvio import has_summary
from planner.display import shown_name
from planner.errors import UserError
from planner.texts import both, tr
from resources import ROOT as RESOURCES

LIMITS_FILE = RESOURCES / "limits.toml"


@dataclass(frozen=True)
class Limits:
    """The product limits of ``resources/limits.toml``."""

    first_statement_year: int
    max_amount: Decimal
    max_name_chars: int
    max_file_bytes: int
    max_file_megabytes: int
    max_pdf_pages: int
    pdf_seconds: float
    max_library_warnings: int


@cache
def limits(path: Path = LIMITS_FILE) -> Limits:
    """Read once per process. A missing or malformed file is a broken installation: it raises."""
    with open(path, "rb") as fh:
        table = tomllib.load(fh)
    value = {key: entry["value"] for key, entry in table.items()}
    return Limits(
        first_statement_year=int(value["first_statement_year"]),
        max_amount=Decimal(value["max_amount"]),
        max_name_chars=int(value["max_name_chars"]),
        max_file_bytes=int(value["max_file_megabytes"]) * 1024 * 1024,
        max_file_megabytes=int(value["max_file_megabytes"]),
        max_pdf_pages=int(value["max_pdf_pages"]),
        pdf_seconds=float(value["pdf_seconds"]),
        max_library_warnings=int(value["max_library_warnings"]),
    )


class ImpossibleFigure(UserError):
    """A statement says something that cannot be true; nothing of its file is stored."""


def validate_statements(statements: Iterable[StatementYear], file_name: str,
                        today: dt.date | None = None) -> None:
    """Raise :class:`ImpossibleFigure` at the first figure that cannot be true."""
    today = today or dt.date.today()
    bounds = limits()
    name = shown_name(file_name)
    for st in statements:
        _Check(bounds, today, name, st).run()


@dataclass
class _Check:
    bounds: Limits
    today: dt.date
    file: str
    st: StatementYear

    def fail(self, key: str, field: str, **fields: object) -> ImpossibleFigure:
        id_field, en_field = both(f"validate.field.{field}", **fields)
        id_text, en_text = (tr(f"validate.{key}", lang, file=self.file, year=self.st.year, field=f,
                               first=self.bounds.first_statement_year, today=self.today.isoformat(),
                               **fields)
                            for lang, f in (("id", id_field), ("en", en_field)))
        return ImpossibleFigure(f"impossible_{key}", id_text, en_text)

    def run(self) -> None:
        st, today = self.st, self.today
        if not self.bounds.first_statement_year <= st.year <= today.year:
            raise self.fail("year", "year")
        summary = has_summary(st)
        for field, amount in (("opening", st.opening), ("contributions", st.contributions),
                              ("development", st.development), ("closing", st.closing)):
            self.amount(field, amount)
        if summary:
            for field, amount in (("opening", st.opening), ("closing", st.closing)):
                if amount < 0:
                    raise self.fail("negative_balance", field, amount=_shown_amount(amount))
            closing_date = dt.date(st.year, 12, 31)
            if closing_date > today:
                raise self.fail("future_balance", "closing", date=closing_date.isoformat())
        if st.jp_accumulated is not None:
            self.amount("jp_accumulated", st.jp_accumulated)
        for amount in st.jumlah or ():
            self.amount("jumlah", amount)
        for field, text in (("member_name", st.member.name), ("employer", st.card.employer), ("branch", st.branch)):
            if len(text or "") > self.bounds.max_name_chars:
                raise self.fail("too_long", field, chars=len(text), limit=self.bounds.max_name_chars)
        self.date("printed_on", st.printed_on)
        self.date("birth_date", st.member.birth_date)
        for row in st.rows:
            self.row(row)

    def amount(self, field: str, amount: Decimal, **fields: object) -> None:
        if not amount.is_finite():
            raise self.fail("not_a_number", field, amount=_shown_amount(amount), **fields)
        if abs(amount) > self.bounds.max_amount:
            raise self.fail("too_large", field, amount=_shown_amount(amount), **fields)

    def date(self, field: str, day: dt.date | None, **fields: object) -> None:
        if day is None:
            return
        if day > self.today:
            raise self.fail("future_date", field, date=day.isoformat(), **fields)
        if field != "birth_date" and day.year < self.bounds.first_statement_year:
            raise self.fail("early_date", field, date=day.isoformat(), **fields)

    def row(self, row) -> None:
        year, month = row.period
        period = f"{month:02d}-{year:04d}"
        if not (self.bounds.first_statement_year <= year and (year, month) <= (self.today.year, self.today.month)):
            raise self.fail("period", "period", period=period)
        for field, amount in (("wage", row.wage), ("rapel", row.rapel), ("jht_employer", row.jht_employer),
                              ("jht_worker", row.jht_worker), ("jp_employer", row.jp_employer),
                              ("jp_worker", row.jp_worker)):
            self.amount(field, amount, period=period)
        self.date("paid_on", row.paid_on, period=period)
        self.date("posted_on", row.posted_on, period=period)


def _shown_amount(amount: Decimal) -> str:
    """The figure as read, cut short when it runs to dozens of digits."""
    text = format(amount, "f") if amount.is_finite() else str(amount)
    return text if len(text) <= 24 else text[:21] + "…"
