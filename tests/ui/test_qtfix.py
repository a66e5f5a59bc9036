"""PySide6 6.12.0 on Python 3.11 drops a reference to None/True/False on many calls: guarded."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

# Thousands of void calls and emits; without ui._qtfix this aborts (none_dealloc / bool_dealloc).
SCRIPT = r"""
import ui  # applies ui._qtfix
from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QApplication, QLabel
app = QApplication([])
class E(QObject):
    fired = Signal(object)
e = E(); got = []
e.fired.connect(got.append)
label = QLabel()
for i in range(20000):
    label.setText(str(i))
    e.fired.emit(i)
print(len(got))
"""


def test_many_qt_calls_do_not_abort_the_interpreter():
    import os

    env = dict(os.environ, PYTHONPATH=str(ROOT), QT_QPA_PLATFORM="offscreen")
    proc = subprocess.run([sys.executable, "-c", SCRIPT], capture_output=True, text=True, env=env, timeout=120)
    assert proc.returncode == 0, proc.stderr[-500:]
    assert proc.stdout.strip() == "20000"


def test_ui_package_applies_the_guard_on_old_pythons():
    import ui
    from ui import _qtfix

    assert _qtfix.APPLIED == (sys.version_info < (3, 12))
    if _qtfix.APPLIED:
        assert sys.getrefcount(None) > _qtfix.BOOST // 2
