"""Every input of the projection, what-if, uncertainty, history, withdrawal and scenario views
has a name a screen reader can say, and each Alt+letter leads to one place (issue 15, item 8)."""
from __future__ import annotations

import re

import pytest
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton, QAbstractSlider, QAbstractSpinBox, QApplication, QComboBox, QGroupBox, QLabel, QLineEdit, QScrollBar,
    QWidget,
)

INPUTS = (QAbstractSpinBox, QComboBox, QLineEdit, QAbstractSlider, QAbstractButton)


def _unnamed(root: QWidget) -> list[str]:
    found = []
    for w in root.findChildren(QWidget):
        if not isinstance(w, INPUTS) or isinstance(w, QScrollBar) or w.objectName().startswith("qt_"):
            continue  # scroll bars and Qt's own corner and overflow buttons
        if isinstance(w, QLineEdit) and isinstance(w.parentWidget(), (QAbstractSpinBox, QComboBox)):
            continue  # the editor inside a spin or combo box: the box carries the name
        if isinstance(w, QAbstractButton) and not w.isVisibleTo(root):
            continue
        name = QAccessible.queryAccessibleInterface(w).text(QAccessible.Text.Name)
        if not name.strip():
            found.append(f"{type(w).__name__} in {type(w.parentWidget()).__name__}")
    return found


@pytest.mark.parametrize("lang", ["id", "en"])
def test_every_input_has_a_name(make_window, lang):
    window = make_window(demo=True, lang=lang)
    window.show()
    for view in (window.projection_view, window.history_view, window.withdrawal_view, window.scenario_panel):
        assert _unnamed(view) == [], type(view).__name__


def test_slider_and_spin_of_a_setting_share_its_label(make_window):
    window = make_window(demo=True, lang="id")
    whatif = window.projection_view.whatif
    assert whatif.ret.slider.accessibleName() == whatif.ret.spin.accessibleName() == "Hasil pengembangan"


def _mnemonics(window) -> dict[str, list[str]]:
    """Alt+letter of every shown label, button and group box, and of the menu bar's menus."""
    found: dict[str, list[str]] = {}
    texts = [a.text() for a in window.menuBar().actions()]
    for w in window.findChildren(QWidget):
        if not w.isVisible():
            continue
        if isinstance(w, (QAbstractButton, QLabel)):
            texts.append(w.text())
        elif isinstance(w, QGroupBox):
            texts.append(w.title())
    for text in texts:
        match = re.search(r"&([^&])", text.replace("&&", ""))
        if match:
            found.setdefault(match.group(1).lower(), []).append(text)
    return found


@pytest.mark.parametrize("lang", ["id", "en"])
def test_each_alt_letter_leads_to_one_place_per_view(make_window, lang):
    """Keyboard use: within a view (menu bar included) no two mnemonics share a letter, or
    Alt+letter would be ambiguous."""
    window = make_window(demo=True, lang=lang)
    window.show()
    clashes = {}
    for key in ("projection", "history", "withdrawal"):
        window.show_view(key)
        QApplication.instance().processEvents()
        shared = {k: v for k, v in _mnemonics(window).items() if len(v) > 1}
        if shared:
            clashes[key] = shared
    assert clashes == {}
