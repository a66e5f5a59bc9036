"""The what-if panel: each assumption as a slider paired with a spin box.

Both are usable from the keyboard (arrows, Page Up/Down on the slider; typing in the box).
The panel does not change anything itself: it emits ``edited(field, value, gesture)`` and the
projection view turns that into an undo command. Every edit of one slider drag carries the
same ``gesture`` number, so the commands merge into one undo step; a new drag, a key press
or a typed value starts a new gesture.

Ranges stay inside the bounds planner.projection accepts.
"""
from __future__ import annotations

import datetime as dt
import itertools

from PySide6.QtCore import QDate, QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractSpinBox, QCheckBox, QDateEdit, QDoubleSpinBox, QFormLayout, QGroupBox, QHBoxLayout,
    QLabel, QPushButton, QSlider, QVBoxLayout, QWidget,
)

from models import Assumptions, CareerBreak, WageChange
from planner.projection import AGE_BOUNDS, GROWTH_BOUNDS, INFLATION_BOUNDS, MAX_WAGE, RETURN_BOUNDS
from ui import style
from ui.i18n import Retranslatable, style_date_edit

_gestures = itertools.count(1)

# What the sliders span (percent). The spin boxes accept the same; both stay inside the
# planner's bounds.
GROWTH_RANGE = (max(-50.0, GROWTH_BOUNDS[0] * 100), min(100.0, GROWTH_BOUNDS[1] * 100))
RETURN_RANGE = (max(-5.0, RETURN_BOUNDS[0] * 100), min(25.0, RETURN_BOUNDS[1] * 100))
INFLATION_RANGE = (max(-5.0, INFLATION_BOUNDS[0] * 100), min(30.0, INFLATION_BOUNDS[1] * 100))
WAGE_SLIDER_STEP = 50_000.0  # rupiah per slider step
BREAK_MAX_MONTHS = 120


def name_inputs(labels) -> None:
    """Screen-reader names from the labels: each label's buddy (and, for a SliderSpin, both its
    slider and its spin box) is named by the label's text without its mnemonic "&". Qt finds a
    buddy's name by itself only when label and input share a parent, which a SliderSpin's
    parts do not."""
    for label in labels:
        buddy = label.buddy()
        if buddy is None:
            continue
        text = label.text().replace("&&", "\0").replace("&", "").replace("\0", "&")
        buddy.setAccessibleName(text)
        holder = buddy.parentWidget()
        if isinstance(holder, SliderSpin):
            holder.spin.setAccessibleName(text)


class SliderSpin(QWidget):
    """A slider and a spin box showing one value; `scale` spin units per slider step."""

    changed = Signal(float, int)  # value, gesture

    def __init__(self, lo: float, hi: float, step: float, decimals: int, suffix: str = "", prefix: str = "",
                 slider_max: float | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.step = step
        self.slider = QSlider(Qt.Orientation.Horizontal)
        self.slider.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.spin = QDoubleSpinBox()
        self.spin.setDecimals(decimals)
        self.spin.setRange(lo, hi)
        self.spin.setSingleStep(step)
        self.spin.setSuffix(suffix)
        self.spin.setPrefix(prefix)
        self.spin.setGroupSeparatorShown(True)
        self.spin.setKeyboardTracking(False)
        self.spin.setAccelerated(True)
        self.spin.setButtonSymbols(QAbstractSpinBox.ButtonSymbols.UpDownArrows)
        self.set_slider_range(lo, slider_max if slider_max is not None else hi)
        lay = style.flush(QHBoxLayout(self))
        lay.addWidget(self.slider, 3)
        lay.addWidget(self.spin, 2)
        self._gesture = next(_gestures)
        self.slider.sliderPressed.connect(self._new_gesture)
        self.slider.sliderReleased.connect(self._new_gesture_after)
        self.slider.valueChanged.connect(self._from_slider)
        self.spin.valueChanged.connect(self._from_spin)

    def set_slider_range(self, lo: float, hi: float) -> None:
        self.slider.blockSignals(True)
        self.slider.setRange(round(lo / self.step), round(hi / self.step))
        self.slider.setPageStep(max(1, (self.slider.maximum() - self.slider.minimum()) // 10))
        self.slider.setValue(round(self.spin.value() / self.step))
        self.slider.blockSignals(False)

    def _new_gesture(self) -> None:
        self._gesture = next(_gestures)

    def _new_gesture_after(self) -> None:
        self._gesture = next(_gestures)

    def value(self) -> float:
        return self.spin.value()

    def set_value(self, value: float) -> None:
        """Show `value` without emitting `changed`."""
        for w in (self.slider, self.spin):
            w.blockSignals(True)
        self.spin.setValue(value)
        self.slider.setValue(round(value / self.step))
        for w in (self.slider, self.spin):
            w.blockSignals(False)

    def _from_slider(self, ticks: int) -> None:
        if not self.slider.isSliderDown():
            self._gesture = next(_gestures)  # a key press or a click on the groove: its own step
        value = ticks * self.step
        self.spin.blockSignals(True)
        self.spin.setValue(value)
        self.spin.blockSignals(False)
        self.changed.emit(self.spin.value(), self._gesture)

    def _from_spin(self, value: float) -> None:
        self._gesture = next(_gestures)
        self.slider.blockSignals(True)
        self.slider.setValue(round(value / self.step))
        self.slider.blockSignals(False)
        self.changed.emit(value, self._gesture)

    def set_locale_for(self, lang: str) -> None:
        self.spin.setLocale(number_locale(lang))


def number_locale(lang: str) -> QLocale:
    """1.234.567,5 in Indonesian, 1,234,567.5 in English (as planner.format writes them)."""
    if lang == "en":
        return QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
    return QLocale(QLocale.Language.Indonesian, QLocale.Country.Indonesia)


def _qdate(d: dt.date) -> QDate:
    return QDate(d.year, d.month, d.day)


def _pydate(q: QDate) -> dt.date:
    return dt.date(q.year(), q.month(), q.day())


class WhatIfPanel(Retranslatable, QWidget):
    """Emits ``edited(field, value, gesture)``; fields are models.Assumptions attribute names."""

    edited = Signal(str, object, int)
    reset_requested = Signal()  # "Back to the defaults": the baseline's assumptions again

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._assumptions: Assumptions | None = None
        self._claim_age = AGE_BOUNDS[1]
        self.growth = SliderSpin(*GROWTH_RANGE, 0.5, 1, suffix=" %")
        self.ret = SliderSpin(*RETURN_RANGE, 0.1, 1, suffix=" %")
        self.inflation = SliderSpin(*INFLATION_RANGE, 0.1, 1, suffix=" %")
        self.wage = SliderSpin(0, MAX_WAGE, WAGE_SLIDER_STEP, 0, prefix="Rp ", slider_max=50_000_000)
        self.stop_age = SliderSpin(AGE_BOUNDS[0], AGE_BOUNDS[1], 1, 0)
        self.break_months = SliderSpin(0, BREAK_MAX_MONTHS, 1, 0)
        self.break_start = QDateEdit()
        style_date_edit(self.break_start, month_only=True)
        self.change_on = QDateEdit()
        style_date_edit(self.change_on)
        self.change_enabled = QCheckBox()
        self.change_wage = SliderSpin(0, MAX_WAGE, WAGE_SLIDER_STEP, 0, prefix="Rp ", slider_max=50_000_000)
        for date_edit in (self.break_start, self.change_on):
            date_edit.setCalendarPopup(True)
            date_edit.setKeyboardTracking(False)

        self.assumptions_box = QGroupBox()
        form = self.form = QFormLayout(self.assumptions_box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        self.labels = {}
        for key, widget in (("growth", self.growth), ("return", self.ret), ("inflation", self.inflation)):
            self.labels[key] = QLabel()
            self.labels[key].setBuddy(widget.slider)
            form.addRow(self.labels[key], widget)
        self.career_box = QGroupBox()
        form2 = QFormLayout(self.career_box)
        form2.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        for key, widget in (("wage", self.wage), ("stop_age", self.stop_age)):
            self.labels[key] = QLabel()
            self.labels[key].setBuddy(widget.slider)
            form2.addRow(self.labels[key], widget)
        self.break_box = QGroupBox()
        form3 = QFormLayout(self.break_box)
        form3.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        for key, widget, buddy in (("break_start", self.break_start, self.break_start),
                                   ("break_months", self.break_months, self.break_months.slider)):
            self.labels[key] = QLabel()
            self.labels[key].setBuddy(buddy)
            form3.addRow(self.labels[key], widget)
        self.change_box = QGroupBox()
        form4 = QFormLayout(self.change_box)
        form4.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        form4.addRow(self.change_enabled)
        for key, widget, buddy in (("change_on", self.change_on, self.change_on),
                                   ("change_wage", self.change_wage, self.change_wage.slider)):
            self.labels[key] = QLabel()
            self.labels[key].setBuddy(buddy)
            form4.addRow(self.labels[key], widget)

        self.reset_button = QPushButton()
        self.reset_button.setEnabled(False)
        self.reset_button.clicked.connect(self.reset_requested)
        lay = style.flush(QVBoxLayout(self))
        for box in (self.assumptions_box, self.career_box, self.break_box, self.change_box):
            lay.addWidget(box)
        lay.addWidget(self.reset_button, 0, Qt.AlignmentFlag.AlignLeft)
        lay.addStretch(1)

        self.growth.changed.connect(lambda v, g: self.edited.emit("wage_growth", v / 100.0, g))
        self.ret.changed.connect(lambda v, g: self.edited.emit("annual_return", v / 100.0, g))
        self.inflation.changed.connect(lambda v, g: self.edited.emit("inflation", v / 100.0, g))
        self.wage.changed.connect(lambda v, g: self.edited.emit("wage", float(v), g))
        self.stop_age.changed.connect(lambda v, g: self.edited.emit("stop_age", int(round(v)), g))
        self.break_months.changed.connect(lambda v, g: self._emit_break(g))
        self.break_start.dateChanged.connect(lambda _d: self._emit_break(next(_gestures)))
        self.change_enabled.toggled.connect(lambda _c: self._emit_change(next(_gestures)))
        self.change_on.dateChanged.connect(lambda _d: self._emit_change(next(_gestures)))
        self.change_wage.changed.connect(lambda v, g: self._emit_change(g))
        self.setEnabled(False)
        self.retranslate_ui()

    # ---------------------------------------------------------------- edits out
    def _emit_break(self, gesture: int) -> None:
        months = int(round(self.break_months.value()))
        value = CareerBreak(_pydate(self.break_start.date()).replace(day=1), months) if months > 0 else None
        self.edited.emit("career_break", value, gesture)

    def _emit_change(self, gesture: int) -> None:
        on = self.change_enabled.isChecked()
        self.change_on.setEnabled(on)
        self.change_wage.setEnabled(on)
        value = WageChange(_pydate(self.change_on.date()), float(self.change_wage.value())) if on else None
        self.edited.emit("wage_change", value, gesture)

    # ---------------------------------------------------------------- values in
    def set_assumptions(self, a: Assumptions | None) -> None:
        """Show resolved assumptions (no None rates); emits nothing."""
        self._assumptions = a
        self.setEnabled(a is not None)
        if a is None:
            return
        self.growth.set_value(a.wage_growth * 100)
        self.ret.set_value(a.annual_return * 100)
        self.inflation.set_value(a.inflation * 100)
        wage_top = max(50_000_000.0, a.wage * 3)
        self.wage.set_slider_range(0, wage_top)
        self.change_wage.set_slider_range(0, wage_top)
        self.wage.set_value(a.wage)
        self._claim_age = a.claim_age
        self.stop_age.spin.setRange(AGE_BOUNDS[0], a.claim_age)
        self.stop_age.set_slider_range(AGE_BOUNDS[0], a.claim_age)
        self.stop_age.set_value(a.stop_age)
        widgets = (self.break_start, self.change_on, self.change_enabled)
        for w in widgets:
            w.blockSignals(True)
        first = a.as_of + dt.timedelta(days=1)
        self.break_start.setMinimumDate(_qdate(first))
        self.change_on.setMinimumDate(_qdate(first))
        brk = a.career_break
        self.break_start.setDate(_qdate(brk.start if brk else dt.date(first.year + 1, 1, 1)))
        self.break_months.set_value(brk.months if brk else 0)
        change = a.wage_change
        self.change_enabled.setChecked(change is not None)
        self.change_on.setDate(_qdate(change.on if change else dt.date(first.year + 1, 1, 1)))
        self.change_wage.set_value(change.wage if change else a.wage)
        self.change_on.setEnabled(change is not None)
        self.change_wage.setEnabled(change is not None)
        for w in widgets:
            w.blockSignals(False)

    # ---------------------------------------------------------------- texts
    def set_language(self, lang: str) -> None:
        for s in (self.growth, self.ret, self.inflation, self.wage, self.stop_age, self.break_months, self.change_wage):
            s.set_locale_for(lang)
        for d in (self.break_start, self.change_on):
            d.setLocale(number_locale(lang))

    def retranslate_ui(self) -> None:
        self.assumptions_box.setTitle(self.tr("Assumptions per year"))
        self.career_box.setTitle(self.tr("Work"))
        self.break_box.setTitle(self.tr("Career break (no contributions)"))
        self.change_box.setTitle(self.tr("Wage change"))
        texts = {
            "growth": self.tr("&Wage growth"),
            "return": self.tr("&Return (hasil pengembangan)"),
            "inflation": self.tr("&Inflation"),
            "wage": self.tr("Current monthly wa&ge"),
            "stop_age": self.tr("&Stop working at age"),
            "break_start": self.tr("Break s&tarts"),
            "break_months": self.tr("Brea&k length (months)"),
            "change_on": self.tr("Fr&om"),
            "change_wage": self.tr("&New monthly wage"),
        }
        for key, text in texts.items():
            self.labels[key].setText(text)
        name_inputs(self.labels.values())
        self.change_enabled.setText(self.tr("My wage will &change"))
        self.stop_age.spin.setSuffix(self.tr(" years"))
        self.break_months.spin.setSuffix(self.tr(" months"))
        self.growth.spin.setToolTip(self.tr("Nominal rise of your wage each 1 January."))
        self.ret.spin.setToolTip(self.tr("The yearly return BPJS Ketenagakerjaan credits to the JHT balance."))
        self.inflation.spin.setToolTip(self.tr("Used for today's value and for the monthly income."))
        self.reset_button.setText(self.tr("&Back to the defaults"))
        self.reset_button.setToolTip(self.tr("Your data with the default assumptions of the rules "
                                             "(one step of Edit > Undo)."))



class JPEntry(Retranslatable, QGroupBox):
    """JP (Jaminan Pensiun) months typed by the member when no statement shows them.

    Emits ``changed(months)``: the Masa Iuran JP up to the balance date, or -1 for "no JP".
    """

    changed = Signal(int)

    MAX_MONTHS = 720

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.enabled = QCheckBox()
        self.months = SliderSpin(0, self.MAX_MONTHS, 1, 0, slider_max=360)
        self.months.setEnabled(False)
        self.note = QLabel()
        self.note.setWordWrap(True)
        form = QFormLayout(self)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.note)
        form.addRow(self.enabled)
        self.months_label = QLabel()
        self.months_label.setBuddy(self.months.slider)
        form.addRow(self.months_label, self.months)
        self.enabled.toggled.connect(self._toggled)
        self.months.changed.connect(lambda _v, _g: self._emit())
        self.retranslate_ui()

    def value(self) -> int | None:
        return int(round(self.months.value())) if self.enabled.isChecked() else None

    def set_maximum(self, months: int) -> None:
        """No more months than JP has existed at the saldo date (Workspace.jp_months_possible)."""
        self.months.spin.setMaximum(months)
        self.months.set_slider_range(0, months)

    def set_value(self, months: int | None) -> None:
        """Show `months` (None: no JP) without emitting."""
        for w in (self.enabled,):
            w.blockSignals(True)
        self.enabled.setChecked(months is not None)
        self.enabled.blockSignals(False)
        self.months.set_value(months or 0)
        self.months.setEnabled(months is not None)

    def _toggled(self, on: bool) -> None:
        self.months.setEnabled(on)
        self._emit()

    def _emit(self) -> None:
        v = self.value()
        self.changed.emit(-1 if v is None else v)

    def set_language(self, lang: str) -> None:
        self.months.set_locale_for(lang)

    def retranslate_ui(self) -> None:
        self.setTitle(self.tr("Jaminan Pensiun (JP)"))
        self.note.setText(self.tr("Your statements do not show JP months (Masa Iuran JP). If you are in JP, "
                                  "type them from JMO to see the JP pension."))
        self.enabled.setText(self.tr("I am in &JP"))
        self.months_label.setText(self.tr("JP &contribution months so far"))
        name_inputs([self.months_label])
        self.months.spin.setSuffix(self.tr(" months"))

