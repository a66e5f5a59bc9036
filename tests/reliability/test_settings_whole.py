"""The window's settings are written whole or not at all: Qt's QSettings writes the INI file
through QSaveFile (a temporary file renamed over the old one), so planner.fileio is not needed
there. Checked here with a real write failure: a child process whose file-size limit is smaller
than the new settings (the kernel refuses the write, as a full disk does)."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
pytest.importorskip("PySide6")

WRITE = """
import resource, signal, sys
from ui.settings import Settings
s = Settings()
if sys.argv[1] == "limit":
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    resource.setrlimit(resource.RLIMIT_FSIZE, (4096, 4096))
    s.last_folder = "/y" * 5000
    print(s._qs.status().name)
else:
    s.language = "en"
    s.last_folder = "/x"
"""


@pytest.mark.skipif(os.name != "posix", reason="RLIMIT_FSIZE is POSIX")
def test_a_failed_settings_write_keeps_the_earlier_settings(planner_home):
    env = dict(os.environ, PYTHONPATH=str(ROOT), QT_QPA_PLATFORM="offscreen", JHT_PLANNER_HOME=str(planner_home))
    subprocess.run([sys.executable, "-c", WRITE, "first"], env=env, check=True, cwd=ROOT)
    path = planner_home / "config" / "settings.ini"
    before = path.read_bytes()
    assert b"language=en" in before
    done = subprocess.run([sys.executable, "-c", WRITE, "limit"], env=env, cwd=ROOT, capture_output=True, text=True)
    assert done.returncode == 0 and done.stdout.strip() == "AccessError", done.stderr
    assert path.read_bytes() == before
    assert sorted(p.name for p in path.parent.iterdir()) == ["settings.ini"]
