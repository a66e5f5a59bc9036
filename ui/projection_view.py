"""The projection view: the chart, the KPI cards, the what-if and uncertainty panels.

Data in: ``set_workspace(workspace)`` (the window's planner.workspace.Workspace: history,
saldo origin, JP data) and ``set_baseline(assumptions)`` (where the projection starts). The
what-if panel edits a copy of the baseline held by :class:`AssumptionState`; every edit is an
undo command. Every figure shown comes from the workspace; nothing here computes one.

The workspace's outlook (projection, JP, adequacy, income) takes about a millisecond, so it
runs on the GUI thread on every slider tick; the chart coalesces its redraws. The Monte Carlo fan
and the target's chance go through ui.worker: a request is throttled (at most one start per
``BAND_DELAY_MS``), a newer start cancels the older task, and a result older than the one
shown is dropped (latest wins). ``band`` is the shown planner.montecarlo result.

While a slider is held down (a drag), each tick also runs a preview on the GUI thread:
``PREVIEW_PATHS`` paths with the same seed, spreads and target (about a millisecond), shown
at once with the line (the chart blits both). The caption and the chance card say it is a
preview (``band_is_preview``); the full run starts once the slider has rested for
``BAND_DELAY_MS`` and replaces it.

Results for others (the export): ``state.outlook`` (planner.workspace.Outlook), ``band``,
``band_request()`` (the simulation the panel asks for).
"""
from __future__ import annotations

import datetime as dt
import logging
from dataclasses import replace
from typing import Any, Sequence

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QApplication, QButtonGroup, QFrame, QGridLayout, QHBoxLayout, QLabel, QPushButton, QRadioButton, QScrollArea,
    QSizePolicy, QSlider, QSpacerItem, QSplitter, QStyle, QTabWidget, QVBoxLayout, QWidget,
)

from models import Assumptions, ProjectionResult
from planner.dates import month_index
from planner.errors import UserError
from planner.format import date_long, percent, rupiah
from planner.income import todays_rupiah
from planner.texts import tr as catalog  # the planner's sentences (not Qt's tr: lupdate would collect them)
from planner.workspace import (
    SALDO_QUICK_ENTRY, SALDO_STATEMENTS, BandRequest, Choices, Outlook, Workspace, typed_source,
)
from ui.chart import BalanceChart, decimal_year
from ui import style
from ui.commands import ReplaceAssumptions, SetAssumption
from ui.kpi import KpiCard
from ui.uncertainty import UncertaintyPanel
from ui.whatif import JPEntry, WhatIfPanel
from ui.worker import run_task, wait_all

BAND_DELAY_MS = 100  # throttle: at most one simulation start per this many ms (during a drag: after this rest)
PREVIEW_PATHS = 500  # paths of the preview during a drag: ~1 ms, P10-P90 within ~0.5% of 10,000
BAND_LOW, BAND_HIGH = 10, 90  # percentiles drawn as the outer band
BAND_INNER = (25, 75)
CARD_MIN_WIDTH = 175  # a KPI card narrower than this wraps to the next row

log = logging.getLogger(__name__)


class AssumptionState(QObject):
    """The member's what-if assumptions and the workspace's outlook for them.

    ``given`` keeps None where the member left the rules' default (as the command line does,
    so the same rules are noted); ``assumptions`` is the resolved copy the panels show."""

    changed = Signal(object)  # Assumptions | None

    def __init__(self, workspace: Workspace, lang: str = "id") -> None:
        super().__init__()
        self.workspace = workspace
        self.lang = lang
        self.given: Assumptions | None = None
        self.choices = Choices()
        self.outlook: Outlook | None = None

    @property
    def assumptions(self) -> Assumptions | None:
        return self.outlook.assumptions if self.outlook is not None else None

    @property
    def result(self) -> ProjectionResult | None:
        return self.outlook.projection if self.outlook is not None else None

    @property
    def error(self) -> UserError | None:
        return self.outlook.error if self.outlook is not None else None

    def replace_all(self, a: Assumptions | None) -> None:
        self.given = a
        self._project()

    def set_field(self, field: str, value: Any) -> None:
        if self.given is None:
            return
        self.given = replace(self.given, **{field: value})
        self._project()

    def set_choices(self, choices: Choices) -> None:
        self.choices = choices
        self._project()

    def set_workspace(self, workspace: Workspace, lang: str) -> None:
        """Another workspace (new data, another language): the same assumptions, projected again."""
        self.workspace, self.lang = workspace, lang
        self._project()

    def _project(self) -> None:
        self.outlook = None if self.given is None else self.workspace.outlook(self.given, self.choices, self.lang)
        self.changed.emit(self.assumptions)


def count_text(n: int, lang: str) -> str:
    """10.000 (id) or 10,000 (en)."""
    text = f"{int(n):,}"
    return text if lang == "en" else text.replace(",", ".")


class ProjectionView(QWidget):
    real_toggled = Signal(bool)
    assumptions_changed = Signal(object)
    band_changed = Signal(object)  # the shown Monte Carlo result (or None)
    saldo_choice_requested = Signal(str)  # the member picks where the saldo comes from (planner.workspace.SALDO_*)
    import_requested = Signal()  # the member wants to import a newer statement (the stale-saldo notice)

    def __init__(self, undo_stack, lang: str = "id", real: bool = False, parent: QWidget | None = None):
        super().__init__(parent)
        self.undo_stack = undo_stack
        self.lang = lang
        self.real = real
        self.history: list[tuple[dt.date, float]] = []
        self.baseline: Assumptions | None = None  # where the what-if starts (set_baseline)
        self.workspace = Workspace(typed_source(), lang=lang)
        self.state = AssumptionState(self.workspace, lang)
        self.state.changed.connect(self._on_state_changed)
        self.band = None  # the shown planner.montecarlo result
        self.band_error: UserError | None = None
        self._band_task = None
        self._band_generation = 0  # bumped by every change the band depends on
        self._band_shown_generation = -1
        self.band_is_preview = False  # the shown band is a drag's preview (PREVIEW_PATHS)
        self._sliders: list[QSlider] | None = None  # the what-if and uncertainty sliders (a drag)
        self._band_timer = QTimer(self)
        self._band_timer.setSingleShot(True)
        self._band_timer.setInterval(BAND_DELAY_MS)
        self._band_timer.timeout.connect(self._start_band)

        self.chart = BalanceChart()
        self.chart.set_language(lang)
        self.nominal_button = QRadioButton()
        self.real_button = QRadioButton()
        self.units = QButtonGroup(self)
        self.units.addButton(self.nominal_button, 0)
        self.units.addButton(self.real_button, 1)
        (self.real_button if real else self.nominal_button).setChecked(True)
        self.units.idToggled.connect(lambda i, on: on and self.real_toggled.emit(i == 1))
        self.units_label = QLabel()
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setObjectName("projectionMessage")
        self.message.setVisible(False)
        self.band_caption = QLabel()
        self.band_caption.setObjectName("bandCaption")
        self.band_caption.setWordWrap(True)
        style.set_role(self.band_caption, style.CAPTION)
        self.band_caption.setVisible(False)
        self.origin_label = QLabel()
        self.origin_label.setObjectName("saldoOrigin")
        self.origin_label.setWordWrap(True)
        style.set_role(self.origin_label, style.CAPTION)
        self.origin_button = QPushButton()
        self.origin_button.setObjectName("saldoChoice")
        self.origin_button.setFlat(True)
        self.origin_button.setVisible(False)
        self.origin_button.clicked.connect(self._toggle_saldo_choice)
        origin_row = QHBoxLayout()
        origin_row.addWidget(self.origin_label, 1)
        origin_row.addWidget(self.origin_button)
        # A saldo a year old or more: says so, and offers the import of the newest statement.
        self.stale_notice = QFrame()
        self.stale_notice.setObjectName("staleSaldo")
        self.stale_notice.setFrameShape(QFrame.Shape.StyledPanel)
        self.stale_label = QLabel()
        self.stale_label.setWordWrap(True)
        self.stale_import = QPushButton()
        self.stale_import.setIcon(self.style().standardIcon(QStyle.StandardPixmap.SP_DialogOpenButton))
        self.stale_import.clicked.connect(self.import_requested)
        stale_icon = QLabel()
        stale_icon.setPixmap(self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning).pixmap(20, 20))
        stale_row = style.bar(QHBoxLayout(self.stale_notice))
        stale_row.addWidget(stale_icon, 0, Qt.AlignmentFlag.AlignTop)
        stale_row.addWidget(self.stale_label, 1)
        stale_row.addWidget(self.stale_import, 0, Qt.AlignmentFlag.AlignVCenter)
        self.stale_notice.setVisible(False)

        top = QHBoxLayout()
        top.addWidget(self.units_label)
        top.addWidget(self.nominal_button)
        top.addWidget(self.real_button)
        top.addStretch(1)

        self.card_now = KpiCard()
        self.card_claim = KpiCard()
        self.card_net = KpiCard()
        self.card_income = KpiCard()
        self.card_chance = KpiCard()
        self.card_jp = KpiCard()
        self.card_chance.setObjectName("kpiChance")
        self.card_jp.setObjectName("kpiJP")
        # The saldo at claim first and largest: it is what the member came to see.
        self.card_claim.set_primary(True)
        self.cards = (self.card_claim, self.card_net, self.card_income, self.card_jp, self.card_chance, self.card_now)
        self.cards_grid = QGridLayout()
        self.cards_grid.setSpacing(style.MEDIUM)
        for i, card in enumerate(self.cards):  # parented here; _arrange_cards places the shown ones
            self.cards_grid.addWidget(card, 0, i)
        self.card_chance.setVisible(False)
        self.card_jp.setVisible(False)
        self._card_arrangement: tuple = ()
        self.adequacy_label = QLabel()
        self.adequacy_label.setObjectName("adequacy")
        self.adequacy_label.setWordWrap(True)
        self.adequacy_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        left = QWidget()
        self.left = left
        lay = self.left_layout = style.page(QVBoxLayout(left))
        lay.addLayout(top)
        lay.addLayout(origin_row)
        lay.addWidget(self.stale_notice)
        lay.addWidget(self.chart, 1)
        lay.addWidget(self.band_caption)
        lay.addWidget(self.message)
        lay.addLayout(self.cards_grid)
        lay.addWidget(self.adequacy_label)
        # Without the chart (no data yet) the room it leaves stays empty, under the cards,
        # instead of stretching the cards down to the window's bottom.
        self.empty_room = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)
        lay.addItem(self.empty_room)
        left.installEventFilter(self)

        self.whatif = WhatIfPanel()
        self.whatif.set_language(lang)
        self.whatif.edited.connect(self._on_edited)
        self.whatif.reset_requested.connect(self.reset_assumptions)
        self.jp_entry = JPEntry()
        self.jp_entry.set_language(lang)
        self.jp_entry.setVisible(False)
        self.jp_entry.changed.connect(self._on_jp_months)
        self.whatif_title = QLabel()
        style.set_role(self.whatif_title, style.HEADING)
        side = QWidget()
        side_lay = style.page(QVBoxLayout(side))
        side_lay.addWidget(self.whatif_title)
        self.whatif_title.setVisible(False)  # the side tab says it already
        side_lay.addWidget(self.whatif)
        side_lay.addWidget(self.jp_entry)
        side_lay.addStretch(1)

        self.uncertainty = UncertaintyPanel()
        self.uncertainty.set_language(lang)
        self.uncertainty.changed.connect(self._on_uncertainty_changed)
        self.uncertainty.suggest_amount = self._suggest_target
        unc = QWidget()
        unc_lay = style.page(QVBoxLayout(unc))
        unc_lay.addWidget(self.uncertainty)

        self.side_tabs = QTabWidget()
        self.side_tabs.setDocumentMode(True)
        for page in (side, unc):
            scroll = QScrollArea()
            scroll.setWidget(page)
            scroll.setWidgetResizable(True)
            scroll.setFrameShape(QFrame.Shape.NoFrame)
            scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            self.side_tabs.addTab(scroll, "")
        self.side_scroll = self.side_tabs.widget(0)
        self.side_tabs.setMinimumWidth(300)

        # The chart, the notices and the cards scroll when the window is short (a 1366x768
        # laptop): squeezed below their needs, wrapped captions overlapped the chart's years.
        self.left_scroll = QScrollArea()
        self.left_scroll.setWidget(left)
        self.left_scroll.setWidgetResizable(True)
        self.left_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.left_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.left_scroll)
        splitter.addWidget(self.side_tabs)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 0)
        splitter.setSizes([900, 340])
        splitter.setChildrenCollapsible(False)
        outer = style.flush(QVBoxLayout(self))
        outer.addWidget(splitter)
        self._arrange_cards()
        self.retranslate_ui()

    # ---------------------------------------------------------------- data in
    def set_workspace(self, workspace: Workspace) -> None:
        """The window's workspace (new data): history, saldo origin, JP data; the what-if
        assumptions are projected again on it."""
        self.workspace = workspace
        # (31 December, total over all cards): planner.history, as the history view and the report.
        self.history = [(h.as_of, float(h.total)) for h in workspace.history]
        self.jp_entry.setVisible(not workspace.has_jp_data)
        self.state.set_workspace(workspace, self.lang)

    @property
    def jp(self):
        """planner.jp.JPResult for the current assumptions, or None."""
        return self.state.outlook.jp if self.state.outlook is not None else None

    @property
    def jp_error(self) -> UserError | None:
        return self.state.outlook.jp_error if self.state.outlook is not None else None

    @property
    def adequacy(self):
        """planner.adequacy.Adequacy for the current assumptions, or None."""
        return self.state.outlook.adequacy if self.state.outlook is not None else None

    def set_baseline(self, assumptions: Assumptions | None) -> None:
        """A new starting point: the what-if edits start over from it (not an undo step)."""
        self.baseline = assumptions
        self.state.replace_all(assumptions)
        self.whatif.set_assumptions(self.state.assumptions if self.state.error is None else None)
        if assumptions is not None:
            self.jp_entry.set_maximum(self.workspace.jp_months_possible(assumptions))

    def apply_assumptions(self, assumptions: Assumptions, text: str = "") -> None:
        """Replace the what-if assumptions as one undo step (a scenario, a reset)."""
        old = self.state.assumptions
        self.undo_stack.push(ReplaceAssumptions(self._replace_and_show, old, assumptions,
                                                text or self.tr("Load assumptions")))

    def restore_assumptions(self, given: Assumptions) -> bool:
        """Remembered what-if assumptions (ui.whatif_memory): projected by the workspace and shown
        as a loaded scenario is, but not an undo step (the start, or a switch of data, is none).
        False, and the assumptions as they were, when the workspace refuses them."""
        before = self.state.given
        self._replace_and_show(given)
        if self.state.error is None:
            return True
        self._replace_and_show(before)
        return False

    def reset_assumptions(self) -> None:
        """The what-if panel's "Back to the defaults": the baseline's assumptions, as one undo step."""
        if self.baseline is not None and self.state.given != self.baseline:
            self.apply_assumptions(self.baseline, self.tr("Back to the default assumptions"))

    def add_banner(self, widget: QWidget) -> None:
        """Put a banner (a notice the member can dismiss) above the chart."""
        self.left_layout.insertWidget(0, widget)

    def set_jp_months(self, months: int | None) -> None:
        """JP months typed by the member (used when the statements show none)."""
        self.jp_entry.set_value(months)
        self._on_jp_months(-1 if months is None else months)

    def _replace_and_show(self, a: Assumptions | None) -> None:
        self.state.replace_all(a)
        self._show_in_panel()

    def _show_in_panel(self) -> None:
        """The what-if panel follows valid assumptions; after an invalid edit it keeps the last
        valid ones (the message says what is wrong; Undo goes back)."""
        if self.state.error is None:
            self.whatif.set_assumptions(self.state.assumptions)

    def _on_edited(self, field: str, value: Any, gesture: int) -> None:
        if self.state.given is None or self.state.assumptions is None:
            return
        if getattr(self.state.assumptions, field) == value:
            return
        old = getattr(self.state.given, field)  # None: the rules' default, restored by an undo
        self.undo_stack.push(SetAssumption(self._set_field_and_show, field, old, value,
                                           self._edit_text(field), gesture))

    def _set_field_and_show(self, field: str, value: Any) -> None:
        self.state.set_field(field, value)
        self._show_in_panel()

    def _edit_text(self, field: str) -> str:
        names = {
            "wage_growth": self.tr("Change wage growth"),
            "annual_return": self.tr("Change return"),
            "inflation": self.tr("Change inflation"),
            "wage": self.tr("Change wage"),
            "stop_age": self.tr("Change stop-working age"),
            "career_break": self.tr("Change career break"),
            "wage_change": self.tr("Change wage change"),
        }
        return names.get(field, self.tr("Change assumption"))

    def _on_state_changed(self, a) -> None:
        self.whatif.reset_button.setEnabled(self.baseline is not None and self.state.given != self.baseline)
        if self.state.result is None:
            self.band, self.band_is_preview = None, False
        self._request_band()  # during a drag: the preview, shown by this refresh
        self.refresh()
        self.assumptions_changed.emit(a)

    def _on_jp_months(self, months: int) -> None:
        self.state.set_choices(replace(self.state.choices, jp_months=None if months < 0 else months))

    def _on_uncertainty_changed(self) -> None:
        self._request_band()
        self.refresh()

    def _suggest_target(self, kind: str) -> float | None:
        """A first rupiah target: the projection's own net balance at claim, rounded to a million."""
        r = self.state.result
        if r is None:
            return None
        net = r.net_real if kind == "real" else r.net
        return float(round(net / 1e6) * 1e6) or None

    # ---------------------------------------------------------------- Monte Carlo band
    def band_request(self, paths: int | None = None) -> BandRequest:
        """The simulation the uncertainty panel asks for (``paths``: fewer, for a preview)."""
        u = self.uncertainty
        return BandRequest(u.paths if paths is None else paths, u.seed, u.spreads(), u.target())

    def band_wanted(self) -> bool:
        """The simulation runs when the fan is shown or a target asks for its chance."""
        return self.uncertainty.bands_on or self.uncertainty.target() is not None

    def _request_band(self) -> None:
        """Something the band depends on changed: simulate again, throttled; during a drag, a
        preview now and the full run once the slider rests."""
        self._band_generation += 1
        if self.dragging():
            self._preview_band()
            self._band_timer.start()  # restarted on every tick: the full run waits for a rest
        elif not self._band_timer.isActive():
            self._band_timer.start()

    def dragging(self) -> bool:
        """A what-if or uncertainty slider is held down."""
        if self._sliders is None:
            self._sliders = self.whatif.findChildren(QSlider) + self.uncertainty.findChildren(QSlider)
        return any(s.isSliderDown() for s in self._sliders)

    def _preview_band(self) -> bool:
        """A small run on the GUI thread (PREVIEW_PATHS, same seed, spreads and target) shown as
        the band until the full run lands. False when there is nothing to preview."""
        a, u = self.state.given, self.uncertainty
        if a is None or self.state.result is None or not self.band_wanted():
            return False
        paths = min(PREVIEW_PATHS, u.paths)
        try:
            band = self.workspace.bands(a, self.band_request(paths))
        except Exception:  # noqa: BLE001 (a UserError is told by the full run, which follows)
            log.debug("band preview failed", exc_info=True)
            return False
        if self._band_task is not None:  # a full run for older assumptions: no longer wanted
            self._band_task.cancel()
            self._band_task = None
        self.band, self.band_error = band, None
        self._band_shown_generation = self._band_generation
        self.band_is_preview = paths < u.paths
        return True

    def _start_band(self) -> None:
        """Simulate off the GUI thread; a newer start supersedes (cancels) an older task."""
        if self._band_task is not None:
            self._band_task.cancel()
            self._band_task = None
        a = self.state.given
        if a is None or self.state.result is None or not self.band_wanted():
            if self.band is not None or self.band_error is not None:
                self.band, self.band_error, self.band_is_preview = None, None, False
                self._band_shown_generation = self._band_generation
                self.refresh()
                self.band_changed.emit(None)
            return
        generation = self._band_generation
        self._band_task = run_task(self.workspace.bands, a, self.band_request(),
                                   on_result=lambda r: self._band_ready(r, generation),
                                   on_error=lambda exc: self._band_failed(exc, generation))

    def _band_ready(self, result, generation: int) -> None:
        if generation < self._band_shown_generation:
            return  # an older request than the one shown
        self._band_shown_generation = generation
        self.band, self.band_error, self.band_is_preview = result, None, False
        if generation == self._band_generation:
            self._band_task = None
        self.refresh()
        self.band_changed.emit(result)

    def _band_failed(self, exc: BaseException, generation: int) -> None:
        if generation < self._band_shown_generation:
            return
        log.debug("band failed: %s", exc)
        self._band_shown_generation = generation
        self.band, self.band_is_preview = None, False
        self.band_error = exc if isinstance(exc, UserError) else None
        self.refresh()
        self.band_changed.emit(None)

    @property
    def band_pending(self) -> bool:
        """A newer or fuller simulation than the shown one is on its way (a preview is shown)."""
        return self.band_is_preview or self._band_shown_generation < self._band_generation

    def wait_for_band(self) -> None:
        """Start a pending simulation now (screenshots, tests)."""
        if self._band_timer.isActive():
            self._band_timer.stop()
            self._start_band()

    # ---------------------------------------------------------------- settings
    def set_real(self, real: bool) -> None:
        self.real = real
        button = self.real_button if real else self.nominal_button
        if not button.isChecked():
            button.blockSignals(True)
            button.setChecked(True)
            button.blockSignals(False)
        self.refresh()

    def set_language(self, lang: str) -> None:
        self.lang = lang
        self.state.lang = lang
        self.chart.set_language(lang)
        self.whatif.set_language(lang)
        self.jp_entry.set_language(lang)
        self.uncertainty.set_language(lang)
        self.refresh()

    # ---------------------------------------------------------------- texts
    def unit_text(self) -> str:
        return self.tr("Rp today's value") if self.real else self.tr("Rp nominal")

    def retranslate_ui(self) -> None:
        self.units_label.setText(self.tr("Show amounts as:"))
        self.stale_import.setText(self.tr("Import the newest statement…"))
        self.nominal_button.setText(self.tr("Nominal"))
        self.real_button.setText(self.tr("Today's value (after inflation)"))
        self.nominal_button.setToolTip(self.tr("Rupiah as they will be paid."))
        self.real_button.setToolTip(self.tr("Rupiah with the buying power of the balance date, at the assumed inflation."))
        self.whatif_title.setText(self.tr("What if…"))
        self.side_tabs.setTabText(0, self.tr("What if…"))
        self.side_tabs.setTabText(1, self.tr("Uncertainty"))
        self.whatif.retranslate_ui()
        self.refresh()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        elif event.type() in (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange):
            # The canvas holds matplotlib's own palette, so it hears no change: tell it.
            self.chart.apply_palette(self.palette())
        super().changeEvent(event)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if obj is self.left and event.type() == QEvent.Type.Resize:
            self._arrange_cards()
        return super().eventFilter(obj, event)

    def _arrange_cards(self) -> None:
        """As many cards per row as fit (at least three), rows of even length."""
        visible = [c for c in self.cards if not c.isHidden()]
        n = len(visible)
        if n == 0:
            return
        width = max(self.left.width() - 16, 1)
        per_row = max(min(n, 3), min(n, width // CARD_MIN_WIDTH))
        rows = -(-n // per_row)
        per_row = -(-n // rows)
        arrangement = (tuple(id(c) for c in visible), per_row)
        if arrangement == self._card_arrangement:
            return
        self._card_arrangement = arrangement
        grid = self.cards_grid
        for c in self.cards:
            grid.removeWidget(c)
        for col in range(grid.columnCount()):
            grid.setColumnStretch(col, 0)
        for i, card in enumerate(visible):
            grid.addWidget(card, i // per_row, i % per_row)
        for col in range(per_row):
            grid.setColumnStretch(col, 1)

    # ---------------------------------------------------------------- showing
    def refresh(self) -> None:
        """Push the current history, projection and texts into the chart and the cards."""
        lang, unit = self.lang, self.unit_text()
        rp = lambda x: rupiah(x, lang)  # noqa: E731
        result, a = self.state.result, self.state.assumptions
        inflation = a.inflation if (a is not None and a.inflation is not None) else None
        as_of = a.as_of if a is not None else (self.history[-1][0] if self.history else None)

        def shown(amount: float, on: dt.date) -> float:
            if not self.real or inflation is None or as_of is None:
                return amount
            return todays_rupiah(amount, month_index(on) - month_index(as_of), inflation)

        hx = [decimal_year(d) for d, _ in self.history]
        hy = [shown(v, d) for d, v in self.history]
        self.chart.set_history(hx, hy)
        if result is not None:
            points = [(a.as_of, a.balance, a.balance)]
            for y in result.years[:-1]:
                points.append((dt.date(y.year, 12, 31), y.closing, y.closing_real))
            last = result.years[-1]
            points.append((result.claim_date, last.closing, last.closing_real))
            px = [decimal_year(d) for d, _, _ in points]
            py = [real if self.real else nominal for _, nominal, real in points]
            self.chart.set_projection(px, py)
            at_claim = result.balance_at_claim_real if self.real else result.balance_at_claim
            self.chart.set_claim(px[-1], at_claim, self.tr("Claim {date}\n{amount}").format(
                date=date_long(result.claim_date, lang), amount=rp(at_claim)))
            self.chart.set_now(decimal_year(a.as_of), self.tr("Balance date"))
            self._show_band(px)
        else:
            self.chart.set_fan(None)
            self.chart.set_projection([], [])
            self.chart.set_claim(None, None)
            self.chart.set_now(None)
        self.chart.set_texts(self.tr("JHT balance ({unit})").format(unit=unit),
                             self.tr("Balance on your statements"), self.tr("Projection"))
        self._show_caption()

        # Messages: why there is no projection, or what it rests on.
        if self.state.error is not None:
            self.message.setText(self.state.error.text(lang))
            self.message.setVisible(True)
        elif a is None and self.history:
            self.message.setText(self.tr("Add your birth date and wage (quick entry) to see the projection."))
            self.message.setVisible(True)
        elif a is None:
            self.message.setText(self.tr("No data yet: import a Rincian Saldo JHT or make a quick entry (File menu) "
                                         "to see the projection."))
            self.message.setVisible(True)
        else:
            self.message.setVisible(False)
        # Without any balance, an empty chart would only show meaningless axes.
        chart_shown = a is not None or bool(self.history)
        if self.chart.isHidden() == chart_shown:  # it comes or goes (not on every slider tick: a relayout)
            self.chart.setVisible(chart_shown)
            self.empty_room.changeSize(0, 0, QSizePolicy.Policy.Minimum,
                                       QSizePolicy.Policy.Fixed if chart_shown else QSizePolicy.Policy.Expanding)
            self.left_layout.invalidate()

        self._show_origin()
        self._fill_cards(result, a, unit, rp)
        self._fill_chance(result, unit)
        self._fill_jp(result)
        self._fill_adequacy(result)
        self._arrange_cards()

    def _show_origin(self) -> None:
        """Where the saldo comes from, and the choice between a quick entry and the statements."""
        origin = self.workspace.saldo_origin
        self.origin_label.setText(origin.text(self.lang) if origin is not None else "")
        self.origin_label.setVisible(origin is not None)
        self.origin_button.setVisible(origin is not None and origin.can_choose)
        stale = origin.stale_text(self.lang) if origin is not None else ""
        self.stale_label.setText(stale)
        self.stale_notice.setVisible(bool(stale))
        if origin is not None and origin.can_choose:
            key = "workspace.saldo.use_statements" if origin.uses_quick_entry else "workspace.saldo.use_quick_entry"
            self.origin_button.setText(catalog(key, self.lang))

    def _toggle_saldo_choice(self) -> None:
        origin = self.workspace.saldo_origin
        if origin is not None:
            self.saldo_choice_requested.emit(SALDO_STATEMENTS if origin.uses_quick_entry else SALDO_QUICK_ENTRY)

    def _show_band(self, px: list[float]) -> None:
        band, result = self.band, self.state.result
        if (band is None or result is None or not self.uncertainty.bands_on
                or len(band.years) + 1 != len(px)):
            self.chart.set_fan(None)
            return
        start = result.assumptions.balance
        levels = {p: [start, *band.band(p, self.real)] for p in band.percentiles}
        self.chart.set_fan(px, levels, {
            "outer": self.tr("{low}–{high}% of outcomes").format(low=BAND_LOW, high=BAND_HIGH),
            "inner": self.tr("{low}–{high}% of outcomes").format(low=BAND_INNER[0], high=BAND_INNER[1]),
        })  # the median line stays out of the legend: it runs close to the projection

    def simulation_text(self, band=None) -> str:
        """"10.000 simulations, seed 12345, spreads: return ±1,0%, …" for a Monte Carlo result."""
        band = band if band is not None else self.band
        if band is None:
            return ""
        lang, s = self.lang, band.spreads
        pct = lambda x: percent(x, lang)  # noqa: E731
        text = self.tr("{paths} simulations, seed {seed}, spread of the return ±{ret}, wage growth ±{growth}, "
                       "inflation ±{inf}").format(paths=count_text(band.paths, lang), seed=band.seed,
                                                  ret=pct(s.returns), growth=pct(s.growth), inf=pct(s.inflation))
        if s.gap_chance and s.gap_months:
            text += self.tr("; a career gap of {months} months starts with a chance of {chance} a year").format(
                months=s.gap_months, chance=percent(s.gap_chance, lang, 0))
        return text

    def _show_caption(self) -> None:
        if self.band_error is not None:
            self.band_caption.setText(self.band_error.text(self.lang))
            self.band_caption.setVisible(True)
            return
        band = self.band
        if band is None or self.state.result is None or not self.band_wanted():
            self.band_caption.setVisible(False)
            return
        text = self.simulation_text(band)
        if self.band_is_preview:
            text = self.tr("Preview: {text} ({paths} simulations once the slider rests)").format(
                text=text, paths=count_text(self.uncertainty.paths, self.lang))
        elif self.band_pending:
            text += " " + self.tr("(updating…)")
        self.band_caption.setText(text)
        self.band_caption.setVisible(True)

    def _fill_cards(self, result, a, unit, rp) -> None:
        lang = self.lang
        if a is not None:
            now_value, now_date = a.balance, a.as_of
        elif self.history:
            now_date, now_value = self.history[-1]
        else:
            now_value, now_date = None, None
        self.card_now.set(self.tr("Balance now"),
                          rp(now_value) if now_value is not None else "—",
                          self.tr("Rp nominal"),
                          self.tr("as of {date}").format(date=date_long(now_date, lang)) if now_date else "")
        if result is None:
            for card, title in ((self.card_claim, self.tr("At claim")), (self.card_net, self.tr("Net after tax")),
                                (self.card_income, self.tr("Monthly income"))):
                card.set(title, "—", unit)
            return
        ra = result.assumptions
        main, other = ((result.balance_at_claim_real, result.balance_at_claim) if self.real
                       else (result.balance_at_claim, result.balance_at_claim_real))
        other_unit = self.tr("nominal") if self.real else self.tr("in today's value")
        net = result.net_real if self.real else result.net
        self.card_claim.set(
            self.tr("At claim, age {age}").format(age=ra.claim_age), rp(main), unit,
            self.tr("{date}; {amount} {unit}").format(date=date_long(result.claim_date, lang),
                                                      amount=rp(other), unit=other_unit))
        self.card_net.set(self.tr("Net after tax"), rp(net), unit,
                          self.tr("Final PPh 21 of {tax} (nominal) if paid within two years").format(tax=rp(result.tax)))
        income = self.state.outlook.income
        self.card_income.set(
            self.tr("Monthly income for {years} years").format(years=income.years),
            rp(income.real if self.real else income.nominal), unit,
            self.tr("From the net amount, earning {ret} a year and rising with {inf} inflation").format(
                ret=percent(ra.annual_return, lang), inf=percent(ra.inflation, lang))
            + (" " + catalog("workspace.income.lump_sum_added", lang) if income.jp_lump_sum_added else ""))

    def _target_text(self, target) -> str:
        lang = self.lang
        if target is None:
            return ""
        if target.pct_wage is not None:
            return self.tr("a monthly JHT income of {pct} of the last wage").format(pct=percent(target.pct_wage, lang, 0))
        unit = self.tr("Rp today's value") if target.real else self.tr("Rp nominal")
        return self.tr("a net balance of {amount} ({unit})").format(amount=rupiah(target.amount, lang), unit=unit)

    def _fill_chance(self, result, unit) -> None:
        target = self.uncertainty.target()
        visible = result is not None and target is not None
        self.card_chance.setVisible(visible)
        if not visible:
            return
        band = self.band
        t = band.target if band is not None else None
        title = self.tr("Chance of reaching the target")
        if self.band_error is not None:
            self.card_chance.set(title, "—", "", self.band_error.text(self.lang))
            return
        if t is None:
            self.card_chance.set(title, "…", "", self.tr("Simulating {target}…").format(target=self._target_text(target)))
            return
        note = self.tr("Target: {target}. {sims}").format(target=self._target_text(target), sims=self.tr(
            "{paths} simulations, seed {seed}").format(paths=count_text(band.paths, self.lang), seed=band.seed))
        value = percent(t.chance, self.lang, 0)
        if self.band_is_preview:  # provisional: a few hundred paths while the slider moves
            value = "≈ " + value
            note += " " + self.tr("(preview; {paths} simulations once the slider rests)").format(
                paths=count_text(self.uncertainty.paths, self.lang))
        elif self.band_pending:
            note += " " + self.tr("(updating…)")
        self.card_chance.set(title, value, "", note)

    def _fill_jp(self, result) -> None:
        jp, lang = self.jp, self.lang
        self.card_jp.setVisible(jp is not None)
        if jp is None:
            return
        unit = self.unit_text()
        months = self.tr("{months} contribution months").format(months=jp.months)
        if jp.monthly_benefit is not None:
            value = jp.monthly_benefit_real if self.real else jp.monthly_benefit
            self.card_jp.set(self.tr("JP pension per month, age {age}").format(age=jp.pension_age),
                             rupiah(value, lang), unit,
                             self.tr("From {date}; {months}; before tax").format(
                                 date=date_long(jp.pension_date, lang), months=months))
        else:
            value = jp.lump_sum_real if self.real else jp.lump_sum
            self.card_jp.set(self.tr("JP lump sum, age {age}").format(age=jp.pension_age),
                             rupiah(value, lang), unit,
                             self.tr("Paid once on {date}: {months}, fewer than the {min} a pension needs").format(
                                 date=date_long(jp.pension_date, lang), months=months, min=jp.min_months))

    def _fill_adequacy(self, result) -> None:
        parts = []
        if result is not None and self.adequacy is not None:
            parts.append(self.adequacy.text(self.lang))
        if result is not None and self.jp is not None:
            parts += list(self.jp.warnings)  # what the JP estimate assumed (planner.jp), as the report says
        if result is not None and self.jp is None:
            if self.jp_error is not None:
                parts.append(self.tr("JP could not be estimated: {reason}").format(reason=self.jp_error.text(self.lang)))
            else:
                parts.append(self.tr("JP is not shown: your statements do not show JP months (Masa Iuran JP); "
                                     "you can type them under What if…."))
        self.adequacy_label.setText(" ".join(parts))
        self.adequacy_label.setVisible(bool(parts))

    def flush(self) -> None:
        """Finish pending work (the band simulation) and draw now: screenshots, tests."""
        self.wait_for_band()
        wait_all()
        QApplication.processEvents()
        self.chart.flush()
