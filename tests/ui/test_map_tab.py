"""The map beside the timeline: filters and the scrubber drive it, keys move the date,
Play advances and stops, hover and click work, File → Export map… writes the file."""

from __future__ import annotations

import datetime as dt

from defusedxml import ElementTree
from PySide6.QtCore import Qt

from tracker.domain.filters import Filters

D = dt.date
US = Filters(donors=("USA",))


def _filter(window, f: Filters) -> None:
    window.filter_panel.set_filters(f)
    window.apply_filters(window.filter_panel.filters())


def test_map_follows_filters_and_the_cursor(qtbot, make_main_window, store):
    w = make_main_window(store)
    panel = w.map_panel
    assert panel.isVisible() and panel.spec is not None
    _filter(w, US)
    scrubber = w.timeline.scrubber
    scrubber.set_date(D(2021, 3, 29))
    assert panel.spec.as_of == D(2021, 3, 29)
    mex = panel.spec.figures["MEX"]
    assert (mex.delivered, mex.outstanding) == (1_500_000, 1_200_000)
    assert panel.map_view.countries["MEX"].brush().color().name().upper() == panel.spec.fill("MEX")
    assert "2021" in panel.date_label.text() or "21" in panel.date_label.text()
    # Remembered for the next session.
    assert w.settings.text("map/as_of_v1") == "2021-03-29"


def test_the_cursor_date_is_remembered_by_the_next_window(make_main_window, store):
    w = make_main_window(store)
    w.timeline.scrubber.set_date(D(2021, 5, 5))
    w.close()
    again = make_main_window(store)
    assert again.timeline.scrubber.date == D(2021, 5, 5)
    assert again.map_panel.spec.as_of == D(2021, 5, 5)


def test_scrubber_keys_move_the_date(qtbot, make_main_window, store):
    w = make_main_window(store)
    _filter(w, US)
    timeline, scrubber = w.timeline, w.timeline.scrubber
    timeline.setFocus()
    qtbot.waitUntil(timeline.hasFocus)
    qtbot.keyClick(timeline, Qt.Key.Key_Home)
    first = scrubber.date
    assert first == scrubber.first
    qtbot.keyClick(timeline, Qt.Key.Key_Right)
    assert scrubber.date == first + dt.timedelta(days=1)
    qtbot.keyClick(timeline, Qt.Key.Key_Left)
    assert scrubber.date == first
    qtbot.keyClick(timeline, Qt.Key.Key_PageUp)
    assert (scrubber.date.month - first.month) % 12 == 1
    qtbot.keyClick(timeline, Qt.Key.Key_PageDown)
    assert scrubber.date == first
    qtbot.keyClick(timeline, Qt.Key.Key_End)
    assert scrubber.date == scrubber.last
    assert w.map_panel.spec.as_of == scrubber.last


def test_play_advances_month_by_month_and_stops(qtbot, make_main_window, store):
    w = make_main_window(store)
    _filter(w, US)
    timeline, scrubber = w.timeline, w.timeline.scrubber
    scrubber.timer.setInterval(5)
    timeline.setFocus()
    qtbot.waitUntil(timeline.hasFocus)
    qtbot.keyClick(timeline, Qt.Key.Key_Home)
    seen = []
    scrubber.date_changed.connect(seen.append)
    with qtbot.waitSignal(scrubber.playing_changed, timeout=2000) as started:
        qtbot.keyClick(timeline, Qt.Key.Key_Space)
    assert started.args == [True]
    assert w.map_panel.play_button.text() == "Pause"
    with qtbot.waitSignal(scrubber.playing_changed, timeout=10_000) as stopped:
        pass  # plays to the end, then stops by itself
    assert stopped.args == [False]
    assert scrubber.date == scrubber.last
    assert len(seen) >= 3
    # Each step is a month end (the last one the range's end).
    assert all((d + dt.timedelta(days=1)).day == 1 for d in seen[:-1])
    assert w.map_panel.play_button.text() == "Play"
    # Space stops a play half-way too.
    qtbot.keyClick(timeline, Qt.Key.Key_Home)
    scrubber.timer.setInterval(1000)
    qtbot.keyClick(timeline, Qt.Key.Key_Space)
    assert scrubber.playing
    qtbot.keyClick(timeline, Qt.Key.Key_Space)
    assert not scrubber.playing and scrubber.date == scrubber.first


def test_hover_shows_figures_and_click_selects_deliveries(qtbot, make_main_window, store):
    w = make_main_window(store)
    _filter(w, US)
    w.timeline.scrubber.set_date(D(2021, 4, 30))
    view = w.map_panel.map_view
    w.map_panel.views.setMinimumWidth(700)  # Mexico wide enough to point at

    def hovered() -> bool:  # the layout may still settle: aim again each time
        qtbot.mouseMove(view.viewport(), view.view_pos_of("MEX"))
        return view.hover_text.startswith("Mexico")

    qtbot.waitUntil(hovered)
    pos = view.view_pos_of("MEX")
    assert "2,708,700 doses delivered" in view.hover_text
    assert "Source:" in view.hover_text
    with qtbot.waitSignal(view.country_clicked) as clicked:
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    assert clicked.args == ["MEX"]
    assert w.current_kind() == "deliveries"
    ids = w.selected_ids("deliveries")
    model = w.models["deliveries"]
    assert ids and all(model.value(model.row_of(i), "recipient") == "MEX" for i in ids)


def test_small_states_are_dots_on_screen(qtbot, make_main_window, store):
    w = make_main_window(store)
    view = w.map_panel.map_view
    assert {"MUS", "MDV", "REU", "BRB"} <= set(view.dots)
    assert len(view.countries) == 242
    # Réunion has no shape of its own at 1:50m: its dot answers hover and click.
    assert view.country_at(view.view_pos_of("REU")) == "REU"
    with qtbot.waitSignal(view.country_clicked) as clicked:
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.view_pos_of("MDV"))
    assert clicked.args == ["MDV"]


def test_options_recolour_and_the_sankey(qtbot, make_main_window, store):
    w = make_main_window(store)
    panel = w.map_panel
    _filter(w, US)
    w.timeline.scrubber.set_date(D(2021, 4, 30))
    panel.per_capita.click()
    assert panel.spec.per_capita and "per 100 people" in panel.spec.title
    assert panel.map_view.flow_items
    panel.flows.click()
    assert not panel.map_view.flow_items
    panel.measure.setCurrentIndex(panel.measure.findData("committed"))
    assert panel.spec.measure == "committed"
    panel.views.setCurrentWidget(panel.sankey)
    qtbot.waitExposed(panel.sankey)
    assert {(s.donor, s.recipient) for s in panel.spec.sankey} == {("USA", "MEX"), ("USA", "CAN")}
    assert not panel.sankey.grab().isNull()


def test_file_export_map_writes_what_is_shown(make_main_window, store, tmp_path):
    from tracker.ui.actions import export_map

    w = make_main_window(store)
    _filter(w, US)
    w.timeline.scrubber.set_date(D(2021, 4, 30))
    assert "export_map" in w.actions_
    out = export_map(w, str(tmp_path / "shown.svg"))
    assert out is not None and out.exists()
    root = ElementTree.parse(out).getroot()
    ns = "{http://www.w3.org/2000/svg}"
    mex = next(g for g in root.iter(f"{ns}g") if g.get("id") == "MEX")
    assert "2,708,700 doses delivered" in mex.find(f"{ns}title").text


def test_help_names_the_map_data_credits(make_main_window, store, shown_messages):
    w = make_main_window(store)
    w.actions_["map_credits"].trigger()
    kind, title, text = shown_messages[-1]
    assert title == "Map data credits"
    assert "Natural Earth" in text and "BSD-3-Clause" in text
    assert "World Population Prospects 2024" in text and "CC-BY-3.0-IGO" in text


def test_the_promises_follow_the_date_cursor(make_main_window, store, seeded_path, qtbot):
    """Home puts the cursor on the first day (the March 2021 loan not yet announced); a
    day after the first 1.5 M arrived, the loan reads what ``summary --to`` that day
    prints; End brings the balances of the whole data back."""
    import datetime as dt
    import json

    from PySide6.QtCore import Qt

    from tests.conftest import run_cli

    w = make_main_window(store)
    qtbot.waitUntil(lambda: w.timeline.scrubber.first is not None)
    promises = w.models["promises"]

    def loan() -> tuple | None:
        rows = [r for r in range(promises.rowCount()) if promises.value(r, "id") == "T1-04"]
        return (
            (promises.value(rows[0], "delivered"), promises.value(rows[0], "status"))
            if rows
            else None
        )

    w.timeline.setFocus()
    qtbot.keyClick(w.timeline, Qt.Key.Key_End)
    at_end = loan()
    assert at_end == (2_708_700, "over-delivered")
    qtbot.keyClick(w.timeline, Qt.Key.Key_Home)
    assert w.balances_as_of == w.timeline.scrubber.first
    assert "Promises as of" in w.as_of_label.text()
    assert loan() is None  # not yet announced on the first day of the data
    w.timeline.scrubber.set_date(dt.date(2021, 3, 29))  # after the first 1.5 M arrived
    assert loan() == (1_500_000, "open")
    out = run_cli("--db", str(seeded_path), "summary", "--json", "--to", "2021-03-29")
    summary = {c["id"]: c for c in json.loads(out.stdout)["commitments"]}
    assert (summary["T1-04"]["delivered"], summary["T1-04"]["status"]) == loan()
