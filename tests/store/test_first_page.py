"""The first page at start-up, read with plain sqlite3, is what the store reads; and it
is read only from a healthy, up-to-date file, never written."""

from __future__ import annotations

import datetime as dt
import math
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from tests.factories import add_commitment, add_delivery, digest, foreign_wal
from tracker.domain.enums import RecordKind
from tracker.store import frames, open_store
from tracker.store import reconcile as rec
from tracker.store.first_page import MAX_BYTES, read_first_page, sqlite_file_of


def _plain(values: list) -> list:
    """NaN (pandas' missing number) as None: a value shown empty either way."""
    return [None if isinstance(v, float) and math.isnan(v) else v for v in values]


@pytest.fixture
def edited(seeded_path: Path) -> Path:
    """The bundled data plus hand-entered records: no reference, cancelled, several
    sources, an expiry date, a commitment it fulfils."""
    store = open_store(str(seeded_path))
    try:
        cid = add_commitment(store, ref=None, status="cancelled")
        add_commitment(store, ref="HAND-2", target_date=dt.date(2021, 9, 1))
        add_delivery(store, sources=["https://example.org/a", "https://example.org/b"],
                     expiry_on=dt.date(2022, 1, 31), commitment_id=cid)  # fmt: skip
        add_delivery(store, dt.date(2021, 6, 30), 10, status="scheduled")
    finally:
        store.close()
    return seeded_path


def test_the_first_page_reads_what_the_store_reads(edited: Path):
    page = read_first_page(str(edited))
    assert page is not None
    store = open_store(str(edited))
    try:
        assert page.reconciliation == rec.reconcile(store)
        for kind, frame in (
            (RecordKind.COMMITMENT, frames.commitments(store)),
            (RecordKind.DELIVERY, frames.deliveries(store)),
            (RecordKind.EVENT, frames.events(store)),
        ):
            columns = page.kinds[kind]
            assert list(columns) == list(frame.columns), kind
            for key in frame.columns:
                assert _plain(columns[key]) == _plain(frame[key].tolist()), (kind, key)
        assert page.display_name == store.display_name
        assert page.describe() == store.describe()
        from tracker.ui.window_data import bundled_as_of

        assert page.bundled_as_of == bundled_as_of(store) is not None
    finally:
        store.close()


def test_the_default_database_and_limits_are_the_stores():
    from tracker.store import database, maintenance

    assert MAX_BYTES <= maintenance.BIG_FILE_BYTES
    url = database.normalise_url(database.default_database_url())
    assert sqlite_file_of(None) == database.sqlite_path(url)
    for db in ("rel/tracker.sqlite", "sqlite:////tmp/x.sqlite", "sqlite:///rel.sqlite"):
        assert sqlite_file_of(db) == database.sqlite_path(database.normalise_url(db)), db
        if "://" not in db:
            assert str(sqlite_file_of(db)) == str(database.sqlite_path(database.normalise_url(db)))
    for db in ("postgresql://u:p@host/db", "sqlite://", "sqlite:///:memory:",
               "sqlite:///x.sqlite?mode=ro", "a?b.sqlite", "sqlite:////tmp/a#b"):  # fmt: skip
        assert sqlite_file_of(db) is None, db


def _unchanged_and_skipped(path: Path) -> None:
    before = digest(path)
    assert read_first_page(str(path)) is None
    assert digest(path) == before


def test_an_older_or_newer_schema_is_left_to_the_normal_path(seeded_path: Path):
    for version in ("0003", "9999"):
        with sqlite3.connect(seeded_path) as conn:
            conn.execute("UPDATE alembic_version SET version_num = ?", (version,))
        conn.close()
        _unchanged_and_skipped(seeded_path)


def test_missing_actors_are_left_to_the_normal_path(seeded_path: Path):
    with sqlite3.connect(seeded_path) as conn:
        conn.execute("PRAGMA foreign_keys = OFF")
        conn.execute("DELETE FROM actors WHERE code = 'NAM'")  # the store adds it back
    conn.close()
    _unchanged_and_skipped(seeded_path)


def test_a_damaged_or_foreign_file_is_left_to_the_normal_path(seeded_path: Path, tmp_path):
    cut = tmp_path / "cut.sqlite"
    cut.write_bytes(seeded_path.read_bytes()[: 40 * 1024])
    _unchanged_and_skipped(cut)
    junk = tmp_path / "junk.sqlite"
    junk.write_bytes(b"not a database" * 100)
    _unchanged_and_skipped(junk)
    # An index page the first page never reads, damaged: SQLite's check finds it.
    index = tmp_path / "index.sqlite"
    with sqlite3.connect(seeded_path) as conn:
        root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = 'ix_audit_log_at'")
        page = root.fetchone()[0]
        size = conn.execute("PRAGMA page_size").fetchone()[0]
    conn.close()
    data = bytearray(seeded_path.read_bytes())
    data[(page - 1) * size : page * size] = b"\xff" * size
    index.write_bytes(bytes(data))
    _unchanged_and_skipped(index)
    foreign_wal(seeded_path, tmp_path)
    _unchanged_and_skipped(seeded_path)


def test_missing_read_only_or_big_files_are_left_to_the_normal_path(seeded_path, tmp_path):
    assert read_first_page(str(tmp_path / "none.sqlite")) is None
    assert not (tmp_path / "none.sqlite").exists()
    empty = tmp_path / "empty.sqlite"
    empty.touch()
    _unchanged_and_skipped(empty)
    with sqlite3.connect(seeded_path) as conn:  # a healthy file, too big for it
        conn.execute("UPDATE events SET notes = ? WHERE id = 1", ("x" * MAX_BYTES,))
    conn.close()
    _unchanged_and_skipped(seeded_path)
    if os.geteuid() != 0:  # root writes anyway
        os.chmod(seeded_path, 0o444)
        _unchanged_and_skipped(seeded_path)


def test_reading_the_first_page_imports_neither_sqlalchemy_nor_pandas(seeded_path: Path):
    probe = (
        "import sys; from tracker.store.first_page import read_first_page; "
        "assert read_first_page(sys.argv[1]) is not None; "
        "print(sorted(m for m in ('sqlalchemy', 'pandas', 'PySide6') if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", probe, str(seeded_path)], capture_output=True,
                         text=True, check=True)  # fmt: skip
    assert out.stdout.split() == ["[]"]
