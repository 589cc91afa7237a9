"""What the repair workshop records about an item: safety tests and repair notes."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column

from app.db.models.base import Base
from app.db.types import UTCDateTime, utcnow


class SafetyTest(Base):
    """An electrical safety test (DGUV V3 / DIN VDE 0701-0702) of one item.

    Measured values are integers in the unit their name says (milliohm, kiloohm,
    microampere), so no float ever holds a measurement; ``None``: not measured (tests
    recorded before 0008, or a value that does not apply, e.g. no protective conductor).
    """

    __tablename__ = "safety_test"

    id: Mapped[int] = mapped_column(primary_key=True)
    item_id: Mapped[int] = mapped_column(ForeignKey("item.id"), index=True)
    tested_at: Mapped[datetime] = mapped_column(UTCDateTime)
    tester: Mapped[str] = mapped_column(String(80))
    passed: Mapped[bool]
    device_id: Mapped[str] = mapped_column(String(60), default="")
    notes: Mapped[str] = mapped_column(String(300), default="")
    visual_ok: Mapped[bool | None] = mapped_column(default=None)
    pe_resistance_mohm: Mapped[int | None] = mapped_column(default=None)
    insulation_kohm: Mapped[int | None] = mapped_column(default=None)
    leakage_ua: Mapped[int | None] = mapped_column(default=None)
    recorded_by: Mapped[int | None] = mapped_column(ForeignKey("user.id"), default=None)
    recorded_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class RepairNote(Base):
    """A note on repair work done, with parts used."""

    __tablename__ = "repair_note"

    id: Mapped[int] = mapped_column(primary_key=True)
    item_id: Mapped[int] = mapped_column(ForeignKey("item.id"), index=True)
    note: Mapped[str] = mapped_column(String(500))
    parts: Mapped[str] = mapped_column(String(300), default="")
    user_id: Mapped[int | None] = mapped_column(ForeignKey("user.id"), default=None)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class Disposal(Base):
    """Where an item went when it left the shop floor without a sale."""

    __tablename__ = "disposal"

    id: Mapped[int] = mapped_column(primary_key=True)
    item_id: Mapped[int] = mapped_column(ForeignKey("item.id"), index=True)
    kind: Mapped[str] = mapped_column(String(10))  # enums.DISPOSAL_KINDS
    material_stream: Mapped[str] = mapped_column(String(12))
    weight_g: Mapped[int]
    user_id: Mapped[int | None] = mapped_column(ForeignKey("user.id"), default=None)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
