"""ui.worker: results, errors, throttled progress and cancel arrive on the GUI thread."""
from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import QThread

from ui import worker


def _slow_sum(n: int, progress=None) -> int:
    total = 0
    for i in range(n):
        total += i
        if progress is not None:
            progress(i + 1, n)
    return total


def test_result_and_progress_arrive_on_the_gui_thread(qtbot):
    got, threads, steps = [], [], []
    main = QThread.currentThread()
    task = worker.run_task(_slow_sum, 200_000, on_result=lambda r: (got.append(r), threads.append(QThread.currentThread())),
                           on_progress=steps.append)
    qtbot.waitUntil(lambda: task.done and bool(got), timeout=10_000)
    assert got == [sum(range(200_000))]
    assert threads == [main]
    assert steps and steps[-1] == 1.0
    assert len(steps) < 100  # throttled, not one per step
    assert steps == sorted(steps)


def test_errors_are_delivered_not_raised(qtbot):
    errors = []

    def boom():
        raise ValueError("bad input")

    worker.run_task(boom, on_error=errors.append)
    qtbot.waitUntil(lambda: bool(errors), timeout=10_000)
    assert isinstance(errors[0], ValueError)


def test_cancel_stops_at_the_next_progress_report(qtbot):
    started = threading.Event()
    release = threading.Event()

    def long_job(progress=None):
        started.set()
        release.wait(5)
        for i in range(1000):
            progress(i, 1000)
        return "finished"

    results = []
    task = worker.run_task(long_job, on_result=results.append)
    assert started.wait(5)
    with qtbot.waitSignal(task.cancelled, timeout=10_000):
        task.cancel()
        release.set()
    qtbot.waitUntil(lambda: task.done)
    assert results == []


def test_synchronous_mode_runs_at_once(sync_worker):
    got = []
    task = worker.run_task(_slow_sum, 10, on_result=got.append)
    assert task.done and got == [45]
