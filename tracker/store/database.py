"""Opening a database: URL resolution, SQLite pragmas, migrations (with a copy first).

``open_store`` is the one entry point; it returns a :class:`Store` that knows whether it
created the database (so the caller can seed it) and whether it is read-only.
"""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import sqlalchemy as sa
from sqlalchemy import event
from sqlalchemy.engine import Connection, Engine, make_url
from sqlalchemy.exc import OperationalError, SQLAlchemyError
from sqlalchemy.orm import Session

from tracker.domain.errors import DatabaseError, ReadOnlyError

APP_DIR_NAME = "vaccine-tracker"
BUSY_TIMEOUT_MS = 30_000


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
    """Accept a plain file path as well as any SQLAlchemy URL."""
    if "://" in db:
        return db
    return sqlite_url(db)


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
        return make_url(self.url).render_as_string(hide_password=True)

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


def _explain(exc: SQLAlchemyError, store: Store | None = None) -> str:
    text = str(getattr(exc, "orig", exc))
    where = store.describe() if store else "the database"
    if "locked" in text or "busy" in text:
        return f"{where} is busy (another program holds a lock); try again in a moment"
    if "readonly" in text or "read-only" in text:
        return f"{where} cannot be written: the file or its folder is read-only"
    if "disk is full" in text or "full" in text:
        return f"{where}: the disk is full; nothing was saved"
    if "malformed" in text or "not a database" in text:
        return f"{where} is damaged ({text}); run `vaccine-tracker check` or restore a backup"
    return f"{where}: {text}"


def quick_check(path: Path, full: bool = False) -> list[str]:
    """SQLite's own check, read-only. Returns problems found (empty when intact)."""
    if not path.exists():
        return [f"{path} does not exist"]
    # First what SQLite's own check cannot see: a truncated file, and a -wal from another
    # database (SQLite would replay it, and the next write would checkpoint it into this
    # file). Imported here: maintenance imports this module.
    from tracker.store.maintenance import file_problems

    problems = file_problems(path)
    if problems:
        return problems
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=BUSY_TIMEOUT_MS / 1000)
    except sqlite3.Error as exc:
        return [f"cannot open {path}: {exc}"]
    try:
        rows = conn.execute("PRAGMA integrity_check" if full else "PRAGMA quick_check").fetchall()
        problems = [r[0] for r in rows if r[0] != "ok"]
        fk = conn.execute("PRAGMA foreign_key_check").fetchall()
        problems += [f"row {r[1]} of table {r[0]} points at a missing {r[2]} row" for r in fk]
        return problems
    except sqlite3.DatabaseError as exc:
        return [f"{path} is damaged: {exc}"]
    finally:
        conn.close()


def backup_sqlite(src: Path, dest: Path) -> Path:
    """Copy a SQLite database through the online backup API (consistent under writers)."""
    dest.parent.mkdir(parents=True, exist_ok=True)
    tmp = dest.with_name(dest.name + ".partial")
    source = sqlite3.connect(f"file:{src}?mode=ro", uri=True, timeout=BUSY_TIMEOUT_MS / 1000)
    try:
        target = sqlite3.connect(tmp)
        try:
            source.backup(target)
        finally:
            target.close()
    finally:
        source.close()
    os.replace(tmp, dest)
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
    except SQLAlchemyError:
        return False
    import pycountry

    from tracker.domain.actors import OTHER_ACTOR_COUNT

    return version == SCHEMA_HEAD and n_actors >= len(pycountry.countries) + OTHER_ACTOR_COUNT


def _has_tables(engine: Engine) -> bool:
    return bool(sa.inspect(engine).get_table_names())


def open_store(url: str | None = None, *, read_only: bool = False, migrate: bool = True) -> Store:
    """Open (creating and migrating when needed) the database at ``url``.

    Raises
    ------
    DatabaseError
        The location cannot be created or written, the file is damaged, or the server
        cannot be reached. The message is one line meant for a user.
    """
    url = normalise_url(url or default_database_url())
    path = sqlite_path(url)
    created = False
    if path is not None:
        if path.exists():
            if path.is_dir():
                raise DatabaseError(f"{path} is a folder, not a database file")
            problems = quick_check(path)
            if problems:
                raise DatabaseError(f"{path} is damaged: {problems[0]}")
            if not read_only and not os.access(path, os.W_OK):
                raise DatabaseError(f"{path} cannot be written (permission denied)")
        else:
            if read_only:
                raise DatabaseError(f"{path} does not exist")
            try:
                path.parent.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise DatabaseError(f"cannot create the folder for {path}: {exc.strerror}") from exc
            if not os.access(path.parent, os.W_OK):
                raise DatabaseError(f"cannot create {path}: the folder is not writable")
        engine_url = url
        if read_only:
            engine_url = f"sqlite:///file:{path}?mode=ro&uri=true"
        engine = sa.create_engine(engine_url, connect_args={"timeout": BUSY_TIMEOUT_MS / 1000})
        _install_sqlite_pragmas(engine, read_only)
    else:
        try:
            engine = sa.create_engine(url, pool_pre_ping=True)
        except (SQLAlchemyError, ImportError, ValueError) as exc:
            raise DatabaseError(f"cannot use database URL {url!r}: {exc}") from exc

    try:
        created = not _has_tables(engine)
        store = Store(url, engine, created=created, read_only=read_only)
        if migrate and not read_only and not _is_current(engine, created):
            from tracker.store.migrate import upgrade

            upgrade(store)
        elif created:
            raise DatabaseError(f"{store.describe()} holds no tracker database")
    except OperationalError as exc:
        engine.dispose()
        raise DatabaseError(_explain(exc)) from exc
    except SQLAlchemyError as exc:
        engine.dispose()
        raise DatabaseError(f"cannot open the database: {exc}") from exc
    return store


def backup_name(path: Path, reason: str) -> Path:
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    return path.with_name(f"{path.stem}.{reason}-{stamp}{path.suffix or '.sqlite'}")
