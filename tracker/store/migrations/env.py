"""Alembic environment: runs on the connection the store hands over."""

from __future__ import annotations

from alembic import context

from tracker.store.models import Base

connection = context.config.attributes.get("connection")
if connection is None:  # pragma: no cover - only the store runs migrations
    raise RuntimeError("tracker migrations run through tracker.store.migrate.upgrade()")

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=connection.dialect.name == "sqlite",
)
context.run_migrations()
