"""Profiles: one person per database, several people on one computer.

A member who also looks after a spouse's or a parent's JHT keeps each person in a profile of
their own: its own database file under the data folder (planner.paths.profile_database). The
default profile is the database that was always there, so existing data becomes the default
profile untouched; it is called "utama" ("main" in English) and is neither renamed nor deleted.

Which profile the window had open last is remembered in ``data/current-profile``; the command
line uses it too unless ``--profile NAME`` says otherwise.
"""
from __future__ import annotations

import os
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from planner.errors import UserError
from planner.fileio import write_text
from planner.paths import PROFILES_FOLDER, data_dir, data_root, profile_database, profile_in_use, use_profile
from planner.texts import LANGS, both, tr

__all__ = ["Profile", "ProfileError", "profiles", "find", "create", "rename", "delete", "current",
           "remember", "select", "MAX_NAME"]

MAX_NAME = 40
CURRENT_FILE = "current-profile"
#: Letters of any script, digits, spaces, dots, - and _; not starting with a dot or a space.
_NAME = re.compile(r"[^\W_][\w .\-]*", re.UNICODE)


class ProfileError(UserError):
    def __init__(self, code: str, key: str, /, **values: object):
        super().__init__(code, *both(key, **values))


@dataclass(frozen=True)
class Profile:
    """One person's database. `name` is None for the default profile."""

    name: str | None
    path: Path

    @property
    def is_default(self) -> bool:
        return self.name is None

    def title(self, lang: str = "id") -> str:
        """The name to show (the default profile's name in the member's language)."""
        return self.name if self.name is not None else tr("profiles.default_name", lang)


def _default() -> Profile:
    return Profile(None, profile_database(None))


#: Names Windows keeps for devices: no file may be called so, whatever its extension.
_DEVICE_NAMES = {"CON", "PRN", "AUX", "NUL", *(f"COM{i}" for i in range(1, 10)), *(f"LPT{i}" for i in range(1, 10))}


def _check_name(name: str) -> str:
    clean = unicodedata.normalize("NFC", name.strip())
    if (not clean or len(clean) > MAX_NAME or not _NAME.fullmatch(clean) or clean.endswith(".")
            or _is_default_name(clean) or clean.split(".")[0].upper() in _DEVICE_NAMES):
        raise ProfileError("profile_bad_name", "profiles.bad_name", name=name.strip()[:MAX_NAME])
    return clean


def _is_default_name(name: str) -> bool:
    return name.casefold() in {tr("profiles.default_name", lang).casefold() for lang in LANGS}


def profiles() -> list[Profile]:
    """The default profile first, then the others by name."""
    folder = data_root() / PROFILES_FOLDER
    others = sorted((p for p in folder.glob("*.sqlite3") if p.is_file()), key=lambda p: p.stem.casefold()) \
        if folder.is_dir() else []
    return [_default()] + [Profile(p.stem, p) for p in others]


def find(name: str | None) -> Profile:
    """The profile called `name` (case does not matter; "utama"/"main" or None: the default)."""
    if name is None or _is_default_name(name.strip()):
        return _default()
    every = profiles()
    for p in every[1:]:
        if p.name is not None and p.name.casefold() == name.strip().casefold():
            return p
    names = ", ".join(p.title() for p in every)
    raise ProfileError("profile_unknown", "profiles.unknown", name=name, names=names)


def create(name: str) -> Profile:
    """A new, empty profile (its database is created when first opened)."""
    clean = _check_name(name)
    if any(p.name is not None and p.name.casefold() == clean.casefold() for p in profiles()):
        raise ProfileError("profile_taken", "profiles.taken", name=clean)
    path = profile_database(clean)
    path.parent.mkdir(parents=True, exist_ok=True)
    if os.name == "posix":
        path.parent.chmod(0o700)
    fd = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)  # an empty file is a new database
    os.close(fd)
    return Profile(clean, path)


def rename(old: str, new: str) -> Profile:
    """Give a profile another name; its database file is renamed with its journal."""
    profile = find(old)
    if profile.is_default:
        raise ProfileError("profile_default_fixed", "profiles.default_fixed")
    clean = _check_name(new)
    if clean.casefold() != (profile.name or "").casefold() and \
            any(p.name is not None and p.name.casefold() == clean.casefold() for p in profiles()):
        raise ProfileError("profile_taken", "profiles.taken", name=clean)
    target = profile_database(clean)
    was_current = current().name == profile.name
    for suffix in ("", "-journal"):
        source = profile.path.with_name(profile.path.name + suffix)
        if source.exists():
            os.replace(source, target.with_name(target.name + suffix))
    if was_current:
        remember(clean)
    if profile_in_use() == profile.name:
        use_profile(clean)
    return Profile(clean, target)


def delete(name: str) -> None:
    """Delete a profile and its data (the window asks first). Not the default, not the one open."""
    profile = find(name)
    if profile.is_default:
        raise ProfileError("profile_default_fixed", "profiles.default_fixed")
    if profile_in_use() == profile.name:
        raise ProfileError("profile_in_use", "profiles.in_use", name=profile.name)
    for suffix in ("-journal", ""):
        target = profile.path.with_name(profile.path.name + suffix)
        if target.exists():
            target.unlink()
    if current().name == profile.name:
        remember(None)


def current() -> Profile:
    """The profile opened last in the window (the default one if none was chosen or it is gone)."""
    try:
        name = (data_root() / CURRENT_FILE).read_text(encoding="utf-8").strip()
    except (OSError, UnicodeDecodeError):
        return _default()
    try:
        return find(name or None)
    except ProfileError:
        return _default()


def remember(name: str | None) -> None:
    """Open profile `name` next time (the window calls this when the member switches)."""
    write_text(data_dir() / CURRENT_FILE, name or "")


def select(name: str | None) -> Profile:
    """Work on `name` (None: the current profile) from now on; raises ProfileError for an unknown name."""
    profile = find(name) if name is not None else current()
    use_profile(profile.name)
    return profile
