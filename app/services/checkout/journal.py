"""The cashier's journal: the receipts of one day at this station, newest first."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import func, select

from app.db.models import Payment, Sale, SaleLine, User
from app.services.checkout.messages import METHOD_LABELS
from app.services.kernel.clock import berlin_day_range, berlin_today
from app.services.kernel.context import Ctx


@dataclass(frozen=True)
class JournalRow:
    sale_id: int
    receipt_number: int
    kind: str
    finished_at: datetime
    cashier: str
    total_cents: int
    line_count: int
    payments: str  # "Bar 12,50 €" style is for the UI; here "Bar, Karte"


def journal(ctx: Ctx, day: date | None = None, user_id: int | None = None) -> list[JournalRow]:
    """Receipts of ``day`` (Berlin; default today) at this station, optionally one cashier's."""
    start, end = berlin_day_range(day or berlin_today(ctx.clock))
    lines = (select(func.count()).where(SaleLine.sale_id == Sale.id)
             .correlate(Sale).scalar_subquery())
    query = (select(Sale.id, Sale.receipt_number, Sale.kind, Sale.finished_at,
                    User.display_name, Sale.total_cents, lines)
             .join(User, User.id == Sale.user_id)
             .where(Sale.station_id == ctx.station_id, Sale.finished_at >= start,
                    Sale.finished_at < end)
             .order_by(Sale.receipt_number.desc()))
    if user_id is not None:
        query = query.where(Sale.user_id == user_id)
    rows = ctx.session.execute(query).all()
    methods: dict[int, list[str]] = defaultdict(list)
    if rows:
        for sale_id, method in ctx.session.execute(
                select(Payment.sale_id, Payment.method).distinct()
                .where(Payment.sale_id.in_([r[0] for r in rows]))):
            methods[sale_id].append(METHOD_LABELS.get(method, method))
    return [JournalRow(r[0], r[1], r[2], r[3], r[4], r[5], r[6], ", ".join(sorted(methods[r[0]])))
            for r in rows]
