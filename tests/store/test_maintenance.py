"""Backups (rotation, daily, fallback folder), restore, diagnosis and read-only rescue."""

from __future__ import annotations

import datetime as dt
import sqlite3

import pytest
import sqlalchemy as sa

from tests.factories import count_deliveries, foreign_wal
from tracker.domain.errors import DatabaseError, InputError
from tracker.store import open_store
from tracker.store.backups import (
    backup_folder,
    backup_now,
    daily_backup_if_due,
    latest_backup,
    list_backups,
    prune,
    restore,
    restore_latest,
)
from tracker.store.database import Store
from tracker.store.maintenance import check_database, open_read_only_copy, read_only_possible
from tracker.store.sqlite_file import diagnose

T0 = dt.datetime(2026, 11, 2, 9, 30, 0)


def test_backups_are_named_rotated_per_reason_and_listed_newest_first(store, monkeypatch):
    monkeypatch.setenv("TRACKER_BACKUP_KEEP", "3")
    made = [backup_now(store, "pre-import", now=T0 + dt.timedelta(hours=h)) for h in range(5)]
    daily = backup_now(store, "daily", now=T0)
    folder = backup_folder(store.path)
    assert made[0].parent == folder
    assert made[0].name == "tracker.pre-import-20261102-093000.sqlite"
    left = list_backups(store.path, "pre-import")
    assert [b.path for b in left] == made[:1:-1]  # the newest three, newest first
    assert not made[0].exists() and not made[1].exists()
    assert daily.exists()  # another reason keeps its own copies
    assert latest_backup(store.path) == made[-1]
    assert count_deliveries(made[-1]) == count_deliveries(store.path)
    assert prune(store.path, keep=1) == [made[3], made[2]]
    assert [b.reason for b in list_backups(store.path)] == ["pre-import", "daily"]


def test_two_backups_in_one_second_are_both_kept(store):
    first = backup_now(store, "pre-import", now=T0)
    second = backup_now(store, "pre-import", now=T0)
    assert first != second and first.exists() and second.exists()
    assert second.name == "tracker.pre-import-20261102-093000-1.sqlite"
    assert latest_backup(store.path) == second


def test_daily_backup_is_taken_at_most_once_a_day(store, seeded_path):
    assert daily_backup_if_due(store, now=T0) is not None
    assert daily_backup_if_due(store, now=T0 + dt.timedelta(hours=8)) is None
    assert daily_backup_if_due(store, now=T0 + dt.timedelta(days=1)) is not None
    assert len(list_backups(store.path, "daily")) == 2
    ro = open_store(str(seeded_path), read_only=True)
    try:
        assert daily_backup_if_due(ro, now=T0 + dt.timedelta(days=5)) is None
    finally:
        ro.close()


def test_a_file_named_backups_beside_the_database_is_no_obstacle(store):
    (store.path.parent / "backups").write_text("a file where the old folder went")
    out = backup_now(store, "daily", now=T0)
    assert "vaccine-tracker" in str(out) and out.parent == backup_folder(store.path)
    assert latest_backup(store.path) == out


def test_a_postgres_store_is_not_copied():
    engine = sa.create_engine("postgresql+psycopg://u@localhost/tracker")
    remote = Store(
        "postgresql+psycopg://u@localhost/tracker", engine, created=False, read_only=False
    )
    assert backup_now(remote, "daily") is None
    assert daily_backup_if_due(remote) is None


def test_latest_backup_skips_a_damaged_copy(store):
    good = backup_now(store, "daily", now=T0)
    bad = backup_now(store, "daily", now=T0 + dt.timedelta(days=1))
    bad.write_bytes(bad.read_bytes()[:5000])
    assert latest_backup(store.path) == good
    assert latest_backup(store.path, intact=False) == bad


def test_restoring_over_a_damaged_file_moves_it_aside_unchanged(store, seeded_path):
    backup = backup_now(store, "daily", now=T0)
    store.close()
    data = seeded_path.read_bytes()
    seeded_path.write_bytes(data[: len(data) // 2])
    damaged = seeded_path.read_bytes()
    assert diagnose(seeded_path)
    used, kept = restore_latest(str(seeded_path))
    assert used == backup
    assert kept.name.startswith("tracker.damaged-") and kept.read_bytes() == damaged
    assert diagnose(seeded_path) == []
    assert count_deliveries(seeded_path) == count_deliveries(backup)
    assert kept not in [b.path for b in list_backups(seeded_path)]  # evidence, not a backup


def test_restoring_over_an_intact_file_backs_it_up_first(store, seeded_path, tmp_path):
    from tracker.io.seed import open_database

    other = tmp_path / "other.sqlite"
    open_database(str(other), empty=True).close()
    store.close()
    kept = restore(str(seeded_path), other)
    assert kept.parent == backup_folder(seeded_path) and ".pre-restore-" in kept.name
    assert count_deliveries(kept) > 0 and count_deliveries(seeded_path) == 0


def test_restore_refuses_a_file_that_is_not_a_tracker_database(seeded_path, tmp_path):
    junk = tmp_path / "junk.sqlite"
    sqlite3.connect(junk).execute("CREATE TABLE x (y)").connection.close()
    with pytest.raises(InputError, match="not a Vaccine Diplomacy Tracker database"):
        restore(str(seeded_path), junk)
    with pytest.raises(DatabaseError, match="no intact backup"):
        restore_latest(str(seeded_path))


def test_check_names_a_truncated_file_and_an_intact_one_passes(seeded_path):
    assert check_database(str(seeded_path)).corrupt is False
    data = seeded_path.read_bytes()
    seeded_path.write_bytes(data[: 4096 * 10])
    report = check_database(str(seeded_path))
    assert report.corrupt
    assert "truncated" in report.integrity[0] and "header says" in report.integrity[0]


def test_a_log_from_another_database_is_left_out_of_the_read_only_copy(seeded_path, tmp_path):
    foreign_wal(seeded_path, tmp_path)
    problems = diagnose(seeded_path)
    assert "belongs to another database" in problems[0]
    assert read_only_possible(seeded_path, problems)
    copy = open_read_only_copy(seeded_path, problems)
    try:
        assert copy.read_only and copy.path != seeded_path
        with copy.read() as c:
            assert c.exec_driver_sql(
                "SELECT count(*) FROM deliveries"
            ).scalar() == count_deliveries(seeded_path)
    finally:
        copy.close()


def test_a_file_too_damaged_to_read_is_not_offered_read_only(seeded_path):
    data = seeded_path.read_bytes()
    seeded_path.write_bytes(data[:4096] + bytes(len(data) - 4096))
    problems = diagnose(seeded_path)
    assert problems
    assert not read_only_possible(seeded_path, problems)
    with pytest.raises(DatabaseError, match="too damaged"):
        open_read_only_copy(seeded_path, problems)


def test_backups_taken_at_the_same_moment_get_their_own_files(store):
    from concurrent.futures import ThreadPoolExecutor

    with ThreadPoolExecutor(max_workers=4) as pool:
        made = list(pool.map(lambda _: backup_now(store, "pre-import", now=T0), range(8)))
    assert len(set(made)) == 8
    assert all(count_deliveries(p) == count_deliveries(store.path) for p in made)
    assert len(list_backups(store.path, "pre-import")) == 8
    assert not [p for p in made[0].parent.iterdir() if p.name.startswith(".")]


def test_copies_the_user_asked_for_are_never_pruned(store):
    from tracker.store.backups import backup_to

    folder = backup_folder(store.path)
    folder.mkdir(parents=True)
    mine = backup_to(store, folder)
    assert ".backup-" in mine.name
    backup_now(store, "daily", now=T0)
    assert prune(store.path, keep=0) == [folder / "tracker.daily-20261102-093000.sqlite"]
    assert mine.exists() and latest_backup(store.path) == mine


def test_leftovers_of_a_killed_backup_are_removed_at_the_next_start(store, seeded_path):
    import os
    import subprocess
    import sys
    import time

    store.close()
    gone = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True
    ).stdout.strip()
    folder = backup_folder(seeded_path)
    folder.mkdir(parents=True)
    reserved = folder / "tracker.pre-import-20261201-101010.sqlite"
    reserved.write_bytes(b"")
    old = time.time() - 3600
    os.utime(reserved, (old, old))
    hidden = folder / f".{reserved.name}.{gone}-140000"
    partial = hidden.with_name(hidden.name + ".partial")
    journal = hidden.with_name(hidden.name + ".partial-journal")
    for f in (partial, journal):
        f.write_bytes(b"x" * 1000)
    staged = seeded_path.with_name(f".{seeded_path.name}.restoring-{gone}")
    staged.write_bytes(b"y")
    mine = folder / f".tracker.daily-20261201-101010.sqlite.{os.getpid()}-1.partial"
    mine.write_bytes(b"a live process is writing this")
    keep = backup_now(seeded_path, "daily", now=T0)
    assert not reserved.exists() and not partial.exists() and not journal.exists()
    assert not staged.exists()
    assert mine.exists() and keep.exists()
    mine.unlink()
    open_store(str(seeded_path)).close()
