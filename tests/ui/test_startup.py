"""Start-up: the views are built and the demo is read after the first paint; charts draw only when shown."""
from __future__ import annotations

import hashlib

import pytest


@pytest.fixture
def background_demo(qtbot, qapp_lang, sync_worker):
    from ui.app import create_window

    window = create_window(demo=True, background=True)
    window.remember_geometry = False
    qtbot.addWidget(window)
    return window


def test_the_demo_loads_after_the_first_paint_behind_a_busy_page(background_demo, qtbot):
    w = background_demo
    assert w.is_loading and not w.has_data()
    assert w.stack.currentWidget() is w.loading
    assert w.loading.label.text() == "Memuat data demo…"
    w.resize(1280, 800)
    w.show()  # the first paint starts the read (synchronous here: the sync_worker fixture)
    qtbot.waitUntil(lambda: not w.is_loading, timeout=20000)  # the views are built first
    assert w.has_data() and w.is_demo
    assert w.stack.currentWidget() is w.tabs and w.tabs.currentWidget() is w.projection_view
    assert w.projection_view.state.result is not None


def test_a_view_asked_for_is_shown_once_the_demo_is_there(background_demo):
    from ui.app import show_view_when_loaded

    w = background_demo
    show_view_when_loaded(w, "history")
    assert w.stack.currentWidget() is w.loading
    assert w.wait_until_loaded()
    assert w.tabs.currentWidget() is w.history_view


def test_the_demo_keeps_its_provenance_for_the_report(background_demo):
    from ui.app import demo_paths

    w = background_demo
    assert w.wait_until_loaded()
    data, _bands = w.report_data()
    assert data.source == "demo"
    expected = [(p.name, hashlib.sha256(p.read_bytes()).hexdigest()) for p in demo_paths()]
    assert [(p.file_name, p.sha256) for p in data.provenance] == expected
    assert len(expected) >= 2


def test_choosing_other_data_while_the_demo_loads_wins(background_demo, example_assumptions):
    from ui.main_window import DemoSource
    from tests.ui import fake_data

    w = background_demo
    mine = DemoSource(fake_data.history())
    w.set_data_source(mine)  # before the first paint: the demo never starts
    assert not w.is_loading and w.data_source is mine
    assert w.wait_until_loaded() and w.data_source is mine


def test_a_failed_demo_read_returns_to_the_welcome_page(qtbot, qapp_lang, sync_worker, monkeypatch):
    import ui.app as app_module
    from planner.errors import UserError

    def broken(_paths):
        raise UserError("x", "Berkas rusak.", "Broken file.")

    monkeypatch.setattr(app_module, "read_demo", broken)
    monkeypatch.setattr("ui.main_window.read_demo", broken)  # the window's own import of it (open_demo)
    w = app_module.create_window(demo=True, background=True)
    w.remember_geometry = False
    qtbot.addWidget(w)
    told = []
    monkeypatch.setattr(w, "_demo_failed", lambda exc: told.append(exc))
    w.build_views()  # as after the first paint: the menu is there to be used
    w.open_demo()  # from the menu: starts at once
    assert not w.is_loading and not w.has_data()
    assert w.stack.currentWidget() is w.welcome
    assert told and isinstance(told[0], UserError)


def test_a_hidden_chart_draws_when_it_is_shown(make_window, example_assumptions, qtbot):
    w = make_window()
    w.set_baseline(example_assumptions)
    chart = w.projection_view.chart
    drawn = []
    chart.mpl_connect("draw_event", lambda _e: drawn.append(1))
    chart.request_draw()
    qtbot.waitUntil(lambda: chart._draw_on_show)  # the draw came due while the window was never shown
    assert not drawn
    w.resize(1280, 800)
    w.show()
    qtbot.waitUntil(lambda: bool(drawn))
    assert not chart._draw_on_show
    history = w.history_view.chart  # on the tab behind: still waiting for its show
    assert not history.isVisible()


def test_the_views_are_built_after_the_first_paint(qtbot, qapp_lang, sync_worker, tmp_path):
    """`jht-planner` on the member's database: the window paints its busy page first, then
    builds the views (matplotlib) and shows the stored data; nothing is lost on the way."""
    import sys

    from ui.app import create_window

    _store_demo()
    w = create_window(background=True)
    w.remember_geometry = False
    qtbot.addWidget(w)
    assert not w.views_ready and w.stack.currentWidget() is w.loading
    assert w.loading.label.text() == "Membuka…"
    assert w.has_data()  # the workspace is read already; only its views wait
    built = []
    w.views_built.connect(lambda: built.append(w.stack.currentWidget()))
    w.resize(1280, 800)
    w.show()
    qtbot.waitUntil(lambda: w.views_ready, timeout=20000)
    assert built == [w.tabs] and w.tabs.currentWidget() is w.projection_view
    assert w.projection_view.state.result is not None
    assert "matplotlib" in sys.modules


def test_a_remembered_view_opens_once_the_views_are_there(qtbot, qapp_lang, sync_worker):
    from ui.app import create_window, show_view_when_loaded

    _store_demo()
    w = create_window(background=True)
    w.remember_geometry = False
    qtbot.addWidget(w)
    show_view_when_loaded(w, "history", only_with_data=True)
    show_view_when_loaded(w, "no-such-view")  # an old setting: nothing, no error
    w.show()
    qtbot.waitUntil(lambda: w.views_ready, timeout=20000)
    assert w.tabs.currentWidget() is w.history_view


def _store_demo() -> None:
    """Two demo statements in the member's database (JHT_PLANNER_HOME is the test's)."""
    from planner.importers import read_files
    from planner.store import Store
    from ui.app import demo_paths

    results, _across = read_files(demo_paths()[:2])
    with Store.open() as store:
        store.import_results(results)


def test_the_history_bars_wait_for_their_tab(make_window, qtbot):
    """Bars are built for a shown chart only: each import's update of a tab in the back is kept
    for its show (building them costs more than drawing them)."""
    w = make_window(demo=True)
    w.resize(1280, 800)
    w.show()
    chart = w.history_view.chart
    qtbot.waitUntil(lambda: chart._rebuild_on_show)
    assert not chart.ax.patches
    w.show_view("history")
    qtbot.waitUntil(lambda: bool(chart.ax.patches))
    assert not chart._rebuild_on_show
