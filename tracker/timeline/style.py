"""Colours and fonts of the timeline: a screen style (light or dark) and the export style.

Colours come from the Okabe–Ito palette, which stays distinguishable with the common
colour-vision deficiencies. The committed line is blue and the delivered line near
black, so the vaccine colours (markers) never repeat a line's colour.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from PySide6.QtGui import QColor, QFont

OKABE_ITO = {
    "orange": "#E69F00",
    "sky": "#56B4E9",
    "green": "#009E73",
    "yellow": "#F0E442",
    "blue": "#0072B2",
    "vermillion": "#D55E00",
    "purple": "#CC79A7",
    "black": "#000000",
}

#: Marker colours and shapes for vaccines, in registry order. Colour is never the only
#: carrier of meaning: consecutive vaccines differ in shape as well (8 shapes, 6 colours,
#: so the first 24 vaccines all have a distinct colour-and-shape pair).
VACCINE_COLOURS = ("#E69F00", "#56B4E9", "#009E73", "#CC79A7", "#D55E00", "#F0E442")
VACCINE_SYMBOLS = ("o", "s", "t1", "d", "p", "h", "star", "t")

CATEGORY_COLOURS = {
    "border": "#D55E00",
    "migration": "#CC79A7",
    "diplomacy": "#0072B2",
    "trade": "#009E73",
    "health": "#56B4E9",
    "other": "#4D4D4D",  # a mid grey is too close to trade's green for deuteranopes
}
#: Event markers differ by shape per category too.
CATEGORY_SYMBOLS = {
    "border": "s",
    "migration": "t",
    "diplomacy": "d",
    "trade": "p",
    "health": "h",
    "other": "o",
}


def vaccine_style(code: str, order: list[str]) -> tuple[str, str]:
    """(colour, symbol) of a vaccine, stable for a given registry order."""
    i = order.index(code) if code in order else len(order)
    return (
        VACCINE_COLOURS[i % len(VACCINE_COLOURS)],
        VACCINE_SYMBOLS[i % len(VACCINE_SYMBOLS)],
    )


def category_colour(code: str) -> str:
    return CATEGORY_COLOURS.get(code, CATEGORY_COLOURS["other"])


def category_symbol(code: str) -> str:
    return CATEGORY_SYMBOLS.get(code, CATEGORY_SYMBOLS["other"])


@dataclass(frozen=True)
class ChartStyle:
    """Everything that differs between the light screen, the dark screen and exports."""

    background: str = "#FFFFFF"
    text: str = "#1F1F1F"
    muted: str = "#5F6368"
    axis: str = "#5F6368"
    grid_alpha: float = 0.14
    committed: str = OKABE_ITO["blue"]
    delivered: str = "#1F1F1F"
    outstanding: str = "#0072B2"
    outstanding_alpha: int = 38
    bars: str = "#8DA0B3"
    label_background: str = "#FFFFFF"
    badge: str = "#5F6368"
    badge_text: str = "#FFFFFF"
    highlight: str = "#E0007A"
    #: Around event markers: the background on light, a light ring on dark, where a
    #: blue Diplomacy diamond on a near-black background all but disappears.
    marker_outline: str = "#FFFFFF"
    span_alpha: int = 40
    font_family: str = "DejaVu Sans"
    title_px: int = 22
    subtitle_px: int = 14
    text_px: int = 13
    axis_px: int = 12
    label_px: int = 12
    footer_px: int = 11
    line_width: float = 2.5

    def font(self, px: int, bold: bool = False) -> QFont:
        f = QFont(self.font_family)
        f.setPixelSize(px)
        f.setBold(bold)
        return f

    def qcolor(self, name: str, alpha: int | None = None) -> QColor:
        c = QColor(getattr(self, name, name))
        if alpha is not None:
            c.setAlpha(alpha)
        return c


#: Exports: a picture to be read on its own, on a page or a slide.
EXPORT = ChartStyle()
#: On screen the title and texts are a little smaller: the window around the chart
#: already says what is selected, and the lanes need the room.
LIGHT = replace(EXPORT, title_px=17, subtitle_px=12, text_px=12)
DARK = replace(
    LIGHT,
    background="#1E1F22",
    text="#DFE1E5",
    muted="#A0A4AB",
    axis="#A0A4AB",
    grid_alpha=0.18,
    committed="#56B4E9",
    delivered="#F2F2F2",
    outstanding="#56B4E9",
    bars="#6B7C8C",
    label_background="#1E1F22",
    badge="#A0A4AB",
    badge_text="#1E1F22",
    highlight="#FF4FB0",
    marker_outline="#DFE1E5",
)
#: Exports are always light, whatever the screen theme.
