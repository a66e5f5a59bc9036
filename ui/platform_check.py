"""Before the window starts on Linux: are the system libraries Qt's xcb plug-in needs there?

Without them Qt prints a hint that blames the wrong package ("xcb-cursor0 is needed") and
aborts the process (status 134) from inside QApplication; nothing after that line runs.
So before creating the QApplication we ask ``ldd`` which libraries of the plug-in cannot be
found and turn them into one sentence naming the packages to install on Debian/Ubuntu and
on Fedora.

Imports no Qt at module level and needs no display: it reads only files and ``ldd``.
"""
from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

# shared-library name -> (Debian/Ubuntu package, Fedora package). Names checked against
# packages.debian.org (bookworm) and the Fedora package index; unknown names are shown as is.
PACKAGES = {
    "libxcb-cursor.so.0": ("libxcb-cursor0", "xcb-util-cursor"),
    "libxcb-icccm.so.4": ("libxcb-icccm4", "xcb-util-wm"),
    "libxcb-keysyms.so.1": ("libxcb-keysyms1", "xcb-util-keysyms"),
    "libxcb-image.so.0": ("libxcb-image0", "xcb-util-image"),
    "libxcb-render-util.so.0": ("libxcb-render-util0", "xcb-util-renderutil"),
    "libxcb-util.so.1": ("libxcb-util1", "xcb-util"),
    "libxcb-randr.so.0": ("libxcb-randr0", "libxcb"),
    "libxcb-render.so.0": ("libxcb-render0", "libxcb"),
    "libxcb-shape.so.0": ("libxcb-shape0", "libxcb"),
    "libxcb-shm.so.0": ("libxcb-shm0", "libxcb"),
    "libxcb-sync.so.1": ("libxcb-sync1", "libxcb"),
    "libxcb-xfixes.so.0": ("libxcb-xfixes0", "libxcb"),
    "libxcb-xkb.so.1": ("libxcb-xkb1", "libxcb"),
    "libxcb-xinerama.so.0": ("libxcb-xinerama0", "libxcb"),
    "libxcb-xinput.so.0": ("libxcb-xinput0", "libxcb"),
    "libxcb.so.1": ("libxcb1", "libxcb"),
    "libX11-xcb.so.1": ("libx11-xcb1", "libX11-xcb"),
    "libX11.so.6": ("libx11-6", "libX11"),
    "libxkbcommon-x11.so.0": ("libxkbcommon-x11-0", "libxkbcommon-x11"),
    "libxkbcommon.so.0": ("libxkbcommon0", "libxkbcommon"),
    "libEGL.so.1": ("libegl1", "libglvnd-egl"),
    "libGL.so.1": ("libgl1", "libglvnd-glx"),
    "libGLX.so.0": ("libglx0", "libglvnd-glx"),
    "libOpenGL.so.0": ("libopengl0", "libglvnd-opengl"),
    "libfontconfig.so.1": ("libfontconfig1", "fontconfig"),
    "libfreetype.so.6": ("libfreetype6", "freetype"),
    "libdbus-1.so.3": ("libdbus-1-3", "dbus-libs"),
    "libglib-2.0.so.0": ("libglib2.0-0", "glib2"),
    "libgthread-2.0.so.0": ("libglib2.0-0", "glib2"),
}

_NOT_FOUND = re.compile(r"^\s*(\S+)\s+=>\s+not found", re.MULTILINE)


@dataclass(frozen=True)
class MissingLibraries:
    """Shared libraries the platform plug-in needs and the packages that bring them."""
    libraries: tuple[str, ...]
    debian: tuple[str, ...]
    fedora: tuple[str, ...]


def uses_xcb(environ: dict[str, str] | os._Environ = os.environ, platform: str = sys.platform) -> bool:
    """Will Qt load its xcb plug-in? (Linux, no other platform asked for, no Wayland session.)"""
    if not platform.startswith("linux"):
        return False
    asked = environ.get("QT_QPA_PLATFORM", "")
    if asked:
        return asked.split(";")[0].split(":")[0] == "xcb"
    return not environ.get("WAYLAND_DISPLAY")


def xcb_plugin() -> Path | None:
    """The xcb plug-in of the PySide6 in use, or None if it has none."""
    # Imported here: only QLibraryInfo is needed, and only on Linux (no QApplication yet).
    from PySide6.QtCore import QLibraryInfo

    plugin = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.PluginsPath)) / "platforms" / "libqxcb.so"
    return plugin if plugin.is_file() else None


def not_found(ldd_output: str) -> tuple[str, ...]:
    """The library names ``ldd`` reports as "not found", each once, in its order."""
    return tuple(dict.fromkeys(_NOT_FOUND.findall(ldd_output)))


def packages_for(libraries: tuple[str, ...]) -> MissingLibraries:
    debian = tuple(dict.fromkeys(PACKAGES.get(lib, (lib, lib))[0] for lib in libraries))
    fedora = tuple(dict.fromkeys(PACKAGES.get(lib, (lib, lib))[1] for lib in libraries))
    return MissingLibraries(libraries, debian, fedora)


def missing_libraries(plugin: Path | None = None) -> MissingLibraries | None:
    """What the xcb plug-in cannot find, or None when nothing is missing or it cannot be told
    (no ldd, no plug-in, ldd failed): then Qt's own start-up goes ahead unchanged."""
    plugin = plugin or xcb_plugin()
    ldd = shutil.which("ldd")
    if plugin is None or ldd is None:
        return None
    try:
        out = subprocess.run([ldd, str(plugin)], capture_output=True, text=True, timeout=20).stdout
    except (OSError, subprocess.SubprocessError):
        return None
    libraries = not_found(out)
    return packages_for(libraries) if libraries else None


def check() -> MissingLibraries | None:
    """The libraries missing for the window to start here, or None."""
    if not uses_xcb():
        return None
    return missing_libraries()
