"""Returns: find a sale (receipt barcode, number or date), choose lines, pay back.

A refund is a new receipt (kind ``refund``) with negative amounts whose lines point at
the sold lines (``refers_to_line_id``); nothing of the original changes. A line can be
refunded up to the quantity and amount sold, across several refunds, never more.
"""

from __future__ import annotations

import uuid as uuidlib
from collections import defaultdict
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import bindparam, func, select, update

from app.db.models import Item, Sale, SaleLine
from app.errors import ValidationError
from app.services.cash import sessions as cash_sessions
from app.services.checkout import messages as msg
from app.services.checkout import records as sale_records
from app.services.checkout.messages import KIND_LABELS
from app.services.checkout.receipts import find_sale_id
from app.services.checkout.records import SaleResult
from app.services.fiscal import tse_records
from app.services.impact import recording as impact_records
from app.services.kernel import audit, outbox
from app.services.kernel.context import Ctx
from app.services.kernel.roles import Permission
from app.sync_schema import limits
from app.sync_schema.enums import EventType, ItemStatus, PaymentMethod, SaleKind, values

_RESTOCK = (
    update(Item).where(Item.id.in_(bindparam("ids", expanding=True)),
                       Item.status == ItemStatus.SOLD.value)
    .values(status=ItemStatus.READY.value, status_changed_at=bindparam("now"))
    .returning(Item.code)
)


@dataclass(frozen=True)
class RefundableLine:
    line_id: int
    position: int
    description: str
    item_code: str | None
    has_item: bool
    quantity_sold: int
    quantity_left: int
    unit_price_cents: int
    amount_left_cents: int
    vat_kind: str


@dataclass(frozen=True)
class SaleForRefund:
    sale_id: int
    uuid: str
    receipt_number: int
    kind: str
    finished_at: datetime
    total_cents: int
    lines: tuple[RefundableLine, ...]


@dataclass(frozen=True)
class RefundRequest:
    """Refund ``quantity`` of a sold line; ``restock`` puts its item back to ``ready``."""

    line_id: int
    quantity: int = 1
    restock: bool = False


def load(ctx: Ctx, sale_id: int) -> SaleForRefund:
    """A sale with what is still refundable on each line."""
    sale = ctx.session.get(Sale, sale_id)
    if sale is None or sale.station_id != ctx.station_id:
        raise ValidationError(msg.SALE_NOT_FOUND.format(text=sale_id))
    lines = ctx.session.scalars(select(SaleLine).where(SaleLine.sale_id == sale_id)
                                .order_by(SaleLine.position)).all()
    done = dict.fromkeys((ln.id for ln in lines), (0, 0))
    if lines:
        rows = ctx.session.execute(
            select(SaleLine.refers_to_line_id, func.sum(SaleLine.quantity),
                   func.sum(SaleLine.total_cents))
            .where(SaleLine.refers_to_line_id.in_(list(done)))
            .group_by(SaleLine.refers_to_line_id))
        for line_id, qty, cents in rows:
            if line_id is not None:
                done[line_id] = (-int(qty), -int(cents))
    return SaleForRefund(sale.id, sale.uuid, sale.receipt_number, sale.kind, sale.finished_at,
                         sale.total_cents, tuple(
        RefundableLine(ln.id, ln.position, ln.description, ln.item_code,
                       ln.item_id is not None, ln.quantity, ln.quantity - done[ln.id][0],
                       ln.unit_price_cents, ln.total_cents - done[ln.id][1], ln.vat_kind)
        for ln in lines))


def find(ctx: Ctx, text: str) -> SaleForRefund:
    """The sale behind a scanned receipt barcode or a typed receipt number."""
    return load(ctx, find_sale_id(ctx, text))


def amount_for(line: RefundableLine, quantity: int) -> int:
    """What refunding ``quantity`` of ``line`` pays back (the returns dialog shows it)."""
    return _amount(line, quantity)


def _amount(line: RefundableLine, quantity: int) -> int:
    if quantity == line.quantity_left:
        return line.amount_left_cents
    per_unit = (line.amount_left_cents * quantity) // line.quantity_left
    return min(per_unit, line.amount_left_cents)


def refund(ctx: Ctx, sale_id: int, requests: list[RefundRequest],
           method: str = PaymentMethod.CASH,
           reference: str = "", reason: str = "") -> SaleResult:
    """Record a refund receipt for the chosen lines and pay it back in cash or by card."""
    ctx.require(Permission.SELL)
    cash_sessions.require_open_till(ctx)  # money goes out of an open drawer only
    if method not in values(PaymentMethod):
        raise ValidationError(msg.REFUND_CASH_ONLY_CASH)
    original = load(ctx, sale_id)
    if original.kind != SaleKind.SALE:
        raise ValidationError(msg.REFUND_WRONG_KIND.format(kind=KIND_LABELS[original.kind]))
    wanted: dict[int, int] = defaultdict(int)
    restock: set[int] = set()
    for req in requests:
        if req.quantity < 1:
            raise ValidationError(msg.REFUND_NOTHING)
        wanted[req.line_id] += req.quantity
        if req.restock:
            restock.add(req.line_id)
    if not wanted:
        raise ValidationError(msg.REFUND_NOTHING)
    by_id = {ln.line_id: ln for ln in original.lines}
    full = {ln.line_id: ctx.session.get(SaleLine, ln.line_id) for ln in original.lines}
    rows: list[dict[str, Any]] = []
    for line_id, qty in wanted.items():
        line = by_id.get(line_id)
        if line is None:
            raise ValidationError(msg.REFUND_LINE_UNKNOWN.format(line=line_id))
        fields = {"position": line.position, "description": line.description}
        if line.quantity_left <= 0 or line.amount_left_cents <= 0:
            raise ValidationError(msg.REFUND_ALREADY.format(**fields))
        if qty > line.quantity_left:
            raise ValidationError(msg.REFUND_TOO_MANY.format(left=line.quantity_left,
                                                             wanted=qty, **fields))
        sold = full[line_id]
        assert sold is not None
        amount = _amount(line, qty)
        rows.append({
            "item_id": sold.item_id, "item_code": sold.item_code,
            "category_id": sold.category_id, "description": sold.description,
            "quantity": -qty, "unit_price_cents": sold.unit_price_cents,
            "discount_cents": -(sold.unit_price_cents * qty - amount), "total_cents": -amount,
            "vat_kind": sold.vat_kind, "vat_rate_bp": sold.vat_rate_bp,
            "needs_reconciliation": False, "refers_to_line_id": line_id,
        })
    total = sum(r["total_cents"] for r in rows)
    payments = [{"method": method, "amount_cents": total, "tendered_cents": total,
                 "change_cents": 0,
                 "reference": " ".join(reference.split())[:limits.REFERENCE_LENGTH]}]
    restocked: list[str] = []
    item_ids = [sold.item_id for i in restock
                if (sold := full.get(i)) is not None and sold.item_id is not None]
    if item_ids:
        restocked = list(ctx.session.connection().execute(
            _RESTOCK, {"ids": item_ids, "now": ctx.now()}).scalars())
    refund_uuid = str(uuidlib.uuid4())
    now = ctx.now()
    note = " ".join(reason.split())[:limits.NOTE_LENGTH]
    written = sale_records.write(ctx, uuid=refund_uuid, kind=SaleKind.REFUND, started_at=now,
                                 total_cents=total, lines=rows, payments=payments,
                                 refers_to_sale_id=sale_id, note=note)
    impact_records.refunded(ctx, written.sale_id)
    tse_records.pending_receipt(ctx, written.sale_id, "refund",
                                [(r["vat_kind"], r["total_cents"]) for r in rows],
                                [(p["method"], p["amount_cents"]) for p in payments])
    audit.record_fast(ctx, "sale.refunded", "sale", refund_uuid,
                      receipt_number=written.receipt_number,
                      original_receipt=original.receipt_number, total_cents=total,
                      method=method, restocked=restocked, reason=note)
    outbox.emit_fast(ctx, EventType.REFUND_COMPLETED, sale_records.event_payload(
        ctx, written, uuid=refund_uuid, kind=SaleKind.REFUND, started_at=now, total_cents=total,
        lines=rows, payments=payments, refers_to_receipt=original.receipt_number,
        refers_to_uuid=original.uuid,
        restocked=restocked, note=note))
    return sale_records.result(ctx, written, refund_uuid, SaleKind.REFUND, total)
