"""The one helper for background work.

Run a pure ``planner`` function on the global QThreadPool; its result, its error and its
progress arrive on the GUI thread by signal. Never touch a widget from the function.

    task = run_task(planner.importers.read_files, paths,
                    on_result=self.show, on_error=self.fail, on_progress=bar.setValue)
    task.cancel()

If the function accepts a keyword argument ``progress``, it receives a callable
``progress(done, total=1.0)``; calls are throttled to about ten signals a second, and once
the task is cancelled, calling it raises :class:`Cancelled` inside the worker (so a long loop
stops at its next progress report). A cancelled task delivers neither result nor error, only
``cancelled``.

Tests: ``set_synchronous(True)`` (or the ``synchronous`` fixture in tests/ui/conftest.py)
runs tasks at once on the calling thread, with the same signals.
"""
from __future__ import annotations

import inspect
import logging
import threading
import time
from typing import Any, Callable

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

log = logging.getLogger(__name__)

PROGRESS_INTERVAL = 0.1  # seconds between two progress signals
_SYNC = {"on": False}


class Cancelled(Exception):
    """Raised inside a task's function when it reports progress after cancel()."""


def set_synchronous(on: bool) -> None:
    _SYNC["on"] = bool(on)


class Task(QObject):
    """One run of a function. Signals arrive on the thread that created the task (the GUI)."""

    result = Signal(object)
    error = Signal(object)  # the exception
    progress = Signal(float)  # 0..1
    finished = Signal()  # after result, error or cancel
    cancelled = Signal()

    def __init__(self, fn: Callable[..., Any], args: tuple, kwargs: dict):
        super().__init__()
        self._fn, self._args, self._kwargs = fn, args, dict(kwargs)
        self._cancel = threading.Event()
        self._last_progress = 0.0
        self.done = False
        try:
            wants_progress = "progress" in inspect.signature(fn).parameters
        except (TypeError, ValueError):
            wants_progress = False
        if wants_progress:
            self._kwargs["progress"] = self._report

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def is_cancelled(self) -> bool:
        return self._cancel.is_set()

    def _report(self, done: float, total: float = 1.0) -> None:
        if self._cancel.is_set():
            raise Cancelled()
        now = time.monotonic()
        fraction = min(max(done / total if total else 1.0, 0.0), 1.0)
        if now - self._last_progress >= PROGRESS_INTERVAL or fraction >= 1.0:
            self._last_progress = now
            self.progress.emit(fraction)

    def run(self) -> None:
        """Runs the function (on a pool thread, or here when synchronous)."""
        try:
            if self._cancel.is_set():
                raise Cancelled()
            value = self._fn(*self._args, **self._kwargs)
        except Cancelled:
            self.cancelled.emit()
        except Exception as exc:  # delivered to the GUI, which shows a sentence
            if self._cancel.is_set():
                self.cancelled.emit()
            else:
                log.debug("task %s failed", getattr(self._fn, "__name__", self._fn), exc_info=True)
                self.error.emit(exc)
        else:
            if self._cancel.is_set():
                self.cancelled.emit()
            else:
                self.result.emit(value)
        finally:
            self.done = True
            self.finished.emit()


class _Runnable(QRunnable):
    def __init__(self, task: Task):
        super().__init__()
        self.task = task

    def run(self) -> None:
        self.task.run()


_running: set[Task] = set()  # keeps Python wrappers alive until finished


def run_task(fn: Callable[..., Any], *args: Any,
             on_result: Callable[[Any], None] | None = None,
             on_error: Callable[[BaseException], None] | None = None,
             on_progress: Callable[[float], None] | None = None,
             on_finished: Callable[[], None] | None = None,
             pool: QThreadPool | None = None,
             **kwargs: Any) -> Task:
    """Start ``fn(*args, **kwargs)`` in the background; returns the :class:`Task`."""
    task = Task(fn, args, kwargs)
    if on_result is not None:
        task.result.connect(on_result)
    if on_error is not None:
        task.error.connect(on_error)
    if on_progress is not None:
        task.progress.connect(on_progress)
    if on_finished is not None:
        task.finished.connect(on_finished)
    _running.add(task)
    task.finished.connect(lambda: _running.discard(task))
    if _SYNC["on"]:
        task.run()
    else:
        (pool or QThreadPool.globalInstance()).start(_Runnable(task))
    return task


def wait_all(timeout_ms: int = 30000) -> bool:
    """Block until every background task finished (tests, and quitting the app)."""
    return QThreadPool.globalInstance().waitForDone(timeout_ms)
