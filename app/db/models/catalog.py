"""Categories and the items taken in."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import CheckConstraint, ForeignKey, Index, String
from sqlalchemy.orm import Mapped, mapped_column

from app.db.models.base import Base
from app.db.types import UTCDateTime, utcnow
from app.sync_schema import limits
from app.sync_schema.enums import Condition, ItemStatus, MaterialStream, VatKind, values


class Category(Base):
    """A kind of goods with the defaults intake and the category keys use."""

    __tablename__ = "category"
    __table_args__ = (
        CheckConstraint("default_price_cents >= 0", name="price_nonneg"),
        CheckConstraint("avg_weight_g >= 0", name="weight_nonneg"),
        CheckConstraint(f"vat_kind IN {values(VatKind)!r}", name="vat_kind"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(limits.CATEGORY_NAME_LENGTH), unique=True)
    parent_id: Mapped[int | None] = mapped_column(ForeignKey("category.id"), default=None)
    vat_kind: Mapped[str] = mapped_column(String(10), default=VatKind.NORMAL)
    default_price_cents: Mapped[int] = mapped_column(default=0)
    avg_weight_g: Mapped[int] = mapped_column(default=0)
    material_stream: Mapped[str] = mapped_column(String(12), default=MaterialStream.MIXED)
    electrical: Mapped[bool] = mapped_column(default=False)
    impact_key: Mapped[str] = mapped_column(String(40), default="")
    hotkey: Mapped[int | None] = mapped_column(default=None)  # F1..F12 at the till
    active: Mapped[bool] = mapped_column(default=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class Item(Base):
    """One labelled object with its own EAN-13 code."""

    __tablename__ = "item"
    __table_args__ = (
        CheckConstraint("price_cents >= 0", name="price_nonneg"),
        CheckConstraint("weight_g >= 0", name="weight_nonneg"),
        CheckConstraint(f"status IN {values(ItemStatus)!r}", name="status"),
        Index("ix_item_status_category", "status", "category_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(13), unique=True)
    category_id: Mapped[int] = mapped_column(ForeignKey("category.id"))
    station_id: Mapped[int] = mapped_column(ForeignKey("station.id"))
    description: Mapped[str] = mapped_column(String(limits.DESCRIPTION_LENGTH))
    condition: Mapped[str] = mapped_column(String(20), default=Condition.GOOD)
    price_cents: Mapped[int]
    weight_g: Mapped[int] = mapped_column(default=0)
    status: Mapped[str] = mapped_column(String(12), default=ItemStatus.RECEIVED)
    electrical: Mapped[bool] = mapped_column(default=False)
    donor_note: Mapped[str] = mapped_column(String(limits.NOTE_LENGTH), default="")
    location: Mapped[str] = mapped_column(String(limits.LOCATION_LENGTH), default="")
    received_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    received_by: Mapped[int | None] = mapped_column(ForeignKey("user.id"), default=None)
    status_changed_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    label_printed_at: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)


class MarkdownRule(Base):
    """'20 % off after 28 days': applied at checkout, so no label is reprinted."""

    __tablename__ = "markdown_rule"
    __table_args__ = (
        CheckConstraint("percent BETWEEN 1 AND 100", name="percent"),
        CheckConstraint("after_days >= 1", name="days"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    category_id: Mapped[int | None] = mapped_column(ForeignKey("category.id"), default=None)
    after_days: Mapped[int]
    percent: Mapped[int]
    active: Mapped[bool] = mapped_column(default=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
