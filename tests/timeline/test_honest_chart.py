"""What the timeline draws must not imply data that is not there (issue 14)."""

from __future__ import annotations

import datetime as dt

import numpy as np
import pytest
from PySide6.QtCore import Qt

from tests.factories import shown_timeline
from tracker.domain.filters import Filters
from tracker.present.formats import day_number

D = dt.date


def _area(item) -> float:
    """Area of a gap-fill polygon, in day x doses (shoelace)."""
    xy = item._xy
    if not len(xy):
        return 0.0
    x, y = xy[:, 0], xy[:, 1]
    return abs(float(np.dot(x, np.roll(y, 1)) - np.dot(y, np.roll(x, 1)))) / 2


@pytest.fixture
def chart_of(qtbot, store):
    def make(f: Filters):
        return shown_timeline(qtbot, store, f)

    return make


def test_no_owed_shading_where_more_was_delivered_than_committed(chart_of):
    # USA→HND: 3.08 M delivered via COVAX, no commitment recorded for the pair.
    w = chart_of(Filters(donors=("USA",), recipients=("HND",)))
    assert _area(w.chart.outstanding) == 0
    assert _area(w.chart.beyond) > 0  # shown as such, in its own colour and legend entry
    legend = [label.text for _sample, label in w.chart.legend.items]
    assert "Beyond commitments" in legend


def test_owed_shading_only_while_committed_is_above_delivered(chart_of):
    # Up to 30 March: from 1 April the bulletin's 1,208,700 makes 8,700 more than the 2.7 M.
    w = chart_of(Filters(donors=("USA",), recipients=("MEX",), date_to=D(2021, 3, 30)))
    spec = w.spec
    assert _area(w.chart.outstanding) > 0  # 18–28 March: 2.5 M lent, nothing arrived yet
    xs = w.chart.outstanding._xy[:, 0]
    # Every owed vertex lies where the committed line is at or above the delivered one.
    assert np.all(spec.committed.values_at(xs) >= spec.delivered.values_at(xs) - 1e-6)
    assert _area(w.chart.beyond) == 0


def test_after_the_as_of_date_the_lines_stop_and_a_band_says_no_data(chart_of):
    w = chart_of(Filters(donors=("USA",), recipients=("MEX",), date_to=D(2022, 3, 31)))
    end = day_number(D(2022, 1, 1))
    x, _y = w.chart.committed_curve.getData()
    assert float(np.max(x)) == end
    x, _y = w.chart.delivered_curve.getData()
    assert float(np.max(x)) == end
    assert w.chart.no_data._spans and w.chart.no_data._spans[0][0] == end
    assert w.chart.no_data_label.isVisible()
    assert w.chart.no_data_label.textItem.toPlainText() == "No data after 31 Dec 2021"
    inside = chart_of(Filters(donors=("USA",), recipients=("MEX",), date_to=D(2021, 6, 30)))
    assert not inside.chart.no_data._spans and not inside.chart.no_data_label.isVisible()


def test_pledges_lane_only_when_there_are_pledges_to_several_recipients(chart_of):
    everyone = chart_of(Filters())
    assert everyone.chart.pledges.isVisible() and everyone.chart.pledges.height() >= 40
    # the doses lane keeps at least 40 % of the chart's height
    assert everyone.chart.doses.height() >= 0.4 * everyone.chart.height() * 0.75
    pair = chart_of(Filters(donors=("USA",), recipients=("MEX",)))
    assert not pair.chart.pledges.isVisible()


def test_clicking_a_checkpoint_emits_the_tally(qtbot, chart_of):
    w = chart_of(Filters(donors=("USA",), recipients=("MEX",)))
    cp = w.spec.checkpoints
    i = cp.ref.index("T1-24")
    from PySide6.QtCore import QPointF

    scene = w.chart.doses.vb.mapViewToScene(QPointF(cp.x[i] + 0.5, cp.tally[i]))
    assert w.record_at(scene) == ("checkpoints", i)
    pos = w.chart.mapFromScene(scene)
    with qtbot.waitSignal(w.record_clicked) as got:
        qtbot.mouseClick(w.chart.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    assert got.args == ["checkpoints", int(cp.record_id[i])]
