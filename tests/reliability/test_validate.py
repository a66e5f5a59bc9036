"""Figures that cannot be true are refused at import, naming the file and the field; nothing is stored."""
from __future__ import annotations

import dataclasses
import datetime as dt
import tomllib
from decimal import Decimal

import pytest

from planner.cli import main
from planner.importers import read_bytes
from planner.paths import database_path
from planner.validate import LIMITS_FILE, ImpossibleFigure, limits, validate_statements
from tests.reliability.corpus import KPJ, SUMMARY_HEADER

TODAY = dt.date.today()


def _summary(year, opening="10000000.00", closing="14829929.10", name="BUDI CONTOH") -> bytes:
    return f"{SUMMARY_HEADER}\n{KPJ},{year},{opening},4104000.00,725929.10,{closing},{name},PT CONTOH\n".encode()


def _statement(year=2023):
    return read_bytes(_summary(year), "ok.csv").statements[0]


@pytest.mark.parametrize("year", ["0000", "1900", "1976", str(TODAY.year + 1), "2200", "9998"])
def test_impossible_years_are_refused_and_nothing_is_stored(year, tmp_path, capsys):
    path = tmp_path / f"tahun-{year}.csv"
    path.write_bytes(_summary(year))
    assert main(["import", str(path)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and f"tahun-{year}.csv" in err and f"tahun {int(year)}" in err
    assert not database_path().exists()


def test_this_years_closing_balance_is_after_today():
    with pytest.raises(ImpossibleFigure) as exc:
        read_bytes(_summary(TODAY.year), "ini.csv")
    assert exc.value.code == "impossible_future_balance" and "Saldo Akhir" in exc.value.text("id")
    if TODAY < dt.date(TODAY.year, 12, 31):
        assert f"{TODAY.year}-12-31" in exc.value.text("en")


def test_first_year_from_the_limits_file_is_accepted():
    first = limits().first_statement_year
    assert validate_statements([_statement(2023)], "ok.csv") is None
    validate_statements([dataclasses.replace(_statement(), year=first)], "ok.csv")
    with pytest.raises(ImpossibleFigure):
        validate_statements([dataclasses.replace(_statement(), year=first - 1)], "ok.csv")


@pytest.mark.parametrize("field, column", [("opening", 0), ("closing", 1)])
def test_negative_balances_are_refused(field, column):
    kw = {"opening": "-1.00"} if field == "opening" else {"closing": "-0.01"}
    with pytest.raises(ImpossibleFigure) as exc:
        read_bytes(_summary(2023, **kw), "neg.csv")
    assert exc.value.code == "impossible_negative_balance"
    assert ("Saldo Awal" if field == "opening" else "Saldo Akhir") in exc.value.text("id")


@pytest.mark.parametrize("digits", [13, 20, 31, 40])
def test_amounts_past_any_rupiah_figure_are_refused(digits):
    with pytest.raises(ImpossibleFigure) as exc:
        read_bytes(_summary(2023, "9" * digits), "besar.csv")
    assert exc.value.code == "impossible_too_large" and "besar.csv" in exc.value.text("en")
    assert len(exc.value.text("id")) < 300  # the figure is cut short, not printed in full


def test_the_largest_plausible_amount_is_accepted():
    top = limits().max_amount
    validate_statements([dataclasses.replace(_statement(), opening=top, closing=top)], "ok.csv")
    with pytest.raises(ImpossibleFigure):
        validate_statements([dataclasses.replace(_statement(), opening=top + 1)], "ok.csv")


def test_not_a_number_is_refused():
    st = dataclasses.replace(_statement(), development=Decimal("NaN"))
    with pytest.raises(ImpossibleFigure) as exc:
        validate_statements([st], "nan.csv")
    assert exc.value.code == "impossible_not_a_number"


def test_rows_in_the_future_are_refused():
    rows = "kpj,tahun,bl_th,tgl_setor,tgl_posting,upah,rapel,iuran_jht_pemberi_kerja,iuran_jht_tk\n"
    future = dt.date(TODAY.year + 1, 1, 10)
    data = f"{rows}{KPJ},2024,2024-01,{future.isoformat()},{future.isoformat()},6000000,0,222000,120000\n".encode()
    with pytest.raises(ImpossibleFigure) as exc:
        read_bytes(data, "iuran.csv")
    assert exc.value.code == "impossible_future_date" and "Tgl Setor" in exc.value.text("id")
    assert "01-2024" in exc.value.text("en")


def test_a_name_of_thousands_of_characters_is_refused():
    with pytest.raises(ImpossibleFigure) as exc:
        read_bytes(_summary(2023, name="B" * 5000), "nama.csv")
    assert exc.value.code == "impossible_too_long"


def test_a_nik_in_the_file_name_is_masked_in_the_sentence():
    with pytest.raises(ImpossibleFigure) as exc:
        read_bytes(_summary("1900"), "saldo 3171-0141-0290-0003.csv")
    assert "3171-0141" not in exc.value.text("id") and "317" in exc.value.text("id")


def test_every_limit_says_why():
    table = tomllib.loads(LIMITS_FILE.read_text(encoding="utf-8"))
    for key, entry in table.items():
        assert entry["label"] and entry["unit"] and len(entry["why"]) > 40, key
