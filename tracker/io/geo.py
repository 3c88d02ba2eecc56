"""Country shapes and population for the map, Qt-free: the Equal Earth projection and
the loaders of the resources ``scripts/build_map_resources.py`` made.

Coordinates are Equal Earth on a sphere of radius 1, y pointing north: x spans about
±2.706 and y ±1.317. The shapes were projected once, at build time; nothing here needs
a GIS library or the network.
"""

from __future__ import annotations

import csv
import gzip
import json
from dataclasses import dataclass, field
from functools import cache

import numpy as np
from numpy.typing import ArrayLike

from tracker.io.paths import resources_dir

#: Grid step of the shipped coordinates (radius-1 units): 1/27,000 of the map's width.
QUANTUM = 1e-4
#: Population years in the shipped table; per-capita figures clamp to these.
POPULATION_YEARS = (2019, 2020, 2021, 2022, 2023)

# Equal Earth (Šavrič, Patterson and Jenny 2018) coefficients.
_A1, _A2, _A3, _A4 = 1.340264, -0.081106, 0.000893, 0.003796
_M = np.sqrt(3.0) / 2.0


def project(lon: ArrayLike, lat: ArrayLike) -> tuple[np.ndarray, np.ndarray]:
    """Degrees of longitude and latitude -> Equal Earth x, y (radius 1)."""
    lam = np.radians(np.asarray(lon, dtype=float))
    phi = np.radians(np.asarray(lat, dtype=float))
    theta = np.arcsin(_M * np.sin(phi))
    t2 = theta * theta
    t6 = t2 * t2 * t2
    x = lam * np.cos(theta) / (_M * (_A1 + 3 * _A2 * t2 + t6 * (7 * _A3 + 9 * _A4 * t2)))
    y = theta * (_A1 + _A2 * t2 + t6 * (_A3 + _A4 * t2))
    return x, y


def unproject(x: ArrayLike, y: ArrayLike, iterations: int = 12) -> tuple[np.ndarray, np.ndarray]:
    """Equal Earth x, y -> degrees of longitude and latitude (Newton on the latitude)."""
    x = np.asarray(x, dtype=float)
    y = np.asarray(y, dtype=float)
    theta = y.copy()
    for _ in range(iterations):
        t2 = theta * theta
        t6 = t2 * t2 * t2
        f = theta * (_A1 + _A2 * t2 + t6 * (_A3 + _A4 * t2)) - y
        df = _A1 + 3 * _A2 * t2 + t6 * (7 * _A3 + 9 * _A4 * t2)
        theta = theta - f / df
    t2 = theta * theta
    t6 = t2 * t2 * t2
    lam = _M * x * (_A1 + 3 * _A2 * t2 + t6 * (7 * _A3 + 9 * _A4 * t2)) / np.cos(theta)
    phi = np.arcsin(np.sin(theta) / _M)
    return np.degrees(lam), np.degrees(phi)


#: The projected outline of the whole world (for the map's frame and fitting).
def world_outline(steps: int = 90) -> np.ndarray:
    lat = np.unique(np.concatenate([np.linspace(-90.0, 90.0, steps), [0.0]]))
    right = np.column_stack(project(np.full(len(lat), 180.0), lat))
    left = np.column_stack(project(np.full(len(lat), -180.0), lat[::-1]))
    return np.vstack([right, left, right[:1]])


@dataclass(frozen=True)
class CountryShape:
    """One country of the shipped shapes: rings in projected units, y north."""

    iso3: str
    name: str
    polygons: tuple[tuple[np.ndarray, ...], ...] = field(repr=False)  # (n, 2) arrays
    centroid: tuple[float, float] = (0.0, 0.0)
    area: float = 0.0  # projected, radius-1 units (the whole sphere is 4π)
    has_shape: bool = True  # False: a territory drawn only as a dot at its capital

    @property
    def rings(self) -> list[np.ndarray]:
        return [ring for poly in self.polygons for ring in poly]


@dataclass(frozen=True)
class Atlas:
    """Every country shape and capital dot, by ISO3, and which have no population row."""

    shapes: dict[str, CountryShape]
    no_population: tuple[str, ...]
    credit: str
    bounds: tuple[float, float, float, float]  # x0, y0, x1, y1

    def __contains__(self, iso3: object) -> bool:
        return iso3 in self.shapes


def _decode_ring(flat: list[int]) -> np.ndarray:
    pts = np.cumsum(np.asarray(flat, dtype=np.int64).reshape(-1, 2), axis=0)
    return pts.astype(float) * QUANTUM


@cache
def atlas() -> Atlas:
    """The shipped shapes (read and decoded once per process, about 0.2 s)."""
    folder = resources_dir() / "geo"
    with gzip.open(folder / "countries.json.gz", "rt", encoding="utf-8") as fh:
        doc = json.load(fh)
    meta = json.loads((folder / "datapackage.json").read_text(encoding="utf-8"))
    shapes: dict[str, CountryShape] = {}
    for c in doc["countries"]:
        polygons = tuple(tuple(_decode_ring(r) for r in poly) for poly in c["polygons"])
        shapes[c["iso3"]] = CountryShape(
            iso3=c["iso3"],
            name=c["name"],
            polygons=polygons,
            centroid=(c["centroid"][0] * QUANTUM, c["centroid"][1] * QUANTUM),
            area=float(c["area"]),
        )
    for p in doc["points"]:
        shapes[p["iso3"]] = CountryShape(
            iso3=p["iso3"],
            name=p["name"],
            polygons=(),
            centroid=(p["centroid"][0] * QUANTUM, p["centroid"][1] * QUANTUM),
            has_shape=False,
        )
    outline = world_outline()
    bounds = (
        float(outline[:, 0].min()),
        float(outline[:, 1].min()),
        float(outline[:, 0].max()),
        float(outline[:, 1].max()),
    )
    return Atlas(shapes, tuple(doc["no_population"]), str(meta["credit"]), bounds)


@dataclass(frozen=True)
class Population:
    """Persons per ISO3 and year (UN WPP 2024), with the credit to print beside them."""

    by_year: dict[int, dict[str, int]]
    credit: str
    short_credit: str = "UN WPP 2024"

    @staticmethod
    def year_for(year: int) -> int:
        """The table's year closest to ``year`` (2019–2023)."""
        return min(max(year, POPULATION_YEARS[0]), POPULATION_YEARS[-1])

    def get(self, iso3: str, year: int) -> int | None:
        return self.by_year[self.year_for(year)].get(iso3)


@cache
def population() -> Population:
    folder = resources_dir() / "population"
    meta = json.loads((folder / "datapackage.json").read_text(encoding="utf-8"))
    by_year: dict[int, dict[str, int]] = {y: {} for y in POPULATION_YEARS}
    with open(folder / "wpp2024.csv", encoding="utf-8", newline="") as fh:
        # keep_default_na is pandas' trap; csv has none, and "NAM" stays Namibia.
        for row in csv.DictReader(fh):
            for y in POPULATION_YEARS:
                by_year[y][row["iso3"]] = int(row[str(y)])
    return Population(by_year, str(meta["credit"]))
