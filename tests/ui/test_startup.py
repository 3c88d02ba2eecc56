"""Opening a database from the UI: checked off the UI thread, damage explained, ways out."""

from __future__ import annotations

import shutil
import threading

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from tests.factories import count_deliveries as _deliveries
from tests.factories import foreign_wal as _foreign_wal
from tracker.store.backups import backup_now, list_backups
from tracker.store.sqlite_file import wal_file
from tracker.ui import startup
from tracker.ui.startup import Damage, DamagedDatabaseDialog, DatabaseOpener, Opened


def _run(qtbot, opener: DatabaseOpener, signal):
    with qtbot.waitSignal(signal, timeout=120_000) as blocker:
        opener.start()
    return blocker.args[0]


def test_a_big_file_is_checked_off_the_ui_thread_and_backed_up_once_a_day(
    qtbot, seeded_path, monkeypatch
):
    threads = []
    real = startup.open_checked

    def spy(*args, **kwargs):
        threads.append(threading.current_thread())
        return real(*args, **kwargs)

    monkeypatch.setattr(startup, "open_checked", spy)
    opener = DatabaseOpener(str(seeded_path), big_file_bytes=0)
    assert opener.in_background
    result = _run(qtbot, opener, opener.opened)
    assert isinstance(result, Opened)
    assert threads and threads[0] is not threading.main_thread()
    try:
        with result.store.read() as conn:  # usable from the UI thread
            assert conn.exec_driver_sql("SELECT count(*) FROM deliveries").scalar() > 0
        assert result.backup is not None and ".daily-" in result.backup.name
    finally:
        result.store.close()
    again = DatabaseOpener(str(seeded_path))  # small: no thread, still asynchronous
    assert not again.in_background
    second = _run(qtbot, again, again.opened)
    second.store.close()
    assert second.backup is None
    assert len(list_backups(seeded_path, "daily")) == 1


def test_a_damaged_file_is_explained_and_opened_as_a_read_only_copy(
    qtbot, seeded_path, tmp_path, shown_messages
):
    _foreign_wal(seeded_path, tmp_path)
    before = seeded_path.read_bytes(), wal_file(seeded_path).read_bytes()
    opener = DatabaseOpener(str(seeded_path), big_file_bytes=0)
    damage = _run(qtbot, opener, opener.damaged)
    assert isinstance(damage, Damage)
    dialog = DamagedDatabaseDialog(damage)
    qtbot.addWidget(dialog)
    dialog.open()
    assert "tracker.sqlite-wal belongs to another database" in dialog.details.toPlainText()
    assert "has not been changed" in dialog.headline.text()
    assert dialog.read_only_button.isEnabled()
    assert not dialog.restore_button.isEnabled()  # no backup yet
    with qtbot.waitSignal(dialog.store_opened):
        qtbot.mouseClick(dialog.read_only_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted
    store = dialog.store
    try:
        assert store.read_only and store.path != seeded_path
        with store.read() as conn:
            n = conn.exec_driver_sql("SELECT count(*) FROM deliveries").scalar()
        assert n == _deliveries(seeded_path)
    finally:
        store.close()
    assert (seeded_path.read_bytes(), wal_file(seeded_path).read_bytes()) == before
    assert shown_messages == []


def test_a_damaged_file_is_replaced_by_the_latest_backup_and_kept_aside(
    qtbot, seeded_path, shown_messages
):
    backup = backup_now(seeded_path, "daily")
    data = seeded_path.read_bytes()
    seeded_path.write_bytes(data[: len(data) // 2])
    damaged = seeded_path.read_bytes()
    opener = DatabaseOpener(str(seeded_path), big_file_bytes=0)
    damage = _run(qtbot, opener, opener.damaged)
    assert "truncated" in damage.problems[0]
    dialog = DamagedDatabaseDialog(damage)
    qtbot.addWidget(dialog)
    dialog.open()
    assert dialog.restore_button.isEnabled()
    assert "daily" in dialog.restore_button.text()
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted
    try:
        assert not dialog.store.read_only
        with dialog.store.read() as conn:
            n = conn.exec_driver_sql("SELECT count(*) FROM deliveries").scalar()
        assert n == _deliveries(backup)
    finally:
        dialog.store.close()
    assert dialog.kept.read_bytes() == damaged  # the damaged file, moved aside untouched
    assert shown_messages == []


def test_closing_the_dialog_opens_nothing(qtbot, seeded_path):
    seeded_path.write_bytes(seeded_path.read_bytes()[:10_000])
    opener = DatabaseOpener(str(seeded_path))
    damage = _run(qtbot, opener, opener.damaged)
    assert not damage.read_only_possible
    dialog = DamagedDatabaseDialog(damage)
    qtbot.addWidget(dialog)
    dialog.open()
    assert not dialog.read_only_button.isEnabled()
    qtbot.mouseClick(dialog.close_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Rejected and dialog.store is None


def test_file_open_in_the_window_offers_recovery(qtbot, make_main_window, store, tmp_path):
    window = make_main_window(store)
    damaged = tmp_path / "other" / "tracker.sqlite"
    damaged.parent.mkdir()
    shutil.copyfile(store.path, damaged)
    _foreign_wal(damaged, tmp_path)
    opener = startup.open_in_window(window, str(damaged))
    qtbot.waitUntil(lambda: opener.done, timeout=120_000)
    dialog = window.damage_dialog
    assert dialog.isVisible()
    qtbot.mouseClick(dialog.read_only_button, Qt.MouseButton.LeftButton)
    assert window.store is dialog.store and window.store.read_only
