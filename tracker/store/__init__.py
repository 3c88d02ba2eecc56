"""Persistence: SQLAlchemy 2.x models, Alembic migrations, sessions and queries.

SQLite by default (WAL, foreign keys on, busy timeout), any SQLAlchemy URL otherwise.
No Qt here. The names below load on first use, so the modules that need no SQLAlchemy
(``sqlite_file``, ``first_page``) import without it (cold start, bench B5d).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from tracker.store.database import Store, default_database_url
    from tracker.store.opening import open_store

__all__ = ["Store", "default_database_url", "open_store"]


def __getattr__(name: str) -> Any:
    if name in ("Store", "default_database_url"):
        from tracker.store import database

        return getattr(database, name)
    if name == "open_store":
        from tracker.store.opening import open_store

        return open_store
    raise AttributeError(f"module 'tracker.store' has no attribute {name!r}")
