"""KPI cards: a title, one big number, its unit, and a line saying what it rests on."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QLabel, QSizePolicy, QVBoxLayout, QWidget

VALUE_SCALE = 1.45  # a card's number, against the window's font
PRIMARY_SCALE = 1.8  # the primary card's number (the saldo at claim)


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
        self._base_size = self.value.font().pointSizeF()
        self.set_primary(False)
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

    def set_primary(self, primary: bool) -> None:
        """The card the eye goes to first: a larger number and a bold title (type scale
        1.0 / 1.45 / 1.8 of the window's font)."""
        font = self.value.font()
        font.setPointSizeF(self._base_size * (PRIMARY_SCALE if primary else VALUE_SCALE))
        font.setBold(True)
        self.value.setFont(font)
        title = self.title.font()
        title.setBold(primary)
        self.title.setFont(title)
        self.setProperty("primary", primary)

    def set(self, title: str, value: str, unit: str = "", note: str = "") -> None:
        self.title.setText(title)
        self.value.setText(value)
        self.unit.setText(unit)
        self.unit.setVisible(bool(unit))
        self.note.setText(note)
        self.note.setVisible(bool(note))
        self.setAccessibleName(f"{title}: {value} {unit}")
