"""Drift: after a newer statement is imported, how it compares with what the projection said.

How the earlier projection is kept (decision): when an import brings a statement year newer
than any stored before, the projection baseline from *before* the import (window.baseline as
it was, with the assumptions of that time) is saved in the member's database as a scenario
named "Proyeksi sebelum impor <date>" ("Projection before import <date>" in English). So it
stays visible and comparable in the Scenarios panel, survives a restart, and nothing is kept
outside the member's own database. The newer statements are then set against it with
planner.drift.drift: the actual balance, what the saved projection expected on that date, and
whether the wage (contributions) or the return explains most of the difference.

The result shows as a dismissible banner above the projection chart and above the history
view (the import flow brings the history to the front). The demo never saves anything.

Hook: ``install(window)`` (see ui.main_window); ``window.drift_watcher`` is the
:class:`DriftWatcher` (``drift``: the latest planner.drift.Drift or None).
"""
from __future__ import annotations

import datetime as dt
import logging

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from planner.errors import UserError
from planner.store import Store
from ui import style
from ui.i18n import Retranslatable

log = logging.getLogger(__name__)


def scenario_name(on: dt.date, lang: str) -> str:
    """The name the earlier projection is saved under."""
    if lang == "en":
        return f"Projection before import {on.isoformat()}"
    return f"Proyeksi sebelum impor {on.isoformat()}"


def _latest_year(statements) -> int | None:
    years = [s.year for s in statements]
    return max(years) if years else None


class DriftBanner(Retranslatable, QFrame):
    """One line (or two) about the drift, with a Close button."""

    dismissed = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("driftBanner")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        self.setBackgroundRole(QPalette.ColorRole.AlternateBase)
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.close_button = QPushButton()
        self.close_button.clicked.connect(self.dismissed)
        lay = style.bar(QHBoxLayout(self))
        lay.addWidget(self.text, 1)
        lay.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignTop)
        self.setVisible(False)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.close_button.setText(self.tr("&Dismiss"))



class DriftWatcher(QObject):
    """Remembers the baseline between reloads; on a newer statement, saves it and shows the drift."""

    drift_found = Signal(object)  # planner.drift.Drift

    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.drift = None
        self.saved_name: str | None = None
        self.partial = False  # compared on the cards with a newer statement only
        self.banners: list[DriftBanner] = []
        self._source = None
        self._baseline = None
        self._latest: int | None = None

    def add_banner(self, banner: DriftBanner) -> None:
        banner.dismissed.connect(self.dismiss)
        self.banners.append(banner)

    def dismiss(self) -> None:
        for b in self.banners:
            b.setVisible(False)

    def data_changed(self) -> None:
        w = self.window
        source = w.data_source
        statements = list(w.workspace.statements)
        latest = _latest_year(statements)
        before, before_latest = self._baseline, self._latest
        same = isinstance(source, Store) and source is self._source  # the demo is never compared
        self._source, self._baseline, self._latest = source, w.baseline, latest
        if not same:
            self.dismiss()  # another source (the demo, another database): its own story
        if not same or before is None or latest is None or before_latest is None or latest <= before_latest:
            return
        self._compare(source, before)

    def _compare(self, source, before) -> None:
        lang = self.window.lang
        found = self.window.workspace.drift_since(before)
        if found is None:
            return
        self.partial = found.partial
        self.saved_name = None
        if isinstance(source, Store):
            name = scenario_name(dt.date.today(), lang)
            try:
                source.save_scenario(name, before)
                self.saved_name = name
            except UserError as exc:
                log.info("earlier projection not saved: %s", exc.code)
        self.drift = found.drift
        self.show()
        self.drift_found.emit(found.drift)
        if self.saved_name:
            self.window.scenario_panel.refresh()  # list the saved projection at once (ui.scenarios installs first)

    def text(self) -> str:
        d = self.drift
        if d is None:
            return ""
        lang = self.window.lang
        text = d.text(lang)
        if self.partial:
            text += " " + QCoreApplication.translate("DriftBanner", "(The cards with a newer statement only.)")
        if self.saved_name:
            text += " " + QCoreApplication.translate("DriftBanner", "The earlier projection is kept as the scenario “{name}”.").format(
                name=self.saved_name)
        return text

    def show(self) -> None:
        text = self.text()
        for b in self.banners:
            b.text.setText(text)
            b.setVisible(bool(text))

    def retranslate_ui(self) -> None:
        if self.drift is not None and any(b.isVisibleTo(b.parentWidget()) for b in self.banners if b.parentWidget()):
            self.show()


def install(window) -> None:
    """Banners above the projection chart and the history view, fed by data_changed."""
    watcher = DriftWatcher(window)
    window.drift_watcher = watcher
    banner = DriftBanner()
    window.projection_view.add_banner(banner)
    watcher.add_banner(banner)
    banner2 = DriftBanner()
    window.history_view.add_banner(banner2)  # ui.history_view installs before this module (PLUGIN_MODULES)
    watcher.add_banner(banner2)
    window.data_changed.connect(watcher.data_changed)
    window.language_changed.connect(lambda _lang: watcher.retranslate_ui())
    watcher.data_changed()
