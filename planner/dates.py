"""Calendar helpers shared by the projection, the audit and the JP module."""
from __future__ import annotations

import datetime as dt


def birthday(birth: dt.date, age: int) -> dt.date:
    """The day a person born on `birth` turns `age` (29 February -> 1 March)."""
    year = birth.year + age
    try:
        return birth.replace(year=year)
    except ValueError:  # 29 February in a non-leap year
        return dt.date(year, 3, 1)


def age_on(birth: dt.date, on: dt.date) -> int:
    """Completed years of age on `on`."""
    years = on.year - birth.year
    if (on.month, on.day) < (birth.month, birth.day):
        years -= 1
    return years


def month_index(d: dt.date) -> int:
    """Months since year 0, so that differences count calendar months."""
    return d.year * 12 + d.month - 1


def add_months(year: int, month: int, n: int) -> tuple[int, int]:
    idx = year * 12 + month - 1 + n
    return idx // 12, idx % 12 + 1
