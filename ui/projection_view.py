"""The projection view: the chart, the KPI cards and the what-if panel.

Data in: ``set_history(statements)`` (what the statements say) and ``set_baseline(assumptions)``
(where the projection starts, from planner.baseline or a quick entry). The what-if panel edits
a copy of the baseline held by :class:`AssumptionState`; every edit is an undo command.

The deterministic projection takes well under a millisecond, so it runs on the GUI thread on
every slider tick; the chart coalesces its redraws. Slow work (Monte Carlo) goes through
ui.worker and lands in ``chart.set_band``.
"""
from __future__ import annotations

import datetime as dt
import logging
from collections import defaultdict
from dataclasses import replace
from typing import Any, Sequence

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QButtonGroup, QFrame, QGridLayout, QHBoxLayout, QLabel, QRadioButton, QScrollArea, QSizePolicy,
    QSplitter, QVBoxLayout, QWidget,
)

from models import Assumptions, ProjectionResult, StatementYear
from planner.dates import month_index
from planner.errors import UserError
from planner.format import date_long, percent, rupiah
from planner.income import monthly_income, todays_rupiah
from planner.projection import project, resolve
from planner.rules import RuleUsage, load_rules
from ui.chart import BalanceChart, decimal_year
from ui.commands import ReplaceAssumptions, SetAssumption
from ui.kpi import KpiCard
from ui.whatif import WhatIfPanel
from ui.worker import run_task

try:  # Monte Carlo bands, when planner.montecarlo is there
    from planner import montecarlo
except ImportError:  # pragma: no cover
    montecarlo = None

BAND_DELAY_MS = 120  # wait for a pause in the slider before simulating
BAND_LOW, BAND_HIGH = 10, 90  # percentiles drawn as the band

log = logging.getLogger(__name__)


def baseline_from_source(source) -> Assumptions | None:
    """Where the projection starts for a data source (planner.baseline); None when it cannot say.

    Uses the source's statements and, if it has one, its latest quick entry
    (``source.quick_entry()``, as planner.store.Store keeps it).
    """
    if source is None:
        return None
    from planner.baseline import from_statements, to_assumptions

    statements = list(source.statements())
    quick_entry = getattr(source, "quick_entry", None)
    quick = quick_entry() if callable(quick_entry) else None
    if not statements and quick is None:
        return None
    try:
        return to_assumptions(from_statements(statements, quick))
    except UserError:
        return None


def balance_history(statements: Sequence[StatementYear]) -> list[tuple[dt.date, float]]:
    """(31 December, total balance over all cards) for each statement year.

    A card without a statement that year (an earlier job) counts with its latest printed
    closing balance, unchanged: the statements say nothing more about it.
    """
    by_year: dict[int, dict[str, float]] = defaultdict(dict)
    for s in statements:
        by_year[s.year][s.card.kpj] = float(s.closing)
    out, latest = [], {}
    for year in sorted(by_year):
        latest.update(by_year[year])
        out.append((dt.date(year, 12, 31), sum(latest.values())))
    return out


class AssumptionState(QObject):
    """The what-if assumptions (resolved: no None rates) and the projection they give."""

    changed = Signal(object)  # Assumptions | None

    def __init__(self) -> None:
        super().__init__()
        self.assumptions: Assumptions | None = None
        self.result: ProjectionResult | None = None
        self.error: UserError | None = None

    def replace_all(self, a: Assumptions | None) -> None:
        if a is not None:
            try:
                a = resolve(a, load_rules(), RuleUsage())
            except UserError as exc:
                self.assumptions, self.result, self.error = a, None, exc
                self.changed.emit(a)
                return
        self.assumptions = a
        self._project()

    def set_field(self, field: str, value: Any) -> None:
        if self.assumptions is None:
            return
        self.assumptions = replace(self.assumptions, **{field: value})
        self._project()

    def _project(self) -> None:
        self.error = None
        if self.assumptions is None:
            self.result = None
        else:
            try:
                self.result = project(self.assumptions, load_rules())
            except UserError as exc:
                self.result, self.error = None, exc
        self.changed.emit(self.assumptions)


class ProjectionView(QWidget):
    real_toggled = Signal(bool)
    assumptions_changed = Signal(object)

    def __init__(self, undo_stack, lang: str = "id", real: bool = False, parent: QWidget | None = None):
        super().__init__(parent)
        self.undo_stack = undo_stack
        self.lang = lang
        self.real = real
        self.history: list[tuple[dt.date, float]] = []
        self.state = AssumptionState()
        self.state.changed.connect(self._on_state_changed)
        self.band = None  # the latest planner.montecarlo result for the current assumptions
        self._band_seed = 1
        self._band_task = None
        self._band_generation = 0
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

        top = QHBoxLayout()
        top.addWidget(self.units_label)
        top.addWidget(self.nominal_button)
        top.addWidget(self.real_button)
        top.addStretch(1)

        self.card_now = KpiCard()
        self.card_claim = KpiCard()
        self.card_net = KpiCard()
        self.card_income = KpiCard()
        cards = QGridLayout()
        cards.setSpacing(8)
        for i, card in enumerate((self.card_now, self.card_claim, self.card_net, self.card_income)):
            cards.addWidget(card, 0, i)
            cards.setColumnStretch(i, 1)

        left = QWidget()
        lay = QVBoxLayout(left)
        lay.setContentsMargins(8, 8, 8, 8)
        lay.addLayout(top)
        lay.addWidget(self.chart, 1)
        lay.addWidget(self.message)
        lay.addLayout(cards)

        self.whatif = WhatIfPanel()
        self.whatif.set_language(lang)
        self.whatif.edited.connect(self._on_edited)
        self.whatif_title = QLabel()
        font = self.whatif_title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.whatif_title.setFont(font)
        side = QWidget()
        side_lay = QVBoxLayout(side)
        side_lay.setContentsMargins(8, 8, 8, 8)
        side_lay.addWidget(self.whatif_title)
        side_lay.addWidget(self.whatif)
        scroll = QScrollArea()
        scroll.setWidget(side)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setMinimumWidth(300)
        self.side_scroll = scroll

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(scroll)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 0)
        splitter.setSizes([900, 340])
        splitter.setChildrenCollapsible(False)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(splitter)
        self.retranslate_ui()

    # ---------------------------------------------------------------- data in
    def set_history(self, statements: Sequence[StatementYear]) -> None:
        self.history = balance_history(statements)
        self.refresh()

    def set_baseline(self, assumptions: Assumptions | None) -> None:
        """A new starting point: the what-if edits start over from it (not an undo step)."""
        self.state.replace_all(assumptions)
        self.whatif.set_assumptions(self.state.assumptions if self.state.result is not None or
                                    self.state.assumptions is not None else None)

    def apply_assumptions(self, assumptions: Assumptions, text: str = "") -> None:
        """Replace the what-if assumptions as one undo step (a scenario, a reset)."""
        old = self.state.assumptions
        self.undo_stack.push(ReplaceAssumptions(self._replace_and_show, old, assumptions,
                                                text or self.tr("Load assumptions")))

    def _replace_and_show(self, a: Assumptions | None) -> None:
        self.state.replace_all(a)
        self.whatif.set_assumptions(self.state.assumptions)

    def _on_edited(self, field: str, value: Any, gesture: int) -> None:
        if self.state.assumptions is None:
            return
        old = getattr(self.state.assumptions, field)
        if old == value:
            return
        self.undo_stack.push(SetAssumption(self._set_field_and_show, field, old, value,
                                           self._edit_text(field), gesture))

    def _set_field_and_show(self, field: str, value: Any) -> None:
        self.state.set_field(field, value)
        self.whatif.set_assumptions(self.state.assumptions)

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
        self.band = None if self.state.result is None else self.band
        self.refresh()
        self.assumptions_changed.emit(a)
        if montecarlo is not None:
            self._band_timer.start()

    # ---------------------------------------------------------------- Monte Carlo band
    def _start_band(self) -> None:
        """Simulate the band off the GUI thread; a newer request supersedes an older one."""
        if self._band_task is not None:
            self._band_task.cancel()
        self._band_generation += 1
        a = self.state.assumptions
        if a is None or self.state.result is None:
            self._band_task = None
            return
        generation = self._band_generation
        self._band_task = run_task(montecarlo.run_monte_carlo, a, seed=self._band_seed,
                                   on_result=lambda r: self._band_ready(r, generation),
                                   on_error=lambda exc: log.debug("band failed: %s", exc))

    def _band_ready(self, result, generation: int) -> None:
        if generation != self._band_generation:
            return  # assumptions changed meanwhile
        self.band = result
        self._band_task = None
        self.refresh()

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
        self.chart.set_language(lang)
        self.whatif.set_language(lang)
        self.refresh()

    # ---------------------------------------------------------------- texts
    def unit_text(self) -> str:
        return self.tr("Rp today's value") if self.real else self.tr("Rp nominal")

    def retranslate_ui(self) -> None:
        self.units_label.setText(self.tr("Show amounts as:"))
        self.nominal_button.setText(self.tr("Nominal"))
        self.real_button.setText(self.tr("Today's value (after inflation)"))
        self.nominal_button.setToolTip(self.tr("Rupiah as they will be paid."))
        self.real_button.setToolTip(self.tr("Rupiah with the buying power of the balance date, at the assumed inflation."))
        self.whatif_title.setText(self.tr("What if…"))
        self.whatif.retranslate_ui()
        self.refresh()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        elif event.type() in (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange):
            # The canvas holds matplotlib's own palette, so it hears no change: tell it.
            self.chart.apply_palette(self.palette())
        super().changeEvent(event)

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
            self.chart.set_band(None)
            self.chart.set_projection([], [])
            self.chart.set_claim(None, None)
            self.chart.set_now(None)
        self.chart.set_texts(self.tr("JHT balance ({unit})").format(unit=unit),
                             self.tr("Balance on your statements"), self.tr("Projection"))

        # Messages: why there is no projection, or what it rests on.
        if self.state.error is not None:
            self.message.setText(self.state.error.text(lang))
            self.message.setVisible(True)
        elif a is None and self.history:
            self.message.setText(self.tr("Add your birth date and wage (quick entry) to see the projection."))
            self.message.setVisible(True)
        else:
            self.message.setVisible(False)

        self._fill_cards(result, a, unit, rp)

    def _show_band(self, px: list[float]) -> None:
        band, result = self.band, self.state.result
        if band is None or result is None or len(band.years) + 1 != len(px):
            self.chart.set_band(None)
            return
        start = result.assumptions.balance
        low = [start, *band.band(BAND_LOW, self.real)]
        high = [start, *band.band(BAND_HIGH, self.real)]
        self.chart.set_band(px, low, high, self.tr("{low}–{high}% of {paths} simulations").format(
            low=BAND_LOW, high=BAND_HIGH, paths=rupiah(band.paths, self.lang).replace("Rp ", "")))

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
        other_unit = self.tr("Rp nominal") if self.real else self.tr("Rp today's value")
        self.card_claim.set(
            self.tr("At claim, age {age}").format(age=ra.claim_age), rp(main), unit,
            self.tr("{date}; {amount} {unit}").format(date=date_long(result.claim_date, lang),
                                                      amount=rp(other), unit=other_unit))
        net = result.net_real if self.real else result.net
        self.card_net.set(self.tr("Net after tax"), rp(net), unit,
                          self.tr("Final PPh 21 of {tax} (nominal) if paid within two years").format(tax=rp(result.tax)))
        years = load_rules().value("macro.payout_years", result.claim_date)
        income = monthly_income(result.net, years, ra.annual_return, ra.inflation)
        if self.real:
            income = income * result.balance_at_claim_real / result.balance_at_claim if result.balance_at_claim else 0.0
        self.card_income.set(
            self.tr("Monthly income for {years} years").format(years=years), rp(income), unit,
            self.tr("From the net amount, earning {ret} a year and rising with {inf} inflation").format(
                ret=percent(ra.annual_return, lang), inf=percent(ra.inflation, lang)))

    def flush(self) -> None:
        """Finish pending work (the band simulation) and draw now: screenshots, tests."""
        from PySide6.QtWidgets import QApplication
        from ui.worker import wait_all

        self.wait_for_band()
        wait_all()
        QApplication.processEvents()
        self.chart.flush()
