"""Damaged files are detected, named, and never written to.

Each case damages a copy of the seeded database the way real files get damaged: cut
short (a copy that stopped half-way, a full disk), a page of zeros (a bad sector, a sync
tool), and a ``-wal`` from another database copied next to it (SQLite would replay it,
and the next write would checkpoint it into the file). ``vaccine-tracker check`` must
exit 3 and name the problem, ``open_store`` must refuse the file, and the file (and its
log) must be byte-for-byte what it was.
"""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from tests.conftest import run_cli
from tracker.domain.errors import DatabaseError
from tracker.store import open_store
from tracker.store.sqlite_file import diagnose, wal_file

PAGE = 4096


def _pages(path: Path) -> int:
    return path.stat().st_size // PAGE


def truncated(db: Path, _: Path) -> None:
    data = db.read_bytes()
    db.write_bytes(data[: int(len(data) * 0.55)])  # mid-page, like a copy that stopped


def truncated_at_page(db: Path, _: Path) -> None:
    data = db.read_bytes()
    db.write_bytes(data[: _pages(db) // 2 * PAGE])  # whole pages, but not all of them


def zeroed_page(db: Path, _: Path) -> None:
    """Zero the page of the deliveries table nearest the middle of the file."""
    conn = sqlite3.connect(f"file:{db}?mode=ro&immutable=1", uri=True)
    pages = [r[0] for r in conn.execute("SELECT pageno FROM dbstat WHERE name = 'deliveries'")]
    conn.close()
    middle = _pages(db) // 2
    page = min(pages, key=lambda p: abs(p - middle))
    with db.open("r+b") as fh:
        fh.seek((page - 1) * PAGE)
        fh.write(bytes(PAGE))


def _wal_of(source: Path, folder: Path, sql: list[str], page_size: int = PAGE) -> Path:
    """The log of another database, caught before SQLite folds it back into the file."""
    conn = sqlite3.connect(source)
    conn.execute(f"PRAGMA page_size = {page_size}")
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA wal_autocheckpoint = 0")
    for statement in sql:
        conn.execute(statement)
        conn.commit()
    kept = folder / f"{source.name}.wal-copy"
    shutil.copyfile(wal_file(source), kept)
    conn.close()
    return kept


def foreign_wal_tracker(db: Path, folder: Path) -> None:
    """The log of another tracker database (a new, empty one where someone typed)."""
    from tracker.io.seed import open_database

    other = folder / "other" / "tracker.sqlite"
    open_database(str(other), empty=True).close()
    row = (
        "INSERT INTO deliveries (donor, recipient, vaccine, doses, arrived_on, status, "
        "confidence, notes, version, created_at, updated_at) VALUES ('USA', 'MEX', "
        "'astrazeneca', {n}, '2021-03-28', 'delivered', 'high', '', 1, '2021-03-28', "
        "'2021-03-28')"
    )
    shutil.copyfile(_wal_of(other, folder, [row.format(n=n) for n in range(1, 40)]), wal_file(db))


def foreign_wal_other_app(db: Path, folder: Path) -> None:
    """The log of some other program's database (another schema, another page size)."""
    other = folder / "notes.sqlite"
    sql = ["CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)"]
    sql += [f"INSERT INTO notes (body) VALUES ('{'note ' * 50}{i}')" for i in range(200)]
    shutil.copyfile(_wal_of(other, folder, sql, page_size=1024), wal_file(db))


def foreign_wal_same_page_size(db: Path, folder: Path) -> None:
    """Another program's log with our page size: SQLite would show its tables instead."""
    other = folder / "cache.sqlite"
    sql = ["CREATE TABLE cache (key TEXT PRIMARY KEY, value BLOB)"]
    sql += [f"INSERT INTO cache VALUES ('k{i}', randomblob(300))" for i in range(100)]
    shutil.copyfile(_wal_of(other, folder, sql), wal_file(db))


CASES = {
    "truncated": (truncated, "truncated"),
    "truncated at a page boundary": (truncated_at_page, "truncated"),
    "zeroed page": (zeroed_page, "is all zeros"),
    "foreign WAL (another tracker file)": (foreign_wal_tracker, "does not belong"),
    "foreign WAL (another program)": (foreign_wal_other_app, "belongs to another database"),
    "foreign WAL (same page size)": (foreign_wal_same_page_size, "belongs to another database"),
}


def _snapshot(db: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in (db, wal_file(db)) if p.exists()}


def _unchanged(db: Path, before: dict[str, bytes]) -> bool:
    """The file and its log hold the same bytes. A read-only SQLite reader may leave an
    *empty* ``-wal`` beside a file that had none (its locking protocol); nothing in it."""
    after = _snapshot(db)
    if wal_file(db).name not in before and after.get(wal_file(db).name) == b"":
        del after[wal_file(db).name]
    return after == before


@pytest.mark.parametrize("case", list(CASES))
def test_damaged_file_is_named_refused_and_never_written(case, seeded_path, tmp_path, figures):
    damage, phrase = CASES[case]
    damage(seeded_path, tmp_path)
    before = _snapshot(seeded_path)

    res = run_cli("--db", str(seeded_path), "check")
    assert res.returncode == 3, res.stdout + res.stderr
    assert "DAMAGED" in res.stdout and phrase in res.stdout, res.stdout

    with pytest.raises(DatabaseError, match="damaged"):
        open_store(str(seeded_path))
    with pytest.raises(DatabaseError, match="damaged"):
        open_store(str(seeded_path), read_only=True)
    opened = run_cli("--db", str(seeded_path), "summary")
    assert opened.returncode == 3, opened.stdout + opened.stderr

    assert _unchanged(seeded_path, before), "the damaged file or its log was written to"
    named = next(line.strip() for line in res.stdout.splitlines()[1:] if phrase in line)
    figures(f"check exit 3, open refused, bytes unchanged; check says: {named}")


def test_intact_file_with_its_own_log_is_not_mistaken_for_damage(seeded_path):
    """A log left by a crash (or by another process still running) is this file's own."""
    conn = sqlite3.connect(seeded_path)
    conn.execute("PRAGMA wal_autocheckpoint = 0")
    conn.execute("UPDATE deliveries SET notes = 'edited' WHERE id = 1")
    conn.execute("CREATE TABLE scratch (x)")  # schema changes in the log too
    conn.commit()
    assert wal_file(seeded_path).stat().st_size > 0
    try:
        assert diagnose(seeded_path, full=True) == []
        store = open_store(str(seeded_path))
        with store.read() as c:
            assert c.exec_driver_sql("SELECT notes FROM deliveries WHERE id = 1").scalar() == (
                "edited"
            )
        store.close()
    finally:
        conn.close()
