"""The RSJHT extractor on the extracted text of each variant (fixtures/*.txt)."""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pypdf
import pytest

from planner.importers import IncompleteStatement
from planner.importers.rsjht import RsjhtExtractor
from tests.planner.importers.variants import VARIANTS, extract, make_pdf, read_fixture, source_statement

READABLE = [name for name in VARIANTS if name != "rsjht-columns-plain"]
RSJHT = RsjhtExtractor()


@pytest.mark.parametrize("name", READABLE)
def test_every_readable_variant_gives_back_the_statement_it_was_made_from(name):
    kpj, year, _, _ = VARIANTS[name]
    _, text = read_fixture(name)
    assert RSJHT.matches(text)
    assert RSJHT.extract(text) == [source_statement(kpj, year)]


def test_the_two_text_layouts_really_differ():
    _, rows = read_fixture("rsjht-rows-en")
    _, cells = read_fixture("rsjht-cells-en")
    assert any(line.startswith("1 08-01-2024 12-2023 10-01-2024") for line in rows.splitlines())
    lines = cells.splitlines()
    assert "08-01-2024" in lines and "12-2023" in lines and "7,800,000.00" in lines
    assert RSJHT.extract(rows) == RSJHT.extract(cells)


def test_row_per_line_fixture_values_read_by_hand():
    _, text = read_fixture("rsjht-rows-en")
    st = RSJHT.extract(text)[0]
    assert st.card.kpj == "23000067890" and st.card.npp == "NN000002"
    assert st.card.employer == "PT FIKTIF DIGITAL NUSANTARA"
    assert st.member.name == "BUDI CONTOH SANTOSO"
    assert st.member.nik == "3171010102900001"
    assert st.member.birth_date == dt.date(1990, 2, 1)
    assert (st.year, st.printed_on, st.branch) == (2024, dt.date(2025, 1, 20), "BANDUNG CONTOH")
    assert (st.member_since, st.jp_months) == ("03-2023", 21)
    assert st.jp_accumulated == Decimal("2106000.00")
    assert st.opening == Decimal("4113105.75")
    assert st.contributions == Decimal("5677200.00")
    assert st.development == Decimal("427362.35")
    assert st.closing == Decimal("10217668.10")
    assert st.jumlah == (Decimal("3685200.00"), Decimal("1992000.00"), Decimal("1992000.00"), Decimal("996000.00"))
    assert st.jht_age_date == dt.date(2046, 2, 1)
    assert len(st.rows) == 13
    first = st.rows[0]
    assert first.period == (2023, 12) and first.paid_on == dt.date(2024, 1, 8) and first.posted_on == dt.date(2024, 1, 10)
    back_pay = st.rows[3]  # "4 09-04-2024 02-2024 11-04-2024 0.00 600,000.00 22,200.00 12,000.00 ..."
    assert back_pay.period == (2024, 2) and back_pay.wage == 0 and back_pay.rapel == Decimal("600000.00")
    assert (back_pay.jht_employer, back_pay.jht_worker) == (Decimal("22200.00"), Decimal("12000.00"))
    assert (back_pay.jp_employer, back_pay.jp_worker) == (Decimal("12000.00"), Decimal("6000.00"))
    assert [r.period for r in st.rows].count((2024, 2)) == 2  # one month, two rows


def test_indonesian_amounts_and_slash_dates_read_as_the_same_numbers():
    _, en = read_fixture("rsjht-rows-en")
    _, id_ = read_fixture("rsjht-rows-id-slash")
    assert "4.113.105,75" in id_ and "08/01/2024" in id_
    assert RSJHT.extract(id_) == RSJHT.extract(en)


def test_multipage_with_repeated_headers_and_footers():
    _, text = read_fixture("rsjht-multipage-en")
    assert text.count("No Tgl Setor BL-TH") == 4 and "Halaman 4 dari 4" in text
    st = RSJHT.extract(text)[0]
    assert [r.paid_on.month for r in st.rows] == list(range(1, 13))
    assert st.rows[7].paid_on == dt.date(2021, 8, 23)  # the late one, row 8


def test_column_by_column_plain_text_is_incomplete_not_a_statement_without_rows():
    _, text = read_fixture("rsjht-columns-plain")
    assert RSJHT.matches(text)
    with pytest.raises(IncompleteStatement) as err:
        RSJHT.extract(text)
    assert err.value.code == "incomplete"


def test_a_document_with_mixed_number_styles_is_refused():
    _, text = read_fixture("rsjht-rows-en")
    mixed = text.replace("310,800.00", "310.800,00", 1)
    with pytest.raises(IncompleteStatement):
        RSJHT.extract(mixed)


def test_a_missing_middle_row_is_refused():
    _, text = read_fixture("rsjht-rows-en")
    lines = [line for line in text.splitlines() if not line.startswith("6 11-05-2024")]
    with pytest.raises(IncompleteStatement) as err:
        RSJHT.extract("\n".join(lines))
    assert "6" in err.value.en_text


def test_an_unreadable_last_row_is_refused():
    _, text = read_fixture("rsjht-rows-en")
    broken = text.replace("13 08-12-2024 11-2024 10-12-2024 8,400,000.00", "13 08-12-2024 11-2024 10-12-2024 8,400,000.0O")
    assert broken != text
    with pytest.raises(IncompleteStatement):
        RSJHT.extract(broken)


def test_missing_summary_is_refused():
    _, text = read_fixture("rsjht-rows-en")
    with pytest.raises(IncompleteStatement):
        RSJHT.extract(text.replace("Saldo Akhir Per", "Saldo Per"))


def test_two_statements_in_one_text_give_two_years():
    _, a = read_fixture("rsjht-rows-en")
    _, b = read_fixture("rsjht-multipage-en")
    got = RSJHT.extract(a + "\n" + b)
    assert [(s.card.kpj, s.year) for s in got] == [("23000067890", 2024), ("19000012345", 2021)]
    assert got == [source_statement("23000067890", 2024), source_statement("19000012345", 2021)]


def test_unrelated_text_does_not_match():
    assert not RSJHT.matches("Laporan keuangan tahunan\nSaldo kas 1.000.000,00\nHalaman 1 dari 2")
    assert not RSJHT.matches("")


@pytest.mark.parametrize("name", ["rsjht-rows-en", "rsjht-cells-en", "rsjht-columns-layout"])
def test_fixture_is_what_this_pypdf_extracts(name, tmp_path):
    header, text = read_fixture(name)
    if f"pypdf {pypdf.__version__}," not in header:
        pytest.skip(f"fixture made with another pypdf ({header.strip()}); regenerate with variants.py")
    assert extract(make_pdf(name, tmp_path), VARIANTS[name][3]) == text


def test_a_header_value_never_runs_into_the_table():
    _, text = read_fixture("rsjht-rows-en")
    # A producer that prints Nama Peserta last and no "No" column title.
    moved = text.replace("Nama Peserta : BUDI CONTOH SANTOSO", "").replace(
        "Ket. Nonaktif : -", "Ket. Nonaktif : - Nama Peserta : BUDI CONTOH SANTOSO").replace("No Tgl Setor", "Tgl Setor")
    assert RSJHT.extract(moved)[0].member.name == "BUDI CONTOH SANTOSO"
