"""An unexpected exception in the window: a dialog says what and where the log is; the window goes on."""
from __future__ import annotations

import logging
import threading

import pytest
from PySide6.QtCore import Qt, QThread
from PySide6.QtGui import QAction, QCursor
from PySide6.QtWidgets import QApplication

from planner.errors import UserError
from planner.logs import log_path
from ui import crash

NIK = "3171010102900001"  # the demo member's (fictional) NIK

pytestmark = pytest.mark.qt_no_exception_capture  # the hook under test replaces pytest-qt's


@pytest.fixture
def shown(monkeypatch):
    """Dialogs 'shown': exec is patched to record the dialog (and the thread) and return at once."""
    dialogs: list[tuple[crash.CrashDialog, bool]] = []

    def fake_exec(self):
        dialogs.append((self, QThread.currentThread() is QApplication.instance().thread()))
        self.deleteLater = lambda: None  # kept for the test to read (it goes with its parent)
        return 0

    monkeypatch.setattr(crash.CrashDialog, "exec", fake_exec)
    return dialogs


@pytest.fixture
def window(qtbot, qapp):
    from ui import i18n
    from ui.app import create_window
    from ui.worker import set_synchronous

    set_synchronous(True)
    i18n.install(qapp, "id")
    win = create_window()
    win.remember_geometry = False
    qtbot.addWidget(win)
    win.show()
    uninstall = crash.install(win)
    yield win
    uninstall()
    set_synchronous(False)
    i18n.install(qapp, "id")
    root = logging.getLogger()
    for h in list(root.handlers):
        if getattr(h, "_jht_planner", False):
            root.removeHandler(h)
            h.close()


def _action(win, slot) -> QAction:
    action = QAction("test", win)
    action.triggered.connect(slot)
    win.add_file_action(action)
    return action


def test_an_exception_in_a_slot_shows_the_dialog_and_the_window_goes_on(window, shown, qtbot):
    def broken():
        QApplication.setOverrideCursor(QCursor(Qt.CursorShape.WaitCursor))  # busy, as a long slot would be
        raise RuntimeError(f"cannot handle the card of NIK {NIK}")

    clicks = []
    _action(window, broken).trigger()
    qtbot.waitUntil(lambda: len(shown) == 1)
    dialog, in_gui_thread = shown[0]
    assert in_gui_thread
    assert dialog.windowTitle() == "Terjadi kesalahan"
    assert "RuntimeError" in dialog.text() and "cannot handle the card" in dialog.text()
    assert str(log_path()) in dialog.informativeText()
    assert "aman" in dialog.informativeText()  # stored data is safe
    assert NIK not in dialog.text() + dialog.informativeText() + dialog.detailedText()
    assert "Traceback" in dialog.detailedText()
    assert QApplication.overrideCursor() is None  # the busy cursor the slot left is gone
    # The window still answers: another action runs, the views switch, the data reloads.
    _action(window, lambda: clicks.append(1)).trigger()
    window.show_view("projection")
    window.reload()
    assert clicks == [1] and window.isVisible()
    # The traceback is in the log, redacted.
    for h in logging.getLogger().handlers:
        h.flush()
    text = log_path().read_text(encoding="utf-8")
    assert "RuntimeError" in text and "Traceback" in text and NIK not in text


def test_english_and_a_user_error_that_escaped_its_view(window, shown, qtbot, qapp):
    from ui import i18n

    i18n.install(qapp, "en")

    def refuse():
        raise UserError("example", "Contoh kalimat untuk anggota.", "An example sentence for the member.")

    _action(window, refuse).trigger()
    qtbot.waitUntil(lambda: len(shown) == 1)
    dialog, _ = shown[0]
    assert dialog.text() == "An example sentence for the member."
    assert dialog.windowTitle() == "There is a problem" and str(log_path()) in dialog.informativeText()


def test_an_exception_in_a_worker_thread_is_shown_from_the_gui_thread(window, shown, qtbot):
    def work():
        raise ValueError("in a worker")

    thread = threading.Thread(target=work)
    thread.start()
    thread.join()
    qtbot.waitUntil(lambda: len(shown) == 1)
    dialog, in_gui_thread = shown[0]
    assert in_gui_thread and "ValueError" in dialog.text()


def test_one_dialog_at_a_time_the_rest_only_logged(window, qtbot, monkeypatch):
    opened = []

    def exec_and_fail_again(self):
        opened.append(self)
        crash.report_exception(KeyError, KeyError("again"), None)  # while the first dialog is open
        QApplication.processEvents()
        return 0

    monkeypatch.setattr(crash.CrashDialog, "exec", exec_and_fail_again)
    crash.report_exception(RuntimeError, RuntimeError("first"), None)
    qtbot.waitUntil(lambda: len(opened) == 1)
    qtbot.wait(50)
    assert len(opened) == 1 and crash._state["reporter"].suppressed == 1


def test_the_dialog_texts_exist_in_both_languages():
    en = crash.dialog_texts(RuntimeError, RuntimeError("x"), "en")
    id_ = crash.dialog_texts(RuntimeError, RuntimeError("x"), "id")
    assert en["title"] != id_["title"] and en["informative"] != id_["informative"]
    assert str(log_path()) in en["informative"] and str(log_path()) in id_["informative"]


def test_the_window_start_installs_the_hook_and_the_log(qapp, monkeypatch):
    import argparse

    from ui import app as app_module

    monkeypatch.setattr(type(qapp), "exec", lambda self: 0)
    try:
        assert app_module.run_window(argparse.Namespace(demo=False, screenshot=None, lang="id")) == 0
        assert crash.installed()
        assert any(getattr(h, "_jht_planner", False) for h in logging.getLogger().handlers)
    finally:
        crash.uninstall()
        for w in QApplication.topLevelWidgets():
            w.close()
            w.deleteLater()
        root = logging.getLogger()
        for h in list(root.handlers):
            if getattr(h, "_jht_planner", False):
                root.removeHandler(h)
                h.close()
