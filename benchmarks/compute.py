"""The benchmarks without a window: projection, Monte Carlo, import, report.

Each function returns a dict of figures (milliseconds, ratios). Timings are medians; where
a figure is a ratio to a bare reference, the two are run alternately in the same process
so that a change in the machine's load hits both alike.
"""
from __future__ import annotations

import datetime as dt
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Callable

ROOT = Path(__file__).resolve().parent.parent


def _ms(seconds: float) -> float:
    return seconds * 1000.0


def _time(fn: Callable[[], object]) -> float:
    t = time.perf_counter()
    fn()
    return time.perf_counter() - t


def _alternate(a: Callable[[], object], b: Callable[[], object], rounds: int) -> tuple[list[float], list[float]]:
    """Time a and b alternately, `rounds` times each (after one warm-up call of each)."""
    a()
    b()
    ta, tb = [], []
    for i in range(rounds):
        first, second = (a, b) if i % 2 == 0 else (b, a)
        t1, t2 = _time(first), _time(second)
        if first is a:
            ta.append(t1)
            tb.append(t2)
        else:
            tb.append(t1)
            ta.append(t2)
    return ta, tb


def demo_assumptions():
    """Where the window's projection starts on the demo data (planner.baseline)."""
    from planner.baseline import from_statements, to_assumptions
    from resources.demo.make_demo import demo_statements

    return to_assumptions(from_statements(demo_statements()))


# --------------------------------------------------------------------------- projection

def bench_projection(quick: bool) -> dict:
    from planner.montecarlo import DEFAULT_PATHS, _bare_reference, run_monte_carlo, Spreads
    from planner.projection import make_plan, project
    from planner.rules import load_rules

    rules = load_rules()
    a = demo_assumptions()
    project(a, rules)
    n = 50 if quick else 500
    det = [_time(lambda: project(a, rules)) for _ in range(n)]

    paths, seed = 10_000, 20240601
    plan = make_plan(a, rules)
    today = dt.date.today()  # as the window runs it: defaults and the floor read on today's date
    spreads = Spreads().resolved(rules, today)
    floor = float(rules.value("jht.return_floor", today))
    bands = rules.value("tax.final_lump_sum", plan.claim_date)
    rounds = 3 if quick else 21
    engine, bare = _alternate(
        lambda: run_monte_carlo(a, paths=paths, seed=seed, rules=rules, today=today),
        lambda: _bare_reference(plan, paths, seed, spreads, floor, bands),
        rounds,
    )
    e, b = statistics.median(engine), statistics.median(bare)
    return {
        "projection_ms": _ms(statistics.median(det)),
        "projection_p95_ms": _ms(sorted(det)[int(0.95 * (len(det) - 1))]),
        "projection_runs": n,
        "projection_years": plan.n_years,
        "mc_paths": paths,
        "mc_default_paths": DEFAULT_PATHS,
        "mc_gap_chance": spreads.gap_chance,
        "mc_ms": _ms(e),
        "mc_bare_ms": _ms(b),
        "mc_ratio": e / b,
        "mc_rounds": rounds,
    }


# --------------------------------------------------------------------------- import

def ten_page_statement(folder: Path, pages: int = 10) -> Path:
    """A demo statement written as a `pages`-page RSJHT (one card, one year; few rows a page)."""
    from resources.demo.make_demo import demo_statements, render_statement, write_statement_pdf

    best = None
    for st in demo_statements():
        for rows_per_page in (1, 2, 3, 4):
            count = len(render_statement(st, rows_per_page=rows_per_page))
            if best is None or abs(count - pages) < abs(best[2] - pages):
                best = (st, rows_per_page, count)
            if count == pages:
                break
        if best[2] == pages:
            break
    st, rows_per_page, _ = best
    return write_statement_pdf(st, folder / "rsjht-10-pages.pdf", rows_per_page=rows_per_page)


def bench_import(quick: bool) -> dict:
    from pypdf import PdfReader

    from planner.importers import read_file

    with tempfile.TemporaryDirectory() as tmp:
        path = ten_page_statement(Path(tmp))

        def bare() -> str:
            reader = PdfReader(str(path))
            return "\n".join(page.extract_text() for page in reader.pages)

        result = read_file(path)
        pages = len(PdfReader(str(path)).pages)
        rounds = 3 if quick else 15
        full, plain = _alternate(lambda: read_file(path), bare, rounds)
    f, b = statistics.median(full), statistics.median(plain)
    return {
        "import_ms": _ms(f),
        "import_bare_ms": _ms(b),
        "import_ratio": f / b,
        "import_pages": pages,
        "import_rows": sum(len(st.rows) for st in result.statements),
        "import_rounds": rounds,
    }


# --------------------------------------------------------------------------- report

def _report_env(home: Path) -> dict:
    env = dict(os.environ)
    env["JHT_PLANNER_HOME"] = str(home)
    env["PYTHONPATH"] = str(ROOT) + os.pathsep + env.get("PYTHONPATH", "")
    env.setdefault("MPLBACKEND", "Agg")
    return env


def bench_report(quick: bool) -> dict:
    """`jht-planner report --demo`: end to end in a fresh process, and the build alone warm."""
    from planner.cli import main as cli_main

    runs = 1 if quick else 5
    cold, pages = [], None
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        env = _report_env(tmp / "home")
        for i in range(runs):
            out = tmp / f"cold-{i}.pdf"
            t = time.perf_counter()
            proc = subprocess.run([sys.executable, "-m", "ui.launcher", "report", "--demo", "--out", str(out)],
                                  cwd=ROOT, env=env, capture_output=True, text=True, timeout=300)
            cold.append(time.perf_counter() - t)
            if proc.returncode != 0:
                raise RuntimeError(f"jht-planner report --demo failed: {proc.stderr.strip()[-400:]}")
        # Warm: the same command in this process (imports and fonts loaded), as the window's
        # export runs it in a worker.
        old = os.environ.get("JHT_PLANNER_HOME")
        os.environ["JHT_PLANNER_HOME"] = str(tmp / "home")
        try:
            warm = []
            for i in range(runs if quick else 1 + runs):  # full: the first (cold) call is dropped
                out = tmp / f"warm-{i}.pdf"
                t = time.perf_counter()
                import contextlib
                import io

                with contextlib.redirect_stdout(io.StringIO()):
                    code = cli_main(["report", "--demo", "--out", str(out)])
                warm.append(time.perf_counter() - t)
                if code != 0:
                    raise RuntimeError("report --demo failed in process")
            from pypdf import PdfReader

            pages = len(PdfReader(str(out)).pages)
        finally:
            if old is None:
                os.environ.pop("JHT_PLANNER_HOME", None)
            else:
                os.environ["JHT_PLANNER_HOME"] = old
    return {
        "report_ms": _ms(statistics.median(cold)),
        "report_warm_ms": _ms(statistics.median(warm if quick else warm[1:])),
        "report_pages": pages,
        "report_runs": runs,
    }
