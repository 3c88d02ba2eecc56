"""What the workloads share: database files, the app's import and its peak memory, the
floor's plain table of deliveries, the Qt event loop and the floor's export devices.

Everything heavy (the app, Qt) is imported inside the function that needs it, as in the
workloads themselves: a workload's set-up cost stays its own.
"""

from __future__ import annotations

import shutil
import sqlite3
import subprocess
import sys
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

import pandas as pd

from bench.harness import Result


# -- database files ------------------------------------------------------------------------
def remove_db(*paths: Path | str) -> None:
    """Delete each SQLite file with its ``-wal`` and ``-shm`` companions."""
    for path in paths:
        for suffix in ("", "-wal", "-shm"):
            Path(str(path) + suffix).unlink(missing_ok=True)


def fresh_db(folder: Path, name: str) -> str:
    """A new, migrated, empty database ``folder/name`` (any old one removed first)."""
    from tracker.io.seed import open_database

    path = folder / name
    remove_db(path)
    open_database(str(path), empty=True).close()
    return str(path)


def reset_from(template: Path | str, target: Path, *others: Path) -> None:
    """Set-up of an import run: ``target`` a fresh copy of ``template``, ``others`` gone."""
    remove_db(target, *others)
    shutil.copyfile(template, target)


def import_dbs(
    tmp: Path, key: str, template: str = "template.sqlite"
) -> tuple[Path, Path, Callable[[], None]]:
    """An import workload's databases, ``tmp/key.sqlite`` (the app's) and
    ``tmp/key-floor.sqlite`` (the floor's), and the set-up before each run: the app's a
    fresh copy of an empty migrated ``template``, the floor's gone."""
    empty = fresh_db(tmp, template)
    target, floor_db = tmp / f"{key}.sqlite", tmp / f"{key}-floor.sqlite"

    def setup() -> None:
        reset_from(empty, target, floor_db)

    return target, floor_db, setup


def app_import(db: Path | str, source: Path, opts: Any = None, expect: int | None = None) -> None:
    """The app's import of ``source`` into the database file ``db`` (``expect``: the new
    rows it must report)."""
    from tracker.io.importing import import_file
    from tracker.store import open_store

    store = open_store(str(db))
    try:
        report = import_file(store, source, opts)
        if expect is not None:
            assert report.new == expect, report.summary()
    finally:
        store.close()


# -- the import's memory -------------------------------------------------------------------
PEAK_MEMORY = """
import resource, sys
import pandas as pd
from tracker.io.importing import import_file
from tracker.store import open_store

def rss_kib():
    with open("/proc/self/status") as fh:
        return next(int(line.split()[1]) for line in fh if line.startswith("VmRSS:"))

store = open_store(sys.argv[2])
before = rss_kib()
import_file(store, sys.argv[1])
store.close()
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(max(peak - before, 0))
"""


def peak_memory(csv: Path, db: Path) -> float:
    """The import's peak memory growth in a fresh process, as a multiple of the same file
    read into a DataFrame (``memory_usage(deep=True)``, the floor's explicit dtypes)
    (Linux only: it reads /proc)."""
    if not Path("/proc/self/status").exists():
        return float("nan")
    frame = pd.read_csv(csv, dtype=str, keep_default_na=False)
    frame["doses"] = frame["doses"].astype("int64")
    frame_kib = frame.memory_usage(deep=True).sum() / 1024
    del frame
    out = subprocess.run(
        [sys.executable, "-c", PEAK_MEMORY, str(csv), str(db)],
        check=True,
        capture_output=True,
        text=True,
    )
    return float(out.stdout.strip().splitlines()[-1]) / frame_kib


def import_result(
    name: str, app_s: float, floor_s: float, limit: float, memory: float, n: int
) -> Result:
    """An import's verdict: at most ``limit`` times the floor, and a peak memory at most 3x
    the DataFrame. The memory target is for the full size: on a small file the fixed
    costs (the bulk load's 64 MiB page cache, imports) outweigh a DataFrame of a few MiB."""
    ratio = app_s / floor_s
    return Result(
        name,
        app_s,
        floor_s,
        ratio,
        f"<= {limit}, memory <= 3x",
        bool(ratio <= limit and (memory <= 3.0 or n < 1_000_000)),
        f"peak memory {memory:.2f}x the DataFrame"
        + ("" if n >= 1_000_000 else " (memory target checked at 1,000,000 rows)"),
    )


# -- the floor's table ---------------------------------------------------------------------
#: The app's CSV columns as the floor reads them (``pandas.read_csv`` dtypes).
CSV_DTYPES = {
    "id": str,
    "date": str,
    "donor": str,
    "recipient": str,
    "vaccine": str,
    "doses": "int64",
    "status": str,
    "source": str,
    "notes": str,
}


def floor_insert(db: Path, rows: Iterable[tuple[Any, ...]]) -> None:
    """The floor of a plain import: one table, WAL, every row in one transaction."""
    conn = sqlite3.connect(db)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute(
        "CREATE TABLE IF NOT EXISTS d (ref TEXT, arrived_on TEXT, donor TEXT, recipient "
        "TEXT, vaccine TEXT, doses INTEGER, status TEXT, source TEXT, notes TEXT)"
    )
    with conn:
        conn.executemany("INSERT INTO d VALUES (?,?,?,?,?,?,?,?,?)", rows)
    conn.close()


# -- Qt ------------------------------------------------------------------------------------
def settle() -> None:
    """Let Qt handle what is queued (layout, paint) before timing starts."""
    from PySide6.QtWidgets import QApplication

    for _ in range(3):
        QApplication.processEvents()


def vector_device(out: Path, width: int, height: int) -> Any:
    """The floor's paint device for an SVG or PDF export of ``width``×``height`` pixels
    (PDF at 96 dpi, a page of the same size, no margins)."""
    from PySide6.QtCore import QMarginsF, QRectF, QSize, QSizeF
    from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter
    from PySide6.QtSvg import QSvgGenerator

    if out.suffix == ".svg":
        svg = QSvgGenerator()
        svg.setFileName(str(out))
        svg.setSize(QSize(width, height))
        svg.setViewBox(QRectF(0, 0, width, height))
        return svg
    pdf = QPdfWriter(str(out))
    size = QPageSize(QSizeF(width * 0.75, height * 0.75), QPageSize.Unit.Point)
    pdf.setPageLayout(QPageLayout(size, QPageLayout.Orientation.Portrait, QMarginsF(0, 0, 0, 0)))
    pdf.setResolution(96)
    return pdf
