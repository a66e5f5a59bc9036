"""Quick entry: what the member types, checked with plain sentences, saved as one undo step."""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from ui.quick_entry import QuickEntryDialog

TODAY = dt.date(2025, 3, 1)


@pytest.fixture
def dialog(qtbot, qapp_lang):
    d = QuickEntryDialog(today=TODAY)
    qtbot.addWidget(d)
    return d


def fill(d, balance="25.000.000", as_of="31-12-2024", wage="5.000.000", birth="01-02-1990", kpj="", employer=""):
    d.balance.setText(balance)
    d.as_of.setText(as_of)
    d.wage.setText(wage)
    d.birth_date.setText(birth)
    d.kpj.setText(kpj)
    d.employer.setText(employer)


def test_good_entry_is_read_in_either_number_style(dialog):
    fill(dialog, balance="25.000.000", wage="5,250,000", kpj="150-2345-6789", employer=" PT Contoh ")
    dialog.accept()
    v = dialog.values()
    assert dialog.result() == dialog.DialogCode.Accepted
    assert (v.balance, v.wage) == (25_000_000, 5_250_000)
    assert (v.as_of, v.birth_date) == (dt.date(2024, 12, 31), dt.date(1990, 2, 1))
    assert (v.kpj, v.employer) == ("15023456789", "PT Contoh")
    q = v.quick_entry()
    assert q.saldo == Decimal("25000000") and q.wage == Decimal("5250000")


@pytest.mark.parametrize("field, text, focus, words", [
    ("balance", "", "balance", "belum diisi"),
    ("balance", "dua juta", "balance", "bukan angka rupiah"),
    ("balance", "-5000", "balance", "negatif"),
    ("wage", "", "wage", "belum diisi"),
    ("birth", "31-02-1990", "birth_date", "bukan tanggal"),
    ("birth", "01-02-2030", "birth_date", "masa depan"),
    ("as_of", "01-01-2010", "as_of", "2015"),
    ("kpj", "12345", "kpj", "11"),
])
def test_bad_entry_says_what_is_wrong_in_indonesian(dialog, qtbot, field, text, focus, words):
    kwargs = {field: text}
    fill(dialog, **kwargs)
    dialog.show()
    dialog.accept()
    assert dialog.result() != dialog.DialogCode.Accepted and dialog.values() is None
    message = dialog.error_text()
    assert words in message
    assert "Traceback" not in message
    assert getattr(dialog, focus).hasFocus() or not dialog.isActiveWindow()


def test_messages_follow_the_language(qtbot, qapp):
    from ui import i18n

    i18n.install(qapp, "en")
    try:
        d = QuickEntryDialog(today=TODAY)
        qtbot.addWidget(d)
        fill(d, birth="01-02-2030")
        d.accept()
        assert d.error_text() == "The birth date cannot be in the future."
        fill(d, balance="abc")
        d.accept()
        assert d.error_text() == "The JHT balance is not a rupiah amount: abc"
    finally:
        i18n.install(qapp, "id")


def test_error_disappears_when_the_member_types(dialog, qtbot):
    fill(dialog, balance="")
    dialog.show()
    dialog.accept()
    assert dialog.error_text()
    qtbot.keyClicks(dialog.balance, "1")
    assert dialog.error_text() == ""


def test_quick_entry_in_the_window_is_saved_and_undone(make_window, qtbot):
    w = make_window()
    with qtbot.waitSignal(w.quick_entry_requested):
        w.welcome.quick_button.click()
    d = w.quick_entry.dialog
    assert d is not None and d.isVisible()
    fill(d, as_of=(dt.date.today() - dt.timedelta(days=1)).strftime("%d-%m-%Y"))
    with qtbot.waitSignal(w.data_changed):
        d.accept()
    store = w.data_source
    assert store.quick_entry().saldo == Decimal("25000000")
    assert w.baseline is not None and w.baseline.balance == pytest.approx(25_000_000)  # the projection follows
    assert w.undo_stack.count() == 1 and "25.000.000" in w.undo_stack.undoText()
    w.undo_stack.undo()
    assert store.quick_entry() is None
    assert w.baseline is None
    w.undo_stack.redo()
    assert store.quick_entry().wage == Decimal("5000000")


def test_dialog_starts_from_what_the_statements_say(make_window, qtbot):
    from tests.ui import fake_data
    from ui.main_window import DemoSource

    w = make_window()
    w.set_data_source(DemoSource(fake_data.history()))
    d = w.quick_entry.open()
    assert d.birth_date.text() == "1 Februari 1990"  # the one date style (planner.format.date_long)
    assert d.kpj.text() == fake_data.CARD_A.kpj
    assert d.wage.text() == "5.000.000"  # the latest regular wage, Indonesian grouping
    d.reject()


@pytest.mark.parametrize(("wage", "birth"), [("8,1 juta", "1 Februari 1990"), ("8.100.000", "01/02/1990"),
                                             ("Rp 8.100.000", "1-2-1990"), ("8.1 jt", "1 Feb 1990")])
def test_the_quick_entry_forgives_how_members_write(dialog, wage, birth):
    fill(dialog, wage=wage, birth=birth, as_of="31 Desember 2024")
    dialog.accept()
    v = dialog.values()
    assert v is not None, dialog.error_text()
    assert (v.wage, v.birth_date, v.as_of) == (8_100_000, dt.date(1990, 2, 1), dt.date(2024, 12, 31))


def test_dates_are_shown_the_one_way_the_planner_writes_them(dialog):
    dialog.prefill(birth_date=dt.date(1990, 2, 1))
    assert dialog.birth_date.text() == "1 Februari 1990"
    assert dialog.as_of.text() == "1 Maret 2025"
