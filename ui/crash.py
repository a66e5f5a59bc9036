"""An unexpected exception in the window: logged, told to the member in a dialog, and the window goes on.

    from ui import crash
    crash.install(window)    # once, after the main window exists (ui.app.run_window)

:func:`install` starts the rotating, redacting log (:func:`planner.logs.setup_logging`) if it
is not running yet, and replaces ``sys.excepthook`` and ``threading.excepthook``. PySide6
hands an exception raised in a slot or a virtual method to ``sys.excepthook`` and carries on,
so the window stays usable; the hook writes the traceback to the log (NIK and KPJ redacted
there, like every record) and shows :class:`CrashDialog`: what happened in one sentence, that
stored data is safe, and where the log file is. A :class:`planner.errors.UserError` that
escaped its view is shown as its own plain sentence instead.

The dialog is always shown from the GUI thread, after the failing slot has returned (a queued
signal), so an exception in a worker thread is reported the same way. While one dialog is
open, further exceptions are only logged. Nothing is ever sent anywhere.

The texts are chosen by :func:`ui.i18n.current_language` (Indonesian or English), the way
planner errors carry both languages.
"""
from __future__ import annotations

import logging
import sys
import threading
import traceback
from pathlib import Path
from types import TracebackType
from typing import Callable

from PySide6.QtCore import QObject, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from planner.errors import UserError
from planner.logs import log_path, redact, setup_logging
from ui import i18n

__all__ = ["install", "uninstall", "CrashDialog", "report_exception", "dialog_texts"]

log = logging.getLogger(__name__)

_TEXTS = {
    "id": {
        "title": "Terjadi kesalahan",
        "what": "Terjadi kesalahan yang tidak terduga: {what}.",
        "safe": "Jendela tetap bisa dipakai. Data yang sudah tersimpan aman: setiap impor disimpan utuh atau "
                "tidak sama sekali. Jika langkah terakhir Anda belum selesai, ulangi.",
        "log": "Rinciannya dicatat di berkas log (NIK dan KPJ disamarkan, tidak dikirim ke mana pun):\n{path}",
        "open": "Buka folder log",
        "problem": "Ada masalah",
    },
    "en": {
        "title": "Something went wrong",
        "what": "An unexpected error happened: {what}.",
        "safe": "The window can still be used. Stored data is safe: every import is stored whole or not at all. "
                "If your last step did not finish, do it again.",
        "log": "The details are in the log file (NIK and KPJ masked, never sent anywhere):\n{path}",
        "open": "Open log folder",
        "problem": "There is a problem",
    },
}


def _lang() -> str:
    lang = i18n.current_language()
    return lang if lang in _TEXTS else "id"


def _what(exc_type: type[BaseException], exc: BaseException | None) -> str:
    """One short, redacted line: the exception's type and the start of its message."""
    message = " ".join(str(exc).split()) if exc is not None else ""
    if len(message) > 160:
        message = message[:160] + "\u2026"
    return redact(f"{exc_type.__name__}: {message}" if message else exc_type.__name__)


def dialog_texts(exc_type: type[BaseException], exc: BaseException | None,
                 lang: str | None = None, path: Path | None = None) -> dict[str, str]:
    """title, text, informative and details of the dialog for this exception."""
    lang = lang or _lang()
    t = _TEXTS[lang]
    path = path or log_path()
    if isinstance(exc, UserError):
        return {"title": t["problem"], "text": exc.text(lang), "informative": t["log"].format(path=path),
                "details": ""}
    return {"title": t["title"], "text": t["what"].format(what=_what(exc_type, exc)),
            "informative": t["safe"] + "\n\n" + t["log"].format(path=path), "details": ""}


class CrashDialog(QMessageBox):
    """What happened, that the data is safe, where the log is; a button opens the log folder."""

    def __init__(self, parent: QWidget | None, exc_type: type[BaseException], exc: BaseException | None,
                 tb: TracebackType | None):
        super().__init__(parent)
        texts = dialog_texts(exc_type, exc)
        self.setObjectName("crashDialog")
        user_error = isinstance(exc, UserError)
        self.setIcon(QMessageBox.Icon.Warning if user_error else QMessageBox.Icon.Critical)
        self.setWindowTitle(texts["title"])
        self.setText(texts["text"])
        self.setInformativeText(texts["informative"])
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        if not user_error:
            self.setDetailedText(redact("".join(traceback.format_exception(exc_type, exc, tb))))
        self.open_log_button = self.addButton(_TEXTS[_lang()]["open"], QMessageBox.ButtonRole.ActionRole)
        self.open_log_button.clicked.connect(self.open_log_folder)
        self.addButton(QMessageBox.StandardButton.Ok)
        self.setDefaultButton(QMessageBox.StandardButton.Ok)

    def open_log_folder(self) -> bool:
        """Show the log folder in the file manager (a local folder: no network)."""
        return QDesktopServices.openUrl(QUrl.fromLocalFile(str(log_path().parent)))


class _Reporter(QObject):
    """Lives in the GUI thread; the queued signal brings reports there from any thread."""

    report = Signal(object, object, object)
    failed = Signal()  # after an error is recorded (non-interactive runs stop waiting on it)

    def __init__(self, window: QWidget | None, interactive: bool = True):
        super().__init__(QApplication.instance())
        self.window = window
        self.interactive = interactive  # False: no dialog (a --screenshot run); the errors are kept
        self.errors: list[BaseException | None] = []
        self.showing = False
        self.suppressed = 0
        self.shown: list[CrashDialog] = []  # the last dialog shown (tests read it)
        self.report.connect(self._show, Qt.ConnectionType.QueuedConnection)

    def _show(self, exc_type, exc, tb) -> None:
        self.errors.append(exc)
        if not self.interactive:  # nobody to answer a dialog: the caller reads `errors`
            self.failed.emit()
            return
        if self.showing:  # one dialog at a time; the rest is in the log
            self.suppressed += 1
            return
        self.showing = True
        try:
            while QApplication.overrideCursor() is not None:  # a busy cursor the failed slot left
                QApplication.restoreOverrideCursor()
            parent = self.window if _alive(self.window) else None
            dialog = CrashDialog(parent, exc_type, exc, tb)
            self.shown[:] = [dialog]
            dialog.exec()
            dialog.deleteLater()
        except Exception:  # the report must never raise into the hook again
            log.exception("could not show the error dialog")
        finally:
            self.showing = False


def _alive(widget: QWidget | None) -> bool:
    if widget is None:
        return False
    try:
        import shiboken6

        return shiboken6.isValid(widget)
    except ImportError:  # pragma: no cover
        return True


_state: dict = {"reporter": None, "previous": None, "previous_thread": None}


def report_exception(exc_type: type[BaseException], exc: BaseException | None, tb: TracebackType | None) -> None:
    """Log the exception and queue the dialog (what the installed hook does)."""
    if issubclass(exc_type, (KeyboardInterrupt, SystemExit)):
        previous = _state["previous"] or sys.__excepthook__
        previous(exc_type, exc, tb)
        return
    try:
        log.error("unexpected error in the window", exc_info=(exc_type, exc, tb))
    except Exception:  # pragma: no cover - a broken log must not hide the dialog
        pass
    reporter = _state["reporter"]
    try:
        if reporter is None:
            raise RuntimeError("not installed")
        reporter.report.emit(exc_type, exc, tb)
    except RuntimeError:  # not installed, or the application is already gone
        sys.__excepthook__(exc_type, exc, tb)


def _thread_hook(args: threading.ExceptHookArgs) -> None:
    report_exception(args.exc_type, args.exc_value, args.exc_traceback)


def install(window: QWidget | None = None, interactive: bool = True) -> Callable[[], None]:
    """Start the log (if needed) and report unexpected exceptions over `window`. Returns :func:`uninstall`.

    Call once, in the GUI thread, after the QApplication and the window exist. Calling again
    only changes the window the dialog is shown over. `interactive=False` (a run that renders
    and exits) shows no dialog and keeps the errors for :func:`errors`.
    """
    if QApplication.instance() is None:
        raise RuntimeError("create the QApplication before ui.crash.install")
    setup_logging()
    if _state["reporter"] is not None:
        _state["reporter"].window = window
        _state["reporter"].interactive = interactive
        _hook()  # someone (a test harness) may have put its own hooks back since
        return uninstall
    _state["reporter"] = _Reporter(window, interactive)
    _hook()
    return uninstall


def _hook() -> None:
    """Make report_exception the hook, remembering the hooks it replaces."""
    if sys.excepthook is not report_exception:
        _state["previous"] = sys.excepthook
        sys.excepthook = report_exception
    if threading.excepthook is not _thread_hook:
        _state["previous_thread"] = threading.excepthook
        threading.excepthook = _thread_hook


def on_failure(callback: Callable[[], None]) -> Callable[[], None]:
    """Call `callback` when a non-interactive run records an error; returns the disconnector."""
    reporter = _state["reporter"]
    if reporter is None:
        return lambda: None
    reporter.failed.connect(callback)
    return lambda: reporter.failed.disconnect(callback)


def errors() -> list[BaseException | None]:
    """The unexpected exceptions reported since install (delivered to the GUI thread so far)."""
    reporter = _state["reporter"]
    return list(reporter.errors) if reporter is not None else []


def uninstall() -> None:
    """Put the previous hooks back (tests; the app keeps the hook until it quits)."""
    reporter = _state["reporter"]
    if reporter is None:
        return
    if sys.excepthook is report_exception:
        sys.excepthook = _state["previous"] or sys.__excepthook__
    if threading.excepthook is _thread_hook:
        threading.excepthook = _state["previous_thread"] or threading.__excepthook__
    try:
        reporter.report.disconnect()
        reporter.deleteLater()
    except RuntimeError:  # pragma: no cover - already gone with the QApplication
        pass
    _state.update(reporter=None, previous=None, previous_thread=None)


def installed() -> bool:
    return _state["reporter"] is not None


def last_dialog() -> CrashDialog | None:
    reporter = _state["reporter"]
    return reporter.shown[-1] if reporter is not None and reporter.shown else None
