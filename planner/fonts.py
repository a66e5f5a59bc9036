"""Fonts for the PDF report: DejaVu (shipped with matplotlib) first, then any font with wide
coverage found on the computer, then a visible replacement.

A member's or employer's name can be written in any script (王小明, an emoji, a tab copied
from a spreadsheet). DejaVu covers Latin, Greek, Cyrillic and many symbols but no CJK; a
missing glyph used to stop the report ("failed to find glyph to load"). Now:

* :func:`families` is the font chain the report draws with (matplotlib falls back glyph by
  glyph along it): DejaVu, then the first fonts of :data:`FALLBACK_FILES` this computer has;
* :func:`advance` measures a character in the first font of the chain that has it;
* :func:`printable` replaces what no font of the chain has by U+FFFD (�, in DejaVu), and
  control characters (a tab) by a space or "?", so the page shows that something was there.

No font is downloaded: the app makes no network calls.
"""
from __future__ import annotations

import logging
import os
from functools import cache

from matplotlib.font_manager import FontProperties, findfont, findSystemFonts, fontManager
from matplotlib.ft2font import FT2Font

from planner.display import safe_text

try:  # matplotlib >= 3.10
    from matplotlib.ft2font import LoadFlags

    _NO_HINTING = LoadFlags.NO_HINTING
except ImportError:  # pragma: no cover - older matplotlib
    from matplotlib.ft2font import LOAD_NO_HINTING as _NO_HINTING

FONT = "DejaVu Sans"
MONO = "DejaVu Sans Mono"
REPLACEMENT = "\ufffd"

# TrueType files with wide coverage, best first, as Linux, Windows and macOS name them.
# (.ttf only: matplotlib embeds TrueType outlines in the PDF; colour-bitmap emoji fonts cannot be.)
FALLBACK_FILES = (
    "DroidSansFallbackFull.ttf", "DroidSansFallback.ttf",  # Android/Debian: CJK
    "NotoSansCJK-Regular.ttf", "NotoSansSC-Regular.ttf", "NotoSansJP-Regular.ttf",
    "wqy-microhei.ttf", "ArialUni.ttf", "Arial Unicode.ttf",  # macOS
    "malgun.ttf", "simhei.ttf", "msyh.ttf",  # Windows: Korean, Chinese
    "NotoSans-Regular.ttf", "NotoSansSymbols2-Regular.ttf", "NotoEmoji-Regular.ttf",
    "seguisym.ttf", "Symbola.ttf",  # Windows symbols; symbols and monochrome emoji
)
MAX_FALLBACKS = 4


@cache
def fallback_paths() -> tuple[str, ...]:
    """The fallback font files found on this computer, best first (searched once per process)."""
    found: dict[str, str] = {}
    for path in findSystemFonts():
        name = os.path.basename(path)
        if name in FALLBACK_FILES and name not in found:
            found[name] = path
    ordered = [found[name] for name in FALLBACK_FILES if name in found]
    usable = []
    for path in ordered:
        try:
            FT2Font(path)
        except (OSError, RuntimeError, ValueError):
            continue
        usable.append(path)
        if len(usable) == MAX_FALLBACKS:
            break
    return tuple(usable)


def _not_about_weights(record: logging.LogRecord) -> bool:
    """A fallback font has no bold: matplotlib says so on every lookup; the regular weight is right."""
    return not record.getMessage().startswith("findfont: Failed to find font weight")


@cache
def fallback_families() -> tuple[str, ...]:
    """Family names of :func:`fallback_paths`, registered with matplotlib's font manager."""
    logging.getLogger("matplotlib.font_manager").addFilter(_not_about_weights)
    names = []
    for path in fallback_paths():
        fontManager.addfont(path)
        names.append(FT2Font(path).family_name)
    return tuple(dict.fromkeys(names))


def families(mono: bool = False) -> list[str]:
    """The font chain for matplotlib's ``font.family``: DejaVu first, then the fallbacks."""
    return [MONO if mono else FONT, *fallback_families()]


@cache
def _chain(bold: bool, mono: bool) -> tuple[FT2Font, ...]:
    primary = findfont(FontProperties(family=MONO if mono else FONT, weight="bold" if bold else "normal"))
    fonts = []
    for path in (primary, *fallback_paths()):
        font = FT2Font(path)
        font.set_size(100, 72)
        fonts.append(font)
    return tuple(fonts)


@cache
def _font_for(ch: str, bold: bool, mono: bool) -> FT2Font | None:
    code = ord(ch)
    for font in _chain(bold, mono):
        if font.get_char_index(code):
            return font
    return None


@cache
def advance(ch: str, bold: bool = False, mono: bool = False) -> float:
    """Advance width of `ch` in ems, from the font that will draw it (� when none has it)."""
    font = _font_for(ch, bold, mono)
    if font is None:
        ch, font = REPLACEMENT, _chain(bold, mono)[0]
    return font.load_char(ord(ch), flags=_NO_HINTING).linearHoriAdvance / 65536 / 100


def printable(text: str, bold: bool = False, mono: bool = False) -> str:
    """`text` as the report can draw it: line breaks kept, a tab as a space, other control
    characters as "?", and every character no font of the chain has as "�"."""
    lines = [safe_text(line.replace("\t", " ")) for line in text.split("\n")]
    return "\n".join("".join(ch if ch == " " or _font_for(ch, bold, mono) else REPLACEMENT for ch in line)
                     for line in lines)
