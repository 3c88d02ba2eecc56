"""Where automatic backups go (the user data folder, named after the database), and that
copies in the places earlier versions used are still found (issue 15, item 14)."""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import shutil
from pathlib import Path

import pytest

from tests.factories import count_deliveries
from tracker.domain.errors import DatabaseError
from tracker.store import open_store
from tracker.store.backups import (
    backup_folder,
    backup_now,
    browse_folder,
    daily_backup_if_due,
    list_backups,
    prune,
    restorable_files,
    restore,
    restore_latest,
)

T0 = dt.datetime(2026, 11, 2, 9, 30, 0)


@pytest.fixture(autouse=True)
def _folders_made(tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()


def _data_home() -> Path:
    return Path(os.environ["XDG_DATA_HOME"]) / "vaccine-tracker"


def _legacy_copy(db: Path, name: str) -> Path:
    """A backup where earlier versions put it: a ``backups`` folder beside the database."""
    folder = db.parent / "backups"
    folder.mkdir(exist_ok=True)
    return Path(shutil.copyfile(db, folder / name))


def test_a_database_in_a_temporary_folder_gets_nothing_beside_it(tmp_path):
    folder = tmp_path / "scratch"
    db = folder / "story.sqlite"
    store = open_store(str(db))
    try:
        daily = daily_backup_if_due(store, now=T0)
        pre_import = backup_now(store, "pre-import", now=T0)
    finally:
        store.close()
    assert daily is not None and pre_import is not None
    assert not (folder / "backups").exists()
    assert sorted(p.name for p in folder.iterdir() if not p.name.endswith(("-wal", "-shm"))) == [
        "story.sqlite"
    ]
    key = hashlib.sha1(str(db.resolve()).encode()).hexdigest()[:8]
    expected = _data_home() / "backups" / f"story-{key}"
    assert backup_folder(db) == expected
    assert daily.parent == expected and pre_import.parent == expected
    assert daily.name == "story.daily-20261102-093000.sqlite"
    assert {b.path for b in list_backups(db)} == {daily, pre_import}


def test_two_databases_named_alike_keep_their_backups_apart(tmp_path, seeded_template):
    one = Path(shutil.copyfile(seeded_template, tmp_path / "a" / "tracker.sqlite"))
    empty_one = tmp_path / "b" / "tracker.sqlite"
    open_store(str(empty_one)).close()
    ours = backup_now(one, "daily", now=T0)
    theirs = backup_now(empty_one, "daily", now=T0)
    assert ours is not None and theirs is not None
    assert backup_folder(one) != backup_folder(empty_one)
    assert ours.parent.name.startswith("tracker-") and theirs.parent.name.startswith("tracker-")
    assert [b.path for b in list_backups(one)] == [ours]
    assert [b.path for b in list_backups(empty_one)] == [theirs]
    assert count_deliveries(ours) > 0 and count_deliveries(theirs) == 0
    prune(empty_one, keep=0)
    assert ours.exists() and not theirs.exists()


def test_a_legacy_backups_folder_is_still_listed_and_restorable(seeded_path, tmp_path):
    old = _legacy_copy(seeded_path, "tracker.daily-20261101-080000.sqlite")
    open_store(str(seeded_path)).close()
    assert [b.path for b in list_backups(seeded_path)] == [old]
    assert [b.path for b in restorable_files(seeded_path)] == [old]
    # The database is emptied by hand; the old copy brings its records back.
    spare = tmp_path / "a" / "spare.sqlite"
    open_store(str(spare)).close()
    restore(str(seeded_path), spare)
    assert count_deliveries(seeded_path) == 0
    used, kept = restore_latest(str(seeded_path))
    assert used != old  # the pre-restore copy just taken is newer...
    assert kept is not None and kept.parent == backup_folder(seeded_path)
    restore(str(seeded_path), old)  # ...and the legacy one is still there to choose
    assert count_deliveries(seeded_path) == count_deliveries(old) > 0
    assert old in [b.path for b in list_backups(seeded_path)]
    # New copies go to the new place only; the old folder gets nothing new.
    assert [p.name for p in old.parent.iterdir() if p.suffix == ".sqlite"] == [old.name]


def test_restore_browses_where_the_newest_copy_is(seeded_path):
    assert browse_folder(seeded_path) == backup_folder(seeded_path)  # no copy yet
    old = _legacy_copy(seeded_path, "tracker.daily-20261101-080000.sqlite")
    assert browse_folder(seeded_path) == old.parent  # a user upgrading finds it
    backup_now(seeded_path, "daily", now=T0)
    assert browse_folder(seeded_path) == backup_folder(seeded_path)


def test_legacy_copies_rotate_with_the_new_ones(seeded_path, monkeypatch):
    monkeypatch.setenv("TRACKER_BACKUP_KEEP", "2")
    old = _legacy_copy(seeded_path, "tracker.daily-20261101-080000.sqlite")
    first = backup_now(seeded_path, "daily", now=T0)
    assert old.exists() and [b.path for b in list_backups(seeded_path)] == [first, old]
    second = backup_now(seeded_path, "daily", now=T0 + dt.timedelta(days=1))
    assert [b.path for b in list_backups(seeded_path)] == [second, first]
    assert not old.exists()  # the newest two of the kind are kept, wherever they are


def _vanish(db: Path, how: str) -> None:
    for side in ("-wal", "-shm"):
        db.with_name(db.name + side).unlink(missing_ok=True)
    if how == "missing":
        db.unlink()
    else:
        db.write_bytes(b"")


@pytest.mark.parametrize("how", ["missing", "empty"])
@pytest.mark.parametrize("where", ["new", "legacy"])
def test_a_vanished_database_with_backups_is_refused_not_recreated(seeded_path, where, how):
    if where == "new":
        copy = backup_now(seeded_path, "pre-import", now=T0)
    else:
        copy = _legacy_copy(seeded_path, "tracker.pre-import-20261101-080000.sqlite")
    assert copy is not None
    _vanish(seeded_path, how)
    with pytest.raises(DatabaseError, match="backup") as raised:
        open_store(str(seeded_path))
    assert str(copy) in str(raised.value) and str(copy.parent) in str(raised.value)
    assert (seeded_path.stat().st_size == 0) if how == "empty" else not seeded_path.exists()
    # Moving the backups away (as the message says) lets a new database be made.
    shutil.move(copy, seeded_path.parent / "a" / copy.name)
    open_store(str(seeded_path)).close()
    assert count_deliveries(seeded_path) == 0


def test_a_damaged_file_is_moved_aside_in_its_own_folder(store, seeded_path):
    backup = backup_now(store, "daily", now=T0)
    store.close()
    data = seeded_path.read_bytes()
    seeded_path.write_bytes(data[: len(data) // 2])
    used, kept = restore_latest(str(seeded_path))
    assert used == backup and kept is not None
    assert kept.parent == seeded_path.parent and kept.name.startswith("tracker.damaged-")
    assert kept in [b.path for b in restorable_files(seeded_path)]
    assert not (seeded_path.parent / "backups").exists()
