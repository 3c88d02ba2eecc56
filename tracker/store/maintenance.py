"""``check``, the check before a bulk write, and opening a damaged file read-only.

A damaged file is never written to: the file checks (:mod:`tracker.store.sqlite_file`)
only read, and the read-only rescue works on a copy.
"""

from __future__ import annotations

import datetime as dt
import shutil
import sqlite3
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

import sqlalchemy as sa

from tracker.domain.enums import RecordKind
from tracker.domain.errors import DatabaseError
from tracker.domain.reconcile import Checkpoint, Finding
from tracker.store.database import (
    Store,
    describe_url,
    install_sqlite_pragmas,
    normalise_url,
    sqlite_path,
    sqlite_url,
)
from tracker.store.opening import open_store
from tracker.store.reconcile import reconcile
from tracker.store.sqlite_file import CORE_TABLES, diagnose, wal_file, wal_is_foreign

#: Files at least this big take a while to check: the app does it in a worker thread.
BIG_FILE_BYTES = 32 * 1024 * 1024


@dataclass
class CheckReport:
    """What ``check`` found: damage to the file, else the reconciliation's findings."""

    target: str
    integrity: list[str] = field(default_factory=list)
    findings: list[Finding] = field(default_factory=list)
    checkpoints: list[Checkpoint] = field(default_factory=list)

    @property
    def corrupt(self) -> bool:
        return bool(self.integrity)


def check_database(url: str, today: dt.date | None = None) -> CheckReport:
    """Integrity first (read-only, never writes); then data-quality findings."""
    url = normalise_url(url)
    path = sqlite_path(url)
    report = CheckReport(str(path) if path else describe_url(url))
    if path is not None:
        report.integrity = diagnose(path, full=True)
        if report.integrity:
            return report
    store = open_store(url, read_only=path is not None, migrate=path is None)
    try:
        rec = reconcile(store, today=today)
        report.findings = rec.findings
        report.checkpoints = rec.checkpoints
    finally:
        store.close()
    return report


#: The tables an import of each kind writes (with the sources every record may cite).
WRITTEN_BY: dict[str, tuple[str, ...]] = {
    RecordKind.COMMITMENT: ("commitments", "commitment_revisions"),
    RecordKind.DELIVERY: ("deliveries",),
    RecordKind.TALLY: ("tallies",),
    RecordKind.EVENT: ("events", "event_actors"),
    RecordKind.SERIES: ("series", "series_points"),
}


def check_before_bulk_write(store: Store, kind: str) -> None:
    """Refuse a bulk write into a damaged SQLite file (an index that no longer matches its
    table is found only by ``integrity_check``; writing on would spread the damage).

    Checks only the tables the write touches, so the cost grows with them, not with the
    whole file.

    Raises
    ------
    DatabaseError
        SQLite found damage; nothing has been written.
    """
    if not store.is_sqlite or store.path is None:
        return
    tables = (*WRITTEN_BY.get(kind, ()), "sources", "record_sources")
    problems: list[str] = []
    with store.read() as conn:
        for table in tables:
            rows = conn.exec_driver_sql(f"PRAGMA integrity_check('{table}')").fetchall()
            problems += [r[0] for r in rows if r[0] != "ok"]
            if problems:
                break
    if problems:
        raise DatabaseError(
            f"{store.display_name} is damaged ({problems[0]}); nothing was imported. Run "
            "`vaccine-tracker check` and restore a backup"
        )


# -- a damaged file: read-only rescue ----------------------------------------------------
def _readable(uri: str) -> bool:
    """Every table and index can be read to the end (what the window will need)."""
    try:
        conn = sqlite3.connect(uri, uri=True)
    except sqlite3.Error:
        return False
    try:
        objects = conn.execute(
            "SELECT type, name, tbl_name FROM sqlite_master WHERE type IN ('table', 'index')"
        ).fetchall()
        for kind, name, table in objects:
            if kind == "table":
                for _ in conn.execute(f'SELECT * FROM "{name}" NOT INDEXED'):
                    pass
            else:
                conn.execute(f'SELECT count(*) FROM "{table}" INDEXED BY "{name}"').fetchall()
        return CORE_TABLES <= {name for kind, name, _ in objects if kind == "table"}
    except sqlite3.Error:
        return False
    finally:
        conn.close()


def read_only_possible(path: Path, problems: list[str]) -> bool:
    """Whether :func:`open_read_only_copy` can show the damaged file (reads only)."""
    with_wal = wal_file(path).exists() and not wal_is_foreign(problems, path)
    return _readable(f"file:{path}?mode=ro" if with_wal else f"file:{path}?mode=ro&immutable=1")


def open_read_only_copy(path: Path, problems: list[str]) -> Store:
    """Open a copy of a damaged file read-only, if what the app needs can still be read.

    The copy goes to a temporary folder (the damaged file and its log are only read); a
    log that belongs to another database is left behind.

    Raises
    ------
    DatabaseError
        Too much is damaged to show anything.
    """
    folder = Path(tempfile.mkdtemp(prefix="tracker-read-only-"))
    copy = folder / path.name
    shutil.copyfile(path, copy)
    if wal_file(path).exists() and not wal_is_foreign(problems, path):
        shutil.copyfile(wal_file(path), wal_file(copy))
    if not diagnose(copy):
        return open_store(str(copy), read_only=True, migrate=False)
    if not _readable(f"file:{copy}?mode=ro"):
        shutil.rmtree(folder, ignore_errors=True)
        raise DatabaseError(f"{path.name} is too damaged to open, even read-only")
    # open_store refuses a damaged file; this copy is known readable, so open it directly.
    engine = sa.create_engine(f"sqlite:///file:{copy}?mode=ro&uri=true")
    install_sqlite_pragmas(engine, read_only=True)
    return Store(sqlite_url(copy), engine, created=False, read_only=True)
