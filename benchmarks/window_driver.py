"""Runs in a fresh process, started by benchmarks.run; prints one JSON object on stdout.

    JHT_BENCH_T0=<parent's time.perf_counter()> python -m benchmarks.window_driver coldstart
    python -m benchmarks.window_driver slider --moves 200

coldstart [--stored]
    Opens the window exactly as ``jht-planner --demo`` does (``--stored``: as ``jht-planner``
    does, on the database in JHT_PLANNER_HOME) (ui.launcher.main, so logging,
    the crash hook, settings and the demo import are all in), and records, in seconds since
    the parent started this process (JHT_BENCH_T0 and time.perf_counter share Linux's
    CLOCK_MONOTONIC; without JHT_BENCH_T0 the process creation time from /proc/self/stat is
    used, 10 ms resolution):

    * ``first_paint``: the end of the main window's first paint pass (its first Paint event,
      then its children's, up to the first event of another kind);
    * ``chart_drawn``: the chart canvas's first matplotlib draw_event with the projection in it;
    * ``band_drawn``: the first draw with the Monte Carlo band (computed off the GUI thread);
    * ``vmhwm_mb``: peak resident memory (VmHWM) once the band is drawn.

slider
    Builds the window on the demo data (ui.app.create_window), shows it at 1280x800, then
    drags the "return" slider one step at a time (setValue with the slider held down, as a
    mouse drag does), and for each step runs the event loop until the chart canvas has
    painted after a draw that started after the value change. Two runs: ``line`` (no Monte
    Carlo: the deterministic line alone) and ``bands`` (the band on, as the window has it:
    after each step the loop also waits for the band to be recomputed and repainted). The
    band is switched with the window's own switch when it has one (a widget with a
    ``show_bands`` checkbox); otherwise the line-alone run hides planner.montecarlo from
    ui.projection_view.

Hooks are measurement only: a wrapper around the canvas class's paintEvent, a draw_event
callback and an event filter. Nothing in the app is changed.
"""
from __future__ import annotations

import argparse
import json
import os
import sys
import time


def _t0() -> float:
    value = os.environ.get("JHT_BENCH_T0")
    if value:
        return float(value)
    # Process creation, in clock ticks since boot, against the uptime now.
    with open("/proc/self/stat") as f:
        start_ticks = int(f.read().rsplit(")", 1)[1].split()[19])
    with open("/proc/uptime") as f:
        uptime = float(f.read().split()[0])
    age = uptime - start_ticks / os.sysconf("SC_CLK_TCK")
    return time.perf_counter() - age


T0 = _t0()


def since() -> float:
    return time.perf_counter() - T0


def vm_status(field: str) -> float | None:
    """A /proc/self/status memory field (VmHWM, VmRSS) in MB."""
    try:
        with open("/proc/self/status") as f:
            for line in f:
                if line.startswith(field + ":"):
                    return int(line.split()[1]) / 1024.0
    except OSError:
        pass
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0 if field == "VmHWM" else None


# --------------------------------------------------------------------------- cold start

def coldstart(timeout: float, stored: bool = False) -> dict:
    marks: dict[str, float] = {"driver_start": since()}
    import ui.app as app_mod  # what `jht-planner` imports first (ui.launcher imports it lazily)

    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication

    marks["imported"] = since()
    state: dict = {}

    def finish() -> None:
        marks.setdefault("vmhwm_mb", vm_status("VmHWM"))
        QApplication.instance().quit()

    class PaintWatch(QObject):
        """App-wide filter: the window's first paint pass, from its first Paint event to the
        first event of any other kind (the pass paints the window and its children with
        nothing else in between), then removes itself."""

        def eventFilter(self, obj, event):  # noqa: N802 (Qt name)
            kind = event.type()
            if "first_paint_event" not in marks:
                if kind == QEvent.Type.Paint and obj is state.get("window"):
                    marks["first_paint_event"] = since()
            elif kind not in (QEvent.Type.Paint, QEvent.Type.UpdateRequest, QEvent.Type.UpdateLater):
                marks["first_paint"] = since()
                QApplication.instance().removeEventFilter(self)
            return False

    original = app_mod.create_window

    def create_window(*args, **kwargs):
        marks["create_window"] = since()
        window = original(*args, **kwargs)
        marks["window_built"] = since()
        state["window"] = window
        state["watch"] = PaintWatch()
        QApplication.instance().installEventFilter(state["watch"])

        def watch_chart() -> None:
            marks["views_built"] = since()
            view = window.projection_view
            chart = view.chart

            def on_draw(_event) -> None:
                t = since()
                marks["draws"] = marks.get("draws", 0) + 1
                if len(chart.projection_line.get_xdata()) and "chart_drawn" not in marks:
                    marks["chart_drawn"] = t
                if getattr(view, "band", None) is not None and chart.band.get_visible() and "band_drawn" not in marks:
                    marks["band_drawn"] = t
                    marks["vmhwm_mb"] = vm_status("VmHWM")
                    QTimer.singleShot(0, finish)

            chart.mpl_connect("draw_event", on_draw)

        # The window builds its views (and charts) after its first paint; the first draw comes later still.
        if getattr(window, "views_ready", True):
            watch_chart()
        else:
            window.views_built.connect(watch_chart)
        QTimer.singleShot(int(timeout * 1000), finish)
        return window

    app_mod.create_window = create_window
    from ui.launcher import main

    code = main([] if stored else ["--demo"])
    marks["exit_code"] = code
    marks["vmrss_mb"] = vm_status("VmRSS")
    return marks


# --------------------------------------------------------------------------- slider

def _percentile(values: list[float], q: float) -> float | None:
    if not values:
        return None
    import numpy as np

    return float(np.percentile(np.asarray(values), q))


def slider(moves: int, timeout: float) -> dict:
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QCheckBox, QWidget

    import ui.app as app_mod
    import ui.chart as chart_mod
    import ui.projection_view as pv

    app = app_mod.application()
    probe = {"draw_at": -1.0, "paint_at": -1.0, "loop": None, "want": None, "draw_band": None}

    original_paint = chart_mod.BalanceChart.paintEvent

    def paint_event(self, event):  # measurement hook: the canvas has blitted its buffer
        original_paint(self, event)
        probe["paint_at"] = time.perf_counter()
        if probe["want"] is not None and probe["want"]():
            probe["loop"].quit()

    chart_mod.BalanceChart.paintEvent = paint_event
    draw_ms: list[float] = []
    original_draw = chart_mod.BalanceChart.draw

    def draw(self):  # measurement hook: how long one full draw takes
        t = time.perf_counter()
        original_draw(self)
        draw_ms.append((time.perf_counter() - t) * 1000)

    chart_mod.BalanceChart.draw = draw

    window = app_mod.create_window(demo=True)
    window.remember_geometry = False
    window.resize(1280, 800)
    window.show()
    view = window.projection_view
    chart = view.chart

    def on_draw(_event) -> None:
        probe["draw_at"] = time.perf_counter()
        probe["draw_band"] = getattr(view, "band", None)  # the Monte Carlo result this draw showed

    chart.mpl_connect("draw_event", on_draw)

    def band_drawn_since(old) -> bool:
        """A draw showing a newer band than `old`, and the canvas painted after it."""
        band = probe.get("draw_band")
        return band is not None and band is not old and probe["paint_at"] > probe["draw_at"]

    # The window's own bands switch (the uncertainty panel's checkbox).
    toggle = view.uncertainty.show_bands

    def set_bands(on: bool) -> None:
        toggle.setChecked(on)

    def run_until(condition, limit: float) -> bool:
        """Run the event loop until `condition()` holds after a chart paint (or `limit` s)."""
        if condition():
            return True
        loop = QEventLoop()
        probe["loop"], probe["want"] = loop, condition
        timer = QTimer()
        timer.setSingleShot(True)
        timer.timeout.connect(loop.quit)
        timer.start(int(limit * 1000))
        loop.exec()
        timer.stop()
        probe["loop"], probe["want"] = None, None
        return condition()

    # Settle: the first draw and the first band.
    start = time.perf_counter()
    run_until(lambda: probe["paint_at"] > start and probe["draw_at"] > start, timeout)
    has_bands = True
    if has_bands:
        if not toggle.isChecked():
            toggle.setChecked(True)
        run_until(lambda: band_drawn_since(None), timeout)
    for _ in range(3):
        app.processEvents()

    s = view.whatif.ret
    bar = s.slider
    base = bar.value()
    lo, hi = bar.minimum(), bar.maximum()
    span = min(20, (hi - lo) // 2)
    center = min(max(base, lo + span), hi - span)

    def values(n: int):
        # A drag back and forth over +-span steps around the centre, one step per move.
        v, step = center, 1
        for _ in range(n):
            if not (center - span < v + step < center + span):
                step = -step
            v += step
            yield v

    out: dict = {"moves": moves, "slider": "annual_return", "steps": [center - span, center + span]}

    def drag(mode: str) -> dict:
        bands = mode == "bands"
        line_ms: list[float] = []
        band_ms: list[float] = []
        sync_ms: list[float] = []
        draw_ms.clear()
        timeouts = 0
        set_bands(bands)
        run_until(lambda: False, 0.3)  # settle: the switch's redraw (and band) are done
        bar.setSliderDown(True)
        for value in values(moves):
            old_band = getattr(view, "band", None)
            t0 = time.perf_counter()
            bar.setValue(value)
            sync_ms.append((time.perf_counter() - t0) * 1000)
            ok = run_until(lambda: probe["draw_at"] > t0 and probe["paint_at"] > probe["draw_at"], timeout)
            if not ok:
                timeouts += 1
                continue
            line_ms.append((probe["paint_at"] - t0) * 1000)
            if bands:
                ok = run_until(lambda: probe["draw_at"] > t0 and band_drawn_since(old_band), timeout)
                if ok:
                    band_ms.append((probe["paint_at"] - t0) * 1000)
                else:
                    timeouts += 1
        bar.setSliderDown(False)
        result = {"line_p50_ms": _percentile(line_ms, 50), "line_p95_ms": _percentile(line_ms, 95),
                  "line_max_ms": max(line_ms) if line_ms else None, "timeouts": timeouts, "n": len(line_ms),
                  # where the time goes: the synchronous part of setValue (projection, texts,
                  # artists updated) and one full Agg draw of the chart
                  "sync_p50_ms": _percentile(sync_ms, 50), "draw_p50_ms": _percentile(draw_ms, 50),
                  "draws": len(draw_ms)}
        if bands:
            result.update({"band_p50_ms": _percentile(band_ms, 50), "band_p95_ms": _percentile(band_ms, 95),
                           "band_n": len(band_ms)})
        return result

    out["bands_switch"] = "window"
    out["line"] = drag("line")
    if has_bands:
        out["bands"] = drag("bands")
    else:
        out["bands"] = None
        out["note"] = "no Monte Carlo band in this window"
    out["band_delay_ms"] = pv.BAND_DELAY_MS
    out["redraw_ms"] = getattr(chart_mod, "REDRAW_MS", None)
    out["canvas_px"] = [chart.width(), chart.height()]
    window.close()
    from ui.worker import wait_all

    wait_all(10000)
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("mode", choices=("coldstart", "slider"))
    parser.add_argument("--moves", type=int, default=200)
    parser.add_argument("--timeout", type=float, default=30.0)
    parser.add_argument("--stored", action="store_true",
                        help="coldstart on the database in JHT_PLANNER_HOME instead of --demo")
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    if args.mode == "coldstart":
        result = coldstart(args.timeout, args.stored)
    else:
        result = slider(args.moves, args.timeout)
    from PySide6.QtCore import qVersion

    result["qt"] = qVersion()
    sys.stdout.write("BENCH-JSON " + json.dumps(result) + "\n")
    sys.stdout.flush()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
