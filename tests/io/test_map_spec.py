"""The map's figures on the bundled data: as-of totals, per 100 people, flows, dots."""

from __future__ import annotations

import datetime as dt

import numpy as np
import pytest

from tracker.domain.filters import Filters
from tracker.io.geo import population, unproject
from tracker.present.map_figures import nice_breaks
from tracker.present.map_spec import MapData, build_map_spec
from tracker.present.map_style import PALETTE

D = dt.date


@pytest.fixture
def usa(store):
    return MapData.load(store, Filters(donors=("USA",)))


def test_usa_story_at_the_end_of_april(usa):
    spec = usa.spec(D(2021, 4, 30))
    mex, can = spec.figures["MEX"], spec.figures["CAN"]
    # 1,500,000 + 1,208,700 (the joint bulletin of 1 April 2021; issue 16's correction)
    assert (mex.delivered, mex.committed, mex.outstanding) == (2_708_700, 2_700_000, 0)
    assert (can.delivered, can.committed, can.outstanding) == (1_500_000, 1_500_000, 0)
    assert "2,708,700 doses delivered" in spec.describe("MEX")
    assert spec.donors == {"USA"}
    assert {(f.donor, f.recipient) for f in spec.flows} == {("USA", "MEX"), ("USA", "CAN")}


def test_as_of_counts_only_what_arrived_by_then_and_the_revised_figure(usa):
    # 2.5 M lent on 18 Mar, revised to 2.7 M on 25 Mar; 1.5 M arrived on 28 Mar.
    spec = usa.spec(D(2021, 3, 29))
    mex = spec.figures["MEX"]
    assert (mex.delivered, mex.committed, mex.outstanding) == (1_500_000, 2_700_000, 1_200_000)
    flow = next(f for f in spec.flows if f.recipient == "MEX")
    assert (flow.delivered, flow.outstanding) == (1_500_000, 1_200_000)
    before = usa.spec(D(2021, 3, 17))
    assert "MEX" not in before.figures and not before.flows


def test_per_capita_arithmetic_and_its_stated_year(usa):
    spec = usa.spec(D(2021, 4, 30), per_capita=True)
    pop = population().by_year[2021]["MEX"]
    assert spec.population_year == 2021 and spec.figures["MEX"].population == pop
    assert spec.values["MEX"] == pytest.approx(2_708_700 / pop * 100)
    assert spec.figures["MEX"].coverable == pytest.approx(2_708_700 / 2 / pop)
    assert f"{2_708_700 / pop * 100:.1f} per 100 people" in spec.describe("MEX")
    assert "UN WPP 2024, 2021 (interpolated)" in spec.footer
    # Years outside the table clamp to it, and say so.
    assert usa.spec(D(2024, 6, 1)).population_year == 2023
    assert usa.spec(D(2020, 7, 1)).population_year == 2020
    assert "UN WPP 2024, 2020 (CC BY" in usa.spec(D(2020, 7, 1), per_capita=True).footer
    # Absolute doses use no population: no per-100 figure, no population credit.
    plain = usa.spec(D(2021, 4, 30))
    assert "per 100" not in plain.describe("MEX") and "WPP" not in plain.footer


def test_multi_recipient_pledges_are_never_flows_nor_countries(store):
    spec = build_map_spec(store, Filters(), measure="committed")
    assert "MULTI" not in spec.figures and "MULTI" not in spec.values
    assert all(f.recipient != "MULTI" for f in spec.flows)
    assert spec.not_on_map >= 500_000_000  # the US 500 M pledge, counted aside


def test_company_flows_start_at_home_and_multilaterals_draw_none(store):
    spec = build_map_spec(store, Filters())
    donors = {f.donor for f in spec.flows}
    assert "COVAX" not in donors
    sinovac = [f for f in spec.flows if f.donor == "SINOVAC"]
    assert sinovac
    lon, lat = unproject(*sinovac[0].arc[0])
    assert 75 < lon < 125 and 20 < lat < 50  # China
    # COVAX deliveries still colour their recipients.
    assert spec.figures["TUN"].delivered > 0


def test_small_states_and_territories_get_dots():
    spec_dots = set(build_dots())
    assert {"MUS", "MDV", "BRB", "REU", "TKL", "MLT"} <= spec_dots
    assert "MEX" not in spec_dots and "FRA" not in spec_dots


def build_dots():
    from tracker.io.geo import atlas
    from tracker.present.map_style import SMALL_AREA

    return [c for c, s in atlas().shapes.items() if not s.has_shape or s.area < SMALL_AREA]


def test_spec_lists_the_same_dots(usa):
    assert set(usa.spec(D(2021, 4, 30)).dots) == set(build_dots())


def test_colours_and_legend(usa):
    spec = usa.spec(D(2021, 9, 30))
    assert spec.fill("MEX") in PALETTE and spec.fill("BRA") in PALETTE
    assert spec.fill("FRA") == "#E3E3E3"
    legend = spec.legend()
    assert legend[-1][1] == "No doses recorded" and len(legend) == len(spec.breaks) + 1
    # Classes stay put while playing: the same edges at every date.
    assert usa.spec(D(2021, 4, 1)).breaks == spec.breaks


def test_nice_breaks():
    assert nice_breaks(np.array([150_000, 2_700_000, 9_000_000]), 6)[0] == 100_000
    b = nice_breaks(np.array([1.0, 10.0, 1e9]), 6)
    assert len(b) == 6 and list(b) == sorted(b)
    assert nice_breaks(np.array([])) == (1.0,)


def test_spanish_words_and_names(usa):
    spec = usa.spec(D(2021, 4, 30), lang="es", per_capita=True)
    assert spec.title.startswith("Dosis de vacunas entregadas por cada 100 habitantes")
    assert spec.describe("MEX").splitlines()[0] == "México"
    assert "Población: ONU WPP 2024, 2021 (interpolada)" in spec.footer
    assert "Estados Unidos" in spec.subtitle


def test_sankey_is_donor_channel_recipient(store):
    spec = build_map_spec(store, Filters(), D(2021, 9, 30))
    links = {(s.donor, s.channel, s.recipient): s.doses for s in spec.sankey}
    # 1.5 M + 1,208,700 AstraZeneca, 1.35 M Janssen, two 1.75 M Moderna shipments
    assert links[("USA", "bilateral", "MEX")] == 2_708_700 + 1_350_000 + 2 * 1_750_000
    assert any(c == "covax" for _, c, _ in links)
