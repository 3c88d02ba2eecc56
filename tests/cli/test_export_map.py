"""`vaccine-tracker export-map`: the files themselves, and one line for each bad input."""

from __future__ import annotations

import shutil
import subprocess

import pytest
from defusedxml import ElementTree

from tests.conftest import run_cli

NS = "{http://www.w3.org/2000/svg}"


def _titles(svg_path) -> dict[str, str]:
    root = ElementTree.parse(svg_path).getroot()
    return {
        g.get("id"): g.find(f"{NS}title").text
        for g in root.iter(f"{NS}g")
        if g.get("class") == "country"
    }


def _export_map(db, out, *flags: str):
    """``vaccine-tracker --db DB export-map OUT FLAGS…`` in a real process."""
    return run_cli("--db", str(db), "export-map", str(out), *flags)


def test_done_means_usa_april_svg(seeded_path, tmp_path):
    out = tmp_path / "usa_apr.svg"
    r = _export_map(seeded_path, out, "--donor", "USA", "--date", "2021-04-30")
    assert r.returncode == 0, r.stderr
    titles = _titles(out)
    assert "2,708,700 doses delivered" in titles["MEX"]
    assert "1,500,000 doses delivered" in titles["CAN"]
    assert titles["MEX"].startswith("Mexico")
    # Every country of the atlas is one element named by its ISO3 code.
    assert len(titles) >= 242 and {"FRA", "MUS", "REU"} <= set(titles)
    assert "No doses recorded" in titles["FRA"]
    assert "per 100" not in titles["MEX"]  # only with --per-capita
    if shutil.which("rsvg-convert"):
        png = tmp_path / "via_rsvg.png"
        subprocess.run(["rsvg-convert", str(out), "-o", str(png)], check=True, timeout=60)
        assert png.stat().st_size > 10_000


def test_per_capita_adds_the_figure_and_names_the_population_year(seeded_path, tmp_path):
    out = tmp_path / "usa_apr_pc.svg"
    flags = ("--donor", "USA", "--date", "2021-04-30", "--per-capita", "--flows", "--lang", "es")
    r = _export_map(seeded_path, out, *flags)
    assert r.returncode == 0, r.stderr
    titles = _titles(out)
    assert "2,708,700 dosis entregadas · 2.1 por cada 100 habitantes" in titles["MEX"]
    text = out.read_text("utf-8")
    assert "Población: ONU WPP 2024, 2021 (interpolada)" in text
    assert 'class="flow delivered"' in text


def test_png_and_pdf_and_frames(seeded_path, tmp_path):
    from PySide6.QtGui import QImage

    png, pdf, frames = tmp_path / "m.png", tmp_path / "m.pdf", tmp_path / "frames"
    frames.mkdir()
    r = _export_map(
        seeded_path, png, "--donor", "USA", "--date", "2021-06-30", "--frames", str(frames)
    )
    assert r.returncode == 0, r.stderr
    image = QImage(str(png))
    assert (image.width(), image.height()) == (1600, 900)
    assert image.pixelColor(3, 3).name() == "#ffffff"
    # Months from the first US record (the 18 March 2021 loan) to June.
    names = sorted(p.name for p in frames.iterdir())
    assert names[0] == "map-2021-03.png" and names[-1] == "map-2021-06.png"
    r = _export_map(seeded_path, pdf, "--donor", "USA")
    assert r.returncode == 0, r.stderr
    assert pdf.read_bytes().startswith(b"%PDF")
    if shutil.which("pdftoppm"):
        subprocess.run(
            ["pdftoppm", "-png", "-r", "48", str(pdf), str(tmp_path / "p")], check=True, timeout=60
        )
        assert (tmp_path / "p-1.png").stat().st_size > 5_000


@pytest.mark.parametrize(
    ("args", "code", "says"),
    [
        (["--date", "30/04/2021"], 2, "not a date in the form YYYY-MM-DD"),
        (["--date", "2030-01-01"], 1, "outside the data"),
        (["--lang", "fr"], 2, "invalid choice: 'fr'"),
    ],
)
def test_bad_input_one_line_and_no_file(seeded_path, tmp_path, args, code, says):
    out = tmp_path / "m.svg"
    r = _export_map(seeded_path, out, "--donor", "USA", *args)
    assert r.returncode == code
    problem = [line for line in r.stderr.splitlines() if "error" in line]
    assert len(problem) == 1 and says in problem[0]
    assert list(tmp_path.glob("*m.*")) == []


def test_unwritable_path_one_line_and_no_file(seeded_path, tmp_path):
    out = tmp_path / "missing" / "m.svg"
    r = _export_map(seeded_path, out)
    assert r.returncode == 1
    assert r.stderr.strip().count("\n") == 0 and "does not exist" in r.stderr
    assert not out.parent.exists()
