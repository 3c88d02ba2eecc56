"""Crash safety: SIGKILL an import or an editing process at random moments.

An import writes in one transaction, so after a kill the file holds exactly the rows
from before or all of them; it passes ``PRAGMA integrity_check`` and the app opens it
with no manual step (SQLite rolls the unfinished transaction back from the log). An
edit reported as saved (``repository.apply`` returned) is on disk.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.reliability.conftest import FIGURES, ROOT, child_env, count_rows, integrity, spawn
from tracker.store.sqlite_file import diagnose, wal_file

ROWS = 100_000
RUNS = 8
SLOW_RUNS = 40


@dataclass
class Run:
    number: int
    #: Where to kill: "checking" (before the write transaction), "writing" (inside it) or
    #: "commit" (once the whole log is written: just before or after the commit), and how
    #: far into that phase (0..1), scaled by the calibrated duration or log size.
    target: str
    fraction: float
    kill_at: float = 0.0  # seconds after start, as it happened
    wal_bytes: int = 0
    before: int = 0
    after: int = 0
    ended_by_itself: bool = False

    @property
    def phase(self) -> str:
        if self.after == self.before + ROWS:
            return "after commit"
        return "mid-write" if self.wal_bytes else "before writing"


def _import(db: Path, csv: Path) -> subprocess.Popen:
    return spawn("tracker", "--db", str(db), "import", str(csv), stdout=subprocess.DEVNULL)


def _wal_bytes(db: Path) -> int:
    try:
        return wal_file(db).stat().st_size
    except FileNotFoundError:
        return 0


@dataclass(frozen=True)
class Calibration:
    seconds: float
    checking: float  # seconds before the write transaction starts
    wal_bytes: int  # the log's size when the transaction commits
    rows_after: int


@pytest.fixture(scope="module")
def calibration(seeded_template, deliveries_100k, tmp_path_factory, request) -> Calibration:
    """One complete import: proves it works, and how long each phase takes here."""
    db = tmp_path_factory.mktemp("complete") / "complete.sqlite"
    shutil.copyfile(seeded_template, db)
    before = count_rows(db)
    start = time.monotonic()
    proc = _import(db, deliveries_100k)
    checking, biggest = None, 0
    while proc.poll() is None:
        size = _wal_bytes(db)
        if size and checking is None:
            checking = time.monotonic() - start
        biggest = max(biggest, size)
        time.sleep(0.005)
    total = time.monotonic() - start
    assert proc.returncode == 0, proc.stderr.read()
    proc.stderr.close()
    after = count_rows(db)
    assert after == before + ROWS
    result = Calibration(total, checking or total, biggest, after)
    request.config.stash.setdefault(FIGURES, []).append(
        f"complete import of {ROWS:,} rows: {total:.1f} s (checking {result.checking:.1f} s, "
        f"then writing a {biggest / 1e6:.1f} MB log); rows {before:,} → {after:,}"
    )
    return result


def _kill_run(run: Run, template: Path, csv: Path, folder: Path, cal: Calibration) -> Run:
    db = folder / f"run-{run.number:02d}.sqlite"
    shutil.copyfile(template, db)
    run.before = count_rows(db)
    start = time.monotonic()
    proc = _import(db, csv)
    # Kill moments are points of progress, not of time, so a loaded machine (other tests,
    # other processes) moves them no more than a fast one.
    if run.target in ("writing", "commit"):
        share = run.fraction if run.target == "writing" else 1.0
        wanted = max(1, int(share * cal.wal_bytes))
        while proc.poll() is None and _wal_bytes(db) < wanted:
            time.sleep(0.002)
        if run.target == "commit":
            time.sleep(run.fraction * 0.5)
    else:
        deadline = start + run.fraction * cal.checking
        while proc.poll() is None and time.monotonic() < deadline:
            time.sleep(0.002)
    run.kill_at = time.monotonic() - start
    if proc.poll() is None:
        os.kill(proc.pid, signal.SIGKILL)
    else:
        run.ended_by_itself = True
    proc.wait()
    proc.stderr.close()
    run.wal_bytes = _wal_bytes(db)
    # What the app checks on opening (read-only, must not mistake the log for damage)...
    assert diagnose(db) == [], f"run {run.number}: the app would refuse the file"
    # ...then the app opens it (no manual step), then any SQLite client checks it.
    run.after = count_rows(db)
    assert integrity(db) == ["ok"], f"run {run.number}"
    assert run.after in (run.before, run.before + ROWS), f"run {run.number}: {run.after} rows"
    return run


def _plan(runs: int, first: int, rng) -> list[Run]:
    """Stratified random moments: a quarter while the file is checked, most inside the
    write transaction (at a random share of the log it writes), the last eighth around
    the commit (up to half a second after the whole log is written)."""
    plan = []
    for i in range(runs):
        u = (i + rng.random()) / runs
        if u < 0.25:
            plan.append(Run(first + i, "checking", max(0.05, u / 0.25)))
        elif u < 0.875:
            plan.append(Run(first + i, "writing", (u - 0.25) / 0.625))
        else:
            plan.append(Run(first + i, "commit", (u - 0.875) / 0.125))
    return plan


def _kill_imports(plan: list[Run], template, csv, folder, cal, figures, tally) -> None:
    with ThreadPoolExecutor(max_workers=2) as pool:  # two imports at a time (2 cores)
        done = sorted(
            pool.map(lambda r: _kill_run(r, template, csv, folder, cal), plan),
            key=lambda r: r.number,
        )
    for r in done:
        how = "ended before the kill" if r.ended_by_itself else f"SIGKILL at {r.kill_at:.2f} s"
        figures(
            f"run {r.number}: {how} ({r.target} {r.fraction:.0%}), {r.phase} "
            f"(log {r.wal_bytes / 1e6:.1f} MB): rows before {r.before:,}, after {r.after:,}"
        )
    phases = ("before writing", "mid-write", "after commit")  # what the file shows
    counts = ", ".join(f"{sum(r.phase == p for r in done)} {p}" for p in phases)
    tally(
        "killed imports",
        runs=len(done),
        killed_before_writing=sum(r.phase == "before writing" for r in done),
        killed_mid_write=sum(r.phase == "mid-write" for r in done),
        all_rows_after_commit=sum(r.phase == "after commit" for r in done),
        rows_other_than_before_or_all=0,
        integrity_check_ok=len(done),
        reopened_by_open_store=len(done),
    )
    figures(
        f"killed imports: {len(done)} runs ({counts}); rows after = before "
        f"({done[0].before:,}) or before + {ROWS:,} every time; integrity_check ok "
        f"{len(done)}/{len(done)}; reopened with open_store {len(done)}/{len(done)}"
    )


# Batches of four keep each test short; together they cover the stratified moments.
@pytest.mark.parametrize("batch", [1, 2])
def test_killed_import_leaves_all_rows_or_none(
    batch, seeded_template, deliveries_100k, tmp_path, calibration, rng, figures, tally
):
    plan = _plan(RUNS, 1, rng)[batch - 1 :: 2]
    _kill_imports(plan, seeded_template, deliveries_100k, tmp_path, calibration, figures, tally)


@pytest.mark.slow
@pytest.mark.parametrize("batch", range(1, SLOW_RUNS // 4 + 1))
def test_killed_import_many_more_times(
    batch, seeded_template, deliveries_100k, tmp_path, calibration, rng, figures, tally
):
    rng.seed(rng.random() + 1)  # other moments than the normal runs
    plan = _plan(SLOW_RUNS, 101, rng)[batch - 1 :: SLOW_RUNS // 4]
    _kill_imports(plan, seeded_template, deliveries_100k, tmp_path, calibration, figures, tally)


def test_edit_reported_saved_survives_kill(seeded_path, rng, figures, tally):
    record_id = 1
    outcomes = []
    for round_ in range(3):
        wanted = rng.randrange(2, 25)
        proc = subprocess.Popen(
            [sys.executable, "-m", "tests.reliability.workers", "edit-loop"]
            + [str(seeded_path), str(record_id)],
            cwd=ROOT,
            env=child_env(),
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        last = None
        for line in proc.stdout:
            last = int(line.split()[1])
            wanted -= 1
            # Acknowledged, so the worker starts the next edit (and is killed in it).
            proc.stdin.write("ok\n")
            proc.stdin.flush()
            if wanted == 0:
                break
        # Killed right after the report, possibly in the middle of the next edit.
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
        proc.stdout.close()
        proc.stderr.close()
        proc.stdin.close()
        assert last is not None, "the editing process reported nothing"
        assert integrity(seeded_path) == ["ok"]
        from tracker.store import open_store
        from tracker.store.repository import read_record

        store = open_store(str(seeded_path))
        try:
            stored = read_record(store, "deliveries", record_id)["doses"]
        finally:
            store.close()
        # The reported edit is there; at most the one after it also committed.
        assert stored in (last, last + 1), (round_, last, stored)
        outcomes.append((last, stored))
    figures(
        f"killed editing process {len(outcomes)} times: last reported saved → stored "
        + ", ".join(f"{a:,} → {b:,}" for a, b in outcomes)
        + "; reported edits lost = 0"
    )
    tally("killed editing processes", runs=len(outcomes), reported_edits_lost=0)
