"""A pixel-mode scatter that is cached on screen and paints only what is exposed.

With Qt's device-coordinate cache, a pan scrolls the cached pixels and asks the item
to paint only the strip it uncovered. pyqtgraph's scatter culls its points to the
whole view, so that strip still cost every marker (100,000 deliveries: ~40 ms). This
one culls to the exposed rectangle (markers overlapping it, sizes included), which
makes a pan cost the markers in the strip.

Qt keeps the cached pixmap only while the item's rectangle, rounded to device pixels,
keeps its size; a rectangle a fraction of a pixel wide rounds to one size or the next
depending on where a pan leaves it, and every change of size redraws everything. So
the bounding rectangle here is widened to a whole number of device pixels.
"""

from __future__ import annotations

import math

import pyqtgraph as pg
from PySide6.QtCore import QRectF
from PySide6.QtGui import QTransform
from PySide6.QtWidgets import QGraphicsItem


def whole_pixels(item: pg.GraphicsObject, rect: QRectF) -> QRectF:
    """``rect`` widened to a whole number of device pixels (see above), for an item
    shown on screen under a scale-and-translate transform; else ``rect`` itself."""
    t = item.deviceTransform_()
    if rect.isEmpty() or t is None or t.type().value > QTransform.TransformationType.TxScale.value:
        return rect
    sx, sy = abs(t.m11()), abs(t.m22())
    if not (sx > 0 and sy > 0):
        return rect
    width = math.ceil(rect.width() * sx - 1e-6) / sx
    height = math.ceil(rect.height() * sy - 1e-6) / sy
    return QRectF(rect.left(), rect.top(), width, height)


class CachedScatter(pg.ScatterPlotItem):
    bounds: list  # pyqtgraph's cache of the data's (min, max) per axis, None when unknown

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self._exposed: QRectF | None = None
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemUsesExtendedStyleOption, True)
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)

    def boundingRect(self) -> QRectF:  # noqa: N802 (Qt override)
        return whole_pixels(self, super().boundingRect())

    def viewTransformChanged(self) -> None:  # noqa: N802 (pyqtgraph hook)
        # pyqtgraph forgets the data's bounds at every change of view, but they are in
        # data units (the pixel padding is added per call): a pan would recompute them
        # from every marker, 4 to 6 ms a frame at 100,000 deliveries.
        bounds = list(self.bounds)
        super().viewTransformChanged()
        self.bounds = bounds

    def viewRect(self) -> QRectF:  # noqa: N802 (pyqtgraph override)
        rect = super().viewRect()
        if self._exposed is not None and rect is not None:
            return rect.intersected(self._exposed)
        return rect

    def paint(self, p, option, widget=None) -> None:
        # Item and view coordinates are the same for items added to a ViewBox.
        exposed = option.exposedRect if option is not None else None
        self._exposed = QRectF(exposed) if exposed is not None and not exposed.isEmpty() else None
        try:
            super().paint(p, option, widget)
        finally:
            self._exposed = None
