"""One type scale and spacing (ui.style) across the views, and the window in a dark palette
(issue 15, item 8): no view sets sizes of its own; the charts, the KPI cards and the tables
follow the palette a dark desktop gives."""
from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QAbstractItemView, QApplication, QLabel

from ui import style
from ui.app import show_named_view
from ui.chart import rgb

UI = Path(__file__).resolve().parents[2] / "ui"
# A size or a gap written into a view instead of taken from ui.style.
SCATTERED = [
    (re.compile(r"setPointSizeF?\(|setPixelSize\(|font-size"), "a font size"),
    (re.compile(r"fontsize\s*=\s*(?!style\.)"), "a chart font size"),
    (re.compile(r"setContentsMargins\((?!0, 0, 0, 0\))"), "margins"),
    (re.compile(r"(setSpacing|addSpacing)\(\s*\d"), "a gap"),
]


def test_no_view_sets_sizes_or_gaps_of_its_own():
    found = []
    for path in sorted(UI.glob("*.py")):
        if path.name == "style.py":
            continue
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            for pattern, what in SCATTERED:
                if pattern.search(line):
                    found.append(f"{path.name}:{number}: {what}: {line.strip()}")
    assert found == []


def test_the_roles_scale_the_application_font_in_order(qapp):
    label = QLabel("x")
    sizes = {}
    for role in (style.CAPTION, style.BODY, style.HEADING, style.TITLE, style.FIGURE, style.FIGURE_LEAD):
        style.set_role(label, role)
        style.set_role(label, role)  # twice: the same (scaled from the application's font, not the label's)
        sizes[role.name] = label.font().pointSizeF()
        assert label.font().bold() == role.bold
        assert label.property("typeRole") == role.name
    base = QApplication.font().pointSizeF()
    assert sizes["body"] == pytest.approx(base)
    assert sizes["caption"] < sizes["body"] < sizes["heading"] < sizes["figure"] < sizes["title"] < sizes["figure_lead"]
    assert style.chart_points(style.CAPTION) < style.chart_points(style.BODY) < style.chart_points(style.HEADING)


def test_the_views_use_the_scale(make_window):
    w = make_window(demo=True)
    view = w.projection_view
    assert view.card_claim.value.property("typeRole") == "figure_lead"
    assert {c.value.property("typeRole") for c in view.cards if c is not view.card_claim} == {"figure"}
    assert view.band_caption.property("typeRole") == "caption"
    assert w.withdrawal_view.title.property("typeRole") == "heading"
    assert w.welcome.title.property("typeRole") == "title"
    assert w.history_view.empty_title.property("typeRole") == "title"


@pytest.fixture
def dark(qapp):
    before = QPalette(qapp.palette())
    qapp.setPalette(style.dark_palette())
    yield style.dark_palette()
    qapp.setPalette(before)


def _is_dark(colour) -> bool:
    return colour.lightness() < 100


def test_in_a_dark_palette_charts_cards_and_tables_are_dark_with_light_text(make_window, dark):
    w = make_window(demo=True)
    w.resize(1366, 698)
    w.show()
    base = rgb(dark.color(QPalette.ColorRole.Base))
    text = rgb(dark.color(QPalette.ColorRole.WindowText))
    for key in ("projection", "history", "withdrawal", "arrears"):
        assert show_named_view(w, key)
        w.flush_drawing()
        w.history_view.chart.flush()
        QApplication.processEvents()
    chart = w.projection_view.chart
    assert chart.figure.get_facecolor() == pytest.approx(base) and chart.ax.get_facecolor() == pytest.approx(base)
    assert chart.ax.yaxis.label.get_color() == text
    assert all(t.get_color() == text for t in chart.legend.get_texts())
    history = w.history_view.chart
    assert history.figure.get_facecolor() == pytest.approx(base)
    assert all(t.get_color() == pytest.approx(text) for t in history.ax.get_yticklabels())
    for card in w.projection_view.cards:
        assert _is_dark(card.palette().color(card.backgroundRole()))
        for label in (card.title, card.value, card.unit, card.note):
            assert not _is_dark(label.palette().color(label.foregroundRole())), card.title.text()
    tables = [t for t in w.findChildren(QAbstractItemView) if t.isVisibleTo(w) or t.parentWidget() is not None]
    assert tables
    for table in tables:
        assert _is_dark(table.palette().color(QPalette.ColorRole.Base)), table
        assert not _is_dark(table.palette().color(QPalette.ColorRole.Text)), table


def test_the_charts_follow_a_palette_switched_while_the_window_is_open(make_window, qapp):
    w = make_window(demo=True)
    w.show()
    light = QPalette(qapp.palette())
    try:
        qapp.setPalette(style.dark_palette())
        QApplication.processEvents()
        w.flush_drawing()
        w.history_view.chart.flush()
        dark_base = rgb(style.dark_palette().color(QPalette.ColorRole.Base))
        assert w.projection_view.chart.figure.get_facecolor() == pytest.approx(dark_base)
        assert w.history_view.chart.figure.get_facecolor() == pytest.approx(dark_base)
    finally:
        qapp.setPalette(light)
    QApplication.processEvents()
    w.flush_drawing()
    w.history_view.chart.flush()
    assert w.projection_view.chart.figure.get_facecolor() == pytest.approx(rgb(light.color(QPalette.ColorRole.Base)))
