"""The window opens whatever the database holds (issue 14 item 2)."""
from __future__ import annotations

import pytest

from planner import paths
from planner.store import Store
from tests.planner.test_store_unusable import CASES, spoil


@pytest.fixture(autouse=True)
def default_profile(monkeypatch):
    monkeypatch.setattr(paths, "_PROFILE", [None])


@pytest.mark.parametrize("case", sorted(CASES))
def test_the_window_opens(case, make_window):
    spoil(case)
    w = make_window()
    assert isinstance(w.data_source, Store)
    w.reload()
