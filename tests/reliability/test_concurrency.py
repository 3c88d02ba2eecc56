"""Two app processes (and an import) writing one SQLite file at the same time.

Writers queue on SQLite's lock (``BEGIN IMMEDIATE`` with a busy timeout) instead of
failing with "database is locked"; optimistic locking turns a concurrent edit of the
same record into a conflict the writer retries, so no update is lost. A backup taken
while another process writes is a consistent snapshot.
"""

from __future__ import annotations

import json
import sqlite3
import time

from tests.reliability.conftest import count_rows, integrity, spawn, write_deliveries_csv
from tracker.store.backups import backup_now, list_backups
from tracker.store.sqlite_file import quick_check_file

INCREMENTS = 120
ADDS = 60
IMPORT_ROWS = 3_000
RECORD = 1


def _doses(path) -> int:
    conn = sqlite3.connect(path)
    try:
        return conn.execute("SELECT doses FROM deliveries WHERE id = ?", (RECORD,)).fetchone()[0]
    finally:
        conn.close()


def _id_span(path, where: str) -> tuple[int, int]:
    """The lowest and highest delivery id among the rows ``where`` selects."""
    conn = sqlite3.connect(path)
    try:
        return conn.execute(f"SELECT min(id), max(id) FROM deliveries WHERE {where}").fetchone()
    finally:
        conn.close()


def _wait_for_writers(path, writers, above: int, what: str) -> None:
    """Wait until every writer has added a record whose id is greater than ``above``."""
    deadline = time.monotonic() + 300
    while True:
        highs = [_id_span(path, f"notes LIKE 'writer {w.pid} #%'")[1] for w in writers]
        if all(h is not None and h > above for h in highs):
            return
        assert time.monotonic() < deadline, f"the writers never {what}"
        assert all(w.poll() is None for w in writers), f"a writer ended before it {what}"
        time.sleep(0.01)


def test_two_writers_and_an_import_lose_nothing(seeded_path, tmp_path, figures, tally):
    csv = write_deliveries_csv(tmp_path / "concurrent.csv", IMPORT_ROWS, "CONC", seed=7)
    doses_before, rows_before = _doses(seeded_path), count_rows(seeded_path)
    start = time.monotonic()
    # The writers go on until the import has ended: all three are sure to overlap, and
    # the rows' ids prove it below (not merely the timing of the processes).
    stop = tmp_path / "stop-writing"
    writers = [
        spawn(
            "tests.reliability.workers",
            "writer",
            str(seeded_path),
            str(RECORD),
            str(INCREMENTS),
            str(ADDS),
            str(stop),
        )
        for _ in range(2)
    ]
    # The import starts once each writer has added a record of its own, and while both
    # still run; the writers stop only once each has added a record after the import's
    # last: the three really overlap, whatever the machine's load.
    _wait_for_writers(seeded_path, writers, above=0, what="started writing")
    assert all(w.poll() is None for w in writers), "the writers finished before the import"
    importer = spawn("tracker", "--db", str(seeded_path), "import", str(csv))
    imported_out, imported_err = importer.communicate(timeout=600)
    assert importer.returncode == 0, imported_err
    _, last_imported = _id_span(seeded_path, "ref LIKE 'CONC-%'")
    _wait_for_writers(seeded_path, writers, above=last_imported, what="wrote after the import")
    stop.touch()
    reports = []
    for w in writers:
        out, err = w.communicate(timeout=600)
        assert w.returncode == 0, err
        reports.append(json.loads(out.strip().splitlines()[-1]))
    seconds = time.monotonic() - start

    assert importer.returncode == 0, imported_err
    assert "locked" not in imported_err + imported_out
    for r in reports:
        assert r["errors"] == [], r["errors"]  # no "database is locked" reached anyone
        assert r["increments"] >= INCREMENTS and r["adds"] >= ADDS
    # The import is one transaction (its rows' ids are consecutive); each writer added
    # rows both before it began and after it ended: the three processes overlapped.
    first, last = _id_span(seeded_path, "ref LIKE 'CONC-%'")
    assert last - first + 1 == IMPORT_ROWS
    for w in writers:
        low, high = _id_span(seeded_path, f"notes LIKE 'writer {w.pid} #%'")
        assert low < first and high > last, (w.pid, low, high, first, last)
    doses_after, rows_after = _doses(seeded_path), count_rows(seeded_path)
    expected_doses = doses_before + sum(r["increments"] for r in reports)
    expected_rows = rows_before + sum(r["adds"] for r in reports) + IMPORT_ROWS
    lost = (expected_doses - doses_after) + (expected_rows - rows_after)
    conflicts = sum(r["conflicts"] for r in reports)
    figures(
        f"2 writers (≥ {INCREMENTS} increments of one record + ≥ {ADDS} new records, going "
        "on until the import ended) and an "
        f"import of {IMPORT_ROWS:,} rows at once, {seconds:.1f} s: counter {doses_before:,} → "
        f"{doses_after:,} (expected {expected_doses:,}), rows {rows_before:,} → "
        f"{rows_after:,} (expected {expected_rows:,}); conflicts detected and retried "
        f"{conflicts}; 'database is locked' errors 0; lost updates = {lost}"
    )
    tally(
        "concurrent writers",
        processes=3,
        transactions=sum(r["increments"] + r["adds"] for r in reports) + 1,
        conflicts_retried=conflicts,
        database_is_locked_errors=sum(len(r["errors"]) for r in reports),
        lost_updates=lost,
    )
    assert lost == 0
    assert doses_after == expected_doses and rows_after == expected_rows
    assert integrity(seeded_path) == ["ok"]


def test_backup_while_another_process_writes_is_consistent(seeded_path, tmp_path, figures):
    batch = 25
    rows_before = count_rows(seeded_path)
    stop = tmp_path / "stop"
    proc = spawn(
        "tests.reliability.workers", "insert-loop", str(seeded_path), str(stop), str(batch)
    )
    committed: list[int] = []
    taken = []
    try:
        for line in proc.stdout:
            committed.append(int(line.split()[1]))
            if len(committed) in (20, 60, 120, 200):
                taken.append(backup_now(seeded_path, "under-load", keep=10))
            if len(committed) >= 220:
                break
    finally:
        stop.touch()
        rest, err = proc.communicate(timeout=120)
    committed += [int(line.split()[1]) for line in rest.splitlines()]
    assert proc.returncode == 0, err
    seen = set(committed)
    counts = []
    for path in taken:
        assert quick_check_file(path, full=True, with_wal=False) == []
        conn = sqlite3.connect(f"file:{path}?mode=ro&immutable=1", uri=True)
        n = conn.execute("SELECT count(*) FROM deliveries").fetchone()[0]
        conn.close()
        # Exactly the rows of one committed transaction: no half batch, nothing torn.
        assert n in seen, (n, sorted(seen)[:5])
        counts.append(n)
    assert [b.path for b in list_backups(seeded_path, "under-load")] == taken[::-1]
    figures(
        f"{len(taken)} backups while another process committed {len(committed)} "
        f"transactions of {batch} rows ({rows_before:,} → {committed[-1]:,} rows): each "
        f"passed integrity_check and holds a committed count {counts}"
    )
