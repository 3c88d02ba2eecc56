"""Render the timeline to PNG, SVG or PDF, offscreen, in the fixed light export style.

The chart is laid out at ``width`` x ``height`` pixels (1/96 inch each) and its scene is
painted 1:1 onto the target by ``export_paint.py`` (every item in page pixels, lanes
clipped): a QImage (through a device pixel ratio of ``dpi / 96`` for print, so a 300-dpi
PNG is the same picture, finer), an SVG 1.1 ``QSvgGenerator`` (pyqtgraph's own SVG
exporter is broken on current Qt) or a one-page ``QPdfWriter``. The SVG's ``<desc>``
records where the date axis and the lanes lie, so tests (and anyone) can check that a
date lands on the right pixel and that nothing is drawn outside a lane.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import re
from pathlib import Path
from typing import TYPE_CHECKING

from tracker.domain.errors import InputError
from tracker.domain.filters import Filters
from tracker.store.database import Store

if TYPE_CHECKING:
    from PySide6.QtCore import QByteArray

SUFFIXES = (".png", ".svg", ".pdf")
SCREEN_DPI = 96
_APP: list = []


def ensure_app():
    """A QApplication for fonts and widgets; offscreen when there is no display."""
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    if app is None:
        if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
            os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        app = QApplication([])
        _APP.append(app)
        import atexit

        atexit.register(_delete_charts)
    return app


def _delete_charts() -> None:
    """At exit, delete charts still alive while Qt and Python can both do it cleanly:
    left to interpreter shutdown, pyqtgraph's teardown of an exported scene can crash the
    process after the file was written."""
    from PySide6.QtCore import QCoreApplication, QEvent
    from PySide6.QtWidgets import QApplication

    from tracker.timeline.chart import TimelineChart

    if QApplication.instance() is None:
        return
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, TimelineChart):
            widget.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def axis_geometry(chart) -> dict:
    """Where the date axis lies in the image: pixels of its ends and the days they show."""
    vb = chart.context.vb
    rect = vb.sceneBoundingRect()
    x0, x1 = chart.x_range()
    return {
        "plot_left": rect.left(),
        "plot_right": rect.right(),
        "plot_top": chart.doses.vb.sceneBoundingRect().top(),
        "plot_bottom": rect.bottom(),
        "x_from": x0,
        "x_to": x1,
        "epoch": "1970-01-01",
    }


def lane_rects(chart) -> list[list[float]]:
    """Each lane's plot rectangle in the image, ``[left, top, right, bottom]``, top to
    bottom: what a lane draws is clipped to it."""
    import pyqtgraph as pg

    boxes = [i for i in chart.scene().items() if isinstance(i, pg.ViewBox) and i.isVisible()]
    rects = [b.sceneBoundingRect() for b in boxes]
    return sorted(([r.left(), r.top(), r.right(), r.bottom()] for r in rects), key=lambda r: r[1])


def render_chart(spec, width: int, height: int):
    """A TimelineChart drawing ``spec`` in the export style, laid out at the size."""
    ensure_app()
    from PySide6.QtCore import Qt

    from tracker.timeline.chart import TimelineChart
    from tracker.timeline.style import EXPORT

    chart = TimelineChart(EXPORT)
    # Shown but never on a screen: the layout and the view transforms become real.
    chart.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen, True)
    # Laid out, never painted on its own: the file is painted from the scene once.
    chart.setUpdatesEnabled(False)
    chart.resize(width, height)
    chart.show()
    _settle()
    chart.set_spec(spec)
    from tracker.timeline.export_paint import name_fonts, solidify_axes

    if name_fonts(chart.scene(), chart.style.font_family):
        chart._fit_legend()  # the legend's columns, measured in the named font
    _settle()
    # Now that the lanes have their sizes: event markers, the range and its y scales.
    chart.fit_all()
    chart.place_event_markers()
    _settle()
    solidify_axes(chart.scene())
    return chart


def _settle() -> None:
    from PySide6.QtWidgets import QApplication

    for _ in range(3):
        QApplication.processEvents()


def _paint(chart, painter, width: int, height: int) -> None:
    """The chart on a page of ``width`` x ``height`` scene pixels (see export_paint.py)."""
    from PySide6.QtCore import QRectF
    from PySide6.QtGui import QColor, QPainter

    from tracker.timeline.export_paint import paint_scene

    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
    painter.fillRect(QRectF(0, 0, width, height), QColor(chart.style.background))
    paint_scene(chart.scene(), painter)


def export_chart_file(
    store: Store,
    out: Path | str,
    filters: Filters,
    *,
    width: int = 1600,
    height: int = 900,
    dpi: int | None = None,
    title: str | None = None,
    lang: str = "en",
    visible_range: tuple[dt.date, dt.date] | None = None,
) -> Path:
    """Draw the timeline of ``filters`` to ``out`` (.png, .svg or .pdf), atomically.

    ``width`` and ``height`` are in screen pixels (1/96 inch). ``dpi`` scales a PNG
    (300 gives a print-quality image 300/96 times larger) and sets the resolution
    recorded in the PNG and PDF. ``visible_range`` limits the chart to those dates.

    Raises
    ------
    InputError
        For another suffix, a missing folder or a size out of bounds.
    """
    out = Path(out)
    suffix = out.suffix.lower()
    if suffix not in SUFFIXES:
        raise InputError(f"{out}: export to .png, .svg or .pdf")
    if not out.parent.exists():
        raise InputError(f"{out}: the folder {out.parent} does not exist")
    if not (100 <= width <= 20_000 and 100 <= height <= 20_000):
        raise InputError(f"{out}: width and height must be between 100 and 20000 pixels")
    if dpi is not None and not 24 <= dpi <= 2400:
        raise InputError(f"{out}: dpi must be between 24 and 2400")
    from dataclasses import replace

    from tracker.present.chart_spec import build_chart_spec

    if visible_range is not None:
        filters = replace(filters, date_from=visible_range[0], date_to=visible_range[1])
    from tracker.timeline.gc_pause import collection_paused

    with collection_paused():  # a full collection took 0.1 s of a 0.9 s export
        spec = build_chart_spec(store, filters, title=title, lang=lang)
        chart = render_chart(spec, width, height)
        tmp = out.with_name(f".{out.stem}.partial{out.suffix}")
        try:
            write_chart(chart, tmp, (width, height), dpi)
            os.replace(tmp, out)
        finally:
            tmp.unlink(missing_ok=True)
            dispose(chart)
    return out


def dispose(chart) -> None:
    """Delete an offscreen chart now, not at interpreter exit: left to the end, its
    scene items can be destroyed after the QApplication and crash the process."""
    from PySide6.QtCore import QCoreApplication, QEvent

    chart.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def write_chart(chart, path: Path, size: tuple[int, int], dpi: int | None = None) -> None:
    """Paint a chart from :func:`render_chart` to ``path`` (.png, .svg or .pdf) on a page
    of ``size`` 96-dpi pixels; no checks, not atomic (see :func:`export_chart_file`)."""
    writers = {".png": _png, ".svg": _svg, ".pdf": _pdf}
    writers[Path(path).suffix.lower()](chart, Path(path), *size, dpi)


def _png(chart, path: Path, width: int, height: int, dpi: int | None) -> None:
    from PySide6.QtGui import QImage, QPainter

    dpi = dpi or SCREEN_DPI
    scale = dpi / SCREEN_DPI
    image = QImage(round(width * scale), round(height * scale), QImage.Format.Format_ARGB32)
    # Painted in 96-dpi pixels through the device pixel ratio: every size (fonts, pens,
    # markers) grows with the page. The dpi is written afterwards: an image that says
    # 300 dpi while painted would have the axes' recorded pictures scaled up once more.
    image.setDevicePixelRatio(scale)
    painter = QPainter(image)
    _paint(chart, painter, width, height)
    painter.end()
    image.setDevicePixelRatio(1.0)
    dpm = round(dpi / 0.0254)
    image.setDotsPerMeterX(dpm)
    image.setDotsPerMeterY(dpm)
    # PySide6's stub wants bytes for the format; at run time only str is accepted.
    if not image.save(str(path), "PNG"):  # type: ignore[call-overload]
        raise InputError(f"{path}: could not write the PNG")


def _svg(chart, path: Path, width: int, height: int, dpi: int | None) -> None:
    from PySide6.QtCore import QBuffer, QIODevice, QRectF, QSize
    from PySide6.QtGui import QPainter
    from PySide6.QtSvg import QSvgGenerator

    # SVG 1.1 (not Tiny 1.2): it has clip paths, which keep every lane inside its plot.
    gen = QSvgGenerator(QSvgGenerator.SvgVersion.Svg11)
    # Written to memory, the font families made generic there and the file written once:
    # a chart of 100,000 deliveries is a 45 MB SVG (read back, rewritten as text: 0.35 s).
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    gen.setOutputDevice(buffer)
    gen.setSize(QSize(width, height))
    gen.setViewBox(QRectF(0, 0, width, height))
    gen.setResolution(SCREEN_DPI)
    gen.setTitle(chart.spec.title)
    gen.setDescription(
        json.dumps({
            "date_axis": axis_geometry(chart),
            "lanes": lane_rects(chart),
            "footer": chart.spec.footer,
        })
    )  # fmt: skip
    painter = QPainter(gen)
    _paint(chart, painter, width, height)
    painter.end()
    svg = buffer.data()
    _with_generic_family(svg)
    with path.open("wb") as fh:
        fh.write(memoryview(svg))  # type: ignore[arg-type]  # QByteArray is a buffer


_FONT_FAMILY = re.compile(rb'font-family="([^"]*)"')


def _with_generic_family(svg: QByteArray) -> None:
    """Every ``font-family`` of the SVG ends in ``sans-serif``: a reader without DejaVu
    Sans gets another sans face, not a browser's default serif. (Qt's own name for the
    default face, "Sans Serif", is unknown to browsers: it becomes ``sans-serif``.)

    In place, by Qt: the default face names every group of a large chart (one a marker),
    the other faces are a few, found first (no regular expression rewrites 45 MB)."""
    svg.replace(b'font-family="Sans Serif"', b'font-family="sans-serif"')
    view = memoryview(svg)  # type: ignore[arg-type]  # QByteArray is a buffer
    try:
        families = set(_FONT_FAMILY.findall(view))
    finally:
        view.release()
    for family in sorted(families):
        if not family.endswith(b"sans-serif"):
            svg.replace(b'font-family="%s"' % family, b'font-family="%s, sans-serif"' % family)


def _pdf(chart, path: Path, width: int, height: int, dpi: int | None) -> None:
    from PySide6.QtCore import QMarginsF, QSizeF
    from PySide6.QtGui import QPageLayout, QPageSize, QPainter, QPdfWriter

    writer = QPdfWriter(str(path))
    writer.setCreator("Vaccine Diplomacy Tracker")
    writer.setTitle(chart.spec.title)
    size = QPageSize(
        QSizeF(width * 72 / SCREEN_DPI, height * 72 / SCREEN_DPI), QPageSize.Unit.Point
    )
    writer.setPageLayout(QPageLayout(size, QPageLayout.Orientation.Portrait, QMarginsF(0, 0, 0, 0)))
    writer.setResolution(SCREEN_DPI)
    painter = QPainter(writer)
    _paint(chart, painter, width, height)
    painter.end()
