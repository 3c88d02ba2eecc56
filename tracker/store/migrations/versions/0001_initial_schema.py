"""initial schema

Revision ID: 0001
Revises: (none)
Create Date: 2026-11-28 14:06:40.364922
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:

    op.create_table(
        "actors",
        sa.Column("code", sa.String(length=16), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("name_es", sa.String(length=200), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.PrimaryKeyConstraint("code", name=op.f("pk_actors")),
    )
    op.create_table(
        "audit_log",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("user", sa.String(length=100), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("record_id", sa.Integer(), nullable=True),
        sa.Column("action", sa.String(length=16), nullable=False),
        sa.Column("detail", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_log")),
    )
    with op.batch_alter_table("audit_log", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_audit_log_at"), ["at"], unique=False)

    op.create_table(
        "datasets",
        sa.Column("name", sa.String(length=64), nullable=False),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("as_of", sa.Date(), nullable=True),
        sa.Column("licence", sa.Text(), nullable=False),
        sa.Column("sources", sa.Text(), nullable=False),
        sa.Column("loaded_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("name", name=op.f("pk_datasets")),
    )
    op.create_table(
        "events",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("ref", sa.String(length=64), nullable=True),
        sa.Column("start_on", sa.Date(), nullable=False),
        sa.Column("end_on", sa.Date(), nullable=True),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("category", sa.String(length=16), nullable=False),
        sa.Column("confidence", sa.String(length=8), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column(
            "created_at",
            sa.DateTime(),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.Column(
            "updated_at",
            sa.DateTime(),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_events")),
        sa.UniqueConstraint("ref", name=op.f("uq_events_ref")),
    )
    with op.batch_alter_table("events", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_events_start_on"), ["start_on"], unique=False)

    op.create_table(
        "series",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=64), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("unit", sa.String(length=64), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_series")),
        sa.UniqueConstraint("code", name=op.f("uq_series_code")),
    )
    op.create_table(
        "sources",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("url", sa.Text(), nullable=False),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("publisher", sa.Text(), nullable=False),
        sa.Column("published_on", sa.Date(), nullable=True),
        sa.Column("accessed_on", sa.Date(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sources")),
        sa.UniqueConstraint("url", name=op.f("uq_sources_url")),
    )
    op.create_table(
        "vaccines",
        sa.Column("code", sa.String(length=32), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.PrimaryKeyConstraint("code", name=op.f("pk_vaccines")),
    )
    op.create_table(
        "commitments",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("ref", sa.String(length=64), nullable=True),
        sa.Column("donor", sa.String(length=16), nullable=False),
        sa.Column("recipient", sa.String(length=16), nullable=False),
        sa.Column("vaccine", sa.String(length=32), nullable=False),
        sa.Column("doses", sa.BigInteger(), nullable=False),
        sa.Column("announced_on", sa.Date(), nullable=False),
        sa.Column("deal_type", sa.String(length=16), nullable=False),
        sa.Column("channel", sa.String(length=16), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("target_date", sa.Date(), nullable=True),
        sa.Column("confidence", sa.String(length=8), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column(
            "created_at",
            sa.DateTime(),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.Column(
            "updated_at",
            sa.DateTime(),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["donor"], ["actors.code"], name=op.f("fk_commitments_donor_actors")
        ),
        sa.ForeignKeyConstraint(
            ["recipient"], ["actors.code"], name=op.f("fk_commitments_recipient_actors")
        ),
        sa.ForeignKeyConstraint(
            ["vaccine"], ["vaccines.code"], name=op.f("fk_commitments_vaccine_vaccines")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_commitments")),
        sa.UniqueConstraint("ref", name=op.f("uq_commitments_ref")),
    )
    with op.batch_alter_table("commitments", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_commitments_announced_on"), ["announced_on"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_commitments_donor"), ["donor"], unique=False)
        batch_op.create_index(batch_op.f("ix_commitments_recipient"), ["recipient"], unique=False)

    op.create_table(
        "event_actors",
        sa.Column("event_id", sa.Integer(), nullable=False),
        sa.Column("actor", sa.String(length=16), nullable=False),
        sa.ForeignKeyConstraint(
            ["actor"], ["actors.code"], name=op.f("fk_event_actors_actor_actors")
        ),
        sa.ForeignKeyConstraint(
            ["event_id"],
            ["events.id"],
            name=op.f("fk_event_actors_event_id_events"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("event_id", "actor", name=op.f("pk_event_actors")),
    )
    op.create_table(
        "record_sources",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("record_id", sa.Integer(), nullable=False),
        sa.Column("source_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["source_id"],
            ["sources.id"],
            name=op.f("fk_record_sources_source_id_sources"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_record_sources")),
        sa.UniqueConstraint("kind", "record_id", "source_id", name="uq_record_sources_link"),
    )
    with op.batch_alter_table("record_sources", schema=None) as batch_op:
        batch_op.create_index("ix_record_sources_record", ["kind", "record_id"], unique=False)

    op.create_table(
        "series_points",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("series_id", sa.Integer(), nullable=False),
        sa.Column("on", sa.Date(), nullable=False),
        sa.Column("value", sa.Float(), nullable=False),
        sa.ForeignKeyConstraint(
            ["series_id"],
            ["series.id"],
            name=op.f("fk_series_points_series_id_series"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_series_points")),
        sa.UniqueConstraint("series_id", "on", name="uq_series_points_day"),
    )
    op.create_table(
        "tallies",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("ref", sa.String(length=64), nullable=True),
        sa.Column("donor", sa.String(length=16), nullable=False),
        sa.Column("recipient", sa.String(length=16), nullable=False),
        sa.Column("vaccine", sa.String(length=32), nullable=False),
        sa.Column("doses", sa.BigInteger(), nullable=False),
        sa.Column("as_of", sa.Date(), nullable=False),
        sa.Column("confidence", sa.String(length=8), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column(
            "created_at",
            sa.DateTime(),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.Column(
            "updated_at",
            sa.DateTime(),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["donor"], ["actors.code"], name=op.f("fk_tallies_donor_actors")),
        sa.ForeignKeyConstraint(
            ["recipient"], ["actors.code"], name=op.f("fk_tallies_recipient_actors")
        ),
        sa.ForeignKeyConstraint(
            ["vaccine"], ["vaccines.code"], name=op.f("fk_tallies_vaccine_vaccines")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_tallies")),
        sa.UniqueConstraint("ref", name=op.f("uq_tallies_ref")),
    )
    with op.batch_alter_table("tallies", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_tallies_donor"), ["donor"], unique=False)
        batch_op.create_index(batch_op.f("ix_tallies_recipient"), ["recipient"], unique=False)

    op.create_table(
        "commitment_revisions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("commitment_id", sa.Integer(), nullable=False),
        sa.Column("ref", sa.String(length=64), nullable=True),
        sa.Column("revised_on", sa.Date(), nullable=False),
        sa.Column("doses", sa.BigInteger(), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column(
            "created_at",
            sa.DateTime(),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.ForeignKeyConstraint(
            ["commitment_id"],
            ["commitments.id"],
            name=op.f("fk_commitment_revisions_commitment_id_commitments"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_commitment_revisions")),
    )
    with op.batch_alter_table("commitment_revisions", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_commitment_revisions_commitment_id"), ["commitment_id"], unique=False
        )

    op.create_table(
        "deliveries",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("ref", sa.String(length=64), nullable=True),
        sa.Column("donor", sa.String(length=16), nullable=False),
        sa.Column("recipient", sa.String(length=16), nullable=False),
        sa.Column("vaccine", sa.String(length=32), nullable=False),
        sa.Column("doses", sa.BigInteger(), nullable=False),
        sa.Column("arrived_on", sa.Date(), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("commitment_id", sa.Integer(), nullable=True),
        sa.Column("deal_type", sa.String(length=16), nullable=True),
        sa.Column("channel", sa.String(length=16), nullable=True),
        sa.Column("expiry_on", sa.Date(), nullable=True),
        sa.Column("confidence", sa.String(length=8), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column(
            "created_at",
            sa.DateTime(),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.Column(
            "updated_at",
            sa.DateTime(),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["commitment_id"],
            ["commitments.id"],
            name=op.f("fk_deliveries_commitment_id_commitments"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["donor"], ["actors.code"], name=op.f("fk_deliveries_donor_actors")
        ),
        sa.ForeignKeyConstraint(
            ["recipient"], ["actors.code"], name=op.f("fk_deliveries_recipient_actors")
        ),
        sa.ForeignKeyConstraint(
            ["vaccine"], ["vaccines.code"], name=op.f("fk_deliveries_vaccine_vaccines")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_deliveries")),
        sa.UniqueConstraint("ref", name=op.f("uq_deliveries_ref")),
    )
    with op.batch_alter_table("deliveries", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_deliveries_arrived_on"), ["arrived_on"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_deliveries_commitment_id"), ["commitment_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_deliveries_donor"), ["donor"], unique=False)
        batch_op.create_index(batch_op.f("ix_deliveries_recipient"), ["recipient"], unique=False)


def downgrade() -> None:

    with op.batch_alter_table("deliveries", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_deliveries_recipient"))
        batch_op.drop_index(batch_op.f("ix_deliveries_donor"))
        batch_op.drop_index(batch_op.f("ix_deliveries_commitment_id"))
        batch_op.drop_index(batch_op.f("ix_deliveries_arrived_on"))

    op.drop_table("deliveries")
    with op.batch_alter_table("commitment_revisions", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_commitment_revisions_commitment_id"))

    op.drop_table("commitment_revisions")
    with op.batch_alter_table("tallies", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_tallies_recipient"))
        batch_op.drop_index(batch_op.f("ix_tallies_donor"))

    op.drop_table("tallies")
    op.drop_table("series_points")
    with op.batch_alter_table("record_sources", schema=None) as batch_op:
        batch_op.drop_index("ix_record_sources_record")

    op.drop_table("record_sources")
    op.drop_table("event_actors")
    with op.batch_alter_table("commitments", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_commitments_recipient"))
        batch_op.drop_index(batch_op.f("ix_commitments_donor"))
        batch_op.drop_index(batch_op.f("ix_commitments_announced_on"))

    op.drop_table("commitments")
    op.drop_table("vaccines")
    op.drop_table("sources")
    op.drop_table("series")
    with op.batch_alter_table("events", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_events_start_on"))

    op.drop_table("events")
    op.drop_table("datasets")
    with op.batch_alter_table("audit_log", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_audit_log_at"))

    op.drop_table("audit_log")
    op.drop_table("actors")
