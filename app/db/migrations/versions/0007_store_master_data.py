"""store master data and till registration: dated revisions, append-only

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-01

The seller's name, address, tax number and VAT id, and the facts the Kassenmeldepflicht
asks about each till, are kept as revisions with ``valid_from``; triggers refuse UPDATE
and DELETE so an export of an earlier day always finds what was valid then. Existing
stores get a first revision from the ``store`` row (valid from the store's creation).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import app.db.types

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

FROZEN = ("store_master_data", "till_registration")


def upgrade() -> None:
    op.create_table(
        "store_master_data",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("store_id", sa.Integer(), nullable=False),
        sa.Column("valid_from", app.db.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column("name", sa.String(length=60), nullable=False),
        sa.Column("street", sa.String(length=60), nullable=False),
        sa.Column("postcode", sa.String(length=10), nullable=False),
        sa.Column("city", sa.String(length=62), nullable=False),
        sa.Column("country", sa.String(length=3), nullable=False),
        sa.Column("tax_number", sa.String(length=20), nullable=False),
        sa.Column("vat_id", sa.String(length=15), nullable=False),
        sa.Column("created_by", sa.Integer(), nullable=True),
        sa.Column("created_at", app.db.types.UTCDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["created_by"], ["user.id"],
                                name=op.f("fk_store_master_data_created_by_user")),
        sa.ForeignKeyConstraint(["store_id"], ["store.id"],
                                name=op.f("fk_store_master_data_store_id_store")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_store_master_data")),
    )
    with op.batch_alter_table("store_master_data", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_store_master_data_store_id"), ["store_id"])
        batch_op.create_index(batch_op.f("ix_store_master_data_valid_from"), ["valid_from"])
    op.create_table(
        "till_registration",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("station_id", sa.Integer(), nullable=False),
        sa.Column("valid_from", app.db.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column("kind", sa.String(length=60), nullable=False),
        sa.Column("brand", sa.String(length=50), nullable=False),
        sa.Column("model", sa.String(length=50), nullable=False),
        sa.Column("serial", sa.String(length=70), nullable=False),
        sa.Column("purchased_on", sa.Date(), nullable=True),
        sa.Column("commissioned_on", sa.Date(), nullable=True),
        sa.Column("decommissioned_on", sa.Date(), nullable=True),
        sa.Column("created_by", sa.Integer(), nullable=True),
        sa.Column("created_at", app.db.types.UTCDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["created_by"], ["user.id"],
                                name=op.f("fk_till_registration_created_by_user")),
        sa.ForeignKeyConstraint(["station_id"], ["station.id"],
                                name=op.f("fk_till_registration_station_id_station")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_till_registration")),
    )
    with op.batch_alter_table("till_registration", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_till_registration_station_id"), ["station_id"])
        batch_op.create_index(batch_op.f("ix_till_registration_valid_from"), ["valid_from"])
    # A till updated from an earlier version keeps what its store row already said.
    op.execute(
        "INSERT INTO store_master_data (store_id, valid_from, name, street, postcode, city, "
        "country, tax_number, vat_id, created_by, created_at) "
        "SELECT id, created_at, substr(name, 1, 60), substr(street, 1, 60), "
        "substr(postcode, 1, 10), substr(city, 1, 62), 'DEU', substr(tax_number, 1, 20), "
        "substr(vat_id, 1, 15), NULL, created_at FROM store"
    )
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
    op.drop_table("till_registration")
    op.drop_table("store_master_data")
