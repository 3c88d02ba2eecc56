"""Figures written beside points (steps of the committed line, delivery markers).

One item for all of them. Labels are placed greedily in pixels on each paint, in
priority order, at the first of four corners where they overlap nothing already
placed (labels or markers) and stay inside the plot; the others are left out.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import numpy as np
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QPainter

from tracker.timeline.overlay import ViewOverlay
from tracker.timeline.style import ChartStyle

#: Above this many points in view, nothing is labelled (the markers speak for themselves).
MAX_LABELLED = 200


@dataclass(frozen=True)
class PointLabel:
    x: float
    y: float
    text: str
    colour: str
    radius: float = 4.0  # the marker's radius in pixels, kept clear of text


@dataclass
class PointSet:
    """Points to label, in priority order; ``text(i)`` is only called for points in view."""

    x: np.ndarray
    y: np.ndarray
    radius: np.ndarray
    colour: str
    text: Callable[[int], str]


class PointLabelsItem(ViewOverlay):
    """Short figures next to points, in view coordinates, never overlapping."""

    def __init__(self, style: ChartStyle) -> None:
        super().__init__()
        self.style = style
        self.sets: list[PointSet] = []
        self.placed: list[tuple[str, QRectF]] = []  # last paint: text and box in pixels

    def set_points(self, sets: list[PointSet]) -> None:
        self.sets = sets
        self.update()

    def set_style(self, style: ChartStyle) -> None:
        self.style = style
        self.update()

    def _in_view(self) -> list[PointLabel]:
        vb = self.getViewBox()
        if vb is None:
            return []
        (x0, x1), _ = vb.viewRange()
        picked: list[PointLabel] = []
        for ps in self.sets:
            idx = np.nonzero((ps.x >= x0) & (ps.x <= x1))[0]
            if len(picked) + len(idx) > MAX_LABELLED:
                return []
            picked += [
                PointLabel(float(ps.x[i]), float(ps.y[i]), ps.text(int(i)), ps.colour,
                           float(ps.radius[i]))
                for i in idx
            ]  # fmt: skip
        return picked

    def paint(self, p: QPainter, *_args) -> None:
        self.placed = []
        labels = self._in_view()
        if not labels:
            return
        transform = p.transform()
        font = self.style.font(self.style.label_px, bold=True)
        fm = QFontMetricsF(font)
        pts = [transform.map(QPointF(lab.x, lab.y)) for lab in labels]
        taken = [
            QRectF(pt.x() - lab.radius, pt.y() - lab.radius, 2 * lab.radius, 2 * lab.radius)
            for lab, pt in zip(labels, pts, strict=True)
        ]
        frame = transform.mapRect(self.getViewBox().viewRect())
        h = fm.height()
        chosen: list[tuple[PointLabel, QRectF]] = []
        for lab, pt in zip(labels, pts, strict=True):
            w, r = fm.horizontalAdvance(lab.text) + 4, lab.radius + 3
            for dx, dy in ((r, -r - h), (-r - w, -r - h), (r, r), (-r - w, r)):
                box = QRectF(pt.x() + dx, pt.y() + dy, w, h)
                if frame.contains(box) and not any(box.intersects(t) for t in taken):
                    taken.append(box)
                    chosen.append((lab, box))
                    break
        p.save()
        p.resetTransform()
        p.setFont(font)
        p.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
        for lab, box in chosen:
            p.fillRect(box, QColor(self.style.label_background))
            p.setPen(QColor(lab.colour))
            p.drawText(box, int(Qt.AlignmentFlag.AlignCenter), lab.text)
        p.restore()
        self.placed = [(lab.text, box) for lab, box in chosen]
