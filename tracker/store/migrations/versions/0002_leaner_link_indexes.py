"""leaner indexes for bulk loads

The link table's (kind, record_id) index repeats the first two columns of its unique
constraint's own index, which answers the same lookups: dropped. Deliveries mostly have
no commitment, so the commitment_id index keeps only the linked ones (``x = ?`` and the
ON DELETE SET NULL lookup still use it).

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-29 00:40:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

LINKED = sa.text("commitment_id IS NOT NULL")


def upgrade() -> None:
    op.drop_index("ix_record_sources_record", table_name="record_sources")
    op.drop_index("ix_deliveries_commitment_id", table_name="deliveries")
    op.create_index(
        "ix_deliveries_commitment_id",
        "deliveries",
        ["commitment_id"],
        sqlite_where=LINKED,
        postgresql_where=LINKED,
    )


def downgrade() -> None:
    op.drop_index("ix_deliveries_commitment_id", table_name="deliveries")
    op.create_index("ix_deliveries_commitment_id", "deliveries", ["commitment_id"])
    op.create_index("ix_record_sources_record", "record_sources", ["kind", "record_id"])
