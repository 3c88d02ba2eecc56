"""The database engine: URLs, the SQLite connection settings, and :class:`Store`.

Opening a database (checks, creation, migration) is :mod:`tracker.store.opening`; this
module only knows how to talk to one that is open.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import event
from sqlalchemy.engine import Connection, Engine, make_url
from sqlalchemy.exc import OperationalError, SQLAlchemyError
from sqlalchemy.orm import Session

from tracker import APP_DIR_NAME
from tracker.domain.errors import DatabaseError, ReadOnlyError
from tracker.store.sqlite_file import BUSY_TIMEOUT_MS, is_resource_error, storage_problem

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


def sqlite_path(url: str) -> Path | None:
    u = make_url(url)
    if u.get_backend_name() != "sqlite" or not u.database or u.database == ":memory:":
        return None
    return Path(u.database)


def install_sqlite_pragmas(engine: Engine, read_only: bool) -> None:
    """Settings every connection to a SQLite file gets (WAL, foreign keys, busy timeout),
    and ``BEGIN IMMEDIATE`` for write transactions."""

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: Any, _record: Any) -> None:  # DB-API objects: untyped
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
    def _on_begin(conn: Connection) -> None:
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
            raise DatabaseError(explain_error(exc, self)) from exc

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
            raise DatabaseError(explain_error(exc, self)) from exc

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


def explain_error(exc: SQLAlchemyError, store: Store | None = None) -> str:
    """One line for a user saying why a database operation failed."""
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
