"""Reading files: detection by content, every way a file can be wrong, several files at once."""
from __future__ import annotations

import hashlib
import io
import os
from pathlib import Path

import pypdf
import pytest

import planner.importers as importers
from planner.errors import UserError
from planner.importers import (
    MAX_BYTES,
    MAX_PAGES,
    ImportResult,
    extractors,
    read_bytes,
    read_file,
    read_files,
    register,
)
from planner.importers.rsjht import RsjhtExtractor
from resources import DEMO_DIR
from resources.demo.make_demo import demo_statements, write_statement_pdf
from tests.planner.importers.variants import make_pdf, source_statement

DEMO_FILES = sorted(DEMO_DIR.glob("rsjht-*.pdf"))
PASSWORD = "01021990"


def _code(call, *args, **kwargs) -> UserError:
    with pytest.raises(UserError) as err:
        call(*args, **kwargs)
    e = err.value
    assert e.id_text and e.en_text and e.id_text != e.en_text
    assert "Traceback" not in e.id_text
    return e


def _figure_pdf(tmp_path: Path, draw) -> Path:
    import matplotlib
    from matplotlib.backends.backend_pdf import FigureCanvasPdf
    from matplotlib.figure import Figure

    fig = Figure(figsize=(8.27, 11.69))
    draw(fig)
    path = tmp_path / "other.pdf"
    with matplotlib.rc_context({"pdf.fonttype": 42}):
        FigureCanvasPdf(fig).print_pdf(path)
    return path


def _demo_2024() -> Path:
    return next(p for p in DEMO_FILES if p.name == "rsjht-23000067890-2024.pdf")


# --------------------------------------------------------------------------- good files

def test_registry_holds_the_rsjht_extractor_with_its_labels():
    names = [e.name for e in extractors()]
    assert "rsjht" in names
    rsjht = next(e for e in extractors() if e.name == "rsjht")
    assert isinstance(rsjht, importers.Extractor)
    assert rsjht.source == "pdf" and "Saldo Awal Per" in rsjht.labels
    assert rsjht.title_id and rsjht.title_en and rsjht.version


def test_demo_statements_are_committed_and_read_back_to_what_made_them():
    assert len(DEMO_FILES) == len(demo_statements())
    for path in DEMO_FILES:
        result = read_file(path)
        assert isinstance(result, ImportResult)
        assert result.path == path and result.file_name == path.name
        assert result.sha256 == hashlib.sha256(path.read_bytes()).hexdigest()
        assert result.extractor == "rsjht" and result.extractor_version == RsjhtExtractor.version
        (st,) = result.statements
        assert st.rows == source_statement(st.card.kpj, st.year).rows
        assert st.closing == source_statement(st.card.kpj, st.year).closing
        assert st.effective_return is not None


def test_demo_generator_is_deterministic(tmp_path):
    st = source_statement("23000067890", 2024)
    a = write_statement_pdf(st, tmp_path / "a.pdf").read_bytes()
    assert a == write_statement_pdf(st, tmp_path / "b.pdf").read_bytes()
    assert a == _demo_2024().read_bytes()


def test_several_files_several_cards_audited_together():
    results, findings = read_files(DEMO_FILES)
    cards = {st.card.kpj for r in results for st in r.statements}
    assert cards == {"19000012345", "23000067890"}
    assert {st.card.employer for r in results for st in r.statements} == {
        "PT CONTOH MAJU SEJAHTERA", "PT FIKTIF DIGITAL NUSANTARA"}
    # The demo's only irregularity is the late payment of 07-2021; the job gap lies between cards.
    per_year = [f for r in results for st in r.statements for f in st.findings]
    assert [(f.code, f.periods) for f in per_year] == [("late_payment", ("2021-07",))]
    assert findings == []


def test_cross_file_audit_sees_a_chain_break_between_files(tmp_path):
    from dataclasses import replace

    a = source_statement("19000012345", 2020)
    b = replace(source_statement("19000012345", 2021), opening=a.closing + 1000)
    paths = [write_statement_pdf(a, tmp_path / "a.pdf"), write_statement_pdf(b, tmp_path / "b.pdf")]
    results, findings = read_files(paths)
    assert [f.code for r in results for f in r.findings] == []  # one year per file: nothing to chain
    assert "chain_break" in [f.code for f in findings]


def test_read_bytes_does_not_use_the_name(tmp_path):
    data = _demo_2024().read_bytes()
    result = read_bytes(data, "statement.txt")
    assert result.extractor == "rsjht" and result.file_name == "statement.txt"


def test_column_producer_is_read_through_layout_mode(tmp_path):
    result = read_file(make_pdf("rsjht-columns-plain", tmp_path))
    assert result.statements[0].rows == source_statement("23000067890", 2024).rows


def test_one_cell_per_line_pdf_is_read(tmp_path):
    result = read_file(make_pdf("rsjht-cells-id-slash-multipage", tmp_path))
    assert result.statements[0].rows == source_statement("19000012345", 2021).rows


def test_ten_page_statement(tmp_path):
    st = _long_statement()
    path = write_statement_pdf(st, tmp_path / "long.pdf", rows_per_page=30)
    assert len(pypdf.PdfReader(path).pages) == 10
    (got,) = read_file(path).statements
    assert got.rows == st.rows


def _long_statement():
    """A year with 290 rows (a member whose employer posts many corrections): 10 pages."""
    from dataclasses import replace

    st = source_statement("23000067890", 2024)
    rows = (st.rows * 23)[:290]
    return replace(st, rows=rows)


# --------------------------------------------------------------------------- passwords

def test_password_protected_statement(tmp_path):
    path = write_statement_pdf(source_statement("23000067890", 2024), tmp_path / "locked.pdf", password=PASSWORD)
    e = _code(read_file, path)
    assert e.code == "password_required" and "DDMMYYYY" in e.id_text and "DDMMYYYY" in e.en_text
    assert _code(read_file, path, "31121999").code == "wrong_password"
    result = read_file(path, PASSWORD)
    assert result.statements[0].rows == source_statement("23000067890", 2024).rows
    assert PASSWORD not in repr(result)


# --------------------------------------------------------------------------- bad files

def test_random_bytes_are_not_a_statement():
    import random

    data = random.Random(7).randbytes(5000)
    e = _code(read_bytes, data, "x.pdf")
    assert e.code == "not_a_statement"
    assert "Rincian Saldo JHT" in e.id_text


def test_truncated_pdf_is_corrupt():
    data = _demo_2024().read_bytes()
    for cut in (len(data) // 3, len(data) - 200, 40):
        assert _code(read_bytes, data[:cut], "x.pdf").code == "corrupt"


def test_damaged_pdf_with_an_end_marker_is_corrupt():
    data = b"%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 9 0 R >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
    assert _code(read_bytes, data, "x.pdf").code == "corrupt"


def test_empty_file(tmp_path):
    (tmp_path / "e.pdf").write_bytes(b"")
    assert _code(read_file, tmp_path / "e.pdf").code == "empty"
    assert _code(read_bytes, b"  \n\t", "e.csv").code == "empty"


def test_missing_file_cannot_be_opened(tmp_path):
    assert _code(read_file, tmp_path / "nothing.pdf").code == "cannot_open"


def test_scan_without_text_layer(tmp_path):
    import numpy as np

    def draw(fig):
        ax = fig.add_axes((0, 0, 1, 1))
        ax.imshow(np.random.default_rng(1).random((60, 40)), cmap="gray")
        ax.set_axis_off()

    e = _code(read_file, _figure_pdf(tmp_path, draw))  # read by OCR (planner.importers.picture)
    assert e.code == "picture_not_a_statement" and "Entri cepat" in e.id_text and "Quick entry" in e.en_text


def test_unrelated_pdf_with_text_is_not_a_statement(tmp_path):
    def draw(fig):
        fig.text(0.1, 0.9, "Laporan Keuangan Tahunan 2023", fontsize=14)
        fig.text(0.1, 0.85, "Saldo kas Rp 1,000,000.00", fontsize=10)

    e = _code(read_file, _figure_pdf(tmp_path, draw))
    assert e.code == "not_a_statement" and "Rincian Saldo JHT" in e.id_text


def test_text_file_that_is_no_known_format(tmp_path):
    path = tmp_path / "catatan.pdf"  # the name says PDF; the content decides
    path.write_text("tanggal,saldo\n2024-01-01,1000\n", encoding="utf-8")
    assert _code(read_file, path).code == "not_a_statement"


def test_too_large_by_size_is_refused_before_reading(tmp_path, monkeypatch):
    path = tmp_path / "big.pdf"
    with open(path, "wb") as f:
        f.truncate(MAX_BYTES + 1)  # sparse: costs no disk
    monkeypatch.setattr(Path, "read_bytes", lambda self: pytest.fail("read before the size check"))
    assert _code(read_file, path).code == "too_large"


def test_too_large_bytes():
    data = b"%PDF-1.4\n" + b"0" * MAX_BYTES
    assert _code(read_bytes, data, "big.pdf").code == "too_large"


def test_too_many_pages_is_refused_before_any_text_is_extracted(tmp_path, monkeypatch):
    writer = pypdf.PdfWriter()
    for _ in range(MAX_PAGES + 1):
        writer.add_blank_page(width=595, height=842)
    buffer = io.BytesIO()
    writer.write(buffer)

    def no_extraction(*args, **kwargs):
        raise AssertionError("text extracted before the page limit was checked")

    monkeypatch.setattr(pypdf.PageObject, "extract_text", no_extraction)
    e = _code(read_bytes, buffer.getvalue(), "many.pdf")
    assert e.code == "too_large" and str(MAX_PAGES) in e.id_text


def test_an_exception_inside_pypdf_becomes_corrupt(monkeypatch):
    def boom(*args, **kwargs):
        raise RecursionError("deep")

    monkeypatch.setattr(pypdf.PageObject, "extract_text", boom)
    assert _code(read_bytes, _demo_2024().read_bytes(), "x.pdf").code == "corrupt"


def test_an_exception_inside_an_extractor_becomes_not_a_statement(monkeypatch):
    def boom(self, text):
        raise ZeroDivisionError

    monkeypatch.setattr(RsjhtExtractor, "extract", boom)
    assert _code(read_bytes, _demo_2024().read_bytes(), "x.pdf").code == "not_a_statement"


def test_text_extractors_are_offered_decoded_text(monkeypatch):
    from models import Card, Member, StatementYear
    from decimal import Decimal

    class Fake:
        name, version, source = "fake-text", "1", "text"
        title_id, title_en = "Contoh teks", "Example text"
        labels = ("FAKE-STATEMENT",)

        def matches(self, text):
            return text.startswith("FAKE-STATEMENT")

        def extract(self, text):
            if "crash" in text:
                raise KeyError("x")
            return [StatementYear(Card("12345678901"), Member("X"), 2024, Decimal(0), Decimal(0),
                                  Decimal(0), Decimal(0))]

    monkeypatch.setattr(importers, "_REGISTRY", dict(importers._REGISTRY))
    register(Fake())
    result = read_bytes("\ufeffFAKE-STATEMENT ünïcode\n".encode("utf-8"), "a.csv")
    assert result.extractor == "fake-text" and result.statements[0].year == 2024
    e = _code(read_bytes, b"FAKE-STATEMENT crash", "a.csv")
    assert e.code == "not_a_statement" and "Contoh teks" in e.id_text and "Example text" in e.en_text
