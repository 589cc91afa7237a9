"""The central view built from the events: items, sales, cash, closings, conflicts, and
the cargo-bike orders the Soest logistics partner works from."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import BigInteger, Date, ForeignKey, Index, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from app.db.types import JSONText, UTCDateTime, utcnow
from app.sync_schema import limits
from server.models import BIGID, Base


class Category(Base):
    __tablename__ = "category"

    name: Mapped[str] = mapped_column(String(60), primary_key=True)
    data: Mapped[Any] = mapped_column(JSONText)
    origin: Mapped[int] = mapped_column()
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class User(Base):
    __tablename__ = "user_account"

    name: Mapped[str] = mapped_column(String(40), primary_key=True)
    display_name: Mapped[str] = mapped_column(String(80))
    role: Mapped[str] = mapped_column(String(20))
    active: Mapped[bool] = mapped_column()
    origin: Mapped[int] = mapped_column()
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class MarkdownRule(Base):
    __tablename__ = "markdown_rule"
    __table_args__ = (UniqueConstraint("origin", "local_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    origin: Mapped[int] = mapped_column()
    local_id: Mapped[int] = mapped_column()
    data: Mapped[Any] = mapped_column(JSONText)


class Item(Base):
    """An item by its unique code; ``origin`` is the station that minted it."""

    __tablename__ = "item"

    code: Mapped[str] = mapped_column(String(13), primary_key=True)
    origin: Mapped[int] = mapped_column()
    category: Mapped[str] = mapped_column(String(60))
    description: Mapped[str] = mapped_column(String(120))
    price_cents: Mapped[int] = mapped_column()
    status: Mapped[str] = mapped_column(String(12))
    data: Mapped[Any] = mapped_column(JSONText)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class Sale(Base):
    """A receipt (sale, refund, cancelled) of one station, as the till recorded it."""

    __tablename__ = "sale"
    __table_args__ = (UniqueConstraint("station", "receipt_number"),
                      Index("ix_sale_finished", "finished_at"))

    uuid: Mapped[str] = mapped_column(String(36), primary_key=True)
    station: Mapped[int] = mapped_column()
    store_id: Mapped[int] = mapped_column(ForeignKey("store.id"))
    receipt_number: Mapped[int] = mapped_column(BigInteger)
    kind: Mapped[str] = mapped_column(String(10))
    user_name: Mapped[str] = mapped_column(String(40))
    started_at: Mapped[datetime] = mapped_column(UTCDateTime)
    finished_at: Mapped[datetime] = mapped_column(UTCDateTime)
    total_cents: Mapped[int] = mapped_column(BigInteger)
    refers_to_uuid: Mapped[str | None] = mapped_column(String(36), default=None)
    note: Mapped[str] = mapped_column(String(200), default="")
    event_id: Mapped[str] = mapped_column(String(36))


class SaleLine(Base):
    __tablename__ = "sale_line"
    __table_args__ = (UniqueConstraint("sale_uuid", "position"),)

    id: Mapped[int] = mapped_column(BIGID, primary_key=True)
    sale_uuid: Mapped[str] = mapped_column(ForeignKey("sale.uuid"))
    position: Mapped[int] = mapped_column()
    item_code: Mapped[str | None] = mapped_column(String(13), default=None, index=True)
    description: Mapped[str] = mapped_column(String(120))
    quantity: Mapped[int] = mapped_column()
    unit_price_cents: Mapped[int] = mapped_column(BigInteger)
    discount_cents: Mapped[int] = mapped_column(BigInteger, default=0)
    total_cents: Mapped[int] = mapped_column(BigInteger)
    vat_kind: Mapped[str] = mapped_column(String(10))
    vat_rate_bp: Mapped[int] = mapped_column()
    needs_reconciliation: Mapped[bool] = mapped_column(default=False)


class Payment(Base):
    __tablename__ = "payment"

    id: Mapped[int] = mapped_column(BIGID, primary_key=True)
    sale_uuid: Mapped[str] = mapped_column(ForeignKey("sale.uuid"), index=True)
    method: Mapped[str] = mapped_column(String(10))
    amount_cents: Mapped[int] = mapped_column(BigInteger)


class CashSession(Base):
    __tablename__ = "cash_session"
    __table_args__ = (UniqueConstraint("station", "local_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    station: Mapped[int] = mapped_column()
    local_id: Mapped[int] = mapped_column()
    number: Mapped[int] = mapped_column()
    opened_at: Mapped[datetime] = mapped_column(UTCDateTime)
    float_cents: Mapped[int] = mapped_column(BigInteger)


class CashMovement(Base):
    __tablename__ = "cash_movement"
    __table_args__ = (UniqueConstraint("station", "local_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    station: Mapped[int] = mapped_column()
    local_id: Mapped[int] = mapped_column()
    session_local_id: Mapped[int] = mapped_column()
    kind: Mapped[str] = mapped_column(String(12))
    amount_cents: Mapped[int] = mapped_column(BigInteger)
    reason: Mapped[str] = mapped_column(String(200))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)


class Closing(Base):
    __tablename__ = "closing"
    __table_args__ = (UniqueConstraint("station", "z_number"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    station: Mapped[int] = mapped_column()
    z_number: Mapped[int] = mapped_column()
    session_local_id: Mapped[int] = mapped_column()
    closed_at: Mapped[datetime] = mapped_column(UTCDateTime)
    counted_cents: Mapped[int] = mapped_column(BigInteger)
    expected_cents: Mapped[int] = mapped_column(BigInteger)
    difference_cents: Mapped[int] = mapped_column(BigInteger)


class Conflict(Base):
    """One unique item sold twice: both sales kept; flagged for the manager."""

    __tablename__ = "conflict"
    __table_args__ = (UniqueConstraint("item_code", "sale_uuid"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    item_code: Mapped[str] = mapped_column(String(13))
    sale_uuid: Mapped[str] = mapped_column(String(36))
    station: Mapped[int] = mapped_column()
    other_sale_uuid: Mapped[str] = mapped_column(String(36))
    other_station: Mapped[int] = mapped_column()
    detected_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class Delivery(Base):
    """A cargo-bike delivery or donation pick-up booked at ``station`` (the only one that
    may change it, besides the office's status buttons), as far as the logistics service
    needs it. Anonymisation blanks name, street, phone and notes and rounds the
    coordinates; the statistics (day, kind, load, trips, km, status) stay."""

    __tablename__ = "delivery"
    __table_args__ = (UniqueConstraint("station", "number"),
                      Index("ix_delivery_day_window", "day", "window_start"))

    uuid: Mapped[str] = mapped_column(String(limits.UUID_LENGTH), primary_key=True)
    station: Mapped[int] = mapped_column()
    store_id: Mapped[int] = mapped_column(ForeignKey("store.id"))
    number: Mapped[str] = mapped_column(String(limits.ORDER_NUMBER_LENGTH))
    kind: Mapped[str] = mapped_column(String(10))
    status: Mapped[str] = mapped_column(String(12))
    day: Mapped[date] = mapped_column(Date)  # the Berlin day of the window
    window_start: Mapped[datetime] = mapped_column(UTCDateTime)
    window_end: Mapped[datetime] = mapped_column(UTCDateTime)
    service_minutes: Mapped[int] = mapped_column()
    name: Mapped[str] = mapped_column(String(limits.CUSTOMER_NAME_LENGTH))
    street: Mapped[str] = mapped_column(String(limits.STREET_LENGTH))
    postcode: Mapped[str] = mapped_column(String(limits.POSTCODE_LENGTH))
    city: Mapped[str] = mapped_column(String(limits.CITY_LENGTH))
    phone: Mapped[str] = mapped_column(String(limits.PHONE_LENGTH))
    notes: Mapped[str] = mapped_column(String(limits.DELIVERY_NOTE_LENGTH))
    lat_e6: Mapped[int] = mapped_column()
    lon_e6: Mapped[int] = mapped_column()
    # What is on the bike: the lines as booked (description, quantity, per-piece weight
    # and bulk; no prices, no item codes) and their totals.
    lines: Mapped[Any] = mapped_column(JSONText)
    weight_g: Mapped[int] = mapped_column(BigInteger)
    volume_l: Mapped[int] = mapped_column(BigInteger)
    trips: Mapped[int] = mapped_column()
    fee_cents: Mapped[int] = mapped_column()
    km_m: Mapped[int | None] = mapped_column(default=None)
    status_at: Mapped[datetime] = mapped_column(UTCDateTime)
    status_by: Mapped[str] = mapped_column(String(60), default="")
    booked_event_id: Mapped[str] = mapped_column(String(limits.UUID_LENGTH))
    received_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    anonymised_at: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)


class DeliveryStatusRecord(Base):
    """Every status a delivery got, from its station's events or the office's buttons
    (append-only). ``applied`` is False where the order was already delivered or
    cancelled and kept that status; ``event_id`` names the station's event (None: the
    office)."""

    __tablename__ = "delivery_status"

    id: Mapped[int] = mapped_column(BIGID, primary_key=True)
    delivery_uuid: Mapped[str] = mapped_column(ForeignKey("delivery.uuid"), index=True)
    status: Mapped[str] = mapped_column(String(12))
    changed_at: Mapped[datetime] = mapped_column(UTCDateTime)
    changed_by: Mapped[str] = mapped_column(String(60), default="")
    note: Mapped[str] = mapped_column(String(limits.DELIVERY_NOTE_LENGTH), default="")
    window_start: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)
    window_end: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)
    km_m: Mapped[int | None] = mapped_column(default=None)
    event_id: Mapped[str | None] = mapped_column(String(limits.UUID_LENGTH), default=None)
    applied: Mapped[bool] = mapped_column(default=True)
    recorded_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
