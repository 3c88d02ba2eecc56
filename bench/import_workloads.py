"""Imports where rows cite sources of their own (B1s, B1m) and an export-import round
trip (B1r), each against pandas + sqlite3 writing the same rows and source strings.

The floor is written as the simplest fast program would be, but with the constraints of
the app's schema that decide the cost of sources: ``sources.url`` unique, one link row
per record and source with its unique (kind, record_id, source_id) index, the
deliveries' unique ``ref``. It reads the file with ``pandas.read_csv`` (explicit
dtypes), writes each distinct URL once with its publisher (the URL's host, as the app
fills it in), reads the ids back by URL, then writes the deliveries and their links in
one transaction. No validation, no audit trail, no chunking.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import numpy as np
import pandas as pd

from bench.common import CSV_DTYPES as DTYPES
from bench.common import (
    app_import,
    fresh_db,
    import_dbs,
    import_result,
    peak_memory,
    remove_db,
    reset_from,
)
from bench.harness import Result, measure, ratio_result
from bench.workloads import SEED, deliveries_frame

FLOOR_SCHEMA = """
PRAGMA journal_mode=WAL;
CREATE TABLE IF NOT EXISTS sources (id INTEGER PRIMARY KEY, url TEXT NOT NULL UNIQUE,
    title TEXT NOT NULL DEFAULT '', publisher TEXT NOT NULL DEFAULT '');
CREATE TABLE IF NOT EXISTS deliveries (id INTEGER PRIMARY KEY, ref TEXT UNIQUE,
    arrived_on TEXT, donor TEXT, recipient TEXT, vaccine TEXT, doses INTEGER, status TEXT,
    notes TEXT);
CREATE TABLE IF NOT EXISTS record_sources (id INTEGER PRIMARY KEY, kind TEXT,
    record_id INTEGER, source_id INTEGER REFERENCES sources(id), position INTEGER,
    UNIQUE (kind, record_id, source_id));
"""
HOST = r"^[a-z]+://(?:www\.)?([^/:?#]*)"


def sourced_frame(n: int, distinct: int | None) -> pd.DataFrame:
    """The B1 deliveries, each citing its own URL (``distinct=None``) or one of
    ``distinct`` URLs on as many sites (fixed seed)."""
    frame = deliveries_frame(n)
    if distinct is None:
        frame["source"] = [f"https://news{i % 1000}.example.org/shipments/{i}" for i in range(n)]
    else:
        pick = np.random.default_rng(SEED + 1).integers(0, distinct, n)
        urls = np.array([f"https://news{k}.example.org/shipments/{k}" for k in range(distinct)])
        frame["source"] = urls[pick]
    return frame


def floor_write(frame: pd.DataFrame, db: Path) -> None:
    """pandas + sqlite3: distinct sources, then the deliveries and their links."""
    conn = sqlite3.connect(db)
    conn.executescript(FLOOR_SCHEMA)
    codes, urls = pd.factorize(frame["source"], use_na_sentinel=False)
    urls = pd.Series(urls, dtype=object)
    hosts = urls.str.extract(HOST, expand=False).fillna("")
    with conn:
        conn.executemany(
            "INSERT OR IGNORE INTO sources (url, publisher) VALUES (?, ?)",
            zip(urls.tolist(), hosts.tolist(), strict=True),
        )
        id_of = dict(conn.execute("SELECT url, id FROM sources"))
        source_ids = np.array([id_of[u] for u in urls.tolist()], dtype=np.int64)[codes]
        first = conn.execute("SELECT coalesce(max(id), 0) FROM deliveries").fetchone()[0] + 1
        conn.executemany(
            "INSERT INTO deliveries (id, ref, arrived_on, donor, recipient, vaccine, doses, "
            "status, notes) VALUES (?,?,?,?,?,?,?,?,?)",
            zip(
                range(first, first + len(frame)),
                frame["id"].tolist(),
                frame["date"].tolist(),
                frame["donor"].tolist(),
                frame["recipient"].tolist(),
                frame["vaccine"].tolist(),
                frame["doses"].tolist(),
                frame["status"].tolist(),
                frame["notes"].tolist(),
                strict=True,
            ),
        )
        conn.executemany(
            "INSERT INTO record_sources (kind, record_id, source_id, position) "
            "VALUES ('deliveries', ?, ?, 0)",
            zip(range(first, first + len(frame)), source_ids.tolist(), strict=True),
        )
    conn.close()


def floor_import(csv: Path, db: Path) -> None:
    frame = pd.read_csv(csv, dtype=DTYPES, keep_default_na=False, usecols=list(DTYPES))
    floor_write(frame, db)


def b1_sourced(
    n: int, distinct: int | None, runs: int, tmp: Path, keep: Path | None = None
) -> Result:
    """B1s (``distinct=None``) or B1m: import the file into a fresh database.
    ``keep``: where to leave the last imported database (B1r exports it)."""
    tag = "s" if distinct is None else "m"
    csv = tmp / f"deliveries-b1{tag}.csv"
    sourced_frame(n, distinct).to_csv(csv, index=False)
    target, floor_db, setup = import_dbs(tmp, f"b1{tag}")

    def app() -> None:
        app_import(target, csv, expect=n)

    def floor() -> None:
        floor_import(csv, floor_db)

    # The floor's own set-up leaves the app's last database in place for ``keep``.
    a, f = measure(app, floor, runs, setup, floor_setup=lambda: remove_db(floor_db))
    if keep is not None:
        reset_from(target, keep)
    setup()
    memory = peak_memory(csv, target)
    remove_db(target, floor_db)
    csv.unlink()
    what = "a distinct source per row" if distinct is None else f"{distinct:,} distinct sources"
    return import_result(f"B1{tag} import {n:,}-row CSV, {what}", a, f, 3.0, memory, n)


def sourced_db(n: int, tmp: Path, out: Path) -> None:
    """A database of ``n`` deliveries, each citing its own source (B1s's file, imported
    by the app; not timed): what B1r exports when B1s did not run before it."""
    csv = tmp / "deliveries-b1r-source.csv"
    sourced_frame(n, None).to_csv(csv, index=False)
    reset_from(fresh_db(tmp, "template.sqlite"), out)
    app_import(out, csv)
    csv.unlink()


FLOOR_EXPORT = """
SELECT d.ref AS id, d.arrived_on AS date, d.donor, d.recipient, d.vaccine, d.doses, d.status,
       s.url AS source, d.notes
FROM deliveries d
LEFT JOIN record_sources rs ON rs.kind = 'deliveries' AND rs.record_id = d.id
                           AND rs.position = 0
LEFT JOIN sources s ON s.id = rs.source_id
ORDER BY d.arrived_on, d.id
"""


def b1_round_trip(db: Path, n: int, runs: int, tmp: Path) -> Result:
    """B1r: ``export-data`` of ``db`` (``n`` deliveries, one source each) to CSV, then an
    import of that file into a new database. Floor: the same rows and URLs read with
    sqlite3 into pandas, ``to_csv``, then :func:`floor_import`."""
    from tracker.io.export import export_data
    from tracker.store import open_store

    target, floor_db, setup = import_dbs(tmp, "b1r")
    app_csv, floor_csv = tmp / "b1r-app.csv", tmp / "b1r-floor.csv"

    def app() -> None:
        source = open_store(str(db))
        try:
            export_data(source, app_csv, "deliveries")
        finally:
            source.close()
        app_import(target, app_csv, expect=n)

    def floor() -> None:
        conn = sqlite3.connect(db)
        try:
            frame = pd.read_sql_query(FLOOR_EXPORT, conn)
        finally:
            conn.close()
        frame.to_csv(floor_csv, index=False)
        floor_import(floor_csv, floor_db)

    a, f = measure(app, floor, runs, setup)
    remove_db(target, floor_db)
    return ratio_result(
        f"B1r export {n:,} deliveries to CSV + import",
        a,
        f,
        3.0,
        "each delivery cites its own source; the import's memory is B1s's (same file shape)",
    )
