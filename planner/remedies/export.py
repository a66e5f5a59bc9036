"""Writing what the member exports: plain text, a text-only A4 PDF, an .ics calendar.

Every write goes through planner.fileio (whole or not at all: a full disk or a crash never
leaves a half-written file); a failure becomes one sentence for the member (WriteFailed).
"""
from __future__ import annotations

from pathlib import Path
from typing import Sequence

from matplotlib.backends.backend_pdf import PdfPages

from planner import fileio
from planner.report_layout import CONTENT_H, CONTENT_W, LINE, MARGIN_L, MARGIN_T, MUTED, Page, wrap

BODY_SIZE = 9.5
MONO_SIZE = 7.2


def write_text(path: Path | str, text: str) -> Path:
    """`text` as UTF-8, its line ends as given ("\\n" for letters, CRLF for .ics)."""
    fileio.write_text(path, text)
    return Path(path)


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
    laid = _layout(documents)
    with fileio.atomic_write(path) as fh, PdfPages(fh, metadata={"Title": title, "Creator": "jht-planner"}) as pdf:
        for n, lines in enumerate(laid, 1):
            page = Page()
            for y, text, mono in lines:
                page.text(MARGIN_L, MARGIN_T + y, text, size=MONO_SIZE if mono else BODY_SIZE, mono=mono)
            page.text(MARGIN_L + CONTENT_W, MARGIN_T + CONTENT_H + 24, f"{n}/{len(laid)}", size=7, color=MUTED,
                      ha="right")
            pdf.savefig(page.fig)
    return Path(path)
