"""Repair records (Open Repair Data Standard) and volunteer hours of the workshop.

Both are append-only (triggers of migration 0011): a wrong entry is corrected by a new one.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import CheckConstraint, Date, ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column

from app.db.models.base import Base
from app.db.types import UTCDateTime, utcnow
from app.sync_schema import limits
from app.sync_schema.enums import RepairBarrier, RepairStatus, values


def _in(column: str, kind: type[RepairStatus] | type[RepairBarrier]) -> str:
    return f"{column} IN ({', '.join(repr(v) for v in values(kind))})"


class RepairRecord(Base):
    """One repair attempt on an item: what was wrong, what came of it, who spent how long.

    ``repair_status`` and ``barrier`` hold the ORDS codelist texts; ``category`` is the
    item's category name at the time (the ORDS ``partner_product_category``)."""

    __tablename__ = "repair_record"
    __table_args__ = (
        CheckConstraint(_in("repair_status", RepairStatus), name="repair_status_known"),
        CheckConstraint(f"barrier IS NULL OR {_in('barrier', RepairBarrier)}",
                        name="repair_barrier_known"),
        CheckConstraint("minutes >= 0", name="repair_minutes_not_negative"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    uuid: Mapped[str] = mapped_column(String(limits.UUID_LENGTH), unique=True)
    item_id: Mapped[int] = mapped_column(ForeignKey("item.id"), index=True)
    category: Mapped[str] = mapped_column(String(limits.CATEGORY_NAME_LENGTH))
    impact_key: Mapped[str] = mapped_column(String(limits.IMPACT_KEY_LENGTH), default="")
    brand: Mapped[str] = mapped_column(String(limits.BRAND_LENGTH), default="")
    model: Mapped[str] = mapped_column(String(limits.MODEL_LENGTH), default="")
    year_of_manufacture: Mapped[int | None] = mapped_column(default=None)
    problem: Mapped[str] = mapped_column(String(limits.PROBLEM_LENGTH))
    repair_status: Mapped[str] = mapped_column(String(20))
    barrier: Mapped[str | None] = mapped_column(String(40), default=None)
    volunteer_id: Mapped[int | None] = mapped_column(ForeignKey("user.id"), default=None)
    volunteer_name: Mapped[str] = mapped_column(String(limits.USER_NAME_LENGTH), default="")
    minutes: Mapped[int] = mapped_column(default=0)
    parts: Mapped[str] = mapped_column(String(limits.PARTS_LENGTH), default="")
    repaired_on: Mapped[date] = mapped_column(Date, index=True)
    recorded_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class VolunteerHours(Base):
    """Time a volunteer gave on one day outside the recorded repairs (sorting, intake...)."""

    __tablename__ = "volunteer_hours"
    __table_args__ = (CheckConstraint("minutes > 0", name="volunteer_minutes_positive"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    uuid: Mapped[str] = mapped_column(String(limits.UUID_LENGTH), unique=True)
    volunteer_id: Mapped[int | None] = mapped_column(ForeignKey("user.id"), default=None)
    volunteer_name: Mapped[str] = mapped_column(String(limits.USER_NAME_LENGTH))
    worked_on: Mapped[date] = mapped_column(Date, index=True)
    minutes: Mapped[int]
    activity: Mapped[str] = mapped_column(String(limits.ACTIVITY_LENGTH))
    recorded_by: Mapped[int | None] = mapped_column(ForeignKey("user.id"), default=None)
    recorded_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
