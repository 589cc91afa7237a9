"""Selling at a test till: items taken in and made ready, sales paid in cash."""

from __future__ import annotations

from sqlalchemy import func, select

from app.db.models import OutboxEvent, Sale, SyncConflict, SyncReconciliation
from app.services.cash import sessions as cash_sessions
from app.services.checkout import cart as carts
from app.services.checkout import checkout
from app.services.kernel.backend import Backend
from tests.helpers.actors import actor
from tests.helpers.checkout import cart_with, category_id, take_in


def stock(backend: Backend, n: int, price: str = "4,00") -> list[str]:
    return take_in(backend, actor(backend, "vera"), price=price, quantity=n)


def open_till(backend: Backend) -> None:
    """Open a cash session with a float unless one is open (sales need one)."""
    with backend.read() as ctx:
        is_open = cash_sessions.current_session(ctx) is not None
    if not is_open:
        backend.call(actor(backend, "maria"), cash_sessions.open_session, float_cents=10_000)


def sell(backend: Backend, codes: list[str], *, category_books: int = 0) -> str:
    """One cash sale of ``codes`` plus ``category_books`` books by category key."""
    open_till(backend)
    cashier = actor(backend, "kai")
    cats = (("Bücher", "2,00", category_books),) if category_books else ()
    cart = cart_with(backend, cashier, codes, cats)
    total = sum(cart.line_totals())
    result = backend.call(cashier, checkout.finish_sale, cart, [checkout.cash(total)])
    return result.uuid


def sell_unknown(backend: Backend, code: str, price: str = "5,00") -> str:
    open_till(backend)
    cashier = actor(backend, "kai")
    cart = carts.Cart()
    backend.query(cashier, carts.add_unknown_code, cart, code, price,
                  category_id(backend, "Bücher"))
    total = sum(cart.line_totals())
    return backend.call(cashier, checkout.finish_sale, cart, [checkout.cash(total)]).uuid


def outbox_ids(backend: Backend) -> set[str]:
    with backend.read() as ctx:
        return set(ctx.session.scalars(select(OutboxEvent.event_id)))


def sale_ids(backend: Backend) -> set[str]:
    with backend.read() as ctx:
        return set(ctx.session.scalars(select(Sale.uuid)))


def pending(backend: Backend) -> int:
    with backend.read() as ctx:
        return ctx.session.scalar(select(func.count()).select_from(OutboxEvent)
                                  .where(OutboxEvent.acked_at.is_(None))) or 0


def conflicts(backend: Backend) -> list[tuple[str, str]]:
    with backend.read() as ctx:
        return [(c.item_code, c.sale_uuid) for c in ctx.session.scalars(select(SyncConflict))]


def reconciliations(backend: Backend) -> int:
    with backend.read() as ctx:
        return ctx.session.scalar(select(func.count()).select_from(SyncReconciliation)) or 0
