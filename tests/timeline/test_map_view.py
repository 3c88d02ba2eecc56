"""The on-screen map draws its flows as one translucent layer that follows the view."""

from __future__ import annotations

import datetime as dt
import re

import numpy as np
import pandas as pd
import pytest
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPoint, QPointF, QRectF, QSize
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtSvg import QSvgGenerator

from tracker.domain.filters import Filters
from tracker.present.map_spec import MapData
from tracker.present.map_style import FLOW_COLOUR
from tracker.timeline.map_view import FLOW_OPACITY, LIGHT, SCALE, MapView

DAY = dt.date(2021, 3, 30)


def _map_data() -> MapData:
    """Doses from the US to the UK: one arc over the Atlantic."""
    deliveries = pd.DataFrame(
        {
            "record_id": [1],
            "date": [DAY],
            "donor": ["USA"],
            "recipient": ["GBR"],
            "doses": [2_000_000],
            "status": ["delivered"],
            "channel": ["bilateral"],
            "commitment_id": [None],
            "source": ["https://example.org/a"],
        }
    )
    commitments = pd.DataFrame(
        columns=["record_id", "date", "donor", "recipient", "doses", "status", "source"]
    )
    return MapData(deliveries, commitments, pd.DataFrame(), Filters(), None)


def _blend(top: str, under: str, alpha: float) -> tuple[int, int, int]:
    a, b = QColor(top), QColor(under)
    return tuple(
        round(alpha * x + (1 - alpha) * y)
        for x, y in ((a.red(), b.red()), (a.green(), b.green()), (a.blue(), b.blue()))
    )


def _mid_arc(view: MapView):
    """Where the middle of the drawn arc is on screen."""
    (flow,) = view.spec.flows
    x, y = flow.arc[len(flow.arc) // 2]
    return view.mapFromScene(QPointF(x * SCALE, -y * SCALE))


def _rgb(view: MapView, at) -> tuple[int, int, int]:
    c = view.grab().toImage().pixelColor(at)
    return c.red(), c.green(), c.blue()


@pytest.fixture
def shown_map(qtbot):
    view = MapView()
    qtbot.addWidget(view)
    view.resize(900, 500)
    view.show()
    qtbot.waitExposed(view)
    view.set_spec(_map_data().spec(DAY))
    return view


def test_a_flow_shows_the_sea_through_it_as_the_exports_do(shown_map):
    # The flow's colour laid over the ocean at the exports' stroke-opacity (0.8).
    want = _blend(FLOW_COLOUR, LIGHT["ocean"], FLOW_OPACITY)
    got = _rgb(shown_map, _mid_arc(shown_map))
    assert np.abs(np.subtract(got, want)).max() <= 4, (got, want)
    assert FLOW_OPACITY == pytest.approx(0.8)


def test_the_flows_follow_a_zoom_and_a_pan(shown_map, qtbot):
    want = _blend(FLOW_COLOUR, LIGHT["ocean"], FLOW_OPACITY)
    before = _mid_arc(shown_map)
    shown_map.scale(1.6, 1.6)
    # Bring the arc's middle 60 px left of the centre and 40 px up.
    shown_map.centerOn(shown_map.mapToScene(_mid_arc(shown_map) + QPoint(60, 40)))
    after = _mid_arc(shown_map)
    assert shown_map.viewport().rect().contains(after)
    assert (after - before).manhattanLength() > 20  # the arc moved on screen
    got = _rgb(shown_map, after)
    assert np.abs(np.subtract(got, want)).max() <= 4, (got, want)
    # Where it was shows no flow any more (no stale layer left behind).
    assert np.abs(np.subtract(_rgb(shown_map, before), want)).max() > 20


def test_a_vector_device_gets_the_same_translucent_flows(shown_map):
    # Not a raster device: the layer is not an image but the strokes at 0.8 opacity.
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    svg = QSvgGenerator()
    svg.setOutputDevice(buffer)
    svg.setSize(QSize(900, 500))
    svg.setViewBox(QRectF(0, 0, 900, 500))
    painter = QPainter(svg)
    shown_map.scene().render(painter)
    painter.end()
    text = bytes(data).decode().lower()
    assert "<image" not in text
    # The strokes are grouped and the group laid down at 0.8, as on screen.
    groups = re.findall(r"<g [^>]*>", text)
    flows = [g for g in groups if f'stroke="{FLOW_COLOUR.lower()}"' in g]
    assert flows
    assert all('opacity="0.8"' in g for g in flows)


def test_a_high_density_image_gets_the_flows_where_the_map_puts_them(shown_map):
    # An image at two device pixels per pixel (a HiDPI grab or copy): the layer is made
    # at the image's own resolution and lands on the arc.
    want = _blend(FLOW_COLOUR, LIGHT["ocean"], FLOW_OPACITY)
    image = QImage(shown_map.viewport().size() * 2, QImage.Format.Format_ARGB32)
    image.setDevicePixelRatio(2.0)
    image.fill(QColor("white"))
    painter = QPainter(image)
    shown_map.render(painter, QRectF(shown_map.viewport().rect()), shown_map.viewport().rect())
    painter.end()
    at = _mid_arc(shown_map) * 2
    c = image.pixelColor(at)
    assert np.abs(np.subtract((c.red(), c.green(), c.blue()), want)).max() <= 6
    # Drawn at the image's resolution, not twice it (an image counts device pixels).
    assert shown_map.flow_layer._layer.size() == image.size()
