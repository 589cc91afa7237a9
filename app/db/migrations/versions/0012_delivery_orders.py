"""cargo-bike delivery orders and donation pick-ups

Revision ID: 0012_delivery_orders
Revises: 0011_repair_records
Create Date: 2026-12-05

``delivery_order`` (changes only in status, window, km and the anonymised personal data),
``delivery_line`` and ``delivery_status_change`` (append-only: triggers refuse UPDATE and
DELETE, as on the other records of 0002; a status note can only be blanked, by
anonymisation). The outbox's guard of 0002 lets exactly one change through: the payload
of a ``delivery.booked`` event the server has acknowledged may be rewritten, so that
anonymisation removes the customer's data from the till's copy of what was sent.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import app.db.types

revision = "0012_delivery_orders"
down_revision = "0011_repair_records"
FROZEN = ("delivery_line",)
STATUS_KEYS = "order_id, status, changed_at, changed_by, window_start, window_end, km_m"
OUTBOX_KEYS = "event_id, station_id, seq, type, occurred_at, payload"
OUTBOX_GUARD = (
    f"CREATE TRIGGER outbox_event_keys_fixed BEFORE UPDATE OF {OUTBOX_KEYS} ON outbox_event "
    "{when}BEGIN SELECT RAISE(ABORT, 'outbox event is immutable'); END")
# Only the payload of an acknowledged delivery.booked event, nothing else of the row.
SCRUB_ALLOWED = (
    "WHEN NOT (OLD.type = 'delivery.booked' AND OLD.acked_at IS NOT NULL "
    "AND NEW.event_id IS OLD.event_id AND NEW.station_id IS OLD.station_id "
    "AND NEW.seq IS OLD.seq AND NEW.type IS OLD.type "
    "AND NEW.occurred_at IS OLD.occurred_at) ")
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('delivery_order',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.String(length=36), nullable=False),
    sa.Column('number', sa.String(length=12), nullable=False),
    sa.Column('kind', sa.String(length=10), nullable=False),
    sa.Column('status', sa.String(length=12), nullable=False),
    sa.Column('sale_id', sa.Integer(), nullable=True),
    sa.Column('day', sa.Date(), nullable=False),
    sa.Column('window_start', app.db.types.UTCDateTime(timezone=True), nullable=False),
    sa.Column('window_end', app.db.types.UTCDateTime(timezone=True), nullable=False),
    sa.Column('service_minutes', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=80), nullable=False),
    sa.Column('street', sa.String(length=120), nullable=False),
    sa.Column('postcode', sa.String(length=5), nullable=False),
    sa.Column('city', sa.String(length=60), nullable=False),
    sa.Column('phone', sa.String(length=30), nullable=False),
    sa.Column('notes', sa.String(length=300), nullable=False),
    sa.Column('lat_e6', sa.Integer(), nullable=False),
    sa.Column('lon_e6', sa.Integer(), nullable=False),
    sa.Column('weight_g', sa.Integer(), nullable=False),
    sa.Column('volume_l', sa.Integer(), nullable=False),
    sa.Column('trips', sa.Integer(), nullable=False),
    sa.Column('fee_key', sa.String(length=30), nullable=False),
    sa.Column('fee_cents', sa.Integer(), nullable=False),
    sa.Column('km_m', sa.Integer(), nullable=True),
    sa.Column('created_by', sa.Integer(), nullable=True),
    sa.Column('created_at', app.db.types.UTCDateTime(timezone=True), nullable=False),
    sa.Column('status_at', app.db.types.UTCDateTime(timezone=True), nullable=False),
    sa.Column('anonymised_at', app.db.types.UTCDateTime(timezone=True), nullable=True),
    sa.CheckConstraint("kind IN ('delivery', 'pickup')", name=op.f('ck_delivery_order_delivery_kind_known')),
    sa.CheckConstraint("status IN ('planned', 'delivered', 'failed', 'rescheduled', 'cancelled')", name=op.f('ck_delivery_order_delivery_status_known')),
    sa.CheckConstraint('weight_g >= 0 AND volume_l >= 0 AND fee_cents >= 0 AND trips >= 1', name=op.f('ck_delivery_order_delivery_load_nonneg')),
    sa.CheckConstraint('window_end > window_start', name=op.f('ck_delivery_order_delivery_window_order')),
    sa.ForeignKeyConstraint(['created_by'], ['user.id'], name=op.f('fk_delivery_order_created_by_user')),
    sa.ForeignKeyConstraint(['sale_id'], ['sale.id'], name=op.f('fk_delivery_order_sale_id_sale')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_delivery_order')),
    sa.UniqueConstraint('number', name=op.f('uq_delivery_order_number')),
    sa.UniqueConstraint('uuid', name=op.f('uq_delivery_order_uuid'))
    )
    with op.batch_alter_table('delivery_order', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_delivery_order_day'), ['day'], unique=False)
        batch_op.create_index(batch_op.f('ix_delivery_order_sale_id'), ['sale_id'], unique=False)

    op.create_table('delivery_line',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('order_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('description', sa.String(length=120), nullable=False),
    sa.Column('quantity', sa.Integer(), nullable=False),
    sa.Column('weight_g', sa.Integer(), nullable=False),
    sa.Column('volume_l', sa.Integer(), nullable=False),
    sa.Column('item_code', sa.String(length=13), nullable=False),
    sa.CheckConstraint('quantity >= 1 AND weight_g >= 0 AND volume_l >= 0', name=op.f('ck_delivery_line_delivery_line_amounts')),
    sa.ForeignKeyConstraint(['order_id'], ['delivery_order.id'], name=op.f('fk_delivery_line_order_id_delivery_order')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_delivery_line'))
    )
    with op.batch_alter_table('delivery_line', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_delivery_line_order_id'), ['order_id'], unique=False)

    op.create_table('delivery_status_change',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('order_id', sa.Integer(), nullable=False),
    sa.Column('status', sa.String(length=12), nullable=False),
    sa.Column('changed_at', app.db.types.UTCDateTime(timezone=True), nullable=False),
    sa.Column('changed_by', sa.String(length=40), nullable=False),
    sa.Column('note', sa.String(length=300), nullable=False),
    sa.Column('window_start', app.db.types.UTCDateTime(timezone=True), nullable=True),
    sa.Column('window_end', app.db.types.UTCDateTime(timezone=True), nullable=True),
    sa.Column('km_m', sa.Integer(), nullable=True),
    sa.CheckConstraint("status IN ('planned', 'delivered', 'failed', 'rescheduled', 'cancelled')", name=op.f('ck_delivery_status_change_delivery_change_status_known')),
    sa.ForeignKeyConstraint(['order_id'], ['delivery_order.id'], name=op.f('fk_delivery_status_change_order_id_delivery_order')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_delivery_status_change'))
    )
    with op.batch_alter_table('delivery_status_change', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_delivery_status_change_order_id'), ['order_id'], unique=False)
    if op.get_bind().dialect.name != "sqlite":
        return
    for table in FROZEN:
        for verb in ("UPDATE", "DELETE"):
            op.execute(
                f"CREATE TRIGGER {table}_no_{verb.lower()} BEFORE {verb} ON {table} "
                f"BEGIN SELECT RAISE(ABORT, '{table} is append-only'); END"
            )
    table = "delivery_status_change"
    op.execute(f"CREATE TRIGGER {table}_no_delete BEFORE DELETE ON {table} "
               f"BEGIN SELECT RAISE(ABORT, '{table} is append-only'); END")
    op.execute(f"CREATE TRIGGER {table}_no_update BEFORE UPDATE OF {STATUS_KEYS} ON {table} "
               f"BEGIN SELECT RAISE(ABORT, '{table} is append-only'); END")
    op.execute(f"CREATE TRIGGER {table}_note_only_blanked BEFORE UPDATE OF note ON {table} "
               "WHEN NEW.note != '' "
               f"BEGIN SELECT RAISE(ABORT, '{table} is append-only'); END")
    op.execute("DROP TRIGGER IF EXISTS outbox_event_keys_fixed")
    op.execute(OUTBOX_GUARD.format(when=SCRUB_ALLOWED))


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        for table in FROZEN:
            for verb in ("update", "delete"):
                op.execute(f"DROP TRIGGER IF EXISTS {table}_no_{verb}")
        for name in ("no_delete", "no_update", "note_only_blanked"):
            op.execute(f"DROP TRIGGER IF EXISTS delivery_status_change_{name}")
        op.execute("DROP TRIGGER IF EXISTS outbox_event_keys_fixed")
        op.execute(OUTBOX_GUARD.format(when=""))
    with op.batch_alter_table('delivery_status_change', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_delivery_status_change_order_id'))

    op.drop_table('delivery_status_change')
    with op.batch_alter_table('delivery_line', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_delivery_line_order_id'))

    op.drop_table('delivery_line')
    with op.batch_alter_table('delivery_order', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_delivery_order_sale_id'))
        batch_op.drop_index(batch_op.f('ix_delivery_order_day'))

    op.drop_table('delivery_order')
