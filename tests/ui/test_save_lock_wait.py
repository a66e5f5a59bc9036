"""Saving while another process holds the database: the window keeps answering (issue 14 item 4)."""
from __future__ import annotations

import datetime as dt
import os
import sqlite3
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QProgressDialog

from planner import paths
from planner.paths import database_path
from planner.store import Store, schema
from resources import DEMO_DIR
from tests.planner.test_store import result, statement
from tests.planner.test_store_faults import _deny
from ui import worker
from ui.quick_entry import QuickEntryValues

DEMO_PDFS = sorted(Path(DEMO_DIR).glob("*.pdf"))
needs_demo = pytest.mark.skipif(not DEMO_PDFS, reason="the demo statements are not generated")


@pytest.fixture(autouse=True)
def default_profile(monkeypatch):
    monkeypatch.setattr(paths, "_PROFILE", [None])


@pytest.fixture
def threaded():
    """Background work on the real thread pool (the window's tests default to synchronous)."""
    worker.set_synchronous(False)
    yield
    worker.wait_all()
    QApplication.processEvents()  # deliver the finished tasks' results while their window still exists
    worker.set_synchronous(True)


@pytest.fixture
def held_lock():
    """Another process's write lock on the database: BEGIN IMMEDIATE on a second connection."""
    conns: list[sqlite3.Connection] = []

    def hold() -> sqlite3.Connection:
        conn = sqlite3.connect(database_path(), isolation_level=None)
        conn.execute("BEGIN IMMEDIATE")
        conns.append(conn)
        return conn

    yield hold
    for conn in conns:
        conn.close()


def stored_years() -> list[int]:
    with Store.open() as store:
        return [s.year for s in store.statements()]


def review_one_demo(w, qtbot):
    with qtbot.waitSignal(w.import_flow.review_opened, timeout=20000) as opened:
        w.import_flow.start(DEMO_PDFS[:1])
    return opened.args[0]


@needs_demo
def test_saving_waits_for_the_lock_without_freezing_and_then_lands(make_window, qtbot, held_lock, threaded):
    w = make_window()
    flow = w.import_flow
    review = review_one_demo(w, qtbot)
    other = held_lock()
    ticks: list[int] = []
    timer = QTimer(w, interval=20)
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start()
    with qtbot.waitSignal(flow.store_waiting, timeout=5000):
        review.accept()
    assert flow.saving
    shown = w.findChild(QProgressDialog, "importSavingDialog")
    qtbot.waitUntil(lambda: shown is not None and shown.isVisible())
    assert shown.labelText().startswith("Menunggu basis data") and str(database_path()) in shown.labelText()
    waited_from = len(ticks)
    qtbot.waitUntil(lambda: len(ticks) >= waited_from + 5)  # the GUI thread keeps running its timers
    assert flow.saving and stored_years() == []  # still waiting: nothing written yet
    other.rollback()  # the other process lets go
    qtbot.waitUntil(lambda: not flow.saving, timeout=5000)
    timer.stop()
    assert stored_years() == [2019]
    assert flow.message_box is None  # no error
    assert w.undo_stack.count() == 1  # the import is one undo step, as before
    w.undo_stack.undo()
    assert stored_years() == []
    w.undo_stack.redo()
    assert stored_years() == [2019]


@needs_demo
def test_a_lock_held_too_long_ends_in_one_sentence_and_nothing_written(make_window, qtbot, held_lock, threaded,
                                                                        monkeypatch):
    monkeypatch.setattr(schema, "LOCK_WAIT_SECONDS", 1)  # the sentence after 1 s, not 5
    w = make_window(lang="en")
    flow = w.import_flow
    review = review_one_demo(w, qtbot)
    held_lock()
    with qtbot.waitSignal(flow.store_waiting, timeout=5000):
        with qtbot.waitSignal(flow.error_shown, timeout=10000) as shown:
            review.accept()
    text = shown.args[0]
    assert "still in use by another JHT Planner" in text and str(database_path()) in text
    assert "Traceback" not in text and "locked" not in text
    assert not flow.saving and not flow.busy
    assert w.undo_stack.count() == 0
    assert stored_years() == []


def test_a_quick_entry_on_a_read_only_database_gives_the_read_only_sentence(make_window, qtbot, monkeypatch):
    with Store.open() as store:
        store.import_results([result(statement())])
    before = database_path().read_bytes()
    _deny(monkeypatch, database_path(), os.W_OK)
    w = make_window()
    assert isinstance(w.data_source, Store) and w.data_source.read_only is not None
    values = QuickEntryValues(50_000_000.0, dt.date(2024, 6, 30), 7_000_000.0, dt.date(1990, 2, 1))
    w.quick_entry.save(values)
    box = w.quick_entry.message_box
    assert box is not None and box.isVisible()
    assert "hanya bisa dibaca" in box.text() and str(database_path()) in box.text()
    assert w.undo_stack.count() == 0
    assert database_path().read_bytes() == before
