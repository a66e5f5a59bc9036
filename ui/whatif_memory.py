"""What-if settings kept per profile from one start to the next (issue 15, item 5).

Installed by ui.settings.install (``window.whatif_memory``). What is kept, as one JSON object
under ``whatif/<profile>`` (ui.settings.Settings.whatif_state):

``data``
    The baseline the settings were made on (balance, its date, birth date, wage, segment, as
    planner.workspace made it from the profile's data).
``whatif``
    The member's changes to the assumptions: each field of models.Assumptions in
    :data:`WHATIF_FIELDS` whose value differs from the baseline's (return, wage growth,
    inflation, wage, stop and claim age, career break, wage change).
``jp_months``
    JP months typed in the what-if panel (only used while the statements show none).
``uncertainty``
    The uncertainty panel's settings (ui.uncertainty.UncertaintyPanel.state): the fan, the
    spreads, the target, the seed and the paths.

When: a change (a slider, a typed value, Undo, a scenario loaded, the uncertainty panel) is
noted at once and written :data:`SAVE_DELAY_MS` later (a drag writes once), and at the latest
when the window closes or other data is shown. A window that remembers nothing
(``window.remember_geometry`` False: screenshots, tests) writes nothing. The demo is never
remembered: its settings would otherwise overwrite the member's own.

Back: whenever a profile's data is shown (``window.data_changed``: the start, a switch of
profile, the way back from the demo), its settings are handed to the projection view, which
projects them through the workspace as any edit is (:meth:`ProjectionView.restore_assumptions`;
not an undo step). Whatever no longer fits is left out without a word: unreadable JSON, a value
of the wrong type or outside the range its slider or box offers, a date before the balance
date, assumptions the workspace refuses; and the what-if part and the JP months altogether when
the profile's data changed since (another balance, date or wage: the window starts over from
the new baseline, as it does after an import).
"""
from __future__ import annotations

import datetime as dt
import logging
import math
from dataclasses import fields, replace
from typing import Any

from PySide6.QtCore import QEvent, QObject, QTimer

from models import Assumptions, CareerBreak, Segment, WageChange
from planner import paths
from planner.projection import AGE_BOUNDS, MAX_WAGE
from ui.whatif import BREAK_MAX_MONTHS, GROWTH_RANGE, INFLATION_RANGE, RETURN_RANGE

log = logging.getLogger(__name__)

SAVE_DELAY_MS = 400  # a change is written this long after the last one (a drag: once)
VERSION = 1
# The assumptions the member sets in the window (the others are the data: balance, dates, wage...).
WHATIF_FIELDS = ("wage_growth", "annual_return", "inflation", "wage", "claim_age", "stop_age",
                 "career_break", "wage_change")
RATE_RANGES = {"wage_growth": GROWTH_RANGE, "annual_return": RETURN_RANGE, "inflation": INFLATION_RANGE}


# ------------------------------------------------------------------------------ to and from JSON
def _value_to_json(value: Any) -> Any:
    if isinstance(value, CareerBreak):
        return {"start": value.start.isoformat(), "months": value.months}
    if isinstance(value, WageChange):
        return {"on": value.on.isoformat(), "wage": value.wage}
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, Segment):
        return value.value
    return value


def data_key(baseline: Assumptions) -> dict:
    """The baseline as JSON: what the remembered settings were made on."""
    return {f.name: _value_to_json(getattr(baseline, f.name)) for f in fields(Assumptions)}


def whatif_changes(given: Assumptions, baseline: Assumptions) -> dict:
    """The member's changes: each what-if field whose value differs from the baseline's, as JSON."""
    return {name: _value_to_json(getattr(given, name)) for name in WHATIF_FIELDS
            if getattr(given, name) != getattr(baseline, name)}


def _number(value: Any, lo: float, hi: float) -> float | None:
    """`value` when it is a finite number within [lo, hi]; else None."""
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return None
    value = float(value)
    return value if math.isfinite(value) and lo <= value <= hi else None


def _whole(value: Any, lo: int, hi: int) -> int | None:
    number = _number(value, lo, hi)
    return int(number) if number is not None and number == int(number) else None


def _date(value: Any) -> dt.date | None:
    try:
        return dt.date.fromisoformat(value) if isinstance(value, str) else None
    except ValueError:
        return None


def _field_from_json(name: str, value: Any, baseline: Assumptions) -> tuple[bool, Any]:
    """(True, the value) when the remembered `value` of field `name` fits what the what-if panel
    offers on this baseline; (False, None) otherwise."""
    if name in RATE_RANGES:
        if value is None:  # the rules' default (a scenario may leave it so)
            return True, None
        lo, hi = RATE_RANGES[name]
        rate = _number(value, lo / 100.0, hi / 100.0)
        return rate is not None, rate
    if name == "wage":
        wage = _number(value, 0.0, MAX_WAGE)
        return wage is not None, wage
    if name in ("claim_age", "stop_age"):
        if value is None:
            return True, None
        age = _whole(value, *AGE_BOUNDS)
        return age is not None, age
    if name == "career_break":
        if value is None:
            return True, None
        if not isinstance(value, dict):
            return False, None
        start, months = _date(value.get("start")), _whole(value.get("months"), 1, BREAK_MAX_MONTHS)
        ok = start is not None and months is not None and start > baseline.as_of
        return ok, CareerBreak(start.replace(day=1), months) if ok else None
    if name == "wage_change":
        if value is None:
            return True, None
        if not isinstance(value, dict):
            return False, None
        on, wage = _date(value.get("on")), _number(value.get("wage"), 0.0, MAX_WAGE)
        ok = on is not None and wage is not None and on > baseline.as_of
        return ok, WageChange(on, wage) if ok else None
    return False, None


def remembered_assumptions(state: dict, baseline: Assumptions) -> Assumptions | None:
    """The baseline with the remembered what-if changes that still fit on top; None when there is
    nothing to restore (none remembered, none that fits, or the data changed since)."""
    if state.get("data") != data_key(baseline):
        return None
    changes = state.get("whatif")
    if not isinstance(changes, dict):
        return None
    kept = {}
    for name, value in changes.items():
        if name not in WHATIF_FIELDS:
            continue
        ok, parsed = _field_from_json(name, value, baseline)
        if ok:
            kept[name] = parsed
        else:
            log.info("a remembered what-if value no longer fits (%s); left out", name)
    return replace(baseline, **kept) if kept else None


def remembered_jp_months(state: dict, baseline: Assumptions, most: int) -> int | None:
    """The JP months typed, if remembered for this baseline and within 0..`most`."""
    if state.get("data") != data_key(baseline):
        return None
    return _whole(state.get("jp_months"), 0, most)


# ------------------------------------------------------------------------------ the window's side
class WhatIfMemory(QObject):
    """Notes the what-if settings of the profile shown, writes them, and restores them."""

    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.view = window.projection_view
        self.profile: str | None = None  # the profile whose data is shown; None: nothing remembered (demo)
        self.baseline: Assumptions | None = None  # the baseline the shown settings rest on
        self._pending: tuple[str, dict] | None = None  # (profile, state) noted, not yet written
        self._restoring = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SAVE_DELAY_MS)
        self._timer.timeout.connect(self.flush)
        self.view.assumptions_changed.connect(lambda _a: self.note())
        self.view.uncertainty.changed.connect(self.note)
        self.view.jp_entry.changed.connect(lambda _m: self.note())
        window.data_changed.connect(self.data_shown)
        window.installEventFilter(self)

    # ------------------------------------------------------------------ writing
    def state(self) -> dict | None:
        """What the window shows now, as it would be written; None when it rests on no baseline
        of the data shown (a reload under way, a quick entry not saved, no projection)."""
        given = self.view.state.given
        if self.baseline is None or given is None or self.window.baseline is not self.baseline:
            return None
        return {"version": VERSION, "data": data_key(self.baseline),
                "whatif": whatif_changes(given, self.baseline),
                "jp_months": self.view.state.choices.jp_months,
                "uncertainty": self.view.uncertainty.state()}

    def note(self) -> None:
        """Something the member sets changed: keep it for the profile shown, written shortly."""
        if self._restoring or self.profile is None or not self.window.remember_geometry:
            return
        state = self.state()
        if state is None:
            return
        self._pending = (self.profile, state)
        self._timer.start()

    def flush(self) -> None:
        """Write what was noted (now)."""
        self._timer.stop()
        pending, self._pending = self._pending, None
        if pending is not None:
            self.window.settings.set_whatif_state(*pending)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt's name
        if watched is self.window and event.type() == QEvent.Type.Close:
            self.flush()
        return False

    # ------------------------------------------------------------------ restoring
    def data_shown(self) -> None:
        """Other data (or the same, read again) is shown: the earlier profile's settings are
        written, then the settings of this one restored."""
        self.flush()
        window = self.window
        demo = window.is_demo or window.data_source is None
        self.profile = None if demo else (paths.profile_in_use() or "default")
        self.baseline = window.baseline
        if self.profile is None or self.baseline is None or self.view.state.given is None:
            return
        state = window.settings.whatif_state(self.profile)
        if not state:
            return
        self._restoring = True
        try:
            self.restore(state, self.baseline)
        except Exception:  # noqa: BLE001 - a remembered setting is never worth an error
            log.warning("remembered what-if settings could not be restored; the defaults are shown", exc_info=True)
        finally:
            self._restoring = False

    def restore(self, state: dict, baseline: Assumptions) -> None:
        view = self.view
        uncertainty = state.get("uncertainty")
        if isinstance(uncertainty, dict):
            view.uncertainty.set_state(uncertainty)
        if not view.workspace.has_jp_data:  # the JP months typed count only then (the entry shows)
            months = remembered_jp_months(state, baseline, view.workspace.jp_months_possible(baseline))
            if months is not None:
                view.set_jp_months(months)
        given = remembered_assumptions(state, baseline)
        if given is not None and not view.restore_assumptions(given):
            log.info("remembered what-if assumptions refused by the workspace; the defaults are shown")
