"""Pictures through the real OCR engine (few, small images: CI time), and the command line's
handling of uncertain values with a stand-in for the engine.

The pictures come from tests/generators/make_pictures.py (fictional statements)."""
from __future__ import annotations

import io
import json
from decimal import Decimal
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


def test_the_engine_runs_as_measured():
    """The settings docs/reliability.md measured ("Speed") are the ones in force: RapidOCR
    took our onnxruntime sessions (threads = physical cores, sleeping rather than spinning)
    and pads short boxes to REC_MIN_WIDTH only."""
    engine = ocr.engine()
    for model in (engine._load_det_model(), engine._load_rec_model()):
        options = model.session.session.get_session_options()
        assert options.intra_op_num_threads == (ocr.physical_cores() or 0)  # 0: onnxruntime's own count
        assert options.get_session_config_entry("session.intra_op.allow_spinning") == "0"
    assert engine.text_rec.rec_image_shape == [3, 48, ocr.REC_MIN_WIDTH]
    assert engine.cfg.Global.max_side_len == ocr.PAGE_SIDE and not engine.cfg.Global.use_cls


def test_the_page_reaches_the_engine_as_one_bgr_block(monkeypatch):
    seen = []

    def fake_engine(array):
        seen.append((array.flags["C_CONTIGUOUS"], tuple(array[0, 0])))
        return type("Out", (), {"boxes": None, "txts": None})()

    monkeypatch.setattr(ocr, "engine", lambda: fake_engine)
    assert ocr.read_words(Image.new("RGB", (600, 500), (255, 0, 0)), 1) == []
    assert seen == [(True, (0, 0, 255))]


def test_a_large_photo_is_read_at_the_size_the_engine_reads(tmp_path):
    """A 12-megapixel-class JPEG comes out PAGE_SIDE long (decoded at a reduced scale); a long
    thin picture is judged by its own size, not the reduced one; a small one is refused."""
    buf = io.BytesIO()
    Image.new("RGB", (3000, 4500), "white").save(buf, format="JPEG")
    (page,) = picture.page_images(buf.getvalue())
    assert max(page.size) == ocr.PAGE_SIDE and page.size[0] == round(3000 * ocr.PAGE_SIDE / 4500)
    buf = io.BytesIO()
    Image.new("RGB", (5000, 700), "white").save(buf, format="JPEG")
    (page,) = picture.page_images(buf.getvalue())
    assert page.size == (ocr.PAGE_SIDE, 280)
    buf = io.BytesIO()
    Image.new("RGB", (2400, 390), "white").save(buf, format="PNG")
    with pytest.raises(picture.TooSmall):
        picture.page_images(buf.getvalue())


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


def test_each_page_is_read_by_ocr_once(monkeypatch, blank_png, capsys):
    """The command line reads a picture once, also when it then cannot store it (values to
    check) and when the picture is not a statement (its sentence comes from the same reading)."""
    text = (FIXTURES / "rsjht-rows-en.txt").read_text(encoding="utf-8")
    calls = []

    def counted(reader):
        def read_words(image, page):
            calls.append(page)
            return reader(image, page)
        return read_words

    monkeypatch.setattr(picture, "read_words", counted(_fake_words(text, {"BUDI": 0.4})))
    assert main(["import", str(blank_png), str(blank_png)]) == 2
    assert calls == [1, 2]
    calls.clear()
    monkeypatch.setattr(picture, "read_words", counted(_fake_words("Selamat datang di JMO", {})))
    assert main(["import", str(blank_png)]) == 2
    assert calls == [1]
    capsys.readouterr()


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


# ---------------------------------------------------------------- the previous year, as stored

PREVIOUS = Path(__file__).resolve().parents[2] / "resources" / "demo" / "rsjht-23000067890-2023.pdf"
OPENING = "Rp 4,113,105.75"  # the fixture's Saldo Awal: the demo's 2023 Saldo Akhir of that card


def _stored_years() -> list[tuple[int, object]]:
    from planner.store import Store

    with Store.open() as store:
        return [(st.year, st.opening) for st in store.statements()]


def test_an_opening_misread_is_told_by_the_stored_closing(monkeypatch, blank_png, capsys):
    """With 2023 stored, a 2024 picture whose Saldo Awal reads 4,118,105.75 (a 3 read as 8):
    the opening alone is listed (with the stored closing the summary adds up, so its other
    figures stand), saying what was likely misread; nothing is stored without accepting."""
    text = (FIXTURES / "rsjht-rows-en.txt").read_text(encoding="utf-8")
    assert text.count(OPENING) == 1
    assert main(["import", str(PREVIOUS)]) == 0
    monkeypatch.setattr(picture, "read_words", _fake_words(text.replace(OPENING, "Rp 4,118,105.75"), {}))
    capsys.readouterr()
    assert main(["import", str(blank_png), "--lang", "en"]) == 2
    err = capsys.readouterr().err
    listed = [ln for ln in err.splitlines() if ln.startswith("  page ")]
    assert len(listed) == 1 and listed[0].startswith("  page 1, line ")
    assert ": 4,118,105.75 (the opening differs from the closing of 2023 already stored (Rp 4,113,105.75)" in listed[0]
    assert "most likely misread, a 3 read as 8" in listed[0]
    assert _stored_years() == [(2023, Decimal(0))]
    # A dropped digit, in Indonesian.
    monkeypatch.setattr(picture, "read_words", _fake_words(text.replace(OPENING, "Rp 4,13,105.75"), {}))
    assert main(["import", str(blank_png)]) == 2
    assert "satu angka 1 tidak terbaca" in capsys.readouterr().err
    # Read right: nothing to check, stored.
    monkeypatch.setattr(picture, "read_words", _fake_words(text, {}))
    assert main(["import", str(blank_png)]) == 0
    assert "perlu diperiksa" not in capsys.readouterr().err
    assert _stored_years() == [(2023, Decimal(0)), (2024, Decimal("4113105.75"))]


def test_an_opening_that_differs_from_the_stored_closing_is_listed_though_the_summary_adds_up(
        monkeypatch, blank_png, capsys):
    """The summary as read adds up, but its Saldo Awal is not last year's stored Saldo Akhir: the
    opening is listed with the stored closing (no misreading claimed); --accept-uncertain
    stores it as read, not confirmed."""
    text = (FIXTURES / "rsjht-rows-en.txt").read_text(encoding="utf-8")
    text = text.replace(OPENING, "Rp 4,113,205.75").replace("Rp 10,217,668.10", "Rp 10,217,768.10")
    assert main(["import", str(PREVIOUS)]) == 0
    monkeypatch.setattr(picture, "read_words", _fake_words(text, {}))
    capsys.readouterr()
    assert main(["import", str(blank_png), "--lang", "en"]) == 2
    listed = [ln for ln in capsys.readouterr().err.splitlines() if ln.startswith("  page ")]
    assert len(listed) == 1
    assert listed[0].endswith(": 4,113,205.75 (the opening differs from the closing of 2023 already stored "
                              "(Rp 4,113,105.75))")
    assert main(["import", str(blank_png), "--accept-uncertain"]) == 0
    assert _stored_years() == [(2023, Decimal(0)), (2024, Decimal("4113205.75"))]


def test_without_the_previous_year_stored_the_opening_is_not_checked(monkeypatch, blank_png, capsys):
    text = (FIXTURES / "rsjht-rows-en.txt").read_text(encoding="utf-8")
    text = text.replace(OPENING, "Rp 4,113,205.75").replace("Rp 10,217,668.10", "Rp 10,217,768.10")
    monkeypatch.setattr(picture, "read_words", _fake_words(text, {}))
    result = read_picture_paths([blank_png])
    assert result.uncertain == () and [f.field for f in result.openings] == ["summary.opening"]
    assert picture.check_openings(result, [], "en") == result
    assert main(["import", str(blank_png)]) == 0


def test_a_confirmed_statement_is_not_checked_again(monkeypatch, blank_png):
    text = (FIXTURES / "rsjht-rows-en.txt").read_text(encoding="utf-8")
    monkeypatch.setattr(picture, "read_words", _fake_words(text.replace(OPENING, "Rp 4,118,105.75"), {}))
    result = read_picture_paths([blank_png])
    previous = read_file(PREVIOUS).statements
    checked = picture.check_openings(result, previous, "en")
    assert [f.field for f in checked.uncertain] == ["summary.opening"]
    assert picture.check_openings(checked, previous, "en") == checked  # the window checks before and at the dialog
    fixed = picture.confirm(checked, {(0, "summary.opening"): "4,113,105.75"})
    assert picture.check_openings(fixed, previous, "en").uncertain == ()
    assert fixed.statements[0].opening == Decimal("4113105.75") and fixed.statements[0].confirmed


def test_an_opening_that_explains_nothing_keeps_the_summary_listed(monkeypatch, blank_png):
    """Saldo Awal and Saldo Akhir both misread: the stored closing does not make the summary add
    up, so all four figures stay listed, the opening with both reasons (once, however often it
    is checked)."""
    text = (FIXTURES / "rsjht-rows-en.txt").read_text(encoding="utf-8")
    text = text.replace(OPENING, "Rp 4,118,105.75").replace("Rp 10,217,668.10", "Rp 10,217,663.10")
    monkeypatch.setattr(picture, "read_words", _fake_words(text, {}))
    result = read_picture_paths([blank_png], lang="en")
    previous = read_file(PREVIOUS).statements
    checked = picture.check_openings(result, previous, "en")
    assert [(f.field, f.value) for f in checked.uncertain] == [(f.field, f.value) for f in result.uncertain] == [
        ("summary.opening", "4,118,105.75"), ("summary.contributions", "5,677,200.00"),
        ("summary.development", "427,362.35"), ("summary.closing", "10,217,663.10")]
    assert checked.uncertain[0].why == ("the opening differs from the closing of 2023 already stored "
                                        "(Rp 4,113,105.75); " + result.uncertain[0].why)
    assert picture.check_openings(checked, previous, "en") == checked


# ---------------------------------------------------------------- from a picture, in the CLI's JSON

def test_json_and_history_say_a_statement_came_from_a_picture_and_whether_it_was_confirmed(
        monkeypatch, blank_png, capsys):
    from planner.store import Store

    text = (FIXTURES / "rsjht-rows-en.txt").read_text(encoding="utf-8")
    monkeypatch.setattr(picture, "read_words", _fake_words(text, {}))
    assert main(["import", str(PREVIOUS), "--json"]) == 0
    (pdf,) = json.loads(capsys.readouterr().out)["statements"]
    assert (pdf["from_picture"], pdf["confirmed"]) == (False, None)
    assert main(["import", str(blank_png), "--json"]) == 0
    (read,) = json.loads(capsys.readouterr().out)["statements"]
    assert (read["year"], read["from_picture"], read["confirmed"]) == (2024, True, False)
    assert main(["history", "--json"]) == 0
    years = {s["year"]: (s["from_picture"], s["confirmed"]) for s in json.loads(capsys.readouterr().out)["statements"]}
    assert years == {2023: (False, None), 2024: (True, False)}
    assert main(["history", "--lang", "en"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert [ln for ln in lines if "[from a picture" in ln] == [
        next(ln for ln in lines if ", 2024: " in ln)]
    assert next(ln for ln in lines if ", 2024: " in ln).endswith(" [from a picture, not confirmed]")


def test_history_says_a_person_confirmed_what_was_read(monkeypatch, blank_png, capsys):
    """A low-score value checked by a person in the window (the dialog calls
    planner.importers.picture.confirm, then the import stores the result): confirmed."""
    from planner.store import Store

    text = (FIXTURES / "rsjht-rows-en.txt").read_text(encoding="utf-8")
    monkeypatch.setattr(picture, "read_words", _fake_words(text, {"BUDI": 0.4}))
    result = read_picture_paths([blank_png])
    (field,) = result.uncertain
    fixed = picture.confirm(result, {(field.statement, field.field): field.value})
    with Store.open() as store:
        store.apply(store.plan_import([fixed]))
    assert main(["history", "--json"]) == 0
    (st,) = json.loads(capsys.readouterr().out)["statements"]
    assert (st["from_picture"], st["confirmed"]) == (True, True)
    assert main(["history"]) == 0
    assert "[dari gambar, sudah dikonfirmasi]" in capsys.readouterr().out
