"""The "Tunggakan & bukti" view shows typed results, keeps the member's edits, exports them."""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate

from models.remedies import ClaimReason, LetterKind
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
    assert "catatan" in view.notes.toPlainText()


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
    assert "tidak ada" in view.status.text() and not target.exists()


def test_check_asks_for_readiness_and_shows_the_planner_checklist(qtbot):
    view = _view(qtbot)
    view.reason_choice.setCurrentIndex(view.reason_choice.findData(ClaimReason.RESIGNATION))
    view.claim_date.setDate(QDate(2026, 11, 30))
    with qtbot.waitSignal(view.readiness_requested) as blocker:
        view.check_button.click()
    assert blocker.args == [ClaimReason.RESIGNATION, dt.date(2026, 11, 30)]
    view.show_readiness("Siap cair", ["[!] satu", "[ ] dua"])
    assert [view.checklist.item(i).text() for i in range(view.checklist.count())] == ["[!] satu", "[ ] dua"]


def test_the_window_tab_shows_demo_arrears_and_readiness(make_window, qtbot):
    window = make_window(demo=True)
    qtbot.waitUntil(lambda: window.data_source is not None and bool(window.data_source.statements()), timeout=20000)
    window.show_view("arrears")
    view = window.arrears_view
    qtbot.waitUntil(lambda: view.table.rowCount() == 1)
    assert view.table.item(0, 1).text() == "2021-07" and "19000012345" not in view.current_letter_text()
    view.reason_choice.setCurrentIndex(view.reason_choice.findData(ClaimReason.RESIGNATION))
    view.claim_date.setDate(QDate(2026, 11, 30))
    view.check_button.click()
    lines = [view.checklist.item(i).text() for i in range(view.checklist.count())]
    assert any(line.startswith("[!]") and "2 kartu" in line for line in lines)
    assert any("bruto" in line for line in lines)
    # The exported report carries the checklist just shown (issue 17 item 6).
    data, _bands = window.report_data()
    assert data.remedies is not None and list(data.remedies.checklist) == lines
    window.data_changed.emit()  # other data: the checklist is not carried over to it
    assert window.claim_request is None
