"""cash closing: the Z record of a closed cash session, append-only, gapless Z numbers

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-26

``cash_session`` is append-only, so closing a session writes a new ``cash_closing`` row.
Triggers refuse UPDATE and DELETE on it, and refuse an INSERT whose Z number is not the
station's next one, so the Z numbers stay gapless even if a bug bypasses the service.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import app.db.types

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "cash_closing",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("cash_session_id", sa.Integer(), nullable=False),
        sa.Column("station_id", sa.Integer(), nullable=False),
        sa.Column("z_number", sa.Integer(), nullable=False),
        sa.Column("closed_at", app.db.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column("closed_by", sa.Integer(), nullable=False),
        sa.Column("counted_cents", sa.Integer(), nullable=False),
        sa.Column("counted_denominations", app.db.types.JSONText(), nullable=False),
        sa.Column("expected_cents", sa.Integer(), nullable=False),
        sa.Column("difference_cents", sa.Integer(), nullable=False),
        sa.Column("banked_cents", sa.Integer(), nullable=False),
        sa.Column("comment", sa.String(length=500), nullable=False),
        sa.Column("figures", app.db.types.JSONText(), nullable=False),
        sa.CheckConstraint("banked_cents BETWEEN 0 AND counted_cents",
                           name=op.f("ck_cash_closing_banked_range")),
        sa.CheckConstraint("counted_cents >= 0", name=op.f("ck_cash_closing_counted_nonneg")),
        sa.CheckConstraint("z_number >= 1", name=op.f("ck_cash_closing_z_number_positive")),
        sa.ForeignKeyConstraint(["cash_session_id"], ["cash_session.id"],
                                name=op.f("fk_cash_closing_cash_session_id_cash_session")),
        sa.ForeignKeyConstraint(["closed_by"], ["user.id"],
                                name=op.f("fk_cash_closing_closed_by_user")),
        sa.ForeignKeyConstraint(["station_id"], ["station.id"],
                                name=op.f("fk_cash_closing_station_id_station")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_cash_closing")),
        sa.UniqueConstraint("cash_session_id", name=op.f("uq_cash_closing_cash_session_id")),
        sa.UniqueConstraint("station_id", "z_number",
                            name=op.f("uq_cash_closing_station_id_z_number")),
    )
    op.create_index(op.f("ix_cash_closing_closed_at"), "cash_closing", ["closed_at"],
                    unique=False)
    if op.get_bind().dialect.name != "sqlite":
        return
    for verb in ("UPDATE", "DELETE"):
        op.execute(
            f"CREATE TRIGGER cash_closing_no_{verb.lower()} BEFORE {verb} ON cash_closing "
            "BEGIN SELECT RAISE(ABORT, 'cash_closing is append-only'); END"
        )
    op.execute(
        "CREATE TRIGGER cash_closing_z_gapless BEFORE INSERT ON cash_closing "
        "WHEN NEW.z_number != (SELECT COALESCE(MAX(z_number), 0) + 1 FROM cash_closing "
        "WHERE station_id = NEW.station_id) "
        "BEGIN SELECT RAISE(ABORT, 'cash_closing z_number must be the next one'); END"
    )


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        for name in ("no_update", "no_delete", "z_gapless"):
            op.execute(f"DROP TRIGGER IF EXISTS cash_closing_{name}")
    op.drop_index(op.f("ix_cash_closing_closed_at"), table_name="cash_closing")
    op.drop_table("cash_closing")
