"""What the till knows about its link to the central server.

``SyncState`` is one row (id 1): server address, the pull cursor and the outcome of
the last attempt (the station token lives outside the database). Conflicts the server
flagged and reconciled sale lines are kept as their own records, because a frozen
``sale_line`` is never updated.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import BigInteger, ForeignKey, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from app.db.models.base import Base
from app.db.types import UTCDateTime, utcnow


class SyncState(Base):
    """The till's sync settings and progress (a single row)."""

    __tablename__ = "sync_state"

    id: Mapped[int] = mapped_column(primary_key=True)
    server_url: Mapped[str] = mapped_column(String(300), default="")
    # Only read to move an older version's token out (``sync.token_store``); always "" now.
    token: Mapped[str] = mapped_column(String(200), default="")
    pull_cursor: Mapped[int] = mapped_column(BigInteger, default=0)
    # The newest audit head the server confirmed (its entry count); see ``AuditHead``.
    audit_anchor_count: Mapped[int] = mapped_column(BigInteger, default=0, server_default="0")
    registered_at: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)
    last_attempt_at: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)
    last_sync_at: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)
    last_error: Mapped[str] = mapped_column(String(500), default="")


class SyncConflict(Base):
    """A unique item sold at two tills while offline, as flagged by the server."""

    __tablename__ = "sync_conflict"
    __table_args__ = (UniqueConstraint("item_code", "sale_uuid"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    item_code: Mapped[str] = mapped_column(String(13), index=True)
    sale_uuid: Mapped[str] = mapped_column(String(36))
    station: Mapped[int]
    other_sale_uuid: Mapped[str] = mapped_column(String(36))
    other_station: Mapped[int]
    detected_at: Mapped[datetime] = mapped_column(UTCDateTime)
    received_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class SyncReconciliation(Base):
    """A sale line sold with an unknown code, matched to the item once its record came."""

    __tablename__ = "sync_reconciliation"

    id: Mapped[int] = mapped_column(primary_key=True)
    sale_line_id: Mapped[int] = mapped_column(ForeignKey("sale_line.id"), unique=True)
    item_id: Mapped[int] = mapped_column(ForeignKey("item.id"), index=True)
    reconciled_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
