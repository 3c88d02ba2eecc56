"""one (donor, recipient) index on deliveries instead of one each

Deliveries had an index on donor and one on recipient, each a handful of values over
the whole table. One (donor, recipient) index serves the pair and the donor lookups the
app makes, and a bulk import builds one index fewer (a recipient-only filter reads the
table, which at a tenth of the rows per recipient costs about what the index did).

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-29 06:20:00
"""

from __future__ import annotations

from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.drop_index("ix_deliveries_donor", table_name="deliveries")
    op.drop_index("ix_deliveries_recipient", table_name="deliveries")
    op.create_index("ix_deliveries_pair", "deliveries", ["donor", "recipient"])


def downgrade() -> None:
    op.drop_index("ix_deliveries_pair", table_name="deliveries")
    op.create_index("ix_deliveries_recipient", "deliveries", ["recipient"])
    op.create_index("ix_deliveries_donor", "deliveries", ["donor"])
