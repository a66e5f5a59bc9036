"""The quick entry's forgiving reading of amounts and dates (planner.parse.parse_typed_*)."""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from planner.format import date_long, rupiah
from planner.parse import ParseError, parse_typed_amount, parse_typed_date

dates = st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2100, 12, 31))


@pytest.mark.parametrize(("text", "value"), [
    ("8,1 juta", 8_100_000), ("8.1 juta", 8_100_000), ("8,1 jt", 8_100_000), ("Rp 8,1 juta", 8_100_000),
    ("8.100.000", 8_100_000), ("Rp 8.100.000", 8_100_000), ("Rp8.100.000", 8_100_000),
    ("8,100,000", 8_100_000), ("500 ribu", 500_000), ("500rb", 500_000), ("1,2 miliar", 1_200_000_000),
    ("25 juta", 25_000_000), ("38.887.665,97", Decimal("38887665.97")), ("8100000", 8_100_000),
])
def test_amounts_as_members_type_them(text, value):
    assert parse_typed_amount(text) == value


@pytest.mark.parametrize("text", ["delapan juta", "8,1 dolar", "8,1,2 juta", "", "juta", "8 juta juta"])
def test_what_is_not_an_amount_is_refused(text):
    with pytest.raises(ParseError):
        parse_typed_amount(text)


@pytest.mark.parametrize("text", ["1 Februari 1990", "1 februari 1990", "1 Feb 1990", "1 Feb. 1990",
                                  "1 February 1990", "01/02/1990", "1-2-1990", "1.2.1990", "1990-02-01",
                                  " 01 - 02 - 1990 "])
def test_dates_as_members_type_them(text):
    assert parse_typed_date(text) == dt.date(1990, 2, 1)


@pytest.mark.parametrize("text", ["31 Februari 1990", "1 Brumaire 1990", "32/01/1990", "1 2 1990", "Februari 1990"])
def test_what_is_not_a_date_is_refused(text):
    with pytest.raises(ParseError):
        parse_typed_date(text)


@given(st.integers(min_value=0, max_value=10**13), st.sampled_from(["id", "en"]))
def test_an_amount_as_the_planner_writes_it_reads_back(n, lang):
    assert parse_typed_amount(rupiah(n, lang)) == n
    assert parse_typed_amount(rupiah(n, lang)[3:]) == n


@given(st.integers(min_value=0, max_value=99_999), st.integers(min_value=0, max_value=9),
       st.sampled_from([",", "."]), st.sampled_from(["juta", "jt", "Juta"]))
def test_millions_with_one_decimal_in_either_style(whole, tenth, point, word):
    assert parse_typed_amount(f"{whole}{point}{tenth} {word}") == (whole * 10 + tenth) * 100_000


@given(dates, st.sampled_from(["id", "en"]))
def test_a_date_as_the_planner_writes_it_reads_back(d, lang):
    assert parse_typed_date(date_long(d, lang)) == d


@given(dates, st.sampled_from(["/", "-", "."]), st.booleans())
def test_day_month_year_with_any_separator_and_padding(d, sep, padded):
    day, month = (f"{d.day:02d}", f"{d.month:02d}") if padded else (str(d.day), str(d.month))
    assert parse_typed_date(f"{day}{sep}{month}{sep}{d.year:04d}") == d


@given(dates, st.sampled_from(["id", "en"]))
def test_the_short_date_of_a_table_reads_back(d, lang):
    from planner.format import date_short

    assert parse_typed_date(date_short(d, lang)) == d
