"""KPI cards: a title, one big number, its unit, and a line saying what it rests on."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QLabel, QSizePolicy, QVBoxLayout, QWidget


class KpiCard(QFrame):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(10, 8, 10, 8)
        lay.setSpacing(2)
        self.title = QLabel()
        self.title.setWordWrap(True)
        self.value = QLabel("—")
        self.value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = self.value.font()
        font.setPointSizeF(font.pointSizeF() * 1.45)
        font.setBold(True)
        self.value.setFont(font)
        self.unit = QLabel()
        self.note = QLabel()
        self.note.setWordWrap(True)
        small = self.note.font()
        small.setPointSizeF(small.pointSizeF() * 0.9)
        self.note.setFont(small)
        self.unit.setFont(small)
        self.title.setObjectName("kpiTitle")
        self.value.setObjectName("kpiValue")
        self.unit.setObjectName("kpiUnit")
        self.note.setObjectName("kpiNote")
        for w in (self.title, self.value, self.unit, self.note):
            lay.addWidget(w)
        lay.addStretch(1)

    def set(self, title: str, value: str, unit: str = "", note: str = "") -> None:
        self.title.setText(title)
        self.value.setText(value)
        self.unit.setText(unit)
        self.unit.setVisible(bool(unit))
        self.note.setText(note)
        self.note.setVisible(bool(note))
        self.setAccessibleName(f"{title}: {value} {unit}")
