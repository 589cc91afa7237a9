"""impact records: the factor sets (versioned) and each sale's impact computed with one of them

Revision ID: 0010_impact_records
Revises: 0009_safety_measurements
Create Date: 2026-12-04

Three append-only tables: ``impact_factor_set`` (one version of all climate factors),
``impact_factor`` (its figures) and ``sale_impact`` (the impact of one sale or refund
line with the set it was computed with). Triggers refuse UPDATE and DELETE on all
three, as on the sale records (0002): a factor change is a new set, never an edit.
The shipped factor file is stored as a set when the till opens (``impact.factors``).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import app.db.types

revision = "0010_impact_records"
down_revision = "0009_safety_measurements"
branch_labels = None
depends_on = None

FROZEN = ("impact_factor_set", "impact_factor", "sale_impact")


def upgrade() -> None:
    op.create_table(
        "impact_factor_set",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("version", sa.String(length=40), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("displacement_permille", sa.Integer(), nullable=False),
        sa.Column("displacement_source", sa.String(length=300), nullable=False),
        sa.Column("displacement_year", sa.Integer(), nullable=True),
        sa.Column("method", sa.Text(), nullable=False),
        sa.Column("based_on_id", sa.Integer(), nullable=True),
        sa.Column("note", sa.String(length=300), nullable=False),
        sa.Column("created_by", sa.Integer(), nullable=True),
        sa.Column("created_at", app.db.types.UTCDateTime(timezone=True), nullable=False),
        sa.CheckConstraint("displacement_permille BETWEEN 0 AND 1000",
                           name=op.f("ck_impact_factor_set_displacement")),
        sa.ForeignKeyConstraint(["based_on_id"], ["impact_factor_set.id"],
                                name=op.f("fk_impact_factor_set_based_on_id_impact_factor_set")),
        sa.ForeignKeyConstraint(["created_by"], ["user.id"],
                                name=op.f("fk_impact_factor_set_created_by_user")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_impact_factor_set")),
        sa.UniqueConstraint("version", name=op.f("uq_impact_factor_set_version")),
    )
    op.create_table(
        "impact_factor",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("factor_set_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=10), nullable=False),
        sa.Column("key", sa.String(length=40), nullable=False),
        sa.Column("weight_g", sa.Integer(), nullable=True),
        sa.Column("co2e_g", sa.Integer(), nullable=True),
        sa.Column("per_kg", sa.Boolean(), nullable=False),
        sa.Column("estimate", sa.Boolean(), nullable=False),
        sa.Column("source", sa.String(length=300), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("weight_source", sa.String(length=300), nullable=False),
        sa.Column("weight_year", sa.Integer(), nullable=True),
        sa.CheckConstraint("kind IN ('category', 'stream')", name=op.f("ck_impact_factor_kind")),
        sa.CheckConstraint("weight_g IS NULL OR weight_g >= 0",
                           name=op.f("ck_impact_factor_weight_nonneg")),
        sa.CheckConstraint("co2e_g IS NULL OR co2e_g >= 0",
                           name=op.f("ck_impact_factor_co2e_nonneg")),
        sa.ForeignKeyConstraint(["factor_set_id"], ["impact_factor_set.id"],
                                name=op.f("fk_impact_factor_factor_set_id_impact_factor_set")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_impact_factor")),
        sa.UniqueConstraint("factor_set_id", "kind", "key", name="uq_impact_factor_key"),
    )
    with op.batch_alter_table("impact_factor", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_impact_factor_factor_set_id"), ["factor_set_id"],
                              unique=False)
    op.create_table(
        "sale_impact",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("sale_id", sa.Integer(), nullable=False),
        sa.Column("sale_line_id", sa.Integer(), nullable=False),
        sa.Column("factor_set_id", sa.Integer(), nullable=False),
        sa.Column("impact_key", sa.String(length=40), nullable=False),
        sa.Column("quantity", sa.Integer(), nullable=False),
        sa.Column("grams_reused", sa.Integer(), nullable=True),
        sa.Column("co2e_g", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(["factor_set_id"], ["impact_factor_set.id"],
                                name=op.f("fk_sale_impact_factor_set_id_impact_factor_set")),
        sa.ForeignKeyConstraint(["sale_id"], ["sale.id"], name=op.f("fk_sale_impact_sale_id_sale")),
        sa.ForeignKeyConstraint(["sale_line_id"], ["sale_line.id"],
                                name=op.f("fk_sale_impact_sale_line_id_sale_line")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sale_impact")),
        sa.UniqueConstraint("sale_line_id", name=op.f("uq_sale_impact_sale_line_id")),
    )
    with op.batch_alter_table("sale_impact", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_sale_impact_sale_id"), ["sale_id"], unique=False)
    if op.get_bind().dialect.name == "sqlite":
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
    op.drop_table("sale_impact")
    op.drop_table("impact_factor")
    op.drop_table("impact_factor_set")
