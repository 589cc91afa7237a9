"""Cash sessions (a till opened with a float) and cash movements inside them."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import CheckConstraint, ForeignKey, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from app.db.models.base import Base
from app.db.types import UTCDateTime, utcnow
from app.sync_schema import limits
from app.sync_schema.enums import MovementKind, values


class CashSession(Base):
    """A till session from opening with a float until its Z closing."""

    __tablename__ = "cash_session"
    __table_args__ = (UniqueConstraint("station_id", "number"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    station_id: Mapped[int] = mapped_column(ForeignKey("station.id"))
    number: Mapped[int]
    opened_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    opened_by: Mapped[int] = mapped_column(ForeignKey("user.id"))
    float_cents: Mapped[int] = mapped_column(default=0)


class CashMovement(Base):
    """Money put into or taken out of the drawer outside a sale, with its reason."""

    __tablename__ = "cash_movement"
    __table_args__ = (CheckConstraint(f"kind IN {values(MovementKind)!r}", name="kind"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    cash_session_id: Mapped[int] = mapped_column(ForeignKey("cash_session.id"), index=True)
    kind: Mapped[str] = mapped_column(String(12))
    amount_cents: Mapped[int]  # signed: positive into the drawer
    reason: Mapped[str] = mapped_column(String(limits.NOTE_LENGTH))
    user_id: Mapped[int] = mapped_column(ForeignKey("user.id"))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
