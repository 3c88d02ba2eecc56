"""Automatic, rotating backups of a SQLite database, and restoring one.

Copies go through SQLite's online backup API (consistent while other processes write)
into the user's data folder, ``backups/<name>-<hash>`` (the hash of the database's full
path keeps two databases of the same name apart), never beside the database: a file in
a temporary or shared folder gets no ``backups`` folder next to it. Each is named
``<name>.<reason>-<YYYYmmdd-HHMMSS>.sqlite``, so a listing sorts by time and says why it
was taken. Each reason keeps its newest ``keep`` copies (``TRACKER_BACKUP_KEEP``,
default 10).

Copies earlier versions left in the old places (a ``backups`` folder beside the
database, the database's own folder) are still listed, restored from and rotated with
the new ones, so no one's backups go missing. A damaged file a restore puts away stays
in the database's own folder: a rename on the same disk, its bytes untouched.

Reasons the app uses: ``daily`` (first start of the day), ``pre-import``,
``pre-migrate-<revision>``, ``pre-restore``; the user's own copies (File → Back up,
``vaccine-tracker backup OUT``) go where the user says and are never pruned.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import re
import sqlite3
import threading
from dataclasses import dataclass
from pathlib import Path

from tracker import APP_DIR_NAME
from tracker.domain.errors import DatabaseError, InputError
from tracker.store.database import Store, normalise_url, sqlite_path
from tracker.store.sqlite_file import (
    CORE_TABLES,
    backup_sqlite,
    connect_read_only,
    diagnose,
    fsync_path,
    quick_check_file,
    storage_problem,
)

FOLDER = "backups"
DEFAULT_KEEP = 10
KEEP_ENV = "TRACKER_BACKUP_KEEP"
_STAMP = "%Y%m%d-%H%M%S"
#: Copies the user asked for (``backup DIR``, File → Back up into a folder): never pruned.
_USER_REASONS = frozenset({"backup"})


@dataclass(frozen=True, order=True)
class Backup:
    """One backup file; ordered by when it was taken."""

    taken_at: dt.datetime  # local time, from the name
    serial: int  # several in one second: 0, 1, 2...
    path: Path
    reason: str


def keep_count() -> int:
    """How many copies each reason keeps: ``TRACKER_BACKUP_KEEP`` or 10."""
    try:
        return max(1, int(os.environ.get(KEEP_ENV, DEFAULT_KEEP)))
    except ValueError:
        return DEFAULT_KEEP


def _keyed_folder(db_path: Path) -> Path:
    import platformdirs

    key = hashlib.sha1(str(db_path).encode()).hexdigest()[:8]
    return (
        platformdirs.user_data_path(APP_DIR_NAME, appauthor=False)
        / FOLDER
        / f"{db_path.stem}-{key}"
    )


def backup_folder(db_path: Path) -> Path:
    """Where automatic backups of ``db_path`` go: the user's data folder,
    ``backups/<name>-<hash of the full path>``.

    Only decides; the folder is created when the first backup is written.
    """
    return _keyed_folder(db_path.resolve())


def backup_places(db_path: Path) -> list[Path]:
    """Every folder copies of ``db_path`` may be in, :func:`backup_folder` first.

    Then the places earlier versions used: a ``backups`` folder beside the database,
    the user-data folder keyed on the unresolved path (their fallback), and the
    database's own folder (files moved aside).
    """
    places = [
        backup_folder(db_path),
        db_path.parent / FOLDER,
        _keyed_folder(db_path.absolute()),
        db_path.parent,
    ]
    return list(dict.fromkeys(places))


def _pattern(db_path: Path) -> re.Pattern[str]:
    return re.compile(
        re.escape(db_path.stem)
        + r"\.(?P<reason>[a-z0-9]+(?:-[a-z0-9]+)*?)-(?P<stamp>\d{8}-\d{6})"
        + r"(?:-(?P<serial>\d+))?"
        + re.escape(db_path.suffix or ".sqlite")
        + "$"
    )


def _copies(db_path: Path) -> list[Backup]:
    """Every copy of ``db_path`` by its name (backups, files moved aside), newest first.

    Empty files are left out: reserved by a backup still being written (or one that died).
    """
    pattern = _pattern(db_path)
    found: dict[Path, Backup] = {}
    for folder in backup_places(db_path):
        if not folder.is_dir():
            continue
        for entry in folder.iterdir():
            m = pattern.match(entry.name)
            if not m or not entry.is_file() or entry.stat().st_size == 0:
                continue
            when = dt.datetime.strptime(m["stamp"], _STAMP)
            found[entry] = Backup(when, int(m["serial"] or 0), entry, m["reason"])
    return sorted(found.values(), reverse=True)


def list_backups(db_path: Path, reason: str | None = None) -> list[Backup]:
    """The backups of ``db_path``, newest first (also those in the old places)."""
    return [
        b
        for b in _copies(db_path)
        # A damaged file moved aside is evidence, not a backup.
        if b.reason != "damaged" and (not reason or b.reason == reason)
    ]


def restorable_files(db_path: Path) -> list[Backup]:
    """Every file ``db_path`` could be restored from, newest first.

    The backups, and also the files a restore moved aside as damaged (``damaged``):
    a file moved aside may be intact after all (a full disk was once taken for damage),
    and it may be the only copy of the newest records.
    """
    return _copies(db_path)


def browse_folder(db_path: Path) -> Path:
    """Where File → Restore's dialog opens: the folder of the newest copy there is (which
    may be a place an earlier version used), else where new backups go."""
    copies = restorable_files(db_path)
    return copies[0].path.parent if copies else backup_folder(db_path)


def latest_backup(db_path: Path, reason: str | None = None, intact: bool = True) -> Path | None:
    """The newest backup (that passes SQLite's check, unless ``intact`` is false)."""
    for b in list_backups(db_path, reason):
        if not intact or not quick_check_file(b.path, with_wal=False):
            return b.path
    return None


#: A reserved (empty) backup name older than this with no live writer was left by a kill.
_STALE_SECONDS = 60
_OWNED = re.compile(r"^\.(?P<name>.+?)\.(?:(?P<pid>\d+)-\d+|(?:restoring|replaced)-(?P<rpid>\d+))")


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True  # someone else's process
    return True


def clean_leftovers(db_path: Path, now: float | None = None) -> list[Path]:
    """Remove what killed backups and restores left: hidden partial copies (with their
    journals) of processes that are gone, and the empty names they had reserved.

    Returns what was removed. Never touches a file a live process is writing.
    """
    import time

    now = now if now is not None else time.time()
    removed: list[Path] = []
    busy: set[str] = set()
    pattern = _pattern(db_path)
    for folder in backup_places(db_path):
        if not folder.is_dir():
            continue
        try:
            entries = list(folder.iterdir())
        except OSError:
            continue
        hidden = [e for e in entries if e.name.startswith(".") and _OWNED.match(e.name)]
        for entry in hidden:
            m = _OWNED.match(entry.name)
            assert m is not None  # hidden holds only names it matches
            pid = int(m["pid"] or m["rpid"])
            if _alive(pid):
                busy.add(m["name"])
                continue
            if entry.name.startswith(f".{db_path.name}.") or pattern.match(m["name"]):
                entry.unlink(missing_ok=True)
                removed.append(entry)
        for entry in entries:
            if entry.name in busy or not pattern.match(entry.name):
                continue
            try:
                st = entry.stat()
            except OSError:
                continue
            if st.st_size == 0 and now - st.st_mtime > _STALE_SECONDS:
                entry.unlink(missing_ok=True)
                removed.append(entry)
    return removed


def _target(db_path: Path, reason: str, now: dt.datetime, folder: Path | None = None) -> Path:
    """A new backup name in ``folder`` (default :func:`backup_folder`), reserved
    atomically: two processes may back up in one second."""
    folder = folder or backup_folder(db_path)
    folder.mkdir(parents=True, exist_ok=True)
    base = f"{db_path.stem}.{reason}-{now.strftime(_STAMP)}"
    suffix = db_path.suffix or ".sqlite"
    serial = 0
    while True:
        out = folder / (f"{base}{suffix}" if serial == 0 else f"{base}-{serial}{suffix}")
        try:
            os.close(os.open(out, os.O_CREAT | os.O_EXCL | os.O_WRONLY))
            return out
        except FileExistsError:
            serial += 1


def _reason(text: str) -> str:
    reason = re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")
    if not reason:
        raise ValueError(f"a backup reason needs letters or digits: {text!r}")
    return reason


def backup_now(
    store: Store | Path, reason: str, keep: int | None = None, now: dt.datetime | None = None
) -> Path | None:
    """Take a backup now and prune older ones of the same reason.

    Returns the new file, or ``None`` for a database that is not a SQLite file (a
    PostgreSQL server is backed up by its administrator).

    Raises
    ------
    DatabaseError
        The copy could not be made (disk full, file damaged...).
    """
    path = store if isinstance(store, Path) else store.path
    if path is None or not path.exists():
        return None
    reason = _reason(reason)
    clean_leftovers(path)
    out = _target(path, reason, now or dt.datetime.now())
    # Copied under a name of this process's own, then moved over the reserved (empty) one.
    tmp = out.with_name(f".{out.name}.{os.getpid()}-{threading.get_ident()}")
    try:
        backup_sqlite(path, tmp)
        os.replace(tmp, out)
    except (sqlite3.Error, OSError) as exc:
        for leftover in (tmp, tmp.with_name(tmp.name + ".partial"), out):
            leftover.unlink(missing_ok=True)
        raise DatabaseError(f"cannot back up {path.name} to {out.parent}: {exc}") from exc
    prune(path, keep, reason)
    return out


def prune(db_path: Path, keep: int | None = None, reason: str | None = None) -> list[Path]:
    """Delete all but the newest ``keep`` backups of each reason; return what went."""
    keep = keep if keep is not None else keep_count()
    by_reason: dict[str, list[Backup]] = {}
    for b in list_backups(db_path, reason):
        if b.reason not in _USER_REASONS:
            by_reason.setdefault(b.reason, []).append(b)
    removed = []
    for backups in by_reason.values():
        for b in backups[keep:]:  # newest first
            b.path.unlink(missing_ok=True)
            removed.append(b.path)
    return removed


def daily_backup_if_due(
    store: Store, now: dt.datetime | None = None, keep: int | None = None
) -> Path | None:
    """The app calls this on start: at most one ``daily`` backup per calendar day."""
    if store.read_only or store.path is None:
        return None
    now = now or dt.datetime.now()
    latest = list_backups(store.path, "daily")
    if latest and latest[0].taken_at.date() == now.date():
        return None
    return backup_now(store, "daily", keep, now)


# -- the user's own copies, and restoring ----------------------------------------------
def backup_to(store: Store, out: Path, force: bool = False) -> Path:
    """Copy the database to ``out`` (a file, or a folder for a dated copy); no pruning.

    Raises
    ------
    InputError
        ``out`` is an existing file and ``force`` is false (it is never overwritten
        unasked), or it is not a regular file.
    """
    if store.path is None:
        raise DatabaseError("backup copies SQLite files; for PostgreSQL use pg_dump")
    if out.exists() and out.is_dir():
        out = out / f"{store.path.stem}.backup-{dt.datetime.now().strftime(_STAMP)}.sqlite"
    if out.exists() or out.is_symlink():
        if not out.is_file():
            raise InputError(f"{out} exists and is not a regular file; choose another name")
        if out.resolve() == store.path.resolve():
            raise InputError(f"{out} is the database itself; choose another name")
        if not force:
            raise InputError(f"{out} already exists; pass --force to overwrite it")
    try:
        return backup_sqlite(store.path, out)
    except (sqlite3.Error, OSError) as exc:
        raise DatabaseError(f"cannot back up {store.path.name} to {out}: {exc}") from exc


def _move_aside(target: Path) -> Path:
    """Rename a damaged file (and its log) aside in its own folder, bytes untouched.

    Its own folder, not the backups folder: a rename on the same disk needs no space and
    copies nothing (the disk may be full, the file large).
    """
    kept = _target(target, "damaged", dt.datetime.now(), target.parent)
    for suffix in ("", "-wal", "-shm"):
        src = target.with_name(target.name + suffix)
        if src.exists():
            os.replace(src, kept.with_name(kept.name + suffix))
    return kept


def _check_restorable(source: Path) -> None:
    if not source.is_file():
        raise InputError(f"{source}: no such file")
    problems = diagnose(source, full=True)
    if problems:
        raise InputError(f"{source} is not an intact database: {problems[0]}")
    conn = connect_read_only(source)
    try:
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    finally:
        conn.close()
    if not CORE_TABLES <= tables:
        raise InputError(f"{source} is not a Vaccine Diplomacy Tracker database")


def _stage(source: Path, target: Path) -> Path:
    """The replacement, complete and verified, beside ``target`` (same filesystem).

    Raises
    ------
    DatabaseError
        It could not be written whole (a full disk) or does not verify; nothing is left.
    """
    staged = target.with_name(f".{target.name}.restoring-{os.getpid()}")
    try:
        backup_sqlite(source, staged)
        problems = quick_check_file(staged, full=True, with_wal=False)
        if problems:
            raise DatabaseError(
                f"the copy of {source.name} does not verify ({problems[0]}); "
                f"{target.name} was not changed"
            )
    except (sqlite3.Error, OSError) as exc:
        _remove(staged)
        raise DatabaseError(
            f"cannot restore {target.name} from {source}: "
            f"{storage_problem(target, exc)}; {target.name} was not changed"
        ) from exc
    except BaseException:
        _remove(staged)
        raise
    return staged


def _remove(path: Path) -> None:
    for suffix in ("", "-journal", "-wal", "-shm"):
        path.with_name(path.name + suffix).unlink(missing_ok=True)


def restore(url: str, source: Path) -> Path | None:
    """Replace the database at ``url`` with the backup ``source``.

    The replacement is written beside the database, flushed and verified first; only
    then is the current file put away and the replacement renamed into place, so a
    failure (a full disk) leaves the current file exactly as it was. An intact current
    file is backed up (reason ``pre-restore``); a damaged one is moved aside unchanged
    (``<name>.damaged-<time>.sqlite`` beside it), never written to. Returns
    where the previous file went, if there was one.
    """
    target = sqlite_path(normalise_url(url))
    if target is None:
        raise DatabaseError("restore replaces a SQLite file; for PostgreSQL use pg_restore")
    if source.resolve() == target.resolve():
        raise InputError(f"{source} is the database itself; restore another file")
    _check_restorable(source)
    target.parent.mkdir(parents=True, exist_ok=True)
    staged = _stage(source, target)
    kept = None
    try:
        if target.exists() and target.stat().st_size > 0:
            if diagnose(target):
                kept = _move_aside(target)
            else:
                kept = backup_now(target, "pre-restore")
                # Its log went into that copy; renamed away so it cannot replay onto the
                # replacement, and removed once the replacement is in place.
                old = target.with_name(f".{target.name}.replaced-{os.getpid()}")
                for suffix in ("-wal", "-shm"):
                    side = target.with_name(target.name + suffix)
                    if side.exists():
                        os.replace(side, old.with_name(old.name + suffix))
        os.replace(staged, target)
        fsync_path(target.parent)
    except BaseException:
        _remove(staged)
        raise
    _remove(target.with_name(f".{target.name}.replaced-{os.getpid()}"))
    return kept


def restore_latest(url: str) -> tuple[Path, Path | None]:
    """Restore the newest intact backup; returns (the backup used, where the old file went).

    Raises
    ------
    DatabaseError
        There is no intact backup of this database.
    """
    target = sqlite_path(normalise_url(url))
    latest = latest_backup(target) if target is not None else None
    if latest is None:
        raise DatabaseError(f"there is no intact backup of {url}")
    return latest, restore(url, latest)
