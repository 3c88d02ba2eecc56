"""Issue 15: a keyboard-first workflow with no dead ends, driven with the keyboard."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QApplication

from tracker.store import frames
from tracker.ui.main_window import TABS, MainWindow

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
ALT = Qt.KeyboardModifier.AltModifier


def focus() -> object:
    return QApplication.focusWidget()


def press(qtbot, key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    """A key pressed wherever the keyboard focus is (as a user does)."""
    qtbot.keyClick(focus(), key, modifier)


# -- 1. tab switching and pane focus ------------------------------------------------------
def test_ctrl_tab_ctrl_pgdn_and_alt_digits_reach_every_tab(make_main_window, store, qtbot):
    w = make_main_window(store)
    w.views["promises"].setFocus()
    qtbot.waitUntil(lambda: focus() is w.views["promises"])
    seen = [w.current_kind()]
    for _ in range(len(TABS) - 1):
        press(qtbot, Qt.Key.Key_Tab, CTRL)
        seen.append(w.current_kind())
    assert seen == [k for k, _ in TABS]
    press(qtbot, Qt.Key.Key_Tab, CTRL)  # wraps around
    assert w.current_kind() == "promises"
    press(qtbot, Qt.Key.Key_Backtab, CTRL | SHIFT)
    assert w.current_kind() == TABS[-1][0]
    press(qtbot, Qt.Key.Key_PageDown, CTRL)
    assert w.current_kind() == "promises"
    press(qtbot, Qt.Key.Key_PageUp, CTRL)
    assert w.current_kind() == TABS[-1][0]
    # Even from a filter field, Alt+4 shows the fourth tab (and puts the focus in its table).
    w.filter_panel.search.setFocus()
    qtbot.waitUntil(lambda: focus() is w.filter_panel.search)
    press(qtbot, Qt.Key.Key_4, ALT)
    assert w.current_kind() == "deliveries"
    assert focus() is w.views["deliveries"]
    # Listed in the View menu, named after the tabs.
    view_menu = next(a.menu() for a in w.menuBar().actions() if a.text() == "&View")
    go_to = next(a.menu() for a in view_menu.actions() if a.text() == "&Go to")
    listed = {a.text(): a.shortcut().toString() for a in go_to.actions() if a.text()}
    assert listed["Promises"] == "Alt+1" and listed["Checkpoints"] == "Alt+2"
    assert listed["Deliveries"] == "Alt+4"
    assert listed["&Next tab"] == "Ctrl+Tab" and listed["Next &pane"] == "F6"


def test_f6_cycles_focus_filters_timeline_table_and_back(make_main_window, store, qtbot):
    w = make_main_window(store)
    w.views["promises"].setFocus()
    qtbot.waitUntil(lambda: focus() is w.views["promises"])
    press(qtbot, Qt.Key.Key_F6)
    assert w.filter_panel.isAncestorOf(focus())
    press(qtbot, Qt.Key.Key_F6)
    assert focus() is w.timeline
    # The timeline, once focused, answers keys too: Shift+Right pans (plain arrows move
    # the map's as-of cursor), Ctrl+0 fits again.
    before = w.timeline.chart.x_range()
    press(qtbot, Qt.Key.Key_Right, SHIFT)
    assert w.timeline.chart.x_range()[0] > before[0]
    press(qtbot, Qt.Key.Key_0, CTRL)
    assert w.timeline.visible_range() == (w.timeline.spec.date_from, w.timeline.spec.date_to)
    press(qtbot, Qt.Key.Key_F6)
    assert focus() is w.views["promises"]
    press(qtbot, Qt.Key.Key_F6, SHIFT)
    assert focus() is w.timeline
    press(qtbot, Qt.Key.Key_F6, SHIFT)
    assert w.filter_panel.isAncestorOf(focus())


# -- 2. Fit all from the start --------------------------------------------------------------
def test_fit_all_is_in_the_view_menu_of_a_freshly_launched_window(qtbot, store):
    w = MainWindow(None)  # as ui/app.py launches it: painted before the database opens
    qtbot.addWidget(w)
    w.show()
    # The tables show the data first; the timeline is drawn in the next turn of the loop.
    with qtbot.waitSignals([w.data_shown, w.timeline_shown], order="strict"):
        w.show_store(store)
    view_menu = next(a.menu() for a in w.menuBar().actions() if a.text() == "&View")
    fit = next(a for a in view_menu.actions() if a.text() == "&Fit all")
    assert fit.shortcut().toString() == "Ctrl+0"
    spec = w.timeline.spec
    w.timeline.chart.set_x_range(spec.x_from + 100, spec.x_from + 130)
    w.views["deliveries"].setFocus()
    qtbot.waitUntil(lambda: focus() is not None)
    press(qtbot, Qt.Key.Key_0, CTRL)
    assert w.timeline.visible_range() == (spec.date_from, spec.date_to)
    x0, x1 = w.timeline.chart.x_range()
    assert x0 < spec.x_from and spec.x_to < x1  # room for the end markers
    w.close()


# -- 3. never stuck on an empty range ------------------------------------------------------
def test_an_empty_result_says_so_and_clearing_restores_the_full_range(
    make_main_window, store, qtbot
):
    w = make_main_window(store)
    full = w.timeline.spec.date_from, w.timeline.spec.date_to
    assert not w.timeline.empty_message_visible()
    w.filter_panel.donor.setFocus()
    with qtbot.waitSignal(w.filter_panel.filters_changed):
        qtbot.keyClicks(w.filter_panel.donor, "Namibia")
    assert w.models["deliveries"].rowCount() == 0
    assert w.timeline.empty_message_visible()
    assert w.timeline.empty_message() == "No records match these filters"
    # Clear filters by its mnemonic, then Ctrl+0: the whole data range is back.
    with qtbot.waitSignal(w.filter_panel.filters_changed):
        press(qtbot, Qt.Key.Key_L, ALT)
    assert not w.timeline.empty_message_visible()
    assert (w.timeline.spec.date_from, w.timeline.spec.date_to) == full
    assert w.timeline.visible_range() == full


# -- 4. free-text search drives the timeline too -----------------------------------------------
def test_free_text_search_narrows_the_timeline_like_the_tables(make_main_window, store, qtbot):
    w = make_main_window(store)
    all_marks, all_events = len(w.timeline.spec.deliveries), len(w.timeline.spec.events)
    press(qtbot, Qt.Key.Key_F, CTRL)  # Edit → Find puts the cursor in the search field
    assert focus() is w.filter_panel.search
    with qtbot.waitSignal(w.filter_panel.filters_changed):
        qtbot.keyClicks(w.filter_panel.search, "maitri")
    shown = w.models["deliveries"]
    table_ids = {shown.record_id(r) for r in range(shown.rowCount())}
    spec = w.timeline.spec
    assert 0 < len(spec.deliveries) < all_marks
    assert set(spec.deliveries.record_id.tolist()) <= table_ids
    assert {w.models["deliveries"].value(r, "donor") for r in range(shown.rowCount())} == {"IND"}
    titles = list(spec.events.title)
    assert "India announces Vaccine Maitri gifts" in titles and len(titles) < all_events
    events = w.models["events"]  # the same events as the Policy events table shows
    assert sorted(titles) == sorted(events.value(r, "title") for r in range(events.rowCount()))
    # Escape-free way back: select the search text and delete it.
    press(qtbot, Qt.Key.Key_A, CTRL)
    with qtbot.waitSignal(w.filter_panel.filters_changed):
        press(qtbot, Qt.Key.Key_Delete)
    assert len(w.timeline.spec.deliveries) == all_marks


# -- 5. filter dates validated, invalid ranges never applied -------------------------------
def test_filter_dates_are_checked_and_an_invalid_range_is_never_applied(
    make_main_window, store, qtbot
):
    w = make_main_window(store)
    panel = w.filter_panel
    full = w.timeline.visible_range()
    panel.date_from.setFocus()
    with qtbot.waitSignal(panel.filters_changed):
        qtbot.keyClicks(panel.date_from, "1/3/2021")
        press(qtbot, Qt.Key.Key_Tab)
    assert w.filters.date_from == dt.date(2021, 3, 1)
    shown = w.models["deliveries"].rowCount()
    # An impossible date: the reason appears under From, the 1 March range stays.
    panel.date_from.setFocus()
    press(qtbot, Qt.Key.Key_A, CTRL)
    with qtbot.assertNotEmitted(panel.filters_changed, wait=400):
        qtbot.keyClicks(panel.date_from, "31/02/2021")
        press(qtbot, Qt.Key.Key_Tab)
    assert panel.date_errors["from"].isVisible()
    assert "not a real date" in panel.date_errors["from"].text()
    assert w.filters.date_from == dt.date(2021, 3, 1)
    assert w.models["deliveries"].rowCount() == shown
    # From after To: the reason is under To, nothing changes.
    panel.date_from.setFocus()
    press(qtbot, Qt.Key.Key_A, CTRL)
    qtbot.keyClicks(panel.date_from, "2021-06-01")
    with qtbot.assertNotEmitted(panel.filters_changed, wait=400):
        panel.date_to.setFocus()
        qtbot.keyClicks(panel.date_to, "2021-05-01")
    assert not panel.date_errors["from"].isVisible()
    assert "earlier than From" in panel.date_errors["to"].text()
    assert w.filters.date_from == dt.date(2021, 3, 1) and w.filters.date_to is None
    assert panel.filters().date_from == dt.date(2021, 3, 1)  # what a restart would restore
    # Fixing To applies the whole valid range; clearing brings everything back.
    press(qtbot, Qt.Key.Key_A, CTRL)
    with qtbot.waitSignal(panel.filters_changed):
        qtbot.keyClicks(panel.date_to, "2021-07-01")
    assert (w.filters.date_from, w.filters.date_to) == (dt.date(2021, 6, 1), dt.date(2021, 7, 1))
    assert not panel.date_errors["to"].isVisible()
    assert w.timeline.visible_range() == (dt.date(2021, 6, 1), dt.date(2021, 7, 1))
    with qtbot.waitSignal(panel.filters_changed):
        press(qtbot, Qt.Key.Key_L, ALT)
    assert w.timeline.visible_range() == full


# -- 6. a link made by hand is visible -------------------------------------------------------
def type_in(qtbot, form, key: str, text: str) -> None:
    widget = form.inputs[key]
    target = widget.lineEdit() if hasattr(widget, "lineEdit") and widget.lineEdit() else widget
    target.setFocus()
    qtbot.keyClicks(target, text)


def type_usa_mex(qtbot, form, date: str, doses: str) -> None:
    """Type a USA → Mexico AstraZeneca record's date, actors, vaccine and doses."""
    fields = (("date", date), ("donor", "USA"), ("recipient", "MEX"), ("vaccine", "AstraZeneca"))
    for key, text in (*fields, ("doses", doses)):
        type_in(qtbot, form, key, text)


def new_form(qtbot, w, tab_key):
    w.activateWindow()  # back from the previous form (the offscreen platform does not)
    qtbot.waitUntil(lambda: w.isActiveWindow() and focus() is not None)
    press(qtbot, tab_key, ALT)
    press(qtbot, Qt.Key.Key_N, CTRL)
    form = w.editor.open_forms[-1]
    qtbot.waitUntil(form.isActiveWindow)
    return form


def add_commitment_and_linked_delivery(qtbot, w):
    w.views["promises"].setFocus()
    form = new_form(qtbot, w, Qt.Key.Key_3)
    type_usa_mex(qtbot, form, "2021-03-18", "2500000")
    assert form.save_button.isEnabled(), form.reason.text()
    press(qtbot, Qt.Key.Key_Return)
    assert not form.isVisible()
    form = new_form(qtbot, w, Qt.Key.Key_4)
    type_usa_mex(qtbot, form, "2021-03-28", "1500000")
    link = form.inputs["commitment"]
    link.setFocus()
    assert link.count() == 2
    press(qtbot, Qt.Key.Key_Down)  # the one commitment of USA → MEX
    assert link.currentData() is not None
    form.inputs["notes"].setFocus()
    press(qtbot, Qt.Key.Key_Return)
    assert not form.isVisible()
    return int(link.currentData())


def fulfils_cell(w) -> str:
    model = w.models["deliveries"]
    col = [c.key for c in model.columns].index("commitment")
    return model.index(0, col).data()


def test_a_hand_made_link_shows_in_the_fulfils_column_even_after_a_restart(
    make_main_window, empty_store, qtbot
):
    w = make_main_window(empty_store)
    cid = add_commitment_and_linked_delivery(qtbot, w)
    promises = w.models["promises"]
    assert promises.value(0, "id") == f"#{cid}"
    assert fulfils_cell(w) == f"#{cid}"
    w.close()
    again = make_main_window(empty_store)
    assert fulfils_cell(again) == f"#{cid}"


# -- 7. confidence in the forms, defaulting to the last choice (stated) ---------------------
def test_confidence_is_chosen_in_the_forms_remembered_and_shown(
    make_main_window, empty_store, qtbot
):
    w = make_main_window(empty_store)
    w.views["promises"].setFocus()
    form = new_form(qtbot, w, Qt.Key.Key_4)
    conf = form.inputs["confidence"]
    assert conf.code() == "high"
    assert form.confidence_hint.text() == "Preset to High; change it if unsure"
    type_usa_mex(qtbot, form, "2021-03-28", "1500000")
    press(qtbot, Qt.Key.Key_I, ALT)  # the label's mnemonic reaches the field
    assert focus() is conf
    press(qtbot, Qt.Key.Key_Down)
    press(qtbot, Qt.Key.Key_Down)
    assert conf.code() == "low"
    form.inputs["notes"].setFocus()
    press(qtbot, Qt.Key.Key_Return)
    assert not form.isVisible()
    stored = frames.deliveries(empty_store)
    assert list(stored["confidence"]) == ["low"]
    model = w.models["deliveries"]
    col = [c.key for c in model.columns].index("confidence")
    assert model.index(0, col).data() == "Low"
    # The next new record, even of another kind, starts at the last choice and says so.
    form = new_form(qtbot, w, Qt.Key.Key_5)
    assert form.inputs["confidence"].code() == "low"
    assert form.confidence_hint.text() == "Preset to your last choice, Low"
    form.close()


# -- 8. layout: geometry that fits, stable split, 8 table rows ----------------------------------
def rows_visible(view) -> int:
    return view.viewport().height() // view.verticalHeader().defaultSectionSize()


def test_a_geometry_saved_on_a_bigger_screen_is_not_restored_past_this_one(
    make_main_window, store, qtbot
):
    w = make_main_window(store)
    w.resize(1600, 1000)  # as saved on a 1600×1000 screen
    w.move(0, 0)
    w.close()  # saves geometry, dock state and split
    again = make_main_window(store)
    screen = again.screen().availableGeometry()
    assert screen.contains(again.frameGeometry()), (screen, again.frameGeometry())
    bar = again.statusBar()
    assert again.rect().contains(bar.geometry())
    chart_px, tables_px = again.splitter.sizes()
    share = w.table_share()  # as saved on the big screen
    # The share was kept, not the big screen's pixels (which left a sliver of chart).
    assert tables_px <= max(again.table_height(8), share * (chart_px + tables_px)) + 2
    assert chart_px > tables_px
    assert again.filter_dock.width() <= max(again.width() // 4, 300)
    # Every tab, reached by the keyboard, shows at least eight rows.
    again.views["promises"].setFocus()
    qtbot.waitUntil(lambda: focus() is again.views["promises"])
    for _ in TABS:
        view = again.views[again.current_kind()]
        assert rows_visible(view) >= 8, again.current_kind()
        press(qtbot, Qt.Key.Key_PageDown, CTRL)
    # The chart is never squeezed under the overview: it scrolls instead.
    chart = again.timeline.chart
    assert chart.height() >= chart.minimumHeight()


def test_the_chart_tables_split_stays_put_when_the_legend_shrinks(make_main_window, store, qtbot):
    w = make_main_window(store)
    w.resize(1300, 760)
    qtbot.wait(10)
    before = w.splitter.sizes()
    assert rows_visible(w.views["promises"]) >= 8
    w.filter_panel.vaccine.setFocus()
    with qtbot.waitSignal(w.filter_panel.filters_changed):
        qtbot.keyClicks(w.filter_panel.vaccine.lineEdit(), "Moderna")
    assert len(set(w.timeline.spec.deliveries.vaccine)) == 1  # a one-vaccine legend
    qtbot.wait(10)
    assert w.splitter.sizes() == before
    with qtbot.waitSignal(w.filter_panel.filters_changed):
        press(qtbot, Qt.Key.Key_L, ALT)
    qtbot.wait(10)
    assert w.splitter.sizes() == before


# -- 12. Help: keyboard shortcuts from the actions; data sources and licences --------------------
def test_help_lists_every_shortcut_from_the_actions_and_the_readme_agrees(
    make_main_window, store, qtbot
):
    from pathlib import Path

    from tracker.ui.help_dialogs import markdown_table

    w = make_main_window(store)
    w.views["promises"].setFocus()
    qtbot.waitUntil(lambda: focus() is not None)
    press(qtbot, Qt.Key.Key_F1)
    dialog = w.editor.open_forms[-1]
    assert dialog.objectName() == "shortcuts_dialog" and dialog.isVisible()
    text = dialog.browser.toPlainText()
    for action in w.actions_.values():
        for key in action.shortcuts():
            assert key.toString(key.SequenceFormat.NativeText) in text, action.text()
    assert "Next tab" in text and "Ctrl+PgDown" in text.replace("Ctrl+Page Down", "Ctrl+PgDown")
    dialog.close()
    # The README's table is this table (regenerate with scripts/shortcuts_table.py).
    readme = (Path(__file__).parents[2] / "README.md").read_text(encoding="utf-8")
    assert markdown_table(w) in readme


def test_help_names_the_bundled_data_sources_and_licences(make_main_window, store, qtbot):
    w = make_main_window(store)
    help_menu = next(a.menu() for a in w.menuBar().actions() if a.text() == "&Help")
    entry = next(a for a in help_menu.actions() if a.text() == "Data &sources and licences")
    entry.trigger()
    dialog = w.editor.open_forms[-1]
    text = dialog.browser.toPlainText()
    assert "Creative Commons Attribution 4.0" in text
    assert "Policy events" in text and "As of 2021-12-31" in text
    assert "datapackage.json" in text
    html = dialog.browser.toHtml()
    assert "https://creativecommons.org/licenses/by/4.0/" in html
    dialog.close()


# -- 10. data quality panel: filled at start, plurals, names ----------------------------------
def test_the_data_quality_panel_is_filled_after_a_restart_with_names_and_plurals(
    make_main_window, store, qtbot
):
    w = make_main_window(store)
    w.quality_dock.raise_()  # the user left Data quality on top
    qtbot.waitUntil(lambda: w.quality_panel.list.count() > 0)
    w.close()
    again = MainWindow(None)  # the launcher's window, as after a restart
    qtbot.addWidget(again)
    again.show()
    with qtbot.waitSignal(again.data_shown):
        again.show_store(store)
    panel = again.quality_panel
    assert panel.list.count() == len(panel.findings) > 0  # no "Check again" needed
    warnings = sum(f.severity == "warning" for f in panel.findings)
    assert warnings > 1
    assert panel.summary.text().startswith(f"{len(panel.findings)} findings, {warnings} warnings.")
    texts = [panel.list.item(i).text() for i in range(panel.list.count())]
    tally = next(t for t in texts if "CN-T-001" in t)
    assert "Sinovac→Chile" in tally and "SINOVAC→CHL" not in tally
    # Keyboard: Enter on a finding goes to its record.
    panel.list.setFocus()
    panel.list.setCurrentRow(texts.index(tally))
    qtbot.waitUntil(lambda: focus() is panel.list)
    press(qtbot, Qt.Key.Key_Return)
    assert again.current_kind() == "checkpoints"  # where official tallies are listed
    again.close()


# -- 11. history: field labels, locale timestamps -------------------------------------------
def test_history_names_fields_as_the_forms_do_with_unambiguous_local_timestamps(
    make_main_window, empty_store, qtbot
):
    w = make_main_window(empty_store)
    cid = add_commitment_and_linked_delivery(qtbot, w)
    w.activateWindow()
    qtbot.waitUntil(w.isActiveWindow)
    press(qtbot, Qt.Key.Key_4, ALT)
    w.views["deliveries"].selectRow(0)
    press(qtbot, Qt.Key.Key_E, CTRL)  # edit: unlink, then save
    form = w.editor.open_forms[-1]
    qtbot.waitUntil(form.isActiveWindow)
    form.inputs["commitment"].setFocus()
    press(qtbot, Qt.Key.Key_Up)
    form.inputs["notes"].setFocus()
    press(qtbot, Qt.Key.Key_Return)
    w.activateWindow()
    qtbot.waitUntil(w.isActiveWindow)
    w.views["deliveries"].setFocus()
    press(qtbot, Qt.Key.Key_H, CTRL)
    dialog = next(d for d in QApplication.topLevelWidgets() if type(d).__name__ == "AuditDialog")
    model = dialog.model
    changes = [model.index(r, 3).data() for r in range(model.rowCount())]
    assert any(f"Commitment: #{cid} → —" in c for c in changes), changes
    assert not any("commitment_id" in c for c in changes)
    added = changes[0]
    assert "Donor: United States" in added and "Doses: 1,500,000" in added, added
    when = model.index(0, 0).data()
    at = model.entries[0].at_local
    assert when == f"{at.day} {at.strftime('%b')} {at.year}, {at:%H:%M}", when
    assert "Commitment: #" in dialog.detail.toPlainText()
    # In Spanish: the month in Spanish, field names as the Spanish forms say them.
    from tracker.ui import i18n

    i18n.install("es", QApplication.instance())
    short = QLocale(QLocale.Language.Spanish, QLocale.Country.Mexico).monthName(
        at.month, QLocale.FormatType.ShortFormat
    )
    assert model.index(0, 0).data() == f"{at.day} {short} {at.year}, {at:%H:%M}"
    assert "Donante: Estados Unidos" in model.index(0, 3).data()
    dialog.close()


# -- 9. Spanish: the app's own words, lane titles that fit, a donor name not clipped ----------
def test_spanish_window_lane_titles_fit_and_the_donor_filter_shows_the_whole_name(
    make_main_window, store, qtbot
):
    from tracker.ui import i18n

    i18n.install("es", QApplication.instance())
    w = make_main_window(store)
    assert w.timeline.spec.labels["events_axis"] == "Eventos de política"
    chart = w.timeline.chart
    for plot in (chart.doses, chart.events, chart.context):
        label = plot.getAxis("left").label
        if not label.isVisible():  # on screen the context lane's heading names it
            continue
        title = label.boundingRect().width()
        assert plot.height() >= title, (plot.getAxis("left").labelText, plot.height(), title)
    view_menu = next(a.menu() for a in w.menuBar().actions() if a.text() == "&Ver")
    go_to = next(
        a.menu() for a in view_menu.actions() if a.menu() is not None and a.text() == "I&r a"
    )
    assert {a.text() for a in go_to.actions()} >= {"Pestaña &siguiente", "Entregas"}
    assert w.timeline.empty_message() == "Ningún registro coincide con estos filtros"
    donor = w.filter_panel.donor
    donor.setFocus()
    with qtbot.waitSignal(w.filter_panel.filters_changed):
        qtbot.keyClicks(donor, "USA")
    press(qtbot, Qt.Key.Key_Tab)  # completes to the name, shown from its start
    donor.set_code("USA")
    assert donor.text() == "Estados Unidos (USA)"
    assert donor.cursorPosition() == 0
    margin = 12
    assert donor.fontMetrics().horizontalAdvance(donor.text()) <= donor.width() - margin


# -- 14. small things -------------------------------------------------------------------------
def test_title_names_the_database_once_then_the_app(make_main_window, store):
    w = make_main_window(store)
    assert w.windowTitle() == "tracker.sqlite — Vaccine Diplomacy Tracker"
    assert w.windowTitle().count("Vaccine Diplomacy Tracker") == 1


def test_new_database_starts_in_documents_and_offers_empty_or_seeded(
    make_main_window, store, qtbot, tmp_path, monkeypatch
):
    from PySide6.QtCore import QStandardPaths
    from PySide6.QtWidgets import QFileDialog

    from tracker.ui import messages

    asked = {}

    def save_name(parent, title, start, filters):
        asked["start"] = start
        return str(tmp_path / "fresh.sqlite"), filters

    def choose(parent, title, text, options):
        asked["options"] = [o.replace("&", "") for o in options]
        return 0  # Empty

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_name)
    monkeypatch.setattr(messages, "choose", choose)
    w = make_main_window(store)
    w.views["promises"].setFocus()
    qtbot.waitUntil(lambda: focus() is not None)
    press(qtbot, Qt.Key.Key_N, CTRL | SHIFT)
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    assert asked["start"].startswith(documents)
    assert asked["options"] == ["Empty", "With the bundled data"]
    qtbot.waitUntil(lambda: w.store.display_name == "fresh.sqlite", timeout=20000)
    assert w.models["deliveries"].total_rows() == 0


def test_revise_from_promises_says_which_commitment_and_stays_on_promises(
    make_main_window, store, qtbot
):
    w = make_main_window(store)
    row = next(
        r
        for r in range(w.models["promises"].rowCount())
        if w.models["promises"].value(r, "id") == "T1-05"
    )
    w.views["promises"].setFocus()
    w.views["promises"].selectRow(row)
    qtbot.waitUntil(lambda: focus() is w.views["promises"])
    press(qtbot, Qt.Key.Key_R, CTRL)
    dialog = w.editor.open_forms[-1]
    qtbot.waitUntil(dialog.isActiveWindow)
    assert dialog.windowTitle() == "Revise commitment T1-05"
    heading = dialog.findChild(type(dialog.reason), "revise_heading").text()
    assert "United States → Canada" in heading and "1,500,000 doses" in heading
    type_in(qtbot, dialog, "date", "2021-04-01")
    type_in(qtbot, dialog, "doses", "1,600,000")
    press(qtbot, Qt.Key.Key_Return)
    assert not dialog.isVisible()
    assert w.current_kind() == "promises"
    selected = w.selected_ids("promises")
    assert [w.models["promises"].value(w.models["promises"].row_of(i), "id") for i in selected] == [
        "T1-05"
    ]


def test_the_edit_form_shows_doses_with_separators(make_main_window, store, qtbot):
    w = make_main_window(store)
    w.views["promises"].setFocus()
    press(qtbot, Qt.Key.Key_3, ALT)
    model = w.models["commitments"]
    row = next(r for r in range(model.rowCount()) if model.value(r, "id") == "T1-05")
    w.views["commitments"].selectRow(row)
    press(qtbot, Qt.Key.Key_E, CTRL)
    form = w.editor.open_forms[-1]
    assert form.inputs["doses"].text() == "1,500,000"
    assert form.inputs["doses"].doses() == 1_500_000
    form.close()


def test_the_fulfilment_dialog_names_donors_at_a_screen_scale(make_main_window, store, qtbot):
    w = make_main_window(store)
    w.actions_["fulfilment"].trigger()
    dialog = w.editor.open_forms[-1]
    donors = [f.donor for f in dialog.spec.fulfilment]
    assert "United States" in donors and "USA" not in donors
    assert any("United States→Mexico" in label for label, _ in dialog.spec.lead_times)
    # The report's 1600 px drawing (26 px type) shown at 900 px: about 15 px type.
    assert dialog.fulfilment.pixmap().width() == 900
    assert dialog.fulfilment.pixmap().width() <= dialog.width()
    dialog.close()


def test_quarter_labels_sit_on_their_gridline_so_a_march_step_reads_as_march(
    make_main_window, store, qtbot
):
    from tracker.present.formats import date_of
    from tracker.timeline.axes import calendar_ticks

    w = make_main_window(store)
    w.resize(1300, 800)
    press(qtbot, Qt.Key.Key_0, CTRL)  # the whole range: quarters on the axis
    chart = w.timeline.chart
    axis = chart.context.getAxis("bottom")
    x0, x1 = chart.x_range()
    kind, size, lines = calendar_ticks(x0, x1, axis.width())
    assert kind == "month" and size in (3, 6)  # quarters, or half-years on a narrow chart
    values = axis.tickValues(x0, x1, axis.width())[0][1]
    labelled = {
        str(date_of(v)): s for v, s in zip(values, axis.tickStrings(values, 1, 1), strict=True)
    }
    nxt = "2021-04-01" if size == 3 else "2021-07-01"
    assert labelled["2021-01-01"] == "Jan 2021" and labelled[nxt] == ("Apr" if size == 3 else "Jul")
    assert "2021-02-14" not in labelled and "2021-05-15" not in labelled  # not mid-period


def test_dark_mode_rings_the_diplomacy_diamonds_so_they_stand_out(make_main_window, store, qtbot):
    from PySide6.QtGui import QColor

    from tracker.timeline.style import category_colour

    def luminance(c: QColor) -> float:
        def ch(v: float) -> float:
            return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4

        return 0.2126 * ch(c.redF()) + 0.7152 * ch(c.greenF()) + 0.0722 * ch(c.blueF())

    def contrast(a: QColor, b: QColor) -> float:
        hi, lo = sorted((luminance(a), luminance(b)), reverse=True)
        return (hi + 0.05) / (lo + 0.05)

    w = make_main_window(store)
    w.actions_["theme_dark"].trigger()
    chart = w.timeline.chart
    background = QColor(chart.style.background)
    assert contrast(QColor(category_colour("diplomacy")), background) < 3.5  # the problem
    outline = chart.event_scatter.opts["pen"].color()
    assert contrast(outline, background) >= 7
    w.actions_["theme_light"].trigger()


def test_markers_on_the_first_and_last_days_are_not_cut_at_the_edges(
    make_main_window, store, qtbot
):
    w = make_main_window(store)
    panel = w.filter_panel
    # US → Mexico from its first delivery to its last: both sit on the range's ends.
    for edit, text in (
        (panel.donor, "USA"),
        (panel.recipient, "MEX"),
        (panel.date_from, "2021-03-28"),
        (panel.date_to, "2021-09-21"),
    ):
        edit.setFocus()
        with qtbot.waitSignal(panel.filters_changed):
            qtbot.keyClicks(edit, text)
    press(qtbot, Qt.Key.Key_0, CTRL)
    chart, spec = w.timeline.chart, w.timeline.spec
    x0, x1 = chart.x_range()
    px_per_day = chart.doses.vb.width() / (x1 - x0)
    xs, sizes = spec.deliveries.x, chart.delivery_sizes
    first, last = int(xs.argmin()), int(xs.argmax())
    assert (xs[first], xs[last]) == (spec.x_from, spec.x_to - 1)
    assert (xs[first] - x0) * px_per_day >= sizes[first] / 2
    assert (x1 - xs[last]) * px_per_day >= sizes[last] / 2


def test_the_import_wizard_says_what_confidence_unmapped_rows_get(qtbot, empty_store, tmp_path):
    from PySide6.QtWidgets import QWizard

    from tracker.io.importing import import_file
    from tracker.ui.import_wizard import ImportWizard

    src = tmp_path / "deliveries.csv"
    src.write_text(
        "date,donor,recipient,vaccine,doses,confidence\n"
        "2021-03-28,USA,MEX,AstraZeneca,1500000,medium\n",
        encoding="utf-8",
    )
    wizard = ImportWizard(empty_store, import_file, None, profiles_dir=tmp_path / "profiles")
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.activateWindow()
    qtbot.waitUntil(wizard.isActiveWindow)
    wizard.file_page.path_edit.setFocus()
    qtbot.keyClicks(wizard.file_page.path_edit, str(src))
    qtbot.keyClick(wizard.file_page.path_edit, Qt.Key.Key_Return)  # Next is the default
    page = wizard.options_page
    assert wizard.currentPage() is page
    assert page.combo_for("confidence").currentText() == "confidence"
    assert not page.confidence_note.isVisible()
    combo = page.combo_for("confidence")
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Home)  # the empty choice: no column
    assert page.confidence_note.isVisible()
    assert "recorded as High" in page.confidence_note.text()
    wizard.button(QWizard.WizardButton.CancelButton).click()


def test_the_report_lists_its_sources_by_publisher_not_by_full_url(
    make_main_window, store, qtbot, tmp_path, monkeypatch
):
    import subprocess

    from PySide6.QtWidgets import QFileDialog

    out = tmp_path / "report.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a: (str(out), ""))
    w = make_main_window(store)
    w.actions_["report"].trigger()  # File → Export report…
    assert out.exists()
    text = subprocess.run(
        ["pdftotext", "-layout", str(out), "-"], capture_output=True, text=True, check=True
    ).stdout
    cited = text.split("Sources cited", 1)[1]
    items = [ln.strip() for ln in cited.splitlines() if ln.strip()[:1].isdigit() and ". " in ln]
    names = [ln.split(". ", 1)[1].split(":", 1)[0].casefold() for ln in items]
    assert len(names) > 5
    assert names == sorted(names), names[:10]
