"""The timeline inside the main window: filters drive it, clicks and rows select each other,
and File → Export chart… writes the chart."""

from __future__ import annotations

import datetime as dt

import numpy as np
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage

from tracker.domain.filters import Filters
from tracker.present.formats import day_number

US_MEX = Filters(donors=("USA",), recipients=("MEX",))


def _filter(window, f: Filters) -> None:
    window.filter_panel.set_filters(f)
    window.apply_filters(window.filter_panel.filters())


def test_filters_drive_what_the_timeline_draws(make_main_window, store):
    w = make_main_window(store)
    everything = len(w.timeline.spec.deliveries.x)
    _filter(w, US_MEX)
    shown = w.timeline.spec.deliveries
    assert 0 < len(shown.x) < everything
    assert len(shown.x) == w.models["deliveries"].rowCount()
    assert set(shown.record_id.tolist()) == set(w.models["deliveries"].visible_ids())
    assert w.timeline.spec.title.startswith("United States → Mexico")


def test_clicking_a_marker_selects_the_row_and_a_row_rings_its_marker(
    qtbot, make_main_window, store
):
    w = make_main_window(store)
    _filter(w, US_MEX)
    chart = w.timeline.chart
    chart.grab()
    spec = w.timeline.spec
    i = int(np.nonzero(spec.deliveries.x == day_number(dt.date(2021, 4, 1)))[0][0])
    record_id = int(spec.deliveries.record_id[i])
    pos = chart.mapFromScene(chart.marker_scene_pos("deliveries", i))
    qtbot.mouseClick(chart.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    qtbot.waitUntil(lambda: w.current_kind() == "deliveries")
    assert w.selected_ids("deliveries") == [record_id]
    row = w.models["deliveries"].row_of(record_id)
    assert w.models["deliveries"].value(row, "doses") == 1_208_700

    # The other way: choosing another row in the table rings that delivery.
    other = next(r for r in range(w.models["deliveries"].rowCount()) if r != row)
    w.views["deliveries"].selectRow(other)
    other_id = w.models["deliveries"].record_id(other)
    assert w.timeline.highlighted == ("deliveries", other_id)
    ring_x, _ = chart.delivery_ring.getData()
    j = int(np.nonzero(spec.deliveries.record_id == other_id)[0][0])
    assert list(ring_x) == [spec.deliveries.x[j]]


def test_export_chart_from_the_file_menu(qtbot, make_main_window, store, tmp_path):
    from tracker.ui.actions import export_chart

    w = make_main_window(store)
    _filter(w, US_MEX)
    assert w.actions_["export_chart"].shortcut().toString() == "Ctrl+Shift+P"
    dialog = export_chart(w)
    dialog.format_box.setCurrentIndex(dialog.format_box.findData("png"))
    dialog.path_edit.setText(str(tmp_path / "story.png"))
    with qtbot.waitSignal(dialog.exported):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    image = QImage(str(tmp_path / "story.png"))
    assert not image.isNull() and image.width() >= 800
    assert "story.png" in w.statusBar().currentMessage()


def test_spanish_window_draws_a_spanish_chart(make_main_window, store):
    from tracker.ui import i18n

    i18n.install("es")
    try:
        w = make_main_window(store)
        _filter(w, US_MEX)
        assert w.timeline.lang == "es"
        assert w.timeline.spec.title.startswith("Estados Unidos → México")
    finally:
        i18n.install("en")


def test_import_is_disabled_on_a_read_only_database(make_main_window, seeded_path):
    from tracker.store import open_store

    ro = open_store(str(seeded_path), read_only=True)
    try:
        w = make_main_window(ro)
        assert not w.actions_["import"].isEnabled()
        assert w.actions_["export_data"].isEnabled()
    finally:
        ro.close()


def test_every_lane_is_inside_the_visible_chart(qtbot, make_main_window, store):
    """The whole dataset's long legend wraps; the lanes below it must still fit the
    view, at the first-run size and after the window is made smaller and larger."""
    w = make_main_window(store)
    chart = w.timeline.chart
    for size in ((1400, 900), (1100, 760), (1600, 1000)):
        w.resize(*size)
        qtbot.wait(50)
        view = chart.viewport().rect()
        qtbot.waitUntil(lambda v=view: chart.ci.geometry().height() <= v.height() + 1)
        for plot in (chart.doses, chart.events, chart.context):
            rect = chart.mapFromScene(plot.sceneBoundingRect()).boundingRect()
            assert view.contains(rect.adjusted(1, 1, -1, -1)), (size, rect, view)
        assert chart.doses.vb.height() >= 80
