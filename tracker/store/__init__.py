"""Persistence: SQLAlchemy 2.x models, Alembic migrations, sessions and queries.

SQLite by default (WAL, foreign keys on, busy timeout), any SQLAlchemy URL otherwise.
No Qt here.
"""

from tracker.store.database import Store, default_database_url
from tracker.store.opening import open_store

__all__ = ["Store", "default_database_url", "open_store"]
