"""KPI cards: a title, one big number, its unit, and a line saying what it rests on."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QLabel, QSizePolicy, QVBoxLayout, QWidget

from ui import style


class KpiCard(QFrame):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        lay = style.panel(QVBoxLayout(self))
        lay.setSpacing(style.TIGHT)
        self.title = QLabel()
        self.title.setWordWrap(True)
        self.value = QLabel("—")
        self.value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.set_primary(False)
        self.unit = QLabel()
        self.note = QLabel()
        self.note.setWordWrap(True)
        style.set_role(self.note, style.CAPTION)
        style.set_role(self.unit, style.CAPTION)
        self.title.setObjectName("kpiTitle")
        self.value.setObjectName("kpiValue")
        self.unit.setObjectName("kpiUnit")
        self.note.setObjectName("kpiNote")
        for w in (self.title, self.value, self.unit, self.note):
            lay.addWidget(w)
        lay.addStretch(1)

    def set_primary(self, primary: bool) -> None:
        """The card the eye goes to first: a larger number and a bold title (ui.style's
        FIGURE_LEAD instead of FIGURE)."""
        style.set_role(self.value, style.FIGURE_LEAD if primary else style.FIGURE)
        style.set_role(self.title, style.BODY, bold=primary)
        self.setProperty("primary", primary)

    def set(self, title: str, value: str, unit: str = "", note: str = "") -> None:
        self.title.setText(title)
        self.value.setText(value)
        self.unit.setText(unit)
        self.unit.setVisible(bool(unit))
        self.note.setText(note)
        self.note.setVisible(bool(note))
        self.setAccessibleName(f"{title}: {value} {unit}")
