"""The "Tunggakan & bukti" view shows typed results, keeps the member's edits, exports them."""
from __future__ import annotations

import datetime as dt

from models.remedies import LetterKind
from planner.remedies.letters import letters
from planner.remedies.report_section import remedies_section
from tests.planner.test_remedies import KPJ, arrears
from ui.arrears_view import ArrearsView


def _view(qtbot):
    view = ArrearsView()
    qtbot.addWidget(view)
    a = arrears()
    view.show_results(remedies_section(a, None, "id"), letters(a, "id", today=dt.date(2024, 12, 31)), "catatan")
    return view


def test_shows_the_table_masked_and_the_first_letter(qtbot):
    view = _view(qtbot)
    assert view.table.rowCount() == 3
    assert view.table.item(0, 0).text() == "190•••••321"
    assert view.letter_choice.count() == len(LetterKind)
    assert "SITI CONTOH" in view.current_letter_text() and KPJ not in view.current_letter_text()
    assert "catatan" in view.notes.text()


def test_edits_survive_switching_letters_and_are_exported(qtbot, tmp_path):
    view = _view(qtbot)
    view.letter_text.setPlainText("Surat yang saya ubah sendiri.")
    view.letter_choice.setCurrentIndex(1)
    assert "Pengaduan" in view.current_letter_text()
    view.letter_choice.setCurrentIndex(0)
    assert view.current_letter_text() == "Surat yang saya ubah sendiri."
    assert view.save_letter(tmp_path / "surat.txt")
    assert (tmp_path / "surat.txt").read_text("utf-8") == "Surat yang saya ubah sendiri."
    assert view.save_letter(tmp_path / "surat.pdf") and (tmp_path / "surat.pdf").read_bytes()[:5] == b"%PDF-"


def test_a_failed_export_is_one_sentence_and_writes_nothing(qtbot, tmp_path):
    view = _view(qtbot)
    target = tmp_path / "nope" / "surat.txt"
    assert not view.save_letter(target)
    assert "tidak bisa ditulis" in view.status.text() and not target.exists()
