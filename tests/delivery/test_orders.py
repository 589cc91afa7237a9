"""Booking deliveries and pick-ups: loads from the sale, German refusals, trips, status,
who sees the customer's data, and the events the server gets."""

from __future__ import annotations

import json
from datetime import timedelta

import pytest
from sqlalchemy import select

from app.db.models import OutboxEvent
from app.errors import ConflictError, PermissionDenied, ValidationError
from app.services.delivery import orders
from app.services.delivery.orders import LineInput, OrderInput, StatusInput
from app.services.kernel.backend import Backend
from app.services.kernel.context import Actor
from app.sync_schema.enums import DeliveryKind, DeliveryStatus, EventType
from tests.helpers.clock import Clock
from tests.impact.helpers import sell

NEAR = "51,4050 8,0600"  # about 1 km from the store in Arnsberg


def order_for(sale_id: int | None, clock: Clock, **changes: object) -> OrderInput:
    values: dict[str, object] = dict(
        kind=DeliveryKind.DELIVERY, day=clock.today, window_from="14:00", window_to="16:00",
        name="Erika Muster", street="Hauptstraße 5", postcode="59821", city="Arnsberg",
        coordinates=NEAR, phone="02931 12345", notes="3. Stock, kein Aufzug",
        lines=(LineInput("Sofa", 1, "35", "900"), LineInput("Stehlampe", 2, "2,68", "40")),
        fee_key="city", sale_id=sale_id)
    values.update(changes)
    return OrderInput(**values)  # type: ignore[arg-type]


def events(backend: Backend, kind: EventType) -> list[dict[str, object]]:
    with backend.read() as ctx:
        rows = ctx.session.scalars(select(OutboxEvent).where(OutboxEvent.type == kind))
        return [json.loads(r.payload) if isinstance(r.payload, str) else r.payload
                for r in rows]


@pytest.mark.usefixtures("open_till")
def test_a_cashier_books_a_sofa_and_two_lamps(backend: Backend, cashier: Actor,
                                              clock: Clock) -> None:
    """The sold lines come with their weights; the order is one trip on the trailer, its
    window is UTC, and the server's event has the address but no prices."""
    sale = sell(backend, cashier, ("Möbel", "25,00", 1), ("Lampen", "8,00", 2))
    proposed = backend.query(cashier, orders.proposed_lines, sale.sale_id)
    assert [(x.quantity, x.weight_g, x.volume_l) for x in proposed] == [
        (1, 29_810, 600), (2, 2_680, 40)]
    booked = backend.call(cashier, orders.book, order_for(sale.sale_id, clock))
    view = booked.order
    assert view.number == "L01-000001" and view.status == DeliveryStatus.PLANNED
    assert view.weight_g == 35_000 + 2 * 2_680 and view.volume_l == 980
    assert view.trips == 1 and booked.warning == ""
    assert view.window_start.hour == 13 and view.fee_cents == 900  # 14:00 Berlin in winter
    sent = events(backend, EventType.DELIVERY_BOOKED)
    assert len(sent) == 1 and sent[0]["name"] == "Erika Muster"
    assert "price" not in json.dumps(sent[0]) and sent[0]["postcode"] == "59821"


@pytest.mark.usefixtures("open_till")
@pytest.mark.parametrize(("changes", "message"), [
    ({"postcode": ""}, "keine Postleitzahl"),
    ({"postcode": "5982"}, "keine deutsche Postleitzahl"),
    ({"name": "  "}, "Namen"),
    ({"coordinates": ""}, "Koordinaten der Adresse"),
    ({"coordinates": "hier"}, "sind keine Koordinaten"),
    ({"coordinates": "52,52 13,40"}, "zu weit"),
    ({"window_from": "16:00", "window_to": "14:00"}, "nach seinem Beginn enden"),
    ({"window_from": "7:00", "window_to": "8:00"}, "außerhalb der Lieferzeiten"),
    ({"day": "yesterday"}, "in der Vergangenheit"),
    ({"window_from": "14 Uhr", "window_to": "zwei"}, "keine Uhrzeit"),
    ({"lines": (LineInput("Klavier", 1, "250", "800"),)}, "passt auf kein Fahrzeug"),
    ({"lines": (LineInput("Kiste", 1, ""),)}, "Gewicht von „Kiste“ ist unbekannt"),
    ({"lines": ()}, "keine Waren"),
    ({"fee_key": "gratis"}, "Liefergebühr"),
])
def test_bad_input_is_refused_in_german_and_nothing_is_stored(
        backend: Backend, cashier: Actor, clock: Clock, changes: dict[str, object],
        message: str) -> None:
    """An address without postcode, a window in the past, a load no bike takes …"""
    sale = sell(backend, cashier, ("Möbel", "25,00", 1))
    if changes.get("day") == "yesterday":  # past on any day and at any hour
        changes = {**changes, "day": clock.today - timedelta(days=1)}
    with pytest.raises(ValidationError, match=message):
        backend.call(cashier, orders.book, order_for(sale.sale_id, clock, **changes))
    assert events(backend, EventType.DELIVERY_BOOKED) == []


@pytest.mark.usefixtures("open_till")
def test_a_load_bigger_than_the_trailer_is_split_into_trips(
        backend: Backend, cashier: Actor, clock: Clock) -> None:
    """Three wardrobes of 90 kg: the trailer takes two, so two trips and a warning."""
    sale = sell(backend, cashier, ("Möbel", "25,00", 3))
    booked = backend.call(cashier, orders.book, order_for(
        sale.sale_id, clock, lines=(LineInput("Schrank", 3, "90", "600"),)))
    assert booked.order.trips == 2
    assert "auf 2 Fahrten verteilt" in booked.warning


@pytest.mark.usefixtures("open_till")
def test_one_sale_one_delivery(backend: Backend, cashier: Actor, clock: Clock) -> None:
    sale = sell(backend, cashier, ("Möbel", "25,00", 1))
    backend.call(cashier, orders.book, order_for(sale.sale_id, clock))
    with pytest.raises(ConflictError, match="schon die Lieferung L01-000001"):
        backend.call(cashier, orders.book, order_for(sale.sale_id, clock))


@pytest.mark.usefixtures("open_till")
def test_status_changes_are_records_and_events(backend: Backend, cashier: Actor,
                                               clock: Clock) -> None:
    """Not met, moved to tomorrow, then delivered with the km; delivered stays delivered."""
    sale = sell(backend, cashier, ("Möbel", "25,00", 1))
    number = backend.call(cashier, orders.book, order_for(sale.sale_id, clock)).order.number
    backend.call(cashier, orders.set_status, StatusInput(number, DeliveryStatus.FAILED,
                                                         note="niemand da"))
    tomorrow = clock.today + timedelta(days=1)
    with pytest.raises(ValidationError, match="neuen Tag"):
        backend.call(cashier, orders.set_status,
                     StatusInput(number, DeliveryStatus.RESCHEDULED))
    moved = backend.call(cashier, orders.set_status, StatusInput(
        number, DeliveryStatus.RESCHEDULED, new_day=tomorrow, window_from="10:00",
        window_to="12:00"))
    assert moved.day == tomorrow and moved.status == DeliveryStatus.RESCHEDULED
    done = backend.call(cashier, orders.set_status,
                        StatusInput(number, "delivered", km="4,2"))
    assert done.status == DeliveryStatus.DELIVERED
    with pytest.raises(ConflictError, match="schon erledigt"):
        backend.call(cashier, orders.set_status, StatusInput(number, "cancelled"))
    sent = events(backend, EventType.DELIVERY_STATUS_CHANGED)
    assert [e["status"] for e in sent] == ["failed", "rescheduled", "delivered"]
    assert sent[-1]["km_m"] == 4_200 and sent[1]["window_start"] is not None


@pytest.mark.usefixtures("open_till")
def test_customer_data_only_for_the_roles_that_need_it(
        backend: Backend, cashier: Actor, volunteer: Actor, manager: Actor,
        clock: Clock) -> None:
    """A volunteer sees no delivery; the day's list is for managers; pick-ups are the
    volunteers' and need no sale."""
    sale = sell(backend, cashier, ("Möbel", "25,00", 1))
    number = backend.call(cashier, orders.book, order_for(sale.sale_id, clock)).order.number
    with pytest.raises(PermissionDenied):
        backend.query(volunteer, orders.get, number)
    with pytest.raises(PermissionDenied):
        backend.query(cashier, orders.on_day, clock.today)
    pickup = backend.call(volunteer, orders.book, order_for(
        None, clock, kind=DeliveryKind.PICKUP, fee_key="none",
        lines=(LineInput("Kommode", 1, "30", "400"),)))
    assert pickup.order.kind == DeliveryKind.PICKUP and pickup.order.fee_cents == 0
    day = backend.query(manager, orders.on_day, clock.today)
    assert [v.number for v in day] == [number, pickup.order.number]
    assert all(v.name == "Erika Muster" for v in day)
