"""safety measurements: the values a DGUV V3 / DIN VDE 0701-0702 test produces

Revision ID: 0009_safety_measurements
Revises: 0008_at_rest
Create Date: 2026-12-03

Each safety test keeps the visual check and three measured values as integers:
protective-conductor resistance in milliohm, insulation resistance in kiloohm, leakage
current in microampere (no floats in the database). All are nullable: tests recorded
before this revision have no measurements, and a value may not apply (a protection
class II device has no protective conductor).

Plain ``ADD COLUMN`` on purpose, not a batch (copy-and-rename) alter: the table carries
the append-only triggers of 0002, which a table rebuild would silently drop.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0009_safety_measurements"
down_revision = "0008_at_rest"
branch_labels = None
depends_on = None

COLUMNS = (
    ("visual_ok", sa.Boolean()),
    ("pe_resistance_mohm", sa.Integer()),
    ("insulation_kohm", sa.Integer()),
    ("leakage_ua", sa.Integer()),
)


def upgrade() -> None:
    for name, kind in COLUMNS:
        op.add_column("safety_test", sa.Column(name, kind, nullable=True))


def downgrade() -> None:
    # SQLite 3.35+ drops a column in place, so the triggers stay.
    for name, _kind in reversed(COLUMNS):
        op.drop_column("safety_test", name)
