"""Where the planner keeps the member's data: platformdirs folders, or JHT_PLANNER_HOME.

With JHT_PLANNER_HOME set (tests always set it), everything lives below that one folder:
``data/`` (the databases), ``config/`` (settings), ``logs/``. Folders are created readable by
the member only on POSIX.

Each profile (one person, see planner.profiles) is its own database under the data folder:
the default profile is ``data/jht-planner.sqlite3`` (where the only database always was, so
existing data is the default profile untouched), others are ``data/profiles/NAME.sqlite3``.
:func:`database_path` is the database of the profile in use (:func:`use_profile`).
"""
from __future__ import annotations

import errno
import os
from pathlib import Path

import platformdirs

from planner.errors import UserError
from planner.texts import both

APP_NAME = "jht-planner"
ENV_HOME = "JHT_PLANNER_HOME"
DATABASE_NAME = "jht-planner.sqlite3"
PROFILES_FOLDER = "profiles"

#: The profile this process works on; None: the default profile.
_PROFILE: list[str | None] = [None]


class FolderUnusable(UserError):
    """A data, settings or log folder that cannot be made or used: one sentence naming it."""

    def __init__(self, reason: str, path: Path, detail: str = ""):
        super().__init__(f"folder_{reason}", *both(f"folder.{reason}", path=path, detail=detail))
        self.reason, self.path = reason, path


_REASONS = {errno.EACCES: "no_permission", errno.EPERM: "no_permission", errno.EROFS: "read_only",
            errno.ENOSPC: "disk_full", errno.EDQUOT: "disk_full"}


def folder_error(path: Path, exc: OSError) -> FolderUnusable:
    """What a failure to make or use `path` means for the member (a file in the way, a read-only disk …)."""
    blocker = next((p for p in (path, *path.parents) if p.exists() and not p.is_dir()), None)
    if blocker is not None or isinstance(exc, (FileExistsError, NotADirectoryError)):
        return FolderUnusable("is_file", blocker or path)
    reason = _REASONS.get(exc.errno or 0)
    if reason is None:
        return FolderUnusable("other", path, exc.strerror or type(exc).__name__)
    return FolderUnusable(reason, path)


def _ensure(path: Path) -> Path:
    try:
        path.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise folder_error(path, exc) from None
    if not path.is_dir():
        raise folder_error(path, NotADirectoryError(errno.ENOTDIR, "not a folder"))
    if os.name == "posix":
        try:
            path.chmod(0o700)
        except OSError:
            pass
    return path


def home_override() -> Path | None:
    value = os.environ.get(ENV_HOME)
    return Path(value).expanduser() if value else None


def data_root() -> Path:
    """Where the data folder is, without making it (reading what is there makes nothing)."""
    home = home_override()
    return home / "data" if home else Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def data_dir() -> Path:
    """The data folder, made if needed (raises FolderUnusable)."""
    return _ensure(data_root())


def config_dir() -> Path:
    home = home_override()
    return _ensure(home / "config" if home else Path(platformdirs.user_config_dir(APP_NAME, appauthor=False)))


def log_dir() -> Path:
    home = home_override()
    return _ensure(home / "logs" if home else Path(platformdirs.user_log_dir(APP_NAME, appauthor=False)))


def check_folders() -> None:
    """Make sure the data, settings and log folders can be made (raises FolderUnusable)."""
    data_dir()
    config_dir()
    log_dir()


def use_profile(name: str | None) -> None:
    """Work on the profile `name` (None: the default one) from now on in this process."""
    _PROFILE[0] = name


def profile_in_use() -> str | None:
    return _PROFILE[0]


def profile_database(name: str | None) -> Path:
    """The database file of profile `name` (None: the default profile); the name is checked by planner.profiles."""
    if name is None:
        return data_root() / DATABASE_NAME
    return data_root() / PROFILES_FOLDER / f"{name}.sqlite3"


def database_path() -> Path:
    """The database of the profile in use; its folder is made (raises FolderUnusable if it cannot be)."""
    path = profile_database(_PROFILE[0])
    _ensure(path.parent)
    return path
