"""models: plain frozen data, standard library only, exact amounts."""
from __future__ import annotations

import dataclasses
import datetime as dt
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import pytest

from models import Card, Contribution, Member, StatementYear, period_str

ROOT = Path(__file__).resolve().parents[2]


def row(month, wage, rapel="0", paid=10):
    return Contribution((2024, month), dt.date(2024, month, paid), None, Decimal(wage), Decimal(rapel),
                        Decimal("222000.00"), Decimal("120000.00"), Decimal("120000.00"), Decimal("60000.00"))


def test_models_are_frozen():
    card = Card("15023456789", "PT CONTOH")
    with pytest.raises(dataclasses.FrozenInstanceError):
        card.kpj = "0"  # type: ignore[misc]


def test_amounts_stay_exact():
    r = row(3, "6000000")
    assert r.jht_total == Decimal("342000.00") and r.jp_total == Decimal("180000.00")
    assert r.period_text == period_str(2024, 3) == "2024-03"


def test_last_wage_ignores_back_pay_rows():
    st = StatementYear(Card("1"), Member("X"), 2024, Decimal(0), Decimal(0), Decimal(0), Decimal(0),
                       rows=(row(11, "6000000"), row(12, "6500000"), row(12, "0", rapel="300000", paid=20)))
    assert st.last_wage == Decimal("6500000") and st.as_of == dt.date(2024, 12, 31)


def test_models_need_only_the_standard_library():
    code = ("import sys, models\n"
            "third = {m.split('.')[0] for m in sys.modules} & {'numpy', 'PySide6', 'matplotlib', 'pypdf', 'platformdirs'}\n"
            "assert not third, third\n")
    proc = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr
