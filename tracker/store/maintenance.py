"""Integrity and data-quality checks, damage diagnosis, read-only rescue, backup, restore.

A damaged file is never written to: every check here reads (``mode=ro``, or
``immutable=1`` to see the file without its write-ahead log), and a restore moves a damaged
file aside untouched instead of copying over it.
"""

from __future__ import annotations

import datetime as dt
import shutil
import sqlite3
import struct
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

import sqlalchemy as sa

from tracker.domain.errors import DatabaseError, ResourceError
from tracker.store.database import (
    BUSY_TIMEOUT_MS,
    Store,
    describe_url,
    is_resource_error,
    normalise_url,
    read_only_uri,
    sqlite_path,
    storage_problem,
)

SQLITE_MAGIC = b"SQLite format 3\x00"
WAL_MAGIC = (0x377F0682, 0x377F0683)
#: Tables every tracker database has and no migration drops.
CORE_TABLES = frozenset({"alembic_version", "commitments", "deliveries"})
#: SQLITE_IOERR_SHORT_READ: a read past the end of a cut-off file is damage.
_SHORT_READ = 522
#: Files at least this big take a while to check: the app does it in a worker thread.
BIG_FILE_BYTES = 32 * 1024 * 1024


@dataclass
class CheckReport:
    """What ``check`` found: damage to the file, else the reconciliation's findings."""

    target: str
    integrity: list[str] = field(default_factory=list)
    findings: list = field(default_factory=list)  # tracker.domain.reconcile.Finding
    checkpoints: list = field(default_factory=list)  # tracker.domain.reconcile.Checkpoint

    @property
    def corrupt(self) -> bool:
        return bool(self.integrity)


# -- looking at the file itself ---------------------------------------------------------
def wal_file(path: Path) -> Path:
    return path.with_name(path.name + "-wal")


def _wal_page_size(path: Path) -> int | None:
    """The page size of the write-ahead log when it holds frames SQLite would replay."""
    wal = wal_file(path)
    try:
        with wal.open("rb") as fh:
            head = fh.read(32 + 24)
    except OSError:
        return None
    if len(head) < 56:
        return None
    magic, _version, page_size, _seq, salt1, salt2 = struct.unpack(">6I", head[:24])
    frame_salts = struct.unpack(">2I", head[40:48])
    if magic not in WAL_MAGIC or frame_salts != (salt1, salt2):
        return None  # no valid frame: SQLite ignores this file
    return page_size


def _schema(uri: str) -> tuple[set[str], int] | None:
    try:
        conn = sqlite3.connect(uri, uri=True, timeout=BUSY_TIMEOUT_MS / 1000)
    except sqlite3.Error:
        return None
    try:
        names = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        return names, conn.execute("PRAGMA schema_version").fetchone()[0]
    except sqlite3.Error:
        return None
    finally:
        conn.close()


def _foreign_wal(path: Path) -> str | None:
    """Compare the file without its log (``immutable=1``) and with it (``mode=ro``).

    A log that removes the tracker's own tables or rolls the schema back cannot have been
    written to this file: replaying (and later checkpointing) it would destroy the data.
    """
    wal = wal_file(path).name
    before = _schema(f"file:{path}?mode=ro&immutable=1")
    after = _schema(f"file:{path}?mode=ro")
    if before is None or after is None:
        return None  # SQLite's own check reports what cannot be read
    missing = (CORE_TABLES & before[0]) - after[0]
    if missing:
        return (
            f"{wal} belongs to another database: replaying it would remove the tables "
            f"{', '.join(sorted(missing))}"
        )
    if after[1] < before[1]:
        return (
            f"{wal} belongs to another database: it would turn the schema back "
            f"(version {before[1]} → {after[1]})"
        )
    return None


def file_problems(path: Path) -> list[str]:
    """Damage SQLite's own check does not see: a truncated file, another database's log.

    Cheap (reads the headers; compares schemas only when a log is present). Never writes
    the database or its log.
    """
    try:
        size = path.stat().st_size
        with path.open("rb") as fh:
            head = fh.read(100)
    except OSError as exc:
        raise _resource(path, exc) from exc
    if size == 0:
        return []  # a new, empty file: SQLite starts it afresh
    if not head.startswith(SQLITE_MAGIC):
        return [f"{path.name} is not a SQLite database (it does not start with the header)"]
    if len(head) < 100:
        return [f"{path.name} is truncated: {size} bytes, not even a whole header"]
    page_size = struct.unpack(">H", head[16:18])[0]
    page_size = 65536 if page_size == 1 else page_size
    pages, change, valid_for = (struct.unpack(">I", head[i : i + 4])[0] for i in (28, 24, 92))
    wal_page_size = _wal_page_size(path)
    if wal_page_size is None:
        # Without a log to finish a checkpoint, the file must hold every page it declares.
        if size % page_size:
            return [
                f"{path.name} is truncated: {size:,} bytes is not a whole number of "
                f"{page_size:,}-byte pages"
            ]
        if change == valid_for and pages * page_size > size:
            return [
                f"{path.name} is truncated: it holds {size:,} bytes but its header says "
                f"{pages:,} pages of {page_size:,} bytes ({pages * page_size:,} bytes)"
            ]
        return []
    if wal_page_size != page_size:
        return [
            f"{wal_file(path).name} belongs to another database: its pages are "
            f"{wal_page_size:,} bytes, this database's are {page_size:,}"
        ]
    problem = _foreign_wal(path)
    if problem:
        # Another process may be checkpointing right now; a real mismatch persists.
        time.sleep(0.2)
        problem = _foreign_wal(path)
    return [problem] if problem else []


def _zero_pages(path: Path, limit: int = 5) -> list[str]:
    out: list[str] = []
    with path.open("rb") as fh:
        head = fh.read(100)
        page_size = struct.unpack(">H", head[16:18])[0] if len(head) == 100 else 0
        page_size = 65536 if page_size == 1 else page_size
        if page_size < 512:
            return []
        zero = bytes(page_size)
        fh.seek(0)
        number = 0
        while len(out) < limit and (page := fh.read(page_size)):
            number += 1
            if page == zero:
                start = (number - 1) * page_size
                out.append(
                    f"page {number} (bytes {start:,}–{start + page_size - 1:,}) is all zeros"
                )
    return out


def explain(path: Path) -> list[str]:
    """Plain-words causes for damage SQLite found: a log that does not fit, zeroed pages."""
    out: list[str] = []
    if _wal_page_size(path) is not None and not quick_check_file(path, with_wal=False):
        out.append(
            f"{wal_file(path).name} does not belong to this database: without it the file "
            "is intact, with it SQLite finds damage (it probably comes from another database)"
        )
    return out + _zero_pages(path)


def quick_check_file(path: Path, full: bool = False, with_wal: bool = True) -> list[str]:
    """SQLite's own check, read-only; of the file alone (``immutable=1``) without ``with_wal``.

    ``full`` runs ``integrity_check`` (also compares every index with its table).

    Raises
    ------
    ResourceError
        The file cannot be read because of the storage (full disk, permission): that is
        not damage, and nothing should be restored over it.
    """
    uri = read_only_uri(path) if with_wal else f"file:{path}?mode=ro&immutable=1"
    try:
        conn = sqlite3.connect(uri, uri=True, timeout=BUSY_TIMEOUT_MS / 1000)
    except sqlite3.Error as exc:
        if is_resource_error(exc):
            raise _resource(path, exc) from exc
        return [f"cannot open {path}: {exc}"]
    try:
        rows = conn.execute("PRAGMA integrity_check" if full else "PRAGMA quick_check").fetchall()
        problems = [r[0] for r in rows if r[0] != "ok"]
        fk = conn.execute("PRAGMA foreign_key_check").fetchall()
        problems += [f"row {r[1]} of table {r[0]} points at a missing {r[2]} row" for r in fk]
        return problems
    except sqlite3.Error as exc:
        if is_resource_error(exc) and getattr(exc, "sqlite_errorcode", 0) != _SHORT_READ:
            raise _resource(path, exc) from exc
        return [f"{path.name} is damaged: {exc}"]
    finally:
        conn.close()


def _resource(path: Path, exc: BaseException) -> ResourceError:
    return ResourceError(
        f"cannot read {path}: {storage_problem(path, exc)} (this is not damage: the file "
        "was not changed and nothing needs restoring)"
    )


def diagnose(path: Path, full: bool = False) -> list[str]:
    """Everything wrong with the file at ``path`` (empty when intact); never writes it.

    The first line names the cause in plain words where it can be told (truncated,
    another database's log, a page of zeros); SQLite's own findings follow.
    """
    problems = file_problems(path)
    if problems:
        return problems
    problems = quick_check_file(path, full)
    return explain(path) + problems if problems else []


def wal_is_foreign(problems: list[str], path: Path) -> bool:
    """Whether ``problems`` (from :func:`diagnose`) blame the write-ahead log."""
    return any(p.startswith(wal_file(path).name) for p in problems)


def check_database(url: str, today: dt.date | None = None) -> CheckReport:
    """Integrity first (read-only, never writes); then data-quality findings."""
    url = normalise_url(url)
    path = sqlite_path(url)
    report = CheckReport(str(path) if path else describe_url(url))
    if path is not None:
        report.integrity = diagnose(path, full=True)
        if report.integrity:
            return report
    from tracker.store.database import open_store
    from tracker.store.reconcile import reconcile

    store = open_store(url, read_only=path is not None, migrate=path is None)
    try:
        rec = reconcile(store, today=today)
        report.findings = rec.findings
        report.checkpoints = rec.checkpoints
    finally:
        store.close()
    return report


#: The tables an import of each kind writes (with the sources every record may cite).
WRITTEN_BY = {
    "commitments": ("commitments", "commitment_revisions"),
    "deliveries": ("deliveries",),
    "tallies": ("tallies",),
    "events": ("events", "event_actors"),
    "series": ("series", "series_points"),
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
    from tracker.store.database import _install_sqlite_pragmas, open_store, sqlite_url

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
    _install_sqlite_pragmas(engine, read_only=True)
    return Store(sqlite_url(copy), engine, created=False, read_only=True)


# -- backup and restore (kept here for callers; the work is in tracker.store.backups) ------
def backup(store: Store, out: Path) -> Path:
    """Copy the database to ``out`` (a file, or a folder to put a dated copy in)."""
    from tracker.store.backups import backup_to

    return backup_to(store, out)


def restore(url: str, source: Path) -> Path | None:
    """Replace the database at ``url`` with ``source``; returns where the old file went."""
    from tracker.store.backups import restore as do_restore

    return do_restore(url, source)
