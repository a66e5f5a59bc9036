"""Drift: after importing a newer statement, the banner compares it with the earlier projection."""
from __future__ import annotations

import pytest

from planner.drift import drift
from planner.importers import read_files
from planner.store import open_store
from planner.workspace import comparable
from resources.demo.make_demo import demo_statements, file_name, write_statement_pdf


def _import(store, statements, folder):
    paths = [write_statement_pdf(st, folder / file_name(st)) for st in statements]
    results, _ = read_files(paths)
    store.import_results(results)


@pytest.fixture
def statements():
    return demo_statements()


def test_a_newer_statement_shows_the_drift_and_keeps_the_earlier_projection(make_window, statements, tmp_path):
    store = open_store()
    older = [s for s in statements if s.year < 2025]
    newer = [s for s in statements if s.year == 2025]
    _import(store, older, tmp_path)
    w = make_window()
    w.set_data_source(store)
    watcher = w.drift_watcher
    assert all(not b.isVisibleTo(w) for b in watcher.banners)
    before = w.baseline
    assert before.as_of.year == 2024

    _import(store, newer, tmp_path)
    w.reload()  # what the import flow does after saving

    # The earlier job's card has no 2025 statement: the drift is taken on the card that has one,
    # from its own earlier baseline with the saved projection's rates.
    subject, compared = comparable(before, store.statements())
    assert {s.card.kpj for s in compared} == {s.card.kpj for s in newer} and watcher.partial
    expected = drift(subject, compared)
    assert watcher.drift.actual == pytest.approx(float(sum(s.closing for s in newer)))
    assert abs(expected.difference) < 0.05 * expected.actual  # like with like: no carried card in "expected"
    banner = watcher.banners[0]
    assert banner.isVisibleTo(w.projection_view)
    assert expected.text("id") in banner.text.text()
    assert len(watcher.banners) == 2  # the history view has one too
    assert watcher.banners[1].text.text() == banner.text.text()
    # The earlier projection is kept in the member's database as a scenario.
    names = [s.name for s in store.scenarios()]
    assert watcher.saved_name in names and watcher.saved_name.startswith("Proyeksi sebelum impor")
    saved = store.scenario(watcher.saved_name).assumptions
    assert saved.as_of == before.as_of and saved.balance == pytest.approx(before.balance)

    banner.close_button.click()
    assert all(not b.isVisibleTo(w) for b in watcher.banners)


def test_a_reload_without_a_newer_year_shows_nothing(make_window, statements, tmp_path):
    store = open_store()
    _import(store, statements, tmp_path)
    w = make_window()
    w.set_data_source(store)
    w.reload()
    assert w.drift_watcher.drift is None
    assert store.scenarios() == []


def test_the_demo_never_saves_an_earlier_projection(make_window):
    w = make_window(demo=True)
    w.reload()
    assert w.drift_watcher.drift is None


def test_one_card_compares_with_the_saved_projection_itself(make_window, statements, tmp_path):
    store = open_store()
    card = statements[-1].card.kpj
    own = [s for s in statements if s.card.kpj == card]
    _import(store, own[:-1], tmp_path)
    w = make_window()
    w.set_data_source(store)
    before = w.baseline
    _import(store, own[-1:], tmp_path)
    w.reload()
    watcher = w.drift_watcher
    assert not watcher.partial
    assert watcher.drift == drift(before, store.statements())
    assert watcher.drift.text("id") in watcher.banners[0].text.text()
