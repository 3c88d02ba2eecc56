"""Opening a database: checks first, then the engine, then migrations (with a copy first).

``open_store`` is the one entry point; it returns a :class:`Store` that knows whether it
created the database (so the caller can seed it) and whether it is read-only.
"""

from __future__ import annotations

import os
from pathlib import Path

import sqlalchemy as sa
from sqlalchemy.engine import Engine
from sqlalchemy.exc import OperationalError, SQLAlchemyError

from tracker.domain.errors import DatabaseError, ResourceError
from tracker.store.backups import clean_leftovers, restorable_files
from tracker.store.database import (
    Store,
    default_database_url,
    describe_url,
    explain_error,
    install_sqlite_pragmas,
    normalise_url,
    redact,
    sqlite_path,
)
from tracker.store.schema_head import SCHEMA_HEAD, is_current
from tracker.store.sqlite_file import (
    BUSY_TIMEOUT_MS,
    file_problems,
    foreign_file_problem,
    quick_check_file,
    read_only_uri,
)


def _is_current(engine: Engine, created: bool) -> bool:
    """At the newest schema, with every known actor: nothing to migrate or sync.

    Checked with two plain queries so an up-to-date database opens without importing
    Alembic or building the actor registry (cold start, bench B5).
    """
    if created:
        return False
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
    return is_current(version, n_actors, old_codes)


def _has_tables(engine: Engine) -> bool:
    return bool(sa.inspect(engine).get_table_names())


def newer_schema_problem(engine: Engine, where: str) -> str | None:
    """A message when the database was written by a newer version of the app."""
    try:
        with engine.connect() as conn:
            version = conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalar()
    except SQLAlchemyError:
        return None
    if version is None or version == SCHEMA_HEAD:
        return None
    # Imported here, not at the top: Alembic is slow to import and an up-to-date
    # database opens without it (cold start, bench B5).
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
    kept = restorable_files(path)
    if not kept:
        return None
    state = "is empty (0 bytes)" if path.exists() else "is missing"
    folders = ", ".join(str(f) for f in dict.fromkeys(b.path.parent for b in kept))
    return (
        f"{path} {state}, but {len(kept)} backup(s) of it exist (newest: {kept[0].path}); "
        "nothing was created. Restore one with `vaccine-tracker restore BACKUP` "
        f"(`vaccine-tracker check` lists them), or move them away ({folders}) to start "
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
        # First what SQLite's own check cannot see: a truncated file, and a -wal from
        # another database (SQLite would replay it, and the next write would checkpoint
        # it into this file).
        problems = file_problems(path) or quick_check_file(path)
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
            clean_leftovers(path)  # what a killed backup or restore left behind
        engine_url = url
        if read_only:
            engine_url = f"sqlite:///{read_only_uri(path)}&uri=true"
        engine = sa.create_engine(engine_url, connect_args={"timeout": BUSY_TIMEOUT_MS / 1000})
        install_sqlite_pragmas(engine, read_only)
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
            from tracker.store.migrate import upgrade  # lazily: see newer_schema_problem

            upgrade(store)
        elif created:
            raise DatabaseError(f"{store.describe()} holds no tracker database")
    except OperationalError as exc:
        engine.dispose()
        raise DatabaseError(
            explain_error(exc, Store(url, engine, created=False, read_only=True))
        ) from exc
    except SQLAlchemyError as exc:
        engine.dispose()
        raise DatabaseError(f"cannot open the database: {redact(str(exc))}") from exc
    except DatabaseError:
        engine.dispose()
        raise
    return store
