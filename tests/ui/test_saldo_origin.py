"""The projection view says where the saldo comes from, and the member picks between a quick
entry and the statements (and back)."""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

from planner.baseline import QuickEntry
from planner.cli.import_cmd import demo_files
from planner.format import rupiah
from planner.importers import read_files
from planner.store import open_store


def _stored_demo_and_an_older_quick_entry():
    """The default profile's database: the demo statements (to December 2025) and a quick entry of June 2025."""
    store = open_store()
    results, _ = read_files(demo_files())
    store.import_results(results)
    member = store.member()
    store.save_quick_entry(QuickEntry(Decimal(50_000_000), dt.date(2025, 6, 30), Decimal(9_000_000),
                                      member.birth_date, name=member.name))
    return store


def test_the_member_picks_the_saldo_and_can_pick_it_back(make_window):
    store = _stored_demo_and_an_older_quick_entry()
    w = make_window()
    w.set_data_source(store)
    view = w.projection_view
    statements_text = view.origin_label.text()
    assert statements_text.startswith("Saldo per 31 Desember 2025 dari laporan kartu")
    assert not view.origin_button.isHidden() and view.origin_button.text() == "Pakai saldo entri cepat"
    from_statements = view.card_now.value.text()

    view.origin_button.click()
    assert "dari entri cepat" in view.origin_label.text()
    assert view.card_now.value.text() == rupiah(50_000_000, "id")
    assert view.origin_button.text() == "Pakai saldo laporan"
    data, _bands = w.report_data()
    assert data.notes[0] == view.origin_label.text()  # the report says the same

    view.origin_button.click()
    assert view.origin_label.text() == statements_text and view.card_now.value.text() == from_statements


def test_the_saldo_choice_survives_a_restart(make_window):
    store = _stored_demo_and_an_older_quick_entry()
    first = make_window()
    first.set_data_source(store)
    first.projection_view.origin_button.click()  # "Pakai saldo entri cepat"
    assert "dari entri cepat" in first.projection_view.origin_label.text()
    store.close()
    again = make_window()  # the next start: the window opens the stored data itself
    assert again.workspace.saldo_from == "quick_entry"
    assert "dari entri cepat" in again.projection_view.origin_label.text()
    assert again.projection_view.card_now.value.text() == rupiah(50_000_000, "id")
