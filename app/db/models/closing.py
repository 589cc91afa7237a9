"""The daily closing (Z): a new record per closed cash session, never changed.

``cash_session`` is append-only, so a session is closed by the existence of its
``cash_closing`` row; the row freezes the count and the report figures.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import CheckConstraint, ForeignKey, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from app.db.models.base import Base
from app.db.types import JSONText, UTCDateTime, utcnow


class CashClosing(Base):
    """A Z closing: gapless Z number per station, the count and the frozen figures."""

    __tablename__ = "cash_closing"
    __table_args__ = (
        UniqueConstraint("station_id", "z_number"),
        CheckConstraint("z_number >= 1", name="z_number_positive"),
        CheckConstraint("counted_cents >= 0", name="counted_nonneg"),
        CheckConstraint("banked_cents BETWEEN 0 AND counted_cents", name="banked_range"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    cash_session_id: Mapped[int] = mapped_column(ForeignKey("cash_session.id"), unique=True)
    station_id: Mapped[int] = mapped_column(ForeignKey("station.id"))
    z_number: Mapped[int]
    closed_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, index=True)
    closed_by: Mapped[int] = mapped_column(ForeignKey("user.id"))
    counted_cents: Mapped[int]
    counted_denominations: Mapped[Any] = mapped_column(JSONText)
    expected_cents: Mapped[int]
    difference_cents: Mapped[int]  # counted minus expected
    banked_cents: Mapped[int] = mapped_column(default=0)  # taken to bank/safe at closing
    comment: Mapped[str] = mapped_column(String(500), default="")
    figures: Mapped[Any] = mapped_column(JSONText)  # the Z report as computed at closing
