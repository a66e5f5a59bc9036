"""Where the planner keeps the member's data: platformdirs folders, or JHT_PLANNER_HOME.

With JHT_PLANNER_HOME set (tests always set it), everything lives below that one folder:
``data/`` (the database), ``config/`` (settings), ``logs/``. Folders are created readable by
the member only on POSIX.
"""
from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP_NAME = "jht-planner"
ENV_HOME = "JHT_PLANNER_HOME"


def _ensure(path: Path) -> Path:
    path.mkdir(parents=True, exist_ok=True)
    if os.name == "posix":
        try:
            path.chmod(0o700)
        except OSError:
            pass
    return path


def home_override() -> Path | None:
    value = os.environ.get(ENV_HOME)
    return Path(value).expanduser() if value else None


def data_dir() -> Path:
    home = home_override()
    return _ensure(home / "data" if home else Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)))


def config_dir() -> Path:
    home = home_override()
    return _ensure(home / "config" if home else Path(platformdirs.user_config_dir(APP_NAME, appauthor=False)))


def log_dir() -> Path:
    home = home_override()
    return _ensure(home / "logs" if home else Path(platformdirs.user_log_dir(APP_NAME, appauthor=False)))


def database_path() -> Path:
    return data_dir() / "jht-planner.sqlite3"
