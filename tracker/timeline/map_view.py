"""The map on screen: one path item per country on a QGraphicsScene, aspect locked.

Shapes are built once (from ``tracker.io.geo``), when the first data arrives rather than
before the window's first paint (decoding the atlas and tracing 243 outlines was most of
the panel's cost at start-up); :meth:`MapView.set_spec` only
recolours them and redraws the flows, so Play steps stay cheap. Flows are drawn by one
item, as one translucent layer (:class:`FlowLayer`). Hover shows the
country's figures and sources; a click emits :attr:`MapView.country_clicked`. Wheel
zooms about the cursor, drag pans, double-click fits the world again.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np
from PySide6.QtCore import QLineF, QPoint, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QImage,
    QPaintEngine,
    QPainter,
    QPainterPath,
    QPen,
    QPolygonF,
)
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsPathItem,
    QGraphicsScene,
    QGraphicsView,
    QToolTip,
    QWidget,
)

from tracker.io.geo import atlas, world_outline
from tracker.present.map_style import DONOR_OUTLINE, FLOW_COLOUR, NO_DATA, SMALL_AREA, arc

if TYPE_CHECKING:
    from tracker.present.map_figures import MapSpec

#: Projected units -> scene units (radius-1 coordinates are too small for comfortable
#: zoom limits); y is flipped so north is up.
SCALE = 100.0
DOT_PX = 7.0
MAX_FLOW_PX = 10.0
FLOW_CLASSES = 8
#: On screen only the largest flows are drawn: thick antialiased arcs cost Qt about
#: 0.3 ms each, so 2,000 of them took over a second a frame (measured, bench M1). The
#: hover text and the exports (every flow) carry the rest.
MAX_SCREEN_FLOWS = 250
#: How much of the map shows through the flows (the exports' stroke-opacity is 0.8).
FLOW_OPACITY = 0.8
ISO_ROLE = 0  # QGraphicsItem.data key holding the ISO3 code

LIGHT = {
    "ocean": "#EEF3F7",
    "border": "#FFFFFF",
    "sphere": "#C9D3DC",
    "dot": "#4D4D4D",
    "none": NO_DATA,
}
DARK = {
    "ocean": "#25282C",
    "border": "#1E1F22",
    "sphere": "#3A3F45",
    "dot": "#C0C4CA",
    "none": "#4A4E54",  # "no doses recorded" must not glare on a dark screen
}


def ring_path(rings) -> QPainterPath:
    path = QPainterPath()
    path.setFillRule(Qt.FillRule.OddEvenFill)
    for ring in rings:
        pts = ring * SCALE
        path.moveTo(pts[0, 0], -pts[0, 1])
        for x, y in pts[1:]:
            path.lineTo(x, -y)
        path.closeSubpath()
    return path


class FlowLayer(QGraphicsItem):
    """Every flow in one item: opaque strokes on a layer of its own, laid on the map at
    :data:`FLOW_OPACITY` in one step.

    Measured (bench M1, 250 arcs at 1200×700): Qt strokes a wide antialiased line about
    six times faster when its colour is opaque (each segment is rasterised on its own;
    a translucent one must be filled as one outline so that its joins are not blended
    twice) — ~175 ms a frame with translucent pens against ~25 ms opaque with flat caps
    (round caps: ~40 ms), plus well under a millisecond to lay the layer down. The look
    is the same translucent purple over the countries; where two flows cross they no
    longer darken each other. One merged
    ``QPainterPath`` of 2,000 arcs took seconds a frame; 2,000 items cost a lot to
    rebuild on every Play step. Pending flows are dashed geometrically (every other
    segment of the arc) because a dashed pen cost twice the whole map again.

    The layer is kept while the view's transform, the device's size and the strokes
    stay the same (a repaint for a hover or a recolour does not stroke again).
    """

    def __init__(self, rect: QRectF) -> None:
        super().__init__()
        self._rect = rect
        self.strokes: list[tuple[QPen, list[QPolygonF]]] = []
        self._layer: QImage | None = None
        self._layer_key: tuple | None = None

    def set_strokes(self, strokes: list[tuple[QPen, list[QPolygonF]]]) -> None:
        self.strokes = strokes
        self._layer = None
        self.update()

    def _draw(self, painter: QPainter) -> None:
        painter.setBrush(Qt.BrushStyle.NoBrush)
        for pen, shapes in self.strokes:
            painter.setPen(pen)
            for shape in shapes:
                if isinstance(shape, QPolygonF):
                    painter.drawPolyline(shape)
                else:  # a pending flow: its dashes as separate short lines
                    painter.drawLines(shape)

    # -- Qt overrides ----------------------------------------------------------------------
    def boundingRect(self) -> QRectF:  # noqa: N802
        return self._rect

    def paint(self, painter, option, widget=None) -> None:
        if not self.strokes:
            return
        device = painter.device()
        to_device = painter.worldTransform()
        engine = painter.paintEngine()
        if engine is None or engine.type() != QPaintEngine.Type.Raster:
            painter.setOpacity(painter.opacity() * FLOW_OPACITY)  # a printer, an SVG…
            self._draw(painter)
            return
        ratio = device.devicePixelRatioF()
        # A widget counts logical pixels, an image or a pixmap its device pixels.
        pixels = ratio if isinstance(device, QWidget) else 1.0
        size = (round(device.width() * pixels), round(device.height() * pixels))
        key = (to_device, size, ratio)
        if self._layer is None or key != self._layer_key:
            layer = QImage(*size, QImage.Format.Format_ARGB32_Premultiplied)
            layer.setDevicePixelRatio(ratio)
            layer.fill(Qt.GlobalColor.transparent)
            p = QPainter(layer)
            p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
            p.setTransform(to_device)
            self._draw(p)
            p.end()
            self._layer, self._layer_key = layer, key
        painter.save()
        painter.resetTransform()
        painter.setOpacity(painter.opacity() * FLOW_OPACITY)
        painter.drawImage(QPointF(0, 0), self._layer)
        painter.restore()


class DotLayer(QGraphicsItem):
    """Small states as dots of a fixed screen size, all in one item (90 items that
    ignore transformations cost as much a frame as every country together)."""

    def __init__(self, rect: QRectF) -> None:
        super().__init__()
        self._rect = rect
        self.dots: list[tuple[QPointF, QBrush, QPen]] = []

    def set_dots(self, dots: list[tuple[QPointF, QBrush, QPen]]) -> None:
        self.dots = dots
        self.update()

    # -- Qt overrides ----------------------------------------------------------------------
    def boundingRect(self) -> QRectF:  # noqa: N802
        return self._rect

    def paint(self, painter, option, widget=None) -> None:
        to_device = painter.worldTransform()
        painter.resetTransform()
        r = DOT_PX / 2
        for at, brush, pen in self.dots:
            painter.setBrush(brush)
            painter.setPen(pen)
            painter.drawEllipse(to_device.map(at), r, r)
        painter.setWorldTransform(to_device)


class MapView(QGraphicsView):
    """Countries, small-state dots and flows; recoloured from a :class:`MapSpec`."""

    country_clicked = Signal(str)  # ISO3

    def __init__(self, parent: QWidget | None = None, *, dark: bool = False) -> None:
        super().__init__(parent)
        self.colours = DARK if dark else LIGHT
        self.spec: MapSpec | None = None
        self.hover_text = ""  # what the last hover showed ("" over the sea)
        self.setScene(QGraphicsScene(self))
        self.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.MinimalViewportUpdate)
        self.viewport().setMouseTracking(True)
        self.countries: dict[str, QGraphicsPathItem] = {}
        self.dots: dict[str, QPointF] = {}  # small states: where their dot is (scene)
        self.flow_items: list = []  # (pen, arcs) drawn by the flow layer
        self._polygons: dict[tuple[str, str, bool], QPolygonF | list[QLineF]] = {}
        self.setBackgroundBrush(QColor(self.colours["border"]))
        self.built = False  # the shapes exist (built by the first set_spec)

    # -- our API ---------------------------------------------------------------------------
    def set_spec(self, spec: MapSpec, *, flows: bool = True) -> None:
        """Recolour every country and redraw the flows for ``spec``."""
        self._build()
        self.spec = spec
        border = QPen(QColor(self.colours["border"]), 0.6)
        border.setCosmetic(True)
        donor = QPen(QColor(DONOR_OUTLINE), 1.8)
        donor.setCosmetic(True)
        dot_pen = QPen(QColor(self.colours["dot"]), 0.8)
        dot_pen.setCosmetic(True)
        brushes: dict[str, QBrush] = {}
        none = self.colours["none"]
        for iso3, item in self.countries.items():
            fill = spec.fill(iso3)
            fill = none if fill == NO_DATA else fill
            brush = brushes.get(fill) or brushes.setdefault(fill, QBrush(QColor(fill)))
            item.setBrush(brush)
            item.setPen(donor if iso3 in spec.donors else border)
        dots = []
        for iso3, at in self.dots.items():
            fill = spec.fill(iso3)
            fill = none if fill == NO_DATA else fill
            brush = brushes.get(fill) or brushes.setdefault(fill, QBrush(QColor(fill)))
            dots.append((at, brush, donor if iso3 in spec.donors else dot_pen))
        self.dot_layer.set_dots(dots)
        self._draw_flows(spec if flows else None)

    def fit_world(self) -> None:
        if not self.built:
            return
        self.resetTransform()
        self.fitInView(self.scene().sceneRect(), Qt.AspectRatioMode.KeepAspectRatio)

    def country_at(self, view_pos: QPoint) -> str | None:
        if not self.built:
            return None
        # The nearest dot first (they sit on top), within its radius and a pixel.
        best, best_d2 = None, (DOT_PX / 2 + 1) ** 2
        for iso3, at in self.dots.items():
            d = self.mapFromScene(at) - view_pos
            d2 = d.x() * d.x() + d.y() * d.y()
            if d2 <= best_d2:
                best, best_d2 = iso3, d2
        if best is not None:
            return best
        for item in self.items(view_pos):
            iso3 = item.data(ISO_ROLE)
            if iso3:
                return str(iso3)
        return None

    def view_pos_of(self, iso3: str) -> QPoint:
        """Where a country (its dot or centroid) is on screen, for tests and tooltips."""
        self._build()
        x, y = atlas().shapes[iso3].centroid
        return self.mapFromScene(QPointF(x * SCALE, -y * SCALE))

    def set_dark(self, dark: bool) -> None:
        self.colours = DARK if dark else LIGHT
        self.setBackgroundBrush(QColor(self.colours["border"]))
        if not self.built:
            return
        self.sphere.setBrush(QColor(self.colours["ocean"]))
        if self.spec is not None:
            self.set_spec(self.spec, flows=bool(self.flow_items))

    # -- building --------------------------------------------------------------------------
    def _build(self) -> None:
        """The sphere, every country's outline and the small states' dots (once)."""
        if self.built:
            return
        self.built = True
        scene = self.scene()
        a = atlas()
        outline = world_outline()
        self.sphere = scene.addPath(ring_path([outline]))
        sphere_pen = QPen(QColor(self.colours["sphere"]), 1.0)
        sphere_pen.setCosmetic(True)
        self.sphere.setPen(sphere_pen)
        self.sphere.setBrush(QColor(self.colours["ocean"]))
        self.setBackgroundBrush(QColor(self.colours["border"]))
        x0, y0, x1, y1 = a.bounds
        pad = 0.03 * (x1 - x0)
        scene.setSceneRect(
            QRectF(
                (x0 - pad) * SCALE,
                -(y1 + pad) * SCALE,
                (x1 - x0 + 2 * pad) * SCALE,
                (y1 - y0 + 2 * pad) * SCALE,
            )
        )
        grey = QBrush(QColor(NO_DATA))
        for iso3, shape in sorted(a.shapes.items()):
            if shape.has_shape:
                item = scene.addPath(ring_path(shape.rings))
                item.setBrush(grey)
                item.setData(ISO_ROLE, iso3)
                item.setZValue(1)
                self.countries[iso3] = item
            if not shape.has_shape or shape.area < SMALL_AREA:
                self.dots[iso3] = QPointF(shape.centroid[0] * SCALE, -shape.centroid[1] * SCALE)
        self.dot_layer = DotLayer(scene.sceneRect())
        self.dot_layer.setZValue(3)
        scene.addItem(self.dot_layer)
        self.dot_layer.set_dots(
            [(at, grey, QPen(QColor(self.colours["dot"]))) for at in self.dots.values()]
        )
        self.flow_layer = FlowLayer(scene.sceneRect())
        self.flow_layer.setZValue(2)
        scene.addItem(self.flow_layer)
        self.fit_world()

    def _draw_flows(self, spec: MapSpec | None) -> None:
        self.hidden_flows = 0
        if spec is None or not spec.flows:
            self.flow_layer.set_strokes([])
            self.flow_items = []
            return
        biggest = max(f.delivered + f.outstanding for f in spec.flows)
        by_pen: dict[tuple[int, bool], list[QPolygonF]] = {}
        self.hidden_flows = max(0, len(spec.flows) - MAX_SCREEN_FLOWS)
        for f in spec.flows[:MAX_SCREEN_FLOWS]:  # largest first
            for doses, dashed in ((f.delivered, False), (f.outstanding, True)):
                if doses <= 0:
                    continue
                cls = min(FLOW_CLASSES - 1, int(np.ceil(doses / biggest * FLOW_CLASSES)) - 1)
                by_pen.setdefault((max(cls, 0), dashed), []).append(
                    self._polygon(f.donor, f.recipient, f.arc, dashed)
                )
        colour = QColor(FLOW_COLOUR)  # opaque: the layer is laid down at FLOW_OPACITY
        strokes = []
        for (cls, _dashed), polys in sorted(by_pen.items()):
            pen = QPen(colour, max(1.0, MAX_FLOW_PX * (cls + 1) / FLOW_CLASSES))
            pen.setCosmetic(True)
            pen.setCapStyle(Qt.PenCapStyle.FlatCap)  # as the exports; round caps cost 40 %
            strokes.append((pen, polys))
        self.flow_layer.set_strokes(strokes)
        self.flow_items = strokes

    def _polygon(self, donor: str, recipient: str, points: np.ndarray, dashed: bool):
        """The arc of a pair in scene units (made once per pair: arcs never move)."""
        key = (donor, recipient, dashed)
        poly = self._polygons.get(key)
        if poly is None:
            if dashed:
                points = arc(tuple(points[0]), tuple(points[-1]), bend=0.26, n=41)
            pts = [QPointF(float(x), float(-y)) for x, y in points * SCALE]
            poly = (
                [QLineF(a, b) for a, b in zip(pts[:-1:2], pts[1::2], strict=False)]
                if dashed
                else QPolygonF(pts)
            )
            self._polygons[key] = poly
        return poly

    # -- Qt overrides ----------------------------------------------------------------------
    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        self.fit_world()

    def wheelEvent(self, event) -> None:  # noqa: N802
        if not self.built:
            return
        factor = 1.25 if event.angleDelta().y() > 0 else 0.8
        current = self.transform().m11()
        fitted = min(
            self.viewport().width() / self.sceneRect().width(),
            self.viewport().height() / self.sceneRect().height(),
        )
        if current * factor < fitted * 0.99:  # never smaller than the whole world
            self.fit_world()
            return
        if current * factor > fitted * 40:
            return
        self.scale(factor, factor)

    def mouseDoubleClickEvent(self, event) -> None:  # noqa: N802
        self.fit_world()

    def mouseMoveEvent(self, event) -> None:  # noqa: N802
        super().mouseMoveEvent(event)
        iso3 = self.country_at(event.position().toPoint())
        text = self.spec.describe(iso3) if iso3 and self.spec is not None else ""
        self.hover_text = text
        if text:
            QToolTip.showText(event.globalPosition().toPoint() + QPoint(14, 14), text, self)
        else:
            QToolTip.hideText()

    def mouseReleaseEvent(self, event) -> None:  # noqa: N802
        press = getattr(self, "_press", None)
        super().mouseReleaseEvent(event)
        pos = event.position().toPoint()
        # A click, not the end of a drag.
        if event.button() == Qt.MouseButton.LeftButton and press is not None:
            if (pos - press).manhattanLength() <= 4:
                iso3 = self.country_at(pos)
                if iso3:
                    self.country_clicked.emit(iso3)

    def mousePressEvent(self, event) -> None:  # noqa: N802
        self._press = event.position().toPoint()
        super().mousePressEvent(event)
