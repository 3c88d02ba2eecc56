"""What the map shows, prepared without Qt: per-country figures up to an "as of" date,
per-100 figures on a stated population year, donor→recipient flows, small-state dots.

:class:`MapData` reads the filtered records once (the store's frames, as the chart
spec does); :meth:`MapData.spec` then answers any "as of" date with numpy alone, so the
time scrubber and Play recompute the map in milliseconds. The screen view
(``tracker.timeline.map_view``) and every export draw the same :class:`MapSpec`.

Counting, as the rest of the app does: *delivered* is what arrived on or before the
date; *committed* is each commitment's figure in force on that date (a revision
replaces its predecessor, a cancellation counts 0); *outstanding* is, per commitment,
committed minus what arrived against it, never below zero. A recipient that is not a
place (MULTI, COVAX, the EU…) is not on the map and never a flow: multi-recipient
pledges stay a separate series (DESIGN).
"""

from __future__ import annotations

import datetime as dt
from typing import TypedDict, Unpack, cast

import numpy as np
import pandas as pd

from tracker.domain.enums import RecordKind
from tracker.domain.filters import Filters
from tracker.io.geo import Population, atlas, population
from tracker.present.commitment_figures import figure_changes
from tracker.present.formats import domain_of, format_date, ordinals
from tracker.present.map_figures import (
    CountryFigures,
    Flow,
    MapSpec,
    SankeyLink,
    actor_name,
    nice_breaks,
)
from tracker.present.map_style import HOME_COUNTRY, MEASURES, SMALL_AREA, arc
from tracker.present.selection import pair_line, revisions_of, undated
from tracker.present.words import MAP
from tracker.store import frames
from tracker.store.database import Store
from tracker.store.queries import datasets


class MapOptions(TypedDict, total=False):
    """How :meth:`MapData.spec` draws the map (each has a default there)."""

    measure: str
    per_capita: bool
    flows: bool
    lang: str
    title: str | None


class MapData:
    """The filtered records as arrays, read once; :meth:`spec` answers any as-of date."""

    def __init__(
        self,
        deliveries: pd.DataFrame,
        commitments: pd.DataFrame,
        revisions: pd.DataFrame,
        filters: Filters,
        data_as_of: dt.date | None,
        source_domains: dict[str, int] | None = None,
    ) -> None:
        self.filters = filters
        self.data_as_of = data_as_of
        self.atlas = atlas()
        self.population = population()
        self.source_domains = source_domains or {}
        on_map = self.atlas.shapes
        # Codes: recipients and donors as small integers for bincount.
        codes = sorted(
            set(deliveries.get("recipient", ()))
            | set(commitments.get("recipient", ()))
            | set(deliveries.get("donor", ()))
            | set(commitments.get("donor", ()))
        )
        self.codes = np.array(codes, dtype=object)
        index = {c: i for i, c in enumerate(codes)}
        self.on_map = np.array([c in on_map for c in codes], dtype=bool)
        n = len(codes)
        self.n = n

        # Deliveries that arrived (scheduled or in transit ones count nowhere yet).
        d = deliveries[deliveries["status"] == "delivered"] if len(deliveries) else deliveries
        self.d_day = ordinals(d["date"]) if len(d) else np.empty(0, np.int64)
        d_order = np.argsort(self.d_day, kind="stable")
        self.d_day = self.d_day[d_order]
        self.d_rec: np.ndarray
        self.d_don: np.ndarray
        if len(d):

            def take(col: str, dtype: type = object) -> np.ndarray:
                return d[col].to_numpy(dtype=dtype)[d_order]

            self.d_rec = np.array([index[c] for c in take("recipient")], np.int64)
            self.d_don = np.array([index[c] for c in take("donor")], np.int64)
            self.d_doses = take("doses", np.int64)
            self.d_channel = take("channel")
        else:
            self.d_rec = self.d_don = np.empty(0, np.int64)
            self.d_doses = np.empty(0, np.int64)
            self.d_channel = np.empty(0, object)

        # Commitments: each one's figure as a step function (revisions replace it).
        com = commitments
        self.c_rec = np.array([index[c] for c in com["recipient"]], np.int64)
        self.c_don = np.array([index[c] for c in com["donor"]], np.int64)
        cid_index = {int(c): i for i, c in enumerate(com["record_id"])} if len(com) else {}
        if len(revisions):
            revisions = revisions[
                revisions["commitment_id"].isin(list(cid_index)).to_numpy(dtype=bool)
            ]
        changes = figure_changes(com, revisions)
        ev_c = np.array([cid_index[c.commitment_id] for c in changes], np.int64)
        ev_day = np.array([c.day.toordinal() for c in changes], np.int64)
        ev_fig = np.array([c.figure for c in changes], np.int64)
        order = np.lexsort((ev_day, ev_c))
        self.ev_c, self.ev_day, self.ev_fig = ev_c[order], ev_day[order], ev_fig[order]
        self.n_com = len(com)
        # Deliveries that fulfil one of these commitments (for its outstanding balance).
        linked_ids = (
            d["commitment_id"].to_numpy(dtype=object)[d_order]
            if len(d) and "commitment_id" in d
            else np.empty(0, object)
        )
        self.d_com = np.array(
            [
                cid_index.get(int(c), -1) if c is not None and not pd.isna(c) else -1
                for c in linked_ids
            ],
            np.int64,
        )

        # Sources per recipient: each URL with the first day it was cited.
        rows = []
        for frame in (d, com):
            if len(frame) and "source" in frame:
                rows.append(
                    pd.DataFrame(
                        {
                            "recipient": frame["recipient"].to_numpy(dtype=object),
                            "day": ordinals(frame["date"]),
                            "source": frame["source"].to_numpy(dtype=object),
                        }
                    )
                )
        cited = pd.concat(rows) if rows else pd.DataFrame(columns=["recipient", "day", "source"])
        cited = cited[cited["source"].astype(bool)]
        first = (
            cited.groupby(["recipient", "source"], sort=False)["day"].min().reset_index()
            if len(cited)
            else cited
        ).sort_values("day", kind="stable")
        # Per recipient: the days each URL was first cited, and the URLs, in that order.
        self.sources_by_rec: dict[str, tuple[np.ndarray, list[str]]] = {
            str(rec): (g["day"].to_numpy(dtype=np.int64), list(g["source"]))
            for rec, g in first.groupby("recipient", sort=False)
        }
        by_url = first.groupby("source", sort=False)["day"].min() if len(first) else None
        self.url_days = by_url.to_numpy(dtype=np.int64) if by_url is not None else np.empty(0)
        self.url_domains = [domain_of(u) for u in by_url.index] if by_url is not None else []
        self._arcs: dict[tuple[str, str], np.ndarray] = {}  # fixed per pair: made once

        days = np.concatenate([self.d_day, self.ev_day])
        self.first_day = dt.date.fromordinal(int(days.min())) if len(days) else None
        self.last_day = dt.date.fromordinal(int(days.max())) if len(days) else None
        # Stable colour classes while playing: from the figures at the last date.
        self._breaks: dict[tuple[str, bool], tuple[float, ...]] = {}

    # -- loading ---------------------------------------------------------------------------
    @classmethod
    def load(cls, store: Store, filters: Filters) -> MapData:
        """Read ``filters``' deliveries and commitments (all dates up to ``date_to``: the
        totals are cumulative, as the timeline's lines are)."""
        every_day = undated(filters)
        dels = frames.deliveries(
            store,
            every_day,
            with_sources=True,
            columns=("date", "donor", "recipient", "doses", "status", "channel", "commitment_id"),
        )
        com = frames.commitments(store, every_day, with_sources=True)
        kinds = {RecordKind.COMMITMENT, RecordKind.DELIVERY}
        as_of_dates = [x["as_of"] for x in datasets(store) if x["as_of"] and x["kind"] in kinds]
        return cls(
            dels,
            com,
            revisions_of(store, com),
            filters,
            min(as_of_dates) if as_of_dates else None,
        )

    # -- figures at a date -----------------------------------------------------------------
    def totals(self, as_of: dt.date) -> dict[str, np.ndarray]:
        """Per code: delivered, committed, outstanding (as recipient) and given (as donor)."""
        day = as_of.toordinal()
        k = int(np.searchsorted(self.d_day, day, side="right"))
        delivered = np.bincount(self.d_rec[:k], weights=self.d_doses[:k], minlength=self.n)
        given = np.bincount(self.d_don[:k], weights=self.d_doses[:k], minlength=self.n)
        figure = self.figures_of_commitments(day)
        committed = np.bincount(self.c_rec, weights=figure, minlength=self.n)
        linked = self.d_com[:k]
        got = np.bincount(
            linked[linked >= 0], weights=self.d_doses[:k][linked >= 0], minlength=self.n_com
        )
        owed = np.clip(figure - got, 0, None)
        outstanding = np.bincount(self.c_rec, weights=owed, minlength=self.n)
        return {
            "delivered": delivered,
            "committed": committed,
            "outstanding": outstanding,
            "given": given,
            "owed_per_commitment": owed,
            "k": np.array([k]),
        }

    def figures_of_commitments(self, day: int) -> np.ndarray:
        """Each commitment's figure in force on ``day`` (0 before it was announced)."""
        fig = np.zeros(self.n_com, dtype=float)
        valid = np.nonzero(self.ev_day <= day)[0]
        if len(valid):
            c = self.ev_c[valid]
            last = np.r_[c[1:] != c[:-1], True]
            fig[c[last]] = self.ev_fig[valid[last]]
        return fig

    def breaks(self, measure: str, per_capita: bool) -> tuple[float, ...]:
        key = (measure, per_capita)
        if key not in self._breaks:
            end = self.last_day or dt.date.today()
            values = self._values(self.totals(end)[measure], per_capita, end.year)
            if measure == "outstanding":  # it shrinks as doses arrive: use committed's scale
                values = self._values(self.totals(end)["committed"], per_capita, end.year)
            self._breaks[key] = nice_breaks(np.array(list(values.values())))
        return self._breaks[key]

    def _values(self, per_code: np.ndarray, per_capita: bool, year: int) -> dict[str, float]:
        out = {}
        for i in np.nonzero((per_code > 0) & self.on_map)[0]:
            code = self.codes[i]
            v = float(per_code[i])
            if per_capita:
                pop = self.population.get(code, year)
                if not pop:
                    continue
                v = v / pop * 100.0
            out[code] = v
        return out

    def spec(
        self,
        as_of: dt.date | None = None,
        *,
        measure: str = "delivered",
        per_capita: bool = False,
        flows: bool = True,
        lang: str = "en",
        title: str | None = None,
    ) -> MapSpec:
        """The map on ``as_of`` (default: the filter's end, else the last record)."""
        lang = lang if lang in MAP else "en"
        measure = measure if measure in MEASURES else "delivered"
        t = MAP[lang]
        as_of = as_of or self.filters.date_to or self.last_day or dt.date.today()
        pop_year = Population.year_for(as_of.year)
        tot = self.totals(as_of)
        values = self._values(tot[measure], per_capita, as_of.year)
        figures: dict[str, CountryFigures] = {}
        for i in np.nonzero(self.on_map)[0]:
            code = self.codes[i]
            dl, cm, out, gv = (
                int(tot[m][i]) for m in ("delivered", "committed", "outstanding", "given")
            )
            if not (dl or cm or out or gv):
                continue
            figures[code] = CountryFigures(
                iso3=code,
                name=actor_name(code, lang),
                delivered=dl,
                committed=cm,
                outstanding=out,
                population=self.population.get(code, as_of.year),
                population_year=pop_year,
                given=gv,
            )
        donors = self._donors(tot)
        flow_list = self._flows(as_of, tot) if flows else []
        shapes = self.atlas.shapes
        dots = tuple(
            sorted(c for c, s in shapes.items() if (not s.has_shape or s.area < SMALL_AREA))
        )
        k = int(tot["k"][0])
        not_on_map = int(tot[measure][~self.on_map].sum())
        interpolated = pop_year != 2020
        basis = t["population_basis"].format(year=pop_year)
        if interpolated:
            basis += f" ({t['interpolated']})"
        head = t[f"title_{measure}"]
        if per_capita:
            head += " " + t["per_100_title"]
        head += f", {t['as_of_title']} {format_date(as_of, lang)}"
        subtitle = pair_line(
            self.filters, lambda c: actor_name(c, lang), t["all_donors"], t["all_recipients"]
        )
        cited = np.nonzero(self.url_days <= as_of.toordinal())[0]
        domains = sorted({self.url_domains[i] for i in cited} - {""})
        footer_parts = [
            f"{t['sources']}: "
            + (", ".join(domains[:6]) if domains else t["no_sources"])
            + (f" +{len(domains) - 6}" if len(domains) > 6 else ""),
            t["map_credit"],
        ]
        if per_capita:  # the population source and year, whenever a figure uses them
            footer_parts.insert(1, basis + " (CC BY 3.0 IGO)")
        if self.data_as_of:
            footer_parts.append(f"{t['data_as_of']} {format_date(self.data_as_of, lang)}")
        footer_parts.append(t["app"])
        return MapSpec(
            title=title or head,
            subtitle=subtitle,
            lang=lang,
            as_of=as_of,
            measure=measure,
            per_capita=per_capita,
            population_year=pop_year,
            population_interpolated=interpolated,
            figures=figures,
            values=values,
            breaks=self.breaks(measure, per_capita),
            donors=donors,
            flows=flow_list,
            dots=dots,
            sankey_of=lambda: self._sankey(k),
            sources_of=lambda iso3: self.sources_at(iso3, as_of),
            not_on_map=not_on_map,
            footer=" · ".join(footer_parts),
            atlas=self.atlas,
            labels=dict(t),
            filters=self.filters,
            population_basis=basis,
        )

    def sources_at(self, iso3: str, as_of: dt.date) -> tuple[str, ...]:
        """URLs cited by ``iso3``'s records up to ``as_of``, first cited first."""
        days, urls = self.sources_by_rec.get(iso3, (np.empty(0), []))
        return tuple(urls[: int(np.searchsorted(days, as_of.toordinal(), side="right"))])

    def _donors(self, tot: dict[str, np.ndarray]) -> frozenset[str]:
        """Places that gave or pledged in the selection (a company's home country too)."""
        codes = set(self.codes[np.unique(self.c_don)]) if len(self.c_don) else set()
        codes |= set(self.codes[np.nonzero(tot["given"] > 0)[0]])
        return frozenset(
            HOME_COUNTRY.get(c, c) for c in codes if HOME_COUNTRY.get(c, c) in self.atlas.shapes
        )

    def _flows(self, as_of: dt.date, tot: dict[str, np.ndarray]) -> list[Flow]:
        k = int(tot["k"][0])
        n = self.n
        delivered = (
            np.bincount(
                self.d_don[:k] * n + self.d_rec[:k], weights=self.d_doses[:k], minlength=n * n
            )
            if n
            else np.empty(0)
        )
        owed = tot["owed_per_commitment"]
        outstanding = (
            np.bincount(self.c_don * n + self.c_rec, weights=owed, minlength=n * n)
            if n and self.n_com
            else np.zeros(n * n)
        )
        shapes = self.atlas.shapes
        out = []
        for pair in np.nonzero((delivered > 0) | (outstanding > 0))[0]:
            donor, rec = self.codes[pair // n], self.codes[pair % n]
            origin = HOME_COUNTRY.get(donor, donor)
            if origin not in shapes or rec not in shapes or origin == rec:
                continue
            out.append(
                Flow(
                    donor=donor,
                    recipient=rec,
                    delivered=int(delivered[pair]),
                    outstanding=int(outstanding[pair]),
                    arc=self._arc(origin, rec),
                )
            )
        out.sort(key=lambda fl: -(fl.delivered + fl.outstanding))
        return out

    def _arc(self, origin: str, rec: str) -> np.ndarray:
        key = (origin, rec)
        if key not in self._arcs:
            shapes = self.atlas.shapes
            self._arcs[key] = arc(shapes[origin].centroid, shapes[rec].centroid)
        return self._arcs[key]

    def _sankey(self, k: int) -> list[SankeyLink]:
        """Delivered doses donor → channel → recipient (recipients that are places)."""
        if not k:
            return []
        frame = pd.DataFrame(
            {
                "donor": self.codes[self.d_don[:k]],
                "channel": self.d_channel[:k],
                "recipient": self.codes[self.d_rec[:k]],
                "doses": self.d_doses[:k],
            }
        )
        frame["channel"] = frame["channel"].fillna("other").replace("", "other")
        grouped = frame.groupby(["donor", "channel", "recipient"], sort=True)["doses"].sum()
        links = []
        for key, v in grouped.items():
            d, c, r = cast(tuple[str, str, str], key)  # the three group keys
            if r in self.atlas.shapes:
                links.append(SankeyLink(str(d), str(c), str(r), int(v)))
        return links


def build_map_spec(
    store: Store,
    filters: Filters,
    as_of: dt.date | None = None,
    **options: Unpack[MapOptions],
) -> MapSpec:
    """Read ``filters``' records and prepare the map on ``as_of``."""
    return MapData.load(store, filters).spec(as_of, **options)
