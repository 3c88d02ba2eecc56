"""Fault-injection fixtures: generated import files, child processes, printed figures.

The figures each test proves (runs, rows before/after, lost updates) are collected and
printed at the end of the session by ``pytest_terminal_summary``, so they show in
``make test`` output without ``-s``.
"""

from __future__ import annotations

import csv
import datetime as dt
import os
import random
import sqlite3
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
FIGURES = pytest.StashKey[list[str]]()
TALLIES = pytest.StashKey[dict[str, dict[str, int]]]()
#: Fixed so a failing run can be repeated; override with TRACKER_FAULT_SEED.
SEED = int(os.environ.get("TRACKER_FAULT_SEED", "20210318"))

DONORS = ("USA", "CHN", "RUS", "IND", "GBR", "FRA", "DEU", "JPN", "COVAX")
RECIPIENTS = ("MEX", "CAN", "ARG", "BRA", "NAM", "PER", "CHL", "COL", "GTM", "HND", "NGA")
VACCINES = ("astrazeneca", "pfizer", "moderna", "sinovac", "sputnik-v")


def pytest_terminal_summary(terminalreporter, exitstatus, config) -> None:  # noqa: ANN001
    lines = config.stash.get(FIGURES, [])
    tallies = config.stash.get(TALLIES, {})
    if lines or tallies:
        terminalreporter.write_sep("=", "reliability figures")
        for line in lines:
            terminalreporter.write_line(line)
        for name, counts in tallies.items():
            terminalreporter.write_line(
                f"TOTAL {name}: " + ", ".join(f"{k} {v:,}" for k, v in counts.items())
            )


@pytest.fixture
def figures(request: pytest.FixtureRequest) -> Callable[[str], None]:
    """Record a line for the end-of-session summary (and print it, for ``-s`` runs)."""
    config = request.config
    if FIGURES not in config.stash:
        config.stash[FIGURES] = []

    def record(line: str) -> None:
        config.stash[FIGURES].append(f"{request.node.name}: {line}")
        print(line)

    return record


@pytest.fixture
def tally(request: pytest.FixtureRequest) -> Callable[..., None]:
    """Add counts to a session total printed last (tests split into batches add up)."""
    config = request.config
    if TALLIES not in config.stash:
        config.stash[TALLIES] = {}

    def add(name: str, **counts: int) -> None:
        total = config.stash[TALLIES].setdefault(name, {})
        for key, n in counts.items():
            total[key.replace("_", " ")] = total.get(key.replace("_", " "), 0) + n

    return add


@pytest.fixture
def rng() -> random.Random:
    return random.Random(SEED)


def write_deliveries_csv(path: Path, rows: int, prefix: str, seed: int = SEED) -> Path:
    """A deliveries file the importer accepts, every row with its own ``id``."""
    r = random.Random(seed)
    start = dt.date(2021, 1, 1)
    with path.open("w", newline="", encoding="utf-8") as fh:
        out = csv.writer(fh)
        out.writerow(["id", "date", "donor", "recipient", "vaccine", "doses", "status"])
        for i in range(rows):
            out.writerow(
                [
                    f"{prefix}-{i:06d}",
                    (start + dt.timedelta(days=r.randrange(900))).isoformat(),
                    r.choice(DONORS),
                    r.choice(RECIPIENTS),
                    r.choice(VACCINES),
                    r.randrange(1_000, 5_000_000),
                    "delivered",
                ]
            )
    return path


@pytest.fixture(scope="session")
def deliveries_100k(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """100,000 deliveries (fixed seed), generated once per session."""
    folder = tmp_path_factory.mktemp("import")
    return write_deliveries_csv(folder / "deliveries-100k.csv", 100_000, "KILL")


def child_env() -> dict[str, str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    env.pop("TRACKER_DATABASE_URL", None)
    return env


def spawn(*args: str, stdout: int = subprocess.PIPE) -> subprocess.Popen:
    """``python -m <args>`` from the repository root, as its own process."""
    return subprocess.Popen(
        [sys.executable, "-m", *args],
        cwd=ROOT,
        env=child_env(),
        stdout=stdout,
        stderr=subprocess.PIPE,
        text=True,
    )


def integrity(path: Path) -> list[str]:
    """``PRAGMA integrity_check`` as any SQLite client would run it (recovers a hot log)."""
    conn = sqlite3.connect(path)
    try:
        return [r[0] for r in conn.execute("PRAGMA integrity_check").fetchall()]
    finally:
        conn.close()


def count_rows(path: Path, table: str = "deliveries") -> int:
    """Rows seen by the app itself: :func:`open_store`, no manual step."""
    from tracker.store import open_store

    store = open_store(str(path))
    try:
        with store.read() as conn:
            return conn.exec_driver_sql(f"SELECT count(*) FROM {table}").scalar_one()
    finally:
        store.close()
