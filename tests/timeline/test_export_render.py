"""Exports render the same everywhere: the SVG drawn by librsvg, the PDF drawn by poppler
and a 300-dpi PNG brought down to 96 dpi all match the 96-dpi PNG, pixel by pixel.

The files are written by the command line, as a user would, on the bundled data: the
founding story (US → Mexico, March–May 2021) and the default chart with no filters.
Renderers anti-alias edges and place glyphs a little differently, so pictures are
compared after a 3 × 3 blur, and only clear differences count: a line, a marker or a
label missing or moved shows up as a dense patch in one 40 × 40 tile.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from pathlib import Path

import numpy as np
import pytest
from defusedxml import ElementTree

from tests.conftest import run_cli

SVG = "{http://www.w3.org/2000/svg}"
DRAWN = {
    f"{SVG}{tag}"
    for tag in ("path", "polyline", "polygon", "rect", "ellipse", "circle", "line", "image", "text")
}
STORY = ("--donor", "USA", "--recipient", "MEX", "--from", "2021-03-01", "--to", "2021-05-31")
CHARTS = {"story": STORY, "all": ()}
WIDTH, HEIGHT = 1600, 900

needs_rsvg = pytest.mark.skipif(
    shutil.which("rsvg-convert") is None,
    reason="rsvg-convert (librsvg2-bin) not installed: the SVG is not drawn by a second renderer",
)
needs_pdftoppm = pytest.mark.skipif(
    shutil.which("pdftoppm") is None, reason="pdftoppm (poppler-utils) not installed"
)


@pytest.fixture(scope="module")
def files(seeded_template, tmp_path_factory) -> dict[str, Path]:
    """``story.png``, ``story.svg``, ``story.pdf``, ``story-300.png`` and the same for
    ``all``, written by ``vaccine-tracker export-chart``."""
    folder = tmp_path_factory.mktemp("exports")
    db = folder / "tracker.sqlite"
    shutil.copyfile(seeded_template, db)
    # Module-scoped, so before the per-test isolation of user folders: its own.
    home = folder / "home"
    env = {"HOME": str(home), "TRACKER_USER": "test-user"}
    env |= {
        var: str(home / var.lower())
        for var in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME")
    }
    out: dict[str, Path] = {}
    for chart, filters in CHARTS.items():
        for name, extra in (
            (f"{chart}.png", ()),
            (f"{chart}.svg", ()),
            (f"{chart}.pdf", ()),
            (f"{chart}-300.png", ("--dpi", "300")),
        ):
            path = folder / name
            res = run_cli("--db", str(db), "export-chart", str(path), *filters, *extra, env=env)
            assert res.returncode == 0, res.stderr
            out[name] = path
    return out


def _pixels(path: Path, size: tuple[int, int] = (WIDTH, HEIGHT)) -> np.ndarray:
    """RGB as floats, brought to ``size`` with a smooth filter if it differs."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QImage

    image = QImage(str(path))
    assert not image.isNull(), path
    if (image.width(), image.height()) != size:
        image = image.scaled(
            *size,
            Qt.AspectRatioMode.IgnoreAspectRatio,
            Qt.TransformationMode.SmoothTransformation,
        )
    image = image.convertToFormat(QImage.Format.Format_RGB32)
    raw = np.frombuffer(image.constBits(), dtype=np.uint8)
    rows = raw.reshape(image.height(), image.bytesPerLine() // 4, 4)
    return rows[:, : image.width(), 2::-1].astype(float)  # BGRA in memory


def _blur(a: np.ndarray) -> np.ndarray:
    pad = np.pad(a, ((1, 1), (1, 1), (0, 0)), mode="edge")
    h, w = a.shape[:2]
    return sum(pad[dy : dy + h, dx : dx + w] for dy in range(3) for dx in range(3)) / 9


def assert_same_picture(expected: np.ndarray, actual: np.ndarray, what: str) -> None:
    """Equal but for anti-aliasing and glyph placement (see the module docstring)."""
    assert expected.shape == actual.shape, what
    diff = np.abs(_blur(expected) - _blur(actual)).max(axis=2)
    h, w = (d // 40 * 40 for d in diff.shape)
    tiles = (diff[:h, :w] > 64).reshape(h // 40, 40, w // 40, 40).mean(axis=(1, 3))
    worst = np.unravel_index(np.argmax(tiles), tiles.shape)
    report = (
        f"{what}: {(diff > 32).mean():.2%} of pixels differ, {(diff > 64).mean():.3%} clearly;"
        f" worst 40-px tile at x={worst[1] * 40}, y={worst[0] * 40}: {tiles.max():.1%}"
    )
    assert (diff > 32).mean() < 0.015, report
    assert (diff > 64).mean() < 0.001, report
    assert tiles.max() < 0.06, report


def _rsvg(svg: Path, out: Path) -> Path:
    subprocess.run(
        ["rsvg-convert", "-w", str(WIDTH), "-h", str(HEIGHT), "-o", str(out), str(svg)],
        check=True,
        timeout=120,
    )
    return out


def _desc(svg: Path) -> dict:
    return json.loads(ElementTree.parse(str(svg)).getroot().find(f"{SVG}desc").text)


@needs_rsvg
@pytest.mark.parametrize("chart", list(CHARTS))
def test_svg_drawn_by_librsvg_is_the_png(files, tmp_path, qapp, chart):
    drawn = _rsvg(files[f"{chart}.svg"], tmp_path / "rsvg.png")
    assert_same_picture(_pixels(files[f"{chart}.png"]), _pixels(drawn), f"{chart}.svg by rsvg")


@needs_rsvg
@pytest.mark.parametrize("chart", list(CHARTS))
def test_nothing_is_drawn_outside_the_lanes(files, tmp_path, qapp, chart):
    """Right of the lanes, in the margin, the page is blank: step lines, bars, spans and
    markers stop at the plot's edge (bars used to run ~40 px past it)."""
    svg = files[f"{chart}.svg"]
    lanes = _desc(svg)["lanes"]
    assert len(lanes) >= 3
    for pixels in (_pixels(_rsvg(svg, tmp_path / "rsvg.png")), _pixels(files[f"{chart}.png"])):
        background = pixels[2, 2]
        for left, top, right, bottom in lanes:
            assert right < WIDTH - 8 and left > 8
            margin = pixels[int(top) + 1 : int(bottom) - 1, int(np.ceil(right)) + 2 :]
            assert np.abs(margin - background).max() < 8, (chart, (left, top, right, bottom))


@needs_rsvg
def test_svg_strokes_nothing_under_a_scaled_transform(files):
    """What librsvg, cairo and browsers may draw differently is absent: no stroke that
    relies on ``vector-effect`` (librsvg and cairo ignore it), no transform carrying day or
    dose units (SVG keeps six digits: -300930 + 16.1087 x is a pixel off), and the lanes
    are clipped."""
    for chart in CHARTS:
        svg = files[f"{chart}.svg"].read_text(encoding="utf-8")
        root = ElementTree.fromstring(svg)
        for g in root.iter(f"{SVG}g"):
            for child in g:
                if child.get("vector-effect") == "non-scaling-stroke":
                    stroke = child.get("stroke") or g.get("stroke")
                    assert stroke == "none", (chart, child.tag, child.attrib)
            matrix = g.get("transform")
            if not matrix or not any(child.tag in DRAWN for child in g):
                continue  # Qt writes a group at each change of state, drawn in or not
            a, b, c, d, _e, _f = (float(v) for v in re.findall(r"-?[\d.]+(?:e-?\d+)?", matrix))
            assert {abs(a), abs(b), abs(c), abs(d)} <= {0.0, 1.0}, (chart, matrix)
        clips = root.findall(f"{SVG}defs/{SVG}clipPath")
        assert clips, "no clip paths: lanes are not clipped"
        boxes = []
        for clip in clips:
            xs = [float(v) for v in re.findall(r"-?[\d.]+", clip.find(f"{SVG}path").get("d"))]
            boxes.append((min(xs[0::2]), min(xs[1::2]), max(xs[0::2]), max(xs[1::2])))
        for lane in _desc(files[f"{chart}.svg"])["lanes"]:
            assert any(
                all(abs(p - q) <= 1.0 for p, q in zip(box, lane, strict=True)) for box in boxes
            ), (chart, lane, boxes)


@pytest.mark.parametrize("chart", list(CHARTS))
def test_300_dpi_png_is_the_96_dpi_png_finer(files, qapp, chart):
    """Same layout, labels and proportions: brought down to 96 dpi, it is the 96-dpi PNG
    (the print PNG used to have tick labels three times too big and a wrong y axis)."""
    from PySide6.QtGui import QImage

    fine = QImage(str(files[f"{chart}-300.png"]))
    assert (fine.width(), fine.height()) == (5000, 2812)
    assert abs(fine.dotsPerMeterX() - 300 / 0.0254) < 2
    assert_same_picture(
        _pixels(files[f"{chart}.png"]), _pixels(files[f"{chart}-300.png"]), f"{chart} at 300 dpi"
    )


@needs_pdftoppm
@pytest.mark.parametrize("chart", list(CHARTS))
def test_pdf_drawn_by_poppler_is_the_png(files, tmp_path, qapp, chart):
    stem = tmp_path / "page"
    pdf = files[f"{chart}.pdf"]
    subprocess.run(
        ["pdftoppm", "-png", "-r", "96", "-singlefile", str(pdf), str(stem)],
        check=True,
        timeout=120,
    )
    page = stem.with_suffix(".png")
    assert_same_picture(_pixels(files[f"{chart}.png"]), _pixels(page), f"{chart}.pdf by poppler")


@needs_rsvg
def test_items_a_lane_may_gain_export_the_same(store, qapp, tmp_path):
    """A marker line, a shaded region, Qt shape items and a filled curve added to a lane
    (as a "no data after" band or a new series might be) are drawn in page pixels too:
    the SVG drawn by librsvg is the PNG, and no SVG transform carries data units."""
    import datetime as dt

    import pyqtgraph as pg
    from PySide6.QtCore import QRectF
    from PySide6.QtGui import QBrush, QColor, QPen
    from PySide6.QtWidgets import QGraphicsEllipseItem, QGraphicsRectItem

    from tracker.domain.filters import Filters
    from tracker.present.chart_spec import build_chart_spec
    from tracker.present.formats import day_number
    from tracker.timeline.export import render_chart, write_chart

    f = Filters(
        donors=("USA",), recipients=("MEX",), date_from=dt.date(2021, 3, 1),
        date_to=dt.date(2021, 5, 31),
    )  # fmt: skip
    chart = render_chart(build_chart_spec(store, f), WIDTH, HEIGHT)
    try:
        x0, x1 = chart.x_range()
        mid = day_number(dt.date(2021, 4, 20))
        lane = chart.doses
        top = lane.vb.viewRange()[1][1]
        lane.addItem(pg.InfiniteLine(pos=mid, angle=90, pen=pg.mkPen("#D55E00", width=3)))
        region = pg.LinearRegionItem(
            (mid, x1 + 30), brush=QBrush(QColor(0, 0, 0, 40)), movable=False
        )
        lane.addItem(region)
        rect = QGraphicsRectItem(QRectF(x0 + 5, top * 0.55, 10, top * 0.2))
        rect.setPen(pg.mkPen("#009E73", width=2))
        rect.setBrush(QBrush(QColor("#F0E442")))
        lane.addItem(rect)
        ellipse = QGraphicsEllipseItem(QRectF(x0 + 20, top * 0.55, 6, top * 0.15))
        ellipse.setPen(QPen(QColor("#CC79A7"), 0))  # a cosmetic hairline
        lane.addItem(ellipse)
        curve = pg.PlotCurveItem(
            [x0, mid, x1 + 40], [top * 0.3, top * 0.4, top * 0.35],
            pen=pg.mkPen("#56B4E9", width=2), fillLevel=0, brush=QColor(86, 180, 233, 60),
        )  # fmt: skip
        lane.addItem(curve)
        note = pg.TextItem("no data after 20 Apr 2021", color="#5F6368", anchor=(0, 0))
        note.setPos(mid, top * 0.95)
        lane.addItem(note)
        png, svg = tmp_path / "extra.png", tmp_path / "extra.svg"
        write_chart(chart, png, (WIDTH, HEIGHT))
        write_chart(chart, svg, (WIDTH, HEIGHT))
    finally:
        chart.deleteLater()
    pixels = _pixels(png)
    assert_same_picture(pixels, _pixels(_rsvg(svg, tmp_path / "rsvg.png")), "extra items")
    root = ElementTree.parse(str(svg)).getroot()
    for g in root.iter(f"{SVG}g"):
        matrix = g.get("transform")
        if matrix and any(child.tag in DRAWN for child in g):
            a, b, c, d, *_ = (float(v) for v in re.findall(r"-?[\d.]+(?:e-?\d+)?", matrix))
            assert {abs(a), abs(b), abs(c), abs(d)} <= {0.0, 1.0}, matrix
    # Each is there: the line on its date, the rectangle in its colour.
    geo = _desc(svg)["date_axis"]
    scale = (geo["plot_right"] - geo["plot_left"]) / (geo["x_to"] - geo["x_from"])
    x_line = geo["plot_left"] + (mid - geo["x_from"]) * scale
    left, top_px, right, bottom = _desc(svg)["lanes"][0]
    upper = int(top_px + (bottom - top_px) * 0.5)  # above the curve's translucent fill
    strip = pixels[int(top_px) + 5 : upper, round(x_line) - 2 : round(x_line) + 3]
    vermillion = np.array([0xD5, 0x5E, 0x00])
    assert (np.abs(strip - vermillion).max(axis=2) < 40).any(axis=1).mean() > 0.9
    yellow = np.array([0xF0, 0xE4, 0x42])
    assert (np.abs(pixels - yellow).max(axis=2) < 12).sum() > 500
    # The region and the curve run past the right edge: clipped there.
    margin = pixels[int(top_px) + 1 : int(bottom) - 1, int(np.ceil(right)) + 2 :]
    assert np.abs(margin - pixels[2, 2]).max() < 8
