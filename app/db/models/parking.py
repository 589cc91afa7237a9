"""Parked carts: a sale put aside (customer fetches their wallet) and resumed later."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column

from app.db.models.base import Base
from app.db.types import JSONText, UTCDateTime, utcnow


class ParkedCart(Base):
    """A cart as JSON; resuming stamps ``resumed_at`` (kept, not deleted)."""

    __tablename__ = "parked_cart"

    id: Mapped[int] = mapped_column(primary_key=True)
    station_id: Mapped[int] = mapped_column(ForeignKey("station.id"))
    user_id: Mapped[int | None] = mapped_column(ForeignKey("user.id"), default=None)
    label: Mapped[str] = mapped_column(String(60), default="")
    line_count: Mapped[int] = mapped_column(default=0)
    total_cents: Mapped[int] = mapped_column(default=0)
    payload: Mapped[Any] = mapped_column(JSONText)
    parked_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    resumed_at: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None, index=True)
    resumed_by: Mapped[int | None] = mapped_column(ForeignKey("user.id"), default=None)
