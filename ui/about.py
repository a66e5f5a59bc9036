"""Help > About: version, the date of the rule set, where the official figures are, licences.

For the UI lead: wire Help > About with ::

    from ui.about import AboutDialog
    AboutDialog(self).exec()        # in MainWindow.show_about

and, once at start-up, ``app.setWindowIcon(app_icon())`` (every PNG size of the app icon).

The licences are read at run time from the installed packages' metadata
(:func:`dependency_licences`); the PyInstaller spec copies that metadata into the bundle for
the packages in :data:`DEPENDENCIES`, so the frozen app shows the same table.
All visible strings go through ``self.tr()`` (English source, Indonesian in the .ts).
"""
from __future__ import annotations

import platform
from dataclasses import dataclass
from importlib import metadata

from PySide6.QtCore import Qt, qVersion
from PySide6.QtGui import QIcon, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView, QDialog, QDialogButtonBox, QHBoxLayout, QHeaderView, QLabel, QTableWidget,
    QTableWidgetItem, QVBoxLayout, QWidget,
)

from planner import __version__
from planner.format import date_long
from planner.rules import Rules, load_rules
from ui.i18n import Retranslatable
from resources import ICONS_DIR

# Distribution names whose licence the dialog lists: the runtime dependencies in pyproject.toml
# plus shiboken6, which PySide6 needs. packaging/jht-planner.spec bundles their metadata.
DEPENDENCIES = ("PySide6-Essentials", "shiboken6", "matplotlib", "numpy", "platformdirs", "pypdf")
ICON_NAME = "jht-planner"
_CLASSIFIER_PREFIX = "License :: "


@dataclass(frozen=True, slots=True)
class Licence:
    name: str
    version: str | None  # None: the package's metadata was not found
    licence: str | None  # None: the metadata names no licence


def licence_of(meta) -> str | None:
    """The licence a package declares: its SPDX expression, a one-line License field, or its
    classifiers (``License :: OSI Approved :: MIT License`` → ``MIT License``)."""
    expression = (meta.get("License-Expression") or "").strip()
    if expression:
        return expression
    field = (meta.get("License") or "").strip()
    if field and "\n" not in field and len(field) <= 80:
        return field
    from_classifiers = [c.split(" :: ")[-1] for c in (meta.get_all("Classifier") or [])
                        if c.startswith(_CLASSIFIER_PREFIX)]
    return "; ".join(from_classifiers) or None


def dependency_licences(names: tuple[str, ...] = DEPENDENCIES) -> list[Licence]:
    out = []
    for name in names:
        try:
            meta = metadata.metadata(name)
        except metadata.PackageNotFoundError:
            out.append(Licence(name, None, None))
            continue
        out.append(Licence(name, meta.get("Version"), licence_of(meta)))
    return out


def app_icon() -> QIcon:
    """The app icon with every rendered size (and the SVG for any other size)."""
    icon = QIcon()
    for path in sorted(ICONS_DIR.glob(f"{ICON_NAME}-*.png")):
        icon.addFile(str(path))
    svg = ICONS_DIR / f"{ICON_NAME}.svg"
    if svg.exists():
        icon.addFile(str(svg))
    return icon


def _language() -> str:
    try:
        from ui.i18n import current_language
    except ImportError:  # pragma: no cover - i18n is part of ui
        return "id"
    return current_language()


class AboutDialog(Retranslatable, QDialog):
    """Modal About box. ``rules`` defaults to the shipped rule set."""

    def __init__(self, parent: QWidget | None = None, rules: Rules | None = None):
        super().__init__(parent)
        self.setObjectName("aboutDialog")
        self._rules = rules or load_rules()
        self._licences = dependency_licences()

        icon = QLabel(self)
        pixmap = QPixmap(str(ICONS_DIR / f"{ICON_NAME}-64.png"))
        if not pixmap.isNull():
            icon.setPixmap(pixmap)
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.title_label = QLabel(self)
        self.title_label.setTextFormat(Qt.TextFormat.RichText)
        self.version_label = QLabel(self)
        self.version_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.rules_label = QLabel(self)
        self.rules_label.setWordWrap(True)
        self.official_label = QLabel(self)
        self.official_label.setWordWrap(True)
        self.privacy_label = QLabel(self)
        self.privacy_label.setWordWrap(True)
        self.licence_label = QLabel(self)
        self.licence_label.setWordWrap(True)

        self.table = QTableWidget(len(self._licences), 3, self)
        self.table.setObjectName("licenceTable")
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        for row, lic in enumerate(self._licences):
            self.table.setItem(row, 0, QTableWidgetItem(lic.name))
            self.table.setItem(row, 1, QTableWidgetItem(lic.version or ""))
            self.table.setItem(row, 2, QTableWidgetItem(lic.licence or ""))
        self.runtime_label = QLabel(self)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.buttons.rejected.connect(self.reject)

        head = QHBoxLayout()
        head.addWidget(icon)
        text = QVBoxLayout()
        text.addWidget(self.title_label)
        text.addWidget(self.version_label)
        text.addWidget(self.rules_label)
        head.addLayout(text, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(head)
        layout.addWidget(self.official_label)
        layout.addWidget(self.privacy_label)
        layout.addWidget(self.licence_label)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.runtime_label)
        layout.addWidget(self.buttons)
        self.resize(560, 480)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        lang = _language()
        self.setWindowTitle(self.tr("About JHT Planner"))
        self.title_label.setText("<h2>{}</h2>".format(self.tr("JHT Planner")))
        self.version_label.setText(self.tr("Version {version}").format(version=__version__))
        newest = self._rules.newest_verification()
        text = self.tr("Rules and rates checked against their sources up to {date}.").format(
            date=date_long(newest, lang))
        if self._rules.stale():
            text += " " + self.tr("Some of them are due for review: look for a newer version of the planner.")
        self.rules_label.setText(text)
        self.official_label.setText(self.tr(
            "The planner's figures are estimates. The official figures of your JHT balance are "
            "those in the JMO app of BPJS Ketenagakerjaan."))
        self.privacy_label.setText(self.tr("Your data stays on this computer: the planner never connects to the internet."))
        self.licence_label.setText(self.tr("JHT Planner is free software under the MIT licence. It is built on:"))
        self.table.setHorizontalHeaderLabels([self.tr("Component"), self.tr("Version"), self.tr("Licence")])
        for row, lic in enumerate(self._licences):
            if lic.version is None:
                self.table.item(row, 1).setText(self.tr("not found"))
            if lic.licence is None:
                self.table.item(row, 2).setText(self.tr("see the package"))
        self.runtime_label.setText(self.tr("Python {python}, Qt {qt}").format(
            python=platform.python_version(), qt=qVersion()))

