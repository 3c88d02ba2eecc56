"""The import wizard walked as a user does: preview and guesses, mapping correction, the
error report, cancel of a long import (nothing written), undo of an import; and the
data export dialog."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QWizard

from tracker.io import importing, tables
from tracker.io.importing import ImportReport, import_file
from tracker.store import frames
from tracker.ui.import_wizard import ImportWizard
from tracker.ui.import_worker import ImportCommand

SPANISH = (
    "Fecha;País donante;País receptor;Vacuna;Total enviado;Notas\n"
    "28/03/2021;Estados Unidos;México;AstraZeneca;1,500,000;Préstamo\n"
    "30/03/2021;EE. UU.;Canadá;AstraZeneca;1,500,000;\n"
)


@pytest.fixture
def make_wizard(qtbot, tmp_path):
    made = []

    def factory(store, run_import=import_file):
        w = ImportWizard(store, run_import, None, profiles_dir=tmp_path / "profiles")
        qtbot.addWidget(w)
        w.show()
        made.append(w)
        return w

    yield factory
    for w in made:
        w.done(0)  # cancels and joins any worker: no thread outlives the test


def next_page(qtbot, wizard: QWizard) -> None:
    button = wizard.button(QWizard.WizardButton.NextButton)
    if not button.isVisible():
        button = wizard.button(QWizard.WizardButton.CommitButton)
    # The page enables it once it has taken in its worker's result (a queued signal that
    # can trail the worker's own end on a busy machine): wait for that, not for a clock.
    qtbot.waitUntil(button.isEnabled, timeout=30_000)
    button.click()


def wait_for_worker(qtbot, wizard: ImportWizard, timeout: int = 60_000) -> None:
    page = wizard.currentPage()
    if page.worker is None or not page.worker.isFinished():
        with qtbot.waitSignal(wizard.work_finished, timeout=timeout):
            pass
    qtbot.waitUntil(lambda: not page.running())


def test_preview_guesses_mapping_correction_import_and_profile(
    qtbot, make_wizard, empty_store, tmp_path
):
    src = tmp_path / "envios.csv"
    src.write_bytes(SPANISH.encode("latin-1"))
    w = make_wizard(empty_store)
    w.file_page.path_edit.setText(str(src))
    next_page(qtbot, w)
    page = w.options_page
    # The guesses, shown in editable controls.
    assert page.encoding_combo.currentText() == "cp1252"
    assert page.delimiter_combo.currentData() == ";"
    assert page.date_combo.currentText() == "%d/%m/%Y"
    assert page.thousands_combo.currentData() == ","
    assert page.kind_combo.currentData() == "deliveries"
    model = page.preview_model
    assert model.headerData(0, __import__("PySide6").QtCore.Qt.Orientation.Vertical) == "2"
    assert model.index(0, 2).data() == "México"
    assert model.index(1, 4).data() == "1,500,000"
    assert page.combo_for("donor").currentText() == "País donante"
    # "Total enviado" is not a known header: doses unmapped, so Next is disabled.
    assert page.combo_for("doses").currentText() == ""
    assert not w.button(QWizard.WizardButton.NextButton).isEnabled()
    page.combo_for("doses").setCurrentText("Total enviado")
    assert w.button(QWizard.WizardButton.NextButton).isEnabled()
    next_page(qtbot, w)
    wait_for_worker(qtbot, w)
    check = w.check_page
    assert check.summary_label.text() == "2 rows: 2 new, 0 updated, 0 unchanged, 0 rejected"
    assert frames.deliveries(empty_store).empty  # the check wrote nothing
    check.profile_edit.setText("Cancillería México")
    with qtbot.waitSignal(w.imported, timeout=60_000) as done:
        next_page(qtbot, w)
    report = done.args[0]
    assert (report.new, report.written) == (2, True)
    wait_for_worker(qtbot, w)
    df = frames.deliveries(empty_store)
    assert sorted(zip(df["recipient"], df["doses"], strict=True)) == [
        ("CAN", 1_500_000),
        ("MEX", 1_500_000),
    ]
    saved = json.loads((tmp_path / "profiles" / "Cancillería-México.json").read_text("utf-8"))
    assert saved["mapping"]["doses"] == "Total enviado" and saved["delimiter"] == ";"

    # A second wizard offers the profile; chosen, it maps the unknown header too.
    again = make_wizard(empty_store)
    combo = again.file_page.profile_combo
    combo.setCurrentIndex(combo.findText("Cancillería México"))
    again.file_page.path_edit.setText(str(src))
    next_page(qtbot, again)
    assert again.options_page.combo_for("doses").currentText() == "Total enviado"
    next_page(qtbot, again)
    wait_for_worker(qtbot, again)
    assert "0 new, 0 updated, 2 unchanged" in again.check_page.summary_label.text()


def test_error_report_and_import_only_the_valid_rows(qtbot, make_wizard, empty_store, tmp_path):
    src = tmp_path / "deliveries.csv"
    src.write_text(
        "id,date,donor,recipient,vaccine,doses\n"
        "A1,2021-03-28,USA,MEX,astrazeneca,100\n"
        "A2,2021-02-30,USA,Mexcio,astrazeneca,0\n"
        "A3,2021-03-29,USA,NA,moderna,200\n",
        encoding="utf-8",
    )
    w = make_wizard(empty_store)
    w.file_page.path_edit.setText(str(src))
    next_page(qtbot, w)
    next_page(qtbot, w)
    wait_for_worker(qtbot, w)
    page = w.check_page
    assert "3 rows: 2 new, 0 updated, 0 unchanged, 1 rejected" == page.summary_label.text()
    m = page.errors_model
    rows = [[m.index(r, c).data() for c in range(3)] for r in range(m.rowCount())]
    assert ["3", "date", "'2021-02-30' is not a real date in the format YYYY-MM-DD"] in rows
    assert any(r[:2] == ["3", "recipient"] and "did you mean Mexico (MEX)" in r[2] for r in rows)
    assert any(r[:2] == ["3", "doses"] for r in rows)
    commit = w.button(QWizard.WizardButton.CommitButton)
    assert not commit.isEnabled()  # all or nothing, unless the user says otherwise
    page.skip_check.setChecked(True)
    assert commit.isEnabled() and commit.text() == "Import only the valid rows"
    with qtbot.waitSignal(w.imported, timeout=60_000):
        commit.click()
    wait_for_worker(qtbot, w)
    assert sorted(frames.deliveries(empty_store)["id"]) == ["A1", "A3"]


def _big_file(tmp_path, n: int):
    path = tmp_path / "deliveries.csv"
    with path.open("w", encoding="utf-8") as fh:
        fh.write("id,date,donor,recipient,vaccine,doses,source\n")
        for i in range(n):
            fh.write(f"B{i},2021-{i % 12 + 1:02d}-{i % 28 + 1:02d},USA,MEX,moderna,{i + 1},")
            fh.write(f"https://s.example/{i % 9}\n")
    return path


def _skip_the_check(store, path, opts, *, dry_run=False, **kw):
    """The real import, but a quick stand-in for the dry run that precedes it."""
    if dry_run:
        return ImportReport(path, "deliveries", 1, new=1, dry_run=True)
    return import_file(store, path, opts, **kw)


@pytest.mark.parametrize("rows,phase", [(200_000, "checking"), (30_000, "writing")])
def test_cancel_of_a_long_import_writes_nothing_and_the_window_stays_responsive(
    qtbot, make_wizard, empty_store, tmp_path, monkeypatch, rows, phase
):
    monkeypatch.setattr(tables, "CHUNK_ROWS", 3_000)
    monkeypatch.setattr(importing, "KEEP_ROWS", 1_000)
    src = _big_file(tmp_path, rows)
    w = make_wizard(empty_store, _skip_the_check)
    w.file_page.path_edit.setText(str(src))
    next_page(qtbot, w)
    next_page(qtbot, w)
    wait_for_worker(qtbot, w)
    ticks = []
    timer = QTimer(w)
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start(0)  # fires on every idle pass of the event loop
    page = w.import_page
    next_page(qtbot, w)
    assert page.running()
    seen = []
    page.worker.progressed.connect(lambda p, f: seen.append((p, f)))
    qtbot.waitUntil(lambda: any(p == phase for p, _ in seen), timeout=60_000)
    page.cancel_button.click()
    wait_for_worker(qtbot, w)
    timer.stop()
    assert page.summary_label.text() == "Import cancelled; nothing was written."
    assert 0 < seen[-1][1] < 1  # it landed mid-way
    assert len(ticks) >= 3  # the event loop kept turning during the import
    assert frames.deliveries(empty_store).empty
    assert w.button(QWizard.WizardButton.FinishButton).isEnabled()


def test_undo_and_redo_of_an_import(qtbot, make_wizard, store, tmp_path):
    before = frames.deliveries(store)
    src = tmp_path / "deliveries.csv"
    src.write_text(
        "id,date,donor,recipient,vaccine,doses\n"
        "T2-01,2020-12-24,RDIF,ARG,sputnik-v,300001\n"  # updates a bundled delivery
        "U1,2021-03-28,USA,MEX,astrazeneca,1500000\n",
        encoding="utf-8",
    )
    stack = QUndoStack()
    changed, errors = [], []
    w = make_wizard(store)
    w.imported.connect(
        lambda r: stack.push(ImportCommand(store, r.undo, "Import", changed.append, errors.append))
    )
    w.file_page.path_edit.setText(str(src))
    next_page(qtbot, w)
    next_page(qtbot, w)
    wait_for_worker(qtbot, w)
    with qtbot.waitSignal(w.imported, timeout=60_000):
        next_page(qtbot, w)
    wait_for_worker(qtbot, w)
    assert stack.count() == 1 and stack.canUndo()
    imported = frames.deliveries(store)
    assert len(imported) == len(before) + 1

    cols = ["id", "date", "donor", "recipient", "vaccine", "doses", "notes", "source"]
    stack.undo()
    assert errors == [] and "deliveries" in changed[0]
    assert frames.deliveries(store)[cols].equals(before[cols])
    stack.redo()
    assert frames.deliveries(store)[cols].equals(imported[cols])
    stack.undo()
    assert frames.deliveries(store)[cols].equals(before[cols])


# -- the data export dialog -------------------------------------------------------------
def test_export_dialog_current_view_or_everything(qtbot, store, tmp_path):
    from tracker.ui.export_data_dialog import ExportDataDialog

    df = frames.deliveries(store)
    view = {"deliveries": df["record_id"].tolist()[:3]}
    dialog = ExportDataDialog(store, "deliveries", view, None)
    qtbot.addWidget(dialog)
    dialog.open()
    # The kinds are named in words, as in the import wizard, not by their table codes.
    kinds = [dialog.kind_combo.itemText(i) for i in range(dialog.kind_combo.count())]
    assert "Deliveries" in kinds and "deliveries" not in kinds
    assert dialog.kind_combo.currentText() == "Deliveries" and dialog.kind() == "deliveries"
    out = tmp_path / "view.csv"
    dialog.path_edit.setText(str(out))
    assert dialog.view_radio.isChecked() and dialog.bom_check.isChecked()
    dialog.export_button.click()
    assert dialog.result() == dialog.DialogCode.Accepted
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf") and len(raw.decode("utf-8-sig").splitlines()) == 4

    dialog = ExportDataDialog(store, "deliveries", view, None)
    qtbot.addWidget(dialog)
    dialog.open()
    xlsx = tmp_path / "all.xlsx"
    dialog.everything_radio.setChecked(True)
    dialog.path_edit.setText(str(xlsx))
    assert not dialog.bom_check.isEnabled()
    dialog.export_button.click()
    import openpyxl

    ws = openpyxl.load_workbook(xlsx, read_only=True).active
    assert sum(1 for _ in ws.iter_rows()) == len(df) + 1


def test_export_dialog_reports_a_bad_path(qtbot, store, tmp_path, shown_messages):
    from tracker.ui.export_data_dialog import ExportDataDialog

    dialog = ExportDataDialog(store, "events", {}, None)
    qtbot.addWidget(dialog)
    dialog.open()
    dialog.path_edit.setText(str(tmp_path / "missing-folder" / "x.csv"))
    dialog.export_button.click()
    assert shown_messages and "does not exist" in shown_messages[0][2]
    assert dialog.result() != dialog.DialogCode.Accepted
