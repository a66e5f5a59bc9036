"""Anything from outside the planner (a file name, a path, a name typed elsewhere) made safe
to show: on a terminal, in the window, in a log line or in the report.

* bytes that are not UTF-8 (a file name from another system: Python hands them over as lone
  surrogates) become U+FFFD instead of an UnicodeEncodeError when printed;
* terminal escape sequences are removed whole and any other control character (tab, newline,
  bell, the bidi overrides that reorder what is read) becomes a visible "?";
* a NIK or KPJ inside the text, in any grouping (``3171-0141-0290-0003``, ``150.234.567.89``,
  ``1502 3456 789``), is masked unless the member asked to see identifiers.
"""
from __future__ import annotations

import os
import re
from pathlib import PurePath

from planner.format import mask_digits

# CSI (ESC [ … final), OSC (ESC ] … BEL or ESC \), the 8-bit CSI, and two-byte ESC sequences.
_ESCAPE = re.compile(
    r"\x1b\[[0-?]*[ -/]*[@-~]"
    r"|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)?"
    r"|\x9b[0-?]*[ -/]*[@-~]"
    r"|\x1b[ -~]?"
)
_CONTROL = re.compile("[\x00-\x1f\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069]")
_SURROGATE = re.compile("[\ud800-\udfff]")
# 8 or more digits, single spaces, dots, dashes or underscores allowed between them.
IDENTIFIER = re.compile(r"(?<!\d)\d(?:[ ._-]?\d){7,}(?!\d)")

REPLACEMENT = "\ufffd"


def safe_text(text: str | bytes) -> str:
    """`text` without escape sequences, control characters or undecodable bytes."""
    if isinstance(text, bytes):
        text = os.fsdecode(text)
    text = _SURROGATE.sub(REPLACEMENT, text)
    text = _ESCAPE.sub("", text)
    return _CONTROL.sub("?", text)


def mask_identifiers(text: str) -> str:
    """Every NIK- or KPJ-like digit run in `text` masked (first and last 3 digits kept)."""
    return IDENTIFIER.sub(lambda m: mask_digits(re.sub(r"\D", "", m.group(0))), text)


def shown_text(text: str | bytes, show_ids: bool = False) -> str:
    """Free text from outside (a name, a message) as it may be shown."""
    text = safe_text(text)
    return text if show_ids else mask_identifiers(text)


def shown_name(path: str | bytes | os.PathLike, show_ids: bool = False) -> str:
    """The last part of a path (the file name) as it may be shown."""
    raw = os.fsdecode(path) if isinstance(path, bytes) else os.fspath(path)
    return shown_text(PurePath(raw).name or raw, show_ids)


def shown_path(path: str | bytes | os.PathLike, show_ids: bool = False) -> str:
    """A whole path as it may be shown."""
    raw = os.fsdecode(path) if isinstance(path, bytes) else os.fspath(path)
    return shown_text(raw, show_ids)
