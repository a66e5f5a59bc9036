"""OCR boxes put into text lines, and OCR's usual confusions settled token by token.

Lines: a photo is tilted and seen in perspective, so "same y" is not "same row". Each box
knows its own direction (its top edge); words are taken left to right and a word joins the
line whose last word, extended along that word's direction, passes through it. Rows of a
tilted or keystoned page therefore stay rows, where sorting by y would interleave them.

Tokens: each box's text is split at spaces (a box often holds "Saldo Awal Per"), each part
keeping a share of the box by its length. A token that is meant to be a number, a date or a
month (mostly digits) has the letters OCR confuses with digits replaced (O→0, I/l/|→1,
S→5, B→8, ...); the word "luran" becomes "Iuran". Every such change is remembered, so a
changed value is stored only when a check of the statement confirms it.
"""
from __future__ import annotations

import math
import re
from dataclasses import dataclass, field

Quad = tuple[tuple[float, float], tuple[float, float], tuple[float, float], tuple[float, float]]


@dataclass(frozen=True, slots=True)
class Word:
    """One OCR box: its text, the engine's confidence (0..1) and its four corners."""

    text: str
    score: float
    quad: Quad  # top-left, top-right, bottom-right, bottom-left
    page: int

    @property
    def center(self) -> tuple[float, float]:
        return (sum(p[0] for p in self.quad) / 4, sum(p[1] for p in self.quad) / 4)

    @property
    def height(self) -> float:
        (x0, y0), (x1, y1), (x2, y2), (x3, y3) = self.quad
        return max(1.0, (math.hypot(x3 - x0, y3 - y0) + math.hypot(x2 - x1, y2 - y1)) / 2)

    @property
    def slope(self) -> float:
        """dy/dx of the box's reading direction (0 for a level box)."""
        (x0, y0), (x1, y1), (x2, y2), (x3, y3) = self.quad
        dx = ((x1 - x0) + (x2 - x3)) / 2
        dy = ((y1 - y0) + (y2 - y3)) / 2
        if dx <= 0 or abs(dy) > dx:  # a narrow or odd box says nothing about direction
            return 0.0
        return dy / dx

    @property
    def bounds(self) -> tuple[int, int, int, int]:
        xs = [p[0] for p in self.quad]
        ys = [p[1] for p in self.quad]
        return (int(min(xs)), int(min(ys)), int(math.ceil(max(xs))), int(math.ceil(max(ys))))


@dataclass(frozen=True, slots=True)
class Token:
    """One space-separated piece of a box: text as settled, text as read, where it is."""

    text: str
    read: str  # as OCR gave it; differs from `text` when a confusion was settled
    score: float
    page: int
    line: int  # 1-based on its page
    box: tuple[int, int, int, int]

    @property
    def changed(self) -> bool:
        return self.text != self.read


@dataclass
class Line:
    page: int
    number: int
    words: list[Word] = field(default_factory=list)
    tokens: list[Token] = field(default_factory=list)

    @property
    def text(self) -> str:
        return " ".join(t.text for t in self.tokens)


def _median(values: list[float]) -> float:
    values = sorted(values)
    return values[len(values) // 2] if values else 0.0


def group_lines(words: list[Word]) -> list[Line]:
    """The words of one page as lines, top to bottom, each left to right."""
    if not words:
        return []
    page = words[0].page
    typical = _median([w.height for w in words])
    skew = _median([w.slope for w in words if len(w.text) >= 4])
    # Each line is a list of words; its tip is its right-most word.
    lines: list[list[Word]] = []
    for word in sorted(words, key=lambda w: w.quad[0][0]):
        cx, cy = word.center
        best, best_d = None, 0.0
        for line in lines:
            tip = line[-1]
            tx, ty = tip.center
            slope = tip.slope if len(tip.text) >= 4 else skew
            d = abs(cy - (ty + slope * (cx - tx)))
            limit = 0.55 * min(max(tip.height, word.height), 2 * typical)
            if d <= limit and tip.quad[1][0] <= word.quad[0][0] + 0.5 * typical and (best is None or d < best_d):
                best, best_d = line, d
        if best is None:
            lines.append([word])
        else:
            best.append(word)
    # Top to bottom, measured across the page's skew at the page's left edge.
    lines.sort(key=lambda ws: ws[0].center[1] - skew * ws[0].center[0])
    out = []
    for number, ws in enumerate(lines, start=1):
        line = Line(page=page, number=number, words=ws)
        line.tokens = [t for w in ws for t in _tokens(w, page, number)]
        out.append(line)
    return out


def _tokens(word: Word, page: int, line: int) -> list[Token]:
    parts = word.text.split()
    x0, y0, x1, y1 = word.bounds
    total = max(1, len(word.text))
    out, at = [], 0
    for part in parts:
        start = word.text.index(part, at)
        at = start + len(part)
        bx0 = x0 + (x1 - x0) * start / total
        bx1 = x0 + (x1 - x0) * at / total
        out.append(Token(text=settle(part), read=part, score=word.score, page=page, line=line,
                         box=(int(bx0), y0, int(math.ceil(bx1)), y1)))
    return out


# ------------------------------------------------------------------ OCR confusions

_DIGIT_LIKE = str.maketrans({"O": "0", "o": "0", "D": "0", "Q": "0", "I": "1", "l": "1", "|": "1",
                             "i": "1", "!": "1", "S": "5", "s": "5", "B": "8", "Z": "2", "z": "2"})
_NUMERIC_SHAPE = re.compile(r"^[(:]?-?[\dOoDQIl|i!SsBZz][\dOoDQIl|i!SsBZz.,/\-]*[)]?$")
_WORDS = {"luran": "Iuran", "LURAN": "IURAN", "lURAN": "IURAN"}


def settle(token: str) -> str:
    """`token` with OCR's letter-for-digit confusions undone where it is meant to be a number."""
    if token in _WORDS:
        return _WORDS[token]
    if not _NUMERIC_SHAPE.match(token):
        return token
    digits = sum(c.isdigit() for c in token)
    letters = sum(c.isalpha() or c in "|!" for c in token)
    if letters == 0 or digits < 2 * letters:  # a word (or a code such as "NN000001"), not a number
        return token
    return token.translate(_DIGIT_LIKE)


def fix_separators(token: str, style: str, decimals: bool = True) -> str | None:
    """An amount whose digits are all there but whose separators OCR lost or misplaced,
    regrouped in the document's style ("5200,000.00" -> "5,200,000.00"); None if not one."""
    if not re.fullmatch(r"\d[\d.,]*\d", token):
        return None
    digits = re.sub(r"\D", "", token)
    if decimals:
        if len(digits) < 3:
            return None
        whole, cents = digits[:-2].lstrip("0") or "0", digits[-2:]
    else:
        whole, cents = digits.lstrip("0") or "0", ""
    groups = []
    while len(whole) > 3:
        groups.insert(0, whole[-3:])
        whole = whole[:-3]
    groups.insert(0, whole)
    thousands, point = (",", ".") if style == "en" else (".", ",")
    return thousands.join(groups) + (point + cents if decimals else "")
