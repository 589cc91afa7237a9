"""impact records: the factor sets (versioned) and each sale's impact computed with one of them

Revision ID: 0010_impact_records
Revises: 0009_safety_measurements
Create Date: 2026-12-04
"""

from __future__ import annotations

revision = "0010_impact_records"
down_revision = "0009_safety_measurements"
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
