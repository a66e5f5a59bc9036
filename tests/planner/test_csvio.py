from __future__ import annotations

import datetime as dt
from collections import Counter
from decimal import Decimal as D

import pytest
from hypothesis import given, settings
from hypothesis import strategies as hs

from models import Card, Contribution, Finding, Member, Segment, Severity, StatementYear
from planner import csvio
from planner.csvio import CsvError, has_summary, parse_csv, tidy_summaryless, write_history_csv
from planner.importers import extractors, read_bytes
from planner.projection import project
from tests.planner.test_store import KPJ_A, KPJ_B, statement

ROWS_TEMPLATE = (
    "kpj,bl_th,tgl_setor,tgl_posting,upah,rapel,iuran_jht_pemberi_kerja,iuran_jht_tk,iuran_jp_pemberi_kerja,iuran_jp_tk\n"
    f"{KPJ_A},2024-01,2024-02-10,2024-02-12,6000000,0,222000.00,120000.00,120000,60000\n"
    f"{KPJ_A},01-2024,10-03-2024,,0,500000,18500,10000,,\n"
)


def test_rows_template_is_read_and_has_no_summary():
    (st,) = parse_csv(ROWS_TEMPLATE)
    assert st.card.kpj == KPJ_A and st.year == 2024 and not has_summary(st)
    first, second = st.rows
    assert first == Contribution((2024, 1), dt.date(2024, 2, 10), dt.date(2024, 2, 12), D("6000000"), D(0),
                                 D("222000.00"), D("120000.00"), D("120000"), D("60000"))
    assert second.period == (2024, 1) and second.rapel == D("500000") and second.jp_worker == 0
    assert second.posted_on is None and second.paid_on == dt.date(2024, 3, 10)


def test_bom_and_semicolons_with_decimal_commas_are_read():
    text = "\ufeff" + ROWS_TEMPLATE.replace(",", ";").replace("222000.00", "222000,00").replace("120000.00", "120000,5")
    (st,) = parse_csv(text)
    assert st.rows[0].jht_employer == D("222000.00") and st.rows[0].jht_worker == D("120000.5")


def test_summary_template_with_identity_columns():
    text = ("nama_peserta,kpj,tahun,saldo_awal,iuran,pengembangan,saldo_akhir,tanggal_lahir,nama_pemberi_kerja,segmen\n"
            f"RINA,{KPJ_A},2023,10000000.00,4104000.00,725929.10,14829929.10,1990-02-01,PT A,pu\n"
            f"RINA,{KPJ_B},2023,0,100,1,101,01-02-1990,PT B,BPU\n")
    a, b = parse_csv(text)
    assert has_summary(a) and a.closing == D("14829929.10") and a.rows == ()
    assert a.member == Member("RINA", dt.date(1990, 2, 1)) and a.card == Card(KPJ_A, "PT A", "", Segment.PU)
    assert b.card.segment == Segment.BPU and b.member.birth_date == dt.date(1990, 2, 1)


@pytest.mark.parametrize("bad, where", [
    (ROWS_TEMPLATE.replace("6000000,0", "6.000.000,0"), "Baris 2"),
    (ROWS_TEMPLATE.replace("2024-01,", "2024-13,"), "Baris 2"),
    (ROWS_TEMPLATE.replace("10-03-2024", "31-02-2024"), "Baris 3"),
    (ROWS_TEMPLATE.replace("upah,", "gaji,"), "upah"),
    ("kpj;tahun\n1;2", "judul"),
    (f"{KPJ_A},2024-01\n", "judul"),
])
def test_bad_csv_says_where_in_one_sentence(bad, where):
    with pytest.raises(CsvError) as err:
        parse_csv(bad)
    assert where in err.value.text("id") and "\n" not in err.value.text("id")
    assert err.value.text("en").startswith("CSV line")


def test_detected_by_content_through_the_registry():
    names = {e.name for e in extractors()}
    assert {"csv", "jht-planner-csv"} <= names
    template = read_bytes(ROWS_TEMPLATE.encode("utf-8-sig"), "anything.txt")
    assert template.extractor == "csv"
    export = read_bytes(write_history_csv([statement()]).encode("utf-8-sig"), "no-extension")
    assert export.extractor == "jht-planner-csv"
    assert csvio.is_export(write_history_csv([])) and not csvio.is_template(write_history_csv([]))
    assert csvio.is_template(ROWS_TEMPLATE) and not csvio.is_export(ROWS_TEMPLATE)


def test_tidy_drops_summary_findings_of_rows_only_years():
    (st,) = parse_csv(ROWS_TEMPLATE)
    noisy = st.with_findings((Finding("iuran_mismatch", Severity.WARNING, "x", (), KPJ_A, 2024),
                              Finding("late_payment", Severity.WARNING, "y", ("2024-01",), KPJ_A, 2024)), 0.0)
    assert not has_summary(noisy)  # the audit wiped the marker; the shape still tells
    across = [Finding("chain_break", Severity.ERROR, "z", (), KPJ_A, 2023),
              Finding("missing_months", Severity.WARNING, "m", ("2024-02",), KPJ_A, None)]
    (clean,), kept = tidy_summaryless([noisy], across)
    assert [f.code for f in clean.findings] == ["summary_missing", "late_payment"]
    assert clean.effective_return is None and [f.code for f in kept] == ["missing_months"]


amount = hs.decimals(min_value=0, max_value=10**10, places=2, allow_nan=False, allow_infinity=False)
day = hs.dates(dt.date(2015, 1, 1), dt.date(2030, 12, 31))


@hs.composite
def contributions(draw) -> Contribution:
    return Contribution((draw(hs.integers(2015, 2030)), draw(hs.integers(1, 12))), draw(hs.none() | day),
                        draw(hs.none() | day), draw(amount), draw(amount), draw(amount), draw(amount),
                        draw(amount), draw(amount))


@hs.composite
def statement_years(draw) -> StatementYear:
    kpj = draw(hs.sampled_from([KPJ_A, KPJ_B]))
    year = draw(hs.integers(2015, 2030))
    rows = tuple(draw(hs.lists(contributions(), max_size=6)))
    name = draw(hs.text(alphabet="ABCDEFGHIJ ,\"'.", max_size=12)).strip()
    st = StatementYear(Card(kpj, draw(hs.sampled_from(["PT A, Tbk", "CV \"B\"", ""]))), Member(name), year,
                       draw(amount), draw(amount), draw(amount), draw(amount) + D("0.01"), rows)
    if rows and draw(hs.booleans()):  # a year known only from its rows
        st = StatementYear(st.card, st.member, year, D(0), D(0), D(0), D(0), rows,
                           findings=(csvio.summary_missing_finding(kpj, year),))
    return st


@settings(max_examples=60, deadline=None)
@given(hs.lists(statement_years(), max_size=5, unique_by=lambda s: (s.card.kpj, s.year)))
def test_export_then_import_gives_the_same_rows_and_summaries(statements):
    # one name and employer per card, as a store would hold them
    first = {}
    for st in statements:
        first.setdefault(st.card.kpj, st)
    statements = [StatementYear(first[s.card.kpj].card, first[s.card.kpj].member, s.year, s.opening, s.contributions,
                                s.development, s.closing, s.rows, s.findings) for s in statements]
    back = parse_csv("\ufeff" + write_history_csv(statements))
    key = lambda s: (s.card.kpj, s.year)  # noqa: E731
    assert sorted(map(key, back)) == sorted(map(key, statements))
    wanted = {key(s): s for s in statements}
    for b in back:
        s = wanted[key(b)]
        assert Counter(b.rows) == Counter(s.rows)
        assert has_summary(b) == has_summary(s)
        if has_summary(s):
            assert (b.opening, b.contributions, b.development, b.closing) == \
                   (s.opening, s.contributions, s.development, s.closing)
        assert b.card.employer == s.card.employer and b.member.name == s.member.name


def test_projection_csv_has_one_line_a_year():
    from models import Assumptions

    r = project(Assumptions(10_000_000, dt.date(2024, 12, 31), dt.date(1990, 2, 1), 6_000_000))
    lines = csvio.write_projection_csv(r).splitlines()
    assert lines[0].split(",") == list(csvio.PROJECTION_COLUMNS)
    assert len(lines) == 1 + len(r.years)
    assert lines[1].split(",")[0] == str(r.years[0].year)
