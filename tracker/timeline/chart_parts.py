"""Pieces of the timeline chart with no state of their own: marker sizes, nice scales,
step vertices, wrapping labels and short dates."""

from __future__ import annotations

from typing import Any

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt

from tracker.present.chart_marks import ChartSpec, StepSeries
from tracker.present.formats import date_of, format_date

MARKER_MAX_PX = 30.0
MARKER_MIN_PX = 5.0


class WrappingLabel(pg.LabelItem):
    """A text line that wraps onto more lines when the chart is narrower than the
    text, instead of forcing the whole layout (and the lanes) past the right edge."""

    MIN_WIDTH = 120.0

    def updateMin(self) -> None:
        self.item.setTextWidth(-1)
        natural = self.itemRect()
        width = self.width()
        if 0 < width < natural.width():
            self.item.setTextWidth(width)
        height = self.itemRect().height()
        least = min(natural.width(), self.MIN_WIDTH)
        self.setMinimumWidth(least)
        self.setMinimumHeight(height)
        hint = Qt.SizeHint
        self._sizeHint = {
            hint.MinimumSize: (least, height),
            hint.PreferredSize: (natural.width(), height),
            hint.MaximumSize: (-1, -1),
            hint.MinimumDescent: (0, 0),
        }
        self.updateGeometry()


def marker_sizes(doses: np.ndarray) -> np.ndarray:
    """Diameters in pixels with the *area* proportional to doses (largest: 30 px)."""
    if not len(doses):
        return np.empty(0)
    biggest = max(float(np.max(doses)), 1.0)
    return np.clip(MARKER_MAX_PX * np.sqrt(doses / biggest), MARKER_MIN_PX, MARKER_MAX_PX).round()


NICE_STEPS = (1.0, 1.2, 1.5, 2.0, 2.5, 3.0, 4.0, 5.0, 6.0, 8.0, 10.0)


def nice_ceiling(value: float) -> float:
    """The smallest of 1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8 (x 10^k) at or above ``value``."""
    if not value > 0 or not np.isfinite(value):
        return 1.0
    scale = 10.0 ** np.floor(np.log10(value))
    return next(s * scale for s in NICE_STEPS if s * scale >= value * (1 - 1e-12))


def fit_top(vb: Any, wanted: float) -> None:
    """Set the y range to 0..(``wanted`` rounded up to a nice value) if that changes it.

    Rounded, the scale holds still while a pan moves the visible peak a little: the
    axis does not wobble, and the cached markers are scrolled instead of redrawn.
    """
    top = nice_ceiling(wanted)
    if vb.viewRange()[1] != [0.0, top]:
        vb.setYRange(0, top, padding=0)


def step_pair(
    a: StepSeries, b: StepSeries, x0: float, x1: float
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Two step series on one set of vertices (each change doubled), from x0 to x1."""
    breaks = np.union1d(a.x[(a.x > x0) & (a.x < x1)], b.x[(b.x > x0) & (b.x < x1)])
    xs = np.empty(2 * len(breaks) + 2)
    xs[0], xs[-1] = x0, x1
    xs[1:-1:2] = breaks
    xs[2:-1:2] = breaks
    # Before each break the value just left of it, after it the value at it.
    at = np.empty_like(xs)
    at[0], at[-1] = x0, x1
    at[1:-1:2] = np.nextafter(breaks, -np.inf)
    at[2:-1:2] = breaks
    return xs, a.values_at(at), b.values_at(at)


def format_date_short(x: float, spec: ChartSpec) -> str:
    """ "18 Mar" (the year is on the axis)."""
    text = format_date(date_of(x), spec.lang)
    return text.rsplit(" ", 1)[0]
