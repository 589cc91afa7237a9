"""audit anchors: the heads of each station's audit chain, as pushes carried them

Revision ID: 0004_audit_anchors
Revises: 0003
Create Date: 2026-12-03

A till that loses entries or has its chain recomputed (someone with its database file)
can no longer agree with the heads kept here; ``kreislauf-server audit verify`` and the
till's ``kreislauf audit verify`` compare against them.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import app.db.types

revision = '0004_audit_anchors'
down_revision = '0003'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('audit_anchor',
    sa.Column('id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('station_id', sa.Integer(), nullable=False),
    sa.Column('entry_count', sa.BigInteger(), nullable=False),
    sa.Column('head_hash', sa.String(length=64), nullable=False),
    sa.Column('received_at', app.db.types.UTCDateTime(timezone=True), nullable=False),
    sa.Column('problem', sa.String(length=20), nullable=False),
    sa.Column('detail', sa.String(length=300), nullable=False),
    sa.ForeignKeyConstraint(['station_id'], ['station.id'],
                            name=op.f('fk_audit_anchor_station_id_station')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_audit_anchor'))
    )
    op.create_index('ix_audit_anchor_station_count', 'audit_anchor',
                    ['station_id', 'entry_count'], unique=False)


def downgrade() -> None:
    op.drop_index('ix_audit_anchor_station_count', table_name='audit_anchor')
    op.drop_table('audit_anchor')
