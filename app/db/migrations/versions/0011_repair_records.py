"""repair records (Open Repair Data Standard) and volunteer hours

Revision ID: 0011_repair_records
Revises: 0010_impact_records
Create Date: 2026-12-04

Two append-only tables: ``repair_record`` (one repair attempt with its ORDS outcome and
barrier) and ``volunteer_hours`` (time given on a day). Triggers refuse UPDATE and
DELETE on both, as on the other workshop records (0002).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import app.db.types

revision = "0011_repair_records"
down_revision = "0010_impact_records"
branch_labels = None
depends_on = None

FROZEN = ("repair_record", "volunteer_hours")
STATUSES = "'Fixed', 'Repairable', 'End of life'"
BARRIERS = ("'Spare parts not available', 'Spare parts too expensive', "
            "'No way to open product', 'Repair information not available', "
            "'Lack of equipment', 'Item too worn out'")


def upgrade() -> None:
    op.create_table(
        "repair_record",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("item_id", sa.Integer(), nullable=False),
        sa.Column("category", sa.String(length=60), nullable=False),
        sa.Column("impact_key", sa.String(length=40), nullable=False),
        sa.Column("brand", sa.String(length=60), nullable=False),
        sa.Column("model", sa.String(length=80), nullable=False),
        sa.Column("year_of_manufacture", sa.Integer(), nullable=True),
        sa.Column("problem", sa.String(length=500), nullable=False),
        sa.Column("repair_status", sa.String(length=20), nullable=False),
        sa.Column("barrier", sa.String(length=40), nullable=True),
        sa.Column("volunteer_id", sa.Integer(), nullable=True),
        sa.Column("volunteer_name", sa.String(length=40), nullable=False),
        sa.Column("minutes", sa.Integer(), nullable=False),
        sa.Column("parts", sa.String(length=300), nullable=False),
        sa.Column("repaired_on", sa.Date(), nullable=False),
        sa.Column("recorded_at", app.db.types.UTCDateTime(timezone=True), nullable=False),
        sa.CheckConstraint(f"repair_status IN ({STATUSES})",
                           name=op.f("ck_repair_record_repair_status_known")),
        sa.CheckConstraint(f"barrier IS NULL OR barrier IN ({BARRIERS})",
                           name=op.f("ck_repair_record_repair_barrier_known")),
        sa.CheckConstraint("minutes >= 0",
                           name=op.f("ck_repair_record_repair_minutes_not_negative")),
        sa.ForeignKeyConstraint(["item_id"], ["item.id"],
                                name=op.f("fk_repair_record_item_id_item")),
        sa.ForeignKeyConstraint(["volunteer_id"], ["user.id"],
                                name=op.f("fk_repair_record_volunteer_id_user")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_repair_record")),
        sa.UniqueConstraint("uuid", name=op.f("uq_repair_record_uuid")),
    )
    op.create_index(op.f("ix_repair_record_item_id"), "repair_record", ["item_id"])
    op.create_index(op.f("ix_repair_record_repaired_on"), "repair_record", ["repaired_on"])
    op.create_table(
        "volunteer_hours",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("volunteer_id", sa.Integer(), nullable=True),
        sa.Column("volunteer_name", sa.String(length=40), nullable=False),
        sa.Column("worked_on", sa.Date(), nullable=False),
        sa.Column("minutes", sa.Integer(), nullable=False),
        sa.Column("activity", sa.String(length=120), nullable=False),
        sa.Column("recorded_by", sa.Integer(), nullable=True),
        sa.Column("recorded_at", app.db.types.UTCDateTime(timezone=True), nullable=False),
        sa.CheckConstraint("minutes > 0",
                           name=op.f("ck_volunteer_hours_volunteer_minutes_positive")),
        sa.ForeignKeyConstraint(["recorded_by"], ["user.id"],
                                name=op.f("fk_volunteer_hours_recorded_by_user")),
        sa.ForeignKeyConstraint(["volunteer_id"], ["user.id"],
                                name=op.f("fk_volunteer_hours_volunteer_id_user")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_volunteer_hours")),
        sa.UniqueConstraint("uuid", name=op.f("uq_volunteer_hours_uuid")),
    )
    op.create_index(op.f("ix_volunteer_hours_worked_on"), "volunteer_hours", ["worked_on"])
    if op.get_bind().dialect.name != "sqlite":
        return
    for table in FROZEN:
        for verb in ("UPDATE", "DELETE"):
            op.execute(
                f"CREATE TRIGGER {table}_no_{verb.lower()} BEFORE {verb} ON {table} "
                f"BEGIN SELECT RAISE(ABORT, '{table} is append-only'); END"
            )


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        for table in FROZEN:
            for verb in ("update", "delete"):
                op.execute(f"DROP TRIGGER IF EXISTS {table}_no_{verb}")
    op.drop_index(op.f("ix_volunteer_hours_worked_on"), table_name="volunteer_hours")
    op.drop_table("volunteer_hours")
    op.drop_index(op.f("ix_repair_record_repaired_on"), table_name="repair_record")
    op.drop_index(op.f("ix_repair_record_item_id"), table_name="repair_record")
    op.drop_table("repair_record")
