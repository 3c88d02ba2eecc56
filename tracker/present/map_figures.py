"""What the map says, for one as-of date: per-country figures, flows, Sankey links and
the words of tooltips, SVG titles and legends (Qt-free). Built by
:class:`tracker.present.map_spec.MapData`."""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Callable
from dataclasses import dataclass, field

import numpy as np

from tracker.domain.actors import actors
from tracker.domain.filters import Filters
from tracker.io.geo import Atlas, atlas, population
from tracker.present.formats import domain_of, format_doses
from tracker.present.map_style import MEASURES, NO_DATA, PALETTE


def actor_name(code: str, lang: str = "en") -> str:
    """The country's name in ``lang`` (pycountry's Spanish catalogue), else the atlas's."""
    if code in actors():
        a = actors().get(code)
        return a.name_es if lang == "es" else a.name
    shape = atlas().shapes.get(code)
    return shape.name if shape else code


def _format_figure(value: float, lang: str) -> str:
    """Per-100 figures: one decimal (two below 1), grouped like the doses."""
    digits = 2 if 0 < abs(value) < 1 else 1
    return f"{value:,.{digits}f}"


@dataclass(frozen=True)
class CountryFigures:
    """What the map says about one country on the as-of date."""

    iso3: str
    name: str
    delivered: int
    committed: int
    outstanding: int
    population: int | None
    population_year: int
    given: int = 0  # doses this country delivered to others (as a donor)

    def per_100(self, measure: str) -> float | None:
        value: int = getattr(self, measure)
        if not self.population:
            return None
        return value / self.population * 100.0

    @property
    def coverable(self) -> float | None:
        """Share of the population the delivered doses could cover at two doses each."""
        if not self.population:
            return None
        return self.delivered / 2.0 / self.population


@dataclass(frozen=True)
class Flow:
    """Doses from one donor to one recipient, with the arc the map draws."""

    donor: str
    recipient: str
    delivered: int
    outstanding: int
    arc: np.ndarray = field(repr=False)  # (n, 2) projected points, origin to destination


@dataclass(frozen=True)
class SankeyLink:
    donor: str
    channel: str
    recipient: str
    doses: int


@dataclass
class MapSpec:
    """Everything the map draws and every word it writes, for one as-of date."""

    title: str
    subtitle: str
    lang: str
    as_of: dt.date
    measure: str
    per_capita: bool
    population_year: int
    population_interpolated: bool
    figures: dict[str, CountryFigures]
    values: dict[str, float]  # the mapped figure (doses or per 100) of countries with data
    breaks: tuple[float, ...]  # class edges: value v is class i when breaks[i] <= v < breaks[i+1]
    donors: frozenset[str]
    flows: list[Flow]
    dots: tuple[str, ...]  # countries drawn (also) as a dot
    not_on_map: int  # doses to recipients that are not places
    footer: str
    atlas: Atlas = field(repr=False)
    labels: dict[str, str] = field(default_factory=dict)
    filters: Filters = field(default_factory=Filters)
    population_basis: str = ""  # "Population: UN WPP 2024, 2021 (interpolated)"
    # Worked out only when asked (hover, export, the Sankey tab): Play needs neither.
    sankey_of: Callable[[], list[SankeyLink]] = field(default=list, repr=False)
    sources_of: Callable[[str], tuple[str, ...]] = field(default=lambda iso3: (), repr=False)
    _sankey: list[SankeyLink] | None = field(default=None, repr=False)

    @property
    def sankey(self) -> list[SankeyLink]:
        if self._sankey is None:
            self._sankey = self.sankey_of()
        return self._sankey

    # -- colours -------------------------------------------------------------------------
    def colour_class(self, value: float | None) -> int:
        """-1 for no data (grey), else the palette index."""
        if value is None or value <= 0:
            return -1
        i = int(np.searchsorted(np.asarray(self.breaks), value, side="right")) - 1
        return min(max(i, 0), len(PALETTE) - 1)

    @property
    def colours(self) -> tuple[str, ...]:
        """One colour per class, spread over the ramp: with few classes the palest
        yellows (hard to see on white) are skipped."""
        k = min(len(self.breaks), len(PALETTE))
        if k >= len(PALETTE):
            return PALETTE
        idx = np.round(np.linspace(1, len(PALETTE) - 1, k)) if k > 1 else np.array([3])
        return tuple(PALETTE[int(i)] for i in idx)

    def fill(self, iso3: str) -> str:
        c = self.colour_class(self.values.get(iso3))
        return NO_DATA if c < 0 else self.colours[min(c, len(self.colours) - 1)]

    def legend(self) -> list[tuple[str, str]]:
        """(colour, label) of each class, then the grey."""
        fmt = (lambda v: _format_figure(v, self.lang)) if self.per_capita else _short
        out = []
        for i, lo in enumerate(self.breaks[: len(PALETTE)]):
            hi = self.breaks[i + 1] if i + 1 < len(self.breaks) else None
            label = f"{fmt(lo)} – {fmt(hi)}" if hi is not None else f"≥ {fmt(lo)}"
            out.append((self.colours[i], label))
        out.append((NO_DATA, self.labels["none"]))
        return out

    # -- words ---------------------------------------------------------------------------
    def describe(self, iso3: str, *, with_sources: bool = True) -> str:
        """The hover text and the SVG <title>: name, figures, population basis, sources."""
        t = self.labels
        name = actor_name(iso3, self.lang)
        fig = self.figures.get(iso3)
        if fig is None:
            lines = [name, t["none"]]
            pop = population().get(iso3, self.population_year) if self.per_capita else None
            if pop:
                lines.append(f"{t['population']} {self.population_year}: {format_doses(pop)}")
            return "\n".join(lines)
        lines = [name]
        # Per-capita figures only when asked for, and then always with their basis.
        for m in MEASURES:
            line = f"{format_doses(getattr(fig, m))} {t['doses']} {t[m]}"
            per = fig.per_100(m) if self.per_capita else None
            if per is not None:
                line += f" · {_format_figure(per, self.lang)} {t['per_100']}"
            lines.append(line)
        if self.per_capita:
            if fig.coverable is not None:
                lines.append(f"{fig.coverable * 100:.1f} % {t['coverable']}")
            if fig.population:
                basis = f"{t['population']} {fig.population_year}: {format_doses(fig.population)}"
                lines.append(basis + " (UN WPP 2024)")
            else:
                lines.append(t["no_population"])
        if fig.given:
            lines.append(f"{t['donor']}: {t['gave']} {format_doses(fig.given)} {t['doses']}")
        if with_sources:
            domains = list(dict.fromkeys(domain_of(u) for u in self.sources_of(iso3)))
            src = ", ".join(domains[:3]) if domains else t["no_sources"]
            if len(domains) > 3:
                src += f" +{len(domains) - 3}"
            lines.append(f"{t['source']}: {src}")
        return "\n".join(lines)

    def flow_text(self, flow: Flow) -> str:
        t = self.labels
        head = f"{actor_name(flow.donor, self.lang)} → {actor_name(flow.recipient, self.lang)}"
        parts = [f"{format_doses(flow.delivered)} {t['delivered']}"]
        if flow.outstanding:
            parts.append(f"{format_doses(flow.outstanding)} {t['outstanding']}")
        return f"{head}: {', '.join(parts)} {t['doses']}"


def _short(n: float) -> str:
    if n >= 1e6:
        return f"{n / 1e6:g} M"
    if n >= 1e3:
        return f"{n / 1e3:g} k"
    return f"{n:g}"


def nice_breaks(values: np.ndarray, classes: int = len(PALETTE)) -> tuple[float, ...]:
    """Class edges on a log scale at 1-2-5 steps, from the smallest to the largest value."""
    v = np.asarray(values, dtype=float)
    v = v[v > 0]
    if not len(v):
        return (1.0,)
    lo, hi = float(v.min()), float(v.max())
    steps = []
    for e in range(math.floor(math.log10(lo)) - 1, math.ceil(math.log10(hi)) + 2):
        steps += [m * 10.0**e for m in (1, 2, 5)]
    steps = [s for s in steps if s <= lo][-1:] + [s for s in steps if lo < s <= hi]
    if len(steps) <= classes:
        return tuple(steps)
    # Keep ``classes`` edges spread evenly over the candidate steps (first one always).
    idx = np.unique(np.round(np.linspace(0, len(steps) - 1, classes + 1)[:-1]).astype(int))
    return tuple(steps[i] for i in idx)
