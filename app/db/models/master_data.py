"""The store's master data and each till's registration facts, kept as dated revisions.

A change never overwrites the old values: it adds a row with ``valid_from``, so a receipt
or a DSFinV-K export of an earlier day uses what was valid then (GoBD). Triggers in
migration 0007 refuse UPDATE and DELETE on both tables.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Date, ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column

from app.db.models.base import Base
from app.db.types import UTCDateTime, utcnow


class StoreMasterData(Base):
    """The seller as printed on receipts and exported (DSFinV-K ``cashpointclosing.csv``)."""

    __tablename__ = "store_master_data"

    id: Mapped[int] = mapped_column(primary_key=True)
    store_id: Mapped[int] = mapped_column(ForeignKey("store.id"), index=True)
    valid_from: Mapped[datetime] = mapped_column(UTCDateTime, index=True)
    name: Mapped[str] = mapped_column(String(60))
    street: Mapped[str] = mapped_column(String(60), default="")
    postcode: Mapped[str] = mapped_column(String(10), default="")
    city: Mapped[str] = mapped_column(String(62), default="")
    country: Mapped[str] = mapped_column(String(3), default="DEU")  # ISO 3166 alpha-3
    tax_number: Mapped[str] = mapped_column(String(20), default="")
    vat_id: Mapped[str] = mapped_column(String(15), default="")
    created_by: Mapped[int | None] = mapped_column(ForeignKey("user.id"), default=None)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class TillRegistration(Base):
    """What the Kassenmeldepflicht (§ 146a Abs. 4 AO) asks about one till, as entered."""

    __tablename__ = "till_registration"

    id: Mapped[int] = mapped_column(primary_key=True)
    station_id: Mapped[int] = mapped_column(ForeignKey("station.id"), index=True)
    valid_from: Mapped[datetime] = mapped_column(UTCDateTime, index=True)
    kind: Mapped[str] = mapped_column(String(60), default="")
    brand: Mapped[str] = mapped_column(String(50), default="")
    model: Mapped[str] = mapped_column(String(50), default="")
    serial: Mapped[str] = mapped_column(String(70), default="")
    purchased_on: Mapped[date | None] = mapped_column(Date, default=None)
    commissioned_on: Mapped[date | None] = mapped_column(Date, default=None)
    decommissioned_on: Mapped[date | None] = mapped_column(Date, default=None)
    created_by: Mapped[int | None] = mapped_column(ForeignKey("user.id"), default=None)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
