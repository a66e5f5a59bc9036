"""CSV as people make it: one number style per file, dates never guessed, both exports re-import."""
from __future__ import annotations

import datetime as dt
from collections import Counter
from decimal import Decimal as D

import pytest
from hypothesis import given, settings
from hypothesis import strategies as hs

from planner.csvio import CsvError, has_summary, parse_csv, write_history_csv
from planner.importers import read_bytes
from tests.planner.test_csvio import statement_years
from tests.planner.test_store import KPJ_A
from ui.launcher import main

HEADER = "kpj;bl_th;tgl_setor;upah;rapel;iuran_jht_pemberi_kerja;iuran_jht_tk;iuran_jp_pemberi_kerja;iuran_jp_tk\n"


def _rows(*lines: str, header: str = HEADER) -> str:
    return header + "".join(line + "\n" for line in lines)


def test_excel_indonesia_thousands_dots_are_thousands():
    text = _rows(f"{KPJ_A};2024-01;2024-02-10;6.000.000,00;0;222.000;120.000;120.000;60.000")
    (st,) = parse_csv(text)
    row = st.rows[0]
    assert (row.wage, row.jht_employer, row.jht_worker, row.jp_worker) == (D(6_000_000), D(222_000), D(120_000),
                                                                           D(60_000))


def test_english_thousands_commas_in_a_comma_file():
    text = _rows(f'{KPJ_A},2024-01,2024-02-10,"6,000,000.00",0,"222,000",120000,120000,60000',
                 header=HEADER.replace(";", ","))
    (st,) = parse_csv(text)
    assert st.rows[0].wage == D(6_000_000) and st.rows[0].jht_employer == D(222_000)


def test_mixed_styles_are_refused_naming_both_lines():
    text = _rows(f"{KPJ_A};2024-01;2024-02-10;6.000.000,00;0;222000;120000;120000;60000",
                 f"{KPJ_A};2024-02;2024-03-10;6000000.00;0;222000;120000;120000;60000")
    with pytest.raises(CsvError) as err:
        parse_csv(text)
    assert "baris 2" in err.value.text("id") and "baris 3" in err.value.text("id")
    assert "mixes number styles" in err.value.text("en")


def test_an_undecidable_file_is_refused_asking_which_and_a_mark_decides():
    text = _rows(f"{KPJ_A};2024-01;2024-02-10;6000000;0;222.000;120000;120000;60000")
    with pytest.raises(CsvError) as err:
        parse_csv(text)
    assert "#angka=id" in err.value.text("id") and "222.000" in err.value.text("en")
    assert parse_csv("#angka=id\n" + text)[0].rows[0].jht_employer == D(222_000)
    assert parse_csv("#angka=en\n" + text)[0].rows[0].jht_employer == D("222.000")
    with pytest.raises(CsvError):
        parse_csv("#angka=en\n" + text.replace("6000000;", "6.000.000,00;"))


@pytest.mark.parametrize("date", ["10/25/2024", "1/13/2024"])
def test_us_dates_are_refused(date):
    with pytest.raises(CsvError) as err:
        parse_csv(_rows(f"{KPJ_A};2024-01;{date};6000000;0;222000;120000;120000;60000"))
    assert "US style" in err.value.text("en") and "Traceback" not in err.value.text("id")


def test_an_ambiguous_date_is_refused_not_guessed_unless_the_file_shows_day_first():
    one = f"{KPJ_A};2024-09;1/10/2024;6000000;0;222000;120000;120000;60000"
    with pytest.raises(CsvError) as err:
        parse_csv(_rows(one))
    assert "1/10/2024" in err.value.text("id") and "Baris 2" in err.value.text("id")
    (st,) = parse_csv(_rows(one, f"{KPJ_A};2024-10;25/10/2024;6000000;0;222000;120000;120000;60000"))
    assert [r.paid_on for r in st.rows] == [dt.date(2024, 10, 1), dt.date(2024, 10, 25)]
    assert parse_csv(_rows(one.replace("1/10/2024", "1/1/2024")))[0].rows[0].paid_on == dt.date(2024, 1, 1)


def test_the_registry_reads_an_indonesian_excel_file():
    text = _rows(f"{KPJ_A};2024-01;2024-02-10;6.000.000,00;0;222.000;120.000;120.000;60.000")
    result = read_bytes(text.encode("utf-8-sig"), "excel.csv")
    assert result.statements[0].rows[0].jht_employer == D(222_000)


@settings(max_examples=60, deadline=None)
@given(hs.lists(statement_years(), max_size=5, unique_by=lambda s: (s.card.kpj, s.year)),
       hs.sampled_from(["en", "id"]))
def test_both_export_styles_re_import_exactly(statements, style):
    first = {}
    for st in statements:
        first.setdefault(st.card.kpj, st)
    statements = [type(s)(first[s.card.kpj].card, first[s.card.kpj].member, s.year, s.opening, s.contributions,
                          s.development, s.closing, s.rows, s.findings) for s in statements]
    text = write_history_csv(statements, style)
    assert text.splitlines()[1].count(";" if style == "id" else ",") > 5
    back = parse_csv("\ufeff" + text)
    key = lambda s: (s.card.kpj, s.year)  # noqa: E731
    wanted = {key(s): s for s in statements}
    assert sorted(map(key, back)) == sorted(wanted)
    for b in back:
        s = wanted[key(b)]
        assert Counter(b.rows) == Counter(s.rows)
        assert has_summary(b) == has_summary(s)
        if has_summary(s):
            assert (b.opening, b.contributions, b.development, b.closing) == \
                   (s.opening, s.contributions, s.development, s.closing)


def test_cli_exports_for_excel_indonesia_with_a_bom(tmp_path, capsys):
    out = tmp_path / "riwayat.csv"
    assert main(["--demo", "export-csv", "--out", str(out), "--number-style", "id"]) == 0
    data = out.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    text = data.decode("utf-8-sig")
    assert ";" in text.splitlines()[1] and "," in text.splitlines()[2]
    result = read_bytes(data, out.name)
    assert result.extractor == "jht-planner-csv" and len(result.statements) == 7


def test_a_style_mark_on_the_first_line_still_reads_as_a_template():
    text = "#angka=id\n" + _rows(f"{KPJ_A};2024-01;2024-02-10;6000000;0;222.000;120000;120000;60000")
    result = read_bytes(text.encode("utf-8"), "tanda.csv")
    assert result.extractor == "csv" and result.statements[0].rows[0].jht_employer == D(222_000)
