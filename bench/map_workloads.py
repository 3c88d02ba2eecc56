"""The map workloads: redraw on pan/zoom (M1), a Play step (M2), export (M3).

Data: 100,000 synthetic deliveries (fixed seed) among 40 donor and 200 recipient
countries of the shipped atlas, so that about 2,000 donor→recipient pairs carry doses,
plus 2,000 commitments. ``MapData`` is built from these frames directly (reading them
from a database is the timeline's B4, not measured again here).

Floors, each bare Qt in its best configuration drawing the same thing:
- M1: a ``QGraphicsView`` with one ``QGraphicsPathItem`` per country (same paths, same
  fills, cosmetic pens), one ellipse item per small-state dot, and one path item per
  flow the app draws (its largest 250: see
  ``map_view.MAX_SCREEN_FLOWS``), the same zoom step and a synchronous repaint.
  Target: ≤ 1.5× the floor and ≤ 30 ms a frame.
- M2: the irreducible work of a step: ``np.bincount`` of the doses arrived by the next
  month end per recipient, and one ``setBrush`` per country. Target: ≤ 50 ms a step.
- M3: ``QPainter`` drawing the same country and flow paths straight into the same
  writer (``QImage``, ``QSvgGenerator``, ``QPdfWriter``). Target: ≤ 1.5× the floor.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pandas as pd

from bench.common import settle, vector_device
from bench.harness import Result, measure, ratio_result

SEED = 17
N_DELIVERIES = 100_000
N_PAIRS = 2_000
FIRST = dt.date(2021, 1, 1)


def synthetic_data(n: int = N_DELIVERIES, pairs: int = N_PAIRS):
    """A ``MapData`` over ``n`` deliveries spread over ``pairs`` country pairs."""
    from tracker.domain.filters import Filters
    from tracker.io.geo import atlas
    from tracker.present.map_spec import MapData

    rng = np.random.default_rng(SEED)
    countries = sorted(c for c, s in atlas().shapes.items() if s.has_shape)
    donors = np.array(countries[:: len(countries) // 40][:40], dtype=object)
    recipients = np.array([c for c in countries if c not in set(donors)][:200], dtype=object)
    pair_d = rng.integers(0, len(donors), pairs)
    pair_r = rng.integers(0, len(recipients), pairs)
    which = rng.integers(0, pairs, n)
    days = [FIRST + dt.timedelta(days=int(d)) for d in rng.integers(0, 700, n)]
    deliveries = pd.DataFrame(
        {
            "record_id": np.arange(n),
            "date": days,
            "donor": donors[pair_d[which]],
            "recipient": recipients[pair_r[which]],
            "doses": rng.integers(1_000, 2_000_000, n),
            "status": "delivered",
            "channel": np.array(["bilateral", "covax"], dtype=object)[rng.integers(0, 2, n)],
            "commitment_id": None,
            "source": "https://example.org/shipments",
        }
    )
    m = 2_000
    commitments = pd.DataFrame(
        {
            "record_id": np.arange(m),
            "date": [FIRST + dt.timedelta(days=int(d)) for d in rng.integers(0, 600, m)],
            "donor": donors[pair_d[:m]],
            "recipient": recipients[pair_r[:m]],
            "doses": rng.integers(100_000, 20_000_000, m),
            "status": "confirmed",
            "source": "https://example.org/pledges",
        }
    )
    return MapData(deliveries, commitments, pd.DataFrame(), Filters(), None)


# -- M1: redraw on pan/zoom -------------------------------------------------------------
class FloorMap:
    """Bare QGraphicsView: one path item per country, one merged path for all flows."""

    def __init__(self, spec, width: int, height: int) -> None:
        from PySide6.QtGui import QBrush, QColor, QPainter, QPainterPath, QPen
        from PySide6.QtWidgets import QGraphicsScene, QGraphicsView

        from tracker.timeline.map_view import MAX_SCREEN_FLOWS, SCALE, ring_path

        self.view = QGraphicsView()
        self.view.setScene(QGraphicsScene(self.view))
        self.view.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        self.view.resize(width, height)
        pen = QPen(QColor("#FFFFFF"), 0.6)
        pen.setCosmetic(True)
        self.items = {}
        # What the app draws, the same way: the sphere, donors outlined.
        from tracker.io.geo import world_outline

        sphere = self.view.scene().addPath(ring_path([world_outline()]), pen)
        sphere.setBrush(QBrush(QColor("#EEF3F7")))
        donor_pen = QPen(QColor("#D55E00"), 1.8)
        donor_pen.setCosmetic(True)
        for iso3, shape in spec.atlas.shapes.items():
            if shape.has_shape:
                outline = donor_pen if iso3 in spec.donors else pen
                item = self.view.scene().addPath(ring_path(shape.rings), outline)
                item.setBrush(QBrush(QColor(spec.fill(iso3))))
                self.items[iso3] = item
        # The same arcs the app draws (its largest MAX_SCREEN_FLOWS), one item each with
        # the app's width classes: bare Qt's best here (one merged path of 2,000 arcs took
        # seconds a frame).
        biggest = max(f.delivered + f.outstanding for f in spec.flows)
        for f in spec.flows[:MAX_SCREEN_FLOWS]:
            path = QPainterPath()
            pts = f.arc * SCALE
            path.moveTo(pts[0, 0], -pts[0, 1])
            for x, y in pts[1:]:
                path.lineTo(x, -y)
            cls = min(7, int(np.ceil((f.delivered + f.outstanding) / biggest * 8)) - 1)
            flow_pen = QPen(QColor(204, 121, 167, 200), max(1.0, 10.0 * (max(cls, 0) + 1) / 8))
            flow_pen.setCosmetic(True)
            self.view.scene().addPath(path, flow_pen)
        # The small-state dots, as bare Qt draws fixed-size markers: one item each.
        from PySide6.QtWidgets import QGraphicsEllipseItem

        from tracker.present.map_style import SMALL_AREA

        for iso3, shape in spec.atlas.shapes.items():
            if shape.has_shape and shape.area >= SMALL_AREA:
                continue
            dot = QGraphicsEllipseItem(-3.5, -3.5, 7, 7)
            dot.setFlag(QGraphicsEllipseItem.GraphicsItemFlag.ItemIgnoresTransformations)
            dot.setPos(shape.centroid[0] * SCALE, -shape.centroid[1] * SCALE)
            dot.setBrush(QBrush(QColor(spec.fill(iso3))))
            self.view.scene().addItem(dot)
        self.view.show()
        self.view.fitInView(self.view.scene().itemsBoundingRect())
        settle()


def m1_redraw(data, frames: int) -> Result:
    from tracker.timeline.map_view import MapView

    spec = data.spec(dt.date(2022, 6, 30))
    width, height = 1200, 700
    view = MapView()
    view.resize(width, height)
    view.show()
    view.set_spec(spec)
    settle()
    floor = FloorMap(spec, width, height)
    state = {"i": 0}

    def zoom(v) -> None:
        # In, in, out, out: the same four frames for both, repeated.
        f = (1.15, 1.15, 1 / 1.15, 1 / 1.15)[state["i"] % 4]
        state["i"] += 1
        v.scale(f, f)
        v.viewport().repaint()

    app_s, floor_s = measure(lambda: zoom(view), lambda: zoom(floor.view), runs=frames)
    view.close()
    floor.view.close()
    ratio = app_s / floor_s if floor_s else float("inf")
    return Result(
        f"M1 map redraw (242 countries, {len(spec.flows):,} flows)",
        app_s,
        floor_s,
        ratio,
        "≤ 1.5× and ≤ 30 ms/frame",
        ratio <= 1.5 and app_s <= 0.030,
        "one zoom step + synchronous repaint, 1200×700; the largest 250 flows drawn (app: as one layer at 0.8 opacity, floor: translucent pens)",
    )


# -- M2: a Play step ----------------------------------------------------------------------
def m2_play_step(data, runs: int) -> Result:
    from PySide6.QtGui import QBrush, QColor

    from tracker.timeline.map_view import MapView
    from tracker.timeline.scrubber import add_months, month_end

    view = MapView()
    view.resize(1200, 700)
    view.show()
    view.set_spec(data.spec(dt.date(2021, 1, 31)))
    settle()
    day = {"app": dt.date(2021, 1, 31), "floor": dt.date(2021, 1, 31)}
    items = list(view.countries.values())
    codes = list(view.countries)
    index = {c: i for i, c in enumerate(codes)}
    rec = np.array([index.get(c, -1) for c in data.codes], dtype=np.int64)[data.d_rec]
    palette = [QBrush(QColor(c)) for c in ("#FFFFCC", "#7FCDBB", "#2C7FB8", "#253494")]

    def step(key: str) -> dt.date:
        nxt = month_end(add_months(day[key], 1))
        if nxt > dt.date(2022, 11, 30):
            nxt = dt.date(2021, 1, 31)
        day[key] = nxt
        return nxt

    def app() -> None:
        view.set_spec(data.spec(step("app")))

    def floor() -> None:
        k = int(np.searchsorted(data.d_day, step("floor").toordinal(), side="right"))
        got = np.bincount(rec[:k][rec[:k] >= 0], weights=data.d_doses[:k], minlength=len(codes))
        cls = np.digitize(got, [1, 1e6, 1e7, 1e8]) - 1
        for item, c in zip(items, cls, strict=True):
            item.setBrush(palette[max(int(c), 0)])

    app_s, floor_s = measure(app, floor, runs=runs)
    view.close()
    return Result(
        f"M2 play step ({N_DELIVERIES // 1000}k deliveries)",
        app_s,
        floor_s,
        app_s / floor_s if floor_s else float("inf"),
        "≤ 50 ms a step",
        app_s <= 0.050,
        "as-of totals, per-country figures, recolour, flows rebuilt",
    )


# -- M3: export -------------------------------------------------------------------------
def _floor_paint(spec, painter, width: int, height: int) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen

    from tracker.present.map_style import arc
    from tracker.present.map_svg import map_frame

    frame = map_frame(spec, 24, 84, width - 48, height - 200)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.fillRect(0, 0, width, height, QColor("#FFFFFF"))
    painter.setPen(QPen(QColor("#FFFFFF"), 0.5))
    for iso3, shape in spec.atlas.shapes.items():
        if not shape.has_shape:
            continue
        path = QPainterPath()
        path.setFillRule(Qt.FillRule.OddEvenFill)
        for ring in shape.rings:
            pts = frame.px(ring)
            path.moveTo(pts[0, 0], pts[0, 1])
            for x, y in pts[1:]:
                path.lineTo(x, y)
            path.closeSubpath()
        painter.setBrush(QColor(spec.fill(iso3)))
        painter.drawPath(path)
    # The flows as the app draws them: width ∝ doses, 80 % opaque, pending ones dashed.
    painter.setBrush(Qt.BrushStyle.NoBrush)
    colour = QColor("#CC79A7")
    colour.setAlphaF(0.8)
    biggest = max(f.delivered + f.outstanding for f in spec.flows)
    for f in reversed(spec.flows):
        for doses, dashed in ((f.delivered, False), (f.outstanding, True)):
            if doses <= 0:
                continue
            pen = QPen(colour, max(0.8, 14.0 * doses / biggest))
            pen.setCapStyle(Qt.PenCapStyle.RoundCap)
            if dashed:
                pen.setDashPattern([6 / pen.widthF(), 4 / pen.widthF()])
            painter.setPen(pen)
            pts = frame.px(f.arc if not dashed else arc(tuple(f.arc[0]), tuple(f.arc[-1]), 0.26))
            path = QPainterPath()
            path.moveTo(pts[0, 0], pts[0, 1])
            for x, y in pts[1:]:
                path.lineTo(x, y)
            painter.drawPath(path)
    painter.setPen(QColor("#1F1F1F"))
    painter.drawText(24, 40, spec.title)
    painter.drawText(24, height - 20, spec.footer)


def _floor_write(spec, out: Path, width: int, height: int) -> None:
    from PySide6.QtGui import QImage, QPainter

    suffix = out.suffix
    if suffix == ".png":
        target = QImage(width, height, QImage.Format.Format_ARGB32)
    else:
        target = vector_device(out, width, height)
    painter = QPainter(target)
    _floor_paint(spec, painter, width, height)
    painter.end()
    if suffix == ".png":
        target.save(str(out), "PNG")


def m3_export(data, runs: int, tmp: Path) -> Iterator[Result]:
    from tracker.timeline.map_export import write_map

    spec = data.spec(dt.date(2022, 6, 30))
    for suffix in (".png", ".svg", ".pdf"):
        app_out, floor_out = tmp / f"map-app{suffix}", tmp / f"map-floor{suffix}"
        app_s, floor_s = measure(
            lambda out=app_out: write_map(spec, out, flows=True),
            lambda out=floor_out: _floor_write(spec, out, 1600, 900),
            runs=runs,
        )
        yield ratio_result(
            f"M3 map export {suffix[1:].upper()} ({len(spec.flows):,} flows)",
            app_s,
            floor_s,
            1.5,
            "1600×900; app: titles per country, legend, footer",
            target="≤ 1.5×",
        )


def run_map(quick: bool, runs: int, tmp: Path) -> Iterator[Result]:
    n = 20_000 if quick else N_DELIVERIES
    data = synthetic_data(n)
    yield m1_redraw(data, frames=12 if quick else 40)
    yield m2_play_step(data, runs=12 if quick else 24)
    yield from m3_export(data, min(runs, 3) if quick else runs, tmp)
