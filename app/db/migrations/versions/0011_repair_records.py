"""repair records (Open Repair Data Standard) and volunteer hours

Revision ID: 0011_repair_records
Revises: 0010_impact_records
Create Date: 2026-12-04
"""

from __future__ import annotations

revision = "0011_repair_records"
down_revision = "0010_impact_records"
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
