"""Axes that speak calendar dates and dose counts.

x is days since 1970-01-01 (see ``tracker.present.formats``); ticks are computed from
calendar arithmetic on ``datetime.date``, never from a clock, so no time zone (even
Lord Howe's half-hour daylight saving) can move a tick or change its label.
"""

from __future__ import annotations

import datetime as dt
import math

import pyqtgraph as pg
from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen

from tracker.present.formats import date_of, day_number, format_short
from tracker.present.words import CHART
from tracker.timeline.overlay import ViewOverlay

#: Candidate tick steps: (kind, size); months and years follow the calendar.
_STEPS = (
    ("day", 1),
    ("day", 2),
    ("week", 7),
    ("month", 1),
    ("month", 3),
    ("month", 6),
    ("year", 1),
    ("year", 2),
    ("year", 5),
    ("year", 10),
)
_APPROX_DAYS = {"day": 1.0, "week": 1.0, "month": 30.44, "year": 365.25}


def _add_months(day: dt.date, months: int) -> dt.date:
    m = day.month - 1 + months
    return dt.date(day.year + m // 12, m % 12 + 1, 1)


def calendar_ticks(
    x0: float, x1: float, px_width: float, min_px: float = 78.0
) -> tuple[str, int, list[dt.date]]:
    """Tick dates in ``[x0, x1]``: the finest calendar step whose labels stay ``min_px`` apart."""
    span = max(x1 - x0, 1e-9)
    px_per_day = max(px_width, 1.0) / span
    kind, size = _STEPS[-1]
    for k, n in _STEPS:
        if n * _APPROX_DAYS[k] * px_per_day >= min_px:
            kind, size = k, n
            break
    first, last = date_of(math.ceil(x0 - 1e-9)), date_of(math.floor(x1 + 1e-9))
    ticks: list[dt.date] = []
    if kind in ("day", "week"):
        d = first
        if kind == "week":  # Mondays
            d += dt.timedelta(days=(7 - d.weekday()) % 7)
        elif size > 1:
            d += dt.timedelta(days=(-day_number(d)) % size)
        while d <= last:
            ticks.append(d)
            d += dt.timedelta(days=size)
    elif kind == "month":
        d = _add_months(first.replace(day=1), 0 if first.day == 1 else 1)
        d = _add_months(d, (-(d.month - 1)) % size)
        while d <= last:
            ticks.append(d)
            d = _add_months(d, size)
    else:
        year = first.year + (0 if (first.month, first.day) == (1, 1) else 1)
        year += (-year) % size
        while year <= last.year:
            ticks.append(dt.date(year, 1, 1))
            year += size
    return kind, size, ticks


def tick_label(day: dt.date, kind: str, first: bool, lang: str) -> str:
    months = CHART[lang]["months"]
    if kind == "year":
        return str(day.year)
    if kind == "month":
        show_year = first or day.month == 1
        return f"{months[day.month - 1]} {day.year}" if show_year else months[day.month - 1]
    label = f"{day.day} {months[day.month - 1]}"
    return f"{label} {day.year}" if first or (day.month, day.day) == (1, 1) else label


def next_tick(day: dt.date, kind: str, size: int) -> dt.date:
    if kind in ("day", "week"):
        return day + dt.timedelta(days=size)
    if kind == "month":
        return _add_months(day, size)
    return dt.date(day.year + size, 1, 1)


def prev_tick(day: dt.date, kind: str, size: int) -> dt.date:
    if kind in ("day", "week"):
        return day - dt.timedelta(days=size)
    if kind == "month":
        return _add_months(day, -size)
    return dt.date(day.year - size, 1, 1)


class DayAxisItem(pg.AxisItem):
    """Bottom axis over day numbers, labels in the chart's language.

    Single months and years are labelled in their middle ("Mar" between the lines that
    :class:`CalendarGridItem` draws at 1 March and 1 April); quarters, half-years, several
    years, days and weeks at their first day's line.
    """

    def __init__(self, lang: str = "en", **kwargs) -> None:
        super().__init__("bottom", **kwargs)
        self.lang = lang
        self._labels: dict[float, str] = {}
        self.enableAutoSIPrefix(False)
        self.setStyle(tickLength=0)
        self.setTickPen(pg.mkPen(None))  # boundaries are drawn by CalendarGridItem

    def tickValues(self, minVal, maxVal, size):  # noqa: N802 (pyqtgraph override)
        kind, n, days = calendar_ticks(minVal, maxVal, size)
        if not days:
            days = [prev_tick(date_of(minVal), kind, n)] if kind in ("day", "week") else []
        cells = ([prev_tick(days[0], kind, n)] if days else []) + days
        self._labels = {}
        first = True
        for d in cells:
            centre = day_number(d)
            # One named month or year: label its middle, between its two lines. Steps of
            # several (quarters, half-years, decades) label their first line instead: "Jan"
            # in the middle of a quarter sits under mid-February, and a step on 18 March
            # then reads as February.
            if kind in ("month", "year") and n == 1:
                centre = (centre + day_number(next_tick(d, kind, n))) / 2
            if minVal <= centre <= maxVal:
                self._labels[centre] = tick_label(d, kind, first, self.lang)
                first = False
        return [(1.0, list(self._labels))]

    def tickStrings(self, values, scale, spacing):  # noqa: N802
        return [self._labels.get(v, "") for v in values]


class CalendarGridItem(ViewOverlay):
    """Vertical lines at the calendar boundaries the date axis labels (one item)."""

    def __init__(self, colour: str = "#5F6368", alpha: float = 0.14) -> None:
        super().__init__()
        self.colour, self.alpha = colour, alpha
        self.boundaries: list[dt.date] = []  # the last painted, for tests

    def set_colour(self, colour: str, alpha: float) -> None:
        self.colour, self.alpha = colour, alpha
        self.update()

    def paint(self, p: QPainter, *_args) -> None:
        view = self.view_range()
        if view is None:
            return
        (x0, x1), (y0, y1) = view
        t = p.transform()
        width = abs(t.map(QPointF(x1, y0)).x() - t.map(QPointF(x0, y0)).x())
        _kind, _n, self.boundaries = calendar_ticks(x0, x1, width)
        colour = QColor(self.colour)
        colour.setAlphaF(self.alpha)
        # Drawn in device pixels (as gap_fill.py): a stroke under the lane's scale would
        # need a cosmetic pen, which SVG renderers other than Qt's draw as wide as a day.
        top, bottom = t.map(QPointF(x0, y1)).y(), t.map(QPointF(x0, y0)).y()
        xs = [t.map(QPointF(day_number(d), y0)).x() for d in self.boundaries]
        p.save()
        p.resetTransform()
        p.setPen(QPen(colour, 1))
        for x in xs:
            p.drawLine(QLineF(x, top, x, bottom))
        p.restore()


class FigureAxisItem(pg.AxisItem):
    """Left axis with compact figures: 2.5 M, 150 k (or the Spanish forms)."""

    def __init__(self, lang: str = "en", **kwargs) -> None:
        self._device = (1.0, 1.0, 0.0, 0.0)  # the painter's scale and offset (see paint)
        super().__init__("left", **kwargs)
        self.lang = lang
        self.enableAutoSIPrefix(False)

    def tickStrings(self, values, scale, spacing):  # noqa: N802
        return [format_short(v * scale, self.lang) for v in values]

    def paint(self, p, opt, widget) -> None:
        # A cosmetic grid line is one *device* pixel high, on the row an aliased line
        # takes: the rectangles that draw it are recorded for the painter's mapping to
        # device pixels (a high-dpi screen paints at 2x; Qt's cache paints at a fixed
        # offset, so a pan does not record them again).
        t = p.deviceTransform()
        device = (t.m11(), t.m22(), t.dx(), t.dy())
        if device != self._device:
            self._device = device
            self.picture = None
        super().paint(p, opt, widget)

    def drawPicture(self, p, axisSpec, tickSpecs, textSpecs):  # noqa: N802
        """With the lane's grid on, its lines are filled as rectangles one pen wide.

        Each grid line is a translucent tick stretched across the lane, and Qt's raster
        engine blends an aliased translucent line pixel by pixel: a lane's ~40 lines took
        8-15 ms a paint, two thirds of painting the whole axis, against 0.1 ms filled.
        Same pixels (no antialiasing either way; tests/timeline/test_axes_grid.py), and
        in SVG and PDF a ``rect``.
        """
        if self.grid is False:
            super().drawPicture(p, axisSpec, tickSpecs, textSpecs)
            return
        sx, sy, _dx, dy = self._device
        p.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        for pen, start, stop in tickSpecs:  # across the lane, right of the axis line
            width = pen.widthF() or 1.0
            y = start.y()
            left, right = min(start.x(), stop.x()), max(start.x(), stop.x())
            if pen.isCosmetic() and width <= 1 and sx > 0 and sy > 0:
                # The device row an aliased one-pixel line takes: the one its y is in.
                across, high = 1 / sx, 1 / sy
                top = (math.floor(sy * y + dy) - dy) / sy
            else:  # a plain pen: a band one pen wide, in the item's units
                across = high = width
                top = y - width / 2
            if pen.capStyle() == Qt.PenCapStyle.SquareCap:  # the line's ends, as drawn
                left, right = left - across / 2, right + across / 2
            p.fillRect(QRectF(left, top, right - left, high), pen.color())
        # Then the axis line and the figures (clipped to the axis: the lines were not).
        super().drawPicture(p, axisSpec, [], textSpecs)
