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
import threading
from pathlib import Path

import numpy as np
from PIL import Image

from planner.importers.errors import ImportProblem
from planner.importers.ocr_lines import Word
from planner.texts import both

# The models that come inside rapidocr 3.x's wheel (checked by tests/planner/test_ocr_engine.py).
DET_MODEL = "PP-OCRv6_det_small.onnx"
REC_MODEL = "PP-OCRv6_rec_small.onnx"
CLS_MODEL = "ch_ppocr_mobile_v2.0_cls_mobile.onnx"

_lock = threading.Lock()
_engine: object | None = None


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
    params = {
        "Global.log_level": "error",
        "Global.use_cls": False,  # statements are upright; EXIF rotation is applied before
        "Det.model_path": str(paths["Det"]),
        "Rec.model_path": str(paths["Rec"]),
        "Cls.model_path": str(paths["Cls"]),
    }
    logging.getLogger("RapidOCR").setLevel(logging.ERROR)
    try:
        return RapidOCR(params=params)
    except Exception:  # a damaged install: one sentence, never a traceback
        raise OcrUnavailable() from None


def read_words(image: Image.Image, page: int) -> list[Word]:
    """Every text box RapidOCR finds on `image` (RGB), with its score and corner points."""
    ocr = engine()
    array = np.asarray(image.convert("RGB"))[:, :, ::-1]  # RapidOCR expects OpenCV's BGR
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
