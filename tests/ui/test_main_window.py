"""The main window driven as a user would: keyboard, real forms, rows read back from the file."""

import datetime as dt

import numpy as np
import pandas as pd
import sqlalchemy as sa
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.ui.keyboard import new_form_by_keyboard, type_delivery_after_date
from tracker.store import frames
from tracker.ui.table_models import DELIVERY_COLUMNS, RecordTableModel


def db_deliveries(store, **where):
    df = frames.deliveries(store)
    for k, v in where.items():
        df = df[df[k] == v]
    return df


def type_into(qtbot, widget, text):
    widget.setFocus()
    widget.clear() if hasattr(widget, "clear") else None
    qtbot.keyClicks(widget, text)


def test_window_opens_on_bundled_data(make_main_window, store):
    w = make_main_window(store)
    assert w.windowTitle() == "tracker.sqlite — Vaccine Diplomacy Tracker"
    assert w.models["deliveries"].rowCount() > 50
    assert w.models["commitments"].rowCount() > 10
    assert "as of" in w.as_of_label.text()
    doses = w.models["commitments"]
    row = next(r for r in range(doses.rowCount()) if doses.value(r, "id") == "T1-04")
    col = [c.key for c in doses.columns].index("doses")
    assert doses.index(row, col).data() == "2,700,000"


def test_add_delivery_by_keyboard_with_inline_errors_then_edit_undo_redo_delete(
    make_main_window, empty_store, qtbot, shown_messages
):
    w = make_main_window(empty_store)
    form = new_form_by_keyboard(w, qtbot)
    assert QApplication.focusWidget() is form.inputs["date"]
    qtbot.keyClicks(form.inputs["date"], "28/3/2021")
    qtbot.keyClick(form.inputs["date"], Qt.Key.Key_Tab)
    assert form.inputs["date"].text() == "2021-03-28"  # partial date completed
    type_delivery_after_date(form, qtbot, "United States", "USA", "AstraZeneca", "0")
    assert "greater than 0" in form.errors["doses"].text()
    assert "donor and recipient must differ" in form.errors["recipient"].text()
    assert not form.save_button.isEnabled()
    assert form.reason.text().startswith("Cannot save")
    form.inputs["doses"].clear()
    qtbot.keyClicks(form.inputs["doses"], "1,500,000")
    form.inputs["recipient"].clear()
    qtbot.keyClicks(form.inputs["recipient"], "Mexico")
    assert form.errors["doses"].text() == "" and form.errors["recipient"].text() == ""
    assert form.save_button.isEnabled(), form.reason.text()
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)

    saved = db_deliveries(empty_store)
    assert list(zip(saved["donor"], saved["recipient"], saved["doses"], strict=True)) == [
        ("USA", "MEX", 1_500_000)
    ]
    assert saved["date"].iloc[0] == dt.date(2021, 3, 28)
    model = w.models["deliveries"]
    assert model.rowCount() == 1
    assert model.index(0, 4).data() == "1,500,000"
    assert w.actions_["undo"].text() == "&Undo Add delivery USA → MEX, 1,500,000 doses"

    # edit in the form
    rid = int(saved["record_id"].iloc[0])
    w.select_record("deliveries", rid)
    form = w.editor.edit_record("deliveries")
    form.inputs["doses"].clear()
    qtbot.keyClicks(form.inputs["doses"], "1200000")
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert list(db_deliveries(empty_store)["doses"]) == [1_200_000]

    # edit in place: F2 on the doses cell
    view = w.views["deliveries"]
    w.activateWindow()
    qtbot.waitUntil(w.isActiveWindow)
    view.setCurrentIndex(model.index(0, 4))
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    assert type(editor).__name__ == "DosesEdit", editor
    editor.selectAll()
    qtbot.keyClicks(editor, "1300000")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    # the delegate commits on a queued call
    qtbot.waitUntil(lambda: list(db_deliveries(empty_store)["doses"]) == [1_300_000])

    # undo and redo each step
    w.undo_stack.undo()
    assert list(db_deliveries(empty_store)["doses"]) == [1_200_000]
    w.undo_stack.undo()
    stack = [w.undo_stack.text(i) for i in range(w.undo_stack.count())]
    assert list(db_deliveries(empty_store)["doses"]) == [1_500_000], (stack, shown_messages)
    w.undo_stack.undo()
    assert db_deliveries(empty_store).empty and model.rowCount() == 0
    w.undo_stack.redo()
    assert list(db_deliveries(empty_store)["record_id"]) == [rid]  # same record back
    w.undo_stack.redo()
    w.undo_stack.redo()
    assert list(db_deliveries(empty_store)["doses"]) == [1_300_000]

    # delete with confirmation, then undo
    w.select_record("deliveries", rid)
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    assert shown_messages[-1][0] == "confirm"
    assert db_deliveries(empty_store).empty
    assert w.actions_["undo"].text().startswith("&Undo Delete delivery USA → MEX")
    qtbot.keyClick(view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert list(db_deliveries(empty_store)["doses"]) == [1_300_000]
    qtbot.keyClick(
        view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    assert db_deliveries(empty_store).empty


def test_save_and_add_another_keeps_donor_recipient_vaccine(make_main_window, empty_store, qtbot):
    w = make_main_window(empty_store)
    form = w.editor.new_record("deliveries")
    qtbot.keyClicks(form.inputs["date"], "2021-06-15")
    qtbot.keyClicks(form.inputs["donor"], "USA")
    qtbot.keyClicks(form.inputs["recipient"], "MEX")
    form.inputs["vaccine"].set_code("janssen")
    qtbot.keyClicks(form.inputs["doses"], "1350000")
    qtbot.mouseClick(form.save_another_button, Qt.MouseButton.LeftButton)
    assert form.isVisible()
    assert form.inputs["donor"].code() == "USA" and form.inputs["vaccine"].code() == "janssen"
    assert form.inputs["doses"].text() == "" and form.inputs["date"].text() == ""
    qtbot.keyClicks(form.inputs["date"], "2021-06-16")
    qtbot.mouseClick(form.quick_fill, Qt.MouseButton.LeftButton)
    assert form.inputs["doses"].doses() == 1_350_000
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert len(db_deliveries(empty_store)) == 2


def test_link_to_commitment_shows_outstanding(make_main_window, store, qtbot):
    w = make_main_window(store)
    form = w.editor.new_record("deliveries")
    qtbot.keyClicks(form.inputs["donor"], "USA")
    qtbot.keyClicks(form.inputs["recipient"], "MEX")
    form.refresh_commitments()
    link = form.inputs["commitment"]
    texts = [link.itemText(i) for i in range(link.count())]
    assert any(t.startswith("T1-20") and "3,500,000 committed, 0 outstanding" in t for t in texts)
    idx = next(i for i, t in enumerate(texts) if t.startswith("T1-21"))
    link.setCurrentIndex(idx)
    # The AstraZeneca doses of October and December 2021 (US-D-019, US-D-020) count for it.
    assert "0 doses" in form.outstanding.text()


def test_revise_commitment_keeps_history_and_undoes(make_main_window, store, qtbot):
    w = make_main_window(store)
    c = frames.commitments(store).set_index("id").loc["T1-05"]
    w.select_record("commitments", int(c["record_id"]))
    dialog = w.editor.revise_commitment()
    qtbot.keyClicks(dialog.inputs["date"], "2021-04-10")
    qtbot.keyClicks(dialog.inputs["doses"], "1600000")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert frames.commitments(store).set_index("id").loc["T1-05", "doses"] == 1_600_000
    revs = frames.revisions(store, [int(c["record_id"])])
    assert list(revs["doses"]) == [1_500_000, 1_500_000, 1_600_000]
    assert w.actions_["undo"].text().startswith("&Undo Revise commitment USA → CAN")
    w.undo_stack.undo()
    assert frames.commitments(store).set_index("id").loc["T1-05", "doses"] == 1_500_000


def test_filters_drive_tables_and_survive_restart(make_main_window, store, qtbot):
    w = make_main_window(store)
    qtbot.keyClicks(w.filter_panel.donor, "Estados Unidos")
    # QTest types ASCII only; insert() goes through the same editing path as typing.
    w.filter_panel.recipient.insert("Canadá")
    qtbot.waitUntil(lambda: w.models["deliveries"].rowCount() == 2)
    assert set(w.models["deliveries"].value(r, "recipient") for r in range(2)) == {"CAN"}
    assert "2 of 248 Deliveries" in w.count_label.text()
    w.close()
    again = make_main_window(store)
    assert again.filter_panel.donor.code() == "USA"
    assert again.models["deliveries"].rowCount() == 2


def test_read_only_review_copy_refuses_edits(make_main_window, seeded_path, shown_messages):
    from tracker.store import open_store

    w = make_main_window(open_store(str(seeded_path), read_only=True))
    assert "(read-only)" in w.windowTitle()
    w.show_tab("deliveries")
    w.select_record("deliveries", w.models["deliveries"].record_id(0))
    assert w.editor.delete_selected() == 0
    assert "read-only" in shown_messages[-1][2]
    w.store.close()


def test_sorting_keeps_the_selected_record(make_main_window, store):
    w = make_main_window(store)
    model = w.models["deliveries"]
    w.show_tab("deliveries")
    rid = model.record_id(5)
    w.select_record("deliveries", rid)
    w.views["deliveries"].sortByColumn(4, Qt.SortOrder.DescendingOrder)
    doses = [model.value(r, "doses") for r in range(model.rowCount())]
    assert doses == sorted(doses, reverse=True)
    assert w.selected_ids("deliveries") == [rid]


def test_filtering_a_million_rows_is_correct(qtmodeltester):
    rng = np.random.default_rng(7)
    n = 1_000_000
    donors = np.array(["USA", "CHN", "IND", "RUS"])[rng.integers(0, 4, n)]
    status = np.array(["delivered", "scheduled"])[rng.integers(0, 2, n)]
    frame = pd.DataFrame(
        {
            "record_id": np.arange(n),
            "date": dt.date(2021, 3, 1),
            "donor": donors,
            "recipient": "MEX",
            "vaccine": "moderna",
            "doses": rng.integers(1, 10**6, n),
            "status": status,
            "commitment": "",
            "confidence": "high",
            "source": "",
            "notes": "",
            "version": 1,
        }
    )
    model = RecordTableModel("deliveries", DELIVERY_COLUMNS)
    model.set_frame(frame)
    model.set_filter(
        lambda f: (f["donor"].to_numpy() == "CHN") & (f["status"].to_numpy() == "delivered")
    )
    expected = np.flatnonzero((donors == "CHN") & (status == "delivered"))
    assert model.rowCount() == len(expected)
    assert [model.record_id(i) for i in (0, 1, model.rowCount() - 1)] == [
        expected[0],
        expected[1],
        expected[-1],
    ]
    small = RecordTableModel("deliveries", DELIVERY_COLUMNS)
    small.set_frame(frame.head(200))
    qtmodeltester.check(small)


def test_edit_survives_a_kill(seeded_path, tmp_path):
    import subprocess
    import sys

    code = f"""
import os, signal
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from PySide6.QtWidgets import QApplication
app = QApplication([])
from tracker.store import open_store
from tracker.ui.main_window import MainWindow
from tracker.domain.changes import Change
w = MainWindow(open_store({str(seeded_path)!r}))
rid = w.models["deliveries"].record_id(0)
version = w.models["deliveries"].value(0, "version")
ok = w.editor.push(Change("deliveries", "edit", rid, {{"notes": "edited before the kill"}},
                          expected_version=int(version)), "Edit")
print(rid, ok, flush=True)
os.kill(os.getpid(), signal.SIGKILL)
"""
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert out.returncode == -9
    rid, ok = out.stdout.split()
    assert ok == "True"
    engine = sa.create_engine(f"sqlite:///{seeded_path}")
    with engine.connect() as conn:
        notes = conn.scalar(sa.text("SELECT notes FROM deliveries WHERE id = :i"), {"i": int(rid)})
    engine.dispose()
    assert notes == "edited before the kill"
