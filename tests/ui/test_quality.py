import datetime as dt

from tracker.store.reconcile import reconcile


def test_findings_cover_sources_overdelivery_links_duplicates_and_age(store):
    found = reconcile(store, today=dt.date(2026, 11, 28)).findings
    messages = {(f.ref, f.message) for f in found}
    assert ("T1-15", "delivered 1,350,000 exceeds the 1,000,000 committed") in messages
    assert any(f.kind == "datasets" and "days old" in f.message for f in found)
    assert any(f.code == "tally-missing" and f.ref == "CN-T-005" for f in found)


def test_double_clicking_a_finding_selects_the_record(make_main_window, store, qtbot):
    w = make_main_window(store)
    w.quality_dock.show()
    w.quality_dock.raise_()
    w.quality_panel.refresh()
    panel = w.quality_panel
    row = next(i for i, f in enumerate(panel.findings) if f.ref == "T1-15")
    w.show_tab("deliveries")
    panel.list.itemActivated.emit(panel.list.item(row))
    assert w.current_kind() == "commitments"
    model = w.models["commitments"]
    assert [model.value(model.row_of(i), "id") for i in w.selected_ids("commitments")] == ["T1-15"]
