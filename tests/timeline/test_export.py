"""Chart exports read back: PNG pixels, SVG text and geometry, PDF pages."""

from __future__ import annotations

import datetime as dt
import json
import re
import shutil
import subprocess

import pytest
from defusedxml import ElementTree

from tests.conftest import run_cli
from tracker.domain.errors import InputError
from tracker.domain.filters import Filters
from tracker.present.formats import day_number

D = dt.date
US_MEX_2021 = Filters(
    donors=("USA",), recipients=("MEX",), date_from=D(2021, 1, 1), date_to=D(2021, 12, 31)
)
SVG = "{http://www.w3.org/2000/svg}"


@pytest.fixture
def out_dir(tmp_path):
    folder = tmp_path / "out"
    folder.mkdir()
    return folder


@pytest.fixture
def export(store, qapp, out_dir):
    from tracker.timeline.export import export_chart_file

    def run(name: str, **kwargs):
        filters = kwargs.pop("filters", US_MEX_2021)
        return export_chart_file(store, out_dir / name, filters, **kwargs)

    return run


def test_png_has_the_size_and_the_colours(export):
    from PySide6.QtGui import QColor, QImage

    out = export("story.png")
    image = QImage(str(out))
    assert (image.width(), image.height()) == (1600, 900)
    assert image.pixelColor(2, 2) == QColor("white")  # the export style is always light
    colours = {image.pixel(x, y) for x in range(0, 1600, 7) for y in range(0, 900, 7)}
    assert len(colours) > 50

    def near(hex_colour: str) -> bool:
        want = QColor(hex_colour)
        return any(
            abs(QColor.fromRgb(c).red() - want.red()) < 12
            and abs(QColor.fromRgb(c).green() - want.green()) < 12
            and abs(QColor.fromRgb(c).blue() - want.blue()) < 12
            for c in colours
        )

    assert near("#E69F00")  # the AstraZeneca deliveries
    assert near("#0072B2")  # the committed line
    assert near("#1F1F1F")  # dark text


def test_png_for_print_is_scaled_and_says_its_dpi(export):
    from PySide6.QtGui import QImage

    image = QImage(str(export("print.png", width=800, height=450, dpi=300)))
    assert (image.width(), image.height()) == (2500, 1406)
    assert abs(image.dotsPerMeterX() - 300 / 0.0254) < 2


def _matrix(attr: str | None) -> tuple[float, ...]:
    if not attr:
        return (1, 0, 0, 1, 0, 0)
    return tuple(float(v) for v in re.findall(r"-?[\d.]+(?:e-?\d+)?", attr))


def _svg(path):
    root = ElementTree.parse(str(path)).getroot()
    texts = []  # (text, absolute x, font family, font size)
    verticals = []  # absolute x of vertical line segments
    for g in root.iter(f"{SVG}g"):
        a, b, c, d, e, f = _matrix(g.get("transform"))
        for t in g.findall(f"{SVG}text"):
            x = a * float(t.get("x")) + e
            texts.append((t.text or "", x, t.get("font-family"), float(t.get("font-size"))))
        for line in g.findall(f"{SVG}polyline"):
            pts = [tuple(map(float, p.split(","))) for p in line.get("points").split()]
            if len(pts) == 2 and pts[0][0] == pts[1][0]:
                verticals.append(a * pts[0][0] + c * pts[0][1] + e)
    return root, texts, verticals


def test_svg_has_labels_footer_and_dates_on_the_right_pixels(export, qapp):
    from PySide6.QtGui import QFont, QFontMetricsF

    root, texts, verticals = _svg(export("story.svg"))
    strings = [t for t, *_ in texts]
    for label in (
        "United States → Mexico: vaccine doses and policy events",
        "1 Jan 2021 – 31 Dec 2021",
        "Committed",
        "Delivered",
        "Mexico restricts southern border",
        "Zients: ~4 M doses lent to Mexico and Canada",
        "1.5 M · 28 Mar",
        "1.21 M · 1 Apr",  # 1,208,700 (issue 16)
        "+2.5 M · 18 Mar",
    ):
        assert label in strings, label
    footer = next(t for t in strings if t.startswith("Sources:"))
    assert "bidenwhitehouse.archives.gov" in footer and "Data as of 31 Dec 2021" in footer

    geo = json.loads(root.find(f"{SVG}desc").text)["date_axis"]
    assert (geo["x_from"], geo["x_to"]) == (day_number(D(2021, 1, 1)), day_number(D(2022, 1, 1)))
    scale = (geo["plot_right"] - geo["plot_left"]) / (geo["x_to"] - geo["x_from"])

    def px(day: dt.date) -> float:
        return geo["plot_left"] + (day_number(day) - geo["x_from"]) * scale

    # Month boundaries: the first (1 Jan, the left edge) and last (1 Dec) lines.
    for day in (D(2021, 1, 1), D(2021, 2, 1), D(2021, 12, 1)):
        assert min(abs(x - px(day)) for x in verticals) <= 1.0, day
    # Month labels sit in the middle of their month: the first and the last one.
    for text, first, nxt in (
        ("Jan 2021", D(2021, 1, 1), D(2021, 2, 1)),
        ("Dec", D(2021, 12, 1), D(2022, 1, 1)),
    ):
        _t, x, family, size = next(t for t in texts if t[0] == text)
        font = QFont(family.split(",")[0])  # "DejaVu Sans, sans-serif"
        font.setPixelSize(round(size))
        centre = x + QFontMetricsF(font).horizontalAdvance(text) / 2
        assert abs(centre - (px(first) + px(nxt)) / 2) <= 1.0, text


def test_pdf_is_one_page_and_renders(export, tmp_path):
    out = export("story.pdf")
    data = out.read_bytes()
    assert data.startswith(b"%PDF")
    assert len(re.findall(rb"/Type\s*/Page\b", data)) == 1
    if shutil.which("pdftoppm") is None:
        pytest.skip("pdftoppm (poppler-utils) not installed")
    subprocess.run(["pdftoppm", "-png", "-r", "96", str(out), str(tmp_path / "page")], check=True)
    from PySide6.QtGui import QImage

    pages = sorted(tmp_path.glob("page*.png"))
    assert len(pages) == 1
    image = QImage(str(pages[0]))
    assert (image.width(), image.height()) == (1600, 900)
    assert len({image.pixel(x, y) for x in range(0, 1600, 9) for y in range(0, 900, 9)}) > 20


def test_unsupported_suffix_and_missing_folder_are_refused(export, out_dir):
    with pytest.raises(InputError, match=r"export to \.png, \.svg or \.pdf"):
        export("chart.jpg")
    with pytest.raises(InputError, match="does not exist"):
        export("nowhere/chart.png")
    assert list(out_dir.iterdir()) == []


def test_export_replaces_atomically(export, out_dir):
    (out_dir / "c.png").write_bytes(b"old")
    export("c.png", width=400, height=300)
    assert (out_dir / "c.png").read_bytes().startswith(b"\x89PNG")
    assert [p.name for p in out_dir.iterdir()] == ["c.png"]  # no temporary file left


def test_visible_range_and_spanish(export):
    root, texts, _ = _svg(
        export("march.svg", lang="es", visible_range=(D(2021, 3, 10), D(2021, 4, 30)))
    )
    strings = [t for t, *_ in texts]
    assert "10 mar 2021 – 30 abr 2021" in strings
    assert any(s.startswith("Fuentes:") and "Datos al" in s for s in strings)
    geo = json.loads(root.find(f"{SVG}desc").text)["date_axis"]
    assert geo["x_from"] == day_number(D(2021, 3, 10))


def test_export_chart_from_the_command_line(seeded_path, tmp_path):
    out = tmp_path / "story.svg"
    res = run_cli(
        "--db", str(seeded_path), "export-chart", str(out), "--donor", "USA",
        "--recipient", "MEX", "--from", "2021-01-01", "--to", "2021-12-31", "--width", "1200",
        "--height", "700",
    )  # fmt: skip
    assert res.returncode == 0, res.stderr
    assert 'viewBox="0 0 1200 700"' in out.read_text(encoding="utf-8")


def test_an_empty_database_still_exports(empty_store, qapp, out_dir):
    from PySide6.QtGui import QImage

    from tracker.timeline.export import export_chart_file

    out = export_chart_file(empty_store, out_dir / "empty.png", Filters(), width=800, height=500)
    assert (QImage(str(out)).width(), QImage(str(out)).height()) == (800, 500)


@pytest.mark.parametrize("width", [800, 1100])
def test_a_narrow_export_keeps_every_lane_inside_the_picture(store, width):
    """The whole dataset has a long legend and footer: at a narrow width they wrap
    onto more lines instead of pushing the lanes past the right edge."""
    from tracker.domain.filters import Filters
    from tracker.present.chart_spec import build_chart_spec
    from tracker.timeline.export import render_chart

    chart = render_chart(build_chart_spec(store, Filters()), width, 820)
    try:
        for plot in (chart.doses, chart.events, chart.context):
            assert plot.sceneBoundingRect().right() <= width
        for label in (chart.title_item, chart.footer_item):
            assert label.sceneBoundingRect().right() <= width
        assert chart.legend.sceneBoundingRect().right() <= width
        assert chart.footer_item.sceneBoundingRect().bottom() <= 820
    finally:
        chart.deleteLater()
