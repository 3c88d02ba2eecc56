"""The plain-sqlite3 file checks at the bottom of the store, on real files."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from tracker.store.sqlite_file import (
    APPLICATION_ID,
    backup_sqlite,
    diagnose,
    file_problems,
    foreign_file_problem,
    quick_check_file,
    wal_file,
)


def test_an_intact_database_has_no_problems(seeded_path: Path) -> None:
    assert file_problems(seeded_path) == []
    assert quick_check_file(seeded_path, full=True) == []
    assert diagnose(seeded_path) == []


def test_a_truncated_file_is_named_as_such_without_being_written(seeded_path: Path) -> None:
    data = seeded_path.read_bytes()
    seeded_path.write_bytes(data[: len(data) // 2 + 100])  # not a whole number of pages
    before = seeded_path.read_bytes()
    problems = diagnose(seeded_path)
    assert problems and "truncated" in problems[0]
    assert seeded_path.read_bytes() == before
    assert not wal_file(seeded_path).exists()


def test_a_file_that_is_not_sqlite_says_so(tmp_path: Path) -> None:
    path = tmp_path / "notes.sqlite"
    path.write_text("just some notes, long enough to hold a header" * 5)
    assert file_problems(path) == [
        f"{path.name} is not a SQLite database (it does not start with the header)"
    ]


def test_an_empty_file_is_new_not_damaged(tmp_path: Path) -> None:
    path = tmp_path / "new.sqlite"
    path.touch()
    assert file_problems(path) == []
    assert foreign_file_problem(path) is None


def test_another_programs_database_is_told_apart(tmp_path: Path) -> None:
    path = tmp_path / "photos.sqlite"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE albums (id INTEGER PRIMARY KEY, name TEXT)")
    conn.commit()
    conn.close()
    problem = foreign_file_problem(path)
    assert problem is not None and "albums" in problem and "not a Vaccine" in problem
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    conn.commit()
    conn.close()
    assert foreign_file_problem(path) is None  # marked as the tracker's


def test_a_tracker_database_is_not_foreign(seeded_path: Path) -> None:
    assert foreign_file_problem(seeded_path) is None


def test_backup_sqlite_makes_an_intact_copy_and_leaves_no_partial_file(
    seeded_path: Path, tmp_path: Path
) -> None:
    out = tmp_path / "copies" / "copy.sqlite"
    assert backup_sqlite(seeded_path, out) == out
    assert quick_check_file(out, full=True, with_wal=False) == []
    assert not list(out.parent.glob("*.partial*"))
    conn = sqlite3.connect(out)
    try:
        copied = conn.execute("SELECT count(*) FROM deliveries").fetchone()[0]
    finally:
        conn.close()
    conn = sqlite3.connect(f"file:{seeded_path}?mode=ro", uri=True)
    try:
        assert copied == conn.execute("SELECT count(*) FROM deliveries").fetchone()[0] > 0
    finally:
        conn.close()
