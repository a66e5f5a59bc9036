"""A small page-layout engine for the PDF report, drawn with matplotlib's PDF backend only.

Blocks (headings, paragraphs, tables, charts) are measured in points with the real font
metrics, flowed onto A4 pages (tables split with their header repeated), and only then drawn,
so the page count is known before the first page is written ("Halaman N dari M").

Nothing here touches pyplot: each page is a :class:`matplotlib.figure.Figure`.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from typing import Callable, Sequence

from matplotlib.artist import Artist
from matplotlib.figure import Figure
from matplotlib.font_manager import FontProperties
from matplotlib.lines import Line2D
from matplotlib.patches import Rectangle

from planner import fonts

# A4 in PostScript points (1/72 inch): 210 × 297 mm.
PAGE_W = 210 / 25.4 * 72
PAGE_H = 297 / 25.4 * 72
MARGIN_L = 50.0
MARGIN_R = 50.0
MARGIN_T = 52.0
MARGIN_B = 60.0
CONTENT_W = PAGE_W - MARGIN_L - MARGIN_R
CONTENT_H = PAGE_H - MARGIN_T - MARGIN_B

INK = "#1a1a1a"
MUTED = "#5b5b5b"
ACCENT = "#0b5a8c"
RULE = "#9aa5ad"
SHADE = "#eef2f5"
NOTE_BG = "#fff6dd"
NOTE_EDGE = "#d9b650"

LINE = 1.32  # line height as a multiple of the font size


@lru_cache(maxsize=None)
def _props(size: float, bold: bool, mono: bool) -> FontProperties:
    # DejaVu, then fonts with wider coverage found on the computer (planner.fonts): a name in
    # CJK or with an emoji is drawn, or replaced by a visible "�", never a missing-glyph error.
    return FontProperties(family=fonts.families(mono), size=size, weight="bold" if bold else "normal")


def _advance(ch: str, bold: bool, mono: bool) -> float:
    """Advance width of one character in ems (unhinted, from the font that draws it)."""
    return fonts.advance(ch, bold, mono)


@lru_cache(maxsize=20000)
def text_width(text: str, size: float, bold: bool = False, mono: bool = False) -> float:
    """Width in points of `text` set in the report font: the sum of advances, without kerning
    (kerning only narrows DejaVu text, so this never underestimates)."""
    return sum(_advance(ch, bold, mono) for ch in text) * size


def _keep_together(words: list[str]) -> list[str]:
    """Never break between "Rp" and its amount."""
    out: list[str] = []
    for w in words:
        if out and out[-1] in ("Rp", "-Rp", "−Rp", "(Rp"):
            out[-1] = out[-1] + " " + w
        else:
            out.append(w)
    return out


def wrap(text: str, width: float, size: float, bold: bool = False, mono: bool = False) -> list[str]:
    """Greedy word wrap to `width` points; explicit newlines are kept; long words are cut."""
    lines: list[str] = []
    for para in text.split("\n"):
        words = _keep_together(para.split(" "))
        current = ""
        while words:
            word = words.pop(0)
            if " " in word and text_width(word, size, bold, mono) > width:
                words[:0] = word.split(" ")  # "Rp 50.000.000;" does not fit a line: let it break
                continue
            candidate = word if not current else current + " " + word
            if text_width(candidate, size, bold, mono) <= width:
                current = candidate
                continue
            if current:
                lines.append(current)
            # A single word wider than the column (a hash, a file name): cut it.
            while text_width(word, size, bold, mono) > width and len(word) > 1:
                cut = len(word)
                while cut > 1 and text_width(word[:cut], size, bold, mono) > width:
                    cut -= 1
                lines.append(word[:cut])
                word = word[cut:]
            current = word
        lines.append(current)
    return lines


class Page:
    """One A4 figure, addressed in points from the top-left corner of the page."""

    def __init__(self) -> None:
        self.fig = Figure(figsize=(PAGE_W / 72, PAGE_H / 72), dpi=72)

    def text(self, x: float, y: float, s: str, size: float = 9, bold: bool = False, mono: bool = False,
             color: str = INK, ha: str = "left") -> None:
        """Text whose baseline sits `y` points below the top of the page."""
        s = fonts.printable(s, bold, mono)
        self.fig.text(x / PAGE_W, 1 - y / PAGE_H, s, fontproperties=_props(size, bold, mono), color=color,
                      ha=ha, va="baseline", parse_math=False, usetex=False)

    def rect(self, x: float, y: float, w: float, h: float, face: str, edge: str | None = None, lw: float = 0.6) -> None:
        r = Rectangle((x / PAGE_W, 1 - (y + h) / PAGE_H), w / PAGE_W, h / PAGE_H, transform=self.fig.transFigure,
                      facecolor=face, edgecolor=edge or "none", linewidth=lw if edge else 0, zorder=-1)
        self._add(r)

    def hline(self, x0: float, x1: float, y: float, color: str = RULE, lw: float = 0.6) -> None:
        self._add(Line2D([x0 / PAGE_W, x1 / PAGE_W], [1 - y / PAGE_H] * 2, transform=self.fig.transFigure,
                         color=color, linewidth=lw))

    def axes(self, x: float, y: float, w: float, h: float):
        """Axes occupying the box (x, y, w, h) in points from the top-left."""
        return self.fig.add_axes((x / PAGE_W, 1 - (y + h) / PAGE_H, w / PAGE_W, h / PAGE_H))

    def _add(self, artist: Artist) -> None:
        self.fig.add_artist(artist)


class Block:
    """Something that occupies vertical space on a page."""

    space_before: float = 0.0
    keep_with_next: bool = False

    def height(self, width: float) -> float:
        raise NotImplementedError

    def split(self, width: float, available: float) -> tuple["Block | None", "Block | None"]:
        """(part that fits in `available` points, the rest); (None, self) if nothing fits."""
        return (self, None) if self.height(width) <= available else (None, self)

    def draw(self, page: Page, x: float, y: float, width: float) -> None:
        raise NotImplementedError


@dataclass
class PageBreak(Block):
    """Start a new page, or only when less than `need` points are left on this one."""

    need: float = float("inf")

    def height(self, width: float) -> float:
        return 0.0

    def draw(self, page: Page, x: float, y: float, width: float) -> None:
        pass


@dataclass
class Spacer(Block):
    points: float

    def height(self, width: float) -> float:
        return self.points

    def draw(self, page: Page, x: float, y: float, width: float) -> None:
        pass


@dataclass
class Heading(Block):
    text: str
    level: int = 1

    def __post_init__(self) -> None:
        self.size = {0: 18.0, 1: 13.0, 2: 10.5}[self.level]
        self.space_before = {0: 0.0, 1: 10.0, 2: 8.0}[self.level]
        self.keep_with_next = True

    def height(self, width: float) -> float:
        return len(wrap(self.text, width, self.size, True)) * self.size * LINE + (4.0 if self.level <= 1 else 1.0)

    def draw(self, page: Page, x: float, y: float, width: float) -> None:
        color = ACCENT if self.level <= 1 else INK
        lines = wrap(self.text, width, self.size, True)
        for i, line in enumerate(lines):
            page.text(x, y + self.size * (1.0 + i * LINE), line, self.size, bold=True, color=color)
        if self.level == 1:
            page.hline(x, x + width, y + len(lines) * self.size * LINE + 1.0, ACCENT, 0.8)


@dataclass
class Paragraph(Block):
    text: str
    size: float = 8.8
    bold: bool = False
    color: str = INK
    mono: bool = False
    after: float = 4.0

    def _lines(self, width: float) -> list[str]:
        return wrap(self.text, width, self.size, self.bold, self.mono)

    def height(self, width: float) -> float:
        return len(self._lines(width)) * self.size * LINE + self.after

    def split(self, width: float, available: float):
        lines = self._lines(width)
        fit = int((available - self.after) // (self.size * LINE))
        if fit >= len(lines):
            return self, None
        if fit < 2:
            return None, self
        head = Paragraph("\n".join(lines[:fit]), self.size, self.bold, self.color, self.mono, 0.0)
        tail = Paragraph("\n".join(lines[fit:]), self.size, self.bold, self.color, self.mono, self.after)
        return head, tail

    def draw(self, page: Page, x: float, y: float, width: float) -> None:
        for i, line in enumerate(self._lines(width)):
            page.text(x, y + self.size * (0.95 + i * LINE), line, self.size, self.bold, self.mono, self.color)


@dataclass
class Note(Block):
    """A shaded box around a short text: warnings and the "official figures" note."""

    text: str
    size: float = 8.3
    face: str = NOTE_BG
    edge: str = NOTE_EDGE
    pad: float = 6.0

    def __post_init__(self) -> None:
        self.space_before = 4.0

    def _lines(self, width: float) -> list[str]:
        return wrap(self.text, width - 2 * self.pad, self.size)

    def height(self, width: float) -> float:
        return len(self._lines(width)) * self.size * LINE + 2 * self.pad + 6.0

    def draw(self, page: Page, x: float, y: float, width: float) -> None:
        lines = self._lines(width)
        h = len(lines) * self.size * LINE + 2 * self.pad
        page.rect(x, y, width, h, self.face, self.edge)
        for i, line in enumerate(lines):
            page.text(x + self.pad, y + self.pad + self.size * (0.95 + i * LINE), line, self.size)


@dataclass
class Column:
    title: str
    align: str = "left"  # "left" | "right"
    wrap: bool = False  # wraps within the width left over by the other columns
    mono: bool = False
    bold: bool = False


@dataclass
class Table(Block):
    """Rows of text in aligned columns; splits across pages with the header repeated."""

    columns: Sequence[Column]
    rows: Sequence[Sequence[str]]
    size: float = 7.8
    header: bool = True
    zebra: bool = True
    continued: str = ""  # caption shown above a continued part, e.g. "(lanjutan)"
    is_continuation: bool = False
    emphasis: frozenset[int] = frozenset()  # row indexes drawn bold
    min_size: float = 6.4
    gap: float = 9.0
    after: float = 6.0
    _widths: tuple[tuple[float, ...], float] | None = field(default=None, repr=False)

    def __post_init__(self) -> None:
        self.space_before = 2.0

    # -- measuring -----------------------------------------------------------------------
    def layout(self, width: float) -> tuple[tuple[float, ...], float]:
        """(column widths, font size) fitting `width`: shrinks the font before squeezing."""
        if self._widths is not None:
            return self._widths
        size = self.size
        while True:
            widths = self._natural(size)
            fixed = sum(w for w, c in zip(widths, self.columns) if not c.wrap)
            gaps = self.gap * (len(self.columns) - 1)
            wrapping = [i for i, c in enumerate(self.columns) if c.wrap]
            if wrapping:
                left = width - fixed - gaps
                natural_wrapped = sum(widths[i] for i in wrapping)
                floor = sum(min(widths[i], 60.0) for i in wrapping)
                if left >= floor or size <= self.min_size:
                    left = max(left, floor)
                    out = list(widths)
                    for i in wrapping:
                        out[i] = left * (widths[i] / natural_wrapped) if natural_wrapped > left else widths[i]
                    self._widths = (tuple(out), size)
                    return self._widths
            elif fixed + gaps <= width or size <= self.min_size:
                self._widths = (tuple(widths), size)
                return self._widths
            size = round(size - 0.3, 2)

    def _natural(self, size: float) -> list[float]:
        widths = []
        for i, col in enumerate(self.columns):
            w = max((text_width(t, size, True) for t in col.title.split("\n")), default=0.0) if self.header else 0.0
            for r, row in enumerate(self.rows):
                bold = col.bold or r in self.emphasis
                for part in row[i].split("\n"):
                    w = max(w, text_width(part, size, bold, col.mono))
            widths.append(w + 0.5)
        return widths

    def _cell_lines(self, i: int, text: str, widths: Sequence[float], size: float, bold: bool) -> list[str]:
        col = self.columns[i]
        if col.wrap:
            return wrap(text, widths[i], size, bold, col.mono)
        return text.split("\n")

    def _header_lines(self) -> int:
        return max(len(c.title.split("\n")) for c in self.columns) if self.header else 0

    def _row_heights(self, width: float) -> list[float]:
        widths, size = self.layout(width)
        out = []
        for r, row in enumerate(self.rows):
            n = max(len(self._cell_lines(i, t, widths, size, r in self.emphasis)) for i, t in enumerate(row))
            out.append(n * size * LINE + 2.2)
        return out

    def _top(self, width: float) -> float:
        _w, size = self.layout(width)
        caption = size * LINE if self.is_continuation and self.continued else 0.0
        return caption + (self._header_lines() * size * LINE + 4.0 if self.header else 0.0)

    def height(self, width: float) -> float:
        return self._top(width) + sum(self._row_heights(width)) + self.after

    def split(self, width: float, available: float):
        if self.height(width) <= available:
            return self, None
        heights = self._row_heights(width)
        used = self._top(width) + self.after
        n = 0
        for h in heights:
            if used + h > available:
                break
            used += h
            n += 1
        if len(self.rows) - n < 2:  # no lone row at the top of the next page
            n = len(self.rows) - 2
        if n < min(3, len(self.rows)):
            return None, self
        widths = self.layout(width)
        head = Table(self.columns, self.rows[:n], self.size, self.header, self.zebra, self.continued,
                     self.is_continuation, frozenset(e for e in self.emphasis if e < n), self.min_size, self.gap, 2.0)
        tail = Table(self.columns, self.rows[n:], self.size, self.header, self.zebra, self.continued, True,
                     frozenset(e - n for e in self.emphasis if e >= n), self.min_size, self.gap, self.after)
        head._widths = tail._widths = widths  # the same columns on every page
        return head, tail

    # -- drawing -------------------------------------------------------------------------
    def draw(self, page: Page, x: float, y: float, width: float) -> None:
        widths, size = self.layout(width)
        lh = size * LINE
        lefts = []
        cx = x
        for w in widths:
            lefts.append(cx)
            cx += w + self.gap
        right_edge = cx - self.gap
        if self.is_continuation and self.continued:
            page.text(x, y + size * 0.95, self.continued, size, color=MUTED)
            y += lh
        if self.header:
            n = self._header_lines()
            for i, col in enumerate(self.columns):
                parts = col.title.split("\n")
                offset = n - len(parts)  # bottom-align multi-line headers
                for j, part in enumerate(parts):
                    tx = lefts[i] + widths[i] if col.align == "right" else lefts[i]
                    page.text(tx, y + size * (0.95 + (offset + j) * LINE), part, size, bold=True, ha=col.align)
            y += n * lh + 2.0
            page.hline(x, right_edge, y, INK, 0.7)
            y += 2.0
        for r, row in enumerate(self.rows):
            bold = r in self.emphasis
            cells = [self._cell_lines(i, t, widths, size, bold) for i, t in enumerate(row)]
            h = max(len(c) for c in cells) * lh + 2.2
            if self.zebra and r % 2 == 1:
                page.rect(x - 2.0, y, right_edge - x + 4.0, h, SHADE)
            for i, lines in enumerate(cells):
                col = self.columns[i]
                tx = lefts[i] + widths[i] if col.align == "right" else lefts[i]
                for j, line in enumerate(lines):
                    page.text(tx, y + 1.1 + size * (0.95 + j * LINE), line, size, bold or col.bold, col.mono, ha=col.align)
            y += h
        if self.rows:
            page.hline(x, right_edge, y, RULE, 0.5)


@dataclass
class Chart(Block):
    """A matplotlib chart drawn into an axes box; `draw_axes(ax)` does the plotting."""

    draw_axes: Callable
    points: float = 230.0
    pad_left: float = 62.0
    pad_bottom: float = 30.0
    pad_top: float = 6.0
    pad_right: float = 6.0

    def __post_init__(self) -> None:
        self.space_before = 4.0

    def height(self, width: float) -> float:
        return self.points

    def draw(self, page: Page, x: float, y: float, width: float) -> None:
        ax = page.axes(x + self.pad_left, y + self.pad_top, width - self.pad_left - self.pad_right,
                       self.points - self.pad_top - self.pad_bottom)
        self.draw_axes(ax)


@dataclass
class Placed:
    block: Block
    y: float  # top of the block, points from the top of the page


def paginate(blocks: Sequence[Block], width: float = CONTENT_W, height: float = CONTENT_H) -> list[list[Placed]]:
    """Flow blocks onto pages. Headings stay with what follows; tables split by rows."""
    pages: list[list[Placed]] = [[]]
    y = 0.0
    queue = list(blocks)
    i = 0
    while i < len(queue):
        block = queue[i]
        if isinstance(block, PageBreak):
            if pages[-1] and height - y < block.need:
                pages.append([])
                y = 0.0
            i += 1
            continue
        gap = block.space_before if pages[-1] else 0.0
        need = block.height(width)
        if block.keep_with_next and i + 1 < len(queue) and not isinstance(queue[i + 1], PageBreak):
            nxt = queue[i + 1]
            need += nxt.space_before + min(nxt.height(width), 90.0)
        if y + gap + need <= height:
            pages[-1].append(Placed(block, y + gap))
            y += gap + block.height(width)
            i += 1
            continue
        if not block.keep_with_next:
            head, tail = block.split(width, height - y - gap)
            if head is not None:
                pages[-1].append(Placed(head, y + gap))
                queue[i] = tail  # type: ignore[assignment]
                pages.append([])
                y = 0.0
                if tail is None:
                    i += 1
                continue
        if not pages[-1]:
            # Taller than a whole page and cannot split: place it anyway, clipped by the margin.
            pages[-1].append(Placed(block, 0.0))
            y = block.height(width)
            i += 1
            continue
        pages.append([])
        y = 0.0
    if not pages[-1] and len(pages) > 1:
        pages.pop()
    return pages
