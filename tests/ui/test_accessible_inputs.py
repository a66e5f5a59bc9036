"""Every input of the projection, what-if, uncertainty, history, withdrawal and scenario views
has a name a screen reader can say (issue 15, item 8)."""
from __future__ import annotations

import pytest
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QAbstractButton, QAbstractSlider, QAbstractSpinBox, QComboBox, QLineEdit, QScrollBar, QWidget

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
