"""The interactive timeline, driven with the mouse: hover, click, highlight, zoom, filters."""

from __future__ import annotations

import datetime as dt

import numpy as np
import pytest
from PySide6.QtCore import QPointF, Qt

from tests.factories import shown_timeline
from tracker.domain.filters import Filters
from tracker.present.chart_spec import build_chart_spec
from tracker.present.formats import date_of, day_number

D = dt.date
US_MEX_2021 = Filters(
    donors=("USA",), recipients=("MEX",), date_from=D(2021, 1, 1), date_to=D(2021, 12, 31)
)


@pytest.fixture
def timeline(qtbot, store):
    w = shown_timeline(qtbot, store, US_MEX_2021)
    qtbot.wait(20)
    return w


def delivery_index(w, day: dt.date) -> int:
    return int(np.nonzero(w.spec.deliveries.x == day_number(day))[0][0])


def event_index(w, title: str) -> int:
    return w.spec.events.title.index(title)


def viewport_pos(w, kind: str, i: int):
    return w.chart.mapFromScene(w.chart.marker_scene_pos(kind, i))


def test_hover_over_a_delivery_shows_its_figures_and_source(qtbot, timeline):
    i = delivery_index(timeline, D(2021, 3, 28))
    qtbot.mouseMove(timeline.chart.viewport(), viewport_pos(timeline, "deliveries", i))
    qtbot.waitUntil(lambda: "1,500,000 doses" in timeline.tooltip_text)
    assert "nationalpost.com" in timeline.tooltip_text and "28 Mar 2021" in timeline.tooltip_text
    empty = timeline.chart.doses.vb.sceneBoundingRect().topLeft() + QPointF(20, 20)
    for step in (0, 3):  # a real pointer moves in steps, with time between them
        pos = timeline.chart.mapFromScene(empty + QPointF(step, step))
        qtbot.mouseMove(timeline.chart.viewport(), pos)
        qtbot.wait(30)
    qtbot.waitUntil(lambda: timeline.tooltip_text == "")


def test_hover_over_an_event_shows_its_period(qtbot, timeline):
    i = event_index(timeline, "Harris–López Obrador call (migration)")
    qtbot.mouseMove(timeline.chart.viewport(), viewport_pos(timeline, "events", i))
    qtbot.waitUntil(lambda: "Harris–López Obrador call (migration)" in timeline.tooltip_text)
    assert "7 Apr 2021" in timeline.tooltip_text and "Source: https://" in timeline.tooltip_text


def test_clicking_a_marker_emits_the_record_and_rings_it(qtbot, timeline):
    i = delivery_index(timeline, D(2021, 4, 1))
    record_id = int(timeline.spec.deliveries.record_id[i])
    with qtbot.waitSignal(timeline.record_clicked) as blocker:
        qtbot.mouseClick(
            timeline.chart.viewport(), Qt.MouseButton.LeftButton,
            pos=viewport_pos(timeline, "deliveries", i),
        )  # fmt: skip
    assert blocker.args == ["deliveries", record_id]
    ring_x, ring_y = timeline.chart.delivery_ring.getData()
    assert list(ring_x) == [timeline.spec.deliveries.x[i]]

    j = event_index(timeline, "Harris–López Obrador call (migration)")
    with qtbot.waitSignal(timeline.record_clicked) as blocker:
        qtbot.mouseClick(
            timeline.chart.viewport(), Qt.MouseButton.LeftButton,
            pos=viewport_pos(timeline, "events", j),
        )  # fmt: skip
    assert blocker.args == ["events", int(timeline.spec.events.record_id[j])]


def test_clicking_an_event_label_selects_the_event(qtbot, timeline):
    timeline.chart.grab()  # paint, so the labels are laid out
    placement = next(
        p for p in timeline.chart.event_labels.layout.placements
        if timeline.spec.events.title[p.index] == "Mexico restricts southern border"
    )  # fmt: skip
    pos = timeline.chart.mapFromScene(placement.rect.center())
    with qtbot.waitSignal(timeline.record_clicked) as blocker:
        qtbot.mouseClick(timeline.chart.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    assert blocker.args == ["events", int(timeline.spec.events.record_id[placement.index])]


def test_highlight_a_selected_row(timeline):
    spec = timeline.spec
    i = delivery_index(timeline, D(2021, 3, 28))
    assert timeline.highlight("deliveries", int(spec.deliveries.record_id[i]))
    assert list(timeline.chart.delivery_ring.getData()[0]) == [spec.deliveries.x[i]]
    assert not timeline.highlight("deliveries", 999_999)
    assert len(timeline.chart.delivery_ring.getData()[0]) == 0
    # A record out of view is brought into view.
    timeline.set_visible_range(D(2021, 10, 1), D(2021, 10, 31))
    assert timeline.highlight("deliveries", int(spec.deliveries.record_id[i]))
    first, last = timeline.visible_range()
    assert first <= D(2021, 3, 28) <= last


def test_filter_change_redraws_with_fewer_points(timeline, store):
    assert len(timeline.chart.delivery_scatter.data) == 7  # with the Oct and Dec AstraZeneca
    one_vaccine = Filters(
        donors=("USA",), recipients=("MEX",), vaccines=("astrazeneca",),
        date_from=D(2021, 1, 1), date_to=D(2021, 12, 31),
    )  # fmt: skip
    timeline.set_spec(build_chart_spec(store, one_vaccine))
    assert len(timeline.chart.delivery_scatter.data) == 4  # Mar 28, Apr 1, Oct 19, Dec 2
    committed_y = timeline.chart.committed_curve.getData()[1]
    # AstraZeneca only: the 2.7 M loan, then the "up to 5 M" of 9 August.
    assert sorted(set(committed_y)) == [0, 2_500_000, 2_700_000, 7_700_000]
    timeline.refresh(store, Filters(date_from=D(2021, 1, 1), date_to=D(2021, 12, 31)))
    assert len(timeline.chart.delivery_scatter.data) > 5


def test_zoom_gives_clustered_events_their_labels(qtbot, timeline):
    # Narrow: the year's events cannot all be labelled (the legend wraps onto more rows,
    # so the window is a little taller to leave the event lane its four label rows).
    timeline.resize(700, 720)
    qtbot.wait(30)
    timeline.chart.grab()
    whole = timeline.chart.event_labels.layout
    assert whole.badges, "a narrow full-year view collapses some events into +N"
    hidden = {i for b in whole.badges for i in b.indices}
    assert all(
        not a.intersects(b) for k, a in enumerate(whole.boxes()) for b in whole.boxes()[k + 1 :]
    )

    timeline.set_visible_range(D(2021, 3, 15), D(2021, 3, 25))
    timeline.chart.grab()
    zoomed = timeline.chart.event_labels.layout
    shown = {p.index for p in zoomed.placements}
    in_view = {
        i for i, x in enumerate(timeline.spec.events.start)
        if D(2021, 3, 15) <= date_of(x) <= D(2021, 3, 25)
    }  # fmt: skip
    assert in_view & hidden, "some of these events were in a +N before the zoom"
    assert in_view <= shown
    boxes = zoomed.boxes()
    assert all(not a.intersects(b) for k, a in enumerate(boxes) for b in boxes[k + 1 :])


def test_wheel_zoom_and_fit_all(qtbot, timeline):
    before = timeline.chart.x_range()
    vb = timeline.chart.doses.vb
    centre = timeline.chart.mapFromScene(vb.sceneBoundingRect().center())
    from PySide6.QtCore import QPoint
    from PySide6.QtGui import QWheelEvent
    from PySide6.QtWidgets import QApplication

    event = QWheelEvent(
        QPointF(centre), QPointF(timeline.chart.viewport().mapToGlobal(centre)), QPoint(0, 0),
        QPoint(0, 360), Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase, False,
    )  # fmt: skip
    QApplication.sendEvent(timeline.chart.viewport(), event)
    after = timeline.chart.x_range()
    assert after[1] - after[0] < (before[1] - before[0]) * 0.9
    assert timeline.chart.events.vb.viewRange()[0] == list(after)  # lanes are linked
    region = timeline.region.getRegion()
    assert abs(region[0] - after[0]) < 1e-6 and abs(region[1] - after[1]) < 1e-6
    timeline.fit_all()
    assert timeline.visible_range() == (D(2021, 1, 1), D(2021, 12, 31))


def test_overview_region_sets_the_range(timeline):
    timeline.region.setRegion((day_number(D(2021, 3, 1)), day_number(D(2021, 5, 1))))
    assert timeline.visible_range() == (D(2021, 3, 1), D(2021, 4, 30))


def test_dark_screen_style(timeline):
    timeline.set_dark(True)
    image = timeline.chart.grab().toImage()
    assert image.pixelColor(3, 3).lightness() < 80
    timeline.set_dark(False)
    assert timeline.chart.grab().toImage().pixelColor(3, 3).lightness() > 240


def test_a_small_pan_keeps_the_doses_scale_and_a_pan_to_the_start_lowers_it(qtbot, timeline):
    """The y axis fits what is in view to a round figure: it does not wobble as a
    pan moves the visible peak a little, and it never cuts the lines off."""
    from tracker.timeline.chart_parts import nice_ceiling

    chart, spec = timeline.chart, timeline.spec
    vb = chart.doses.vb
    whole = vb.viewRange()[1]
    peak = max(spec.committed.y.max(), spec.delivered.y.max())
    assert whole[0] == 0 and peak <= whole[1] <= peak * 1.22 * 1.25
    x0, x1 = chart.x_range()
    chart.set_x_range(x0 - (x1 - x0) * 0.01, x1 - (x1 - x0) * 0.01)
    qtbot.wait(10)
    assert vb.viewRange()[1] == whole
    chart.set_x_range(day_number(D(2021, 1, 1)), day_number(D(2021, 3, 27)))
    qtbot.wait(10)
    early = vb.viewRange()[1]
    assert early[1] < whole[1]  # before the first delivery only the commitments count
    assert [nice_ceiling(v) for v in (1.0, 1.1, 2.6, 7_000, 8_000_001)] == [1, 1.2, 3, 8_000, 1e7]


def test_new_data_is_laid_out_before_its_first_paint(qtbot, store):
    """The chart takes its final layout when its data is set (legend rows, lane titles,
    the fitted range), not at the next turn of the event loop: painted in between, every
    lane was painted twice, once where the new legend then pushed it."""
    from PySide6.QtWidgets import QApplication

    from tracker.timeline.widget import TimelineWidget

    w = TimelineWidget()
    qtbot.addWidget(w)
    w.resize(1400, 820)
    w.show()
    qtbot.waitExposed(w)
    chart = w.chart
    lanes = (chart.legend, chart.doses, chart.events, chart.context)
    for f in (Filters(), US_MEX_2021):
        w.refresh(store, f)
        at_once = [lane.geometry() for lane in lanes], chart.x_range()
        for _ in range(10):  # everything the refresh queued (layout requests, refits)
            QApplication.processEvents()
        assert ([lane.geometry() for lane in lanes], chart.x_range()) == at_once


def test_markers_bounds_follow_new_data_after_pans(qtbot, store, timeline):
    """The delivery markers' bounds are kept across pans (a pan does not move the data)
    but not across new data: after a pan and a wider selection every marker is inside
    the item's rectangle, which is what Qt culls and caches by."""
    from PySide6.QtWidgets import QApplication

    chart = timeline.chart
    x0, x1 = chart.x_range()
    chart.set_x_range(x0 + (x1 - x0) * 0.1, x1 + (x1 - x0) * 0.1)  # a pan
    QApplication.processEvents()
    timeline.refresh(store, Filters())  # more deliveries, a longer range, higher levels
    x0, x1 = chart.x_range()
    chart.set_x_range(x0 - (x1 - x0) * 0.05, x1 - (x1 - x0) * 0.05)
    QApplication.processEvents()
    m = timeline.spec.deliveries
    assert len(m) > 0
    rect = chart.delivery_scatter.boundingRect()
    assert rect.left() <= m.x.min() and m.x.max() <= rect.right()
    assert rect.top() <= m.level.min() and m.level.max() <= rect.bottom()
