"""Sales, their lines and payments: written once when a sale is finished, never changed.

A refund or a cancelled sale is a new ``Sale`` row (``kind``) pointing at the original.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import CheckConstraint, ForeignKey, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from app.db.models.base import Base
from app.db.types import UTCDateTime, utcnow
from app.sync_schema import limits
from app.sync_schema.enums import PaymentMethod, SaleKind, values


class Sale(Base):
    """A finished receipt (sale, refund or cancelled sale)."""

    __tablename__ = "sale"
    __table_args__ = (
        UniqueConstraint("station_id", "receipt_number"),
        CheckConstraint(f"kind IN {values(SaleKind)!r}", name="kind"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    uuid: Mapped[str] = mapped_column(String(36), unique=True)
    station_id: Mapped[int] = mapped_column(ForeignKey("station.id"))
    receipt_number: Mapped[int]
    kind: Mapped[str] = mapped_column(String(10), default=SaleKind.SALE)
    cash_session_id: Mapped[int | None] = mapped_column(
        ForeignKey("cash_session.id"), default=None, index=True
    )
    user_id: Mapped[int] = mapped_column(ForeignKey("user.id"))
    started_at: Mapped[datetime] = mapped_column(UTCDateTime)
    finished_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, index=True)
    total_cents: Mapped[int]
    refers_to_sale_id: Mapped[int | None] = mapped_column(
        ForeignKey("sale.id"), default=None, index=True
    )
    note: Mapped[str] = mapped_column(String(limits.NOTE_LENGTH), default="")


class SaleLine(Base):
    """One line of a receipt; ``item_code`` is kept even when the item is not known here."""

    __tablename__ = "sale_line"
    __table_args__ = (UniqueConstraint("sale_id", "position"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    sale_id: Mapped[int] = mapped_column(ForeignKey("sale.id"))
    position: Mapped[int]
    item_id: Mapped[int | None] = mapped_column(ForeignKey("item.id"), default=None, index=True)
    item_code: Mapped[str | None] = mapped_column(String(13), default=None, index=True)
    category_id: Mapped[int | None] = mapped_column(ForeignKey("category.id"), default=None)
    description: Mapped[str] = mapped_column(String(limits.DESCRIPTION_LENGTH))
    quantity: Mapped[int] = mapped_column(default=1)
    unit_price_cents: Mapped[int]
    discount_cents: Mapped[int] = mapped_column(default=0)
    total_cents: Mapped[int]
    vat_kind: Mapped[str] = mapped_column(String(10))
    vat_rate_bp: Mapped[int]  # basis points, 1900 = 19 %
    needs_reconciliation: Mapped[bool] = mapped_column(default=False)
    refers_to_line_id: Mapped[int | None] = mapped_column(
        ForeignKey("sale_line.id"), default=None, index=True
    )


class Payment(Base):
    """Money taken (or paid back) for a sale; ``amount_cents`` is net of change."""

    __tablename__ = "payment"
    __table_args__ = (CheckConstraint(f"method IN {values(PaymentMethod)!r}", name="method"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    sale_id: Mapped[int] = mapped_column(ForeignKey("sale.id"), index=True)
    method: Mapped[str] = mapped_column(String(10))
    amount_cents: Mapped[int]
    tendered_cents: Mapped[int] = mapped_column(default=0)
    change_cents: Mapped[int] = mapped_column(default=0)
    reference: Mapped[str] = mapped_column(String(limits.REFERENCE_LENGTH), default="")
