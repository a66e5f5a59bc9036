"""The shell: welcome view, menus, projection view, undo, units, language, screenshots."""
from __future__ import annotations

import struct
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from planner.format import rupiah
from planner.projection import project
from tests.ui import fake_data


def _png_size(path: Path) -> tuple[int, int]:
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    return struct.unpack(">II", data[16:24])


def test_empty_database_shows_the_welcome_view(make_window):
    w = make_window()
    assert w.stack.currentWidget() is w.welcome
    assert not w.has_data()
    # The three ways in are there, in Indonesian by default.
    assert w.welcome.import_button.text() == "Impor Rincian Saldo JHT…"
    assert w.welcome.quick_button.text() == "Entri cepat…"
    assert w.welcome.demo_button.text() == "Coba demo"


def test_welcome_buttons_reach_the_hooks(make_window, qtbot):
    w = make_window()
    w.import_requested.disconnect()  # no file dialog, no import flow: only the hook is tested
    w.quick_entry_requested.disconnect()
    with qtbot.waitSignal(w.import_requested) as blocker:
        w.welcome.import_button.click()
    assert blocker.args == [[]]
    with qtbot.waitSignal(w.quick_entry_requested):
        w.welcome.quick_button.click()


def test_a_baseline_opens_the_projection_with_the_method_s_figures(make_window, example_assumptions):
    w = make_window()
    w.set_baseline(example_assumptions)
    assert w.stack.currentWidget() is w.tabs
    expected = project(example_assumptions)
    view = w.projection_view
    assert view.card_claim.value.text() == rupiah(expected.balance_at_claim, "id")
    assert view.card_net.value.text() == rupiah(expected.net, "id")
    assert view.card_now.value.text() == rupiah(example_assumptions.balance, "id")
    # Chart: projection ends at the claim date with a marker there.
    x, y = view.chart.projection_line.get_data()
    mx, my = view.chart.claim_marker.get_data()
    assert list(mx) == [x[-1]] and my[0] == pytest.approx(expected.balance_at_claim)
    assert "2046" in view.chart.claim_label.get_text()


def test_history_and_projection_share_one_chart(make_window, example_assumptions):
    w = make_window()
    statements = fake_data.history()
    from ui.main_window import DemoSource

    w.set_data_source(DemoSource(statements))
    w.set_baseline(example_assumptions)
    hx, hy = w.projection_view.chart.history_line.get_data()
    assert len(hx) == len(statements)
    assert hy[-1] == pytest.approx(float(statements[-1].closing))
    assert w.projection_view.chart.projection_line.get_data()[0][0] > hx[-1]


def test_moving_a_slider_changes_a_kpi_and_one_drag_is_one_undo_step(make_window, example_assumptions, qtbot):
    w = make_window()
    w.set_baseline(example_assumptions)
    view = w.projection_view
    before = view.card_claim.value.text()
    slider = view.whatif.ret.slider
    slider.setSliderDown(True)  # a drag: press, several ticks, release
    for _ in range(5):
        slider.setValue(slider.value() + 2)
    slider.setSliderDown(False)
    after = view.card_claim.value.text()
    assert after != before
    assert w.current_assumptions().annual_return == pytest.approx(example_assumptions.annual_return or 0.06 + 0.01)
    assert w.undo_stack.count() == 1
    w.act_undo.trigger()
    assert view.card_claim.value.text() == before
    assert view.whatif.ret.spin.value() == pytest.approx(6.0)
    w.act_redo.trigger()
    assert view.card_claim.value.text() == after


def test_keyboard_moves_the_slider_and_the_spin_box(make_window, example_assumptions, qtbot):
    w = make_window()
    w.set_baseline(example_assumptions)
    panel = w.projection_view.whatif
    before = w.projection_view.card_income.value.text()
    qtbot.keyClick(panel.inflation.slider, Qt.Key.Key_PageUp)
    assert panel.inflation.spin.value() > 2.5
    assert w.projection_view.card_income.value.text() != before
    panel.wage.spin.setValue(10_000_000)
    assert w.current_assumptions().wage == 10_000_000
    assert w.undo_stack.count() == 2  # two separate edits, two steps


def test_career_break_and_wage_change_reach_the_projection(make_window, example_assumptions):
    w = make_window()
    w.set_baseline(example_assumptions)
    view = w.projection_view
    base = view.state.result.balance_at_claim
    view.whatif.break_months.spin.setValue(24)
    assert w.current_assumptions().career_break.months == 24
    assert view.state.result.balance_at_claim < base
    view.whatif.change_enabled.setChecked(True)
    view.whatif.change_wage.spin.setValue(20_000_000)
    assert w.current_assumptions().wage_change.wage == 20_000_000


def test_the_toggle_changes_the_axis_label_and_the_units(make_window, example_assumptions):
    w = make_window()
    w.set_baseline(example_assumptions)
    view = w.projection_view
    assert view.chart.ax.get_ylabel() == "Saldo JHT (Rp nominal)"
    nominal = view.card_claim.value.text()
    view.real_button.click()
    assert w.real and w.act_real.isChecked()
    assert view.chart.ax.get_ylabel() == "Saldo JHT (Rp nilai hari ini)"
    assert view.card_claim.unit.text() == "Rp nilai hari ini"
    assert view.card_claim.value.text() == rupiah(view.state.result.balance_at_claim_real, "id")
    assert view.card_claim.value.text() != nominal
    w.act_nominal.trigger()
    assert view.chart.ax.get_ylabel() == "Saldo JHT (Rp nominal)"
    assert w.settings.real is False


def test_switching_language_retranslates_the_open_window(make_window, example_assumptions):
    w = make_window()
    w.set_baseline(example_assumptions)
    view = w.projection_view
    assert w.file_menu.title() == "&Berkas"
    assert view.card_net.title.text() == "Bersih setelah pajak"
    assert w.tabs.tabText(0) == "Proyeksi"
    assert view.chart.ax.yaxis.get_major_formatter()(150e6, 0) == "Rp 150 jt"
    w.act_lang_en.trigger()
    assert w.lang == "en" and w.settings.language == "en"
    assert w.file_menu.title() == "&File"
    assert w.edit_menu.title() == "&Edit"
    assert view.card_net.title.text() == "Net after tax"
    assert view.whatif.labels["inflation"].text() == "&Inflation"
    assert w.welcome.title.text() == "Welcome to JHT Planner"
    assert w.tabs.tabText(0) == "Projection"
    assert view.chart.ax.get_ylabel() == "JHT balance (Rp nominal)"
    assert view.chart.ax.yaxis.get_major_formatter()(1.2e9, 0) == "Rp 1.2B"
    assert view.card_claim.value.text() == rupiah(view.state.result.balance_at_claim, "en")
    w.act_lang_id.trigger()
    assert w.file_menu.title() == "&Berkas"


def test_settings_are_remembered(make_window, example_assumptions):
    w = make_window()
    w.set_language("en")
    w.set_real(True)
    w.settings.last_folder = "/tmp/statements"
    w.remember_geometry = True
    w.resize(1000, 700)
    w.close()
    from ui.settings import Settings

    s = Settings()
    assert (s.language, s.real, s.last_folder) == ("en", True, "/tmp/statements")
    assert not s.geometry.isEmpty()
    w2 = make_window()  # language follows the settings when --lang is not given
    assert w2.lang == "en" and w2.real and w2.act_real.isChecked()


def test_undo_redo_shortcuts():
    from ui.main_window import MainWindow  # noqa: F401  (import check)

    from PySide6.QtGui import QKeySequence

    assert QKeySequence("Ctrl+Z").toString() == "Ctrl+Z"


def test_menu_shortcuts(make_window):
    w = make_window()
    assert w.act_import.shortcut().matches(w.act_import.shortcut()) and w.act_import.shortcut().toString() == "Ctrl+O"
    assert w.act_export_pdf.shortcut().toString() == "Ctrl+E"
    assert w.act_undo.shortcut().toString() == "Ctrl+Z"
    assert "Ctrl+Shift+Z" in [s.toString() for s in w.act_redo.shortcuts()]


def test_the_chart_follows_a_dark_palette(make_window, example_assumptions, qapp):
    w = make_window()
    w.set_baseline(example_assumptions)
    chart = w.projection_view.chart
    old = qapp.palette()
    dark = QPalette(old)
    dark.setColor(QPalette.ColorRole.Base, QColor("#1e1e1e"))
    dark.setColor(QPalette.ColorRole.Window, QColor("#2b2b2b"))
    dark.setColor(QPalette.ColorRole.WindowText, QColor("#f0f0f0"))
    try:
        qapp.setPalette(dark)
        QApplication.processEvents()
        assert chart.figure.get_facecolor()[:3] == pytest.approx(QColor("#1e1e1e").getRgbF()[:3])
        assert chart.ax.yaxis.label.get_color()[:3] == pytest.approx(QColor("#f0f0f0").getRgbF()[:3])
    finally:
        qapp.setPalette(old)


def test_redraws_are_coalesced(make_window, example_assumptions, qtbot):
    w = make_window()
    w.set_baseline(example_assumptions)
    chart = w.projection_view.chart
    qtbot.waitUntil(lambda: not chart._timer.isActive())
    start = chart.draw_count
    for v in range(20):
        w.projection_view.whatif.growth.slider.setValue(w.projection_view.whatif.growth.slider.value() + 1)
    qtbot.waitUntil(lambda: not chart._timer.isActive())
    # One draw for the 20 ticks; at most one more when the Monte Carlo band lands afterwards.
    assert 1 <= chart.draw_count - start <= 2


def test_monte_carlo_band_fills_the_chart(make_window, example_assumptions):
    pytest.importorskip("planner.montecarlo")
    w = make_window()
    w.set_baseline(example_assumptions)
    w.projection_view.wait_for_band()
    band = w.projection_view.chart.band
    assert band.get_visible()
    x, y = w.projection_view.chart.projection_line.get_data()
    verts = band.get_paths()[0].vertices
    assert verts[:, 0].max() == pytest.approx(x[-1])


def test_screenshot_writes_a_png(tmp_path, qapp_lang, sync_worker, monkeypatch):
    from ui.launcher import main

    out = tmp_path / "shot.png"
    monkeypatch.setattr("sys.argv", ["jht-planner", "--screenshot", str(out)])
    assert main(["--screenshot", str(out)]) == 0
    assert _png_size(out) == (1280, 800)


def test_screenshot_at_150_percent_in_a_fresh_process(tmp_path):
    import os
    import subprocess
    import sys

    out = tmp_path / "shot150.png"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", QT_SCALE_FACTOR="1.5")
    proc = subprocess.run([sys.executable, "-m", "ui.launcher", "--lang", "en", "--screenshot", str(out)],
                          env=env, capture_output=True, text=True, timeout=120,
                          cwd=Path(__file__).resolve().parents[2])
    assert proc.returncode == 0, proc.stderr
    assert _png_size(out) == (1920, 1200)


def test_export_csv_runs_through_the_worker_and_writes_the_projection(make_window, example_assumptions, tmp_path,
                                                                      monkeypatch):
    w = make_window()
    w.set_baseline(example_assumptions)
    target = tmp_path / "out.csv"
    monkeypatch.setattr("ui.main_window.QFileDialog.getSaveFileName", lambda *a, **k: (str(target), ""))
    w.export_csv()
    text = target.read_text(encoding="utf-8-sig")
    assert str(w.projection_view.state.result.claim_date.year) in text
    assert w.settings.last_folder == str(tmp_path)


def test_export_csv_for_excel_set_to_indonesian(make_window, example_assumptions, tmp_path, monkeypatch):
    from planner import texts

    w = make_window()
    w.set_baseline(example_assumptions)
    target = tmp_path / "excel-id.csv"
    chosen = texts.tr("import.csv_filter_excel_id", w.lang)
    monkeypatch.setattr("ui.main_window.QFileDialog.getSaveFileName", lambda *a, **k: (str(target), chosen))
    w.export_csv()
    header, first = target.read_text(encoding="utf-8-sig").splitlines()[:2]
    assert header.startswith("tahun;usia;") and "," in first and "." not in first
