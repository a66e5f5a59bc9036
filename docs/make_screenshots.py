"""Make the pictures of the user guide (docs/img/*.png), in Indonesian and English.

    python docs/make_screenshots.py                 # every picture, both languages
    python docs/make_screenshots.py --lang en       # one language
    python docs/make_screenshots.py --out /tmp/img  # somewhere else
    python docs/make_screenshots.py --matrix --out /tmp/fits   # every view x language x screen x empty/full x palette

``--matrix`` renders, for checking that the window fits (issue 15), every view in both languages
on each screen of :data:`SCREENS`, once without data (a fresh data folder) and once with the
demo, in the light palette and in a dark one (ui.style.dark_palette, as a desktop set to dark
gives it), as ``VIEW-LANG-SCREEN-empty|full-light|dark.png``; ``--screens``, ``--views`` and
``--palettes`` narrow it.

Everything is fictional (the bundled demo statements) and runs offscreen in a throw-away
data folder (JHT_PLANNER_HOME points at a temporary folder): your own database is never
read or written. Needs the app installed (``python -m pip install -e .``); the picture of the
PDF report also needs ``pdftoppm`` (poppler-utils) and is skipped without it.

Pictures, each as ``NAME-LANG.png``:

    welcome     the window with no data yet (jht-planner --view welcome --screenshot)
    projection  the demo's projection view with the what-if panel (--demo --view projection)
    history     the demo's history view (--demo --view history)
    withdrawal  the demo's withdrawal choices (--demo --view withdrawal)
    review      the import review: the demo statements over a database holding part of them,
                plus one CSV row that differs from what is saved (a conflict)
    findings    the history's Findings tab after that import
    password    the question for a locked PDF's password
    quickentry  the quick-entry form with the method's worked example typed in
    report      the first page of the PDF report (jht-planner report --demo)

The window pictures are 1280x800; each file is re-compressed losslessly (Pillow, which
matplotlib installs) so the folder stays small.
"""
from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_OUT = ROOT / "docs" / "img"
LANGS = ("id", "en")
WINDOW_SHOTS = {  # name: arguments of jht-planner before --screenshot
    "welcome": ["--view", "welcome"],
    "projection": ["--demo", "--view", "projection"],
    "history": ["--demo", "--view", "history"],
    "withdrawal": ["--demo", "--view", "withdrawal"],
}
DIALOG_SHOTS = ("review", "findings", "password", "quickentry")
# The screens a member's laptop has, as the window's inside size when it fills the screen:
# the screen less a task bar (40 px) and a title bar (30 px), in Qt's logical pixels, and the
# scale factor. A 1920x1080 screen at 150% is a 1280x720 screen of logical pixels drawn 1.5x.
SCREENS = {
    "1366x768": ((1366, 698), 1.0),
    "1280x720": ((1280, 650), 1.0),
    "1920x1080": ((1920, 1010), 1.0),
    "1920x1080-150": ((1280, 650), 1.5),
    "1366x768-150": ((911, 442), 1.5),
}
PALETTES = ("light", "dark")
# The window in a dark palette: set on the application before the window is built, as a dark
# desktop's palette is (the offscreen platform has no desktop theme to ask).
DARK_START = ("import sys; from ui.app import application; from ui.style import dark_palette; "
              "application().setPalette(dark_palette()); from ui.launcher import main; sys.exit(main(sys.argv[1:]))")
REPORT_DPI = 72  # the report's first page: about 600x840 pixels, readable in the guide


def _env(home: Path, scale: float = 1.0) -> dict[str, str]:
    env = dict(os.environ, JHT_PLANNER_HOME=str(home), QT_QPA_PLATFORM="offscreen", MPLBACKEND="Agg")
    env.pop("QT_SCALE_FACTOR", None)
    if scale != 1.0:
        env["QT_SCALE_FACTOR"] = f"{scale:g}"
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH", "")]))
    return env


def _run(args: list[str], home: Path, scale: float = 1.0) -> None:
    proc = subprocess.run([sys.executable, *args], env=_env(home, scale), cwd=ROOT, capture_output=True, text=True,
                          timeout=300)
    if proc.returncode != 0:
        raise SystemExit(f"failed: {' '.join(args)}\n{proc.stderr.strip()}")


def _compress(path: Path) -> None:
    """Re-save the PNG losslessly at the best compression (Pillow); left as it is without Pillow."""
    try:
        from PIL import Image
    except ImportError:
        return
    with Image.open(path) as img:
        img.load()
        img = img.convert("RGB")  # the window has no transparency; drops the alpha channel
    img.save(path, "PNG", optimize=True)


def window_shots(lang: str, out: Path) -> list[Path]:
    made = []
    for name, args in WINDOW_SHOTS.items():
        target = out / f"{name}-{lang}.png"
        with tempfile.TemporaryDirectory(prefix="jht-shots-") as home:
            _run(["-m", "ui.launcher", "--lang", lang, *args, "--screenshot", str(target)], Path(home))
        made.append(target)
    return made


def view_names() -> list[str]:
    """The views ``--view`` accepts, as the window lists them (ui.app.view_keys), asked of a
    window in a child process (this script itself does not start Qt)."""
    code = ("from ui.app import application, create_window, view_keys; app = application(); "
            "print(' '.join(view_keys(create_window())))")
    with tempfile.TemporaryDirectory(prefix="jht-shots-") as home:
        proc = subprocess.run([sys.executable, "-c", code], env=_env(Path(home)), cwd=ROOT, capture_output=True,
                              text=True, timeout=300, check=True)
    return proc.stdout.split()


def matrix_shots(out: Path, langs: list[str], screens: list[str], views: list[str] | None,
                 palettes: list[str] = list(PALETTES)) -> list[Path]:
    """Every view x language x screen x palette, empty and full (see the module's docstring)."""
    made = []
    for view in views or view_names():
        for lang in langs:
            for screen in screens:
                (width, height), scale = SCREENS[screen]
                for data in ("empty", "full"):
                    for palette in palettes:
                        target = out / f"{view}-{lang}-{screen}-{data}-{palette}.png"
                        start = ["-c", DARK_START] if palette == "dark" else ["-m", "ui.launcher"]
                        args = [*start, "--lang", lang, *(["--demo"] if data == "full" else []),
                                "--view", view, "--size", f"{width}x{height}", "--screenshot", str(target)]
                        with tempfile.TemporaryDirectory(prefix="jht-shots-") as home:
                            _run(args, Path(home), scale)
                        made.append(target)
                        print(target, flush=True)
    return made


def report_shot(lang: str, out: Path) -> list[Path]:
    pdftoppm = shutil.which("pdftoppm")
    if pdftoppm is None:
        print("pdftoppm not found (poppler-utils): report picture skipped", file=sys.stderr)
        return []
    with tempfile.TemporaryDirectory(prefix="jht-shots-") as home:
        pdf = Path(home) / "report.pdf"
        _run(["-m", "ui.launcher", "report", "--demo", "--lang", lang, "--seed", "1", "--out", str(pdf)], Path(home))
        stem = Path(home) / "page"
        subprocess.run([pdftoppm, "-png", "-r", str(REPORT_DPI), "-f", "1", "-l", "1", "-singlefile",
                        str(pdf), str(stem)], check=True, timeout=120)
        target = out / f"report-{lang}.png"
        shutil.move(str(stem.with_suffix(".png")), target)
    return [target]


# ------------------------------------------------------------------------------ dialogs (in a child process)
def _settle(app, rounds: int = 4) -> None:
    from PySide6.QtCore import QEventLoop

    for _ in range(rounds):
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)


def _grab(widget, app, target: Path) -> Path:
    widget.show()
    widget.raise_()
    _settle(app)
    if hasattr(widget, "flush_drawing"):
        widget.flush_drawing()
    history = getattr(widget, "history_view", None)
    if history is not None and hasattr(history, "chart"):
        flush = getattr(history.chart, "flush", None)
        if callable(flush):
            flush()
    _settle(app)
    if not widget.grab().save(str(target), "PNG"):
        raise SystemExit(f"cannot write {target}")
    return target


def _conflict_csv(statement, folder: Path) -> Path:
    """One contribution row of `statement` with another wage and JHT parts: a conflict on import."""
    from decimal import Decimal

    row = next(c for c in statement.rows if c.paid_on is not None and c.rapel == 0)
    wage = row.wage + Decimal(500_000)
    employer = (row.jht_employer * wage / row.wage).quantize(Decimal("0.01"))
    worker = (row.jht_worker * wage / row.wage).quantize(Decimal("0.01"))
    path = folder / "iuran-koreksi.csv"
    path.write_text(
        "kpj,bl_th,tgl_setor,tgl_posting,upah,rapel,iuran_jht_pemberi_kerja,iuran_jht_tk,"
        "iuran_jp_pemberi_kerja,iuran_jp_tk,tahun\n"
        f"{statement.card.kpj},{row.period[0]:04d}-{row.period[1]:02d},{row.paid_on.isoformat()},"
        f"{row.posted_on.isoformat() if row.posted_on else ''},{wage},{row.rapel},{employer},{worker},"
        f"{row.jp_employer},{row.jp_worker},{statement.year}\n",
        encoding="utf-8")
    return path


def dialog_shots(lang: str, out: Path) -> list[Path]:
    """Run in a child process whose JHT_PLANNER_HOME is a throw-away folder."""
    import datetime as dt

    from planner.importers import read_files
    from planner.store import Store
    from resources import DEMO_DIR
    from ui import worker
    from ui.app import application, create_window
    from ui.import_flow import PasswordDialog
    from ui.quick_entry import QuickEntryDialog, QuickEntryValues

    app = application()
    worker.set_synchronous(True)
    made: list[Path] = []
    pdfs = sorted(Path(DEMO_DIR).glob("*.pdf"))

    # The database holds the first card's statements; the import brings all of them and a
    # corrected CSV row: additions, duplicates, one conflict and the audit's findings.
    store = Store.open()
    results = read_files(pdfs[:4], lang=lang)[0]
    store.apply(store.plan_import(results, lang=lang))
    stored = store.statements()
    csv = _conflict_csv(stored[-1], Path(os.environ["JHT_PLANNER_HOME"]))
    store.close()

    window = create_window(lang=lang)
    window.remember_geometry = False
    window.resize(1280, 800)
    window.show()
    _settle(app)
    flow = window.import_flow
    opened: list = []
    flow.review_opened.connect(opened.append)
    flow.start([*pdfs, csv])
    for _ in range(200):
        if opened:
            break
        _settle(app, 1)
    if not opened:
        raise SystemExit("the review dialog did not open")
    review = opened[0]
    review.resize(980, 640)
    made.append(_grab(review, app, out / f"review-{lang}.png"))

    review.accept()  # Save: the window shows the history
    _settle(app)
    history = window.history_view
    history.tabs.setCurrentIndex(1)
    made.append(_grab(window, app, out / f"findings-{lang}.png"))

    password = PasswordDialog("rsjht-2024.pdf", parent=window)
    password.edit.setText("01021990")
    made.append(_grab(password, app, out / f"password-{lang}.png"))
    password.reject()

    entry = QuickEntryDialog(window, QuickEntryValues(
        balance=38_887_665.97, as_of=dt.date(2024, 12, 31), wage=8_100_000, birth_date=dt.date(1990, 2, 1),
        kpj="", employer="PT CONTOH MAJU SEJAHTERA"))
    made.append(_grab(entry, app, out / f"quickentry-{lang}.png"))
    entry.reject()

    window.close()
    _settle(app)
    worker.set_synchronous(False)
    return made


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Make the user guide's pictures (docs/img).")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help="folder for the PNG files (default docs/img)")
    parser.add_argument("--lang", choices=LANGS, nargs="+", default=list(LANGS))
    parser.add_argument("--dialogs-only", choices=LANGS, help=argparse.SUPPRESS)  # the child process
    parser.add_argument("--matrix", action="store_true", help="every view x language x screen x empty/full")
    parser.add_argument("--screens", choices=sorted(SCREENS), nargs="+", default=list(SCREENS))
    parser.add_argument("--views", nargs="+", help="with --matrix: only these views (default: all)")
    parser.add_argument("--palettes", choices=PALETTES, nargs="+", default=list(PALETTES),
                        help="with --matrix: light, dark or both (default)")
    args = parser.parse_args(argv)
    out: Path = args.out.resolve()
    out.mkdir(parents=True, exist_ok=True)

    if args.matrix:
        made = matrix_shots(out, args.lang, args.screens, args.views, args.palettes)
        print(f"{len(made)} pictures in {out}")
        return 0

    if args.dialogs_only:
        from ui import i18n

        from ui.app import application

        i18n.install(application(), args.dialogs_only)
        made = dialog_shots(args.dialogs_only, out)
        for path in made:
            print(path)
        return 0

    made: list[Path] = []
    for lang in args.lang:
        made += window_shots(lang, out)
        with tempfile.TemporaryDirectory(prefix="jht-shots-") as home:
            _run([str(Path(__file__).resolve()), "--out", str(out), "--dialogs-only", lang], Path(home))
        made += [out / f"{name}-{lang}.png" for name in DIALOG_SHOTS]
        made += report_shot(lang, out)
    total = 0
    for path in made:
        _compress(path)
        size = path.stat().st_size
        total += size
        print(f"{path.relative_to(out.parent) if out.parent in path.parents else path}  {size // 1024} KiB")
    print(f"{len(made)} pictures, {total / 1024 / 1024:.2f} MiB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
