"""Linux start-up without Qt's xcb libraries: one sentence naming the packages, not an abort."""
from __future__ import annotations

import os
import subprocess
import sys

import pytest

from ui import platform_check

# ldd's output on Debian 12 with libxcb-icccm4 and libxcb-keysyms1 missing (PySide6 6.11's
# libqxcb.so), shortened: each missing library appears twice, once per dependent.
LDD_MISSING = """\
\tlinux-vdso.so.1 (0x00007ffd)
\tlibQt6XcbQpa.so.6 => /venv/PySide6/Qt/lib/libQt6XcbQpa.so.6 (0x00007f)
\tlibxcb-icccm.so.4 => not found
\tlibxcb-keysyms.so.1 => not found
\tlibxcb-cursor.so.0 => /lib/x86_64-linux-gnu/libxcb-cursor.so.0 (0x00007f)
\tlibxcb-icccm.so.4 => not found
\tlibxcb-keysyms.so.1 => not found
\tlibweird.so.3 => not found
"""


def test_missing_libraries_are_named_once_each_with_their_packages():
    libs = platform_check.not_found(LDD_MISSING)
    assert libs == ("libxcb-icccm.so.4", "libxcb-keysyms.so.1", "libweird.so.3")
    found = platform_check.packages_for(libs)
    assert found.debian == ("libxcb-icccm4", "libxcb-keysyms1", "libweird.so.3")
    assert found.fedora == ("xcb-util-wm", "xcb-util-keysyms", "libweird.so.3")


def test_nothing_missing_is_none():
    assert platform_check.not_found("\tlibc.so.6 => /lib/libc.so.6 (0x1)\n") == ()


@pytest.mark.parametrize(("environ", "platform", "expected"), [
    ({}, "linux", True),
    ({"QT_QPA_PLATFORM": "offscreen"}, "linux", False),
    ({"QT_QPA_PLATFORM": "xcb"}, "linux", True),
    ({"QT_QPA_PLATFORM": "xcb:display=:1"}, "linux", True),
    ({"WAYLAND_DISPLAY": "wayland-0"}, "linux", False),
    ({}, "win32", False),
    ({}, "darwin", False),
])
def test_only_an_xcb_start_is_checked(environ, platform, expected):
    assert platform_check.uses_xcb(environ, platform) is expected


def test_the_installed_plugin_is_read_with_ldd():
    plugin = platform_check.xcb_plugin()
    if plugin is None or platform_check.shutil.which("ldd") is None:
        pytest.skip("no xcb plug-in or no ldd here")
    out = subprocess.run(["ldd", str(plugin)], capture_output=True, text=True).stdout
    missing = platform_check.missing_libraries(plugin)
    assert (missing is None) == ("not found" not in out)


def _fake_ldd(tmp_path, output: str):
    ldd = tmp_path / "ldd"
    ldd.write_text("#!/bin/sh\ncat <<'EOF'\n" + output + "EOF\n")
    ldd.chmod(0o755)
    return ldd


@pytest.mark.parametrize("lang", ["id", "en"])
def test_the_window_command_says_which_packages_and_exits_2(tmp_path, lang):
    if not sys.platform.startswith("linux"):
        pytest.skip("xcb is Linux only")
    _fake_ldd(tmp_path, LDD_MISSING)
    env = {**os.environ, "PATH": f"{tmp_path}:{os.environ['PATH']}"}
    env.pop("QT_QPA_PLATFORM", None)
    env.pop("WAYLAND_DISPLAY", None)
    env["DISPLAY"] = ":99"
    proc = subprocess.run([sys.executable, "-m", "ui.launcher", "--demo", "--lang", lang],
                          capture_output=True, text=True, env=env, timeout=120)
    assert proc.returncode == 2
    assert proc.stdout == ""
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in proc.stderr
    assert "apt install libxcb-icccm4 libxcb-keysyms1 libweird.so.3" in lines[0]
    assert "dnf install xcb-util-wm xcb-util-keysyms" in lines[0]
    assert ("Debian/Ubuntu" in lines[0]) and (("pasang" in lines[0]) == (lang == "id"))
