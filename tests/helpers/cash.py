"""Sales, voids and refunds through the checkout services, for the cash and report tests."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from app.db.models import Category, Sale
from app.services.checkout import cart as carts
from app.services.checkout import checkout, refunds
from app.services.checkout.records import SaleResult
from app.services.kernel.backend import Backend
from app.services.kernel.context import Actor, Ctx

FULL_DRAWER = {5000: 2, 2000: 5, 1000: 5, 500: 4, 200: 10, 100: 10}  # 300,00 €


@dataclass(frozen=True)
class Line:
    category: str
    price_cents: int
    quantity: int = 1
    discount_cents: int = 0


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
    """A full refund through the checkout's refund service (negative amounts)."""
    def run(ctx: Ctx) -> int:
        sale = refunds.load(ctx, sale_id)
        wanted = [refunds.RefundRequest(ln.line_id, ln.quantity_left) for ln in sale.lines]
        return refunds.refund(ctx, sale_id, wanted, method, reason="Defekt").sale_id
    return backend.call(who, run)


def sale_total(backend: Backend, sale_id: int) -> int:
    with backend.read() as ctx:
        total = ctx.session.scalar(select(Sale.total_cents).where(Sale.id == sale_id))
    assert total is not None
    return total
