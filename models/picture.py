"""What reading a picture of a statement leaves for a person to check.

A value read by OCR that no self-check of the statement confirmed, or that a check refuted,
is an :class:`UncertainField`: where it sits (page, line, box on that page's image), what
was read, and why it is uncertain. The crop of the picture travels with it as PNG bytes so
that the review dialog can show it beside the value without the page images.
"""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class UncertainField:
    statement: int  # 0-based index of the statement (of the import result) it belongs to
    page: int  # 1-based: the picture (or PDF page) it was read from
    line: int  # 1-based text line on that page, top to bottom
    field: str  # stable name: "row.3.wage", "summary.closing", "header.kpj", ...
    value: str  # the text as read (after settling OCR confusions)
    why: str  # one sentence for the member, in the language asked for
    box: tuple[int, int, int, int]  # x0, y0, x1, y1 on the page image
    crop_png: bytes = b""  # the part of the picture the value came from
