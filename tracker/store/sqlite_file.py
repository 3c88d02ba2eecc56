"""A SQLite file seen with plain ``sqlite3``: opening it read-only, copying it, checking it.

The bottom of the store: no SQLAlchemy and no other store module. Every check here reads
(``mode=ro``, or ``immutable=1`` to see the file without its write-ahead log) and never
writes the database or its log, so a damaged file is never made worse by looking at it.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import struct
import time
from pathlib import Path

from tracker.domain.errors import ResourceError

BUSY_TIMEOUT_MS = 30_000
#: ``PRAGMA application_id`` of a tracker database ("VDTr"): another program's file is
#: refused instead of being given the tracker's tables.
APPLICATION_ID = 0x56445472
#: SQLite result codes that say the storage, not the file, is the problem: permission,
#: busy, locked, out of memory, read-only, I/O error, disk full, cannot open.
_RESOURCE_CODES = frozenset({3, 5, 6, 7, 8, 10, 13, 14})
SQLITE_MAGIC = b"SQLite format 3\x00"
WAL_MAGIC = (0x377F0682, 0x377F0683)
#: Tables every tracker database has (from its first migration on) and no migration drops.
CORE_TABLES = frozenset({"alembic_version", "commitments", "deliveries"})
#: SQLITE_IOERR_SHORT_READ: a read past the end of a cut-off file is damage.
_SHORT_READ = 522


def is_resource_error(exc: BaseException) -> bool:
    """Whether a SQLite error is about the storage (full, read-only...), not damage."""
    code = getattr(exc, "sqlite_errorcode", None)
    if code is not None:
        return code & 0xFF in _RESOURCE_CODES
    text = str(exc).lower()
    return any(
        w in text
        for w in ("disk i/o", "disk is full", "unable to open", "readonly", "read-only", "locked")
    )


def storage_problem(path: Path, exc: BaseException | None = None) -> str:
    """Why ``path`` cannot be used, in plain words: full, read-only, no permission."""
    folder = path.parent
    try:
        if shutil.disk_usage(folder).free < 1024 * 1024:
            return f"the disk holding {folder} is full"
    except OSError:
        pass
    if path.exists() and not os.access(path, os.W_OK):
        return f"{path.name} is read-only"
    if folder.exists() and not os.access(folder, os.W_OK):
        return f"the folder {folder} is read-only"
    if isinstance(exc, OSError) and exc.strerror:
        return exc.strerror
    text = str(getattr(exc, "orig", exc)) if exc is not None else "unknown reason"
    return text


def _wal_holds_frames(path: Path) -> bool:
    try:
        return wal_file(path).stat().st_size > 0
    except OSError:
        return False


def read_only_uri(path: Path) -> str:
    """A URI that reads ``path`` without writing anything, even beside it.

    SQLite reads a WAL database through a ``-shm`` file it creates next to it; where that
    cannot be created (a read-only folder or file, a full disk) and no log holds
    frames, the file alone is read as ``immutable``.
    """
    uri = f"file:{path}?mode=ro"
    shm = path.with_name(path.name + "-shm")
    if _wal_holds_frames(path):
        return uri
    if not shm.exists() and not os.access(path.parent, os.W_OK):
        return uri + "&immutable=1"
    try:
        conn = sqlite3.connect(uri, uri=True, timeout=BUSY_TIMEOUT_MS / 1000)
        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        finally:
            conn.close()
    except sqlite3.Error as exc:
        if is_resource_error(exc):
            return uri + "&immutable=1"
    return uri


def connect_read_only(path: Path) -> sqlite3.Connection:
    """A plain sqlite3 connection that reads ``path`` and never writes (see above)."""
    return sqlite3.connect(read_only_uri(path), uri=True, timeout=BUSY_TIMEOUT_MS / 1000)


def fsync_path(path: Path) -> None:
    """Flush a file (or a folder's entries) to the disk."""
    flags = os.O_RDONLY | (os.O_DIRECTORY if path.is_dir() else 0)
    fd = os.open(path, flags)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def backup_sqlite(src: Path, dest: Path) -> Path:
    """Copy a SQLite database through the online backup API (consistent under writers).

    The copy is written beside ``dest``, flushed to the disk and only then renamed over
    it; a failure (a full disk) removes the partial copy and leaves ``dest`` as it was.
    """
    dest.parent.mkdir(parents=True, exist_ok=True)
    tmp = dest.with_name(dest.name + ".partial")
    try:
        source = connect_read_only(src)
        try:
            target = sqlite3.connect(tmp)
            try:
                source.backup(target)
            finally:
                target.close()
        finally:
            source.close()
        fsync_path(tmp)
        os.replace(tmp, dest)
        fsync_path(dest.parent)
    except BaseException:
        for leftover in (tmp, tmp.with_name(tmp.name + "-journal")):
            leftover.unlink(missing_ok=True)
        raise
    return dest


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
    magic, _version, page_size, _seq, salt1, salt2 = (
        int(v) for v in struct.unpack(">6I", head[:24])
    )
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


def foreign_file_problem(path: Path) -> str | None:
    """Why ``path`` is another program's SQLite file, or ``None`` when it may be opened.

    A file may be opened when it is empty (new), holds no tables, carries the tracker's
    ``application_id``, or has the tracker's own tables with Alembic's version table.
    """
    try:
        if path.stat().st_size == 0:
            return None
    except OSError:
        return None
    try:
        conn = connect_read_only(path)
        try:
            app_id = conn.execute("PRAGMA application_id").fetchone()[0]
            tables = {
                r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")
            }
        finally:
            conn.close()
    except sqlite3.Error:
        return None  # damage or storage trouble: reported by the checks that follow
    if app_id == APPLICATION_ID or not tables or CORE_TABLES <= tables:
        return None
    return (
        f"{path} is not a Vaccine Diplomacy Tracker database (it holds the tables "
        f"{', '.join(sorted(tables)[:5])}{'…' if len(tables) > 5 else ''}); it was not changed"
    )
