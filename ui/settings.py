"""The window's settings, declared once with their defaults.

Stored as an INI file under :func:`planner.paths.config_dir` (so tests, which point
JHT_PLANNER_HOME at a temporary folder, never touch the member's real settings).

    s = Settings()
    s.language          # "id" (default) or "en"
    s.language = "en"   # written at once
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QByteArray, QSettings

from planner.paths import config_dir


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
}


def settings_path():
    return config_dir() / "settings.ini"


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

    def reset(self) -> None:
        self._qs.clear()
        self._qs.sync()
