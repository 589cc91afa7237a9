"""fiscal TSE: tse_device, tse_transaction and tse_outage, frozen once resolved

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-27

``tse_transaction`` rows start ``pending`` and change once, to ``finished``,
``cancelled`` or ``failed``; triggers refuse any later UPDATE and every DELETE, so a
failed transaction can never be turned into a signed one after the fact. While pending,
the identity (station, device, transaction number, start time) cannot change either.
``tse_outage`` may only get its end and its "reported" flag, once each.
``tse_device`` may only get its decommissioning date, once.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import app.db.types

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

UTC = app.db.types.UTCDateTime(timezone=True)


def upgrade() -> None:
    op.create_table(
        "tse_device",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("station_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=12), nullable=False),
        sa.Column("serial", sa.String(length=64), nullable=False),
        sa.Column("public_key", sa.Text(), nullable=False),
        sa.Column("sig_alg", sa.String(length=40), nullable=False),
        sa.Column("time_format", sa.String(length=20), nullable=False),
        sa.Column("pd_encoding", sa.String(length=10), nullable=False),
        sa.Column("certificate_id", sa.String(length=60), nullable=False),
        sa.Column("certified", sa.Boolean(), nullable=False),
        sa.Column("client_id", sa.String(length=30), nullable=False),
        sa.Column("brand", sa.String(length=60), nullable=False),
        sa.Column("model", sa.String(length=60), nullable=False),
        sa.Column("commissioned_at", UTC, nullable=False),
        sa.Column("decommissioned_at", UTC, nullable=True),
        sa.CheckConstraint("kind IN ('software', 'fiskaly', 'hardware')",
                           name=op.f("ck_tse_device_kind")),
        sa.ForeignKeyConstraint(["station_id"], ["station.id"],
                                name=op.f("fk_tse_device_station_id_station")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_tse_device")),
        sa.UniqueConstraint("serial", "client_id",
                            name=op.f("uq_tse_device_serial_client_id")),
    )
    op.create_index(op.f("ix_tse_device_station_id"), "tse_device", ["station_id"],
                    unique=False)
    op.create_table(
        "tse_outage",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("station_id", sa.Integer(), nullable=False),
        sa.Column("tse_device_id", sa.Integer(), nullable=True),
        sa.Column("started_at", UTC, nullable=False),
        sa.Column("ended_at", UTC, nullable=True),
        sa.Column("reason", sa.String(length=200), nullable=False),
        sa.Column("reported", sa.Boolean(), nullable=False),
        sa.Column("reported_at", UTC, nullable=True),
        sa.ForeignKeyConstraint(["station_id"], ["station.id"],
                                name=op.f("fk_tse_outage_station_id_station")),
        sa.ForeignKeyConstraint(["tse_device_id"], ["tse_device.id"],
                                name=op.f("fk_tse_outage_tse_device_id_tse_device")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_tse_outage")),
    )
    op.create_index(op.f("ix_tse_outage_started_at"), "tse_outage", ["started_at"],
                    unique=False)
    op.create_index(op.f("ix_tse_outage_station_id"), "tse_outage", ["station_id"],
                    unique=False)
    op.create_table(
        "tse_transaction",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("station_id", sa.Integer(), nullable=False),
        sa.Column("tse_device_id", sa.Integer(), nullable=True),
        sa.Column("sale_id", sa.Integer(), nullable=True),
        sa.Column("cash_movement_id", sa.Integer(), nullable=True),
        sa.Column("cash_closing_id", sa.Integer(), nullable=True),
        sa.Column("cash_session_id", sa.Integer(), nullable=True),
        sa.Column("process_type", sa.String(length=30), nullable=False),
        sa.Column("process_data", sa.Text(), nullable=False),
        sa.Column("bon_typ", sa.String(length=20), nullable=False),
        sa.Column("tx_number", sa.BigInteger(), nullable=True),
        sa.Column("signature_counter", sa.BigInteger(), nullable=True),
        sa.Column("start_time", UTC, nullable=True),
        sa.Column("log_time", UTC, nullable=True),
        sa.Column("signature", sa.Text(), nullable=False),
        sa.Column("tse_serial", sa.String(length=64), nullable=False),
        sa.Column("client_id", sa.String(length=30), nullable=False),
        sa.Column("sig_alg", sa.String(length=40), nullable=False),
        sa.Column("time_format", sa.String(length=20), nullable=False),
        sa.Column("public_key", sa.Text(), nullable=False),
        sa.Column("state", sa.String(length=10), nullable=False),
        sa.Column("error", sa.String(length=200), nullable=False),
        sa.Column("outage_id", sa.Integer(), nullable=True),
        sa.Column("recovered", sa.Boolean(), nullable=False),
        sa.Column("created_at", UTC, nullable=False),
        sa.Column("resolved_at", UTC, nullable=True),
        sa.CheckConstraint(
            "(sale_id IS NOT NULL) + (cash_movement_id IS NOT NULL) + "
            "(cash_closing_id IS NOT NULL) + (cash_session_id IS NOT NULL) <= 1",
            name=op.f("ck_tse_transaction_one_subject"),
        ),
        sa.CheckConstraint("state IN ('pending', 'finished', 'cancelled', 'failed')",
                           name=op.f("ck_tse_transaction_state")),
        sa.ForeignKeyConstraint(["cash_closing_id"], ["cash_closing.id"],
                                name=op.f("fk_tse_transaction_cash_closing_id_cash_closing")),
        sa.ForeignKeyConstraint(["cash_movement_id"], ["cash_movement.id"],
                                name=op.f("fk_tse_transaction_cash_movement_id_cash_movement")),
        sa.ForeignKeyConstraint(["cash_session_id"], ["cash_session.id"],
                                name=op.f("fk_tse_transaction_cash_session_id_cash_session")),
        sa.ForeignKeyConstraint(["outage_id"], ["tse_outage.id"],
                                name=op.f("fk_tse_transaction_outage_id_tse_outage")),
        sa.ForeignKeyConstraint(["sale_id"], ["sale.id"],
                                name=op.f("fk_tse_transaction_sale_id_sale")),
        sa.ForeignKeyConstraint(["station_id"], ["station.id"],
                                name=op.f("fk_tse_transaction_station_id_station")),
        sa.ForeignKeyConstraint(["tse_device_id"], ["tse_device.id"],
                                name=op.f("fk_tse_transaction_tse_device_id_tse_device")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_tse_transaction")),
        sa.UniqueConstraint("cash_closing_id",
                            name=op.f("uq_tse_transaction_cash_closing_id")),
        sa.UniqueConstraint("cash_movement_id",
                            name=op.f("uq_tse_transaction_cash_movement_id")),
        sa.UniqueConstraint("cash_session_id",
                            name=op.f("uq_tse_transaction_cash_session_id")),
        sa.UniqueConstraint("sale_id", name=op.f("uq_tse_transaction_sale_id")),
        sa.UniqueConstraint("tse_device_id", "tx_number",
                            name=op.f("uq_tse_transaction_tse_device_id_tx_number")),
        sa.UniqueConstraint("uuid", name=op.f("uq_tse_transaction_uuid")),
    )
    op.create_index(op.f("ix_tse_transaction_created_at"), "tse_transaction",
                    ["created_at"], unique=False)
    op.create_index(op.f("ix_tse_transaction_outage_id"), "tse_transaction",
                    ["outage_id"], unique=False)
    op.create_index(op.f("ix_tse_transaction_station_id"), "tse_transaction",
                    ["station_id"], unique=False)
    if op.get_bind().dialect.name != "sqlite":
        return
    for sql in TRIGGERS:
        op.execute(sql)


def _abort(name: str, when: str, table: str, verb: str, message: str) -> str:
    return (f"CREATE TRIGGER {name} BEFORE {verb} ON {table} {when} "
            f"BEGIN SELECT RAISE(ABORT, '{message}'); END")


TRIGGERS = (
    _abort("tse_transaction_no_delete", "", "tse_transaction", "DELETE",
           "tse_transaction is append-only"),
    # Once finished, cancelled or failed, a row is history; failed -> finished is refused too.
    _abort("tse_transaction_frozen", "WHEN OLD.state != 'pending'", "tse_transaction",
           "UPDATE", "tse_transaction is append-only once resolved"),
    _abort("tse_transaction_identity_fixed",
           "WHEN OLD.state = 'pending' AND (NEW.id IS NOT OLD.id "
           "OR NEW.uuid IS NOT OLD.uuid OR NEW.station_id IS NOT OLD.station_id "
           "OR NEW.tse_device_id IS NOT OLD.tse_device_id "
           "OR NEW.created_at IS NOT OLD.created_at "
           "OR (OLD.tx_number IS NOT NULL AND NEW.tx_number IS NOT OLD.tx_number) "
           "OR (OLD.start_time IS NOT NULL AND NEW.start_time IS NOT OLD.start_time) "
           "OR (OLD.sale_id IS NOT NULL AND NEW.sale_id IS NOT OLD.sale_id))",
           "tse_transaction", "UPDATE", "tse_transaction identity is immutable"),
    _abort("tse_outage_no_delete", "", "tse_outage", "DELETE", "tse_outage is append-only"),
    _abort("tse_outage_fixed",
           "WHEN NEW.id IS NOT OLD.id OR NEW.station_id IS NOT OLD.station_id "
           "OR NEW.tse_device_id IS NOT OLD.tse_device_id "
           "OR NEW.started_at IS NOT OLD.started_at OR NEW.reason IS NOT OLD.reason "
           "OR (OLD.ended_at IS NOT NULL AND NEW.ended_at IS NOT OLD.ended_at) "
           "OR (OLD.reported AND NOT NEW.reported) "
           "OR (OLD.reported_at IS NOT NULL AND NEW.reported_at IS NOT OLD.reported_at)",
           "tse_outage", "UPDATE", "tse_outage is append-only"),
    _abort("tse_device_no_delete", "", "tse_device", "DELETE", "tse_device is append-only"),
    _abort("tse_device_fixed",
           "WHEN NEW.id IS NOT OLD.id OR NEW.station_id IS NOT OLD.station_id "
           "OR NEW.kind IS NOT OLD.kind OR NEW.serial IS NOT OLD.serial "
           "OR NEW.public_key IS NOT OLD.public_key OR NEW.sig_alg IS NOT OLD.sig_alg "
           "OR NEW.time_format IS NOT OLD.time_format "
           "OR NEW.pd_encoding IS NOT OLD.pd_encoding "
           "OR NEW.certificate_id IS NOT OLD.certificate_id "
           "OR NEW.certified IS NOT OLD.certified OR NEW.client_id IS NOT OLD.client_id "
           "OR NEW.commissioned_at IS NOT OLD.commissioned_at "
           "OR (OLD.decommissioned_at IS NOT NULL "
           "AND NEW.decommissioned_at IS NOT OLD.decommissioned_at)",
           "tse_device", "UPDATE", "tse_device is append-only"),
)
TRIGGER_NAMES = (
    "tse_transaction_no_delete", "tse_transaction_frozen", "tse_transaction_identity_fixed",
    "tse_outage_no_delete", "tse_outage_fixed", "tse_device_no_delete", "tse_device_fixed",
)


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        for name in TRIGGER_NAMES:
            op.execute(f"DROP TRIGGER IF EXISTS {name}")
    for table, columns in (("tse_transaction", ("station_id", "outage_id", "created_at")),
                           ("tse_outage", ("station_id", "started_at")),
                           ("tse_device", ("station_id",))):
        for column in columns:
            op.drop_index(op.f(f"ix_{table}_{column}"), table_name=table)
        op.drop_table(table)
