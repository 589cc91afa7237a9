"""Helpers for the cash-session and report tests: sales through the checkout service."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from sqlalchemy import select

from app.db.models import Category, Sale, SaleLine
from app.services import cart as carts
from app.services import checkout, sale_records
from app.services.backend import Backend
from app.services.context import Actor, Ctx
from app.services.sale_records import SaleResult

FULL_DRAWER = {5000: 2, 2000: 5, 1000: 5, 500: 4, 200: 10, 100: 10}  # 300,00 €


@dataclass(frozen=True)
class Line:
    category: str
    price_cents: int
    quantity: int = 1
    discount_cents: int = 0


def category_id(backend: Backend, name: str) -> int:
    with backend.read() as ctx:
        cid = ctx.session.scalar(select(Category.id).where(Category.name == name))
    assert cid is not None
    return cid


def add_reduced_category(backend: Backend, name: str = "Lebensmittel") -> int:
    """A 7 % category (the demo categories are all 19 %)."""
    with backend.db.write() as session:
        row = Category(name=name, vat_kind="reduced", default_price_cents=100, avg_weight_g=500)
        session.add(row)
        session.flush()
        return row.id


def _cart(ctx: Ctx, lines: list[Line]) -> carts.Cart:
    cart = carts.Cart()
    for ln in lines:
        cid = ctx.session.scalar(select(Category.id).where(Category.name == ln.category))
        assert cid is not None
        line = carts.add_category(ctx, cart, cid, ln.price_cents, ln.quantity)
        if ln.discount_cents:
            carts.set_line_discount(cart, line.key, cents=ln.discount_cents)
    return cart


def sell(backend: Backend, who: Actor, lines: list[Line], *, card: int = 0,
         tendered: int | None = None) -> SaleResult:
    """A finished sale; the rest after ``card`` is paid cash (``tendered`` or exact)."""
    def run(ctx: Ctx) -> SaleResult:
        cart = _cart(ctx, lines)
        pays = []
        if card:
            pays.append(checkout.card(card, "T-1"))
        rest = cart.total_cents - card
        if rest > 0:
            pays.append(checkout.cash(tendered if tendered is not None else rest))
        return checkout.finish_sale(ctx, cart, pays)
    return backend.call(who, run)


def void(backend: Backend, who: Actor, lines: list[Line]) -> SaleResult:
    """A cancelled sale (Belegabbruch) with its lines and nothing paid."""
    return backend.call(who, lambda ctx: checkout.cancel_sale(ctx, _cart(ctx, lines), "Abbruch"))


def refund_all(backend: Backend, who: Actor, sale_id: int, method: str = "cash") -> int:
    """A full refund as a new receipt with negative amounts pointing at the sale."""
    def run(ctx: Ctx) -> int:
        lines = ctx.session.scalars(select(SaleLine).where(SaleLine.sale_id == sale_id)).all()
        rows = [{"item_id": ln.item_id, "item_code": ln.item_code,
                 "category_id": ln.category_id, "description": ln.description,
                 "quantity": ln.quantity, "unit_price_cents": -ln.unit_price_cents,
                 "discount_cents": 0, "total_cents": -ln.total_cents, "vat_kind": ln.vat_kind,
                 "vat_rate_bp": ln.vat_rate_bp, "needs_reconciliation": False,
                 "refers_to_line_id": ln.id} for ln in lines]
        total = sum(r["total_cents"] for r in rows)
        written = sale_records.write(
            ctx, uuid=str(uuid.uuid4()), kind="refund", started_at=ctx.now(),
            total_cents=total, lines=rows, refers_to_sale_id=sale_id,
            payments=[{"method": method, "amount_cents": total, "tendered_cents": 0,
                       "change_cents": 0, "reference": ""}])
        return written.sale_id
    return backend.call(who, run)


def sale_total(backend: Backend, sale_id: int) -> int:
    with backend.read() as ctx:
        total = ctx.session.scalar(select(Sale.total_cents).where(Sale.id == sale_id))
    assert total is not None
    return total
