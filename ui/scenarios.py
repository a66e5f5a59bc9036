"""Scenarios: named sets of assumptions kept in the database, compared with the baseline.

The panel lists the baseline (the projection from the member's data with the default
assumptions), the current what-if assumptions, and every saved scenario with its balance
at the claim date and its difference from the baseline in rupiah and percent. Up to
:data:`MAX_OVERLAYS` scenarios can be ticked to be drawn over the projection chart.

Saving, renaming and deleting are undoable (ui.data_commands, on the window's undo stack);
loading a scenario into the what-if is the window's own undoable step
(``window.apply_assumptions``). A projection takes well under a millisecond, so
the panel asks the window's workspace (planner.workspace) for each one directly.
"""
from __future__ import annotations

import dataclasses
import datetime as dt
import logging
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDockWidget,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from models import Assumptions, ProjectionResult
from planner.errors import UserError
from planner.format import date_long, percent, rupiah
from planner.workspace import Workspace, typed_source
from ui import style
from ui.chart import decimal_year
from ui.contrib_model import current_lang
from ui.data_commands import CreateScenario, DeleteScenario, OverwriteScenario, RenameScenario
from ui.i18n import Retranslatable

log = logging.getLogger(__name__)

MAX_OVERLAYS = 3
# Until the member opens or closes the panel, it shows only in a window at least this high (logical
# pixels): a 1366x768 laptop's window (about 698 inside) has room for it; 1280x720, or 1366x768 and
# 1920x1080 at 150% (about 442 and 650), give the chart and the cards the height instead.
PANEL_MIN_WINDOW_HEIGHT = 680
TITLE_ALLOWANCE = 160  # pixels beside a dialog title for the window buttons and frame
NAME_ROLE = Qt.ItemDataRole.UserRole + 10

Overlay = tuple[str, list[float], list[float]]


def projection_points(result: ProjectionResult, real: bool = False) -> tuple[list[float], list[float]]:
    """The projection as the chart draws it: balance date, each 31 December, claim date."""
    a = result.assumptions
    points = [(a.as_of, a.balance)]
    for y in result.years[:-1]:
        points.append((dt.date(y.year, 12, 31), y.closing_real if real else y.closing))
    last = result.years[-1]
    points.append((result.claim_date, last.closing_real if real else last.closing))
    return [decimal_year(d) for d, _ in points], [float(v) for _, v in points]


def _project(workspace: Workspace, a: Assumptions | None) -> tuple[ProjectionResult | None, str | None]:
    """A scenario's projection, as the window's workspace makes it."""
    if a is None:
        return None, None
    outlook = workspace.outlook(a)
    if outlook.error is not None:
        return None, outlook.error.text(current_lang())
    return outlook.projection, None


class ScenarioPanel(Retranslatable, QWidget):
    """The scenarios table and its buttons.

    `store`: planner.store.Store (scenario CRUD) or anything else (then saving is off).
    `undo_stack`: the window's QUndoStack (None: operations run without undo)."""

    overlays_changed = Signal(list)  # [(name, decimal years, balances)]
    load_requested = Signal(object, str)  # Assumptions, undo text

    COLUMNS = ("show", "name", "claim", "balance", "diff", "diff_pct")

    def __init__(self, store: Any = None, undo_stack: Any = None, parent: QWidget | None = None):
        super().__init__(parent)
        self._store = store
        self._undo = undo_stack
        self._baseline: Assumptions | None = None
        self._workspace = Workspace(typed_source())
        self._current: Assumptions | None = None
        self._real = False
        self._lang = current_lang()
        self._scenarios: list[Any] = []
        self._shown: list[str] = []  # names ticked for the chart, in tick order
        self._results: dict[str, tuple[ProjectionResult | None, str | None]] = {}

        self.table = QTableWidget(0, len(self.COLUMNS))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 8)
        self.table.itemChanged.connect(self._item_changed)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.table.itemDoubleClicked.connect(lambda _item: self.load_selected())

        self.save_button = QPushButton()
        self.load_button = QPushButton()
        self.rename_button = QPushButton()
        self.delete_button = QPushButton()
        self.save_button.clicked.connect(lambda: self.save_current())
        self.load_button.clicked.connect(self.load_selected)
        self.rename_button.clicked.connect(lambda: self.rename_selected())
        self.delete_button.clicked.connect(self.delete_selected)
        self.status = QLabel()
        self.status.setWordWrap(True)
        buttons = QHBoxLayout()
        for b in (self.save_button, self.load_button, self.rename_button, self.delete_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        layout = style.page(QVBoxLayout(self))
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status)
        self.retranslate_ui()

    # --- inputs ----------------------------------------------------------------------------
    @property
    def can_save(self) -> bool:
        return self._store is not None and hasattr(self._store, "save_scenario") \
            and not getattr(self._store, "is_demo", False)

    def set_store(self, store: Any) -> None:
        self._store = store
        self.refresh()

    def set_workspace(self, workspace: Workspace) -> None:
        """The window's workspace: it projects every scenario (planner.workspace)."""
        self._workspace = workspace
        self._recompute()

    def set_baseline(self, a: Assumptions | None) -> None:
        self._baseline = a
        self._recompute()

    def set_current(self, a: Assumptions | None) -> None:
        self._current = a
        self._recompute()

    def set_real(self, real: bool) -> None:
        self._real = bool(real)
        self._emit_overlays()

    def refresh(self) -> None:
        """Re-read the saved scenarios."""
        self._scenarios = list(self._store.scenarios()) if self.can_save else []
        names = {s.name for s in self._scenarios}
        self._shown = [n for n in self._shown if n in names]
        self._recompute()

    # --- reading the panel (tests, other views) --------------------------------------------
    def scenario_names(self) -> list[str]:
        return [s.name for s in self._scenarios]

    def shown(self) -> list[str]:
        return list(self._shown)

    def result(self, name: str) -> ProjectionResult | None:
        return self._results.get(name, (None, None))[0]

    def overlays(self) -> list[Overlay]:
        out = []
        for name in self._shown:
            result = self.result(name)
            if result is not None:
                xs, ys = projection_points(result, self._real)
                out.append((name, xs, ys))
        return out

    def difference(self, name: str) -> tuple[float, float | None] | None:
        """(Rp, fraction) of a scenario's balance at claim against the baseline's."""
        base = self._results.get("\0baseline", (None, None))[0]
        result = self.result(name)
        if base is None or result is None:
            return None
        b, v = self._claim_value(base), self._claim_value(result)
        return v - b, ((v - b) / b if b else None)

    def _claim_value(self, r: ProjectionResult) -> float:
        return r.balance_at_claim_real if self._real else r.balance_at_claim

    # --- computing and showing -------------------------------------------------------------
    def _recompute(self) -> None:
        ws = self._workspace
        self._results = {"\0baseline": _project(ws, self._baseline), "\0current": _project(ws, self._current)}
        for sc in self._scenarios:
            self._results[sc.name] = _project(ws, sc.assumptions)
        self._fill()
        self._emit_overlays()

    def _emit_overlays(self) -> None:
        self._fill()
        self.overlays_changed.emit(self.overlays())

    def _rows(self) -> list[tuple[str, str, Assumptions | None]]:
        rows = [("\0baseline", self.tr("Baseline (your data, default assumptions)"), self._baseline)]
        if self._current is not None and not _same(self._current, self._baseline):
            rows.append(("\0current", self.tr("Current what-if"), self._current))
        rows += [(sc.name, sc.name, sc.assumptions) for sc in self._scenarios]
        return rows

    def _fill(self) -> None:
        lang = self._lang
        selected = self.selected_name()
        self.table.blockSignals(True)
        rows = self._rows()
        self.table.setRowCount(len(rows))
        for i, (key, label, a) in enumerate(rows):
            result, error = self._results.get(key, (None, None))
            is_saved = not key.startswith("\0")
            show = QTableWidgetItem()
            if is_saved:
                show.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsSelectable)
                show.setCheckState(Qt.CheckState.Checked if key in self._shown else Qt.CheckState.Unchecked)
                show.setToolTip(self.tr("Draw this scenario on the projection chart (at most {0}).").format(MAX_OVERLAYS))
            else:
                show.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
            name = QTableWidgetItem(label)
            if not is_saved:
                font = name.font()
                font.setItalic(True)
                name.setFont(font)
            if a is not None:
                name.setToolTip(self._describe(a))
            cells = [show, name]
            if result is not None:
                value = self._claim_value(result)
                cells.append(QTableWidgetItem(self.tr("{0} (age {1})").format(
                    date_long(result.claim_date, lang), result.assumptions.claim_age)))
                cells.append(_amount_item(rupiah(value, lang)))
                diff = self.difference(key) if key != "\0baseline" else None
                if diff is None:
                    cells += [_amount_item("—"), _amount_item("—")]
                else:
                    rp, frac = diff
                    sign = "+" if rp > 0.5 else ""
                    cells.append(_amount_item(sign + rupiah(rp, lang)))
                    cells.append(_amount_item((sign + percent(frac, lang)) if frac is not None else "—"))
            else:
                msg = error or self.tr("No projection yet")
                item = QTableWidgetItem(msg)
                item.setToolTip(msg)
                cells += [QTableWidgetItem("—"), item, QTableWidgetItem(""), QTableWidgetItem("")]
            for c, item in enumerate(cells):
                item.setData(NAME_ROLE, key)
                if c > 0:
                    item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
                self.table.setItem(i, c, item)
        self.table.blockSignals(False)
        if selected is not None:
            self.select(selected)
        self._update_buttons()

    def _describe(self, a: Assumptions) -> str:
        lang = self._lang
        parts = [self.tr("Balance {0} on {1}").format(rupiah(a.balance, lang), date_long(a.as_of, lang)),
                 self.tr("wage {0}").format(rupiah(a.wage, lang))]
        if a.wage_growth is not None:
            parts.append(self.tr("wage growth {0}").format(percent(a.wage_growth, lang)))
        if a.annual_return is not None:
            parts.append(self.tr("return {0}").format(percent(a.annual_return, lang)))
        if a.inflation is not None:
            parts.append(self.tr("inflation {0}").format(percent(a.inflation, lang)))
        if a.stop_age is not None:
            parts.append(self.tr("stop working at {0}").format(a.stop_age))
        if a.career_break is not None and a.career_break.months:
            parts.append(self.tr("break of {0} months").format(a.career_break.months))
        return ", ".join(parts)

    def _item_changed(self, item: QTableWidgetItem) -> None:
        if item.column() != 0:
            return
        key = item.data(NAME_ROLE)
        if not key or key.startswith("\0"):
            return
        self.set_shown(key, item.checkState() == Qt.CheckState.Checked)

    def set_shown(self, name: str, on: bool) -> bool:
        """Tick or untick a scenario for the chart. False when the limit keeps it off."""
        if on and name not in self._shown:
            if len(self._shown) >= MAX_OVERLAYS:
                self.status.setText(self.tr("At most {0} scenarios can be drawn on the chart; untick one first.")
                                    .format(MAX_OVERLAYS))
                self._fill()
                return False
            self._shown.append(name)
        elif not on and name in self._shown:
            self._shown.remove(name)
        self.status.setText("")
        self._emit_overlays()
        return True

    # --- selection and buttons -------------------------------------------------------------
    def selected_name(self) -> str | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        if not rows:
            return None
        item = self.table.item(rows[0].row(), 1)
        return item.data(NAME_ROLE) if item is not None else None

    def select(self, key: str) -> None:
        for r in range(self.table.rowCount()):
            item = self.table.item(r, 1)
            if item is not None and item.data(NAME_ROLE) == key:
                self.table.selectRow(r)
                return

    def _selected_scenario(self):
        name = self.selected_name()
        return next((s for s in self._scenarios if s.name == name), None)

    def _update_buttons(self) -> None:
        sc = self._selected_scenario()
        self.save_button.setEnabled(self.can_save and self._current is not None)
        self.load_button.setEnabled(sc is not None)
        self.rename_button.setEnabled(sc is not None)
        self.delete_button.setEnabled(sc is not None)
        if not self.can_save and self._store is not None:
            self.save_button.setToolTip(self.tr("Scenarios are saved with your own data, not in the demo."))
        else:
            self.save_button.setToolTip(self.tr("Save the current what-if assumptions under a name."))

    # --- operations --------------------------------------------------------------------------
    def ask_name(self, title: str, label: str, text: str) -> str | None:
        """A name from the member; None when cancelled. (Tests replace this.)"""
        dialog = QInputDialog(self)
        dialog.setWindowTitle(title)
        dialog.setLabelText(label)
        dialog.setTextValue(text)
        # Wide enough for the whole title: window managers cut a long title in a narrow dialog.
        dialog.setMinimumWidth(dialog.fontMetrics().horizontalAdvance(title) + TITLE_ALLOWANCE)
        return dialog.textValue() if dialog.exec() == QInputDialog.DialogCode.Accepted else None

    def confirm_overwrite(self, name: str) -> bool:
        answer = QMessageBox.question(self, self.tr("Replace scenario"),
                                      self.tr("A scenario named \u201c{0}\u201d exists. Replace it?").format(name))
        return answer == QMessageBox.StandardButton.Yes

    def _push(self, command) -> None:
        if self._undo is not None:
            self._undo.push(command)
        else:
            command.redo()

    def _default_name(self) -> str:
        n = len(self._scenarios) + 1
        names = set(self.scenario_names())
        while self.tr("Scenario {0}").format(n) in names:
            n += 1
        return self.tr("Scenario {0}").format(n)

    def save_current(self, name: str | None = None) -> bool:
        """Save the current what-if assumptions under `name` (asked when None)."""
        if not self.can_save or self._current is None:
            return False
        if name is None:
            name = self.ask_name(self.tr("Save scenario"), self.tr("Name of the scenario:"), self._default_name())
            if name is None:
                return False
        name = name.strip()
        if not name:
            self.status.setText(self.tr("A scenario needs a name."))
            return False
        a = self._current
        existing = next((s for s in self._scenarios if s.name == name), None)
        try:
            if existing is None:
                self._push(CreateScenario(self._store, name, a, self.tr("Save scenario \u201c{0}\u201d").format(name),
                                          self.refresh))
            else:
                if not self.confirm_overwrite(name):
                    return False
                self._push(OverwriteScenario(self._store, name, existing.assumptions, a,
                                             self.tr("Replace scenario \u201c{0}\u201d").format(name), self.refresh))
        except UserError as exc:
            self.status.setText(exc.text(current_lang()))
            return False
        self.status.setText(self.tr("Saved \u201c{0}\u201d.").format(name))
        self.select(name)
        return True

    def rename_selected(self, new_name: str | None = None) -> bool:
        sc = self._selected_scenario()
        if sc is None or not self.can_save:
            return False
        if new_name is None:
            new_name = self.ask_name(self.tr("Rename scenario"), self.tr("New name:"), sc.name)
            if new_name is None:
                return False
        new_name = new_name.strip()
        if not new_name or new_name == sc.name:
            return False
        if new_name in self.scenario_names():
            self.status.setText(self.tr("A scenario named \u201c{0}\u201d already exists.").format(new_name))
            return False
        was_shown = sc.name in self._shown
        self._push(RenameScenario(self._store, sc.name, new_name,
                                  self.tr("Rename scenario \u201c{0}\u201d").format(sc.name), self.refresh))
        if was_shown:
            self.set_shown(new_name, True)
        self.select(new_name)
        return True

    def delete_selected(self) -> bool:
        sc = self._selected_scenario()
        if sc is None or not self.can_save:
            return False
        self._push(DeleteScenario(self._store, sc.name, sc.assumptions,
                                  self.tr("Delete scenario \u201c{0}\u201d").format(sc.name), self.refresh))
        self.status.setText(self.tr("Deleted \u201c{0}\u201d (Edit > Undo brings it back).").format(sc.name))
        return True

    def load_selected(self) -> bool:
        sc = self._selected_scenario()
        if sc is None:
            return False
        self.load_requested.emit(sc.assumptions, self.tr("Load scenario \u201c{0}\u201d").format(sc.name))
        return True

    # --- language --------------------------------------------------------------------------

    def retranslate_ui(self) -> None:
        self._lang = current_lang()
        self.table.setHorizontalHeaderLabels([
            self.tr("Chart"), self.tr("Scenario"), self.tr("Claim"), self.tr("Balance at claim"),
            self.tr("Difference"), self.tr("Difference %")])
        self.table.horizontalHeaderItem(4).setToolTip(self.tr("Compared with the baseline"))
        self.save_button.setText(self.tr("Save current &as…"))
        self.load_button.setText(self.tr("&Load"))
        self.load_button.setToolTip(self.tr("Put this scenario's assumptions into the what-if panel"))
        self.rename_button.setText(self.tr("Rena&me…"))
        self.delete_button.setText(self.tr("&Delete"))
        self._fill()


def _amount_item(text: str) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    return item


def _same(a: Assumptions | None, b: Assumptions | None) -> bool:
    if a is None or b is None:
        return a is b
    # The window resolves defaults into the current assumptions; compare what was chosen.
    fields = [f.name for f in dataclasses.fields(Assumptions)]
    return all(getattr(b, f) is None or getattr(a, f) == getattr(b, f) for f in fields)


class ScenarioDock(QDockWidget):
    """The scenario panel's dock: ``closed_by_member`` when its close button is pressed (the
    window remembers that choice; hiding it on other views is not one)."""

    closed_by_member = Signal()

    def closeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        self.closed_by_member.emit()
        super().closeEvent(event)


def install(window) -> None:
    """A "Scenarios" dock under the projection, fed by the window's signals.

    Shown only with a projection in front (the scenarios compare projections; elsewhere, or
    without one, they would only take room), and only while the member wants it: View > Scenarios and the
    dock's close button switch it, and the choice is remembered (settings ``scenarios_shown``).
    Until the member has chosen, it is shown only in a window at least :data:`PANEL_MIN_WINDOW_HEIGHT`
    high: on a short screen (1366x768 at 150%, 1280x720) the chart and the cards keep the height."""
    panel = ScenarioPanel(window.data_source, window.undo_stack)
    dock = ScenarioDock(window)
    dock.setObjectName("scenariosDock")
    dock.setWidget(panel)
    dock.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetClosable | QDockWidget.DockWidgetFeature.DockWidgetMovable
                     | QDockWidget.DockWidgetFeature.DockWidgetFloatable)
    window.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, dock)
    window.scenario_panel = panel
    window.scenario_dock = dock

    toggle = QAction(window, checkable=True)
    toggle.setChecked(bool(window.settings.scenarios_shown))
    window.act_scenarios = toggle

    def title() -> None:
        dock.setWindowTitle(QCoreApplication.translate("ScenarioPanel", "Scenarios"))
        toggle.setText(QCoreApplication.translate("ScenarioPanel", "&Scenarios panel"))

    def place() -> None:
        on_projection = (window.stack.currentWidget() is window.tabs
                         and window.tabs.currentWidget() is window.projection_view)
        # Without a projection there is nothing to compare: the panel would only say so.
        dock.setVisible(on_projection and window.baseline is not None and toggle.isChecked())

    def chosen(shown: bool) -> None:
        """The member's own choice (the menu, the close button): remembered."""
        window.settings.scenarios_shown = shown
        place()

    def closed() -> None:
        toggle.setChecked(False)
        chosen(False)

    def fit_height() -> None:
        """No choice made yet: the panel only where the window is high enough (not remembered)."""
        if not window.settings.is_set("scenarios_shown"):
            toggle.setChecked(window.height() >= PANEL_MIN_WINDOW_HEIGHT)

    def data_changed() -> None:
        panel.set_workspace(window.workspace)
        panel.set_store(window.data_source)
        panel.set_baseline(window.baseline)
        panel.set_current(window.current_assumptions())
        place()

    toggle.toggled.connect(lambda _on: place())
    toggle.triggered.connect(chosen)
    dock.closed_by_member.connect(closed)
    window.stack.currentChanged.connect(lambda _i: place())
    window.tabs.currentChanged.connect(lambda _i: place())
    window.assumptions_changed.connect(lambda _a: place())  # a baseline set directly (an unsaved quick entry)
    window.scenario_height_watch = _OnResize(window, fit_height)
    fit_height()

    title()
    window.language_changed.connect(lambda _lang: title())
    window.data_changed.connect(data_changed)
    window.assumptions_changed.connect(panel.set_current)
    window.real_changed.connect(panel.set_real)
    panel.overlays_changed.connect(window.show_overlays)
    window.workspace_changed.connect(panel.set_workspace)
    panel.load_requested.connect(lambda a, text: window.apply_assumptions(a, text))
    panel.set_real(window.real)
    window.view_menu.addAction(toggle)
    data_changed()


class _OnResize(QObject):
    """Calls `react()` whenever `widget` is resized (an event filter: no hook in its resizeEvent)."""

    def __init__(self, widget: QWidget, react) -> None:
        super().__init__(widget)
        self.react = react
        widget.installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.Resize:
            self.react()
        return False
