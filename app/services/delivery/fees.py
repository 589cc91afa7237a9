"""Charging a booked order's delivery fee at the Kasse.

The goods were paid before the delivery was booked (a delivery belongs to a finished
sale); the fee is a service of its own and is sold right after as a line of the store's
fee category (``fee_category`` in ``resources/delivery/delivery.toml``), so it has its
receipt, VAT and DSFinV-K record like every other sale.
"""

from __future__ import annotations

from sqlalchemy import select

from app.db.models import Category
from app.errors import ValidationError
from app.services.checkout import cart as carts
from app.services.checkout.cart import Addition, Cart, CartBasis, CartLine
from app.services.delivery import loads
from app.services.delivery import messages as msg
from app.services.delivery.orders import order_row
from app.services.kernel.context import Ctx
from app.services.kernel.roles import Permission


def fee_category_id(ctx: Ctx) -> int:
    """The active category the fee is sold in; a German refusal naming it if missing."""
    name = loads.config().fee_category
    found = ctx.session.scalar(select(Category.id).where(Category.name == name,
                                                         Category.active.is_(True)))
    if found is None:
        raise ValidationError(msg.FEE_CATEGORY_MISSING.format(name=name))
    return found


def fee_line(ctx: Ctx, number: str, basis: CartBasis) -> Addition:
    """The cart line of order ``number``'s fee (the Kasse adds it to its cart)."""
    ctx.require(Permission.SELL)
    order = order_row(ctx, number)
    if order.fee_cents <= 0:
        raise ValidationError(msg.FEE_NONE.format(number=order.number))
    return carts.category_line(ctx, fee_category_id(ctx), order.fee_cents, 1, basis)


def charge(ctx: Ctx, cart: Cart, number: str) -> CartLine:
    """Put the fee of order ``number`` into ``cart``."""
    outcome = carts.add(cart, fee_line(ctx, number, CartBasis.of(cart)))
    assert outcome.line is not None
    return outcome.line
