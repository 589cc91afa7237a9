"""Parking a cart (the customer fetches their wallet) and resuming it later.

The cart is stored as JSON. Resuming stamps the row instead of deleting it, and checks
that each labelled item is still for sale: an item sold meanwhile is dropped with a note.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select

from app.db.models import Item, ParkedCart, User
from app.errors import ConflictError, NotFoundError
from app.services.checkout import messages as msg
from app.services.checkout.cart import Cart, CartLine, SaleDiscount
from app.services.kernel import audit
from app.services.kernel.context import Ctx
from app.services.kernel.formatting import format_local
from app.services.kernel.roles import Permission
from app.services.policy.store import snapshot
from app.sync_schema.enums import ItemStatus


@dataclass(frozen=True)
class ParkedView:
    id: int
    label: str
    parked_at: datetime
    parked_by: str
    line_count: int
    total_cents: int


@dataclass(frozen=True)
class Resumed:
    cart: Cart
    notes: tuple[str, ...]  # German: lines dropped because their item is gone


def to_json(cart: Cart) -> dict[str, Any]:
    return {
        "lines": [asdict(line) for line in cart.lines],
        "discount": asdict(cart.discount) if cart.discount else None,
        "started_at": cart.started_at.isoformat() if cart.started_at else None,
        "tse_tx": cart.tse_tx,
    }


def from_json(data: dict[str, Any]) -> Cart:
    started = data.get("started_at")
    return Cart(lines=[CartLine(**line) for line in data["lines"]],
                discount=SaleDiscount(**data["discount"]) if data.get("discount") else None,
                started_at=datetime.fromisoformat(started) if started else None,
                tse_tx=data.get("tse_tx"))


def park(ctx: Ctx, cart: Cart, label: str = "") -> ParkedView:
    """Put the cart aside; the till can start the next sale."""
    ctx.require(Permission.SELL)
    if not cart.lines:
        raise ConflictError(msg.CART_EMPTY)
    row = ParkedCart(station_id=ctx.station_id, user_id=ctx.actor.user_id,
                     label=" ".join(label.split())[:60], line_count=len(cart.lines),
                     total_cents=cart.total_cents, payload=to_json(cart), parked_at=ctx.now())
    ctx.session.add(row)
    ctx.session.flush()
    audit.record_fast(ctx, "cart.parked", "parked_cart", row.id, total_cents=row.total_cents,
                      lines=row.line_count)
    return ParkedView(row.id, row.label, row.parked_at, ctx.actor.display_name or ctx.actor.name,
                      row.line_count, row.total_cents)


def list_parked(ctx: Ctx) -> list[ParkedView]:
    """Carts parked at this station and not yet resumed, oldest first."""
    rows = ctx.session.execute(
        select(ParkedCart, User.display_name).outerjoin(User, User.id == ParkedCart.user_id)
        .where(ParkedCart.station_id == ctx.station_id, ParkedCart.resumed_at.is_(None))
        .order_by(ParkedCart.parked_at, ParkedCart.id))
    return [ParkedView(p.id, p.label, p.parked_at, name or "", p.line_count, p.total_cents)
            for p, name in rows]


def resume(ctx: Ctx, parked_id: int) -> Resumed:
    """Take a parked cart back; items sold or reserved meanwhile are dropped with a note."""
    ctx.require(Permission.SELL)
    row = ctx.session.get(ParkedCart, parked_id)
    if row is None or row.station_id != ctx.station_id:
        raise NotFoundError(msg.PARKED_MISSING)
    if row.resumed_at is not None:
        raise ConflictError(msg.PARKED_RESUMED.format(when=format_local(row.resumed_at)))
    cart = from_json(row.payload)
    cart.policy = snapshot(ctx)  # today's store settings, as for a new cart
    ids = [ln.item_id for ln in cart.lines if ln.item_id is not None]
    ready: set[int] = set()
    if ids:
        ready = set(ctx.session.scalars(select(Item.id).where(Item.id.in_(ids),
                                                              Item.status == ItemStatus.READY)))
    notes = []
    for line in list(cart.lines):
        if line.item_id is not None and line.item_id not in ready:
            cart.lines.remove(line)
            notes.append(msg.PARKED_LINE_GONE.format(description=line.description,
                                                     code=line.item_code))
    row.resumed_at = ctx.now()
    row.resumed_by = ctx.actor.user_id
    ctx.session.flush()
    audit.record_fast(ctx, "cart.resumed", "parked_cart", row.id, dropped=len(notes))
    return Resumed(cart, tuple(notes))


def holding(ctx: Ctx, code: str) -> ParkedView | None:
    """The parked (not resumed) cart of this station that holds the item ``code``, if any.

    A labelled item is unique: scanned into a new cart while it waits in a parked one, it
    would be sold twice. Parked carts are few, so their JSON is read here, not indexed.
    """
    for view in list_parked(ctx):
        row = ctx.session.get(ParkedCart, view.id)
        if row is not None and any(line.get("item_code") == code
                                   for line in row.payload.get("lines", [])):
            return view
    return None


def parked_count(ctx: Ctx) -> int:
    """How many carts wait at this station (the park button shows it)."""
    return len(list_parked(ctx))
