"""append-only guards: records that were sold, paid, counted or logged cannot change

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-26

SQLite triggers refuse UPDATE and DELETE on the fiscal and audit tables, so even a bug
(or a careless SQL console) cannot rewrite history. The outbox may only have its
delivery columns updated.
"""

from __future__ import annotations

from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

FROZEN = (
    "audit_entry", "sale", "sale_line", "payment", "cash_session", "cash_movement",
    "safety_test", "repair_note", "disposal",
)
OUTBOX_KEYS = "event_id, station_id, seq, type, occurred_at, payload"


def upgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    for table in FROZEN:
        for verb in ("UPDATE", "DELETE"):
            op.execute(
                f"CREATE TRIGGER {table}_no_{verb.lower()} BEFORE {verb} ON {table} "
                f"BEGIN SELECT RAISE(ABORT, '{table} is append-only'); END"
            )
    op.execute(
        f"CREATE TRIGGER outbox_event_keys_fixed BEFORE UPDATE OF {OUTBOX_KEYS} "
        "ON outbox_event BEGIN SELECT RAISE(ABORT, 'outbox event is immutable'); END"
    )
    op.execute(
        "CREATE TRIGGER outbox_event_no_delete BEFORE DELETE ON outbox_event "
        "BEGIN SELECT RAISE(ABORT, 'outbox event is append-only'); END"
    )


def downgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    for table in FROZEN:
        for verb in ("update", "delete"):
            op.execute(f"DROP TRIGGER IF EXISTS {table}_no_{verb}")
    op.execute("DROP TRIGGER IF EXISTS outbox_event_keys_fixed")
    op.execute("DROP TRIGGER IF EXISTS outbox_event_no_delete")
