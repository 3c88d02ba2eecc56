"""The lanes' grid lines are filled as rectangles, pixel for pixel what lines drew.

Qt's raster engine blends an aliased translucent line pixel by pixel (8-15 ms for a
lane's grid, each paint); ``FigureAxisItem.drawPicture`` fills the same rows instead.
Compared here with pyqtgraph's own drawing of the same ticks, on screen (cosmetic pens,
one device pixel high, at 1x, 1.5x and 2x) and in an export (plain pens one page pixel
wide, at 96 and 300 dpi).
"""

from __future__ import annotations

import pyqtgraph as pg
import pytest
from PySide6.QtGui import QImage, QPainter

from tests.factories import shown_timeline
from tracker.domain.filters import Filters

WHITE = 0xFFFFFFFF


def _painted(axis, scale: float, ours: bool) -> QImage:
    image = QImage(round(1500 * scale), round(900 * scale), QImage.Format.Format_ARGB32)
    image.setDevicePixelRatio(scale)
    image.fill(WHITE)
    painter = QPainter(image)
    try:
        axis.picture = None
        if ours:
            axis.paint(painter, None, None)
        else:
            pg.AxisItem.drawPicture(axis, painter, *axis.generateDrawSpecs(painter))
    finally:
        painter.end()
    return image


def _grid_rows(image: QImage, x: int) -> list[int]:
    return [y for y in range(image.height()) if image.pixel(x, y) != WHITE]


@pytest.mark.parametrize("scale", [1.0, 1.5, 2.0])
def test_on_screen_the_grid_is_what_lines_drew(qtbot, store, scale):
    w = shown_timeline(qtbot, store, Filters())
    axis = w.chart.doses.getAxis("left")
    assert axis.grid is not False and axis.tickPen().isCosmetic()
    ours, lines = _painted(axis, scale, True), _painted(axis, scale, False)
    middle = round(w.chart.doses.vb.sceneBoundingRect().center().x() * scale)
    assert len(_grid_rows(ours, middle)) >= 3  # the grid is there, across the lane
    assert ours == lines


@pytest.mark.parametrize("dpi", [96, 300])
def test_in_an_export_the_grid_is_what_lines_drew(store, qapp, dpi):
    from tracker.present.chart_spec import build_chart_spec
    from tracker.timeline.export import dispose, render_chart

    chart = render_chart(build_chart_spec(store, Filters()), 1600, 900)
    try:
        axis = chart.doses.getAxis("left")
        assert not axis.tickPen().isCosmetic()  # plain pens: they scale with the page
        ours, lines = _painted(axis, dpi / 96, True), _painted(axis, dpi / 96, False)
        middle = round(chart.doses.vb.sceneBoundingRect().center().x() * dpi / 96)
        rows = _grid_rows(ours, middle)
        assert len(rows) >= 3
        if dpi == 300:  # one page pixel: three device rows or more per line
            assert any(rows[i + 2] == rows[i] + 2 for i in range(len(rows) - 2))
        assert ours == lines
    finally:
        dispose(chart)
