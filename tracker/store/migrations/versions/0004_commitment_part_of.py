"""commitments.part_of_id: a commitment contained in a larger one

The G7's 1 bn pledge includes the US 500 M; the US 80 M contains specific allocations.
A part names its container so that no total counts both.

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-01 15:30:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # A plain integer (no constraint): SQLite cannot add a foreign key to a table in place,
    # and a rebuild of the commitments table would rewrite every row. Deleting a container
    # clears the link in the repository instead.
    op.add_column("commitments", sa.Column("part_of_id", sa.Integer(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("commitments") as batch:
        batch.drop_column("part_of_id")
