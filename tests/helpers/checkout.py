"""Stock, carts and row counts through the real services, for the checkout tests."""

from __future__ import annotations

from sqlalchemy import func, select

from app.db.models import AuditEntry, Category, Item, OutboxEvent, Payment, Sale, SaleLine
from app.services.checkout import cart as carts
from app.services.intake import intake, lifecycle
from app.services.kernel.backend import Backend
from app.services.kernel.context import Actor


def take_in(backend: Backend, volunteer: Actor, *, category: str = "Bücher",
            price: str = "4,00", description: str = "", status: str = "ready",
            quantity: int = 1) -> list[str]:
    """Items taken in and moved to ``status``; returns their codes."""
    items = backend.call(volunteer, intake.take_in, intake.IntakeInput(
        category=category, price=price, description=description, quantity=quantity))
    codes = [i.code for i in items]
    for code in codes:
        if status in ("ready", "reserved"):
            backend.call(volunteer, lifecycle.move, code, "ready")
        if status == "reserved":
            backend.call(volunteer, lifecycle.move, code, "reserved")
        if status == "in_repair":
            backend.call(volunteer, lifecycle.move, code, "in_repair")
        if status in ("recycled", "disposed"):
            backend.call(volunteer, lifecycle.recycle, code, status, "paper", None)
    return codes


def category_id(backend: Backend, name: str) -> int:
    with backend.read() as ctx:
        cid = ctx.session.scalar(select(Category.id).where(Category.name == name))
    assert cid is not None
    return cid


def cart_with(backend: Backend, actor: Actor, codes: list[str],
              categories: tuple[tuple[str, str, int], ...] = ()) -> carts.Cart:
    cart = carts.Cart()
    for code in codes:
        outcome = backend.query(actor, carts.scan, cart, code)
        assert outcome.line is not None
    for name, price, qty in categories:
        backend.query(actor, carts.add_category, cart, category_id(backend, name), price, qty)
    return cart


def counts(backend: Backend) -> dict[str, int]:
    """Row counts of everything a sale writes, to prove a refusal wrote nothing."""
    with backend.read() as ctx:
        out = {m.__tablename__: ctx.session.scalar(select(func.count()).select_from(m)) or 0
               for m in (Sale, SaleLine, Payment, AuditEntry, OutboxEvent)}
        out["sold"] = ctx.session.scalar(select(func.count()).select_from(Item)
                                         .where(Item.status == "sold")) or 0
    return out


def item_status(backend: Backend, code: str) -> str:
    with backend.read() as ctx:
        status = ctx.session.scalar(select(Item.status).where(Item.code == code))
    assert status is not None
    return status
