"""The balance chart: history and projection in one axes, up to the claim date.

Plot once, then update: every artist is created in ``__init__``; updates call ``set_data``
and ask for a redraw through :meth:`BalanceChart.request_draw`, which coalesces a burst of
updates (a slider drag) into one ``draw_idle`` per ~16 ms. The Monte Carlo fan is two
``fill_between`` collections (P10–P90 lighter, P25–P75 darker) and a median line, created
empty; :meth:`set_fan` fills them later (:meth:`set_band` draws the outer band alone).
Up to :data:`MAX_OVERLAYS` saved scenarios are drawn as thin dashed lines in colours of
their own (:meth:`set_overlays`), named in the legend.

Slider drags are blitted: the artists that move with the assumptions (projection, claim
marker, line and label, the fan) are ``animated``. A full draw renders the rest and then, on
its ``draw_event``, saves that background and draws the moving artists on top. An update
that changes only those artists, while they still fit the current axes limits, restores the
background, draws them and blits (a few ms, on the next event-loop pass) instead of a full
draw (~30 ms: layout, ticks, legend); a full draw with exact limits follows once the drag
rests (``SETTLE_MS``). Anything else (history, overlays, labels, legend, palette, limits)
takes the full, coalesced path. The scenario overlays do not move with the what-if sliders,
so they belong to the saved background: every blitted frame shows them, and their points
count in the limits a blitted frame must fit.

The x axis is in decimal years (2046.08 = early February 2046). Colours come from the
widget's QPalette and follow the system light/dark palette.
"""
from __future__ import annotations

import datetime as dt
import warnings
from typing import Sequence

import numpy as np
from matplotlib.backend_bases import DrawEvent
from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
from matplotlib.figure import Figure
from matplotlib.ticker import FuncFormatter, MaxNLocator
from PySide6.QtCore import QEvent, QSize, QTimer
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QSizePolicy

from planner.format import compact_rupiah
from ui import style

REDRAW_MS = 16
SETTLE_MS = 250  # after the last blitted frame, a full draw with exact limits
FIT_SHRINK = 0.5  # a blitted frame keeps the y limits while the data's top stays above this share of them
MIN_DRAW_PX = 80  # below this (before the first layout) the canvas is not drawn
CHART_MIN_HEIGHT = 220  # pixels: the projection chart's least height (years and amounts readable)
HEADROOM_SHARE = 0.107  # the least share of the axes' height above the highest point (12% of the data's span)
MAX_HEADROOM_SHARE = 0.45  # a very short chart: the curve keeps at least the rest
CLAIM_LABEL_OFFSET_PT = 10  # the claim label's distance from its marker
CLAIM_LABEL_FLIP = 0.98  # less room than this share of what it needs above the marker (a drag): the label goes below
MAX_OVERLAYS = 3  # scenario lines drawn over the projection
LEGEND_WIDTH_SHARE = 0.97  # the legend above the plot takes at most this share of the canvas's width
# Scenario overlay colours (light, dark palette): apart from each other, the history accent
# and the projection's orange.
OVERLAY_COLORS = {False: ("#1b8a6b", "#6a5acd", "#c2185b"), True: ("#5fd3ad", "#b3aefc", "#ff8ac0")}
OVERLAY_DASHES = (0, (6, 2.5))
BAND_ALPHA = {False: (0.16, 0.30), True: (0.26, 0.45)}  # (P10–P90, P25–P75) on a light, a dark palette


def decimal_year(d: dt.date) -> float:
    start = dt.date(d.year, 1, 1)
    days = (dt.date(d.year + 1, 1, 1) - start).days
    return d.year + (d - start).days / days


def rgb(color: QColor) -> tuple[float, float, float, float]:
    return color.redF(), color.greenF(), color.blueF(), color.alphaF()


def _is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


class ShownCanvas(FigureCanvasQTAgg):
    """A Qt canvas that renders only while it is visible.

    A chart on a tab in the back, or in a window not shown yet, would otherwise render every
    update for nobody (the first render of a figure costs ~0.1 s: fonts, layout). A draw
    asked for while hidden is kept for the next show; :meth:`draw_now` renders regardless
    (screenshots, tests)."""

    _draw_on_show = False
    _forced = False

    def draw(self) -> None:
        if not (self._forced or self.isVisible()):
            self._draw_on_show = True
            return
        self._draw_on_show = False
        super().draw()

    def draw_now(self) -> None:
        self._forced = True
        try:
            self.draw()
        finally:
            self._forced = False

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._draw_on_show:
            self.draw_idle()


class BalanceChart(ShownCanvas):
    def __init__(self, parent=None):
        self.figure = Figure(figsize=(7, 4), layout="constrained")
        super().__init__(self.figure)
        self.setParent(parent)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumHeight(CHART_MIN_HEIGHT)
        self.lang = "id"
        self.draw_count = 0  # full draws done, for tests and benchmarks
        ax = self.ax = self.figure.add_subplot()
        (self.history_line,) = ax.plot([], [], marker="o", markersize=4, linewidth=2, zorder=4)
        (self.projection_line,) = ax.plot([], [], linestyle="--", linewidth=2, zorder=3)
        # The fan: P10–P90 (self.band), P25–P75 (self.band_inner) and the median.
        self.band = ax.fill_between([0.0, 0.0], [0.0, 0.0], [0.0, 0.0], alpha=0.16, linewidth=0, zorder=2)
        self.band_inner = ax.fill_between([0.0, 0.0], [0.0, 0.0], [0.0, 0.0], alpha=0.30, linewidth=0, zorder=2)
        (self.median_line,) = ax.plot([], [], linestyle="-", linewidth=1, alpha=0.8, zorder=3)
        for artist in (self.band, self.band_inner, self.median_line):
            artist.set_visible(False)
        self.now_line = ax.axvline(0, linestyle=":", linewidth=1, zorder=1)
        self.claim_line = ax.axvline(0, linestyle="-", linewidth=1, alpha=0.6, zorder=1)
        (self.claim_marker,) = ax.plot([], [], marker="D", markersize=8, linestyle="none", zorder=5)
        self.claim_label = ax.annotate("", xy=(0, 0), xytext=(-CLAIM_LABEL_OFFSET_PT, CLAIM_LABEL_OFFSET_PT),
                                       textcoords="offset points", ha="right", va="bottom", fontsize=style.chart_points(style.HEADING), fontweight="bold", zorder=6,
                                       annotation_clip=True,
                                       bbox={"boxstyle": "round,pad=0.2", "linewidth": 0, "alpha": 0.75})
        self.now_label = ax.annotate("", xy=(0, 1), xycoords=("data", "axes fraction"), xytext=(-3, -4),
                                     textcoords="offset points", ha="right", va="top", rotation=90,
                                     fontsize=style.chart_points(style.CAPTION), annotation_clip=True)
        for artist in (self.now_line, self.claim_line, self.now_label):
            artist.set_visible(False)
        # Saved scenarios drawn over the projection (set_overlays): created once, hidden.
        self.overlay_lines = []
        for i in range(MAX_OVERLAYS):
            (line,) = ax.plot([], [], linestyle=OVERLAY_DASHES, linewidth=1.6, zorder=3, label=f"_overlay{i}")
            line.set_visible(False)
            self.overlay_lines.append(line)
        self._overlays_key: tuple = ()
        ax.yaxis.set_major_formatter(FuncFormatter(lambda v, _pos: compact_rupiah(v, self.lang)))
        ax.xaxis.set_major_locator(MaxNLocator(integer=True, nbins=10))
        ax.xaxis.set_major_formatter(FuncFormatter(lambda v, _pos: f"{v:.0f}"))
        ax.grid(True, linewidth=0.5, alpha=0.5)
        # The window's type scale (ui.style): amounts and years in body size, the legend in caption size.
        ax.tick_params(labelsize=style.chart_points(style.BODY))
        ax.yaxis.label.set_fontsize(style.chart_points(style.BODY))
        ax.spines[["top", "right"]].set_visible(False)
        self.claim_label.set_in_layout(False)  # kept inside the axes by the headroom (_headroom_share)
        self._label_size_key: tuple | None = None
        self._label_px = 0.0
        self._label_share = HEADROOM_SHARE
        self.legend = None
        self._legend_key: tuple | None = None  # the entries of the legend shown
        self._legend_fit: tuple | None = None  # (entries, axes width) its columns were fitted to
        self._dynamic = (self.band, self.band_inner, self.median_line, self.projection_line, self.claim_line,
                         self.claim_marker, self.claim_label)
        for artist in self._dynamic:
            artist.set_animated(True)
        self._background = None  # the static part of the last full draw (copy_from_bbox)
        self._static_dirty = True
        self._blitting = False
        self.blit_count = 0  # blitted frames, for tests and benchmarks
        self.mpl_connect("draw_event", self._on_draw_event)
        self._blit_timer = QTimer(self)
        self._blit_timer.setSingleShot(True)
        self._blit_timer.setInterval(0)
        self._blit_timer.timeout.connect(self._blit_frame)
        self._settle_timer = QTimer(self)
        self._settle_timer.setSingleShot(True)
        self._settle_timer.setInterval(SETTLE_MS)
        self._settle_timer.timeout.connect(self._settle)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(REDRAW_MS)
        self._timer.timeout.connect(self._redraw)
        self.apply_palette(QApplication.palette())

    # ------------------------------------------------------------------ data
    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        """As small as it may be: the chart takes the room left over (its stretch), so that in a
        short window the cards under it stay in view instead of being scrolled away."""
        return QSize(CHART_MIN_HEIGHT * 2, CHART_MIN_HEIGHT)

    def set_history(self, x: Sequence[float], y: Sequence[float]) -> None:
        x, y = np.asarray(x, float), np.asarray(y, float)
        old_x, old_y = self.history_line.get_data()
        if np.array_equal(x, np.asarray(old_x, float)) and np.array_equal(y, np.asarray(old_y, float)):
            return
        self.history_line.set_data(x, y)
        self.request_draw()

    def set_projection(self, x: Sequence[float], y: Sequence[float]) -> None:
        self.projection_line.set_data(np.asarray(x, float), np.asarray(y, float))
        self.request_draw(static=False)

    def set_claim(self, x: float | None, y: float | None, label: str = "") -> None:
        visible = x is not None and y is not None
        self.claim_marker.set_data([x] if visible else [], [y] if visible else [])
        self.claim_line.set_visible(visible)
        self.claim_label.set_visible(visible)
        if visible:
            self.claim_line.set_xdata([x, x])
            self.claim_label.xy = (x, y)
            self.claim_label.set_text(label)
            self._place_claim_label()
        self.request_draw(static=False)

    def _place_claim_label(self) -> None:
        """Above and left of the claim marker; below it while a blitted drag has carried the
        marker into the top headroom the label needs (the limits stay until the drag rests)."""
        y0, y1 = self.ax.get_ylim()
        y = self.claim_label.xy[1]
        high = y1 > y0 and (y1 - y) / (y1 - y0) < self._label_share * CLAIM_LABEL_FLIP
        gap = CLAIM_LABEL_OFFSET_PT
        self.claim_label.xyann = (-gap, -gap) if high else (-gap, gap)
        self.claim_label.set_verticalalignment("top" if high else "bottom")

    def _headroom_share(self) -> float:
        """The share of the axes' height kept free above the highest point: room for the claim
        label (its height and its offset above the marker) inside the axes, so the label needs no
        band of its own above them (at least HEADROOM_SHARE, at most MAX_HEADROOM_SHARE)."""
        share = HEADROOM_SHARE
        if self.claim_label.get_visible() and self.claim_label.get_text():
            key = (self.claim_label.get_text(), self.figure.dpi)
            if key != self._label_size_key:
                self._label_size_key = key
                self._label_px = self.claim_label.get_window_extent(self.get_renderer()).height
            axes_px = self.ax.get_position().height * self.figure.bbox.height
            need = self._label_px + CLAIM_LABEL_OFFSET_PT * self.figure.dpi / 72 + 2
            if axes_px > 0:
                share = min(MAX_HEADROOM_SHARE, max(share, need / axes_px))
        self._label_share = share
        return share

    def set_now(self, x: float | None, label: str = "") -> None:
        visible = x is not None
        if (visible == self.now_line.get_visible() and label == self.now_label.get_text()
                and (not visible or self.now_line.get_xdata()[0] == x)):
            return
        self.now_line.set_visible(visible)
        self.now_label.set_visible(visible)
        if visible:
            self.now_line.set_xdata([x, x])
            self.now_label.xy = (x, 1)
            self.now_label.set_text(label)
        self.request_draw()

    def set_band(self, x: Sequence[float] | None, low: Sequence[float] | None = None,
                 high: Sequence[float] | None = None, label: str = "") -> None:
        """Show (or, with x=None, hide) one band between `low` and `high` (no inner band, no median)."""
        if x is None or len(x) == 0:
            self.set_fan(None)
            return
        self.set_fan(x, {10: low, 90: high}, {"outer": label})

    def set_fan(self, x: Sequence[float] | None, levels: dict[int, Sequence[float]] | None = None,
                labels: dict[str, str] | None = None) -> None:
        """The Monte Carlo fan: `levels` maps percentiles (10, 25, 50, 75, 90) to values at `x`.

        P10–P90 is the light band, P25–P75 the darker one, P50 a thin line; a missing level
        leaves its part hidden. ``labels`` names them for the legend ("outer", "inner",
        "median"). With x=None everything is hidden.
        """
        levels, labels = levels or {}, labels or {}
        shown = x is not None and len(x) > 0
        xs = np.asarray(x, float) if shown else None
        for artist, lo, hi, key in ((self.band, 10, 90, "outer"), (self.band_inner, 25, 75, "inner")):
            on = shown and lo in levels and hi in levels
            if on:
                artist.set_data(xs, np.asarray(levels[lo], float), np.asarray(levels[hi], float))
                artist.set_label(labels.get(key, ""))
            artist.set_visible(on)
        on = shown and 50 in levels
        self.median_line.set_data(xs if on else [], np.asarray(levels[50], float) if on else [])
        self.median_line.set_label(labels.get("median", "") if on else "")
        self.median_line.set_visible(on)
        self._update_legend()
        self.request_draw(static=False)

    def set_overlays(self, overlays: Sequence[tuple[str, Sequence[float], Sequence[float]]]) -> None:
        """Scenario lines over the projection: ``(name, decimal years, balances)``, at most
        :data:`MAX_OVERLAYS` (more are ignored). The balances are drawn as given: the caller
        sends them in the unit the chart shows (nominal or today's rupiah). An update equal to
        what is drawn costs nothing (the scenarios panel re-sends on every what-if change)."""
        shown = [(str(name), np.asarray(x, float), np.asarray(y, float))
                 for name, x, y in list(overlays or ())[:MAX_OVERLAYS]]
        key = tuple((name, x.tobytes(), y.tobytes()) for name, x, y in shown)
        if key == self._overlays_key:
            return
        self._overlays_key = key
        for i, line in enumerate(self.overlay_lines):
            if i < len(shown) and len(shown[i][1]):
                name, x, y = shown[i]
                line.set_data(x, y)
                line.set_label(name)
                line.set_visible(True)
            else:
                line.set_data([], [])
                line.set_label(f"_overlay{i}")
                line.set_visible(False)
        self._update_legend()
        self.request_draw()

    def overlays(self) -> list[tuple[str, np.ndarray, np.ndarray]]:
        """The scenario lines drawn now: (name, x, y)."""
        return [(line.get_label(), *(np.asarray(v, float) for v in line.get_data()))
                for line in self.overlay_lines if line.get_visible()]

    def set_texts(self, ylabel: str, history: str, projection: str) -> None:
        if (ylabel, history, projection) == (self.ax.get_ylabel(), self.history_line.get_label(),
                                              self.projection_line.get_label()):
            return
        self.ax.set_ylabel(ylabel)
        self.history_line.set_label(history)
        self.projection_line.set_label(projection)
        self._update_legend()
        self.request_draw()

    def set_language(self, lang: str) -> None:
        self.lang = lang
        self.request_draw()

    def _update_legend(self) -> None:
        def named(a) -> bool:
            if any(a is line for line in self.overlay_lines):
                return True  # a scenario's name is the member's own text, "_" included
            return bool(a.get_label()) and not a.get_label().startswith("_")

        handles = [a for a in (self.history_line, self.projection_line, *self.overlay_lines, self.median_line,
                               self.band_inner, self.band)
                   if a.get_visible() and len(getattr(a, "get_xdata", lambda: [1])()) and named(a)]
        key = tuple((id(a), a.get_label()) for a in handles)
        if key == self._legend_key and (self.legend is not None) == bool(handles):
            return  # same entries: keep the legend (rebuilding it on every slider tick costs ~1 ms)
        self._legend_key = key
        self._static_dirty = True
        if self.legend is not None:
            self.legend.remove()
            self.legend = None
        if handles:
            # Above the plotting area (a figure legend "outside": constrained layout keeps a band
            # for it): it never covers the curve, the fan, the scenario lines or the claim label.
            self.legend = self.figure.legend(handles=handles, loc="outside upper left", frameon=False,
                                             fontsize=style.chart_points(style.CAPTION), ncols=len(handles),
                                             handlelength=1.8,
                                             columnspacing=1.4)
            self._legend_fit = None
            self._color_legend()

    def _fit_legend(self) -> None:
        """As many legend columns as the canvas's width holds (one row when it can); measured
        again when the width or the entries change."""
        legend = self.legend
        if legend is None:
            return
        width = self.figure.bbox.width * LEGEND_WIDTH_SHARE
        key = (self._legend_key, round(width))
        if key == self._legend_fit:
            return
        self._legend_fit = key
        renderer = self.get_renderer()
        for ncols in range(len(legend.legend_handles), 0, -1):
            legend.set_ncols(ncols)
            if legend.get_window_extent(renderer).width <= width:
                break

    # ------------------------------------------------------------------ drawing
    def request_draw(self, static: bool = True) -> None:
        """Coalesce: at most one redraw per REDRAW_MS however many updates came in.

        ``static=False``: only the animated artists changed; if they still fit the current
        limits and a background is saved, the next event-loop pass blits them (see the module
        docstring). Otherwise the limits follow the data at once (cheap), so a draw Qt asks
        for in between (a resize) never places the labels against stale limits.
        """
        if static:
            self._static_dirty = True
        if not self._static_dirty and self._background is not None and not self._timer.isActive() and self._fits():
            if not self._blit_timer.isActive():
                self._blit_timer.start()
            self._settle_timer.start()
            return
        self._blit_timer.stop()
        self._rescale()
        if not self._timer.isActive():
            self._timer.start()

    def _fits(self) -> bool:
        """The data lies inside the current limits, and fills enough of them."""
        (x0, x1), (y0, y1), (dx0, dx1), (dy0, dy1) = *self._limits_now(), *self._data_limits()
        if dx0 is None:
            return False
        return x0 <= dx0 and dx1 <= x1 and y0 <= dy0 and dy1 <= y1 and dy1 >= FIT_SHRINK * y1

    def _limits_now(self):
        return self.ax.get_xlim(), self.ax.get_ylim()

    def _data_limits(self):
        x, y = self._data()
        if len(x) == 0:
            return (None, None), (None, None)
        return (float(x.min()), float(x.max())), (float(y.min()), float(y.max()))

    def _on_draw_event(self, _event) -> None:
        """After a full draw: save the static background, then draw the animated artists on it."""
        if self._blitting:
            return
        self._background = self.copy_from_bbox(self.figure.bbox)
        self._static_dirty = False
        self._draw_dynamic()

    def _draw_dynamic(self) -> None:
        for artist in self._dynamic:
            if artist.get_visible():
                self.ax.draw_artist(artist)

    def _blit_frame(self) -> None:
        if self._background is None or self._static_dirty:
            self.request_draw()
            return
        self._blitting = True
        try:
            self.restore_region(self._background)
            self._draw_dynamic()
            # Listeners of draw_event (benchmarks) hear of this frame too; our own handler skips it.
            self.callbacks.process("draw_event", DrawEvent("draw_event", self, self.get_renderer()))
            self.blit(self.figure.bbox)
            self.blit_count += 1
        finally:
            self._blitting = False

    def _settle(self) -> None:
        """The drag rested: a full draw with limits fitted to the data, if they differ."""
        before = self._limits_now()
        self._rescale()
        if self._limits_now() != before:
            self._static_dirty = True
            if not self._timer.isActive():
                self._timer.start()

    def flush(self) -> None:
        """Draw now (screenshots, tests)."""
        self._timer.stop()
        self._blit_timer.stop()
        self._settle_timer.stop()
        self._rescale()
        self.draw_now()
        self.draw_count += 1

    def _data(self) -> tuple[np.ndarray, np.ndarray]:
        """Every plotted point (lines, claim marker, scenario overlays, visible fan), finite only."""
        xs, ys = [], []
        lines = [self.history_line, self.projection_line, self.claim_marker]
        lines += [line for line in self.overlay_lines if line.get_visible()]
        for line in lines:
            x, y = line.get_data()
            xs.append(np.asarray(x, float))
            ys.append(np.asarray(y, float))
        x = np.concatenate(xs) if xs else np.array([])
        y = np.concatenate(ys) if ys else np.array([])
        if self.band.get_visible():
            for path in self.band.get_paths():
                v = path.vertices
                x = np.concatenate([x, v[:, 0]])
                y = np.concatenate([y, v[:, 1]])
        finite = np.isfinite(x) & np.isfinite(y)
        return x[finite], y[finite]

    def _rescale(self) -> None:
        x, y = self._data()
        if len(x) == 0:
            self.ax.set_xlim(dt.date.today().year - 1, dt.date.today().year + 1)
            self.ax.set_ylim(0, 1)
            return
        x0, x1 = float(x.min()), float(x.max())
        pad = max((x1 - x0) * 0.03, 0.5)
        self.ax.set_xlim(x0 - pad, x1 + pad)
        top, bottom = float(y.max()), min(0.0, float(y.min()))
        share = self._headroom_share()
        self.ax.set_ylim(bottom, bottom + (top - bottom) / (1 - share) if top > bottom else 1)
        self._place_claim_label()

    def _redraw(self) -> None:
        self._rescale()
        self.draw_idle()
        self.draw_count += 1

    def draw(self) -> None:
        # Before the first layout the canvas can be a few pixels high: nothing sensible to
        # draw (texts would be placed off any raster). The resize that follows draws again.
        if self.width() < MIN_DRAW_PX or self.height() < MIN_DRAW_PX:
            return
        self._blit_timer.stop()
        self._fit_legend()
        with warnings.catch_warnings():
            warnings.filterwarnings("ignore", message="constrained_layout not applied")
            super().draw()

    # ------------------------------------------------------------------ palette
    def apply_palette(self, palette: QPalette) -> None:
        """Read the QPalette into the figure: background, text, grid and line colours."""
        window = rgb(palette.color(QPalette.ColorRole.Base))
        text = rgb(palette.color(QPalette.ColorRole.WindowText))
        mid = rgb(palette.color(QPalette.ColorRole.Mid))
        accent = rgb(palette.color(QPalette.ColorRole.Highlight))
        dark = _is_dark(palette)
        projection = "#ffb454" if dark else "#c25e00"
        self.text_color = text
        self.figure.set_facecolor(window)
        self.ax.set_facecolor(window)
        for spine in self.ax.spines.values():
            spine.set_color(mid)
        self.ax.tick_params(colors=text, which="both")
        self.ax.yaxis.label.set_color(text)
        self.ax.xaxis.label.set_color(text)
        self.ax.grid(True, color=mid, linewidth=0.5, alpha=0.6)
        self.history_line.set_color(accent)
        self.projection_line.set_color(projection)
        self.band.set_facecolor(projection)
        self.band_inner.set_facecolor(projection)
        # On a dark background the same light tint all but disappears: a stronger one.
        self.band.set_alpha(BAND_ALPHA[dark][0])
        self.band_inner.set_alpha(BAND_ALPHA[dark][1])
        self.median_line.set_color(projection)
        self.claim_marker.set_color(projection)
        for line, color in zip(self.overlay_lines, OVERLAY_COLORS[dark]):
            line.set_color(color)
        self.claim_line.set_color(projection)
        self.now_line.set_color(mid)
        self.claim_label.set_color(text)
        self.claim_label.get_bbox_patch().set_facecolor(window)  # readable over the fan and the curve
        self.now_label.set_color(text)
        self._color_legend()
        self.request_draw()

    def _color_legend(self) -> None:
        if self.legend is not None:
            self.legend.get_frame().set_facecolor(self.ax.get_facecolor())
            for t in self.legend.get_texts():
                t.set_color(self.text_color)

    def resizeEvent(self, event) -> None:
        self._background = None  # the saved background has the old size: the next draw saves a new one
        super().resizeEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        # matplotlib gives the canvas a white palette of its own: read the application's.
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange) and hasattr(self, "band"):
            self.apply_palette(QApplication.palette())
        super().changeEvent(event)
