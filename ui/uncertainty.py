"""The "Ketidakpastian" (uncertainty) panel: the Monte Carlo settings beside the what-if panel.

What it holds (none of it is an assumption of the projection, so none of it is an undo step):

* whether the fan (P10–P90 and P25–P75 bands, the median) is drawn on the chart;
* the spreads of the yearly draws (return, wage growth, inflation) and the career-gap model
  (the yearly chance a gap starts, and its length), each a slider with a spin box;
* a target for the net balance at claim: in today's rupiah, in rupiah of the claim date, or a
  monthly JHT income as a share of the last wage; its chance is shown as a KPI;
* the seed and the number of simulated paths (shown with every band and chance).

Defaults come from the rules (``planner.montecarlo.default_spreads``, ``DEFAULT_PATHS``).
The panel emits ``changed()``; the projection view reads :meth:`spreads`, :meth:`target`,
:attr:`seed`, :attr:`paths` and :attr:`bands_on`.
"""
from __future__ import annotations

import datetime as dt
import math
from typing import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractSpinBox, QCheckBox, QComboBox, QDoubleSpinBox, QFormLayout, QGroupBox, QHBoxLayout, QLabel,
    QPushButton, QSpinBox, QVBoxLayout, QWidget,
)

from planner import montecarlo as mc
from planner.rules import load_rules
from ui import style
from ui.whatif import SliderSpin, name_inputs, number_locale
from ui.i18n import Retranslatable

SPREAD_MAX_PCT = 10.0  # slider span for the spreads (the planner accepts up to SPREAD_BOUNDS)
GAP_CHANCE_MAX_PCT = 50.0
GAP_MONTHS_MAX = 60
PATH_CHOICES = (1_000, mc.DEFAULT_PATHS, 50_000)
SEED_MAX = 2**31 - 1
TARGET_KINDS = ("none", "real", "nominal", "pct_wage")


class UncertaintyPanel(Retranslatable, QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._defaults = mc.default_spreads()
        # kind ("real"/"nominal") -> a starting amount when the member first picks a rupiah target
        self.suggest_amount: Callable[[str], float | None] | None = None
        hi = min(SPREAD_MAX_PCT, mc.SPREAD_BOUNDS[1] * 100)
        self.show_bands = QCheckBox()
        self.show_bands.setChecked(True)
        self.return_spread = SliderSpin(0.0, hi, 0.1, 1, suffix=" %")
        self.growth_spread = SliderSpin(0.0, hi, 0.1, 1, suffix=" %")
        self.inflation_spread = SliderSpin(0.0, hi, 0.1, 1, suffix=" %")
        self.gap_chance = SliderSpin(0.0, GAP_CHANCE_MAX_PCT, 1.0, 0, suffix=" %")
        self.gap_months = SliderSpin(1, GAP_MONTHS_MAX, 1, 0)
        self.reset_button = QPushButton()

        self.target_kind = QComboBox()
        self.target_kind.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.target_kind.setMinimumContentsLength(12)
        for _ in TARGET_KINDS:
            self.target_kind.addItem("")
        self.target_amount = QDoubleSpinBox()
        self.target_amount.setRange(0, 1e13)
        self.target_amount.setDecimals(0)
        self.target_amount.setSingleStep(10_000_000)
        self.target_amount.setPrefix("Rp ")
        self.target_amount.setGroupSeparatorShown(True)
        self.target_amount.setKeyboardTracking(False)
        self.target_amount.setAccelerated(True)
        self.target_amount.setValue(self._default_target_amount())
        self.target_pct = SliderSpin(1.0, 200.0, 1.0, 0, suffix=" %")
        self.target_pct.set_value(self._default_target_pct())

        self.seed_box = QSpinBox()
        self.seed_box.setRange(0, SEED_MAX)
        self.seed_box.setValue(1)
        self.seed_box.setKeyboardTracking(False)
        self.seed_box.setButtonSymbols(QAbstractSpinBox.ButtonSymbols.NoButtons)
        self.new_seed_button = QPushButton()
        self.paths_box = QComboBox()
        for n in PATH_CHOICES:
            self.paths_box.addItem("", n)
        self.paths_box.setCurrentIndex(PATH_CHOICES.index(mc.DEFAULT_PATHS))

        self.fan_box = QGroupBox()
        fan = QVBoxLayout(self.fan_box)
        fan.addWidget(self.show_bands)
        self.fan_note = QLabel()
        self.fan_note.setWordWrap(True)
        fan.addWidget(self.fan_note)

        self.spread_box = QGroupBox()
        form = QFormLayout(self.spread_box)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.labels: dict[str, QLabel] = {}
        for key, widget in (("return", self.return_spread), ("growth", self.growth_spread),
                            ("inflation", self.inflation_spread), ("gap_chance", self.gap_chance),
                            ("gap_months", self.gap_months)):
            label = QLabel()
            label.setBuddy(widget.slider)
            self.labels[key] = label
            form.addRow(label, widget)
        form.addRow(self.reset_button)

        self.target_box = QGroupBox()
        tform = QFormLayout(self.target_box)
        tform.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        tform.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for key, widget, buddy in (("target_kind", self.target_kind, self.target_kind),
                                   ("target_amount", self.target_amount, self.target_amount),
                                   ("target_pct", self.target_pct, self.target_pct.slider)):
            label = QLabel()
            label.setBuddy(buddy)
            self.labels[key] = label
            tform.addRow(label, widget)

        self.sim_box = QGroupBox()
        sform = QFormLayout(self.sim_box)
        seed_row = QHBoxLayout()
        seed_row.addWidget(self.seed_box, 1)
        seed_row.addWidget(self.new_seed_button)
        for key, field, buddy in (("seed", seed_row, self.seed_box), ("paths", self.paths_box, self.paths_box)):
            label = QLabel()
            label.setBuddy(buddy)
            self.labels[key] = label
            sform.addRow(label, field)

        for label in self.labels.values():  # long Indonesian labels wrap instead of widening the panel
            label.setWordWrap(True)
        lay = style.flush(QVBoxLayout(self))
        for box in (self.fan_box, self.target_box, self.spread_box, self.sim_box):
            lay.addWidget(box)
        lay.addStretch(1)

        self.reset_spreads()
        self.show_bands.toggled.connect(lambda _on: self.changed.emit())
        for s in (self.return_spread, self.growth_spread, self.inflation_spread, self.gap_chance, self.gap_months):
            s.changed.connect(lambda _v, _g: self.changed.emit())
        self.target_kind.currentIndexChanged.connect(self._target_kind_changed)
        self.target_amount.valueChanged.connect(lambda _v: self.changed.emit())
        self.target_pct.changed.connect(lambda _v, _g: self.changed.emit())
        self.seed_box.valueChanged.connect(lambda _v: self.changed.emit())
        self.paths_box.currentIndexChanged.connect(lambda _i: self.changed.emit())
        self.reset_button.clicked.connect(self._reset_clicked)
        self.new_seed_button.clicked.connect(lambda: self.seed_box.setValue(mc.new_seed() % (SEED_MAX + 1)))
        self._target_kind_changed(self.target_kind.currentIndex(), emit=False)
        self.retranslate_ui()

    # ---------------------------------------------------------------- defaults
    @staticmethod
    def _default_target_pct() -> float:
        """The ILO minimum replacement rate (macro.ilo_min_replacement), in percent."""
        return float(load_rules().value("macro.ilo_min_replacement", dt.date.today())) * 100

    @staticmethod
    def _default_target_amount() -> float:
        return 0.0

    def reset_spreads(self) -> None:
        """The rules' default spreads and gap model, without emitting."""
        d = self._defaults
        self.return_spread.set_value(d.returns * 100)
        self.growth_spread.set_value(d.growth * 100)
        self.inflation_spread.set_value(d.inflation * 100)
        self.gap_chance.set_value(d.gap_chance * 100)
        self.gap_months.set_value(max(1, d.gap_months))

    def _reset_clicked(self) -> None:
        self.reset_spreads()
        self.changed.emit()

    def _target_kind_changed(self, index: int, emit: bool = True) -> None:
        kind = TARGET_KINDS[index] if 0 <= index < len(TARGET_KINDS) else "none"
        amount = kind in ("real", "nominal")
        if amount and self.target_amount.value() <= 0 and self.suggest_amount is not None:
            suggested = self.suggest_amount(kind)  # e.g. the projection's own net balance, rounded
            if suggested:
                self.target_amount.blockSignals(True)
                self.target_amount.setValue(suggested)
                self.target_amount.blockSignals(False)
        self.target_amount.setVisible(amount)
        self.labels["target_amount"].setVisible(amount)
        self.target_pct.setVisible(kind == "pct_wage")
        self.labels["target_pct"].setVisible(kind == "pct_wage")
        if emit:
            self.changed.emit()

    # ---------------------------------------------------------------- values out
    @property
    def bands_on(self) -> bool:
        return self.show_bands.isChecked()

    @property
    def seed(self) -> int:
        return int(self.seed_box.value())

    @property
    def paths(self) -> int:
        return int(self.paths_box.currentData())

    def spreads(self) -> mc.Spreads:
        return mc.Spreads(returns=self.return_spread.value() / 100.0, growth=self.growth_spread.value() / 100.0,
                          inflation=self.inflation_spread.value() / 100.0, gap_chance=self.gap_chance.value() / 100.0,
                          gap_months=int(round(self.gap_months.value())))

    def target_kind_name(self) -> str:
        return TARGET_KINDS[self.target_kind.currentIndex()]

    def target(self) -> mc.Target | None:
        kind = self.target_kind_name()
        if kind == "pct_wage":
            return mc.Target(pct_wage=self.target_pct.value() / 100.0)
        if kind in ("real", "nominal") and self.target_amount.value() > 0:
            return mc.Target(amount=float(self.target_amount.value()), real=kind == "real")
        return None

    def set_target(self, kind: str, value: float | None = None) -> None:
        """Set the target ("none", "real", "nominal" in rupiah, "pct_wage" in percent); emits once."""
        self.blockSignals(True)
        try:
            if value is not None:
                if kind == "pct_wage":
                    self.target_pct.set_value(value)
                elif kind in ("real", "nominal"):
                    self.target_amount.setValue(value)
            self.target_kind.setCurrentIndex(TARGET_KINDS.index(kind))
        finally:
            self.blockSignals(False)
        self.changed.emit()

    # ---------------------------------------------------------------- remembered (ui.whatif_memory)
    def _boxes(self) -> dict:
        """Each remembered number and the box that shows it (its range is what may be restored)."""
        return {"return_spread": self.return_spread.spin, "growth_spread": self.growth_spread.spin,
                "inflation_spread": self.inflation_spread.spin, "gap_chance": self.gap_chance.spin,
                "gap_months": self.gap_months.spin, "target_amount": self.target_amount,
                "target_pct": self.target_pct.spin, "seed": self.seed_box}

    def state(self) -> dict:
        """The panel's settings as JSON-able values (the spreads in percent, as the boxes show them)."""
        state = {key: box.value() for key, box in self._boxes().items()}
        state.update(bands=self.bands_on, target=self.target_kind_name(), paths=self.paths)
        return state

    def set_state(self, state: dict) -> None:
        """Show remembered settings: each value that fits its box is set, any other is left as it
        is; emits ``changed`` once."""
        self.blockSignals(True)
        try:
            for key, box in self._boxes().items():
                value = state.get(key)
                if (isinstance(value, (int, float)) and not isinstance(value, bool) and math.isfinite(value)
                        and box.minimum() <= value <= box.maximum()):
                    if isinstance(box, QSpinBox):
                        if value != int(value):
                            continue
                        value = int(value)
                    holder = box.parentWidget()
                    if isinstance(holder, SliderSpin) and holder.spin is box:
                        holder.set_value(value)
                    else:
                        box.blockSignals(True)
                        box.setValue(value)
                        box.blockSignals(False)
            if isinstance(state.get("bands"), bool):
                self.show_bands.setChecked(state["bands"])
            if state.get("paths") in PATH_CHOICES:
                self.paths_box.setCurrentIndex(PATH_CHOICES.index(state["paths"]))
            if state.get("target") in TARGET_KINDS:
                self.target_kind.setCurrentIndex(TARGET_KINDS.index(state["target"]))
        finally:
            self.blockSignals(False)
        self.changed.emit()

    # ---------------------------------------------------------------- texts
    def set_language(self, lang: str) -> None:
        locale = number_locale(lang)
        for s in (self.return_spread, self.growth_spread, self.inflation_spread, self.gap_chance, self.gap_months,
                  self.target_pct):
            s.set_locale_for(lang)
        self.target_amount.setLocale(locale)
        for i, n in enumerate(PATH_CHOICES):
            self.paths_box.setItemText(i, locale.toString(n))

    def retranslate_ui(self) -> None:
        self.fan_box.setTitle(self.tr("Range of outcomes"))
        self.show_bands.setText(self.tr("Show the &range on the chart"))
        self.fan_note.setText(self.tr(
            "Many simulated paths, each with its own yearly return, wage growth and inflation drawn "
            "around your assumptions. Half of the paths end inside the darker band (P25–P75), "
            "eight in ten inside the lighter one (P10–P90)."))
        self.spread_box.setTitle(self.tr("Spreads per year"))
        self.target_box.setTitle(self.tr("Target at claim (after tax)"))
        self.sim_box.setTitle(self.tr("Simulation"))
        texts = {
            "return": self.tr("Re&turn spread (±)"),
            "growth": self.tr("Wage-&growth spread (±)"),
            "inflation": self.tr("In&flation spread (±)"),
            "gap_chance": self.tr("&Chance a career gap starts, per year"),
            "gap_months": self.tr("Length of each &gap"),
            "target_kind": self.tr("T&arget"),
            "target_amount": self.tr("Net balance at claim"),
            "target_pct": self.tr("Monthly JHT income, share of the last wage"),
            "seed": self.tr("S&eed"),
            "paths": self.tr("Simulated &paths"),
        }
        for key, text in texts.items():
            self.labels[key].setText(text)
        name_inputs(self.labels.values())
        kinds = (self.tr("No target"), self.tr("Rupiah, today's value"), self.tr("Rupiah at the claim date"),
                 self.tr("Share of the last wage"))
        for i, text in enumerate(kinds):
            self.target_kind.setItemText(i, text)
        self.gap_months.spin.setSuffix(self.tr(" months"))
        self.reset_button.setText(self.tr("Back to the &defaults"))
        self.new_seed_button.setText(self.tr("&New seed"))
        self.seed_box.setToolTip(self.tr("The same seed, paths and spreads always give the same bands."))
        self.return_spread.spin.setToolTip(self.tr("How far the yearly return may stray from your assumption "
                                                   "(one standard deviation). Never below the legal floor."))
        self.gap_chance.spin.setToolTip(self.tr("Each simulated year, the chance that a spell without "
                                                "contributions begins."))

