"""The chart spec on the bundled data: the March 2021 story in numbers, without Qt."""

from __future__ import annotations

import datetime as dt

import numpy as np
import pandas as pd
import pytest

from tracker.domain.filters import Filters
from tracker.present.chart_spec import build_chart_spec, committed_steps
from tracker.present.formats import date_of, day_number, format_date, format_doses, format_short

D = dt.date
US_MEX_2021 = Filters(
    donors=("USA",), recipients=("MEX",), date_from=D(2021, 1, 1), date_to=D(2021, 12, 31)
)


def steps(series) -> list[tuple[dt.date, float]]:
    return [(date_of(x), float(y)) for x, y in zip(series.x, series.y, strict=True)]


@pytest.fixture
def spec(store):
    return build_chart_spec(store, US_MEX_2021)


def test_committed_steps_count_a_revision_once(spec):
    first = steps(spec.committed)[:2]
    assert first == [(D(2021, 3, 18), 2_500_000.0), (D(2021, 3, 25), 2_700_000.0)]
    assert spec.committed.value_at(day_number(D(2021, 3, 17))) == 0
    assert spec.committed.value_at(day_number(D(2021, 3, 24))) == 2_500_000
    assert spec.committed.value_at(day_number(D(2021, 3, 31))) == 2_700_000


def test_delivered_steps_on_arrival_days(spec):
    assert steps(spec.delivered)[:2] == [
        (D(2021, 3, 28), 1_500_000.0),
        (D(2021, 4, 1), 2_708_700.0),
    ]
    m = spec.deliveries
    first_two = sorted(zip(m.x, m.doses, m.level, strict=True))[:2]
    assert [(date_of(x), int(d), float(lv)) for x, d, lv in first_two] == [
        (D(2021, 3, 28), 1_500_000, 1_500_000.0),
        (D(2021, 4, 1), 1_208_700, 2_708_700.0),
    ]
    assert set(m.vaccine[:2]) == {"astrazeneca"}


def test_step_polyline_doubles_each_change(spec):
    x, y = spec.committed.polyline(spec.x_from, spec.x_to)
    assert x[0] == spec.x_from and x[-1] == spec.x_to == day_number(D(2022, 1, 1))
    i = int(np.nonzero(x == day_number(D(2021, 3, 18)))[0][0])
    assert (y[i], y[i + 1]) == (0.0, 2_500_000.0)


def test_the_southern_border_restriction_is_a_period(spec):
    ev = spec.events
    i = ev.title.index("Mexico restricts southern border")
    assert date_of(ev.start[i]) == D(2021, 3, 19)
    assert date_of(ev.end[i] - 1) == D(2021, 4, 21)  # the end is exclusive: day after
    assert ev.category[i] == "border"
    assert ev.priority[i] == max(ev.priority)
    assert "mexicodailypost.com" in ev.tooltip(i)


def test_tooltip_names_the_figures_and_the_source(spec):
    i = int(np.nonzero(spec.deliveries.x == day_number(D(2021, 3, 28)))[0][0])
    text = spec.deliveries.tooltip(i)
    assert "1,500,000 doses" in text and "Oxford/AstraZeneca" in text
    assert "https://nationalpost.com/" in text and "T1-04" in text


def test_context_series_are_monthly_encounters(spec):
    ctx = spec.context
    assert ctx is not None and ctx.code == "cbp-sw-encounters"
    march = int(np.nonzero(ctx.x == day_number(D(2021, 3, 1)))[0][0])
    assert ctx.width[march] == 31 and ctx.value[march] == 173_277


def test_title_range_and_footer(spec):
    assert spec.title == "United States → Mexico: vaccine doses and policy events"
    assert spec.subtitle == "1 Jan 2021 – 31 Dec 2021"
    assert (spec.date_from, spec.date_to) == (D(2021, 1, 1), D(2021, 12, 31))
    assert spec.footer.startswith("Sources: bidenwhitehouse.archives.gov")
    assert "cbp.gov" in spec.footer and "Data as of 31 Dec 2021" in spec.footer
    assert spec.as_of == D(2021, 12, 31)


def test_spanish_labels(store):
    es = build_chart_spec(store, US_MEX_2021, lang="es")
    assert es.title == "Estados Unidos → México: dosis de vacunas y eventos de política"
    assert es.committed.label.startswith("Dosis comprometidas")
    assert es.delivered.label.startswith("Dosis entregadas")
    assert es.subtitle == "1 ene 2021 – 31 dic 2021"
    assert "Fuentes:" in es.footer and "Datos al 31 dic 2021" in es.footer
    assert (
        format_short(2_500_000, "es") == "2.5 M"
        and format_short(150_000, "es") == "150 mil"
        and format_short(2_000_000_000, "es") == "2000 M"
        and format_short(2_000_000_000) == "2 bn"
        and format_short(1_500_000_000) == "1.5 bn"
        and format_doses(2_700_000, "es") == "2,700,000"
        and format_date(D(2021, 4, 1), "es") == "1 abr 2021"
    )


def test_without_dates_the_range_is_the_data_extent(store):
    spec = build_chart_spec(store, Filters(donors=("USA",), recipients=("MEX",)))
    assert spec.date_from <= D(2021, 3, 18) and spec.date_to >= D(2021, 9, 21)


def test_a_range_starting_later_carries_earlier_doses(store):
    f = Filters(donors=("USA",), recipients=("MEX",), date_from=D(2021, 5, 1))
    spec = build_chart_spec(store, f)
    assert spec.committed.value_at(spec.x_from) == 2_700_000
    assert spec.delivered.value_at(spec.x_from) == 2_708_700
    assert D(2021, 3, 28) not in {date_of(x) for x in spec.deliveries.x}


def test_a_cancellation_steps_down():
    commitments = pd.DataFrame(
        {
            "record_id": [1, 2],
            "date": [D(2021, 3, 18), D(2021, 4, 1)],
            "doses": [2_500_000, 1_000_000],
            "status": ["announced", "announced"],
        }
    )
    revisions = pd.DataFrame(
        {
            "record_id": [10, 11, 12],
            "commitment_id": [1, 1, 1],
            "date": [D(2021, 3, 18), D(2021, 3, 25), D(2021, 5, 1)],
            "doses": [2_500_000, 2_700_000, 2_700_000],
            "status": ["announced", "confirmed", "cancelled"],
        }
    )
    s = committed_steps(commitments, revisions)
    assert list(s.items()) == [
        (D(2021, 3, 18), 2_500_000.0),
        (D(2021, 3, 25), 200_000.0),
        (D(2021, 4, 1), 1_000_000.0),
        (D(2021, 5, 1), -2_700_000.0),
    ]


def test_chart_spec_loads_no_qt():
    import subprocess
    import sys

    code = (
        "import sys, tracker.present.chart_spec\n"
        "print([m for m in sys.modules if m.startswith(('PySide6', 'pyqtgraph'))])"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


# -- honest defaults (issue 14) ------------------------------------------------------------
def test_pledges_to_several_recipients_are_a_series_of_their_own(store):
    """The 500 M, 1 bn and 2 bn pledges would swamp every bilateral shipment."""
    apart = build_chart_spec(store, Filters())
    folded = build_chart_spec(store, Filters(group_pledges=True))
    biggest_apart = float(apart.committed.y.max())
    assert biggest_apart < 200_000_000  # bilateral commitments only (all donors: ~107 M)
    assert float(apart.pledges.y.max()) >= 2_000_000_000  # China's 2 bn "to several recipients"
    # Commitments that are part_of a pledge to several recipients count once when folded
    # (30,382,600 doses: the per-country commitments inside the U.S. 80 M and 500 M, the UK's
    # 100 M and Team Europe's pledges).
    assert float(folded.committed.y.max()) == pytest.approx(
        biggest_apart + float(apart.pledges.y.max()) - 30_382_600
    )
    assert len(folded.pledges.x) == 0


def test_lines_stop_at_the_data_as_of_date(store):
    spec = build_chart_spec(
        store, Filters(donors=("USA",), recipients=("MEX",), date_to=D(2022, 3, 31))
    )
    assert spec.as_of == D(2021, 12, 31)  # the deliveries' as-of date, not the clock
    assert spec.data_end == day_number(D(2022, 1, 1))
    assert spec.date_to > spec.as_of  # events run on: the span after it is "no data"
    inside = build_chart_spec(store, Filters(date_to=D(2021, 6, 30)))
    assert inside.data_end is None


def test_tallies_of_the_pair_are_checkpoints_on_its_delivered_line(store):
    spec = build_chart_spec(store, US_MEX_2021)
    cp = spec.checkpoints
    refs = dict(zip(cp.ref, zip(cp.tally, cp.recorded, strict=True), strict=True))
    assert refs["T1-24"] == (7_570_000, 7_558_700)
    i = cp.ref.index("T1-24")
    tip = cp.tooltip(i)
    assert "7,570,000" in tip and "7,558,700" in tip and "11,300" in tip
    # no checkpoints when the line mixes pairs the tallies do not describe
    assert len(build_chart_spec(store, Filters()).checkpoints) == 0
    donor_only = build_chart_spec(store, Filters(donors=("USA",)))
    assert "T2-43" in donor_only.checkpoints.ref  # "to several recipients": every recipient


def test_the_mixed_vaccine_is_named_in_the_charts_language(store):
    """Brand names stay as they are; "Mixed / unspecified" is words, and a Spanish chart
    says them in Spanish: its legend, a marker's tooltip and the subtitle of a filter."""
    from tests.factories import add_delivery

    add_delivery(
        store, D(2021, 6, 1), 2_000_000, recipient="MEX", vaccine="mixed",
        sources=["https://a.example/m"],
    )  # fmt: skip
    mixed_only = Filters(donors=("USA",), recipients=("MEX",), vaccines=("mixed",))
    for lang, name in (("en", "Mixed / unspecified"), ("es", "Mixta / sin especificar")):
        spec = build_chart_spec(store, mixed_only, lang=lang)
        assert spec.vaccine_names["mixed"] == name
        assert spec.vaccine_names["astrazeneca"] == "Oxford/AstraZeneca"  # a product's name
        assert spec.subtitle.endswith(name)
        i = next(k for k in range(len(spec.deliveries)) if spec.deliveries.vaccine[k] == "mixed")
        assert name in spec.deliveries.tooltip(i)
