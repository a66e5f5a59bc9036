"""Writing what the member exports: plain text, a text-only A4 PDF, an .ics calendar.

Every write goes to a temporary file beside the target and is renamed over it only when
complete, so a full disk or a crash never leaves a half-written file; a failure becomes one
sentence for the member (:class:`ExportFailed`).
"""
from __future__ import annotations

import errno
import os
import tempfile
from pathlib import Path
from typing import Callable, Sequence

from matplotlib.backends.backend_pdf import PdfPages

from planner.errors import UserError
from planner.report_layout import CONTENT_H, CONTENT_W, LINE, MARGIN_L, MARGIN_T, MUTED, Page, wrap
from planner.texts import both

BODY_SIZE = 9.5
MONO_SIZE = 7.2


class ExportFailed(UserError):
    def __init__(self, path: Path, exc: OSError):
        key = "common.disk_full" if exc.errno == errno.ENOSPC else "remedies.export.failed"
        id_text, en_text = both(key, path=str(path))
        super().__init__("export_failed", id_text, en_text)


def _atomic(path: Path, write: Callable[[Path], None]) -> None:
    path = Path(path)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent if str(path.parent) else ".")
    os.close(fd)
    try:
        write(Path(tmp))
        os.replace(tmp, path)
    except OSError as exc:
        Path(tmp).unlink(missing_ok=True)
        raise ExportFailed(path, exc) from None
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def write_text(path: Path | str, text: str) -> Path:
    """`text` as UTF-8 with the platform's own line ends left alone ("\\n")."""
    path = Path(path)
    if not path.parent.is_dir():
        raise ExportFailed(path, OSError(errno.ENOENT, "no such folder"))
    _atomic(path, lambda tmp: tmp.write_text(text, encoding="utf-8", newline="\n"))
    return path


def write_bytes(path: Path | str, data: bytes) -> Path:
    path = Path(path)
    if not path.parent.is_dir():
        raise ExportFailed(path, OSError(errno.ENOENT, "no such folder"))
    _atomic(path, lambda tmp: tmp.write_bytes(data))
    return path


def _is_table(line: str) -> bool:
    """Fixed-width table rows (several runs of spaces) keep their columns in a monospace font."""
    return "   " in line.strip()


def _layout(documents: Sequence[str]) -> list[list[tuple[float, str, bool]]]:
    """Each document's lines placed on pages: (y, text, monospace); a document starts a page."""
    pages: list[list[tuple[float, str, bool]]] = []
    for doc in documents:
        page: list[tuple[float, str, bool]] = []
        y = 0.0
        for raw in doc.rstrip("\n").split("\n"):
            mono = _is_table(raw)
            size = MONO_SIZE if mono else BODY_SIZE
            parts = [raw] if mono or not raw else wrap(raw, CONTENT_W, size)
            for part in parts:
                step = size * LINE
                if y + step > CONTENT_H:
                    pages.append(page)
                    page, y = [], 0.0
                y += step
                page.append((y, part, mono))
        pages.append(page)
    return pages


def write_pdf(path: Path | str, documents: Sequence[str], title: str = "") -> Path:
    """Each text in `documents` from the top of a new A4 page; table rows in monospace."""
    path = Path(path)
    if not path.parent.is_dir():
        raise ExportFailed(path, OSError(errno.ENOENT, "no such folder"))
    laid = _layout(documents)

    def draw(tmp: Path) -> None:
        with PdfPages(tmp, metadata={"Title": title, "Creator": "jht-planner"}) as pdf:
            for n, lines in enumerate(laid, 1):
                page = Page()
                for y, text, mono in lines:
                    size = MONO_SIZE if mono else BODY_SIZE
                    page.text(MARGIN_L, MARGIN_T + y, text, size=size, mono=mono)
                page.text(MARGIN_L + CONTENT_W, MARGIN_T + CONTENT_H + 24, f"{n}/{len(laid)}", size=7,
                          color=MUTED, ha="right")
                pdf.savefig(page.fig)

    _atomic(path, draw)
    return path



