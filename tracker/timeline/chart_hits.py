"""What is under the pointer in the timeline chart, and the ring around the current
record: the hit tests, in scene coordinates (a mixin of :class:`TimelineChart`)."""

from __future__ import annotations

from typing import Any

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QPointF

from tracker.domain.enums import RecordKind
from tracker.present.chart_marks import ChartSpec
from tracker.timeline.event_lane import EventLabelsItem
from tracker.timeline.style import ChartStyle


class ChartHits:
    """Hit tests and highlight rings over the chart's markers (``TimelineChart`` builds
    the plots and items named below)."""

    spec: ChartSpec | None
    style: ChartStyle
    delivery_sizes: np.ndarray
    doses: Any  # pg.PlotItem: pyqtgraph has no stubs
    events: Any
    event_labels: EventLabelsItem
    delivery_ring: Any
    event_ring: Any

    def clear_highlight(self) -> None:
        self.delivery_ring.setData([], [])
        self.event_ring.setData([], [])

    def highlight_index(self, kind: str, i: int) -> None:
        self.clear_highlight()
        ring = pg.mkPen(self.style.highlight, width=3)
        if kind == RecordKind.DELIVERY and self.spec is not None:
            m = self.spec.deliveries
            self.delivery_ring.setData(
                [m.x[i]],
                [m.level[i]],
                size=self.delivery_sizes[i] + 12,
                pen=ring,
                brush=pg.mkBrush(None),
                symbol="o",
            )
        elif kind == RecordKind.EVENT and self.spec is not None:
            self.event_ring.setData(
                [self.spec.events.start[i]],
                [self.event_labels.marker_y],
                size=24,
                pen=ring,
                brush=pg.mkBrush(None),
                symbol="o",
            )

    # -- hit tests, in scene coordinates ------------------------------------------------
    @staticmethod
    def _nearest(vb, xs, ys, radii, scene_pos: QPointF) -> int | None:
        """Index of the marker under ``scene_pos`` (the smallest when they overlap)."""
        if not len(xs) or not vb.sceneBoundingRect().contains(scene_pos):
            return None
        t = vb.childGroup.sceneTransform()
        sx = t.m11() * xs + t.m21() * ys + t.dx()
        sy = t.m12() * xs + t.m22() * ys + t.dy()
        d2 = (sx - scene_pos.x()) ** 2 + (sy - scene_pos.y()) ** 2
        hit = np.nonzero(d2 <= (radii + 2.0) ** 2)[0]
        if not len(hit):
            return None
        return int(hit[np.lexsort((d2[hit], radii[hit]))[0]])

    def delivery_at(self, scene_pos: QPointF) -> int | None:
        if self.spec is None:
            return None
        m = self.spec.deliveries
        return self._nearest(self.doses.vb, m.x, m.level, self.delivery_sizes / 2, scene_pos)

    def event_at(self, scene_pos: QPointF) -> int | None:
        if self.spec is None:
            return None
        ev = self.spec.events
        ys = np.full(len(ev), self.event_labels.marker_y)
        hit = self._nearest(self.events.vb, ev.start, ys, np.full(len(ev), 7.0), scene_pos)
        return hit if hit is not None else self.event_labels.label_at(scene_pos)

    def marker_scene_pos(self, kind: str, i: int) -> QPointF:
        """Where a record's marker is drawn, in scene coordinates (tests click there)."""
        assert self.spec is not None, "no chart drawn yet"
        if kind == RecordKind.DELIVERY:
            m = self.spec.deliveries
            return self.doses.vb.mapViewToScene(QPointF(m.x[i], m.level[i]))
        ev = self.spec.events
        return self.events.vb.mapViewToScene(QPointF(ev.start[i], self.event_labels.marker_y))

    def checkpoint_at(self, scene_pos: QPointF) -> int | None:
        if self.spec is None or not len(self.spec.checkpoints):
            return None
        cp = self.spec.checkpoints
        return self._nearest(self.doses.vb, cp.x + 0.5, cp.tally, np.full(len(cp), 6.0), scene_pos)
