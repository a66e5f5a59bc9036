"""The PDF report: sections, numbers read back, masking, languages, determinism, CLI."""
from __future__ import annotations

import datetime as dt
import re
import threading
from pathlib import Path

import pytest
from pypdf import PdfReader

from models import Assumptions, Card, Finding, Member, Severity
from planner import __version__
from planner.format import mask_digits, rupiah
from planner.importers import read_files
from planner.montecarlo import Target, run_monte_carlo
from planner.projection import project
from planner.report import (
    Provenance, ReportCancelled, ReportData, ReportWriteError, build_report, report_clock, report_today,
)
from planner.rules import load_rules
from resources import DEMO_DIR
from ui.launcher import main

EPOCH = "1780000000"  # 2026-05-28 UTC
TODAY = dt.date(2026, 5, 28)
NIK = "3171014102900003"
KPJ = "15023456789"
QUICK = ["--balance", "38887665.97", "--as-of", "2024-12-31", "--birth-date", "1990-02-01", "--wage", "8100000"]


def _text(path: Path) -> tuple[list[str], PdfReader]:
    reader = PdfReader(str(path))
    return [p.extract_text() for p in reader.pages], reader


def _quick_result(**kw):
    a = Assumptions(balance=38887665.97, as_of=dt.date(2024, 12, 31), birth_date=dt.date(1990, 2, 1), wage=8100000.0,
                    wage_growth=0.05, annual_return=0.06, inflation=0.025, **kw)
    return a, project(a, today=TODAY)


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    """The full report on the bundled (fictional) demo statements, with bands and a target."""
    import os

    old = os.environ.get("SOURCE_DATE_EPOCH")
    os.environ["SOURCE_DATE_EPOCH"] = EPOCH
    try:
        results, cross = read_files(sorted(DEMO_DIR.glob("*.pdf")))
        statements = tuple(st for r in results for st in r.statements)
        latest = max(s.year for s in statements)
        last = [s for s in statements if s.year == latest]
        a = Assumptions(balance=float(sum(s.closing for s in last)), as_of=dt.date(latest, 12, 31),
                        birth_date=last[0].member.birth_date, wage=float(last[0].last_wage))
        result = project(a, today=report_today())
        bands = run_monte_carlo(a, paths=400, seed=5, target=Target(amount=150_000_000), today=report_today())
        out = {}
        for lang in ("id", "en"):
            data = ReportData(result=result, statements=statements, findings=tuple(cross), provenance=tuple(Provenance(r.file_name, r.sha256) for r in results),
                              bands=bands, source="statements", lang=lang)
            path = tmp_path_factory.mktemp("rep") / f"demo-{lang}.pdf"
            build_report(data, path)
            out[lang] = path
        out["data"] = data
        out["statements"] = statements
        out["results"] = results
        return out
    finally:
        if old is None:
            del os.environ["SOURCE_DATE_EPOCH"]
        else:
            os.environ["SOURCE_DATE_EPOCH"] = old


HEADINGS = {
    "id": ["Laporan Proyeksi JHT", "Peserta", "Angka utama", "Riwayat saldo", "Proyeksi", "Tabel proyeksi per tahun",
           "Rentang hasil (simulasi Monte Carlo)", "Pilihan pencairan", "Jaminan Pensiun (JP)", "Kecukupan",
           "Temuan audit", "Asumsi dan aturan", "Parameter aturan yang dipakai", "Parameter yang perlu ditinjau ulang",
           "Asal data yang diimpor", "Metode singkat", "JMO"],
    "en": ["JHT Projection Report", "Member", "Key figures", "Balance history", "Projection", "Year-by-year projection",
           "Range of outcomes (Monte Carlo simulation)", "Withdrawal options", "Pension (JP)", "Adequacy",
           "Audit findings", "Assumptions and rules", "Rule parameters used", "Parameters due for review",
           "Provenance of imported data", "The method in brief", "JMO"],
}


@pytest.mark.parametrize("lang", ["id", "en"])
def test_sections_and_page_numbers(demo, lang):
    pages, reader = _text(demo[lang])
    text = "\n".join(pages)
    for heading in HEADINGS[lang]:
        assert heading in text, heading
    n = len(pages)
    assert n >= 4
    word = ("Halaman {} dari {}" if lang == "id" else "Page {} of {}")
    for i, page in enumerate(pages, start=1):
        assert word.format(i, n) in page


@pytest.mark.parametrize("lang", ["id", "en"])
def test_numbers_read_back_equal_the_projection(demo, lang):
    text = "\n".join(_text(demo[lang])[0])
    r = demo["data"].result
    for amount in (r.balance_at_claim, r.balance_at_claim_real, r.tax, r.net, r.assumptions.balance):
        assert rupiah(amount, lang) in text
    for y in r.years:  # the whole year table, across its pages
        assert rupiah(y.closing, lang) in text and rupiah(y.development, lang) in text
    for st in demo["statements"]:
        assert rupiah(st.closing, lang) in text
    # every imported file is listed with its SHA-256
    for res in demo["results"]:
        assert res.sha256 in text


def test_identifiers_are_masked_by_default(demo):
    text = "\n".join(_text(demo["id"])[0])
    member = demo["statements"][0].member
    assert member.nik and member.nik not in text
    assert mask_digits(member.nik) in text
    for st in demo["statements"]:
        assert st.card.kpj not in text  # not in the card list, the tables, nor the file names
        assert mask_digits(st.card.kpj) in text


def test_show_ids_prints_them_in_full(tmp_path):
    _a, result = _quick_result()
    member = Member("Siti Fiktif", dt.date(1990, 2, 1), NIK)
    base = dict(result=result, member=member, cards=(Card(KPJ, "PT Contoh"),))
    masked, full = tmp_path / "m.pdf", tmp_path / "f.pdf"
    build_report(ReportData(**base), masked)
    build_report(ReportData(**base, show_ids=True), full)
    masked_text = "\n".join(_text(masked)[0])
    full_text = "\n".join(_text(full)[0])
    assert NIK not in masked_text and KPJ not in masked_text
    assert "150•••••789" in masked_text and mask_digits(NIK) in masked_text
    assert NIK in full_text and KPJ in full_text


def test_absent_inputs_are_said_not_hidden(tmp_path):
    _a, result = _quick_result()
    path = tmp_path / "quick.pdf"
    build_report(ReportData(result=result), path)
    text = "\n".join(_text(path)[0])
    assert "Tidak ada riwayat: data dari entri cepat" in text
    assert "Tidak ada rentang hasil" in text
    assert "JP tidak dihitung" in text
    assert "Tidak ada perbandingan pilihan pencairan" in text
    assert "Tidak ada temuan audit" in text
    assert "Tidak ada berkas yang diimpor" in text
    assert rupiah(result.balance_at_claim) in text


def test_r_parameters_are_flagged_and_stale_ones_listed(tmp_path, monkeypatch):
    # Defaults of confidence [R] (return, wage growth) drive the numbers: they carry [R].
    a = Assumptions(balance=38887665.97, as_of=dt.date(2024, 12, 31), birth_date=dt.date(1990, 2, 1), wage=8100000.0)
    monkeypatch.setenv("SOURCE_DATE_EPOCH", str(int(dt.datetime(2029, 6, 1, tzinfo=dt.timezone.utc).timestamp())))
    assert report_today() == dt.date(2029, 6, 1)
    result = project(a, today=report_today())
    path = tmp_path / "r.pdf"
    build_report(ReportData(result=result, lang="en"), path)
    text = "\n".join(_text(path)[0])
    assert rupiah(result.balance_at_claim, "en") + " [R]" in text
    assert "Default JHT return per year" in text and "widely repeated" in text
    # In 2029 the parameters verified in 2026 are past their review date.
    assert "due for review by" in text
    assert "Every parameter used is within its review period" not in text


def test_findings_are_listed(tmp_path):
    _a, result = _quick_result()
    f = Finding("late_payment", Severity.WARNING, f"Iuran kartu {KPJ} bulan 2024-03 disetor terlambat.",
                ("2024-03",), KPJ, 2024)
    path = tmp_path / "f.pdf"
    build_report(ReportData(result=result, findings=(f,)), path)
    text = "\n".join(_text(path)[0])
    assert "disetor terlambat" in text and "Peringatan" in text
    assert KPJ not in text  # masked inside the message too


def test_same_bytes_for_same_epoch_and_seed(tmp_path, monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", EPOCH)
    a, result = _quick_result()
    paths = []
    for i in range(2):
        bands = run_monte_carlo(a, paths=300, seed=42, today=report_today())
        p = tmp_path / f"same{i}.pdf"
        build_report(ReportData(result=result, bands=bands), p)
        paths.append(p)
    assert paths[0].read_bytes() == paths[1].read_bytes()
    bands = run_monte_carlo(a, paths=300, seed=43, today=report_today())
    other = tmp_path / "other.pdf"
    build_report(ReportData(result=result, bands=bands), other)
    assert other.read_bytes() != paths[0].read_bytes()


def test_printed_date_and_metadata_follow_source_date_epoch(demo):
    pages, reader = _text(demo["id"])
    meta = reader.metadata
    assert meta.title == "Laporan Proyeksi JHT"
    assert meta.subject and "JHT" in meta.subject
    assert meta.creator == f"jht-planner {__version__}"
    assert meta.creation_date.replace(tzinfo=None) == dt.datetime(2026, 5, 28, 20, 26, 40)
    assert "dicetak 28 Mei 2026" in pages[0]
    en_meta = PdfReader(str(demo["en"])).metadata
    assert en_meta.title == "JHT Projection Report"


def test_clock_without_epoch_is_now(monkeypatch):
    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)
    assert abs((report_clock() - dt.datetime.now().astimezone()).total_seconds()) < 60
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "not a number")
    assert report_today() == dt.date.today()


def test_size_and_embedded_fonts(demo):
    for lang in ("id", "en"):
        assert demo[lang].stat().st_size < 1_000_000
    raw = demo["id"].read_bytes()
    assert b"/FontFile2" in raw  # TrueType (pdf.fonttype 42) embedded
    assert b"/Subtype /Image" not in raw  # charts are vector, nothing rasterised


def test_long_tables_repeat_their_header(tmp_path):
    # Born 2004: a 40-year projection does not fit one page.
    a = Assumptions(balance=1_000_000.0, as_of=dt.date(2025, 12, 31), birth_date=dt.date(2004, 7, 9), wage=5_000_000.0,
                    wage_growth=0.05, annual_return=0.06, inflation=0.025)
    result = project(a, today=TODAY)
    path = tmp_path / "long.pdf"
    info = build_report(ReportData(result=result), path)
    pages, _ = _text(path)
    assert info.pages == len(pages)
    with_table = [p for p in pages if rupiah(result.years[0].closing) in p or "(lanjutan)" in p]
    continued = [p for p in pages if "(lanjutan)" in p]
    assert continued, "the year table should run over a page"
    for p in continued:
        assert "Pengembangan" in p and "Tahun" in p  # header repeated
    text = "\n".join(pages)
    for y in result.years:
        assert re.search(rf"\b{y.year}\b", text)
        assert rupiah(y.closing) in text
    assert len(with_table) >= 2


def test_progress_and_cancel(tmp_path):
    _a, result = _quick_result()
    seen: list[float] = []
    path = tmp_path / "p.pdf"
    build_report(ReportData(result=result), path, progress=seen.append)
    assert seen[0] == 0.0 and seen[-1] == 1.0 and seen == sorted(seen)

    path.write_bytes(b"old")
    with pytest.raises(ReportCancelled):
        build_report(ReportData(result=result), path, progress=lambda f: f < 0.3)
    assert path.read_bytes() == b"old"  # the earlier file is untouched
    assert not list(tmp_path.glob(".*.part"))

    event = threading.Event()
    event.set()
    fresh = tmp_path / "never.pdf"
    with pytest.raises(ReportCancelled):
        build_report(ReportData(result=result), fresh, cancel=event)
    assert not fresh.exists()


def test_write_errors_are_user_errors(tmp_path):
    _a, result = _quick_result()
    with pytest.raises(ReportWriteError) as missing:
        build_report(ReportData(result=result), tmp_path / "no" / "such" / "r.pdf")
    assert "folder" in missing.value.text("en")
    with pytest.raises(ReportWriteError):
        build_report(ReportData(result=result), tmp_path / "r.txt")


def test_cli_writes_the_report(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", EPOCH)
    out = tmp_path / "cli.pdf"
    assert main(["report", *QUICK, "--paths", "200", "--seed", "3", "--target", "300000000", "--out", str(out)]) == 0
    assert "cli.pdf" in capsys.readouterr().out
    text = "\n".join(_text(out)[0])
    _a, result = _quick_result(claim_age=None)
    a = Assumptions(balance=38887665.97, as_of=dt.date(2024, 12, 31), birth_date=dt.date(1990, 2, 1), wage=8100000.0)
    expected = project(a, today=report_today())
    assert rupiah(expected.balance_at_claim) in text
    assert "benih (seed) 3" in text and "Peluang mencapai target" in text
    again = tmp_path / "again.pdf"
    assert main(["report", *QUICK, "--paths", "200", "--seed", "3", "--target", "300000000", "--out", str(again)]) == 0
    assert again.read_bytes() == out.read_bytes()


def test_cli_english_no_bands(tmp_path, capsys):
    out = tmp_path / "en.pdf"
    assert main(["report", *QUICK, "--no-bands", "--lang", "en", "--out", str(out)]) == 0
    text = "\n".join(_text(out)[0])
    assert "JHT Projection Report" in text and "No range of outcomes" in text and "Page 1 of" in text


@pytest.mark.parametrize("args", [
    [*QUICK[:1], "lots", *QUICK[2:], "--out", "{d}/r.pdf"],
    [*QUICK, "--out", "{d}/r.txt"],
    [*QUICK, "--out", "{d}/missing/r.pdf"],
    [*QUICK, "--wage-growth", "3", "--out", "{d}/r.pdf"],
    [*QUICK, "--paths", "0", "--out", "{d}/r.pdf"],
    [*QUICK],  # no --out
])
def test_cli_bad_input_exits_2_with_one_sentence(tmp_path, capsys, args):
    args = [a.replace("{d}", str(tmp_path)) for a in args]
    try:
        status = main(["report", *args])
    except SystemExit as exc:  # argparse's own errors (a missing --out) exit from the parser
        status = exc.code
    assert status == 2
    err = capsys.readouterr().err.strip()
    assert err and "\n" not in err and "Traceback" not in err
    assert not list(tmp_path.glob("*.pdf"))


def test_cli_demo_source_fills_history_jp_and_withdrawal(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", EPOCH)
    out = tmp_path / "demo.pdf"
    assert main(["report", "--demo", "--no-bands", "--cash-out-date", "2027-06-30", "--out", str(out)]) == 0
    text = "\n".join(_text(out)[0])
    results, _cross = read_files(sorted(DEMO_DIR.glob("*.pdf")))
    for res in results:
        assert res.sha256 in text  # provenance: every file with its SHA-256 ...
        for st in res.statements:
            assert rupiah(st.closing) in text  # ... and its years in the history table
            assert st.card.kpj not in text
    assert "Data demo (fiktif)" in text
    assert "Usia pensiun JP" in text  # the demo statements carry Masa Iuran JP
    flat = " ".join(text.split())
    assert "Cairkan semua setelah berhenti kerja pada 30 Juni 2027" in flat
    assert "Tidak ada riwayat" not in text
    assert "Rasio penggantian" in text and "Kecukupan tidak dihitung" not in text


def test_cli_stored_source_lists_the_imports(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", EPOCH)
    files = sorted(DEMO_DIR.glob("*.pdf"))[:2]
    assert main(["import", *map(str, files)]) == 0
    out = tmp_path / "stored.pdf"
    assert main(["report", "--stored", "--no-bands", "--lang", "en", "--jp-months", "24", "--out", str(out)]) == 0
    text = "\n".join(_text(out)[0])
    assert "Stored data" in text
    for f in files:
        assert mask_digits(re.search(r"\d{10,}", f.name).group()) in text
    assert "JP pension age" in text


def test_cli_stored_without_data_is_one_sentence(tmp_path, capsys):
    assert main(["report", "--stored", "--no-bands", "--out", str(tmp_path / "x.pdf")]) == 2
    err = capsys.readouterr().err.strip()
    assert err and "\n" not in err
    assert not (tmp_path / "x.pdf").exists()


def test_jp_withdrawal_and_adequacy_numbers_read_back(tmp_path):
    from planner.adequacy import adequacy_for
    from planner.jp import jp_for_assumptions
    from planner.withdrawal import compare

    a, result = _quick_result()
    jp = jp_for_assumptions(result.assumptions, 60, stop_date=result.stop_date, today=TODAY)
    comparison = compare(a, cash_out_on=dt.date(2027, 6, 30), today=TODAY)
    adequacy = adequacy_for(result, jp, today=TODAY)
    path = tmp_path / "extras.pdf"
    build_report(ReportData(result=result, jp=jp, withdrawal=comparison, adequacy=adequacy, lang="en"), path)
    flat = " ".join("\n".join(_text(path)[0]).split())
    assert rupiah(jp.monthly_benefit, "en") in flat and "JP pension age" in flat
    for option in comparison.options:
        assert rupiah(option.value_real, "en") in flat
    assert rupiah(comparison.options[1].cost_vs_keep, "en") in flat
    assert rupiah(adequacy.jht_income, "en") in flat and adequacy.text("en") in flat
    rules = load_rules()  # their rules are listed, by name (a member reads no parameter keys)
    assert all(" ".join(rules.parameter(name).label.split()) in flat
               for name in ("jht.resignation_wait_months", "macro.ilo_min_replacement"))
