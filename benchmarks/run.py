"""The benchmark suite: ``python -m benchmarks [--quick] [--json OUT.json] [--only GROUP ...]``.

Prints every figure beside its target with PASS/MISS and writes them as JSON (default
benchmarks/results/latest.json, not committed). Groups: coldstart, slider, compute, import,
report. ``--quick`` runs each once or a few times (CI runs it only to prove it still runs;
its figures are not worth comparing).

Window figures come from fresh processes (benchmarks/window_driver.py) with
QT_QPA_PLATFORM=offscreen and a throw-away JHT_PLANNER_HOME: the member's data and settings
are never touched. The machine (cores, CPU, Python, Qt) and the load average at the start
and end of each group are recorded beside the figures: this machine is shared, so compare
figures only from runs with a low load.
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:  # `python benchmarks/run.py` as well as `python -m benchmarks`
    sys.path.insert(0, str(ROOT))

DEFAULT_JSON = ROOT / "benchmarks" / "results" / "latest.json"
GROUPS = ("coldstart", "slider", "compute", "import", "report")
OPTIONAL_GROUPS = ("ocr",)  # minutes of OCR: only with --only ocr (benchmarks/ocr.py)

# (figure, unit, target, what it is). A figure with target None is shown for context.
FIGURES = (
    ("cold_first_paint_s", "s", 0.8, "cold start: process start to the window's first paint (demo data)"),
    ("cold_chart_s", "s", 1.5, "cold start: process start to the chart drawn with the projection"),
    ("cold_band_s", "s", None, "cold start: process start to the Monte Carlo band drawn"),
    ("cold_stored_first_paint_s", "s", None, "the same, `jht-planner` on a database holding the demo statements"),
    ("cold_stored_chart_s", "s", None, "the same, to the chart drawn"),
    ("slider_line_p50_ms", "ms", 16.0, "slider: value change to repaint, deterministic line alone, p50"),
    ("slider_line_p95_ms", "ms", 33.0, "slider: value change to repaint, deterministic line alone, p95"),
    ("slider_bands_line_p50_ms", "ms", 16.0, "slider with bands on: value change to the line repaint, p50"),
    ("slider_bands_line_p95_ms", "ms", 33.0, "slider with bands on: value change to the line repaint, p95"),
    ("slider_band_p50_ms", "ms", 16.0, "slider with bands on: value change to the band repaint, p50"),
    ("slider_band_p95_ms", "ms", 33.0, "slider with bands on: value change to the band repaint, p95"),
    ("slider_draw_ms", "ms", None, "slider: one full chart draw (Agg), p50"),
    ("projection_ms", "ms", None, "one deterministic projection (demo baseline)"),
    ("mc_ms", "ms", 100.0, "10,000 Monte Carlo paths (run_monte_carlo)"),
    ("mc_ratio", "x", 1.5, "10,000 paths: engine / bare numpy loop"),
    ("import_ms", "ms", None, "import of a 10-page RSJHT (read_file)"),
    ("import_ratio", "x", 1.3, "10-page import / bare pypdf text extraction"),
    ("report_s", "s", 2.0, "`jht-planner report --demo`, fresh process, end to end"),
    ("report_warm_s", "s", None, "the same report built again in a warm process"),
    ("rss_mb", "MB", 250.0, "peak RSS (VmHWM) of the window on the demo data, band drawn"),
)
FIGURE_NAMES = tuple(f[0] for f in FIGURES)


# --------------------------------------------------------------------------- machine

def machine() -> dict:
    model = None
    try:
        with open("/proc/cpuinfo") as f:
            for line in f:
                if line.startswith("model name"):
                    model = line.split(":", 1)[1].strip()
                    break
    except OSError:
        pass
    try:
        usable = len(os.sched_getaffinity(0))
    except AttributeError:
        usable = os.cpu_count()
    versions = {}
    for name in ("PySide6", "matplotlib", "numpy", "pypdf"):
        try:
            versions[name] = __import__(name).__version__
        except Exception:
            versions[name] = None
    try:
        from PySide6.QtCore import qVersion

        versions["Qt"] = qVersion()
    except Exception:
        versions["Qt"] = None
    return {
        "cpu_model": model or platform.processor() or None,
        "cores": os.cpu_count(),
        "cores_usable": usable,
        "python": platform.python_version(),
        "platform": platform.platform(),
        **versions,
    }


def load() -> list[float]:
    try:
        return [round(x, 2) for x in os.getloadavg()]
    except OSError:
        return []


# --------------------------------------------------------------------------- window runs

def _env(home: str) -> dict:
    env = dict(os.environ)
    env.update({"QT_QPA_PLATFORM": "offscreen", "JHT_PLANNER_HOME": home,
                "PYTHONPATH": str(ROOT) + os.pathsep + env.get("PYTHONPATH", "")})
    env.pop("MPLBACKEND", None)  # the window picks its own (QtAgg) canvas
    return env


def _driver(args: list[str], timeout: float = 300.0, home: str | None = None) -> dict:
    """Run benchmarks.window_driver in a fresh process (a fresh JHT_PLANNER_HOME unless
    `home` is given) and return its JSON."""
    with tempfile.TemporaryDirectory() as fresh:
        env = _env(home or fresh)
        env["JHT_BENCH_T0"] = repr(time.perf_counter())
        proc = subprocess.run([sys.executable, "-m", "benchmarks.window_driver", *args], cwd=ROOT, env=env,
                              capture_output=True, text=True, timeout=timeout)
    for line in proc.stdout.splitlines():
        if line.startswith("BENCH-JSON "):
            return json.loads(line[len("BENCH-JSON "):])
    tail = (proc.stderr or proc.stdout).strip()[-600:]
    raise RuntimeError(f"window driver {args[0]} gave no result (exit {proc.returncode}): {tail}")


def _median(values: list) -> float | None:
    values = [v for v in values if v is not None]
    return statistics.median(values) if values else None


def _stored_home(home: str) -> None:
    """A member's database holding the demo statements (`jht-planner import` of the demo PDFs)."""
    from resources import DEMO_DIR

    files = sorted(str(p) for p in Path(DEMO_DIR).glob("*.pdf"))
    proc = subprocess.run([sys.executable, "-m", "ui.launcher", "import", *files], cwd=ROOT, env=_env(home),
                          capture_output=True, text=True, timeout=300)
    if proc.returncode != 0:
        raise RuntimeError(f"jht-planner import of the demo failed: {proc.stderr.strip()[-400:]}")


def bench_coldstart(quick: bool) -> tuple[dict, dict]:
    n = 1 if quick else 5
    runs = [_driver(["coldstart"]) for _ in range(n)]
    with tempfile.TemporaryDirectory() as home:
        _stored_home(home)
        stored = [_driver(["coldstart", "--stored"], home=home) for _ in range(n)]
    figures = {
        "cold_first_paint_s": _median([r.get("first_paint") for r in runs]),
        "cold_chart_s": _median([r.get("chart_drawn") for r in runs]),
        "cold_band_s": _median([r.get("band_drawn") for r in runs]),
        "rss_mb": _median([r.get("vmhwm_mb") for r in runs]),
        "cold_stored_first_paint_s": _median([r.get("first_paint") for r in stored]),
        "cold_stored_chart_s": _median([r.get("chart_drawn") for r in stored]),
    }
    keys = ("imported", "create_window", "window_built", "first_paint_event")
    details = {"runs": len(runs), "qt": runs[0].get("qt"),
               "medians_s": {k: _median([r.get(k) for r in runs]) for k in keys},
               "stored_medians_s": {k: _median([r.get(k) for r in stored]) for k in keys},
               "each": runs, "each_stored": stored}
    return figures, details


def bench_slider(quick: bool) -> tuple[dict, dict]:
    r = _driver(["slider", "--moves", str(10 if quick else 200)])
    line, bands = r.get("line") or {}, r.get("bands") or {}
    figures = {
        "slider_line_p50_ms": line.get("line_p50_ms"),
        "slider_line_p95_ms": line.get("line_p95_ms"),
        "slider_bands_line_p50_ms": bands.get("line_p50_ms"),
        "slider_bands_line_p95_ms": bands.get("line_p95_ms"),
        "slider_band_p50_ms": bands.get("band_p50_ms"),
        "slider_band_p95_ms": bands.get("band_p95_ms"),
        "slider_draw_ms": line.get("draw_p50_ms"),
    }
    return figures, r


def bench_compute(quick: bool) -> tuple[dict, dict]:
    from benchmarks.compute import bench_projection

    r = bench_projection(quick)
    return {k: r[k] for k in ("projection_ms", "mc_ms", "mc_ratio")}, r


def bench_import(quick: bool) -> tuple[dict, dict]:
    from benchmarks.compute import bench_import as run

    r = run(quick)
    return {k: r[k] for k in ("import_ms", "import_ratio")}, r


def bench_report(quick: bool) -> tuple[dict, dict]:
    from benchmarks.compute import bench_report as run

    r = run(quick)
    return {"report_s": r["report_ms"] / 1000.0, "report_warm_s": r["report_warm_ms"] / 1000.0}, r


def bench_ocr(quick: bool) -> tuple[dict, dict]:
    # Imported here: it loads the OCR stack, which the other groups do not need.
    from benchmarks.ocr import speed_figures

    figures = speed_figures(quick)
    return figures, figures


RUNNERS = {"coldstart": bench_coldstart, "slider": bench_slider, "compute": bench_compute,
           "import": bench_import, "report": bench_report, "ocr": bench_ocr}


# --------------------------------------------------------------------------- output

def verdicts(figures: dict) -> dict:
    out = {}
    extra: tuple = ()
    if "ocr_scan_s" in figures:
        # Imported here: only a run of the optional ocr group has its figures.
        from benchmarks.ocr import FIGURES as extra
    for name, unit, target, what in FIGURES + extra:
        value = figures.get(name)
        status = None
        if target is not None:
            status = "MISS" if value is None else ("PASS" if value <= target else "MISS")
        out[name] = {"value": value, "unit": unit, "target": target, "status": status, "what": what}
    return out


def _fmt(value, unit: str) -> str:
    if value is None:
        return "—"
    if unit == "s":
        return f"{value:.2f} s"
    if unit == "ms":
        return f"{value:.2f} ms" if value < 10 else f"{value:.1f} ms"
    if unit == "x":
        return f"{value:.2f}x"
    return f"{value:.0f} {unit}"


def table(results: dict) -> str:
    rows = [("figure", "measured", "target", "", "what")]
    for name, v in results["targets"].items():
        if name not in results["figures"]:
            continue
        target = "" if v["target"] is None else "<= " + _fmt(v["target"], v["unit"])
        rows.append((name, _fmt(v["value"], v["unit"]), target, v["status"] or "", v["what"]))
    widths = [max(len(r[i]) for r in rows) for i in range(4)]
    lines = ["  ".join(c.ljust(w) for c, w in zip(r[:4], widths)) + "  " + r[4] for r in rows]
    lines.insert(1, "-" * len(lines[0]))
    m = results["machine"]
    head = (f"{m['cpu_model']}, {m['cores']} cores ({m['cores_usable']} usable), Python {m['python']}, "
            f"Qt {m['Qt']}, PySide6 {m['PySide6']}, matplotlib {m['matplotlib']}, numpy {m['numpy']}, "
            f"pypdf {m['pypdf']}\nmode {results['mode']}; load average at start {results['load_start']}, "
            f"at end {results['load_end']}")
    return head + "\n\n" + "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks", description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="one run of each (proves it runs; figures noisy)")
    parser.add_argument("--json", type=Path, default=DEFAULT_JSON, help=f"where to write (default {DEFAULT_JSON})")
    parser.add_argument("--only", nargs="+", choices=GROUPS + OPTIONAL_GROUPS,
                        help="run only these groups (ocr runs only when named)")
    args = parser.parse_args(argv)

    os.environ.setdefault("MPLBACKEND", "Agg")  # the in-process benchmarks draw no window
    results: dict = {
        "started": dt.datetime.now().astimezone().isoformat(timespec="seconds"),
        "mode": "quick" if args.quick else "full",
        "machine": machine(),
        "load_start": load(),
        "figures": {},
        "groups": {},
        "errors": {},
    }
    for group in args.only or GROUPS:
        sys.stderr.write(f"[benchmarks] {group} … (load {load()})\n")
        start_load, t = load(), time.perf_counter()
        try:
            figures, details = RUNNERS[group](args.quick)
        except Exception as exc:  # one broken group must not hide the others' figures
            results["errors"][group] = f"{type(exc).__name__}: {exc}"
            figures, details = {}, None
        results["figures"].update(figures)
        results["groups"][group] = {"seconds": round(time.perf_counter() - t, 2), "load_start": start_load,
                                    "load_end": load(), "details": details}
    results["load_end"] = load()
    results["targets"] = verdicts(results["figures"])
    # Only the figures of the groups that ran.
    ran = {n for n in results["figures"]}
    results["targets"] = {k: v for k, v in results["targets"].items() if k in ran}
    print(table(results))
    for group, error in results["errors"].items():
        print(f"\nERROR in {group}: {error}")
    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(json.dumps(results, indent=2, default=str) + "\n", encoding="utf-8")
    print(f"\nwritten: {args.json}")
    return 1 if results["errors"] else 0


if __name__ == "__main__":
    raise SystemExit(main())
