"""Fresh facts in the window (issue 15, item 4): an old saldo says so and offers the import of
the newest statement; the scenario name dialog shows its whole title."""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

from PySide6.QtWidgets import QInputDialog

from planner.baseline import QuickEntry
from planner.store import open_store


def test_an_old_saldo_says_so_and_offers_the_import(make_window, qtbot):
    store = open_store()
    # A quick entry of 31 December 2024: well over a year before any day this test runs.
    store.save_quick_entry(QuickEntry(Decimal(38_887_665), dt.date(2024, 12, 31), Decimal(8_100_000),
                                      dt.date(1990, 2, 1), name="PESERTA FIKTIF"))
    window = make_window()
    window.set_data_source(store)
    window.show()
    view = window.projection_view
    origin = window.workspace.saldo_origin
    assert origin.is_stale
    assert not view.stale_notice.isHidden()
    assert view.stale_label.text() == origin.stale_text("id")
    assert view.stale_label.text().startswith("Saldo ini per 31 Desember 2024, sudah ")
    with qtbot.waitSignal(window.import_requested) as asked:
        view.stale_import.click()
    assert asked.args == [[]]


def test_a_fresh_saldo_has_no_notice(make_window):
    window = make_window(demo=True)
    assert window.projection_view.stale_notice.isHidden()


def test_the_scenario_name_dialog_is_wide_enough_for_its_title(make_window, monkeypatch):
    window = make_window(demo=True)
    seen = []

    def exec_(dialog):
        seen.append((dialog.minimumWidth(), dialog.fontMetrics().horizontalAdvance(dialog.windowTitle())))
        return QInputDialog.DialogCode.Rejected

    monkeypatch.setattr(QInputDialog, "exec", exec_)
    panel = window.scenario_panel
    assert panel.ask_name("Simpan skenario", "Nama skenario:", "Skenario 1") is None
    (least, title), = seen
    assert least >= title + 100  # the title and the window buttons beside it
