"""Demo cargo-bike deliveries and donation pick-ups: done ones over the demo weeks (most
delivered, with or without km, one not met) and planned ones for today and the next two
days, so the dispatch list, the slips and the impact report have something to show.

Every order goes through the delivery services (``delivery.orders``) at the moment it
would have been booked; customers come from ``resources/demo/deliveries.toml``. Nothing is
added to a till that already has delivery orders.
"""

from __future__ import annotations

import random
import tomllib
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from functools import cache
from typing import Any

from sqlalchemy import func, select

from app.db.models import Category, DeliveryOrder, Sale, SaleLine, User
from app.errors import KasseError
from app.resource_files import resource_path
from app.services.catalog import categories as catalog
from app.services.catalog.categories import CategoryData
from app.services.delivery import loads, orders
from app.services.delivery.orders import LineInput, OrderInput, StatusInput
from app.services.demo.flow import require_demo
from app.services.impact.keys import SERVICE
from app.services.kernel.backend import Backend
from app.services.kernel.clock import BERLIN, berlin_today
from app.services.kernel.context import SYSTEM, Actor, Ctx
from app.services.users import accounts as users
from app.sync_schema.enums import DeliveryKind, DeliveryStatus, Role, SaleKind, VatKind

BULKY = ("furniture", "bicycle", "sewing_machine", "musical_instrument", "hifi")
WINDOWS = (("09:00", "11:00"), ("10:00", "12:00"), ("13:00", "15:00"), ("14:00", "16:00"),
           ("15:00", "17:00"))


@dataclass(frozen=True)
class DemoDeliveries:
    done: int = 0
    planned: int = 0


@cache
def _people() -> dict[str, Any]:
    return tomllib.loads(resource_path("demo", "deliveries.toml").read_text(encoding="utf-8"))


def _fixed(at: datetime) -> Callable[[], datetime]:
    return lambda: at


def _actor(ctx: Ctx, role: Role) -> Actor | None:
    user = ctx.session.scalar(select(User).where(User.role == role, User.active.is_(True))
                              .order_by(User.id).limit(1))
    return None if user is None else users.actor_of(user)


def _bulky_sales(ctx: Ctx, since: datetime) -> list[tuple[int, datetime]]:
    """Sales with a bulky piece (furniture, bikes …), oldest first."""
    return [(sale_id, finished) for sale_id, finished in ctx.session.execute(
        select(Sale.id, Sale.finished_at).join(SaleLine, SaleLine.sale_id == Sale.id)
        .join(Category, Category.id == SaleLine.category_id)
        .where(Sale.kind == SaleKind.SALE, Sale.finished_at >= since,
               Category.impact_key.in_(BULKY))
        .group_by(Sale.id).order_by(Sale.finished_at))]


def _order(kind: DeliveryKind, day: date, window: tuple[str, str], person: dict[str, Any],
           lines: tuple[LineInput, ...], fee_key: str = "none",
           sale_id: int | None = None) -> OrderInput:
    return OrderInput(
        kind, day, window[0], window[1], name=str(person["name"]),
        street=str(person["street"]), postcode=str(person["postcode"]),
        city=str(person["city"]), coordinates=str(person["coordinates"]),
        phone=str(person["phone"]), notes=str(person["notes"]), lines=lines,
        fee_key=fee_key, sale_id=sale_id)


def _delivery(ctx: Ctx, sale_id: int, day: date, window: tuple[str, str],
              person: dict[str, Any]) -> OrderInput:
    lines = tuple(LineInput(x.description, x.quantity, x.weight_g or 5_000, x.volume_l,
                            x.code) for x in orders.proposed_lines(ctx, sale_id))
    return _order(DeliveryKind.DELIVERY, day, window, person, lines, "city", sale_id)


def _pickup(day: date, window: tuple[str, str], person: dict[str, Any]) -> OrderInput:
    lines = tuple(LineInput(str(d), int(q), str(kg), str(litres))
                  for d, q, kg, litres in person["lines"])
    return _order(DeliveryKind.PICKUP, day, window, person, lines)


def _book(backend: Backend, actor: Actor, moment: datetime, data: OrderInput) -> str | None:
    try:
        with backend.write(actor) as ctx:
            ctx.clock = _fixed(moment)
            return orders.book(ctx, data).order.number
    except KasseError:  # e.g. a demo sale whose load no bike takes: the demo skips it
        return None


def _set(backend: Backend, actor: Actor, moment: datetime, number: str,
         status: DeliveryStatus, km: str = "") -> None:
    with backend.write(actor) as ctx:
        ctx.clock = _fixed(moment)
        orders.set_status(ctx, StatusInput(number, status, km=km))


def _fee_category(backend: Backend) -> None:
    """The category the Kasse sells delivery fees in (not goods: no climate figure)."""
    name = loads.config().fee_category
    with backend.write(SYSTEM) as ctx:
        if ctx.session.scalar(select(Category.id).where(Category.name == name)) is None:
            catalog.save_category(ctx, CategoryData(name, VatKind.NORMAL, impact_key=SERVICE))


def fill_deliveries(backend: Backend, days: int = 21, seed: int = 7) -> DemoDeliveries:
    """Up to two deliveries of bulky demo sales on each of the last ``days`` days (done
    the same afternoon), a pick-up every few days, and for today and the next two days
    planned deliveries of recent sales and pick-ups."""
    require_demo(backend.station)
    today = berlin_today(backend.clock)
    with backend.read() as ctx:
        if ctx.session.scalar(select(func.count()).select_from(DeliveryOrder)):
            return DemoDeliveries()
        cashier, volunteer = _actor(ctx, Role.CASHIER), _actor(ctx, Role.VOLUNTEER)
        start = datetime.combine(today - timedelta(days=max(days, 3)), time(0), BERLIN)
        sales = _bulky_sales(ctx, start)
    if cashier is None or volunteer is None:
        return DemoDeliveries()
    _fee_category(backend)
    rng = random.Random(seed)
    people = _people()
    customers, donors = people["customers"], people["donors"]
    done = planned = 0
    recent = [s for s in sales if s[1].astimezone(BERLIN).date() >= today - timedelta(days=3)]
    older = [s for s in sales if s not in recent]
    for n, (sale_id, finished) in enumerate(older):
        if rng.random() > 0.35:
            continue
        day = finished.astimezone(BERLIN).date()
        if day.weekday() == 6 or finished.astimezone(BERLIN).hour >= 14:
            continue
        person = customers[n % len(customers)]
        with backend.read() as ctx:
            data = _delivery(ctx, sale_id, day, WINDOWS[3], person)
        number = _book(backend, cashier, finished + timedelta(minutes=2), data)
        if number is None:
            continue
        evening = datetime.combine(day, time(17), BERLIN)
        status = DeliveryStatus.FAILED if rng.random() < 0.1 else DeliveryStatus.DELIVERED
        km = f"{rng.randint(20, 140) / 10:.1f}".replace(".", ",") if rng.random() < 0.6 else ""
        _set(backend, cashier, evening, number, status, km if status == "delivered" else "")
        done += 1
        if day.weekday() in (1, 4):
            donor = donors[day.toordinal() % len(donors)]
            booked = _book(backend, volunteer, datetime.combine(day, time(9), BERLIN),
                           _pickup(day, WINDOWS[2], donor))
            if booked is not None:
                _set(backend, volunteer, evening, booked, DeliveryStatus.DELIVERED)
                done += 1
    now = backend.clock()
    ahead = [today + timedelta(days=d) for d in range(3)]
    ahead = [d for d in ahead if d.weekday() != 6]
    for i, (sale_id, _finished) in enumerate(recent[:6]):
        day = ahead[i % len(ahead)] if ahead else today
        with backend.read() as ctx:
            data = _delivery(ctx, sale_id, day, WINDOWS[(i + 2) % len(WINDOWS)],
                             customers[i % len(customers)])
        if _book(backend, cashier, now, data) is not None:
            planned += 1
    for i, day in enumerate(ahead[:2]):
        if _book(backend, volunteer, now, _pickup(day, WINDOWS[4 - i],
                                                  donors[i % len(donors)])) is not None:
            planned += 1
    return DemoDeliveries(done, planned)
