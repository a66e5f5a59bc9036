"""The offline OCR engine: RapidOCR's ONNX models, shipped inside the `rapidocr` wheel.

The models are loaded from the installed package by explicit path, never fetched: when a
model file is missing the member is told to reinstall, and nothing is downloaded (RapidOCR
would otherwise try its model hub). The engine is loaded once per process, on first use,
and shared; a call is serialised by a lock because one ONNX session per model is enough on
two cores and keeps memory flat.

:func:`read_words` turns one page image into :class:`Word` boxes; putting them into lines
is :mod:`planner.importers.ocr_lines`.
"""
from __future__ import annotations

import logging
import os
import threading
from pathlib import Path

import numpy as np
from PIL import Image

from planner.importers.errors import ImportProblem
from planner.importers.ocr_lines import Word
from planner.texts import both

log = logging.getLogger(__name__)

# The models that come inside rapidocr 3.x's wheel (checked by tests/planner/test_ocr_pictures.py).
DET_MODEL = "PP-OCRv6_det_small.onnx"
REC_MODEL = "PP-OCRv6_rec_small.onnx"
CLS_MODEL = "ch_ppocr_mobile_v2.0_cls_mobile.onnx"

# How the engine runs, measured on the generated picture set (docs/reliability.md, "Speed"):
# 91% of a page's CPU time is inside onnxruntime, about a third detecting the text boxes and
# two thirds recognising the ~180 boxes a statement page holds.
PAGE_SIDE = 2000  # px: a page is read at most this long (RapidOCR's own limit, kept)
# The detector reads the page at that size: at 1800 or 1600 px it lost rows of the photo and
# the scan (the statement could not be read), so it is not reduced.
REC_MIN_WIDTH = 48  # px: a short box ("1", "-", a date) is padded to this width for
# recognition, not RapidOCR's 320: a third less width to recognise, 23-34% less CPU, the
# same fields read
REC_BATCH = 6  # boxes recognised together (RapidOCR's default; 12 and 30 were no faster)

_lock = threading.Lock()
_engine: object | None = None


def physical_cores() -> int | None:
    """The CPU cores this process may use, hyper-threads of one core counted once (Linux);
    None where that cannot be told, and onnxruntime counts the physical cores itself."""
    try:
        usable = len(os.sched_getaffinity(0))
        with open("/proc/cpuinfo", encoding="ascii", errors="replace") as fh:
            cores, physical = set(), ""
            for line in fh:
                key, _, value = line.partition(":")
                if key.strip() == "physical id":
                    physical = value.strip()
                elif key.strip() == "core id":
                    cores.add((physical, value.strip()))
    except (AttributeError, OSError):  # not Linux
        return None
    return max(1, min(usable, len(cores) or usable))


class OcrUnavailable(ImportProblem):
    def __init__(self) -> None:
        super().__init__("ocr_unavailable", *both("ocr.unavailable"))


def model_dir() -> Path:
    """The folder of the models inside the installed rapidocr package."""
    try:
        import rapidocr  # optional at import time: a planner without pictures still starts
    except ImportError:
        raise OcrUnavailable() from None
    return Path(rapidocr.__file__).resolve().parent / "models"


def model_paths() -> dict[str, Path]:
    folder = model_dir()
    paths = {"Det": folder / DET_MODEL, "Rec": folder / REC_MODEL, "Cls": folder / CLS_MODEL}
    if not all(p.is_file() for p in paths.values()):
        raise OcrUnavailable()
    return paths


def engine():
    """The shared RapidOCR engine (loaded on first use, from the package's own model files)."""
    global _engine
    with _lock:
        if _engine is None:
            _engine = _load()
        return _engine


def _load():
    # Imported here: loading onnxruntime and OpenCV takes a second that a planner which
    # never reads a picture should not pay at start-up.
    from rapidocr import RapidOCR

    paths = model_paths()
    threads = physical_cores()
    params = {
        "Global.log_level": "error",
        "Global.use_cls": False,  # statements are upright; EXIF rotation is applied before
        "Det.model_path": str(paths["Det"]),
        "Rec.model_path": str(paths["Rec"]),
        "Cls.model_path": str(paths["Cls"]),
        "Global.max_side_len": PAGE_SIDE,
        "Rec.rec_img_shape": [3, 48, REC_MIN_WIDTH],
        "Rec.rec_batch_num": REC_BATCH,
        "EngineConfig.onnxruntime.inter_op_num_threads": 1,
    }
    if threads is not None:
        params["EngineConfig.onnxruntime.intra_op_num_threads"] = threads
    logging.getLogger("RapidOCR").setLevel(logging.ERROR)
    try:
        ocr = RapidOCR(params=params)
    except Exception:  # a damaged install: one sentence, never a traceback
        raise OcrUnavailable() from None
    try:
        _own_sessions(ocr, paths, threads)
    except Exception:  # a damaged model file, or a RapidOCR whose config refuses the sessions
        log.warning("onnxruntime sessions of our own could not be set; RapidOCR makes its own", exc_info=True)
    return ocr


def _own_sessions(ocr, paths: dict[str, Path], threads: int | None) -> None:
    """Give RapidOCR onnxruntime sessions whose threads sleep while they wait instead of
    spinning: RapidOCR's own options cannot say so, and on two cores shared with the window
    a spinning thread takes CPU time from everything else (measured on the scan, photo and
    screenshot: 8.5, 9.8, 7.7 s of CPU against 9.7, 10.9, 8.4 s spinning, the same wall time).
    RapidOCR uses a ready session found in a model's config (``session``); its config
    (OmegaConf) holds such an object only when told to. RapidOCR loads its models on first
    use, so no model is loaded twice."""
    # Imported here, as RapidOCR above: only when a picture is read.
    import onnxruntime as ort
    from omegaconf import flag_override  # RapidOCR's config library, loaded with it

    options = ort.SessionOptions()
    options.log_severity_level = 4
    # As RapidOCR: no memory arena, so memory stays flat between pages (with one, 1.5 GB
    # peak instead of 0.9 and no faster).
    options.enable_cpu_mem_arena = False
    options.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_ALL
    if threads is not None:
        options.intra_op_num_threads = threads
    options.inter_op_num_threads = 1
    options.add_session_config_entry("session.intra_op.allow_spinning", "0")
    with flag_override(ocr.cfg, "allow_objects", True):
        for key in ("Det", "Rec"):  # the angle classifier is not used (Global.use_cls)
            ocr.cfg[key].session = ort.InferenceSession(str(paths[key]), sess_options=options,
                                                        providers=["CPUExecutionProvider"])


def read_words(image: Image.Image, page: int) -> list[Word]:
    """Every text box RapidOCR finds on `image` (RGB), with its score and corner points."""
    ocr = engine()
    # RapidOCR expects OpenCV's BGR, in one contiguous block: OpenCV copies a reversed view
    # whole for every text box it cuts out (measured: 2.8 s of CPU a page for 187 boxes).
    array = np.ascontiguousarray(np.asarray(image.convert("RGB"))[:, :, ::-1])
    with _lock:
        out = ocr(array)
    if out.boxes is None or out.txts is None:
        return []
    words = []
    for box, text, score in zip(out.boxes, out.txts, out.scores):
        quad = tuple((float(x), float(y)) for x, y in box)
        if text.strip():
            words.append(Word(text=text.strip(), score=float(score), quad=quad, page=page))  # type: ignore[arg-type]
    return words
