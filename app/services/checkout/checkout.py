"""Finishing a sale: one transaction with the sale, its lines, payments, the items marked
sold, one audit entry and one ``sale.completed`` outbox event.

Services never commit: ``Backend.call(actor, finish_sale, cart, payments)`` commits (and
SQLite fsyncs) before the caller prints or opens the drawer (see ``sale_flow``).
The hot path uses Core statements only: no ORM unit of work, no per-row selects.
"""

from __future__ import annotations

import uuid as uuidlib
from dataclasses import dataclass
from typing import Any

from sqlalchemy import bindparam, select, update

from app.db import fast_sql
from app.db.models import Item, Sale, SaleLine
from app.errors import ConflictError, ValidationError
from app.services.cash import sessions as cash_sessions
from app.services.catalog.vat import VAT_KINDS
from app.services.checkout import messages as msg
from app.services.checkout import records as sale_records
from app.services.checkout.cart import Cart, policy_of
from app.services.checkout.records import SaleResult
from app.services.fiscal import tse_records
from app.services.impact import recording as impact_records
from app.services.kernel import audit, outbox
from app.services.kernel.context import Ctx
from app.services.kernel.formatting import format_cents
from app.services.kernel.roles import Permission
from app.services.policy.definitions import POLICY
from app.sync_schema import limits
from app.sync_schema.enums import EventType, ItemStatus, PaymentMethod, SaleKind, values

_SELL_ITEM = fast_sql.Prepared(
    update(Item).where(Item.id == bindparam("iid"), Item.status == ItemStatus.READY.value)
    .values(status=ItemStatus.SOLD.value, status_changed_at=bindparam("now"))
)


@dataclass(frozen=True)
class PaymentInput:
    """Cash: what the customer handed over. Card: what the terminal charged."""

    method: str
    amount_cents: int
    reference: str = ""


def cash(cents: int) -> PaymentInput:
    return PaymentInput(PaymentMethod.CASH, cents)


def card(cents: int, reference: str = "") -> PaymentInput:
    return PaymentInput(PaymentMethod.CARD, cents, reference)


def open_cents(total_cents: int, payments: list[PaymentInput]) -> int:
    """What is still to pay (negative: change due) for the payments typed so far."""
    return total_cents - sum(p.amount_cents for p in payments if p.amount_cents > 0)


def check_card(cents: int, open_cents: int, card_max_cents: int) -> None:
    """Refuse a card payment above what is open (no change on a card) or above the store's
    card maximum (``POLICY.card_max_cents``; 0 = none), saying which limit it breaks."""
    if card_max_cents > 0 and cents > card_max_cents:
        raise ValidationError(msg.CARD_OVER_LIMIT.format(
            card=format_cents(cents), limit=format_cents(card_max_cents)))
    if cents > max(open_cents, 0):
        raise ValidationError(msg.CARD_TOO_MUCH.format(card=format_cents(cents),
                                                       open=format_cents(max(open_cents, 0))))


def settle(total_cents: int, payments: list[PaymentInput],
           card_max_cents: int = 0) -> tuple[list[dict[str, Any]], int]:
    """Payment rows (cash net of change) and the change; refuse paying too little, and a
    card payment above the store's card maximum (0 = none)."""
    card_rows: list[dict[str, Any]] = []
    tendered = 0
    for p in payments:
        if p.method not in values(PaymentMethod):
            raise ValidationError(msg.PAYMENT_METHOD.format(method=p.method))
        if p.amount_cents <= 0:
            raise ValidationError(msg.PAYMENT_NEGATIVE)
        if p.method == PaymentMethod.CASH:
            tendered += p.amount_cents
        else:
            if card_max_cents > 0 and p.amount_cents > card_max_cents:
                raise ValidationError(msg.CARD_OVER_LIMIT.format(
                    card=format_cents(p.amount_cents), limit=format_cents(card_max_cents)))
            card_rows.append({"method": PaymentMethod.CARD.value,
                              "amount_cents": p.amount_cents,
                              "tendered_cents": p.amount_cents, "change_cents": 0,
                              "reference": " ".join(p.reference.split())[
                                  :limits.REFERENCE_LENGTH]})
    card_total = sum(r["amount_cents"] for r in card_rows)
    if card_total > total_cents:
        raise ValidationError(msg.CARD_TOO_MUCH.format(card=format_cents(card_total),
                                                       open=format_cents(total_cents)))
    open_cents = total_cents - card_total
    if tendered < open_cents:
        raise ValidationError(msg.PAYMENT_MISSING.format(
            missing=format_cents(open_cents - tendered)))
    change = tendered - open_cents
    rows = card_rows
    if open_cents > 0:
        rows = [{"method": PaymentMethod.CASH.value, "amount_cents": open_cents,
                 "tendered_cents": tendered,
                 "change_cents": change, "reference": ""}, *card_rows]
    return rows, change


def line_rows(cart: Cart) -> list[dict[str, Any]]:
    """Sale-line column values; the sale discount is folded into each line's discount."""
    rows = []
    for line, total in zip(cart.lines, cart.line_totals(), strict=True):
        rows.append({
            "item_id": line.item_id, "item_code": line.item_code,
            "category_id": line.category_id,
            "description": line.description[:limits.DESCRIPTION_LENGTH],
            "quantity": line.quantity, "unit_price_cents": line.unit_price_cents,
            "discount_cents": line.gross_cents - total, "total_cents": total,
            "vat_kind": line.vat_kind, "vat_rate_bp": VAT_KINDS[line.vat_kind].rate_bp,
            "needs_reconciliation": line.needs_reconciliation,
        })
    return rows


def _discount_details(cart: Cart) -> dict[str, Any]:
    out: dict[str, Any] = {}
    approved = {ln.discount_approved_by for ln in cart.lines if ln.discount_approved_by}
    if cart.discount is not None:
        out["sale_discount_cents"] = cart.sale_discount_cents
        if cart.discount.approved_by:
            approved.add(cart.discount.approved_by)
    if approved:
        out["discount_approved_by"] = sorted(approved)
    markdowns = {ln.item_code: ln.markdown_percent for ln in cart.lines if ln.markdown_percent}
    if markdowns:
        out["markdowns"] = markdowns
    return out


def _gone(ctx: Ctx, cart: Cart, item_ids: list[int]) -> list[str]:
    """Items of the cart that were not ``ready``: sold before (have a line) or moved away."""
    earlier = set(ctx.session.scalars(select(SaleLine.item_id).join(
        Sale, Sale.id == SaleLine.sale_id).where(SaleLine.item_id.in_(item_ids),
                                                 Sale.kind == SaleKind.SALE.value)))
    moved = set(ctx.session.scalars(select(Item.id).where(
        Item.id.in_(item_ids), Item.status != ItemStatus.SOLD.value)))
    return [ln.item_code or "?" for ln in cart.lines
            if ln.item_id is not None and ln.item_id in earlier | moved]


def finish_sale(ctx: Ctx, cart: Cart, payments: list[PaymentInput], note: str = "") -> SaleResult:
    """Record the sale in the caller's transaction; items become ``sold``.

    No sale without an open cash session (the till is opened with a float first).
    """
    ctx.require(Permission.SELL)
    cash_sessions.require_open_till(ctx)
    if not cart.lines:
        raise ValidationError(msg.CART_EMPTY)
    lines = line_rows(cart)
    total = sum(row["total_cents"] for row in lines)
    if total <= 0:
        raise ValidationError(msg.SALE_ZERO_TOTAL)
    pay_rows, change = settle(total, payments,
                              policy_of(cart).get(POLICY.card_max_cents))
    now = ctx.now()
    item_ids = [ln.item_id for ln in cart.lines if ln.item_id is not None]
    if item_ids:
        changed = fast_sql.execute_many(ctx, _SELL_ITEM,
                                        [{"iid": i, "now": now} for i in item_ids])
        if changed != len(item_ids):  # rare: name the culprits; raising rolls all back
            raise ConflictError(msg.ITEM_GONE_AT_CHECKOUT.format(
                codes=", ".join(_gone(ctx, cart, item_ids))))
    sale_uuid = str(uuidlib.uuid4())
    started = cart.started_at or now
    written = sale_records.write(ctx, uuid=sale_uuid, kind=SaleKind.SALE, started_at=started,
                                 total_cents=total, lines=lines, payments=pay_rows, note=note)
    impact_records.sold(ctx, written.sale_id)
    tse_records.pending_receipt(
        ctx, written.sale_id, "sale", [(r["vat_kind"], r["total_cents"]) for r in lines],
        [(r["method"], r["amount_cents"]) for r in pay_rows], cart.tse_tx)
    extra = _discount_details(cart)
    audit.record_fast(ctx, "sale.completed", "sale", sale_uuid,
                      receipt_number=written.receipt_number, total_cents=total,
                      items=[ln.item_code for ln in cart.lines if ln.item_code],
                      payments={r["method"]: r["amount_cents"] for r in pay_rows},
                      change_cents=change, **extra)
    outbox.emit_fast(ctx, EventType.SALE_COMPLETED, sale_records.event_payload(
        ctx, written, uuid=sale_uuid, kind=SaleKind.SALE, started_at=started,
        total_cents=total, lines=lines, payments=pay_rows, note=note[:limits.NOTE_LENGTH],
        **extra))
    return sale_records.result(ctx, written, sale_uuid, SaleKind.SALE, total, change)


def cancel_sale(ctx: Ctx, cart: Cart, reason: str = "") -> SaleResult:
    """Record an aborted sale (kind ``cancelled``, its lines, total 0, nothing paid)."""
    ctx.require(Permission.SELL)
    cash_sessions.require_open_till(ctx)
    if not cart.lines:
        raise ValidationError(msg.CART_EMPTY)
    lines = line_rows(cart)
    sale_uuid = str(uuidlib.uuid4())
    started = cart.started_at or ctx.now()
    note = " ".join(reason.split())[:limits.NOTE_LENGTH]
    written = sale_records.write(ctx, uuid=sale_uuid, kind=SaleKind.CANCELLED,
                                 started_at=started, total_cents=0, lines=lines, payments=[],
                                 note=note)
    tse_records.pending_receipt(ctx, written.sale_id, SaleKind.CANCELLED, [], [], cart.tse_tx)
    audit.record_fast(ctx, "sale.cancelled", "sale", sale_uuid,
                      receipt_number=written.receipt_number,
                      cart_total_cents=sum(r["total_cents"] for r in lines), reason=note)
    outbox.emit_fast(ctx, EventType.SALE_CANCELLED, sale_records.event_payload(
        ctx, written, uuid=sale_uuid, kind=SaleKind.CANCELLED, started_at=started,
        total_cents=0, lines=lines, payments=[], note=note))
    return sale_records.result(ctx, written, sale_uuid, SaleKind.CANCELLED, 0)
