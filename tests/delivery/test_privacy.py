"""Customer data of deliveries is removed once its time is up: in the order, its status
notes and the till's copy of the sent event; the statistics stay; the records' guards let
nothing else change."""

from __future__ import annotations

import pytest
from sqlalchemy import select, text
from sqlalchemy.exc import DatabaseError

from app.db.models import DeliveryOrder, DeliveryStatusChange, OutboxEvent
from app.services.delivery import orders, privacy
from app.services.delivery.orders import StatusInput
from app.services.kernel.backend import Backend
from app.services.kernel.context import SYSTEM, Actor
from app.sync_schema.enums import DeliveryStatus, EventType
from app.sync_schema.payloads import DELIVERY_BLANK, DeliveryPayload
from tests.delivery.test_orders import events, order_for
from tests.helpers.clock import Clock
from tests.impact.helpers import sell


def _delivered(backend: Backend, cashier: Actor, clock: Clock) -> str:
    sale = sell(backend, cashier, ("Möbel", "25,00", 1))
    number = backend.call(cashier, orders.book, order_for(sale.sale_id, clock)).order.number
    clock.advance(hours=5)
    backend.call(cashier, orders.set_status, StatusInput(
        number, DeliveryStatus.DELIVERED, note="Frau Muster war da", km="4,2"))
    return number


def _ack_all(backend: Backend) -> None:
    with backend.write() as ctx:
        ctx.session.execute(text("UPDATE outbox_event SET acked_at = '2026-11-26T12:00:00Z'"))


def _order(backend: Backend, number: str) -> DeliveryOrder:
    with backend.read() as ctx:
        order = ctx.session.scalar(select(DeliveryOrder).where(DeliveryOrder.number == number))
        assert order is not None
        ctx.session.expunge(order)
        return order


@pytest.mark.usefixtures("open_till")
def test_customer_data_goes_after_the_configured_days_and_the_statistics_stay(
        backend: Backend, cashier: Actor, manager: Actor, clock: Clock) -> None:
    number = _delivered(backend, cashier, clock)
    _ack_all(backend)
    clock.advance(days=29)
    assert backend.call(SYSTEM, privacy.anonymise_due) == 0
    assert _order(backend, number).name == "Erika Muster"
    clock.advance(days=2)
    assert backend.call(SYSTEM, privacy.anonymise_due) == 1
    order = _order(backend, number)
    assert (order.name, order.street, order.phone, order.notes) == ("", "", "", "")
    assert order.anonymised_at is not None
    assert (order.postcode, order.city, order.weight_g, order.km_m) == (
        "59821", "Arnsberg", 35_000 + 2 * 2_680, 4_200)
    assert order.lat_e6 % 10_000 == 0 and order.lon_e6 % 10_000 == 0
    with backend.read() as ctx:
        notes = ctx.session.scalars(select(DeliveryStatusChange.note)).all()
    assert notes and set(notes) == {""}
    sent = events(backend, EventType.DELIVERY_BOOKED)[0]
    assert sent["name"] == sent["street"] == sent["phone"] == sent["notes"] == DELIVERY_BLANK
    assert sent["postcode"] == "59821"
    DeliveryPayload.model_validate(sent)  # the scrubbed copy still fits its model
    told = events(backend, EventType.DELIVERY_ANONYMISED)
    assert len(told) == 1 and told[0]["station"] == 1
    view = backend.query(manager, orders.get, number)
    assert view.anonymised and view.name == "" and view.weight_g == order.weight_g
    assert backend.call(SYSTEM, privacy.anonymise_due) == 0  # once only
    assert len(events(backend, EventType.DELIVERY_ANONYMISED)) == 1


@pytest.mark.usefixtures("open_till")
def test_an_unsent_copy_is_blanked_by_a_later_run_after_the_push(
        backend: Backend, cashier: Actor, clock: Clock) -> None:
    _delivered(backend, cashier, clock)
    clock.advance(days=31)
    assert backend.call(SYSTEM, privacy.anonymise_due) == 1
    assert events(backend, EventType.DELIVERY_BOOKED)[0]["name"] == "Erika Muster"
    _ack_all(backend)
    assert backend.call(SYSTEM, privacy.anonymise_due) == 0
    assert events(backend, EventType.DELIVERY_BOOKED)[0]["name"] == DELIVERY_BLANK


@pytest.mark.usefixtures("open_till")
def test_an_order_still_on_its_way_keeps_its_data(backend: Backend, cashier: Actor,
                                                  clock: Clock) -> None:
    sale = sell(backend, cashier, ("Möbel", "25,00", 1))
    number = backend.call(cashier, orders.book, order_for(sale.sale_id, clock)).order.number
    clock.advance(days=90)
    assert backend.call(SYSTEM, privacy.anonymise_due) == 0
    assert _order(backend, number).name == "Erika Muster"


def test_anonymising_on_request_needs_a_manager(backend: Backend, cashier: Actor,
                                               manager: Actor, clock: Clock,
                                               open_till: None) -> None:
    number = _delivered(backend, cashier, clock)
    from app.errors import PermissionDenied

    with pytest.raises(PermissionDenied):
        backend.call(cashier, privacy.anonymise_now, number)
    backend.call(manager, privacy.anonymise_now, number)
    assert _order(backend, number).name == ""


@pytest.mark.usefixtures("open_till")
@pytest.mark.parametrize("statement", [
    "UPDATE delivery_status_change SET note = 'anders'",
    "UPDATE delivery_status_change SET status = 'failed'",
    "DELETE FROM delivery_status_change",
    "UPDATE delivery_line SET weight_g = 1",
    "UPDATE outbox_event SET payload = '{}' WHERE type = 'delivery.booked'",  # not acked
    "UPDATE outbox_event SET payload = '{}' WHERE type = 'sale.completed'",
])
def test_the_guards_let_only_blanking_through(backend: Backend, cashier: Actor, clock: Clock,
                                              statement: str) -> None:
    _delivered(backend, cashier, clock)
    with pytest.raises(DatabaseError), backend.write() as ctx:
        ctx.session.execute(text(statement))


@pytest.mark.usefixtures("open_till")
def test_an_acked_sale_event_stays_immutable(backend: Backend, cashier: Actor,
                                             clock: Clock) -> None:
    _delivered(backend, cashier, clock)
    _ack_all(backend)
    with pytest.raises(DatabaseError), backend.write() as ctx:
        ctx.session.execute(text(
            "UPDATE outbox_event SET payload = '{}' WHERE type != 'delivery.booked'"))
    with pytest.raises(DatabaseError), backend.write() as ctx:
        ctx.session.execute(text(
            "UPDATE outbox_event SET seq = seq + 1000 WHERE type = 'delivery.booked'"))
    with backend.read() as ctx:
        assert ctx.session.scalar(select(OutboxEvent.seq).where(
            OutboxEvent.type == EventType.DELIVERY_BOOKED)) is not None
