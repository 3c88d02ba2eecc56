import sqlite3

import pytest
import sqlalchemy as sa
from alembic import command

from tracker.domain.errors import DatabaseError, ReadOnlyError
from tracker.store import open_store
from tracker.store.backups import backup_folder
from tracker.store.migrate import alembic_config, current_revision, head_revision


def test_new_file_is_created_migrated_and_configured(tmp_path):
    path = tmp_path / "sub" / "new.sqlite"
    store = open_store(str(path))
    try:
        assert store.created
        assert current_revision(store) == head_revision()
        with store.read() as conn:
            assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
            assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
            assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() >= 5000
            assert conn.scalar(sa.text("SELECT count(*) FROM actors")) > 249
    finally:
        store.close()
    again = open_store(str(path))
    assert not again.created
    again.close()


def test_foreign_keys_are_enforced(empty_store):
    with pytest.raises(sa.exc.IntegrityError):
        with empty_store.write() as conn:
            conn.execute(
                sa.text(
                    "INSERT INTO deliveries (donor, recipient, vaccine, doses, arrived_on, status, "
                    "confidence, notes, version, created_at, updated_at) VALUES "
                    "('XXX', 'MEX', 'astrazeneca', 5, '2021-01-01', 'delivered', 'high', '', 1, "
                    "CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)"
                )
            )


def test_migrating_an_old_file_takes_a_copy_first(tmp_path):
    path = tmp_path / "old.sqlite"
    store = open_store(str(path))
    cfg = alembic_config()
    with store.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "base")
    store.close()
    reopened = open_store(str(path))
    try:
        assert current_revision(reopened) == head_revision()
        copies = list(backup_folder(path).glob("old.pre-migrate-*.sqlite"))
        assert len(copies) == 1
        conn = sqlite3.connect(copies[0])
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        conn.close()
        assert "deliveries" not in tables  # the copy is the pre-migration state
    finally:
        reopened.close()


def test_unwritable_location_is_one_clear_error(tmp_path):
    # A regular file where a folder should be: unwritable even for root (CI runs as root).
    blocker = tmp_path / "blocker"
    blocker.write_text("not a folder")
    with pytest.raises(DatabaseError, match="cannot create the folder"):
        open_store(str(blocker / "sub" / "x.sqlite"))


def test_damaged_file_is_refused_and_left_alone(seeded_path):
    data = seeded_path.read_bytes()
    seeded_path.write_bytes(data[: len(data) // 3])
    before = seeded_path.read_bytes()
    with pytest.raises(DatabaseError, match="damaged"):
        open_store(str(seeded_path))
    assert seeded_path.read_bytes() == before


def test_read_only_store_refuses_writes(seeded_path):
    store = open_store(str(seeded_path), read_only=True)
    try:
        with pytest.raises(ReadOnlyError):
            with store.write():
                pass
    finally:
        store.close()


def test_schema_head_constant_matches_alembic():
    from tracker.store.schema_head import SCHEMA_HEAD

    assert SCHEMA_HEAD == head_revision()


def test_a_0001_database_with_data_moves_to_the_lean_indexes_and_keeps_its_rows(seeded_path):
    store = open_store(str(seeded_path))
    with store.read() as conn:
        before = conn.exec_driver_sql("SELECT count(*) FROM deliveries").scalar()
    cfg = alembic_config()
    with store.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "0001")
    store.close()
    assert _index_sql(seeded_path, "ix_record_sources_record") is not None
    reopened = open_store(str(seeded_path))
    try:
        assert current_revision(reopened) == head_revision()
        with reopened.read() as conn:
            assert conn.exec_driver_sql("SELECT count(*) FROM deliveries").scalar() == before > 0
    finally:
        reopened.close()
    assert _index_sql(seeded_path, "ix_record_sources_record") is None
    assert "WHERE commitment_id IS NOT NULL" in _index_sql(
        seeded_path, "ix_deliveries_commitment_id"
    )


def _index_sql(path, name):
    conn = sqlite3.connect(path)
    try:
        row = conn.execute("SELECT sql FROM sqlite_master WHERE name = ?", (name,)).fetchone()
    finally:
        conn.close()
    return row[0] if row else None


def test_au_is_australia_and_the_african_union_keeps_its_records(seeded_path):
    """ "AU" once named the African Union; a database written then moves to AFUNION."""
    from tracker.domain.actors import actors

    assert actors().resolve("AU") == "AUS"
    assert actors().resolve("UA") == "UKR"
    assert actors().resolve("African Union") == "AFUNION"
    assert actors().resolve("Unión Africana") == "AFUNION"
    conn = sqlite3.connect(seeded_path)
    n_events = conn.execute("SELECT count(*) FROM event_actors WHERE actor = 'AFUNION'").fetchone()
    assert n_events[0] >= 1
    # The database as an older version wrote it: the union under "AU".
    conn.execute("PRAGMA foreign_keys = OFF")
    conn.execute("UPDATE actors SET code = 'AU' WHERE code = 'AFUNION'")
    conn.execute("UPDATE event_actors SET actor = 'AU' WHERE actor = 'AFUNION'")
    n_records = 0
    for table in ("commitments", "deliveries", "tallies"):
        for column in ("donor", "recipient"):
            n_records += conn.execute(
                f"UPDATE {table} SET {column} = 'AU' WHERE {column} = 'AFUNION'"
            ).rowcount
    conn.commit()
    conn.close()
    store = open_store(str(seeded_path))
    try:
        with store.read() as c:
            assert c.scalar(sa.text("SELECT count(*) FROM actors WHERE code = 'AU'")) == 0
            moved = c.scalar(sa.text("SELECT count(*) FROM event_actors WHERE actor = 'AFUNION'"))
            assert moved == n_events[0]
            assert c.scalar(sa.text("SELECT name FROM actors WHERE code = 'AFUNION'")) == (
                "African Union"
            )
            back = sum(
                c.scalar(sa.text(f"SELECT count(*) FROM {t} WHERE {col} = 'AFUNION'"))
                for t in ("commitments", "deliveries", "tallies")
                for col in ("donor", "recipient")
            )
            assert back == n_records  # the 17 M Janssen doses for the AU among them
    finally:
        store.close()
