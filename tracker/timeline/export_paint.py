"""Paint the chart's scene onto a file's page with nothing stroked under a scaled transform.

``QGraphicsScene.render`` hands each item a painter whose transform maps the item's own
units to the page: days and doses for what a lane draws. pyqtgraph strokes lines and
symbols there with *cosmetic* pens (and draws each marker under ``scale(size)``);
``QSvgGenerator`` writes those as ``vector-effect: non-scaling-stroke``, which librsvg and
cairo ignore, so step lines turn into slabs and markers into blobs. Its transforms also
carry six significant digits, which puts a date a pixel or two off. And a raster page
at 300 dpi keeps cosmetic strokes one device pixel thin.

So this module paints the scene itself, bottom item first, as Qt would, except that:

- what lies in data coordinates (curves, scatter symbols, bars, legend samples) has its
  geometry mapped to page pixels first and is stroked with plain pens of the same width
  under a transform without scale (our own items already paint that way:
  ``gap_fill.py``, the labels, the calendar grid, the spans);
- the remaining cosmetic pens (axes, their grid) become plain pens, so every stroke
  scales with the page (a 300-dpi PNG is the 96-dpi picture, finer);
- every item is clipped to the shape of the view box that holds it, written into SVG
  and PDF as a clip path.

A page is in 96-dpi pixels: a PNG for print is painted through a device pixel ratio.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
import pyqtgraph as pg
from pyqtgraph.graphicsItems.LegendItem import ItemSample
from pyqtgraph.graphicsItems.ScatterPlotItem import Symbols
from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QPainter, QPainterPath, QPen, QPolygonF, QTransform
from PySide6.QtWidgets import (
    QGraphicsEllipseItem,
    QGraphicsItem,
    QGraphicsLineItem,
    QGraphicsPathItem,
    QGraphicsPolygonItem,
    QGraphicsRectItem,
    QGraphicsTextItem,
    QStyleOptionGraphicsItem,
)

_FLAG = QGraphicsItem.GraphicsItemFlag
_SHAPES = (
    QGraphicsRectItem,
    QGraphicsPathItem,
    QGraphicsPolygonItem,
    QGraphicsEllipseItem,
    QGraphicsLineItem,
)
_SYMBOLS = list(Symbols.values())


def solid(pen: QPen | None) -> QPen:
    """``pen`` as a plain (non-cosmetic) pen of the same width in page pixels.

    A cosmetic pen of width 0 is a one-pixel hairline: it becomes 1.0 wide.
    """
    pen = QPen(Qt.PenStyle.NoPen) if pen is None else QPen(pen)
    if pen.isCosmetic():
        pen.setCosmetic(False)
        if pen.widthF() == 0:
            pen.setWidthF(1.0)
    return pen


def name_fonts(scene, family: str) -> bool:
    """Title, legend and footer texts (and text items in lanes) in ``family`` by name;
    True if any changed.

    They are in the application's default font, which offscreen Qt calls "Sans Serif":
    an alias fontconfig knows but browsers do not (Chromium draws those texts of an SVG
    in a serif face).
    """
    changed = False
    for item in scene.items():
        if isinstance(item, pg.LabelItem) and item.opts.get("family") != family:
            item.setText(item.text, family=family)
            changed = True
        elif isinstance(item, pg.TextItem) and item.textItem.font().family() != family:
            font = item.textItem.font()
            font.setFamily(family)
            item.setFont(font)
            changed = True
    return changed


def solidify_axes(scene) -> None:
    """Axes (and the grid lines they draw) stroke with plain pens from now on.

    Only for a chart laid out to be exported: on screen cosmetic pens are what we want.
    """
    for item in scene.items():
        if isinstance(item, pg.AxisItem):
            item.setPen(solid(item.pen()))
            item.setTextPen(solid(item.textPen()))


def paint_scene(scene, painter: QPainter) -> None:
    """Paint every visible item of ``scene`` with ``painter`` (scene pixels = page pixels)."""
    scene.prepareForPaint()  # pyqtgraph: view boxes bring their transforms up to date
    option = QStyleOptionGraphicsItem()
    for item in scene.items(Qt.SortOrder.AscendingOrder):
        if not item.isVisible() or item.flags() & _FLAG.ItemHasNoContents:
            continue
        opacity = item.effectiveOpacity()
        if opacity <= 0:
            continue
        clip = _clip(item)
        if clip is not None and clip.isEmpty():
            continue
        painter.save()
        try:
            painter.setTransform(QTransform())
            if clip is not None:
                painter.setClipRect(clip)
            painter.setOpacity(opacity)
            to_page = item.deviceTransform(QTransform())
            device_paint = _device_painter(item)
            if device_paint is not None:
                device_paint(item, painter, to_page, clip)
            else:
                painter.setTransform(to_page)
                # A text item clips its text to the exposed rectangle: none given, none
                # written, so a renderer whose glyphs come out a little wider (cairosvg)
                # does not cut off a title's last letter.
                text = isinstance(item, QGraphicsTextItem)
                option.exposedRect = QRectF() if text else item.boundingRect()
                item.paint(painter, option, None)
        finally:
            painter.restore()


def _clip(item: QGraphicsItem) -> QRectF | None:
    """The page rectangle ``item`` is clipped to by the items holding it (view boxes)."""
    clip: QRectF | None = None
    parent = item.parentItem()
    while parent is not None:
        if parent.flags() & _FLAG.ItemClipsChildrenToShape:
            rect = parent.deviceTransform(QTransform()).map(parent.shape()).boundingRect()
            clip = rect if clip is None else clip.intersected(rect)
        parent = parent.parentItem()
    return clip


def _device_painter(item) -> Callable | None:
    """How to paint ``item`` in page pixels, or None to let it paint itself.

    Beside what the chart uses (curves, scatters, bars, legend samples), lines, regions
    and Qt's shape items are covered too, so that a band or a marker line added to a
    lane exports right without changes here; an item of another kind placed in data
    coordinates paints itself, and the SVG test notices the scaled transform.
    """
    if isinstance(item, pg.PlotCurveItem):
        return _paint_curve
    if isinstance(item, pg.ScatterPlotItem):
        return _paint_scatter
    if isinstance(item, pg.BarGraphItem):
        return _paint_bars
    if isinstance(item, ItemSample):
        return _paint_sample
    if isinstance(item, pg.InfiniteLine) and not item.markers:
        return _paint_infinite_line
    if isinstance(item, pg.LinearRegionItem):
        return _paint_region
    if isinstance(item, _SHAPES) and item.deviceTransform(QTransform()).isScaling():
        return _paint_shape
    return None


# -- data-coordinate items, mapped to page pixels -------------------------------------------
def _paint_curve(item: pg.PlotCurveItem, p: QPainter, t: QTransform, _clip) -> None:
    if item.xData is None or not len(item.xData):
        return
    opts = item.opts
    p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    brush = opts["brush"]
    if opts["fillLevel"] is not None and brush is not None:
        brush = QBrush(brush)
        if brush.style() != Qt.BrushStyle.NoBrush:
            p.fillPath(t.map(item._getFillPath()), brush)
    for kind in ("shadowPen", "pen"):
        pen = opts[kind]
        if pen is None or pen.style() == Qt.PenStyle.NoPen:
            continue
        p.setPen(solid(pen))
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.drawPath(t.map(item.getPath()))


def _symbol_path(symbol) -> QPainterPath | None:
    if symbol is None:
        return None
    if isinstance(symbol, QPainterPath):
        return symbol
    if isinstance(symbol, str):
        return Symbols[symbol]
    return _SYMBOLS[int(symbol) % len(_SYMBOLS)]


def _paint_scatter(item: pg.ScatterPlotItem, p: QPainter, t: QTransform, clip) -> None:
    data = item.data
    if not len(data):
        return
    keep = np.asarray(data["visible"], dtype=bool)
    x, y = data["x"][keep], data["y"][keep]
    symbols, sizes, pens, brushes = item._style(["symbol", "size", "pen", "brush"], idx=keep)
    sizes = np.asarray(sizes, dtype=float)
    px = t.m11() * x + t.m21() * y + t.dx()
    py = t.m12() * x + t.m22() * y + t.dy()
    if item.opts["pxMode"]:
        scales = sizes  # pixels, whatever the zoom
    else:  # data units: the symbol scales with the axes (x scale used for both)
        scales = sizes * abs(t.m11())
    if clip is not None:
        half = scales / 2 + 4  # the outline's width with room to spare
        keep = (
            (px + half >= clip.left())
            & (px - half <= clip.right())
            & (py + half >= clip.top())
            & (py - half <= clip.bottom())
        )
        idx = np.nonzero(keep)[0]
    else:
        idx = np.arange(len(px))
    p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    solid_pens: dict[int, QPen] = {}
    last_pen = last_brush = None
    for i in idx.tolist():
        path = _symbol_path(symbols[i])
        if path is None:
            continue
        pen, brush = pens[i], brushes[i]
        if pen is not last_pen:
            key = id(pen)
            if key not in solid_pens:
                solid_pens[key] = solid(pen)
            p.setPen(solid_pens[key])
            last_pen = pen
        if brush is not last_brush:
            p.setBrush(brush)
            last_brush = brush
        s = float(scales[i])
        p.drawPath(QTransform(s, 0, 0, s, float(px[i]), float(py[i])).map(path))


def _paint_bars(item: pg.BarGraphItem, p: QPainter, t: QTransform, _clip) -> None:
    x0, y0, x1, y1 = (np.atleast_1d(a) for a in item._getNormalizedCoords())
    x0, y0, x1, y1 = np.broadcast_arrays(x0, y0, x1, y1)
    if not x0.size:
        return
    pens = item._pens
    brushes = item._brushes
    shared_pen = solid(item._sharedPen) if pens is None else None
    p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    if shared_pen is not None:
        p.setPen(shared_pen)
    if brushes is None:
        p.setBrush(item._sharedBrush)
    for i in range(x0.size):
        if pens is not None:
            p.setPen(solid(pens[i]))
        if brushes is not None:
            p.setBrush(brushes[i])
        rect = QRectF(QPointF(x0[i], y0[i]), QPointF(x1[i], y1[i]))
        p.drawRect(t.mapRect(rect))


def _paint_sample(item: ItemSample, p: QPainter, t: QTransform, _clip) -> None:
    """A legend entry's sample (pyqtgraph's ``ItemSample.paint``, with plain pens and the
    symbol's outline drawn at its size instead of scaled up with it)."""
    shown = item.item
    opts = shown.opts
    p.setTransform(t)
    p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    if not isinstance(shown, pg.ScatterPlotItem):
        p.setPen(solid(pg.mkPen(opts["pen"])))
        p.drawLine(QLineF(0, 11, 20, 11))
        if opts.get("fillLevel") is not None and opts.get("fillBrush") is not None:
            p.setBrush(pg.mkBrush(opts["fillBrush"]))
            p.drawPolygon(QPolygonF([QPointF(2, 18), QPointF(18, 2), QPointF(18, 18)]))
    path = _symbol_path(opts.get("symbol"))
    if path is not None:
        sopts = shown.scatter.opts if isinstance(shown, pg.PlotDataItem) else opts
        size = float(sopts["size"])
        p.setPen(solid(pg.mkPen(sopts["pen"])))
        p.setBrush(pg.mkBrush(sopts["brush"]))
        p.drawPath(QTransform(size, 0, 0, size, 10, 10).map(path))
    if isinstance(shown, pg.BarGraphItem):
        p.setPen(solid(pg.mkPen(opts["pen"])))
        p.setBrush(pg.mkBrush(opts["brush"]))
        p.drawRect(QRectF(2, 2, 18, 18))


def _paint_infinite_line(item: pg.InfiniteLine, p: QPainter, t: QTransform, _clip) -> None:
    item.boundingRect()  # computes the ends, in the line's own coordinates
    left, right = item._endPoints
    if left is None or right is None:
        return
    p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    p.setPen(solid(item.currentPen))
    p.drawLine(t.map(QLineF(left, 0, right, 0)))


def _paint_region(item: pg.LinearRegionItem, p: QPainter, t: QTransform, _clip) -> None:
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(item.currentBrush)
    p.drawRect(t.mapRect(item.boundingRect()))


def _paint_shape(item, p: QPainter, t: QTransform, _clip) -> None:
    """A Qt shape item placed in data coordinates: its outline mapped to the page."""
    path = QPainterPath()
    if isinstance(item, QGraphicsRectItem):
        path.addRect(item.rect())
    elif isinstance(item, QGraphicsPathItem):
        path = item.path()
    elif isinstance(item, QGraphicsPolygonItem):
        path.addPolygon(item.polygon())
        path.closeSubpath()
        path.setFillRule(item.fillRule())
    elif isinstance(item, QGraphicsEllipseItem):
        path.arcMoveTo(item.rect(), item.startAngle() / 16)
        path.arcTo(item.rect(), item.startAngle() / 16, item.spanAngle() / 16)
        if item.spanAngle() % 5760:
            path.lineTo(item.rect().center())
        path.closeSubpath()
    p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    p.setPen(solid(item.pen()))
    if isinstance(item, QGraphicsLineItem):
        p.drawLine(t.map(item.line()))
        return
    p.setBrush(item.brush())
    p.drawPath(t.map(path))
