"""Alembic migrations, applied automatically when a database is opened.

Before migrating an existing SQLite file, a copy is taken through the online backup API
into its backups folder (``tracker.store.backups``, rotated with the other automatic
copies), so a failed or unwanted migration can be undone by restoring it.
"""

from __future__ import annotations

from pathlib import Path

import sqlalchemy as sa
from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory

from tracker.domain.actors import RENAMED_ACTORS, actors
from tracker.domain.vaccines import vaccines
from tracker.store.backups import backup_now
from tracker.store.database import Store
from tracker.store.models import (
    ActorRow,
    CommitmentRow,
    DeliveryRow,
    EventActorRow,
    TallyRow,
    VaccineRow,
)
from tracker.store.sqlite_file import APPLICATION_ID

MIGRATIONS = Path(__file__).with_name("migrations")


def alembic_config() -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    return cfg


def head_revision() -> str:
    return ScriptDirectory.from_config(alembic_config()).get_current_head() or ""


def known_revisions() -> set[str]:
    """Every revision this version of the app has a migration for."""
    return {rev.revision for rev in ScriptDirectory.from_config(alembic_config()).walk_revisions()}


def current_revision(store: Store) -> str | None:
    with store.engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def upgrade(store: Store) -> Path | None:
    """Bring the schema to the newest revision; return the pre-migration copy, if any."""
    head = head_revision()
    current = current_revision(store)
    copy = None
    if current != head:
        if not store.created and store.path is not None:
            copy = backup_now(store, f"pre-migrate-{current or 'none'}")
        cfg = alembic_config()
        with store.engine.connect().execution_options(tracker_write=True) as conn:
            with conn.begin():
                cfg.attributes["connection"] = conn
                command.upgrade(cfg, "head")
                if store.is_sqlite:
                    # Marks the file as the tracker's (foreign files are refused on open).
                    conn.exec_driver_sql(f"PRAGMA application_id = {APPLICATION_ID}")
    sync_reference_data(store)
    return copy


def sync_reference_data(store: Store) -> None:
    """Insert actors and vaccines the database does not know yet (e.g. after an upgrade)."""
    with store.engine.connect() as conn:
        have_actors = set(conn.scalars(sa.select(ActorRow.code)))
        have_vaccines = set(conn.scalars(sa.select(VaccineRow.code)))
    new_actors = [
        {"code": a.code, "name": a.name, "name_es": a.name_es, "kind": a.kind.value}
        for a in actors()
        if a.code not in have_actors
    ]
    new_vaccines = [
        {"code": v.code, "name": v.name} for v in vaccines() if v.code not in have_vaccines
    ]
    renamed = {old: new for old, new in RENAMED_ACTORS.items() if old in have_actors}
    if not new_actors and not new_vaccines and not renamed:
        return
    with store.write() as conn:
        if new_actors:
            conn.execute(sa.insert(ActorRow), new_actors)
        if new_vaccines:
            conn.execute(sa.insert(VaccineRow), new_vaccines)
        for old, new in renamed.items():
            _rename_actor(conn, old, new)


def _rename_actor(conn: sa.Connection, old: str, new: str) -> None:
    """Point every record at an organisation's new code; drop the colliding old one.

    "AU" once meant the African Union; it is Australia's ISO code, so the union moved
    to "AFUNION" and a database written before keeps its records.
    """
    for table in (CommitmentRow.__table__, DeliveryRow.__table__, TallyRow.__table__):
        for column in ("donor", "recipient"):
            c = table.c[column]
            conn.execute(sa.update(table).where(c == old).values({column: new}))
    ea = EventActorRow.__table__
    already = sa.select(ea.c.event_id).where(ea.c.actor == new)
    conn.execute(sa.delete(ea).where(ea.c.actor == old, ea.c.event_id.in_(already)))
    conn.execute(sa.update(ea).where(ea.c.actor == old).values(actor=new))
    conn.execute(sa.delete(ActorRow.__table__).where(ActorRow.__table__.c.code == old))
