"""checkout: parked carts, indexes for refunds

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-26

Parked carts are a working aid, not a fiscal record: they are stamped when resumed
instead of being deleted. Refunds look up earlier refunds of a line or a sale, so those
foreign keys get indexes.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import app.db.types

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "parked_cart",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("station_id", sa.Integer(), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=True),
        sa.Column("label", sa.String(length=60), nullable=False),
        sa.Column("line_count", sa.Integer(), nullable=False),
        sa.Column("total_cents", sa.Integer(), nullable=False),
        sa.Column("payload", app.db.types.JSONText(), nullable=False),
        sa.Column("parked_at", app.db.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column("resumed_at", app.db.types.UTCDateTime(timezone=True), nullable=True),
        sa.Column("resumed_by", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(["resumed_by"], ["user.id"],
                                name=op.f("fk_parked_cart_resumed_by_user")),
        sa.ForeignKeyConstraint(["station_id"], ["station.id"],
                                name=op.f("fk_parked_cart_station_id_station")),
        sa.ForeignKeyConstraint(["user_id"], ["user.id"],
                                name=op.f("fk_parked_cart_user_id_user")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_parked_cart")),
    )
    op.create_index(op.f("ix_parked_cart_resumed_at"), "parked_cart", ["resumed_at"],
                    unique=False)
    op.create_index(op.f("ix_sale_refers_to_sale_id"), "sale", ["refers_to_sale_id"],
                    unique=False)
    op.create_index(op.f("ix_sale_line_refers_to_line_id"), "sale_line",
                    ["refers_to_line_id"], unique=False)


def downgrade() -> None:
    op.drop_index(op.f("ix_sale_line_refers_to_line_id"), table_name="sale_line")
    op.drop_index(op.f("ix_sale_refers_to_sale_id"), table_name="sale")
    op.drop_index(op.f("ix_parked_cart_resumed_at"), table_name="parked_cart")
    op.drop_table("parked_cart")
