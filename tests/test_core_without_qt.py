"""models and planner must import, and the CLI must run, with PySide6 unavailable."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

BLOCK_QT = r"""
import importlib.abc, sys
class _NoQt(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path, target=None):
        if name.split('.')[0] in ('PySide6', 'shiboken6', 'PyQt5', 'PyQt6'):
            raise ImportError(f'{name} is blocked in this test')
        return None
sys.meta_path.insert(0, _NoQt())
"""


def _run(code: str) -> subprocess.CompletedProcess:
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    return subprocess.run([sys.executable, "-c", BLOCK_QT + code], capture_output=True, text=True, env=env, cwd=ROOT)


def test_models_and_planner_import_without_qt():
    proc = _run(
        "import pkgutil, importlib, models, planner\n"
        "for pkg in (models, planner):\n"
        "    for m in pkgutil.walk_packages(pkg.__path__, pkg.__name__ + '.'):\n"
        "        importlib.import_module(m.name)\n"
        "assert not any(k.startswith('PySide6') for k in sys.modules)\n"
        "print('ok')\n")
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip().endswith("ok")


def test_command_line_projects_without_qt():
    proc = _run(
        "from ui.launcher import main\n"
        "raise SystemExit(main(['project', '--balance', '38887665.97', '--as-of', '2024-12-31',"
        " '--birth-date', '1990-02-01', '--wage', '8100000', '--wage-growth', '0.05', '--return', '0.06',"
        " '--inflation', '0.025', '--json']))\n")
    assert proc.returncode == 0, proc.stderr
    assert round(json.loads(proc.stdout)["balance_at_claim"]["nominal"]) == 502_820_371
