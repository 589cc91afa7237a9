"""Store, station, user and store-wide settings."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import CheckConstraint, ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column

from app.db.models.base import Base
from app.db.types import JSONText, UTCDateTime, utcnow
from app.sync_schema import limits
from app.sync_schema.enums import Role


class Store(Base):
    """The seller named on every receipt."""

    __tablename__ = "store"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(120))
    street: Mapped[str] = mapped_column(String(120), default="")
    postcode: Mapped[str] = mapped_column(String(10), default="")
    city: Mapped[str] = mapped_column(String(80), default="")
    tax_number: Mapped[str] = mapped_column(String(40), default="")
    vat_id: Mapped[str] = mapped_column(String(20), default="")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class Station(Base):
    """A till or intake station; its number is part of every item code it mints."""

    __tablename__ = "station"
    __table_args__ = (CheckConstraint(
        f"number BETWEEN {limits.MIN_STATION} AND {limits.MAX_STATION}", name="number_range"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    store_id: Mapped[int] = mapped_column(ForeignKey("store.id"))
    number: Mapped[int] = mapped_column(unique=True)
    name: Mapped[str] = mapped_column(String(60), default="")
    is_local: Mapped[bool] = mapped_column(default=False)
    # Created by ``init --demo``: demo data may go in, window and receipts say "DEMO".
    demo: Mapped[bool] = mapped_column(default=False, server_default="0")
    # Last running number used for item codes minted here (never reused).
    last_item_serial: Mapped[int] = mapped_column(default=0)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class User(Base):
    """A person who logs in with a name and a PIN."""

    __tablename__ = "user"
    __table_args__ = (
        CheckConstraint(f"role IN ({','.join(repr(r.value) for r in Role)})", name="role"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(limits.USER_NAME_LENGTH), unique=True)
    display_name: Mapped[str] = mapped_column(String(limits.DISPLAY_NAME_LENGTH))
    role: Mapped[str] = mapped_column(String(20))
    pin_hash: Mapped[str] = mapped_column(String(200))
    active: Mapped[bool] = mapped_column(default=True)
    must_change_pin: Mapped[bool] = mapped_column(default=False)
    failed_logins: Mapped[int] = mapped_column(default=0)
    locked_until: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class Setting(Base):
    """A store-wide setting (synced to every till), as JSON."""

    __tablename__ = "setting"

    key: Mapped[str] = mapped_column(String(limits.SETTING_KEY_LENGTH), primary_key=True)
    value: Mapped[Any] = mapped_column(JSONText)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_by: Mapped[int | None] = mapped_column(ForeignKey("user.id"), default=None)
