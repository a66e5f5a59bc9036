"""The check of values read from a picture: each beside its crop, editable, marked until
confirmed; Save only when all are confirmed; nothing written on Cancel. Made from OCR-like
lines of a statement fixture, so no OCR runs here (tests/planner/test_ocr_pictures.py does)."""
from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtWidgets import QApplication, QDialog

from planner.cli import main
from planner.importers import ImportResult, picture
from planner.importers.picture import CekSaldo, CekSaldoScreen, crop_field, extract_checked
from planner.store import Store
from tests.planner.importers.variants import FIXTURES
from tests.planner.test_ocr_lines import _fixture, _lines_from_text
from tests.planner.test_ocr_pictures import PREVIOUS, _fake_words
from tests.ui.test_import_flow import drop
from ui.ocr_review import UNCONFIRMED, OcrReviewDialog, offer_quick_entry, open_review


def _result_with_a_misread_wage() -> ImportResult:
    text = _fixture()
    row = next(ln for ln in text.splitlines() if "8,400,000.00" in ln)
    text = text.replace(row, row.replace("8,400,000.00", "8,900,000.00", 1), 1)
    _, statements, found = extract_checked(_lines_from_text(text, scores={"BUDI": 0.7}))
    page = [Image.new("RGB", (2000, 3000), "white")]
    return ImportResult(Path("foto.jpg"), "foto.jpg", "0" * 64, "rsjht+ocr", "1", statements, (),
                        tuple(crop_field(f, page, i) for i, f in found))


def test_each_value_is_shown_with_its_crop_and_marked_until_confirmed(qtbot):
    result = _result_with_a_misread_wage()
    dialog = OcrReviewDialog([result], "en")
    qtbot.addWidget(dialog)
    assert len(dialog.rows) == len(result.uncertain) >= 2
    assert not dialog.save_button.isEnabled()
    for _, _, edit, box in dialog.rows:
        assert UNCONFIRMED.name() in edit.styleSheet() and not box.isChecked()
    crops = [w for w in dialog.findChildren(type(dialog.intro)) if w.pixmap() is not None and not w.pixmap().isNull()]
    assert len(crops) == len(result.uncertain)
    # Correct the wage by typing (which confirms it) and tick the rest as they are.
    for _, field, edit, box in dialog.rows:
        if field.field.endswith(".wage"):
            edit.setText("8,400,000.00")
            edit.textEdited.emit("8,400,000.00")
            assert box.isChecked() and edit.styleSheet() == ""
    assert not dialog.save_button.isEnabled()
    for _, _, _, box in dialog.rows:
        box.setChecked(True)
    assert dialog.save_button.isEnabled()
    dialog.accept()
    (fixed,) = dialog.confirmed_results()
    (st,) = fixed.statements
    assert st.confirmed and st.from_picture and not fixed.uncertain
    assert all(row.wage != Decimal("8900000.00") for row in st.rows)


def test_a_value_that_cannot_be_read_keeps_the_dialog_open(qtbot):
    dialog = OcrReviewDialog([_result_with_a_misread_wage()], "en")
    qtbot.addWidget(dialog)
    for _, field, edit, box in dialog.rows:
        if field.field.endswith(".wage"):
            edit.setText("eight million")
        box.setChecked(True)
    dialog.accept()
    assert dialog.result() != QDialog.DialogCode.Accepted and "eight million" in dialog.note.text()
    assert dialog.confirmed_results() == []


def test_cancel_hands_back_nothing(qtbot, qapp_lang):
    got = []
    dialog = open_review(None, [_result_with_a_misread_wage()], got.append)
    qtbot.addWidget(dialog)
    dialog.reject()
    assert got == [None]


def test_a_cek_saldo_screenshot_fills_the_quick_entry_for_confirmation(make_window, qtbot):
    w = make_window()
    found = CekSaldo(saldo=Decimal("17083571"), kpj="23000067890", employer="PT FIKTIF DIGITAL NUSANTARA",
                     last_month=(2025, 12))
    dialog = offer_quick_entry(w, CekSaldoScreen(found))
    assert dialog.isVisible()
    assert dialog.kpj.text() == "23000067890" and dialog.employer.text() == "PT FIKTIF DIGITAL NUSANTARA"
    assert dialog.balance.text().replace(".", "").replace(",", "") == "17083571"
    assert UNCONFIRMED.name() in dialog.balance.styleSheet()
    dialog.reject()  # nothing is saved unless the member presses OK


def test_a_dropped_picture_is_checked_then_reviewed_then_stored_as_confirmed(make_window, qtbot, tmp_path,
                                                                            monkeypatch):
    """The window's import: the picture is read (a stand-in for the OCR engine), its uncertain
    value is confirmed in the check dialog, the usual review follows, and the stored
    statement remembers it came from a picture and was confirmed by a person."""
    monkeypatch.setattr(picture, "read_words", _fake_words((FIXTURES / "rsjht-rows-en.txt").read_text("utf-8"),
                                                           {"BUDI": 0.5}))
    photo = tmp_path / "foto.png"
    Image.new("RGB", (1200, 1700), "white").save(photo)
    w = make_window()
    drop(w, [photo])

    qtbot.waitUntil(lambda: _check_dialog() is not None, timeout=20000)
    dialog = _check_dialog()
    assert [f.field for _, f, _, _ in dialog.rows] == ["header.name"]
    assert not dialog.save_button.isEnabled()
    dialog.rows[0][3].setChecked(True)
    with qtbot.waitSignal(w.import_flow.review_opened, timeout=20000) as opened:
        dialog.accept()
    with qtbot.waitSignal(w.import_flow.applied):
        opened.args[0].accept()
    with Store.open() as store:
        (st,) = store.statements()
    assert st.from_picture and st.confirmed


@pytest.mark.parametrize("kind", ["photo", "scanned PDF"])
def test_an_opening_unlike_the_stored_closing_is_marked_in_the_check(make_window, qtbot, tmp_path, monkeypatch,
                                                                      kind):
    """2023 is stored; a photo (or a PDF without text) of 2024 whose Saldo Awal reads
    4,118,105.75: the check dialog lists that value alone, marked, saying the stored closing
    and the likely misreading; the member types the right one and the statement is stored
    with it, confirmed."""
    text = (FIXTURES / "rsjht-rows-en.txt").read_text("utf-8").replace("Rp 4,113,105.75", "Rp 4,118,105.75")
    monkeypatch.setattr(picture, "read_words", _fake_words(text, {}))
    assert main(["import", str(PREVIOUS)]) == 0
    photo = tmp_path / ("foto.png" if kind == "photo" else "pindaian.pdf")
    Image.new("RGB", (1200, 1700), "white").save(photo, resolution=150)
    w = make_window()
    drop(w, [photo])

    qtbot.waitUntil(lambda: _check_dialog() is not None, timeout=20000)
    dialog = _check_dialog()
    ((_, field, edit, box),) = dialog.rows
    assert field.field == "summary.opening" and edit.text() == "4,118,105.75"
    assert UNCONFIRMED.name() in edit.styleSheet() and not dialog.save_button.isEnabled()
    assert "Rp 4.113.105,75" in field.why and "angka 3 terbaca 8" in field.why
    edit.setText("4,113,105.75")
    edit.textEdited.emit("4,113,105.75")
    with qtbot.waitSignal(w.import_flow.review_opened, timeout=20000) as opened:
        dialog.accept()
    with qtbot.waitSignal(w.import_flow.applied):
        opened.args[0].accept()
    with Store.open() as store:
        st = next(s for s in store.statements() if s.year == 2024)
    assert st.opening == Decimal("4113105.75") and st.from_picture and st.confirmed


def _check_dialog():
    """The picture check dialog on screen, or None."""
    return next((d for d in QApplication.topLevelWidgets() if isinstance(d, OcrReviewDialog) and d.isVisible()), None)
