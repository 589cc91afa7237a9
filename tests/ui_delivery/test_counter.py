"""The reads behind the delivery dialogs: a receipt's goods (or why it cannot be delivered),
the load as typed, the day at dispatch; no Qt involved."""

from __future__ import annotations

import pytest

from app.errors import ConflictError, NotFoundError, PermissionDenied
from app.services.delivery import counter, orders
from app.services.delivery.orders import LineInput
from app.services.kernel.backend import Backend
from app.services.kernel.context import Actor
from tests.helpers.clock import Clock
from tests.impact.helpers import sell
from tests.ui_delivery.test_dispatch_view import order

pytestmark = pytest.mark.usefixtures("open_till")


def test_a_receipt_brings_its_goods(backend: Backend, cashier: Actor) -> None:
    """By sale and by typed receipt number: the same goods with their weights."""
    sale = sell(backend, cashier, ("Möbel", "25,00", 1), ("Lampen", "8,00", 2))
    by_sale = backend.query(cashier, counter.goods_of_sale, sale.sale_id)
    by_number = backend.query(cashier, counter.goods_of_receipt, f" {sale.receipt_number} ")
    assert by_sale == by_number and by_sale.receipt_number == sale.receipt_number
    assert [(x.quantity, x.weight_g) for x in by_sale.lines] == [(1, 29_810), (2, 2_680)]


def test_a_receipt_that_cannot_be_delivered_is_refused(
        backend: Backend, cashier: Actor, volunteer: Actor, clock: Clock) -> None:
    """Unknown number, a sale already being delivered, a volunteer: German refusals."""
    with pytest.raises(NotFoundError, match="Keinen Bon mit „4711“"):
        backend.query(cashier, counter.goods_of_receipt, "4711")
    sale = sell(backend, cashier, ("Möbel", "25,00", 1))
    number = backend.call(cashier, orders.book, order(clock, sale.sale_id)).order.number
    with pytest.raises(ConflictError, match=f"schon die Lieferung {number}"):
        backend.query(cashier, counter.goods_of_sale, sale.sale_id)
    with pytest.raises(PermissionDenied):
        backend.query(volunteer, counter.goods_of_sale, sale.sale_id)


@pytest.mark.parametrize(("lines", "expected"), [
    ((LineInput("Sofa", 1, "35", "900"),), (35_000, 900, 1, "", "", "")),
    ((LineInput("Schrank", 3, "90", "600"),), (270_000, 1_800, 2, "auf 2 Fahrten", "", "")),
    ((LineInput("Klavier", 1, "250", "800"),), (250_000, 800, 0, "", "passt auf kein", "")),
    ((LineInput("Kiste", 1, ""),), (None, None, 0, "", "", "Gewicht von „Kiste“")),
    ((LineInput("Kiste", 1, "zwei"),), (None, None, 0, "", "", "kein Gewicht")),
])
def test_the_load_is_told_without_raising(
        backend: Backend, cashier: Actor, lines: tuple[LineInput, ...],
        expected: tuple[int | None, int | None, int, str, str, str]) -> None:
    """One trip, a split, a piece no vehicle takes, a weight missing or mistyped."""
    check = backend.query(cashier, counter.load_check, lines)
    weight, volume, trips, warning, refusal, incomplete = expected
    assert (check.weight_g, check.volume_l, check.trips) == (weight, volume, trips)
    for said, part in ((check.warning, warning), (check.refusal, refusal),
                       (check.incomplete, incomplete)):
        assert (part in said) if part else said == ""


@pytest.mark.parametrize(("grams", "text"), [
    (29_810, "29,81"), (2_680, "2,68"), (35_000, "35"), (500, "0,5"), (1, "0,001"), (0, "")])
def test_kg_text_reads_back_as_the_same_grams(grams: int, text: str) -> None:
    assert counter.kg_text(grams) == text


def test_the_day_at_dispatch_is_for_managers(backend: Backend, cashier: Actor,
                                             manager: Actor, clock: Clock) -> None:
    """Maria gets the orders and their plan together; Kai is refused."""
    sale = sell(backend, cashier, ("Möbel", "25,00", 1))
    backend.call(cashier, orders.book, order(clock, sale.sale_id))
    overview = backend.query(manager, counter.day_overview, clock.today)
    assert [o.name for o in overview.orders] == ["Erika Muster"]
    assert overview.plan.parts == 1 and len(overview.plan.dispatch.trips) == 1
    with pytest.raises(PermissionDenied):
        backend.query(cashier, counter.day_overview, clock.today)
