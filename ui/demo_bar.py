"""The bar above the views while the demo is open: it says the data are fictional and offers
the way back to the member's own data (their database, as at start)."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMessageBox, QPushButton, QToolBar, QWidget

from ui import style
from ui.app import open_store
from ui.i18n import Retranslatable


class DemoBar(Retranslatable, QWidget):
    """"Ini data demo (fiktif)" and a button back to one's own data."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("demoBar")
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.back = QPushButton()
        layout = style.bar(QHBoxLayout(self))
        layout.addWidget(self.label, 1)
        layout.addWidget(self.back)
        self.setAutoFillBackground(True)
        self.setStyleSheet("#demoBar { background: palette(alternate-base); }")
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.label.setText(self.tr("You are looking at the demo: a fictional member, not your data."))
        self.back.setText(self.tr("Back to my data"))
        self.back.setToolTip(self.tr("Close the demo and open your own saved data"))


def back_to_own_data(window) -> None:
    """Open the member's database (as at start) in place of the demo."""
    store, notice = open_store()
    if store is None:
        QMessageBox.warning(window, QCoreApplication.translate("DemoBar", "Your data"), notice or "")
        return
    window.set_data_source(store)
    if notice:
        window.statusBar().showMessage(notice)


def install(window) -> None:
    """A fixed tool bar at the top, shown only while the demo is the data source."""
    bar = DemoBar()
    holder = QToolBar(window)
    holder.setObjectName("demoToolBar")
    holder.setMovable(False)
    holder.setFloatable(False)
    holder.toggleViewAction().setVisible(False)
    holder.addWidget(bar)
    window.addToolBar(Qt.ToolBarArea.TopToolBarArea, holder)
    bar.back.clicked.connect(lambda: back_to_own_data(window))
    window.demo_bar = bar

    def update() -> None:
        holder.setVisible(window.is_demo)

    window.data_changed.connect(update)
    update()
