"""The shaded gap between the committed and delivered lines: doses outstanding."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QGraphicsItem

from tracker.timeline.cached_scatter import whole_pixels


class GapFillItem(pg.GraphicsObject):
    """The area between the committed and delivered step lines: doses outstanding.

    Painted in device pixels: Qt's rasteriser mis-fills a polygon given in day/dose
    units (x around 18,700, y in millions) under a strong zoom. Cached in device
    pixels on screen, like the markers (cached_scatter.py).
    """

    def __init__(self) -> None:
        super().__init__()
        self._xy = np.empty((0, 2))
        self._bounds = QRectF()
        self._brush = QBrush()
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)

    def set_gap(self, upper, lower, colour: QColor) -> None:
        self.prepareGeometryChange()
        ux, uy = upper
        lx, ly = lower
        if ux is None or lx is None or not len(ux) or not len(lx):
            self._xy = np.empty((0, 2))
        else:
            self._xy = np.column_stack(
                [np.concatenate([ux, lx[::-1]]), np.concatenate([uy, ly[::-1]])]
            )
        self._bounds = QRectF()
        if len(self._xy):
            (x0, y0), (x1, y1) = self._xy.min(axis=0), self._xy.max(axis=0)
            self._bounds = QRectF(x0, y0, x1 - x0, y1 - y0)
        self._brush = QBrush(colour)
        self.update()

    def boundingRect(self) -> QRectF:  # noqa: N802 (Qt override)
        return whole_pixels(self, self._bounds)

    def paint(self, p, *_args) -> None:
        if not len(self._xy):
            return
        t = p.transform()
        xs = t.m11() * self._xy[:, 0] + t.m21() * self._xy[:, 1] + t.dx()
        ys = t.m12() * self._xy[:, 0] + t.m22() * self._xy[:, 1] + t.dy()
        xs, ys = np.clip(xs, -1e5, 1e5), np.clip(ys, -1e5, 1e5)
        p.save()
        p.resetTransform()
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(self._brush)
        # Filled in place through numpy, not point by point.
        polygon = pg.functions.create_qpolygonf(len(xs))
        points = pg.functions.ndarray_from_qpolygonf(polygon)
        points[:, 0] = xs
        points[:, 1] = ys
        p.drawPolygon(polygon, Qt.FillRule.WindingFill)
        p.restore()
