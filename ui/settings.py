"""The window's settings, declared once with their defaults.

Stored as an INI file under :func:`planner.paths.config_dir` (so tests, which point
JHT_PLANNER_HOME at a temporary folder, never touch the member's real settings).

    s = Settings()
    s.language          # "id" (default) or "en"
    s.language = "en"   # written at once
    s.whatif_state("default")            # the what-if panel's state remembered for a profile
    s.set_whatif_state("default", {...}) # (a JSON-able dict; the what-if panel decides its keys)
    s.open_view()                        # the view open at the last close, for the profile in use

``install(window)`` (a plug-in of the main window) remembers the open view when the window
closes; ``ui.app`` opens it again at the next start (unless --view says otherwise). It also
installs ui.whatif_memory, which keeps the what-if and uncertainty settings per profile and
restores them when that profile's data is shown again.
"""
from __future__ import annotations

import json
import logging
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QByteArray, QEvent, QObject, QSettings

from planner import paths



@dataclass(frozen=True)
class Key:
    name: str
    default: Any
    type: type
    choices: tuple = ()


# Every setting the window remembers, in one place.
KEYS = {
    "language": Key("ui/language", "id", str, ("id", "en")),
    "geometry": Key("window/geometry", QByteArray(), QByteArray),
    "window_state": Key("window/state", QByteArray(), QByteArray),
    "last_folder": Key("files/last_folder", "", str),
    "real": Key("view/real", False, bool),  # True: amounts in today's rupiah
    # The scenario panel open under the projection; until the member chooses, it opens where the
    # window is high enough (ui.scenarios).
    "scenarios_shown": Key("view/scenarios", True, bool),
}
WHATIF_GROUP = "whatif"  # whatif/<profile> = JSON of the what-if panel's state
OPEN_VIEW_GROUP = "open_view"  # open_view/<profile> = the view open when the window last closed

log = logging.getLogger(__name__)


def settings_path():
    return paths.config_dir() / "settings.ini"


class Settings:
    """Typed access to :data:`KEYS`; a value of the wrong type or choice reads as the default."""

    def __init__(self) -> None:
        object.__setattr__(self, "_qs", QSettings(str(settings_path()), QSettings.Format.IniFormat))

    def __getattr__(self, attr: str) -> Any:
        try:
            key = KEYS[attr]
        except KeyError:
            raise AttributeError(attr) from None
        raw = self._qs.value(key.name, key.default)
        if key.type is bool:
            if isinstance(raw, str):
                return raw.lower() in ("true", "1", "yes")
            return bool(raw)
        if key.type is QByteArray:
            return raw if isinstance(raw, QByteArray) else key.default
        if not isinstance(raw, key.type):
            return key.default
        if key.choices and raw not in key.choices:
            return key.default
        return raw

    def __setattr__(self, attr: str, value: Any) -> None:
        try:
            key = KEYS[attr]
        except KeyError:
            raise AttributeError(attr) from None
        if key.choices and value not in key.choices:
            raise ValueError(f"{attr} must be one of {key.choices}")
        self._qs.setValue(key.name, value)
        self._qs.sync()

    def is_set(self, attr: str) -> bool:
        """Whether `attr` was ever written (False: it reads as its default, no choice made yet)."""
        return self._qs.contains(KEYS[attr].name)

    def whatif_state(self, profile: str = "default") -> dict:
        """The what-if state remembered for `profile`; {} when none or unreadable."""
        raw = self._qs.value(f"{WHATIF_GROUP}/{_profile_key(profile)}", "")
        try:
            state = json.loads(raw) if isinstance(raw, str) and raw else {}
        except ValueError:
            log.warning("unreadable what-if settings for a profile; starting from the defaults")
            return {}
        return state if isinstance(state, dict) else {}

    def set_whatif_state(self, profile: str, state: dict) -> None:
        self._qs.setValue(f"{WHATIF_GROUP}/{_profile_key(profile)}", json.dumps(state, sort_keys=True))
        self._qs.sync()

    def open_view(self, profile: str | None = None) -> str:
        """The view open when the window of `profile` (None: the one in use) last closed."""
        raw = self._qs.value(f"{OPEN_VIEW_GROUP}/{_profile_key(_in_use(profile))}", "")
        return raw if isinstance(raw, str) else ""

    def set_open_view(self, key: str, profile: str | None = None) -> None:
        self._qs.setValue(f"{OPEN_VIEW_GROUP}/{_profile_key(_in_use(profile))}", key)
        self._qs.sync()

    def rename_profile(self, old: str, new: str) -> None:
        """A profile renamed: what is remembered for it (what-if settings, open view) goes along."""
        for group in (WHATIF_GROUP, OPEN_VIEW_GROUP):
            old_key, new_key = f"{group}/{_profile_key(old)}", f"{group}/{_profile_key(new)}"
            if old_key != new_key and self._qs.contains(old_key):
                self._qs.setValue(new_key, self._qs.value(old_key))
                self._qs.remove(old_key)
        self._qs.sync()

    def forget_profile(self, profile: str) -> None:
        """A profile deleted: nothing is kept for it (a new profile of the same name starts afresh)."""
        for group in (WHATIF_GROUP, OPEN_VIEW_GROUP):
            self._qs.remove(f"{group}/{_profile_key(profile)}")
        self._qs.sync()

    def reset(self) -> None:
        self._qs.clear()
        self._qs.sync()


def _in_use(profile: str | None) -> str:
    return profile if profile is not None else (paths.profile_in_use() or "default")


def _profile_key(profile: str) -> str:
    """A profile name as an INI key (no "/" or "\\", which QSettings reads as groups)."""
    return "".join(c if c.isalnum() or c in "-_." else "_" for c in profile) or "default"


class _RememberView(QObject):
    """Stores the open view's key when the window closes (an event filter: no hook in closeEvent)."""

    def __init__(self, window):
        super().__init__(window)
        self.window = window
        window.installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt's name
        if watched is self.window and event.type() == QEvent.Type.Close and self.window.remember_geometry:
            key = current_view_key(self.window)
            if key:
                self.window.settings.set_open_view(key)
        return False


def current_view_key(window) -> str:
    """The key of the view in front ("" on the welcome and loading pages)."""
    if window.stack.currentWidget() is not window.tabs:
        return ""
    current = window.tabs.currentWidget()
    return next((key for key, widget, _title in window._views if widget is current), "")


def install(window) -> None:
    """Remember the open view and, per profile, the what-if settings (``window.whatif_memory``)."""
    _RememberView(window)
    # Imported here, not at the top: ui.app imports this module at start-up, before it builds
    # the window; the what-if memory brings numpy (through ui.whatif), loaded with the window.
    from ui.whatif_memory import WhatIfMemory

    window.whatif_memory = WhatIfMemory(window)
