"""Pictures through the real OCR engine (few, small images: CI time), and the command line's
handling of uncertain values with a stand-in for the engine.

The pictures come from tests/generators/make_pictures.py (fictional statements)."""
from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from PIL import Image

from planner.cli import main
from planner.importers import ocr, picture, read_file
from planner.importers.ocr_lines import Word
from planner.importers.picture import CekSaldoScreen, read_picture_paths
from planner.paths import database_path
from tests.generators.make_pictures import SET, make, statement
from tests.planner.importers.variants import FIXTURES
from tests.planner.test_no_network import no_network  # noqa: F401  (a fixture)


@pytest.fixture(scope="module")
def pictures(tmp_path_factory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("pictures")
    wanted = ("screenshot", "printout-1", "printout-2", "blurred", "cek-saldo")
    out = {}
    for p in SET:
        if p.name in wanted:
            (out[p.name],) = make(p, folder)
    return out


def _rows_read_right_or_flagged(result, truth) -> None:
    (st,) = result.statements
    flagged = {u.field for u in result.uncertain}
    assert len(st.rows) == len(truth.rows)
    for k, (got, want) in enumerate(zip(st.rows, truth.rows), start=1):
        for name in ("period", "paid_on", "posted_on", "wage", "rapel", "jht_employer", "jht_worker",
                     "jp_employer", "jp_worker"):
            assert getattr(got, name) == getattr(want, name) or f"row.{k}.{name}" in flagged, (k, name)
    for name in ("opening", "contributions", "development", "closing"):
        assert getattr(st, name) == getattr(truth, name) or f"summary.{name}" in flagged, name


def test_the_models_load_from_the_installed_package_and_nothing_is_downloaded(monkeypatch):
    from rapidocr.utils import download_file

    def refuse(*args, **kwargs):
        raise AssertionError("RapidOCR tried to download a model")

    monkeypatch.setattr(download_file.DownloadFile, "run", refuse)
    monkeypatch.setattr(ocr, "_engine", None)  # load again under the guard
    paths = ocr.model_paths()
    package = ocr.model_dir()
    assert all(p.parent == package and p.stat().st_size > 500_000 for p in paths.values())
    assert ocr.engine() is not None


def test_a_scanned_pdf_is_read_with_sockets_refused(pictures, tmp_path, no_network):
    """A PDF without text (the screenshot, saved as an image-only PDF) goes through OCR,
    the same extractor and audit, with every connection attempt failing."""
    pdf = tmp_path / "pindaian.pdf"
    Image.open(pictures["screenshot"]).save(pdf, format="PDF", resolution=200)  # rendered 1080 px wide
    result = read_file(pdf, lang="en")
    truth = statement("19000012345", 2022)
    _rows_read_right_or_flagged(result, truth)
    (st,) = result.statements
    assert st.from_picture and not st.confirmed and st.card.kpj == truth.card.kpj
    assert no_network == []


def test_two_photographed_pages_are_one_statement(pictures, capsys):
    code = main(["import", str(pictures["printout-1"]), str(pictures["printout-2"]), "--dry-run", "--json",
                 "--lang", "en"])
    assert code == 0
    captured = capsys.readouterr()
    assert captured.err == ""  # measured: nothing on this pair needs review (docs/reliability.md)
    out = json.loads(captured.out)
    (st,) = out["statements"]
    truth = statement("19000012345", 2021)
    assert st["year"] == 2021 and len(st["rows"]) == len(truth.rows)
    # Nothing was flagged, so every row must be exactly the statement's.
    assert [(r["period"], r["wage"], r["jht_employer"], r["jht_worker"], r["jp_employer"], r["jp_worker"])
            for r in st["rows"]] == [(w.period_text, float(w.wage), float(w.jht_employer), float(w.jht_worker),
                                      float(w.jp_employer), float(w.jp_worker)) for w in truth.rows]
    assert st["closing"] == float(truth.closing)
    assert not database_path().exists()


def test_a_blurred_photo_gets_one_sentence_and_the_quick_entry(pictures, capsys):
    assert main(["import", str(pictures["blurred"]), "--lang", "en"]) == 2
    err = capsys.readouterr().err
    assert "too blurred" in err and "Quick entry" in err and "Traceback" not in err
    assert not database_path().exists()


def test_a_cek_saldo_screenshot_is_for_the_quick_entry(pictures):
    with pytest.raises(CekSaldoScreen) as screen:
        read_file(pictures["cek-saldo"])
    truth = statement("23000067890", 2025)
    found = screen.value.found
    assert found.saldo == truth.closing.quantize(1) or abs(found.saldo - truth.closing) < 1
    assert (found.kpj, found.employer, found.last_month) == (truth.card.kpj, truth.card.employer, (2025, 12))


# ---------------------------------------------------------------- with a stand-in engine

def _fake_words(text: str, low: dict[str, float]):
    """An engine that 'reads' `text` (one box per word) from any page."""
    lines = [ln for ln in text.splitlines() if ln.strip() and not ln.startswith("#")]

    def read_words(image, page):
        words = []
        for n, line in enumerate(lines):
            x = 20
            for w in line.split():
                quad = ((x, 30 + 24 * n), (x + 9 * len(w), 30 + 24 * n), (x + 9 * len(w), 48 + 24 * n),
                        (x, 48 + 24 * n))
                words.append(Word(w, low.get(w, 0.99), quad, page))
                x += 9 * len(w) + 12
        return words
    return read_words


@pytest.fixture
def blank_png(tmp_path) -> Path:
    path = tmp_path / "foto.png"
    buf = io.BytesIO()
    Image.new("RGB", (1200, 1700), "white").save(buf, format="PNG")
    path.write_bytes(buf.getvalue())
    return path


def test_uncertain_values_are_listed_and_nothing_is_stored_without_accept(monkeypatch, blank_png, capsys):
    text = (FIXTURES / "rsjht-rows-en.txt").read_text(encoding="utf-8")
    monkeypatch.setattr(picture, "read_words", _fake_words(text, {"BUDI": 0.41}))
    assert main(["import", str(blank_png), "--lang", "en"]) == 2
    err = capsys.readouterr().err
    assert "page 1, line" in err and "BUDI CONTOH SANTOSO" in err and "score 0.41" in err
    assert "Nothing was stored" in err
    assert not database_path().exists()
    assert main(["import", str(blank_png), "--accept-uncertain", "--lang", "en"]) == 0
    assert "marked as not confirmed" in capsys.readouterr().err
    assert database_path().exists()


def test_progress_per_page_and_cancel(monkeypatch, blank_png):
    text = (FIXTURES / "rsjht-rows-en.txt").read_text(encoding="utf-8")
    monkeypatch.setattr(picture, "read_words", _fake_words(text, {}))
    seen = []

    class Cancelled(Exception):  # what ui.worker raises from progress() once cancelled
        pass

    def progress(done, total=1.0):
        seen.append((done, total))
        if done == 1:
            raise Cancelled()

    with pytest.raises(Cancelled):
        read_picture_paths([blank_png, blank_png, blank_png], progress=progress)
    assert seen == [(0, 3), (1, 3)]  # stopped after the first page


def test_the_store_remembers_a_statement_came_from_a_picture(monkeypatch, blank_png):
    from planner.store import Store

    text = (FIXTURES / "rsjht-rows-en.txt").read_text(encoding="utf-8")
    monkeypatch.setattr(picture, "read_words", _fake_words(text, {}))
    assert main(["import", str(blank_png)]) == 0
    with Store.open() as store:
        (st,) = store.statements()
    assert st.from_picture and not st.confirmed


def test_pictures_of_two_statements_are_two_statements(monkeypatch, blank_png):
    """Given together, a picture of the 2024 statement and one of the 2021 statement (another
    card) are two statements, each checked against its own lines."""
    texts = {1: (FIXTURES / "rsjht-rows-en.txt").read_text(encoding="utf-8"),
             2: (FIXTURES / "rsjht-multipage-en.txt").read_text(encoding="utf-8")}
    readers = {page: _fake_words(text, {}) for page, text in texts.items()}
    monkeypatch.setattr(picture, "read_words", lambda image, page: readers[page](image, page))
    result = read_picture_paths([blank_png, blank_png])
    assert [(st.card.kpj, st.year) for st in result.statements] == [("23000067890", 2024), ("19000012345", 2021)]
    for st in result.statements:
        assert st.rows == statement(st.card.kpj, st.year).rows
    assert result.uncertain == ()
