"""Writing a receipt record (sale, refund or cancelled sale) with Core, in few statements.

One ``INSERT … RETURNING`` for the head (its gapless receipt number and the station's
newest cash session come from subqueries in the same statement), one multi-row insert
for the lines, one for the payments. Nothing is updated afterwards: the tables are
append-only.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import bindparam, func, insert, select

from app.db import fast_sql
from app.db.models import CashSession, Payment, Sale, SaleLine
from app.services.checkout.scan_lookup import receipt_code
from app.services.kernel.context import Ctx
from app.sync_schema import limits
from app.sync_schema.payloads import SalePayload

_NEXT_RECEIPT = (
    select(func.coalesce(func.max(Sale.receipt_number), 0) + 1)
    .where(Sale.station_id == bindparam("sid"))
    .scalar_subquery()
)
_CASH_SESSION = (
    select(CashSession.id).where(CashSession.station_id == bindparam("sid"))
    .order_by(CashSession.id.desc()).limit(1).scalar_subquery()
)
_INSERT_SALE = (
    insert(Sale).values(receipt_number=_NEXT_RECEIPT, cash_session_id=_CASH_SESSION)
    .returning(Sale.id, Sale.receipt_number, Sale.cash_session_id)
)
_HEAD_KEYS = ("uuid", "station_id", "kind", "user_id", "started_at", "finished_at",
              "total_cents", "refers_to_sale_id", "note")
LINE_KEYS = ("item_id", "item_code", "category_id", "description", "quantity",
             "unit_price_cents", "discount_cents", "total_cents", "vat_kind", "vat_rate_bp",
             "needs_reconciliation", "refers_to_line_id")
PAYMENT_KEYS = ("method", "amount_cents", "tendered_cents", "change_cents", "reference")
_SALE = fast_sql.Prepared(_INSERT_SALE, _HEAD_KEYS)
_LINE = fast_sql.Prepared(insert(SaleLine), ("sale_id", "position", *LINE_KEYS))
_PAYMENT = fast_sql.Prepared(insert(Payment), ("sale_id", *PAYMENT_KEYS))


@dataclass(frozen=True)
class SaleResult:
    """What the till shows after a sale, refund or cancellation was committed."""

    sale_id: int
    uuid: str
    kind: str
    receipt_number: int
    receipt_code: str
    total_cents: int
    change_cents: int = 0
    cash_session_id: int | None = None


@dataclass(frozen=True)
class Written:
    sale_id: int
    receipt_number: int
    cash_session_id: int | None


def write(ctx: Ctx, *, uuid: str, kind: str, started_at: datetime, total_cents: int,
          lines: list[dict[str, Any]], payments: list[dict[str, Any]],
          refers_to_sale_id: int | None = None, note: str = "") -> Written:
    """Insert head, lines and payments; ``lines``/``payments`` are column dicts."""
    sid = ctx.station_id
    head = fast_sql.execute(ctx, _SALE, {
        "uuid": uuid, "station_id": sid, "sid": sid, "kind": kind, "user_id": ctx.actor.user_id,
        "started_at": started_at, "finished_at": ctx.now(), "total_cents": total_cents,
        "refers_to_sale_id": refers_to_sale_id, "note": note[:limits.NOTE_LENGTH],
    })
    sale_id = head[0]
    if lines:
        fast_sql.execute_many(ctx, _LINE, [
            {"refers_to_line_id": None, **line, "sale_id": sale_id, "position": n}
            for n, line in enumerate(lines, 1)])
    if payments:
        fast_sql.execute_many(ctx, _PAYMENT, [{**p, "sale_id": sale_id} for p in payments])
    return Written(sale_id, head[1], head[2])


def event_payload(ctx: Ctx, written: Written, *, uuid: str, kind: str, started_at: datetime,
                  total_cents: int, lines: list[dict[str, Any]],
                  payments: list[dict[str, Any]], **extra: Any) -> SalePayload:
    """The full record as the central server learns it (``sale.completed`` and friends)."""
    station = ctx.station
    assert station is not None
    return SalePayload.model_validate({
        "uuid": uuid, "kind": kind, "station": station.number,
        "receipt_number": written.receipt_number, "cash_session_id": written.cash_session_id,
        "user": ctx.actor.name, "started_at": started_at, "finished_at": ctx.now(),
        "total_cents": total_cents,
        "lines": [{"position": n, **line} for n, line in enumerate(lines, 1)],
        "payments": payments, **extra,
    })


def result(ctx: Ctx, written: Written, uuid: str, kind: str, total_cents: int,
           change_cents: int = 0) -> SaleResult:
    station = ctx.station
    assert station is not None
    return SaleResult(written.sale_id, uuid, kind, written.receipt_number,
                      receipt_code(station.number, written.receipt_number), total_cents,
                      change_cents, written.cash_session_id)
