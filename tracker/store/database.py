"""Opening a database: URL resolution, SQLite pragmas, migrations (with a copy first).

``open_store`` is the one entry point; it returns a :class:`Store` that knows whether it
created the database (so the caller can seed it) and whether it is read-only.
"""

from __future__ import annotations

import datetime as dt
import os
import re
import shutil
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import sqlalchemy as sa
from sqlalchemy import event
from sqlalchemy.engine import Connection, Engine, make_url
from sqlalchemy.exc import OperationalError, SQLAlchemyError
from sqlalchemy.orm import Session

from tracker.domain.errors import DatabaseError, ReadOnlyError, ResourceError

APP_DIR_NAME = "vaccine-tracker"
BUSY_TIMEOUT_MS = 30_000
#: ``PRAGMA application_id`` of a tracker database ("VDTr"): another program's file is
#: refused instead of being given the tracker's tables.
APPLICATION_ID = 0x56445472
#: SQLite result codes that say the storage, not the file, is the problem: permission,
#: busy, locked, out of memory, read-only, I/O error, disk full, cannot open.
_RESOURCE_CODES = frozenset({3, 5, 6, 7, 8, 10, 13, 14})
_PASSWORD = re.compile(r"(?P<head>[A-Za-z][A-Za-z0-9+.-]*://[^/\s:@]*:)[^@\s]*@")


def default_database_url() -> str:
    """``TRACKER_DATABASE_URL`` if set, else a SQLite file in the user's data folder."""
    env = os.environ.get("TRACKER_DATABASE_URL")
    if env:
        return env
    import platformdirs

    folder = platformdirs.user_data_path(APP_DIR_NAME, appauthor=False)
    return sqlite_url(folder / "tracker.sqlite")


def sqlite_url(path: Path | str) -> str:
    return f"sqlite:///{Path(path).expanduser().absolute()}"


def normalise_url(db: str) -> str:
    """Accept a plain file path as well as any SQLAlchemy URL.

    ``postgresql://`` and ``postgres://`` (libpq's spellings) mean psycopg 3, the driver
    the app installs, not SQLAlchemy's default psycopg2.
    """
    if not db or not db.strip():
        raise DatabaseError("the database path is empty")
    if "://" in db:
        scheme, rest = db.split("://", 1)
        if scheme in ("postgresql", "postgres"):
            return f"postgresql+psycopg://{rest}"
        return db
    return sqlite_url(db)


def redact(text: str) -> str:
    """``text`` with the password of every URL in it replaced by ``***``."""
    return _PASSWORD.sub(lambda m: m["head"] + "***@", str(text))


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
    wal = path.with_name(path.name + "-wal")
    try:
        return wal.stat().st_size > 0
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


def sqlite_path(url: str) -> Path | None:
    u = make_url(url)
    if u.get_backend_name() != "sqlite" or not u.database or u.database == ":memory:":
        return None
    return Path(u.database)


def _install_sqlite_pragmas(engine: Engine, read_only: bool) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn, _record):  # noqa: ANN001 - DB-API objects
        # Let SQLAlchemy, not pysqlite, decide where transactions begin.
        dbapi_conn.isolation_level = None
        cur = dbapi_conn.cursor()
        cur.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        cur.execute("PRAGMA foreign_keys = ON")
        if not read_only:
            cur.execute("PRAGMA journal_mode = WAL")
            # FULL: a commit that returned survives a kill or power loss.
            cur.execute("PRAGMA synchronous = FULL")
        cur.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Connection):
        # Writers take the lock up front, so two writers queue (busy timeout) instead of
        # failing with "database is locked" when a read transaction tries to upgrade.
        if conn.get_execution_options().get("tracker_write"):
            conn.exec_driver_sql("BEGIN IMMEDIATE")
        else:
            conn.exec_driver_sql("BEGIN")


class Store:
    """An open database: the engine, how it was opened, and transactions.

    Reads and writes go through :mod:`tracker.store.repository` and
    :mod:`tracker.store.queries`, which take a ``Store``.
    """

    def __init__(self, url: str, engine: Engine, *, created: bool, read_only: bool) -> None:
        self.url = url
        self.engine = engine
        self.created = created
        self.read_only = read_only

    # -- description ---------------------------------------------------------------
    @property
    def is_sqlite(self) -> bool:
        return self.engine.dialect.name == "sqlite"

    @property
    def path(self) -> Path | None:
        return sqlite_path(self.url)

    @property
    def display_name(self) -> str:
        if self.path is not None:
            return self.path.name
        u = make_url(self.url)
        return f"{u.database} on {u.host or 'localhost'}"

    def describe(self) -> str:
        """The URL with any password hidden, for status bars and messages."""
        if self.path is not None:
            return str(self.path)
        return describe_url(self.url)

    # -- transactions --------------------------------------------------------------
    @contextmanager
    def read(self) -> Iterator[Connection]:
        try:
            with self.engine.connect() as conn, conn.begin():
                yield conn
        except OperationalError as exc:
            raise DatabaseError(_explain(exc, self)) from exc

    @contextmanager
    def write(self) -> Iterator[Connection]:
        """One write transaction: everything inside commits together or not at all."""
        if self.read_only:
            raise ReadOnlyError(f"{self.display_name} is open read-only; changes are not saved")
        try:
            with self.engine.connect().execution_options(tracker_write=True) as conn:
                with conn.begin():
                    yield conn
        except OperationalError as exc:
            raise DatabaseError(_explain(exc, self)) from exc

    @contextmanager
    def session(self, write: bool = False) -> Iterator[Session]:
        """An ORM session inside one transaction (for single-record work)."""
        ctx = self.write() if write else self.read()
        with ctx as conn:
            with Session(
                bind=conn, join_transaction_mode="create_savepoint", expire_on_commit=False
            ) as session:
                yield session
                session.flush()

    def close(self) -> None:
        self.engine.dispose()


def describe_url(url: str) -> str:
    """A database URL for people: the file path, or the URL with its password hidden."""
    path = sqlite_path(url) if "://" in url else None
    if path is not None:
        return str(path)
    try:
        return make_url(url).render_as_string(hide_password=True)
    except Exception:  # noqa: BLE001 - an unparsable URL is still shown, redacted
        return redact(url)


def _explain(exc: SQLAlchemyError, store: Store | None = None) -> str:
    text = redact(str(getattr(exc, "orig", exc)).splitlines()[0] if str(exc) else "")
    where = store.describe() if store else "the database"
    if "locked" in text or "busy" in text:
        return f"{where} is busy (another program holds a lock); try again in a moment"
    if "readonly" in text or "read-only" in text:
        return f"{where} is read-only (the file or its folder); nothing was saved"
    if "disk is full" in text or "full" in text:
        return f"{where}: the disk is full; nothing was saved"
    if "malformed" in text or "not a database" in text:
        return f"{where} is damaged ({text}); run `vaccine-tracker check` or restore a backup"
    path = store.path if store else None
    if path is not None and is_resource_error(getattr(exc, "orig", exc)):
        return f"{where}: {storage_problem(path, exc)}; nothing was saved"
    return f"{where}: {text}"


def quick_check(path: Path, full: bool = False) -> list[str]:
    """SQLite's own check, read-only. Returns problems found (empty when intact).

    Raises
    ------
    ResourceError
        The file cannot be read for a reason that is not damage (full disk, permission).
    """
    if not path.exists():
        return [f"{path} does not exist"]
    # First what SQLite's own check cannot see: a truncated file, and a -wal from another
    # database (SQLite would replay it, and the next write would checkpoint it into this
    # file). Imported here: maintenance imports this module.
    from tracker.store.maintenance import file_problems, quick_check_file

    problems = file_problems(path)
    if problems:
        return problems
    return quick_check_file(path, full)


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


def _is_current(engine: Engine, created: bool) -> bool:
    """At the newest schema, with every known actor: nothing to migrate or sync.

    Checked with two plain queries so an up-to-date database opens without importing
    Alembic or building the actor registry (cold start, bench B5).
    """
    if created:
        return False
    from tracker.store.schema_head import SCHEMA_HEAD

    try:
        with engine.connect() as conn:
            version = conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalar()
            n_actors = conn.exec_driver_sql("SELECT count(*) FROM actors").scalar()
            # An organisation's old code that collides with a country's (see actors.py).
            old_codes = conn.exec_driver_sql(
                "SELECT count(*) FROM actors WHERE code = 'AU'"
            ).scalar()
    except SQLAlchemyError:
        return False
    import pycountry

    from tracker.domain.actors import OTHER_ACTOR_COUNT

    return (
        version == SCHEMA_HEAD
        and not old_codes
        and n_actors >= len(pycountry.countries) + OTHER_ACTOR_COUNT
    )


def _has_tables(engine: Engine) -> bool:
    return bool(sa.inspect(engine).get_table_names())


#: Tables every tracker database has (from its first migration on).
TRACKER_TABLES = frozenset({"alembic_version", "commitments", "deliveries"})


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
    if app_id == APPLICATION_ID or not tables or TRACKER_TABLES <= tables:
        return None
    return (
        f"{path} is not a Vaccine Diplomacy Tracker database (it holds the tables "
        f"{', '.join(sorted(tables)[:5])}{'…' if len(tables) > 5 else ''}); it was not changed"
    )


def newer_schema_problem(engine: Engine, where: str) -> str | None:
    """A message when the database was written by a newer version of the app."""
    from tracker.store.schema_head import SCHEMA_HEAD

    try:
        with engine.connect() as conn:
            version = conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalar()
    except SQLAlchemyError:
        return None
    if version is None or version == SCHEMA_HEAD:
        return None
    from tracker.store.migrate import known_revisions

    if version in known_revisions():
        return None
    return (
        f"{where} was written by a newer version of Vaccine Diplomacy Tracker (schema "
        f"{version}; this version knows up to {SCHEMA_HEAD}); install the newer version "
        "to open it. It was not changed"
    )


def missing_history(path: Path) -> str | None:
    """A message when ``path`` is missing or empty although it existed (backups remain).

    A database that disappeared (a failed copy, a full disk) must not be replaced by a
    new one seeded with the bundled data: the user's records are in its backups.
    """
    try:
        if path.exists() and path.stat().st_size > 0:
            return None
    except OSError:
        return None
    from tracker.store.backups import restorable_files

    kept = restorable_files(path)
    if not kept:
        return None
    state = "is empty (0 bytes)" if path.exists() else "is missing"
    return (
        f"{path} {state}, but {len(kept)} backup(s) of it exist (newest: {kept[0].path}); "
        "nothing was created. Restore one with `vaccine-tracker restore BACKUP` "
        "(`vaccine-tracker check` lists them), or move its backups folder away to start "
        "a new database"
    )


def _check_sqlite_file(path: Path, read_only: bool) -> None:
    """Refuse what must not be opened: damage, another program's file, a lost database."""
    if path.exists():
        if path.is_dir():
            raise DatabaseError(f"{path} is a folder, not a database file")
        if not path.is_file():
            raise DatabaseError(f"{path} is not a regular file")
        lost = missing_history(path)
        if lost:
            raise DatabaseError(lost)
        problem = foreign_file_problem(path)
        if problem:
            raise DatabaseError(problem)
        problems = quick_check(path)
        if problems:
            raise DatabaseError(f"{path} is damaged: {problems[0]}")
        if not read_only and not os.access(path, os.W_OK):
            raise ResourceError(
                f"{path} is read-only; it can be read (summary, export-data, backup) but "
                "not changed"
            )
        if not read_only and not os.access(path.parent, os.W_OK):
            raise ResourceError(
                f"the folder {path.parent} is read-only; {path.name} can be read but not "
                "changed (SQLite writes its log beside the file)"
            )
        return
    if read_only:
        raise DatabaseError(f"{path} does not exist")
    lost = missing_history(path)
    if lost:
        raise DatabaseError(lost)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise DatabaseError(f"cannot create the folder for {path}: {exc.strerror}") from exc
    if not os.access(path.parent, os.W_OK):
        raise ResourceError(f"cannot create {path}: the folder is read-only")


def open_store(url: str | None = None, *, read_only: bool = False, migrate: bool = True) -> Store:
    """Open (creating and migrating when needed) the database at ``url``.

    Raises
    ------
    DatabaseError
        The location cannot be created or written, the file is damaged, belongs to
        another program, or the server cannot be reached. The message is one line meant
        for a user (a password in the URL is never shown).
    """
    url = normalise_url(url or default_database_url())
    path = sqlite_path(url)
    created = False
    if path is not None:
        _check_sqlite_file(path, read_only)
        if not read_only:
            from tracker.store.backups import clean_leftovers

            clean_leftovers(path)  # what a killed backup or restore left behind
        engine_url = url
        if read_only:
            engine_url = f"sqlite:///{read_only_uri(path)}&uri=true"
        engine = sa.create_engine(engine_url, connect_args={"timeout": BUSY_TIMEOUT_MS / 1000})
        _install_sqlite_pragmas(engine, read_only)
    else:
        try:
            engine = sa.create_engine(url, pool_pre_ping=True)
        except (SQLAlchemyError, ImportError, ValueError) as exc:
            raise DatabaseError(
                f"cannot use database URL {describe_url(url)}: {redact(str(exc))}"
            ) from exc

    try:
        created = not _has_tables(engine)
        store = Store(url, engine, created=created, read_only=read_only)
        newer = None if created else newer_schema_problem(engine, store.describe())
        if newer:
            raise DatabaseError(newer)
        if migrate and not read_only and not _is_current(engine, created):
            from tracker.store.migrate import upgrade

            upgrade(store)
        elif created:
            raise DatabaseError(f"{store.describe()} holds no tracker database")
    except OperationalError as exc:
        engine.dispose()
        raise DatabaseError(
            _explain(exc, Store(url, engine, created=False, read_only=True))
        ) from exc
    except SQLAlchemyError as exc:
        engine.dispose()
        raise DatabaseError(f"cannot open the database: {redact(str(exc))}") from exc
    except DatabaseError:
        engine.dispose()
        raise
    return store


def backup_name(path: Path, reason: str) -> Path:
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    return path.with_name(f"{path.stem}.{reason}-{stamp}{path.suffix or '.sqlite'}")
