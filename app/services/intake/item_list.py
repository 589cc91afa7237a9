"""The item list of the intake area: search and filters, with today's price."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import func, or_, select

from app.db.models import Category, Item
from app.services.catalog import markdowns
from app.services.intake.messages import STATUS_LABELS
from app.services.kernel.context import Ctx


@dataclass(frozen=True)
class ItemFilter:
    text: str = ""
    status: str | None = None
    category_id: int | None = None
    min_age_days: int | None = None
    unprinted_only: bool = False
    limit: int = 200
    offset: int = 0


@dataclass(frozen=True)
class ItemRow:
    code: str
    description: str
    condition: str
    category: str
    status: str
    status_label: str
    price_cents: int
    current_cents: int
    markdown_percent: int
    weight_g: int
    received_at: datetime
    age_days: int
    label_printed: bool
    electrical: bool
    location: str


def search(ctx: Ctx, flt: ItemFilter) -> tuple[list[ItemRow], int]:
    """Items matching the filter (newest first) and the total count of matches."""
    query = select(Item, Category.name).join(Category, Category.id == Item.category_id)
    if flt.text.strip():
        needle = f"%{flt.text.strip()}%"
        query = query.where(or_(Item.code.like(needle), Item.description.like(needle),
                                Item.location.like(needle)))
    if flt.status:
        query = query.where(Item.status == flt.status)
    if flt.category_id is not None:
        query = query.where(Item.category_id == flt.category_id)
    now = ctx.now()
    if flt.min_age_days is not None:
        query = query.where(Item.received_at <= now - timedelta(days=flt.min_age_days))
    if flt.unprinted_only:
        query = query.where(Item.label_printed_at.is_(None))
    total = ctx.session.scalar(select(func.count()).select_from(query.subquery())) or 0
    rows = ctx.session.execute(query.order_by(Item.received_at.desc(), Item.id.desc())
                               .limit(flt.limit).offset(flt.offset)).all()
    rules = markdowns.load_rules(ctx)
    result = []
    for item, cat_name in rows:
        price = markdowns.price_for(item.price_cents, item.category_id, item.received_at, now,
                                    rules)
        result.append(ItemRow(
            code=item.code, description=item.description, condition=item.condition,
            category=cat_name,
            status=item.status, status_label=STATUS_LABELS[item.status],
            price_cents=item.price_cents, current_cents=price.cents,
            markdown_percent=price.percent, weight_g=item.weight_g,
            received_at=item.received_at, age_days=(now - item.received_at).days,
            label_printed=item.label_printed_at is not None, electrical=item.electrical,
            location=item.location))
    return result, total
