"""Map exports, read back: SVG ids and titles, and PNG, SVG (librsvg) and PDF (poppler)
drawing the same picture."""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess

import numpy as np
import pytest
from defusedxml import ElementTree

from tracker.domain.errors import InputError
from tracker.domain.filters import Filters
from tracker.present.map_spec import MapData
from tracker.timeline.map_export import export_map_file, month_ends, write_map

NS = "{http://www.w3.org/2000/svg}"


@pytest.fixture
def spec(store):
    return MapData.load(store, Filters(donors=("USA",))).spec(dt.date(2021, 4, 30))


def _pixels(path, qapp) -> np.ndarray:
    from PySide6.QtGui import QImage

    image = QImage(str(path)).convertToFormat(QImage.Format.Format_RGB32)
    image = image.scaled(400, 225)  # compare the pictures, not the antialiasing
    ptr = image.constBits()
    return (
        np.frombuffer(ptr, dtype=np.uint8)
        .reshape(225, image.bytesPerLine() // 4, 4)[:, :400, :3]
        .astype(int)
    )


def test_svg_has_one_titled_element_per_country(spec, tmp_path):
    out = write_map(spec, tmp_path / "m.svg")
    root = ElementTree.parse(out).getroot()
    groups = {g.get("id"): g for g in root.iter(f"{NS}g") if g.get("class") == "country"}
    assert len(groups) == len(spec.atlas.shapes)  # 242 shapes + 8 territories as dots
    mex = groups["MEX"].find(f"{NS}title").text
    assert mex.splitlines()[:2] == ["Mexico", "2,708,700 doses delivered"]
    assert "per 100" not in mex and "WPP" not in out.read_text("utf-8")
    assert groups["REU"].find(f"{NS}circle") is not None  # a dot, no shape
    assert groups["MUS"].find(f"{NS}path") is not None
    assert groups["MUS"].find(f"{NS}circle") is not None  # small: a shape and a dot
    text = out.read_text("utf-8")
    assert "Map: Natural Earth" in text and "Data as of 31 Dec 2021" in text


def test_per_capita_titles_and_footer_state_the_population_year(store, tmp_path):
    data = MapData.load(store, Filters(donors=("USA",)))
    spec = data.spec(dt.date(2021, 4, 30), per_capita=True)
    out = write_map(spec, tmp_path / "pc.svg")
    root = ElementTree.parse(out).getroot()
    mex = next(g for g in root.iter(f"{NS}g") if g.get("id") == "MEX").find(f"{NS}title").text
    assert mex.splitlines()[1] == "2,708,700 doses delivered · 2.1 per 100 people"
    assert "Population 2021: 127,812,297 (UN WPP 2024)" in mex
    assert "Population: UN WPP 2024, 2021 (interpolated) (CC BY 3.0 IGO)" in out.read_text("utf-8")


@pytest.mark.skipif(
    not (shutil.which("rsvg-convert") and shutil.which("pdftoppm")),
    reason="needs rsvg-convert (librsvg2-bin) and pdftoppm (poppler-utils)",
)
def test_png_svg_and_pdf_show_the_same_picture(spec, tmp_path, qapp):
    png, svg, pdf = (write_map(spec, tmp_path / f"m.{s}") for s in ("png", "svg", "pdf"))
    subprocess.run(["rsvg-convert", str(svg), "-o", str(tmp_path / "svg.png")], check=True)
    subprocess.run(
        ["pdftoppm", "-png", "-r", "96", "-singlefile", str(pdf), str(tmp_path / "pdf")],
        check=True,
    )
    a = _pixels(png, qapp)
    for other in (tmp_path / "svg.png", tmp_path / "pdf.png"):
        b = _pixels(other, qapp)
        assert np.abs(a - b).mean() < 4, other
    # Mexico is coloured (not the grey of "no doses") in all three.
    assert spec.fill("MEX") != "#E3E3E3"


def test_nothing_is_left_behind_when_writing_fails(spec, tmp_path):
    folder = tmp_path / "out"
    folder.mkdir()
    with pytest.raises(InputError, match="does not exist"):
        write_map(spec, folder / "missing" / "m.png")
    with pytest.raises(InputError, match=r"\.png, \.svg or \.pdf"):
        write_map(spec, folder / "m.gif")
    assert list(folder.iterdir()) == []


def test_date_outside_the_data_is_refused(store, tmp_path):
    folder = tmp_path / "out"
    folder.mkdir()
    with pytest.raises(InputError, match="outside the data"):
        export_map_file(store, folder / "m.svg", Filters(), as_of=dt.date(2019, 1, 1))
    assert list(folder.iterdir()) == []


def test_month_ends():
    assert month_ends(dt.date(2021, 1, 15), dt.date(2021, 3, 10)) == [
        dt.date(2021, 1, 31),
        dt.date(2021, 2, 28),
        dt.date(2021, 3, 10),
    ]
