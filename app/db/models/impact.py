"""Climate impact: versioned factor sets and the impact each sale was computed with.

A factor set is never changed once stored: the shipped file (``resources/impact``) is
stored under its version, and a manager's adjustment is a new set ``based_on`` the
current one. Each sale line's impact (``SaleImpact``) names the set it was computed with,
so a later factor change never rewrites a past figure. All three tables are append-only
(SQLite triggers in migration 0010).
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import CheckConstraint, ForeignKey, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from app.db.models.base import Base
from app.db.types import UTCDateTime, utcnow

FACTOR_KINDS = ("category", "stream")


class ImpactFactorSet(Base):
    """One version of all climate factors (the newest is the current one)."""

    __tablename__ = "impact_factor_set"
    __table_args__ = (
        CheckConstraint("displacement_permille BETWEEN 0 AND 1000", name="displacement"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    version: Mapped[str] = mapped_column(String(40), unique=True)
    year: Mapped[int]
    displacement_permille: Mapped[int]
    displacement_source: Mapped[str] = mapped_column(String(300), default="")
    displacement_year: Mapped[int | None] = mapped_column(default=None)
    method: Mapped[str] = mapped_column(Text, default="")
    based_on_id: Mapped[int | None] = mapped_column(ForeignKey("impact_factor_set.id"),
                                                    default=None)
    note: Mapped[str] = mapped_column(String(300), default="")  # why a manager changed it
    created_by: Mapped[int | None] = mapped_column(ForeignKey("user.id"), default=None)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class ImpactFactor(Base):
    """One figure of a set: a category (per item or per kg) or a material stream (per kg).

    ``co2e_g`` is the CO2e of making a new item (``per_kg``: per kg of item weight),
    before displacement; for a stream the CO2e saved per kg recycled. NULL: unknown.
    """

    __tablename__ = "impact_factor"
    __table_args__ = (
        UniqueConstraint("factor_set_id", "kind", "key", name="uq_impact_factor_key"),
        CheckConstraint(f"kind IN {FACTOR_KINDS!r}", name="kind"),
        CheckConstraint("weight_g IS NULL OR weight_g >= 0", name="weight_nonneg"),
        CheckConstraint("co2e_g IS NULL OR co2e_g >= 0", name="co2e_nonneg"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    factor_set_id: Mapped[int] = mapped_column(ForeignKey("impact_factor_set.id"), index=True)
    kind: Mapped[str] = mapped_column(String(10))
    key: Mapped[str] = mapped_column(String(40))
    weight_g: Mapped[int | None] = mapped_column(default=None)
    co2e_g: Mapped[int | None] = mapped_column(default=None)
    per_kg: Mapped[bool] = mapped_column(default=False)
    estimate: Mapped[bool] = mapped_column(default=False)
    source: Mapped[str] = mapped_column(String(300))
    year: Mapped[int]
    weight_source: Mapped[str] = mapped_column(String(300), default="")
    weight_year: Mapped[int | None] = mapped_column(default=None)


class SaleImpact(Base):
    """The impact of one sale or refund line, computed when it was recorded.

    ``grams_reused``/``co2e_g`` are NULL when unknown (no weight, no factor) and negative
    on a refund line, which reverses the sold line with the sold line's factor set.
    """

    __tablename__ = "sale_impact"

    id: Mapped[int] = mapped_column(primary_key=True)
    sale_id: Mapped[int] = mapped_column(ForeignKey("sale.id"), index=True)
    sale_line_id: Mapped[int] = mapped_column(ForeignKey("sale_line.id"), unique=True)
    factor_set_id: Mapped[int] = mapped_column(ForeignKey("impact_factor_set.id"))
    impact_key: Mapped[str] = mapped_column(String(40))
    quantity: Mapped[int]
    grams_reused: Mapped[int | None] = mapped_column(default=None)
    co2e_g: Mapped[int | None] = mapped_column(default=None)
