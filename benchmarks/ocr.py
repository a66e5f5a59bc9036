"""Reading pictures: speed, memory and reliability over the generated picture set.

    python -m benchmarks.ocr [--quick] [--reliability] [--json OUT.json]
    python -m benchmarks --only ocr      # the speed figures in the suite's table

Speed (targets of issue 16, on this 2-core machine): seconds per page for a 200-dpi scan, a
phone photo, a 1080-px screenshot and a 12-megapixel photo through the whole import
(decoding, OCR, lines, extractor, audit, self-checks, crops), each beside the bare RapidOCR
call on the same image (the ratio's target is 1.2), and the CPU seconds of each (robust to
other load); the model load time in a fresh process, what the first page after loading
costs more, and the process's peak memory. Reliability (``--reliability``): every picture of tests/generators/make_pictures.py
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
    ("ocr_model_load_s", "s", None, "RapidOCR, onnxruntime and both models loaded in a fresh process"),
    ("ocr_scan_s", "s", 6.0, "one 200-dpi scanned page, whole import"),
    ("ocr_scan_ratio", "x", 1.2, "scan: whole import / bare OCR call"),
    ("ocr_photo_s", "s", 6.0, "one phone photo (2000 x 2700 px, tilted), whole import"),
    ("ocr_photo_ratio", "x", 1.2, "photo: whole import / bare OCR call"),
    ("ocr_screenshot_s", "s", 6.0, "one 1080-px screenshot, whole import"),
    ("ocr_screenshot_ratio", "x", 1.2, "screenshot: whole import / bare OCR call"),
    ("ocr_photo_12mp_s", "s", 6.0, "one 12-megapixel phone photo (3024 x 4089 px), whole import"),
    ("ocr_photo_12mp_ratio", "x", 1.2, "12-megapixel photo: whole import / bare OCR call"),
    ("ocr_scan_cpu_s", "s", None, "scan: CPU seconds of the whole import (both cores together)"),
    ("ocr_photo_cpu_s", "s", None, "photo: CPU seconds of the whole import"),
    ("ocr_screenshot_cpu_s", "s", None, "screenshot: CPU seconds of the whole import"),
    ("ocr_photo_12mp_cpu_s", "s", None, "12-megapixel photo: CPU seconds of the whole import"),
    ("ocr_cpu_ratio_max", "x", 1.2, "whole import / bare OCR call in CPU seconds, the largest of the four"),
    ("ocr_first_page_cpu_s", "s", None, "CPU seconds the first page after loading costs more (scan, bare OCR)"),
    ("ocr_peak_rss_mb", "MB", 1536.0, "peak memory (ru_maxrss) of the process after all of the above"),
)
FIGURE_NAMES = tuple(f[0] for f in FIGURES)
SPEED = {"scan": "scan", "photo": "photo", "screenshot": "screenshot", "photo_12mp": "photo-12mp"}


def load() -> list[float]:
    return [round(x, 2) for x in os.getloadavg()]


def model_load_seconds() -> float:
    code = ("import time; t=time.perf_counter(); from planner.importers import ocr; ocr.engine(); "
            "print(time.perf_counter()-t)")
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True,
                         timeout=300, check=True)
    return float(out.stdout.strip().splitlines()[-1])


def bare_ocr(path: Path) -> tuple[float, float]:
    """(wall, CPU) seconds of RapidOCR alone on the page image the import reads (decoded as
    the import decodes it, handed over as planner.importers.ocr.read_words hands it)."""
    (image,) = page_images(path.read_bytes())
    array = np.ascontiguousarray(np.asarray(image.convert("RGB"))[:, :, ::-1])
    engine = ocr.engine()
    wall, cpu = time.perf_counter(), time.process_time()
    engine(array)
    return time.perf_counter() - wall, time.process_time() - cpu


def whole_import(path: Path) -> tuple[float, float]:
    """(wall, CPU) seconds of the whole import of `path`; CPU time counts every thread of the
    process: what a page costs whatever else the machine runs."""
    wall, cpu = time.perf_counter(), time.process_time()
    read_picture_paths([path])
    return time.perf_counter() - wall, time.process_time() - cpu


def speed_figures(quick: bool) -> dict[str, float]:
    """The speed figures, each image read once (quick) or three times (median)."""
    with tempfile.TemporaryDirectory() as tmp:
        return speed(Path(tmp), 1 if quick else 3)


def made_apart(names: list[str], folder: Path) -> dict[str, Path]:
    """The pictures `names` written into `folder` by another process: drawing a 12-megapixel
    photo takes more memory than reading it, and the peak memory figure is the reading's."""
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    subprocess.run([sys.executable, "-m", "tests.generators.make_pictures", "--out", str(folder), "--only", *names],
                   cwd=ROOT, env=env, capture_output=True, text=True, timeout=600, check=True)
    return {p.name: folder / f"{p.name}{p.suffix}" for p in SET if p.name in names}


def speed(folder: Path, repeats: int) -> dict[str, float]:
    figures = {"ocr_model_load_s": model_load_seconds()}
    paths = made_apart(list(SPEED.values()), folder)
    ocr.engine()  # loaded once here, as the window and the CLI keep it
    # The first page read after loading costs more (onnxruntime sizes its buffers): measured
    # apart, so that it does not fall on whichever figure comes first.
    first = bare_ocr(paths["scan"])[1]
    figures["ocr_first_page_cpu_s"] = first - min(bare_ocr(paths["scan"])[1] for _ in range(2))
    cpu_ratios = []
    for key, name in SPEED.items():
        path = paths[name]
        bare, whole = [], []
        for _ in range(repeats):  # alternately, so that a change of load falls on both
            bare.append(bare_ocr(path))
            whole.append(whole_import(path))
        figures[f"ocr_{key}_s"] = statistics.median(w for w, _ in whole)
        figures[f"ocr_{key}_ratio"] = figures[f"ocr_{key}_s"] / statistics.median(w for w, _ in bare)
        figures[f"ocr_{key}_cpu_s"] = statistics.median(c for _, c in whole)
        cpu_ratios.append(figures[f"ocr_{key}_cpu_s"] / statistics.median(c for _, c in bare))
    figures["ocr_cpu_ratio_max"] = max(cpu_ratios)
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
        start, cpu = time.perf_counter(), time.process_time()
        try:
            result = read_picture_paths(paths)
        except UserError as exc:
            report[key] = {"pages": len(paths), "seconds": time.perf_counter() - start,
                           "cpu_seconds": time.process_time() - cpu, "sentence": exc.text("en"), "code": exc.code}
            continue
        truth = statement(first.kpj, first.year)
        flagged = {u.field for u in result.uncertain}
        (read,) = result.statements
        counts = compare(read, truth, flagged)
        report[key] = {"pages": len(paths), "seconds": time.perf_counter() - start,
                       "cpu_seconds": time.process_time() - cpu, "right": len(counts["right"]), "flagged": len(counts["flagged"]),
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
        took = f"{r['seconds']:5.1f} s ({r['cpu_seconds']:4.1f} s CPU)"
        if "sentence" in r:
            print(f"{key:12} {r['pages']} page(s) {took}  -> {r['code']}: {r['sentence']}")
        else:
            print(f"{key:12} {r['pages']} page(s) {took}  right {r['right']:3}  flagged {r['flagged']:2}  "
                  f"wrong-unflagged {len(r['wrong_unflagged'])}  {r['wrong_unflagged'] or ''}")
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(out, indent=2, default=str), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
