"""Cargo-bike delivery orders and donation pick-ups with their load and status history.

An order keeps its load lines (append-only) and every status change (append-only); the
order row itself changes only in its status, its window on a reschedule, the km driven
and, once its time is up, in the personal data that anonymisation blanks (migration 0012).
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import CheckConstraint, Date, ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column

from app.db.models.base import Base
from app.db.types import UTCDateTime, utcnow
from app.sync_schema import limits
from app.sync_schema.enums import DeliveryKind, DeliveryStatus, values


def _in(column: str, kind: type[DeliveryKind] | type[DeliveryStatus]) -> str:
    return f"{column} IN ({', '.join(repr(v) for v in values(kind))})"


class DeliveryOrder(Base):
    """A delivery of sold goods or a pick-up of donated goods in a time window."""

    __tablename__ = "delivery_order"
    __table_args__ = (
        CheckConstraint(_in("kind", DeliveryKind), name="delivery_kind_known"),
        CheckConstraint(_in("status", DeliveryStatus), name="delivery_status_known"),
        CheckConstraint("window_end > window_start", name="delivery_window_order"),
        CheckConstraint("weight_g >= 0 AND volume_l >= 0 AND fee_cents >= 0 AND trips >= 1",
                        name="delivery_load_nonneg"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    uuid: Mapped[str] = mapped_column(String(limits.UUID_LENGTH), unique=True)
    number: Mapped[str] = mapped_column(String(limits.ORDER_NUMBER_LENGTH), unique=True)
    kind: Mapped[str] = mapped_column(String(10))
    status: Mapped[str] = mapped_column(String(12), default=DeliveryStatus.PLANNED)
    sale_id: Mapped[int | None] = mapped_column(ForeignKey("sale.id"), default=None,
                                                index=True)
    day: Mapped[date] = mapped_column(Date, index=True)  # the Berlin day of the window
    window_start: Mapped[datetime] = mapped_column(UTCDateTime)
    window_end: Mapped[datetime] = mapped_column(UTCDateTime)
    service_minutes: Mapped[int] = mapped_column(default=10)
    name: Mapped[str] = mapped_column(String(limits.CUSTOMER_NAME_LENGTH), default="")
    street: Mapped[str] = mapped_column(String(limits.STREET_LENGTH), default="")
    postcode: Mapped[str] = mapped_column(String(limits.POSTCODE_LENGTH), default="")
    city: Mapped[str] = mapped_column(String(limits.CITY_LENGTH), default="")
    phone: Mapped[str] = mapped_column(String(limits.PHONE_LENGTH), default="")
    notes: Mapped[str] = mapped_column(String(limits.DELIVERY_NOTE_LENGTH), default="")
    lat_e6: Mapped[int] = mapped_column(default=0)
    lon_e6: Mapped[int] = mapped_column(default=0)
    weight_g: Mapped[int] = mapped_column(default=0)
    volume_l: Mapped[int] = mapped_column(default=0)
    trips: Mapped[int] = mapped_column(default=1)
    fee_key: Mapped[str] = mapped_column(String(limits.FEE_KEY_LENGTH), default="")
    fee_cents: Mapped[int] = mapped_column(default=0)
    km_m: Mapped[int | None] = mapped_column(default=None)  # metres driven, if entered
    created_by: Mapped[int | None] = mapped_column(ForeignKey("user.id"), default=None)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    status_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    anonymised_at: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)


class DeliveryLine(Base):
    """One kind of goods on an order; weight and bulk are per piece."""

    __tablename__ = "delivery_line"
    __table_args__ = (
        CheckConstraint("quantity >= 1 AND weight_g >= 0 AND volume_l >= 0",
                        name="delivery_line_amounts"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    order_id: Mapped[int] = mapped_column(ForeignKey("delivery_order.id"), index=True)
    position: Mapped[int]
    description: Mapped[str] = mapped_column(String(limits.DESCRIPTION_LENGTH))
    quantity: Mapped[int] = mapped_column(default=1)
    weight_g: Mapped[int] = mapped_column(default=0)
    volume_l: Mapped[int] = mapped_column(default=0)
    item_code: Mapped[str] = mapped_column(String(13), default="")


class DeliveryStatusChange(Base):
    """Who set which status when (and the new window of a reschedule)."""

    __tablename__ = "delivery_status_change"
    __table_args__ = (
        CheckConstraint(_in("status", DeliveryStatus), name="delivery_change_status_known"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    order_id: Mapped[int] = mapped_column(ForeignKey("delivery_order.id"), index=True)
    status: Mapped[str] = mapped_column(String(12))
    changed_at: Mapped[datetime] = mapped_column(UTCDateTime)
    changed_by: Mapped[str] = mapped_column(String(limits.USER_NAME_LENGTH), default="")
    note: Mapped[str] = mapped_column(String(limits.DELIVERY_NOTE_LENGTH), default="")
    window_start: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)
    window_end: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)
    km_m: Mapped[int | None] = mapped_column(default=None)
