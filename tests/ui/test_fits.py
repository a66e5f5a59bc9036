"""The window fits a 1366x768 laptop (issue 15, item 1): its frame within the screen's available
area, every view's least size within it, and no text cut off or squeezed in any view, in both
languages, with and without data."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QEventLoop
from PySide6.QtWidgets import QAbstractButton, QAbstractScrollArea, QApplication, QLabel, QWidget

from ui.app import show_named_view, view_keys

ROOT = Path(__file__).resolve().parents[2]
# A 1366x768 screen less a task bar (40 px) and a title bar (30 px): the window's inside.
LAPTOP_INSIDE = (1366, 698)
SMALL_INSIDE = (1280, 650)  # 1280x720, or 1920x1080 at 150%
SHORT_150 = (911, 442)  # 1366x768 at 150%: 911x512 logical pixels less a task bar and a title bar


def _settle() -> None:
    app = QApplication.instance()
    for _ in range(4):
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)


def _scrolls(widget: QWidget) -> bool:
    """Inside a scroll area: the member can scroll to what does not fit."""
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QAbstractScrollArea):
            return True
        parent = parent.parentWidget()
    return False


def cut_off(root: QWidget) -> list[str]:
    """Labels given less room than their text needs (a wrapped one fewer lines, another fewer
    pixels across) and buttons narrower than their text, outside scroll areas."""
    found = []
    for label in root.findChildren(QLabel):
        if not label.isVisibleTo(root) or not label.text() or _scrolls(label):
            continue
        if label.wordWrap():
            if label.height() + 1 < label.heightForWidth(label.width()):
                found.append(f"label {label.text()[:60]!r}: {label.height()} px high, needs "
                             f"{label.heightForWidth(label.width())}")
        elif label.width() + 1 < label.minimumSizeHint().width():
            found.append(f"label {label.text()[:60]!r}: {label.width()} px wide, needs {label.minimumSizeHint().width()}")
    for button in root.findChildren(QAbstractButton):
        if button.isVisibleTo(root) and button.text() and not _scrolls(button) and button.width() + 1 < button.sizeHint().width():
            found.append(f"button {button.text()!r}: {button.width()} px wide, needs {button.sizeHint().width()}")
    return found


@pytest.mark.parametrize("size", [LAPTOP_INSIDE, SMALL_INSIDE, SHORT_150], ids=["1366x768", "1280x720", "1366x768-150"])
@pytest.mark.parametrize("lang", ["id", "en"])
@pytest.mark.parametrize("demo", [False, True], ids=["empty", "full"])
def test_every_view_fits_and_nothing_is_cut_off(make_window, size, lang, demo):
    window = make_window(demo=demo, lang=lang)
    window.resize(*size)
    window.show()
    _settle()
    problems = {}
    for key in view_keys(window):
        assert show_named_view(window, key)
        _settle()
        window.flush_drawing()
        _settle()
        least = window.minimumSizeHint()
        assert least.width() <= size[0] and least.height() <= size[1], (key, least)
        assert (window.width(), window.height()) == size, key  # no view forced the window larger
        found = cut_off(window)
        if found:
            problems[key] = found
    assert problems == {}


def test_scenario_panel_only_with_the_projection_and_remembered(make_window):
    window = make_window(demo=True)
    window.resize(*LAPTOP_INSIDE)
    window.show()
    _settle()
    dock = window.scenario_dock
    show_named_view(window, "projection")
    assert dock.isVisible()
    for key in ("history", "withdrawal", "welcome"):
        show_named_view(window, key)
        assert not dock.isVisible(), key
    show_named_view(window, "projection")
    dock.close()  # the member closes it: remembered, and it stays closed on the projection
    assert not window.act_scenarios.isChecked() and window.settings.scenarios_shown is False
    show_named_view(window, "history")
    show_named_view(window, "projection")
    assert not dock.isVisible()
    window.act_scenarios.trigger()  # View > Scenarios panel brings it back
    assert dock.isVisible() and window.settings.scenarios_shown is True


PROBE = """
import json
from ui.app import application, create_window
app = application()
window = create_window()
window.remember_geometry = False
window.restore_geometry()
window.show()
for _ in range(5):
    app.processEvents()
area, frame = window.screen().availableGeometry(), window.frameGeometry()
print(json.dumps({"area": [area.x(), area.y(), area.width(), area.height()],
                  "frame": [frame.x(), frame.y(), frame.width(), frame.height()], "inside": window.height()}))
"""


@pytest.mark.parametrize("screen", [(1366, 768), (1280, 720), (1024, 600)])
def test_first_start_opens_within_the_screen(tmp_path, screen):
    """A first start (no remembered size) on a small screen: the default 1280x800 shrinks to fit."""
    config = tmp_path / "screen.json"
    config.write_text(json.dumps({"screens": [{"name": "laptop", "x": 0, "y": 0, "width": screen[0],
                                               "height": screen[1], "logicalDpi": 96, "dpr": 1}]}))
    env = dict(os.environ, QT_QPA_PLATFORM=f"offscreen:configfile={config}", PYTHONPATH=str(ROOT))
    proc = subprocess.run([sys.executable, "-c", PROBE], env=env, cwd=ROOT, capture_output=True, text=True,
                          timeout=120, check=True)
    shown = json.loads(proc.stdout.strip().splitlines()[-1])
    ax, ay, aw, ah = shown["area"]
    fx, fy, fw, fh = shown["frame"]
    assert (aw, ah) == screen
    assert ax <= fx and ay <= fy and fx + fw <= ax + aw and fy + fh <= ay + ah, shown
    assert shown["inside"] <= ah - 40  # room left for a title bar, which the offscreen platform does not draw


@pytest.mark.parametrize("lang", ["id", "en"])
def test_projection_with_a_target_and_a_status_message_does_not_overlap(make_window, lang):
    """The issue's case: with a target set and a status message, the simulations' caption sat
    over the chart's year labels."""
    window = make_window(demo=True, lang=lang)
    window.resize(*LAPTOP_INSIDE)
    window.show()
    view = window.projection_view
    view.uncertainty.set_target("pct_wage", 40)
    window.statusBar().showMessage("Tersimpan: /tmp/laporan-jht.pdf")
    _settle()
    window.flush_drawing()
    _settle()
    assert view.band_caption.isVisible() and view.band_caption.text()
    shown = [w for w in (view.chart, view.band_caption, view.message, *view.cards, view.adequacy_label)
             if w.isVisible()]
    for upper, lower in zip(shown, shown[1:]):
        if lower in view.cards and upper in view.cards:
            continue  # cards sit side by side
        assert upper.geometry().bottom() < lower.geometry().top() or upper.y() == lower.y(), (upper, lower)
    assert cut_off(window) == []


def test_without_a_projection_no_scenarios_and_no_empty_axes(make_window):
    window = make_window(demo=False)
    window.resize(*LAPTOP_INSIDE)
    window.show()
    show_named_view(window, "projection")
    _settle()
    view = window.projection_view
    assert not window.scenario_dock.isVisible()
    assert not view.chart.isVisible() and view.message.isVisible()
    assert view.message.text().startswith("Belum ada data")



@pytest.mark.parametrize("size", [SMALL_INSIDE, SHORT_150], ids=["1280x720", "1366x768-150"])
def test_on_a_short_window_the_scenarios_start_closed_unless_the_member_opened_them(make_window, size):
    window = make_window(demo=True)
    window.resize(*size)
    window.show()
    show_named_view(window, "projection")
    _settle()
    dock, chart = window.scenario_dock, window.projection_view.chart
    assert not dock.isVisible() and not window.act_scenarios.isChecked()
    assert not window.settings.is_set("scenarios_shown")  # nothing chosen: nothing remembered
    without = chart.height()
    window.resize(*LAPTOP_INSIDE)  # high enough: the panel shows (still not a choice)
    _settle()
    assert dock.isVisible() and not window.settings.is_set("scenarios_shown")
    window.resize(*size)
    _settle()
    assert not dock.isVisible() and chart.height() >= without

    window.act_scenarios.trigger()  # the member opens it here: remembered, and kept at this height
    _settle()
    assert dock.isVisible() and window.settings.scenarios_shown is True
    again = make_window(demo=True)
    again.resize(*size)
    again.show()
    show_named_view(again, "projection")
    _settle()
    assert again.scenario_dock.isVisible()


def test_the_projection_legend_stays_outside_the_plot(make_window):
    """The legend sits above the plotting area, whatever the lines and the fan do: the demo, a
    wage-doubling what-if with the baseline and two scenario lines over it, in both units."""
    from dataclasses import replace

    from models import WageChange
    from ui.scenarios import projection_points

    window = make_window(demo=True, lang="en")
    view = window.projection_view
    for size in (LAPTOP_INSIDE, (1920, 1010), SHORT_150):
        window.resize(*size)
        window.show()
        show_named_view(window, "projection")
        for doubled, overlays in ((False, False), (True, True)):
            if doubled:
                view.apply_assumptions(replace(view.state.given, wage_change=WageChange(
                    view.state.given.as_of.replace(year=view.state.given.as_of.year + 1, month=1, day=1),
                    view.state.given.wage * 2)))
            lines = []
            if overlays:
                for name, ret in (("Return 4%", 0.04), ("Return 8%", 0.08)):
                    outlook = window.workspace.outlook(replace(view.state.given, annual_return=ret))
                    lines.append((name, *projection_points(outlook.projection)))
            window.show_overlays(lines)
            for real in (False, True):
                window.set_real(real)
                _settle()
                window.flush_drawing()
                chart = view.chart
                legend, axes = chart.legend.get_window_extent(), chart.ax.get_window_extent()
                texts = [t.get_text() for t in chart.legend.get_texts()]
                assert legend.y0 >= axes.y1 - 0.5, (size, doubled, real, texts)  # above the plot
                assert legend.x0 >= 0 and legend.x1 <= chart.figure.bbox.width + 0.5, (size, texts)
                label = chart.claim_label.get_window_extent()
                assert axes.y0 <= label.y0 and label.y1 <= axes.y1 + 1, (size, doubled, real)
            if doubled:
                window.undo_stack.undo()
