"""Test set-up: no window system, no real user folders."""
from __future__ import annotations

import os

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("MPLBACKEND", "Agg")


@pytest.fixture(autouse=True)
def planner_home(tmp_path, monkeypatch):
    """Every test gets its own data folder: the real user folders are never touched."""
    home = tmp_path / "jht-home"
    monkeypatch.setenv("JHT_PLANNER_HOME", str(home))
    return home
