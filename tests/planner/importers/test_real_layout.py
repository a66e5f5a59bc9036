"""The layout BPJS really prints (fixtures/real-*.txt, from resources/demo/make_real_layout.py)."""
from __future__ import annotations

import datetime as dt
from dataclasses import replace
from decimal import Decimal

import pypdf
import pytest
from hypothesis import given, settings
from hypothesis import strategies as hs

from models import Beneficiary, Relation
from planner.audit import audit_statement
from planner.errors import UserError
from planner.importers import read_file
from planner.importers.rsjht import RsjhtExtractor, read_lines
from planner.rules import load_rules
from resources.demo.make_real_layout import SHORT_BY
from tests.planner import test_fuzz_import as fuzz
from tests.planner.importers.variants import REAL_VARIANTS, extract, make_real_pdf, read_fixture, real_source

RSJHT = RsjhtExtractor()
D = Decimal


@pytest.mark.parametrize("name", list(REAL_VARIANTS))
def test_every_real_layout_variant_gives_back_the_statement_it_was_made_from(name):
    _, text = read_fixture(name)
    assert RSJHT.matches(text)
    [st] = RSJHT.extract(text)
    source = real_source(name)
    assert st == source
    assert st.card.beneficiaries == source.card.beneficiaries  # not part of Card equality


def test_interleaved_columns_really_put_the_spouse_on_the_members_line():
    _, text = read_fixture("real-interleaved-en")
    assert "Nama Peserta : SITI CONTOH RAHAYU Suami/Istri : -/AHMAD CONTOH WIJAYA" in text
    [st] = RSJHT.extract(text)
    assert st.member.name == "SITI CONTOH RAHAYU"
    assert st.card.beneficiaries == (Beneficiary(Relation.SPOUSE, "AHMAD CONTOH WIJAYA"),
                                     Beneficiary(Relation.CHILD, "PUTRI CONTOH LESTARI"))
    assert "AHMAD" not in repr(st)  # beneficiaries stay out of reprs, hence out of logs


def test_real_layout_values_read_by_hand():
    _, text = read_fixture("real-interleaved-en")
    assert "Masa Iuran JP : 46 Bln" in text and "Ket. Nonaktif :-/-" in text and "Upah*" in text
    [st] = RSJHT.extract(text)
    assert (st.card.kpj, st.member.nik, st.card.npp) == ("17012345678", "3273015407880002", "12345678")
    assert st.card.employer == "PT CONTOH SENTOSA ABADI" and st.branch == "BANDUNG CONTOH"
    assert (st.year, st.printed_on, st.member.birth_date) == (2020, dt.date(2021, 9, 16), dt.date(1988, 7, 14))
    assert (st.member_since, st.jp_months) == ("02-2017", 46)
    assert st.jp_accumulated_parts == (D("2720000.00"), D("1360000.00"))
    assert st.jp_accumulated == D("4080000.00")
    # JP columns of Jumlah = Akumulasi + 12 rows: 3,680,000 = 2,720,000 + 12 x 80,000
    assert st.jumlah == (D("1776000.00"), D("960000.00"), D("3680000.00"), D("1840000.00"))
    assert st.jp_contributed == D("4080000.00") + 12 * D("120000.00")
    assert (st.opening, st.contributions, st.closing) == (D("8512340.35"), D("2736000.00"), D("11805961.88"))
    assert st.jht_age_date == dt.date(2044, 7, 14) and st.jp_pension_date == dt.date(2045, 7, 14)
    assert [r.period for r in st.rows][:2] == [(2019, 12), (2020, 1)] and len(st.rows) == 12
    late = st.rows[7]
    assert (late.paid_on, late.posted_on) == (dt.date(2020, 8, 10), dt.date(2020, 9, 10))


def test_a_real_statement_raises_no_finding_it_does_not_justify():
    [st] = RSJHT.extract(read_fixture("real-interleaved-en")[1])
    assert [f.code for f in audit_statement(st, load_rules()).findings] == []


def test_the_jp_total_check_still_catches_a_wrong_jp_column():
    [st] = RSJHT.extract(read_fixture("real-interleaved-en")[1])
    wrong = replace(st, jumlah=st.jumlah[:3] + (st.jumlah[3] - 40_000,))
    found = [f for f in audit_statement(wrong, load_rules()).findings if f.code == "total_mismatch"]
    assert len(found) == 1 and "JP TK" in found[0].message


def test_two_pages_back_pay_missing_months_and_a_short_summary():
    _, text = read_fixture("real-two-pages-en")
    assert text.count("INFORMASI DANA DAN USIA PENSIUN") == 2 and text.count("Nama Peserta") == 2
    [st] = RSJHT.extract(text)
    assert len(st.rows) == 11 and [r.period for r in st.rows].count((2021, 2)) == 2
    back_pay = next(r for r in st.rows if r.wage == 0)
    assert back_pay.rapel == D("350000.00")
    assert {(2021, 4), (2021, 5)}.isdisjoint(r.period for r in st.rows)
    codes = sorted(f.code for f in audit_statement(st, load_rules()).findings)
    assert codes == ["summary_mismatch"]
    assert st.opening + st.contributions + st.development - st.closing == SHORT_BY


def test_the_whole_pdf_is_read_and_audited(tmp_path):
    result = read_file(make_real_pdf("real-two-pages-en", tmp_path))
    [st] = result.statements
    assert [f.code for f in st.findings] == ["summary_mismatch"]
    assert [(f.code, f.periods) for f in result.findings] == [("missing_months", ("2021-04", "2021-05"))]


def test_lines_from_ocr_read_the_same():
    _, text = read_fixture("real-interleaved-en")
    assert read_lines(text.splitlines()) == RSJHT.extract(text)


def test_two_real_statements_in_one_text_give_two_years():
    a, b = read_fixture("real-interleaved-en")[1], read_fixture("real-two-pages-en")[1]
    got = RSJHT.extract(a + "\n" + b)
    assert got == [real_source("real-interleaved-en"), real_source("real-two-pages-en")]


@pytest.mark.parametrize("name", ["real-interleaved-en", "real-two-pages-id-layout"])
def test_real_fixture_is_what_this_pypdf_extracts(name, tmp_path):
    header, text = read_fixture(name)
    if f"pypdf {pypdf.__version__}," not in header:
        pytest.skip(f"fixture made with another pypdf ({header.strip()}); regenerate with variants.py")
    assert extract(make_real_pdf(name, tmp_path), REAL_VARIANTS[name][2]) == text


def test_a_stored_real_statement_without_the_akumulasi_split_raises_no_false_total_mismatch():
    [st] = RSJHT.extract(read_fixture("real-interleaved-en")[1])
    stored = replace(st, jp_accumulated_parts=None)  # what a store without the split gives back
    assert [f.code for f in audit_statement(stored, load_rules()).findings] == []
    wrong = replace(stored, jumlah=st.jumlah[:3] + (st.jumlah[3] - 40_000,))
    assert [f.code for f in audit_statement(wrong, load_rules()).findings] == ["total_mismatch"] * 2


def test_the_csv_export_keeps_everything_the_real_layout_adds(tmp_path):
    from planner.csvio import parse_csv, write_history_csv

    [st] = RSJHT.extract(read_fixture("real-two-pages-en")[1])
    for style in ("en", "id"):
        [back] = parse_csv(write_history_csv([st], style))
        assert back.jp_accumulated_parts == st.jp_accumulated_parts
        assert back.jp_pension_date == st.jp_pension_date and back.jumlah == st.jumlah
        assert back.card.beneficiaries == ()  # beneficiaries never leave the statement


@settings(max_examples=150, deadline=None, derandomize=True)
@given(name=hs.sampled_from(sorted(REAL_VARIANTS)), ops=hs.lists(fuzz._op, min_size=1, max_size=6))
def test_mutated_real_layout_text_reads_or_fails_plainly(name, ops):
    text = fuzz.mutate_text(read_fixture(name)[1], ops)
    try:
        statements = RSJHT.extract(text) if RSJHT.matches(text) else []
    except UserError as err:
        assert err.code and "\n" not in err.text("id") and "Traceback" not in err.text("en")
        return
    for st in statements:
        assert st.member.name and not any(b.name in st.member.name for b in st.card.beneficiaries)
