"""Reading pictures: speed, memory and reliability over the generated picture set.

    python -m benchmarks.ocr [--quick] [--reliability] [--json OUT.json]
    python -m benchmarks --only ocr      # the speed figures in the suite's table

Speed (targets of issue 16, on this 2-core machine): seconds per page for a 200-dpi scan, a
phone photo and a 1080-px screenshot through the whole import (OCR, lines, extractor,
audit, self-checks, crops), each beside the bare RapidOCR call on the same image (the
ratio's target is 1.2), the model load time in a fresh process, and the process's peak
memory. Reliability (``--reliability``): every picture of tests/generators/make_pictures.py
read and compared field by field with the fictional statement it shows: fields exactly
right, fields flagged for review, and fields wrong and not flagged (target 0).

This machine is shared: the load average is printed beside the figures; compare figures
only from runs with a low load.
"""
from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

import numpy as np  # noqa: E402

from models import StatementYear  # noqa: E402
from planner.errors import UserError  # noqa: E402
from planner.importers import ocr  # noqa: E402
from planner.importers.picture import page_images, read_picture_paths  # noqa: E402
from tests.generators.make_pictures import SET, make, statement  # noqa: E402

# (figure, unit, target, what it is)
FIGURES = (
    ("ocr_model_load_s", "s", None, "RapidOCR models loaded in a fresh process"),
    ("ocr_scan_s", "s", 6.0, "one 200-dpi scanned page, whole import"),
    ("ocr_scan_ratio", "x", 1.2, "scan: whole import / bare OCR call"),
    ("ocr_photo_s", "s", 6.0, "one phone photo (2000 x 2700 px, tilted), whole import"),
    ("ocr_photo_ratio", "x", 1.2, "photo: whole import / bare OCR call"),
    ("ocr_screenshot_s", "s", 6.0, "one 1080-px screenshot, whole import"),
    ("ocr_screenshot_ratio", "x", 1.2, "screenshot: whole import / bare OCR call"),
    ("ocr_scan_cpu_s", "s", None, "scan: CPU seconds of the whole import (both cores together)"),
    ("ocr_photo_cpu_s", "s", None, "photo: CPU seconds of the whole import"),
    ("ocr_screenshot_cpu_s", "s", None, "screenshot: CPU seconds of the whole import"),
    ("ocr_peak_rss_mb", "MB", 1536.0, "peak memory (ru_maxrss) of the process after all of the above"),
)
FIGURE_NAMES = tuple(f[0] for f in FIGURES)
SPEED = {"scan": "scan", "photo": "photo", "screenshot": "screenshot"}


def load() -> list[float]:
    return [round(x, 2) for x in os.getloadavg()]


def model_load_seconds() -> float:
    code = ("import time; t=time.perf_counter(); from planner.importers import ocr; ocr.engine(); "
            "print(time.perf_counter()-t)")
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True,
                         timeout=300, check=True)
    return float(out.stdout.strip().splitlines()[-1])


def bare_ocr_seconds(path: Path) -> float:
    """RapidOCR alone on the page image the import reads (decoded, as the import decodes it)."""
    (image,) = page_images(path.read_bytes())
    array = np.asarray(image.convert("RGB"))[:, :, ::-1]
    engine = ocr.engine()
    start = time.perf_counter()
    engine(array)
    return time.perf_counter() - start


def import_seconds(path: Path) -> float:
    start = time.perf_counter()
    read_picture_paths([path])
    return time.perf_counter() - start


def import_cpu_seconds(path: Path) -> float:
    """CPU time of the whole import, all threads: what it costs whatever else the machine runs."""
    start = time.process_time()
    read_picture_paths([path])
    return time.process_time() - start


def speed_figures(quick: bool) -> dict[str, float]:
    """The speed figures, each image read once (quick) or three times (median)."""
    with tempfile.TemporaryDirectory() as tmp:
        return speed(Path(tmp), 1 if quick else 3)


def speed(folder: Path, repeats: int) -> dict[str, float]:
    figures = {"ocr_model_load_s": model_load_seconds()}
    ocr.engine()  # loaded once here, as the window and the CLI keep it
    for key, name in SPEED.items():
        picture = next(p for p in SET if p.name == name)
        (path,) = make(picture, folder)
        bare = statistics.median(bare_ocr_seconds(path) for _ in range(repeats))
        whole = statistics.median(import_seconds(path) for _ in range(repeats))
        figures[f"ocr_{key}_s"] = whole
        figures[f"ocr_{key}_ratio"] = whole / bare
        figures[f"ocr_{key}_cpu_s"] = statistics.median(import_cpu_seconds(path) for _ in range(repeats))
    figures["ocr_peak_rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return figures


# ------------------------------------------------------------------ reliability

def truth_fields(st: StatementYear) -> dict[str, object]:
    """The values a statement prints, by the field names of planner.importers.ocr_checks."""
    out: dict[str, object] = {
        "header.kpj": st.card.kpj, "header.nik": st.member.nik, "header.name": st.member.name,
        "header.birth_date": st.member.birth_date, "header.employer": st.card.employer, "header.npp": st.card.npp,
        "summary.opening": st.opening, "summary.contributions": st.contributions,
        "summary.development": st.development, "summary.closing": st.closing,
        "akumulasi.1": st.jp_accumulated,
    }
    for i, value in enumerate(st.jumlah or (), start=1):
        out[f"jumlah.{i}"] = value
    for k, row in enumerate(st.rows, start=1):
        for name in ("paid_on", "period", "posted_on", "wage", "rapel", "jht_employer", "jht_worker",
                     "jp_employer", "jp_worker"):
            out[f"row.{k}.{name}"] = getattr(row, name)
    return out


# A field the checks report under another name (the NIK sits in the card-number token).
_FLAG_NAME = {"header.nik": "header.kpj", "header.npp": "header.employer"}


def compare(read: StatementYear, truth: StatementYear, flagged: set[str]) -> dict[str, list[str]]:
    got, want = truth_fields(read), truth_fields(truth)
    out: dict[str, list[str]] = {"right": [], "flagged": [], "wrong_unflagged": []}
    for name, value in want.items():
        is_flagged = _FLAG_NAME.get(name, name) in flagged
        if is_flagged:
            out["flagged"].append(name)
        elif got.get(name) == value:
            out["right"].append(name)
        else:
            out["wrong_unflagged"].append(f"{name}: read {got.get(name)!r}, is {value!r}")
    return out


def reliability(folder: Path) -> dict:
    groups: dict[str, list] = {}
    for picture in SET:
        key = picture.name.split("-")[0] if picture.kind == "printout" else picture.name
        groups.setdefault(key, []).append(picture)
    report: dict[str, dict] = {}
    for key, pictures in groups.items():
        paths = [p for picture in pictures for p in make(picture, folder)]
        first = pictures[0]
        start = time.perf_counter()
        try:
            result = read_picture_paths(paths)
        except UserError as exc:
            report[key] = {"pages": len(paths), "seconds": time.perf_counter() - start, "sentence": exc.text("en"),
                           "code": exc.code}
            continue
        truth = statement(first.kpj, first.year)
        flagged = {u.field for u in result.uncertain}
        (read,) = result.statements
        counts = compare(read, truth, flagged)
        report[key] = {"pages": len(paths), "seconds": time.perf_counter() - start,
                       "right": len(counts["right"]), "flagged": len(counts["flagged"]),
                       "wrong_unflagged": counts["wrong_unflagged"],
                       "flagged_fields": sorted(flagged)}
    return report


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="each image once")
    parser.add_argument("--reliability", action="store_true", help="also read the whole picture set")
    parser.add_argument("--json", type=Path, help="write the figures here")
    args = parser.parse_args(argv)
    out: dict = {"load_start": load()}
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        out["figures"] = speed(folder, 1 if args.quick else 3)
        out["load_speed_end"] = load()
        if args.reliability:
            out["reliability"] = reliability(folder)
            out["load_end"] = load()
    for name, unit, target, what in FIGURES:
        value = out["figures"][name]
        verdict = "" if target is None else ("PASS" if value <= target else "MISS")
        print(f"{name:24} {value:9.2f} {unit:3} {'' if target is None else f'target {target:g}':12} {verdict:5} {what}")
    print("load average at start/end:", out["load_start"], out["load_speed_end"])
    for key, r in out.get("reliability", {}).items():
        if "sentence" in r:
            print(f"{key:12} {r['pages']} page(s) {r['seconds']:5.1f} s  -> {r['code']}: {r['sentence']}")
        else:
            print(f"{key:12} {r['pages']} page(s) {r['seconds']:5.1f} s  right {r['right']:3}  flagged {r['flagged']:2}  "
                  f"wrong-unflagged {len(r['wrong_unflagged'])}  {r['wrong_unflagged'] or ''}")
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(out, indent=2, default=str), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
