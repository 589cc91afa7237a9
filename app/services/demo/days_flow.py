"""Demo trading days: several weeks of sales, refunds, cash movements and closed days.

Every record goes through the real services (open with a float, checkout, refunds,
movements, Z closing), each day in one transaction with the clock set to the moment of
each event, so every report and export has something to show on a fresh install.
Sundays are closed. Nothing is added to a till that already has cash sessions.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta

from sqlalchemy import func, select

from app.db.models import CashSession, Category, Item, User
from app.errors import KasseError
from app.services.cash import closing
from app.services.cash import count as cash_count
from app.services.cash import sessions as cash_sessions
from app.services.checkout import cart as carts
from app.services.checkout import checkout, refunds
from app.services.demo import messages as demo_msg
from app.services.demo.catalogue import catalogue
from app.services.demo.flow import require_demo
from app.services.kernel.backend import Backend
from app.services.kernel.clock import BERLIN, berlin_today
from app.services.kernel.context import Actor, Ctx
from app.services.users import accounts as users
from app.sync_schema.enums import ItemStatus, MovementKind, PaymentMethod

FLOAT_CENTS = 15_000  # what stays in the drawer overnight
OPEN_AT, CLOSE_AT = time(9, 45), time(18, 15)
# Customers come between a quarter of an hour after opening and a quarter before the Z,
# so every sale lies inside its open session (README: no sale without an open till).
FIRST_SALE, LAST_SALE = time(10, 0), time(18, 0)
TOP_UP = time(12, 0)  # first day only: change from the safe
MIDDAY = time(13, 30)  # the withdrawal to the safe, booked in its place among the sales


@dataclass(frozen=True)
class DemoDays:
    days: int = 0
    sales: int = 0
    refunds: int = 0
    movements: int = 0


def _actor(ctx: Ctx, name: str) -> Actor | None:
    user = ctx.session.scalar(select(User).where(User.name == name))
    return None if user is None else users.actor_of(user)


def fill_days(backend: Backend, days: int = 21, seed: int = 7,
              progress: Callable[[int, int], None] | None = None) -> DemoDays:
    """Trade ``days`` calendar days ending yesterday (Berlin), closing each with a Z."""
    require_demo(backend.station)
    with backend.read() as ctx:
        if ctx.session.scalar(select(func.count()).select_from(CashSession)):
            return DemoDays()
        manager, cashier = _actor(ctx, "maria"), _actor(ctx, "kai")
    if manager is None or cashier is None or days <= 0:
        return DemoDays()
    rng = random.Random(seed)
    today = berlin_today(backend.clock)
    totals = [0, 0, 0, 0]
    for n in range(days, 0, -1):
        day = today - timedelta(days=n)
        if day.weekday() != 6:
            with backend.write(manager) as ctx:
                counts = _trade(ctx, day, rng, manager, cashier)
            with backend.write(manager) as ctx:
                _close_day(ctx, day, rng)
            totals = [a + b for a, b in zip(totals, (1, *counts), strict=True)]
        if progress:
            progress(days - n + 1, days)
    # Leave today's till open with the float the last Z left, so a newcomer can sell at once.
    with backend.write(manager) as ctx:
        if cash_sessions.current_session(ctx) is None:
            cash_sessions.open_session(ctx)
    return DemoDays(*totals)


def _at(day: date, moment: time) -> datetime:
    return datetime.combine(day, moment, BERLIN).astimezone(UTC)


def _fixed(at: datetime) -> Callable[[], datetime]:
    return lambda: at


def _minutes(start: time, end: time) -> int:
    return (end.hour * 60 + end.minute) - (start.hour * 60 + start.minute)


def _trade(ctx: Ctx, day: date, rng: random.Random, manager: Actor,
           cashier: Actor) -> tuple[int, int, int]:
    """One day: open, sell, refund, move cash, each at its own moment in that order
    (records follow the clock; ``_close_day`` closes it). The counts."""
    texts = catalogue().texts
    opened_at = _at(day, OPEN_AT)
    ctx.clock = _fixed(opened_at)
    first = cash_sessions.float_suggestion(ctx) == 0
    if first:
        cash_sessions.open_session(ctx, counted=cash_count.greedy(FLOAT_CENTS))
    else:
        cash_sessions.open_session(ctx)
    cats = list(ctx.session.scalars(select(Category).where(Category.active.is_(True))))
    # Only items that had arrived by the morning can be on the shelf that day.
    ready = list(ctx.session.scalars(select(Item.code).where(
        Item.status == ItemStatus.READY, Item.received_at < opened_at)
        .order_by(Item.id).limit(rng.randint(0, 4))))
    sales = refunded = moved = 0
    sold_ids: list[int] = []
    minutes = sorted(rng.sample(range(_minutes(FIRST_SALE, LAST_SALE)), rng.randint(18, 40)))
    # Cash movements at their own time of day, booked in their place among the sales.
    pending: list[tuple[datetime, Callable[[], int]]] = [
        (_at(day, TOP_UP), lambda: _top_up_change(ctx, day, first, manager)),
        (_at(day, MIDDAY), lambda: _midday(ctx, day, manager)),
    ]
    for k, minute in enumerate(minutes):
        at = _at(day, FIRST_SALE) + timedelta(minutes=minute)
        while pending and pending[0][0] <= at:
            moved += pending.pop(0)[1]()
        ctx.clock = _fixed(at)
        ctx.actor = cashier if k % 3 else manager
        cart = carts.Cart(started_at=at)
        try:
            if ready and rng.random() < 0.3:
                carts.scan(ctx, cart, ready.pop())
            for _ in range(rng.choice((1, 1, 1, 2, 3))):
                cat = rng.choice(cats)
                price = max(50, round(cat.default_price_cents * rng.uniform(0.5, 1.8) / 50) * 50)
                line = carts.add_category(ctx, cart, cat.id, price, rng.choice((1, 1, 1, 2)))
                if rng.random() < 0.08:
                    carts.set_line_discount(cart, line.key, percent=10)
            if rng.random() < 0.03:
                checkout.cancel_sale(ctx, cart, texts.cancel_reason)
                continue
            total = cart.total_cents
            reference = texts.card_reference.format(number=rng.randint(1000, 9999))
            pays = ([checkout.card(total, reference)]
                    if rng.random() < 0.35 else [checkout.cash(-(-total // 500) * 500)])
            sold_ids.append(checkout.finish_sale(ctx, cart, pays).sale_id)
            sales += 1
        except KasseError:
            continue  # an item sold meanwhile: the demo simply skips that customer
        if sold_ids and rng.random() < 0.04:
            refunded += _refund(ctx, rng.choice(sold_ids[:-1] or sold_ids))
    for _at_time, move in pending:
        moved += move()
    ctx.actor = manager
    return sales, refunded, moved


def _close_day(ctx: Ctx, day: date, rng: random.Random) -> None:
    """Count and close the day with a Z (its own transaction: a TSE signing after each
    commit has resolved the day's records by then, as at a real till)."""
    ctx.clock = _fixed(_at(day, CLOSE_AT))
    session = cash_sessions.require_open_session(ctx)
    expected = cash_sessions.expected_cash(ctx, session.id)
    off = rng.choice((0,) * 12 + (-50, -200, 100))
    counted = max(0, expected + off)
    comment = "" if counted == expected else catalogue().texts.difference_comment
    closing.close_session(ctx, cash_count.greedy(counted), comment,
                          banked_cents=max(0, counted - FLOAT_CENTS))


DEPOSIT_CENTS = 5_000


def _top_up_change(ctx: Ctx, day: date, first: bool, manager: Actor) -> int:
    """On the first demo day, coins from the safe (an Einlage), so every kind of cash
    movement is in the demo weeks; returns the number of movements booked."""
    if not first:
        return 0
    ctx.actor = manager
    ctx.clock = _fixed(_at(day, TOP_UP))
    cash_sessions.record_movement(ctx, MovementKind.DEPOSIT, DEPOSIT_CENTS,
                                  demo_msg.DEPOSIT_REASON)
    return 1


def _midday(ctx: Ctx, day: date, manager: Actor) -> int:
    """At 13:30 the manager takes cash to the safe above 400 €; on Fridays a small expense."""
    texts = catalogue().texts
    ctx.actor = manager
    ctx.clock = _fixed(_at(day, MIDDAY))
    session = cash_sessions.require_open_session(ctx)
    moved = 0
    if cash_sessions.expected_cash(ctx, session.id) > 40_000:
        cash_sessions.record_movement(ctx, MovementKind.WITHDRAWAL, 20_000,
                                      texts.withdrawal_reason)
        moved += 1
    if day.weekday() == 4:
        cash_sessions.record_movement(ctx, MovementKind.EXPENSE, 1_290, texts.expense_reason)
        moved += 1
    return moved


def _refund(ctx: Ctx, sale_id: int) -> int:
    """Refund the first line of a sale, in cash; 0 if nothing is left to refund."""
    try:
        sale = refunds.load(ctx, sale_id)
        line = next(ln for ln in sale.lines if ln.quantity_left > 0)
        refunds.refund(ctx, sale_id, [refunds.RefundRequest(line.line_id, 1)],
                       PaymentMethod.CASH, reason=catalogue().texts.refund_reason)
    except (KasseError, StopIteration):
        return 0
    return 1
