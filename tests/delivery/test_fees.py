"""The delivery fee is sold right after the booking as a line of the store's fee
category: its own receipt, VAT normal, no climate figure (it is not goods)."""

from __future__ import annotations

import pytest

from app.errors import ValidationError
from app.services.catalog import categories
from app.services.checkout import cart as carts
from app.services.checkout import checkout
from app.services.delivery import fees, orders
from app.services.impact import figures as impact_figures
from app.services.impact.keys import SERVICE
from app.services.kernel.backend import Backend
from app.services.kernel.context import Actor
from tests.delivery.test_orders import order_for
from tests.helpers.clock import Clock
from tests.impact.helpers import impact_rows, sell

pytestmark = pytest.mark.usefixtures("open_till")


def _fee_category(backend: Backend, manager: Actor) -> None:
    backend.call(manager, categories.save_category, categories.CategoryData(
        name="Lieferung", impact_key=SERVICE))


def test_the_fee_goes_into_the_next_cart_and_is_no_goods(
        backend: Backend, cashier: Actor, manager: Actor, clock: Clock) -> None:
    _fee_category(backend, manager)
    sale = sell(backend, cashier, ("Möbel", "25,00", 1))
    number = backend.call(cashier, orders.book, order_for(sale.sale_id, clock)).order.number
    cart = carts.Cart()
    line = backend.query(cashier, fees.charge, cart, number)
    assert (line.description, line.unit_price_cents, line.vat_kind) == ("Lieferung", 900,
                                                                         "normal")
    paid = backend.call(cashier, checkout.finish_sale, cart, [checkout.cash(900)])
    assert impact_rows(backend, paid.sale_id) == []  # neither reused goods nor unknown
    with backend.read(manager) as ctx:
        report = impact_figures.period(ctx, clock.today, clock.today)
    assert report.total.items == 1 and report.total.unknown_lines == 0


def test_an_order_without_fee_or_a_store_without_the_category_is_refused(
        backend: Backend, cashier: Actor, manager: Actor, clock: Clock) -> None:
    sale = sell(backend, cashier, ("Möbel", "25,00", 1))
    number = backend.call(cashier, orders.book, order_for(sale.sale_id, clock)).order.number
    with pytest.raises(ValidationError, match="Warengruppe „Lieferung“"):
        backend.query(cashier, fees.charge, carts.Cart(), number)
    _fee_category(backend, manager)
    other = sell(backend, cashier, ("Lampen", "8,00", 1))
    free = backend.call(cashier, orders.book, order_for(other.sale_id, clock,
                                                        fee_key="none")).order.number
    with pytest.raises(ValidationError, match="keine Liefergebühr"):
        backend.query(cashier, fees.charge, carts.Cart(), free)
