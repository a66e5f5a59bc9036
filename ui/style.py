"""One type scale and one set of spacing steps for every view (issue 15, item 8).

Sizes are shares of the application's font, so they follow the desktop's font size and scaling:

    TITLE      1.6, bold   a page's own title (the welcome page, an empty view's first line)
    HEADING    1.15, bold  a view's heading, a chart's title, the busy page's sentence
    BODY       1.0         everything else
    CAPTION    0.9         what a figure rests on: units, notes under a table or a chart
    FIGURE, FIGURE_LEAD    1.45 and 1.8, bold: the KPI cards' numbers (the saldo at claim leads)

    style.set_role(label, style.HEADING)           # the label's font in that role
    style.set_role(label, style.BODY, bold=True)   # a stronger line in body size
    style.chart_points(style.CAPTION)              # the same size for matplotlib, in points

Spacing steps (pixels): TIGHT 2, SMALL 4, MEDIUM 8, LARGE 12, XLARGE 24. A view's own layout
has MEDIUM margins and SMALL spacing (:func:`page`; a laptop's height is short), a framed panel
(a KPI card) LARGE/MEDIUM padding (:func:`panel`), a one-line bar (the demo bar, a banner, a
notice above the chart) MEDIUM/SMALL (:func:`bar`), a layout nested in another none (:func:`flush`).

:func:`dark_palette` is a palette as a desktop set to dark hands it to the application (grey
window, darker fields, light text, a blue highlight; close to Qt's Fusion style in its dark
scheme): the screenshot matrix (docs/make_screenshots.py) and the tests draw the window in it
to check that every view follows the palette.
"""
from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication, QLayout, QWidget


@dataclass(frozen=True)
class Role:
    name: str
    scale: float  # of the application's font
    bold: bool = False


TITLE = Role("title", 1.6, True)
HEADING = Role("heading", 1.15, True)
BODY = Role("body", 1.0)
CAPTION = Role("caption", 0.9)
FIGURE = Role("figure", 1.45, True)
FIGURE_LEAD = Role("figure_lead", 1.8, True)

TIGHT, SMALL, MEDIUM, LARGE, XLARGE = 2, 4, 8, 12, 24
MPL_DPI = 100.0  # matplotlib's figure dpi at a device pixel ratio of 1 (the Qt canvas scales both)


def base_font() -> QFont:
    """The application's font (the desktop's), which every role scales."""
    return QApplication.font()


def font_for(role: Role, bold: bool | None = None, base: QFont | None = None) -> QFont:
    font = QFont(base if base is not None else base_font())
    if font.pointSizeF() > 0:
        font.setPointSizeF(font.pointSizeF() * role.scale)
    else:  # a font sized in pixels
        font.setPixelSize(max(1, round(font.pixelSize() * role.scale)))
    font.setBold(role.bold if bold is None else bold)
    return font


def set_role(widget: QWidget, role: Role, bold: bool | None = None) -> None:
    """Give `widget` the font of `role` (from the application's font: applying twice changes nothing)."""
    widget.setFont(font_for(role, bold))
    widget.setProperty("typeRole", role.name)


def chart_points(role: Role) -> float:
    """The size of `role` in matplotlib points: the same pixels on the chart as in the widgets
    (Qt's points are at the screen's logical dpi, matplotlib's at :data:`MPL_DPI`)."""
    app = QApplication.instance()
    screen = app.primaryScreen() if app is not None else None
    dpi = screen.logicalDotsPerInch() if screen is not None else 96.0
    font = base_font()
    points = font.pointSizeF() if font.pointSizeF() > 0 else font.pixelSize() * 72.0 / dpi
    return points * role.scale * dpi / MPL_DPI


def page(layout: QLayout) -> QLayout:
    """A view's own layout: MEDIUM margins, SMALL spacing."""
    layout.setContentsMargins(MEDIUM, MEDIUM, MEDIUM, MEDIUM)
    layout.setSpacing(SMALL)
    return layout


def panel(layout: QLayout) -> QLayout:
    """Inside a framed panel (a KPI card, a banner, a notice): LARGE across, MEDIUM up and down."""
    layout.setContentsMargins(LARGE, MEDIUM, LARGE, MEDIUM)
    layout.setSpacing(SMALL)
    return layout


def bar(layout: QLayout) -> QLayout:
    """Inside a one-line bar or banner: MEDIUM across, SMALL up and down, MEDIUM between its parts."""
    layout.setContentsMargins(MEDIUM, SMALL, MEDIUM, SMALL)
    layout.setSpacing(MEDIUM)
    return layout


def flush(layout: QLayout) -> QLayout:
    """A layout nested in another: no margins of its own."""
    layout.setContentsMargins(0, 0, 0, 0)
    return layout


def dark_palette() -> QPalette:
    """A dark desktop's palette (see the module's docstring), the disabled roles dimmed."""
    window = QColor(50, 50, 50)
    palette = QPalette(QColor(60, 60, 60), window)  # button, window: Light, Mid, Dark... derived
    text, disabled = QColor(240, 240, 240), QColor(130, 130, 130)
    for role, colour in ((QPalette.ColorRole.WindowText, text), (QPalette.ColorRole.Text, text),
                         (QPalette.ColorRole.ButtonText, text), (QPalette.ColorRole.BrightText, QColor(255, 255, 255)),
                         (QPalette.ColorRole.Base, QColor(36, 36, 36)), (QPalette.ColorRole.AlternateBase, QColor(60, 60, 60)),
                         (QPalette.ColorRole.ToolTipBase, QColor(60, 60, 60)), (QPalette.ColorRole.ToolTipText, text),
                         (QPalette.ColorRole.Highlight, QColor(48, 140, 198)),
                         (QPalette.ColorRole.HighlightedText, QColor(255, 255, 255)),
                         (QPalette.ColorRole.Link, QColor(100, 170, 240)),
                         (QPalette.ColorRole.LinkVisited, QColor(170, 140, 230)),
                         (QPalette.ColorRole.PlaceholderText, QColor(160, 160, 160))):
        palette.setColor(role, colour)
    for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text, QPalette.ColorRole.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, disabled)
    palette.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Base, window)
    palette.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Highlight, QColor(90, 90, 90))
    return palette
