"""Fixtures for the window tests: a fresh window per test, synchronous background work."""
from __future__ import annotations

import datetime as dt

import pytest

from models import Assumptions


@pytest.fixture
def sync_worker():
    """ui.worker runs tasks at once on the test's thread."""
    from ui import worker

    worker.set_synchronous(True)
    yield
    worker.set_synchronous(False)


@pytest.fixture
def qapp_lang(qapp):
    """The application with Indonesian installed; restored to Indonesian afterwards."""
    from ui import i18n

    i18n.install(qapp, "id")
    yield qapp
    i18n.install(qapp, "id")


@pytest.fixture
def make_window(qtbot, qapp_lang, sync_worker):
    """make_window(demo=False, lang=None) -> a MainWindow on the (empty) test database."""
    from ui.app import create_window

    def make(**kwargs):
        window = create_window(**kwargs)
        window.remember_geometry = False
        qtbot.addWidget(window)
        return window

    return make


@pytest.fixture
def example_assumptions() -> Assumptions:
    """projection-method.md's worked example (fictional member)."""
    return Assumptions(balance=38_887_665.97, as_of=dt.date(2024, 12, 31), birth_date=dt.date(1990, 2, 1),
                       wage=8_100_000)


@pytest.fixture(autouse=True)
def _no_crash_hook_left_behind():
    """A test that starts the app (ui.app.run_window) installs ui.crash's hook for the life of
    the process; take it away after each test so the next one starts without it."""
    yield
    from ui import crash

    crash.uninstall()
