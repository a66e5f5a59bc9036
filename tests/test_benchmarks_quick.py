"""The benchmark suite still runs (quick mode) and reports every figure. No timing is asserted:
speed is measured by `python -m benchmarks`, not by tests."""
from __future__ import annotations

import json
import math
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_quick_mode_reports_every_figure(tmp_path):
    from benchmarks.run import FIGURE_NAMES, FIGURES

    out = tmp_path / "quick.json"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", JHT_PLANNER_HOME=str(tmp_path / "home"))
    proc = subprocess.run([sys.executable, "-m", "benchmarks", "--quick", "--json", str(out)], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=180)
    assert proc.returncode == 0, proc.stdout[-2000:] + proc.stderr[-2000:]
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["mode"] == "quick" and not data["errors"]
    assert set(FIGURE_NAMES) <= set(data["figures"])
    for name in FIGURE_NAMES:
        value = data["figures"][name]
        assert isinstance(value, (int, float)) and math.isfinite(value) and value > 0, (name, value)
    for name, _unit, target, _what in FIGURES:
        verdict = data["targets"][name]
        assert verdict["status"] == (None if target is None else ("PASS" if verdict["value"] <= target else "MISS"))
    machine = data["machine"]
    assert machine["cores"] and machine["python"] and machine["Qt"]
    assert len(data["load_start"]) == 3
    # The table names each figure with its verdict.
    for name, _unit, target, _what in FIGURES:
        line = next(line for line in proc.stdout.splitlines() if line.startswith(name + " "))
        if target is not None:
            assert ("PASS" in line) != ("MISS" in line)
