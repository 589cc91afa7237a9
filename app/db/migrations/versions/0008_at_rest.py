"""at rest: demo databases marked on their station, the audit anchor the server confirmed

Revision ID: 0008_at_rest
Revises: 0007
Create Date: 2026-12-03

``kreislauf init --demo`` sets ``station.demo``; ``demo-data`` refuses every database
without the mark, and a demo till shows "DEMO" in its window title and on every receipt.
Existing databases are not demos (their data may be real).

``sync_state.audit_anchor_count``: the entry count of the newest audit-chain head the
central server confirmed; the next push sends the chain's hash at that position so the
server can tell whether the chain still extends what it saw.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008_at_rest"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # A plain ADD COLUMN (no table copy): other tables' foreign keys point at station.
    op.add_column("station", sa.Column("demo", sa.Boolean(), nullable=False,
                                       server_default=sa.false()))
    op.add_column("sync_state", sa.Column("audit_anchor_count", sa.BigInteger(),
                                          nullable=False, server_default="0"))


def downgrade() -> None:
    op.drop_column("sync_state", "audit_anchor_count")
    with op.batch_alter_table("station", schema=None) as batch_op:
        batch_op.drop_column("demo")
