"""A full disk is not damage: check, restore and open on a real, full filesystem (tmpfs)."""

from __future__ import annotations

import shutil

import pytest

from tests.factories import count_deliveries as _rows
from tests.factories import digest as _digest
from tests.io import hostile
from tests.store.disks import fill
from tracker.domain.errors import DatabaseError
from tracker.io.seed import open_database
from tracker.store.backups import backup_folder, restorable_files, restore
from tracker.store.maintenance import check_database

run_cli = hostile.counted_cli("storage faults (full disk)")


@pytest.fixture
def full_db(disk, seeded_template):
    """The seeded database on a filesystem with not one byte free, and no -shm file."""
    db = disk / "tracker.sqlite"
    shutil.copyfile(seeded_template, db)
    filler = fill(disk)
    return db, filler


def test_check_on_a_full_disk_does_not_call_an_intact_file_damaged(full_db):
    db, _ = full_db
    before = _digest(db)
    report = check_database(str(db))
    hostile.record(
        "storage faults (full disk)", handled=not report.corrupt, data_lost=_digest(db) != before
    )
    assert not report.corrupt, report.integrity
    assert _digest(db) == before
    done = run_cli("--db", str(db), "check")
    assert "DAMAGED" not in done.stdout, done.stdout
    assert done.returncode == 0, done.stdout + done.stderr


def _refused_restore(db, tmp_path, before: str):
    """Restore an empty database over ``db`` on its full disk: refused as a full disk,
    recorded as a storage fault; the spare copy is returned."""
    spare = tmp_path / "spare.sqlite"
    open_database(str(spare), empty=True).close()
    with pytest.raises(DatabaseError, match="full"):
        restore(str(db), spare)
    hostile.record("storage faults (full disk)", refused=True, data_lost=_digest(db) != before)
    return spare


def test_restore_on_a_full_disk_leaves_the_live_file_in_place(full_db, tmp_path, seeded_template):
    db, filler = full_db
    before = _digest(db)
    spare = _refused_restore(db, tmp_path, before)
    assert _digest(db) == before, "the live file was changed or moved"
    assert not list(db.parent.glob(".*restoring*")), "a partial copy was left"
    assert [b.reason for b in restorable_files(db)] == []
    done = run_cli("--db", str(db), "restore", str(spare), watch=db)
    assert done.returncode == 3 and "full" in done.stderr, done.stderr
    assert "Traceback" not in done.stderr
    assert _digest(db) == before
    filler.unlink()
    assert _rows(db) == _rows(seeded_template)


def test_restore_over_a_damaged_file_on_a_full_disk_keeps_it_in_place(full_db, tmp_path):
    db, filler = full_db
    filler.unlink()
    data = db.read_bytes()
    db.write_bytes(data[: len(data) // 2])
    fill(db.parent)
    damaged = _digest(db)
    _refused_restore(db, tmp_path, damaged)
    assert _digest(db) == damaged and db.stat().st_size > 0


def test_a_database_that_existed_is_never_re_seeded_when_empty_or_missing(disk, seeded_template):
    db = disk / "tracker.sqlite"
    shutil.copyfile(seeded_template, db)
    store = open_database(str(db))
    from tracker.store.backups import backup_now

    backup_now(store, "pre-import")
    store.close()
    db.write_bytes(b"")  # what a failed copy on a full disk leaves
    for empty in (False, True):
        with pytest.raises(DatabaseError, match="backup"):
            open_database(str(db), empty=empty)
        hostile.record("storage faults (full disk)", refused=True, data_lost=db.stat().st_size != 0)
        assert db.stat().st_size == 0
    done = run_cli("--db", str(db), "--empty", "summary")
    assert done.returncode == 3 and "restore" in done.stderr, done.stderr
    assert db.stat().st_size == 0
    db.unlink()
    done = run_cli("--db", str(db), "summary")
    assert done.returncode == 3 and not db.exists(), done.stderr


def test_check_lists_every_restorable_file_including_moved_aside_ones(disk, seeded_template):
    db = disk / "tracker.sqlite"
    shutil.copyfile(seeded_template, db)
    aside = disk / "tracker.damaged-20261130-101500.sqlite"  # where a restore puts it
    shutil.copyfile(seeded_template, aside)  # intact after all: a full disk was blamed
    legacy = disk / "backups"  # where earlier versions kept backups
    legacy.mkdir()
    daily = legacy / "tracker.daily-20261129-090000.sqlite"
    shutil.copyfile(seeded_template, daily)
    folder = backup_folder(db)
    folder.mkdir(parents=True)
    newer = folder / "tracker.daily-20261130-090000.sqlite"
    shutil.copyfile(seeded_template, newer)
    data = db.read_bytes()
    db.write_bytes(data[: len(data) // 2])
    done = run_cli("--db", str(db), "check")
    assert done.returncode == 3
    for copy in (aside, daily, newer):
        assert str(copy) in done.stdout, done.stdout
    assert "moved aside" in done.stdout and "intact" in done.stdout
    db.write_bytes(b"")
    done = run_cli("--db", str(db), "check")
    assert done.returncode == 3 and str(aside) in done.stdout, done.stdout
