"""The window opens whatever the data folder holds (issue 14 items 4 and 5)."""
from __future__ import annotations

import os
from pathlib import Path

import pytest

from planner import paths
from planner.paths import database_path
from planner.store import Store, schema
from resources import DEMO_DIR
from tests.planner.test_store import result, statement
from tests.planner.test_store_faults import _deny, _foreign

DEMO_PDFS = sorted(Path(DEMO_DIR).glob("*.pdf"))


@pytest.fixture(autouse=True)
def default_profile(monkeypatch):
    monkeypatch.setattr(paths, "_PROFILE", [None])


def test_a_read_only_database_opens_read_only_and_import_says_why(make_window, qtbot, monkeypatch):
    with Store.open() as store:
        store.import_results([result(statement())])
    before = database_path().read_bytes()
    _deny(monkeypatch, database_path(), os.W_OK)
    w = make_window()
    assert isinstance(w.data_source, Store) and w.data_source.read_only is not None
    assert "hanya bisa dibaca" in w.statusBar().currentMessage()
    assert [st.year for st in w.data_source.statements()] == [2023]
    with qtbot.waitSignal(w.import_flow.error_shown) as shown:
        w.import_flow.start(DEMO_PDFS[:1])
    assert "hanya bisa dibaca" in shown.args[0] and str(database_path()) in shown.args[0]
    assert database_path().read_bytes() == before


def test_another_applications_file_leaves_the_window_open_without_data(make_window, qtbot):
    database_path().parent.mkdir(parents=True, exist_ok=True)
    before = _foreign(database_path())
    w = make_window()
    assert w.data_source is None
    assert "aplikasi lain" in w.statusBar().currentMessage()
    with qtbot.waitSignal(w.import_flow.error_shown) as shown:
        w.import_flow.start(DEMO_PDFS[:1])
    assert "aplikasi lain" in shown.args[0]
    assert database_path().read_bytes() == before
