"""Scenarios: save the current assumptions, compare with the baseline, overlay, undo."""
from __future__ import annotations

import dataclasses

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack

from planner.format import rupiah
from planner.projection import project
from planner.store import Store
from ui.scenarios import MAX_OVERLAYS, ScenarioPanel


@pytest.fixture
def store():
    s = Store.open()
    yield s
    s.close()


@pytest.fixture
def panel(qtbot, qapp_lang, store, example_assumptions):
    stack = QUndoStack()
    p = ScenarioPanel(store, stack)
    p.undo_stack = stack
    qtbot.addWidget(p)
    p.set_baseline(example_assumptions)
    p.set_current(example_assumptions)
    return p


def test_save_current_keeps_it_in_the_database_and_undo_removes_it(panel, store, example_assumptions):
    stop_early = dataclasses.replace(example_assumptions, stop_age=50)
    panel.set_current(stop_early)
    assert panel.save_current("Berhenti di 50")
    assert [s.name for s in store.scenarios()] == ["Berhenti di 50"]
    assert store.scenario("Berhenti di 50").assumptions.stop_age == 50
    assert panel.scenario_names() == ["Berhenti di 50"]
    panel.undo_stack.undo()
    assert store.scenarios() == [] and panel.scenario_names() == []
    panel.undo_stack.redo()
    assert panel.scenario_names() == ["Berhenti di 50"]


def test_difference_from_the_baseline_in_rupiah_and_percent(panel, example_assumptions):
    low = dataclasses.replace(example_assumptions, annual_return=0.04)
    panel.set_current(low)
    panel.save_current("Imbal hasil 4%")
    base = project(example_assumptions).balance_at_claim
    mine = project(low).balance_at_claim
    rp, frac = panel.difference("Imbal hasil 4%")
    assert rp == pytest.approx(mine - base)
    assert frac == pytest.approx((mine - base) / base)
    assert rp < 0
    # The table shows the same figures, formatted for the member.
    row = next(r for r in range(panel.table.rowCount()) if panel.table.item(r, 1).text() == "Imbal hasil 4%")
    assert panel.table.item(row, 3).text() == rupiah(mine, "id")
    assert panel.table.item(row, 4).text() == rupiah(mine - base, "id")
    assert panel.table.item(row, 5).text().endswith("%") and "," in panel.table.item(row, 5).text()


def test_up_to_three_overlays(panel, example_assumptions, qtbot):
    for i, growth in enumerate((0.02, 0.03, 0.04, 0.06)):
        panel.set_current(dataclasses.replace(example_assumptions, wage_growth=growth))
        panel.save_current(f"S{i}")
    with qtbot.waitSignal(panel.overlays_changed) as sent:
        assert panel.set_shown("S0", True)
    assert [name for name, _, _ in sent.args[0]] == ["S0"]
    assert panel.set_shown("S1", True) and panel.set_shown("S2", True)
    assert not panel.set_shown("S3", True)  # the fourth is refused, with a sentence
    assert str(MAX_OVERLAYS) in panel.status.text()
    overlays = panel.overlays()
    assert [n for n, _, _ in overlays] == ["S0", "S1", "S2"]
    name, xs, ys = overlays[2]
    expected = project(dataclasses.replace(example_assumptions, wage_growth=0.04))
    assert ys[-1] == pytest.approx(expected.balance_at_claim)
    assert xs == sorted(xs) and len(xs) == len(expected.years) + 1
    # Ticking in the table does the same.
    row = next(r for r in range(panel.table.rowCount()) if panel.table.item(r, 1).text() == "S0")
    panel.table.item(row, 0).setCheckState(Qt.CheckState.Unchecked)
    assert panel.shown() == ["S1", "S2"]
    panel.set_real(True)
    assert panel.overlays()[1][2][-1] == pytest.approx(expected.balance_at_claim_real)


def test_rename_and_delete_are_undoable(panel, store, example_assumptions):
    panel.save_current("Lama")
    panel.select("Lama")
    assert panel.rename_selected("Baru")
    assert [s.name for s in store.scenarios()] == ["Baru"]
    panel.undo_stack.undo()
    assert [s.name for s in store.scenarios()] == ["Lama"]
    panel.select("Lama")
    assert panel.delete_selected()
    assert store.scenarios() == []
    panel.undo_stack.undo()
    assert store.scenario("Lama").assumptions == example_assumptions


def test_saving_over_a_name_asks_and_undo_restores_the_old(panel, store, example_assumptions, monkeypatch):
    panel.save_current("A")
    changed = dataclasses.replace(example_assumptions, claim_age=58)
    panel.set_current(changed)
    monkeypatch.setattr(panel, "confirm_overwrite", lambda name: False)
    assert not panel.save_current("A")
    assert store.scenario("A").assumptions == example_assumptions
    monkeypatch.setattr(panel, "confirm_overwrite", lambda name: True)
    assert panel.save_current("A")
    assert store.scenario("A").assumptions.claim_age == 58
    panel.undo_stack.undo()
    assert store.scenario("A").assumptions == example_assumptions


def test_name_is_asked_and_empty_names_refused(panel, store, monkeypatch):
    monkeypatch.setattr(panel, "ask_name", lambda *a: "  ")
    assert not panel.save_current()
    assert panel.status.text() == "Skenario perlu nama."
    monkeypatch.setattr(panel, "ask_name", lambda *a: None)
    assert not panel.save_current()
    assert store.scenarios() == []


def test_demo_and_empty_sources_cannot_save(qtbot, qapp_lang, example_assumptions):
    from tests.ui import fake_data
    from ui.main_window import DemoSource

    p = ScenarioPanel(DemoSource(fake_data.history()))
    qtbot.addWidget(p)
    p.set_current(example_assumptions)
    assert not p.save_button.isEnabled() and not p.save_current("x")
    p.set_store(None)
    assert p.table.rowCount() == 2  # no baseline yet, and the current what-if
    assert p.table.item(0, 3).text() == "Belum ada proyeksi"
    assert p.table.item(1, 3).text() == rupiah(project(example_assumptions).balance_at_claim, "id")


def test_panel_in_the_window_loads_a_scenario_as_one_undo_step(make_window, qtbot, example_assumptions):
    w = make_window()
    panel = w.scenario_panel
    store = w.data_source
    assert panel.can_save
    store.save_scenario("Pensiun 58", dataclasses.replace(example_assumptions, claim_age=58))
    w.set_baseline(example_assumptions)
    panel.refresh()
    panel.select("Pensiun 58")
    before = w.undo_stack.count()
    assert panel.load_selected()
    assert w.current_assumptions().claim_age == 58
    assert w.undo_stack.count() == before + 1
    w.undo_stack.undo()
    assert w.current_assumptions().claim_age != 58


def test_ticked_scenarios_are_drawn_on_the_chart_and_follow_the_units(make_window, example_assumptions):
    w = make_window()
    store, panel, chart = w.data_source, w.scenario_panel, w.projection_view.chart
    low = dataclasses.replace(example_assumptions, annual_return=0.04)
    late = dataclasses.replace(example_assumptions, claim_age=58)
    store.save_scenario("Imbal hasil 4%", low)
    store.save_scenario("Klaim 58", late)
    w.set_baseline(example_assumptions)
    panel.refresh()
    assert chart.overlays() == []
    assert panel.set_shown("Imbal hasil 4%", True) and panel.set_shown("Klaim 58", True)

    drawn = chart.overlays()
    assert [name for name, _, _ in drawn] == ["Imbal hasil 4%", "Klaim 58"]
    assert drawn[0][2][-1] == pytest.approx(project(low).balance_at_claim)
    assert drawn[1][2][-1] == pytest.approx(project(late).balance_at_claim)
    colors = {line.get_color() for line in chart.overlay_lines if line.get_visible()}
    assert len(colors) == 2 and chart.projection_line.get_color() not in colors
    assert all(line.get_linestyle() not in ("-", "None") for line in chart.overlay_lines)
    legend = [t.get_text() for t in chart.legend.get_texts()]
    assert "Imbal hasil 4%" in legend and "Klaim 58" in legend
    # The axes hold the overlays: the later claim reaches further right.
    chart.flush()
    assert chart.ax.get_xlim()[1] > drawn[1][1][-1]

    w.set_real(True)  # the window's toggle: the panel sends today's rupiah
    real = chart.overlays()
    assert real[0][2][-1] == pytest.approx(project(low).balance_at_claim_real)
    assert real[0][2][-1] < drawn[0][2][-1]
    w.set_real(False)
    assert chart.overlays()[0][2][-1] == pytest.approx(project(low).balance_at_claim)

    assert panel.set_shown("Imbal hasil 4%", False)
    assert [name for name, _, _ in chart.overlays()] == ["Klaim 58"]
    assert "Imbal hasil 4%" not in [t.get_text() for t in chart.legend.get_texts()]
    assert panel.set_shown("Klaim 58", False)
    assert chart.overlays() == [] and not any(line.get_visible() for line in chart.overlay_lines)


def test_overlays_stay_drawn_while_a_drag_is_blitted(make_window, example_assumptions, qtbot):
    w = make_window()
    w.data_source.save_scenario("Klaim 58", dataclasses.replace(example_assumptions, claim_age=58))
    w.set_baseline(example_assumptions)
    w.scenario_panel.refresh()
    w.scenario_panel.set_shown("Klaim 58", True)
    w.resize(1280, 800)
    w.show()
    qtbot.waitExposed(w)
    view, chart = w.projection_view, w.projection_view.chart
    view.flush()
    qtbot.waitUntil(lambda: chart._background is not None and not chart._timer.isActive())
    draws, blits = chart.draw_count, chart.blit_count
    bar = view.whatif.ret.slider
    bar.setSliderDown(True)
    bar.setValue(bar.value() + 1)  # the panel re-sends the same overlay: no full draw for it
    qtbot.waitUntil(lambda: chart.blit_count > blits)
    assert chart.draw_count == draws
    assert [name for name, _, _ in chart.overlays()] == ["Klaim 58"]
    bar.setSliderDown(False)
    w.close()
