"""The map's shipped shapes and population, and the Equal Earth projection."""

from __future__ import annotations

import json

import numpy as np
import pycountry
from hypothesis import given
from hypothesis import strategies as st

from tracker.io.geo import POPULATION_YEARS, Population, atlas, population, project, unproject
from tracker.io.paths import resources_dir


def test_projection_round_trip_on_a_grid():
    lon, lat = np.meshgrid(np.linspace(-180, 180, 73), np.linspace(-89.9, 89.9, 61))
    x, y = project(lon, lat)
    lon2, lat2 = unproject(x, y)
    assert np.allclose(lon2, lon, atol=1e-9)
    assert np.allclose(lat2, lat, atol=1e-9)


@given(st.floats(-180, 180), st.floats(-89.99, 89.99))
def test_projection_round_trip_anywhere(lon, lat):
    lon2, lat2 = unproject(*project(lon, lat))
    assert abs(float(lon2) - lon) < 1e-7 and abs(float(lat2) - lat) < 1e-7


def test_projection_known_values():
    # Equal Earth with radius 1: the equator at ±180° is x = π / (A1·√3/2) and the pole
    # y = 1.3173627 (Šavrič, Patterson and Jenny 2018).
    x, y = project([180.0, 0.0, 0.0], [0.0, 90.0, 0.0])
    assert abs(x[0] - np.pi / (1.340264 * np.sqrt(3) / 2)) < 1e-12
    assert abs(y[1] - 1.3173627) < 1e-6
    assert x[2] == 0 and y[2] == 0


def test_equal_area_cells_match():
    """Two 10°×10° cells at the same latitude band have the same projected area, and a
    cell at the equator is larger than one near the pole by the sphere's own ratio."""

    def cell(lon0, lat0):
        lon = [lon0, lon0 + 10, lon0 + 10, lon0]
        lat = [lat0, lat0, lat0 + 10, lat0 + 10]
        fine_lon = np.concatenate(
            [np.linspace(a, b, 50) for a, b in zip(lon, lon[1:] + lon[:1], strict=True)]
        )
        fine_lat = np.concatenate(
            [np.linspace(a, b, 50) for a, b in zip(lat, lat[1:] + lat[:1], strict=True)]
        )
        x, y = project(fine_lon, fine_lat)
        return 0.5 * abs(np.dot(x, np.roll(y, -1)) - np.dot(y, np.roll(x, -1)))

    sphere = np.radians(10) * (np.sin(np.radians(10)) - 0)
    assert abs(cell(0, 0) - sphere) / sphere < 1e-3
    assert abs(cell(0, 0) - cell(120, 0)) < 1e-9


def test_every_shape_has_an_iso3_and_a_population_row_or_is_listed():
    a, pop = atlas(), population()
    shapes = [s for s in a.shapes.values() if s.has_shape]
    assert len(shapes) == 242
    listed = set(a.no_population)
    for s in shapes:
        assert len(s.iso3) == 3 and s.iso3.isupper()
        assert (s.iso3 in pop.by_year[2021]) != (s.iso3 in listed), s.iso3
    # Those listed are uninhabited or not UN locations (Antarctica, Somaliland, …).
    assert {"ATA", "SOL", "CYN"} <= listed
    # Every real ISO code among the shapes is a pycountry country (Kosovo's XKX aside).
    odd = {s.iso3 for s in shapes if pycountry.countries.get(alpha_3=s.iso3) is None}
    assert odd == {"SOL", "XKX", "CYN", "IOA", "ATC", "KAS"}


def test_every_population_row_has_a_place_on_the_map():
    a, pop = atlas(), population()
    assert set(pop.by_year[2021]) <= set(a.shapes)
    dots = {s.iso3 for s in a.shapes.values() if not s.has_shape}
    assert {"REU", "GLP", "MTQ", "GUF", "MYT", "TKL"} <= dots


def test_population_figures_and_years():
    pop = population()
    assert set(pop.by_year) == set(POPULATION_YEARS)
    assert pop.by_year[2020]["MEX"] == 126_799_052  # the WPP 2024 estimate for 2020
    assert pop.get("NAM", 2021) > 2_000_000  # Namibia is a country, not "missing"
    assert Population.year_for(2018) == 2019 and Population.year_for(2026) == 2023
    assert pop.get("MEX", 2030) == pop.by_year[2023]["MEX"]
    assert "CC BY 3.0 IGO" in pop.credit


def test_shapes_sit_where_the_countries_are():
    a = atlas()
    lon, lat = unproject(*a.shapes["MEX"].centroid)
    assert -110 < lon < -95 and 15 < lat < 30
    lon, lat = unproject(*a.shapes["FRA"].centroid)  # the largest polygon: in Europe
    assert -5 < lon < 8 and 42 < lat < 51
    assert a.shapes["RUS"].area > a.shapes["MEX"].area > a.shapes["MUS"].area > 0


def test_metadata_states_licence_and_provenance():
    for sub in ("geo", "population"):
        meta = json.loads((resources_dir() / sub / "datapackage.json").read_text("utf-8"))
        assert meta["licenses"] and meta["sources"] and meta["credit"] and meta["processing"]
    geo = json.loads((resources_dir() / "geo" / "datapackage.json").read_text("utf-8"))
    assert {lic.get("name") for lic in geo["licenses"]} >= {"BSD-3-Clause"}
    assert "Natural Earth" in geo["credit"]


def test_no_ring_jumps_across_the_map():
    """Rings that cross ±180° (Chukotka, Fiji, Antarctica) were cut at build time: no
    edge spans a quarter of the world's width, except Antarctica's along the pole line
    (flat in Equal Earth), so nothing draws a line across the map."""
    a = atlas()
    width = a.bounds[2] - a.bounds[0]
    for s in a.shapes.values():
        for ring in s.rings:
            at_pole = np.abs(ring[:, 1]) > a.bounds[3] - 1e-3
            jumps = np.abs(np.diff(ring[:, 0])) >= width / 4
            along_pole = at_pole[1:] & at_pole[:-1]
            assert not (jumps & ~along_pole).any(), s.iso3
