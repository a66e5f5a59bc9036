"""Amounts in both styles: formatted then parsed give the same number, and never cross over."""
from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given, strategies as st

from planner.importers import IncompleteStatement
from planner.importers.rsjht import strict_amount
from planner.parse import parse_amount

amounts = st.decimals(min_value=Decimal("-999999999999.99"), max_value=Decimal("999999999999.99"),
                      places=2, allow_nan=False, allow_infinity=False)


def fmt(x: Decimal, style: str) -> str:
    text = f"{abs(x):,.2f}"
    if style == "id":
        text = text.replace(",", "_").replace(".", ",").replace("_", ".")
    return ("-" if x < 0 else "") + text


@given(amounts, st.sampled_from(["en", "id"]))
def test_parse_amount_round_trips_in_both_styles(x, style):
    text = fmt(x, style)
    assert parse_amount(text, style) == x
    assert parse_amount(text) == x  # two decimals tell the style on their own
    assert parse_amount("Rp " + text, style) == x
    assert strict_amount(text, style) == x


@given(amounts, st.sampled_from(["en", "id"]))
def test_an_amount_is_never_read_in_the_other_style(x, style):
    other = "id" if style == "en" else "en"
    with pytest.raises(IncompleteStatement):
        strict_amount(fmt(x, style), other)


def test_thousands_without_decimals():
    assert strict_amount("1.234", "id") == 1234
    assert strict_amount("1,234", "en") == 1234
    assert strict_amount("-", "en") == 0
    assert strict_amount("(1,000.00)", "en") == -1000
