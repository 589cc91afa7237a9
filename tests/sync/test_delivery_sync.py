"""Cargo-bike orders travel like every other record: booked and marked at the till, kept
in the server's delivery table, anonymised there (every stored copy too), and a status
set on the office page comes back to the till that booked the order, and only to it."""

from __future__ import annotations

import json
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from app.db.models import AuditEntry, DeliveryOrder, DeliveryStatusChange, OutboxEvent
from app.services.delivery import orders, privacy, pulled
from app.services.delivery.orders import StatusInput
from app.services.kernel import outbox
from app.services.kernel.context import SYSTEM, Ctx
from app.services.sync import apply as sync_apply
from app.sync_schema import Change
from app.sync_schema.enums import DeliveryStatus, EventType
from app.sync_schema.payloads import (
    DELIVERY_BLANK,
    DeliveryAnonymisedPayload,
    DeliveryPayload,
    DeliveryStatusPayload,
)
from server.central import Delivery, DeliveryStatusRecord
from server.models import Change as CentralChange
from server.models import Event, Quarantine
from tests.delivery.test_orders import order_for
from tests.helpers.actors import actor
from tests.helpers.clock import Clock
from tests.impact.helpers import sell
from tests.sync import central
from tests.sync.admin_browser import logged_in
from tests.sync.live import LiveServer, Till, make_till, register
from tests.sync.selling import open_till

# What the customer told the cashier (tests.delivery.test_orders.order_for) and a note.
PERSONAL = ("Erika Muster", "Hauptstraße 5", "02931 12345", "3. Stock, kein Aufzug",
            "Frau Muster war da")


def _book(till: Till, clock: Clock) -> tuple[str, str]:
    """A sofa and two lamps sold at ``till``, delivered tomorrow 14–16 h: (number, uuid)."""
    open_till(till.backend)
    kai = actor(till.backend, "kai")
    sale = sell(till.backend, kai, ("Möbel", "25,00", 1), ("Lampen", "8,00", 2))
    tomorrow = clock.today + timedelta(days=1)
    number = till.backend.call(kai, orders.book,
                               order_for(sale.sale_id, clock, day=tomorrow)).order.number
    return number, _till_order(till, number).uuid


def _mark(till: Till, number: str, status: DeliveryStatus, **kwargs: Any) -> None:
    till.backend.call(actor(till.backend, "kai"), orders.set_status,
                      StatusInput(number, status, **kwargs))


def _till_order(till: Till, number: str) -> DeliveryOrder:
    with till.backend.read() as ctx:
        row = ctx.session.scalar(select(DeliveryOrder).where(DeliveryOrder.number == number))
        assert row is not None
        ctx.session.expunge(row)
        return row


def _till_history(till: Till, number: str) -> list[tuple[str, str]]:
    with till.backend.read() as ctx:
        return [(r.status, r.changed_by) for r in ctx.session.scalars(
            select(DeliveryStatusChange).join(
                DeliveryOrder, DeliveryOrder.id == DeliveryStatusChange.order_id)
            .where(DeliveryOrder.number == number).order_by(DeliveryStatusChange.id))]


def _sent(till: Till, kind: EventType) -> int:
    with till.backend.read() as ctx:
        return len(list(ctx.session.scalars(select(OutboxEvent.id).where(
            OutboxEvent.type == kind.value))))


def _row(server: LiveServer, uuid: str) -> Delivery:
    with server.db.read() as session:
        row = session.get(Delivery, uuid)
        assert row is not None
        session.expunge(row)
        return row


def _history(server: LiveServer, uuid: str) -> list[tuple[str, bool, str]]:
    with server.db.read() as session:
        return [(r.status, r.applied, r.changed_by) for r in session.scalars(
            select(DeliveryStatusRecord).where(DeliveryStatusRecord.delivery_uuid == uuid)
            .order_by(DeliveryStatusRecord.id))]


def _everything_stored(session: Session) -> str:
    """Every event payload, quarantined body, change and delivery record on the server,
    as one text to search."""
    parts: list[Any] = [*session.scalars(select(Event.payload)),
                        *session.scalars(select(Quarantine.raw)),
                        *session.scalars(select(CentralChange.data))]
    for model in (Delivery, DeliveryStatusRecord):
        for row in session.scalars(select(model)):
            parts.append({c.key: str(getattr(row, c.key)) for c in model.__table__.columns})
    return json.dumps(parts, ensure_ascii=False)


def _emit(till: Till, *events: tuple[EventType, Any]) -> list[str]:
    """What a tampered till puts into its outbox, past its own services."""
    def queue(ctx: Ctx) -> list[str]:
        return [outbox.emit(ctx, kind, payload).event_id for kind, payload in events]
    return till.backend.call(SYSTEM, queue)


def _booked_payload(till: Till, uuid: str) -> dict[str, Any]:
    with till.backend.read() as ctx:
        for row in ctx.session.scalars(select(OutboxEvent).where(
                OutboxEvent.type == EventType.DELIVERY_BOOKED.value)):
            if row.payload["uuid"] == uuid:
                return dict(row.payload)
    raise AssertionError(uuid)


def test_a_delivery_marked_delivered_reaches_the_server_and_no_other_station_touches_it(
        tmp_path: Path, admin_server: LiveServer, clock: Clock) -> None:
    """Booked and delivered at till 1: the server's row says delivered with the km; what
    till 2 sends about that order (a new booking, a status, an anonymisation) is
    quarantined with its reason and changes nothing."""
    one, two = make_till(tmp_path, 1, clock), make_till(tmp_path, 2, clock)
    register(one, admin_server)
    register(two, admin_server)
    number, uuid = _book(one, clock)
    clock.advance(hours=1)
    _mark(one, number, DeliveryStatus.DELIVERED, note="Nachbarin", km="4,2")
    with one.client() as client:
        assert client.sync().quarantined == []

    row = _row(admin_server, uuid)
    assert (row.station, row.number, row.kind, row.status) == (1, number, "delivery",
                                                               "delivered")
    assert row.km_m == 4_200 and row.status_by == "kai"
    assert row.day == clock.today + timedelta(days=1)
    assert (row.name, row.street, row.postcode, row.phone) == (
        "Erika Muster", "Hauptstraße 5", "59821", "02931 12345")
    assert row.weight_g == 35_000 + 2 * 2_680 and row.trips == 1
    assert [d["description"] for d in row.lines] == ["Sofa", "Stehlampe"]
    assert _history(admin_server, uuid) == [("planned", True, ""),
                                            ("delivered", True, "kai")]

    stolen = {**_booked_payload(one, uuid), "station": None, "number": "L02-000001",
              "name": "Falscher Name"}
    attack = _emit(two, (EventType.DELIVERY_BOOKED, DeliveryPayload.model_validate(stolen)),
                   (EventType.DELIVERY_STATUS_CHANGED, DeliveryStatusPayload(
                       uuid=uuid, status=DeliveryStatus.CANCELLED, changed_at=clock.now)),
                   (EventType.DELIVERY_ANONYMISED, DeliveryAnonymisedPayload(
                       uuid=uuid, anonymised_at=clock.now)),
                   (EventType.DELIVERY_STATUS_CHANGED, DeliveryStatusPayload(
                       uuid=uuid, status=DeliveryStatus.FAILED, changed_at=clock.now,
                       station=1)))
    with two.client() as client:
        assert sorted(client.sync().quarantined) == sorted(attack)
    reasons = [reason for _seq, reason in central.quarantine(admin_server.db)]
    assert len(reasons) == 4
    assert sum(f"Lieferung {number}" in r and "gehört Station 1" in r for r in reasons) == 3
    assert any("Vorgang gehört zu Station 1" in r for r in reasons)
    after = _row(admin_server, uuid)
    assert (after.status, after.name, after.anonymised_at) == ("delivered", "Erika Muster",
                                                               None)
    assert len(_history(admin_server, uuid)) == 2


def test_anonymised_orders_leave_no_personal_data_on_the_server(
        tmp_path: Path, admin_server: LiveServer, clock: Clock) -> None:
    """One order synced long before its data went, one whose booking, delivery and
    anonymisation arrive in one push, and another station's quarantined note about the
    first: afterwards no name, street, phone or note is stored anywhere on the server;
    postcode, load, km and status stay."""
    one, two = make_till(tmp_path, 1, clock), make_till(tmp_path, 2, clock)
    register(one, admin_server)
    register(two, admin_server)
    early, early_uuid = _book(one, clock)
    clock.advance(days=1, hours=5)
    _mark(one, early, DeliveryStatus.DELIVERED, note="Frau Muster war da", km="4,2")
    with one.client() as client:
        client.sync()
    gossip = _emit(two, (EventType.DELIVERY_STATUS_CHANGED, DeliveryStatusPayload(
        uuid=early_uuid, status=DeliveryStatus.FAILED, changed_at=clock.now,
        note="Erika Muster, Hauptstraße 5, 02931 12345")))
    with two.client() as client:
        assert client.sync().quarantined == gossip
    with admin_server.db.read() as session:
        assert "Erika Muster" in _everything_stored(session)

    late, late_uuid = _book(one, clock)  # this one never reaches the server in time
    clock.advance(days=1, hours=5)
    _mark(one, late, DeliveryStatus.DELIVERED, note="Frau Muster war da", km="1,5")
    clock.advance(days=40)
    assert one.backend.call(SYSTEM, privacy.anonymise_due) == 2
    with one.client() as client:
        assert client.sync().quarantined == []

    for uuid, km in ((early_uuid, 4_200), (late_uuid, 1_500)):
        row = _row(admin_server, uuid)
        assert (row.name, row.street, row.phone, row.notes) == (DELIVERY_BLANK,) * 4
        assert row.anonymised_at is not None and row.lat_e6 % 10_000 == 0
        assert (row.postcode, row.city, row.status, row.km_m) == (
            "59821", "Arnsberg", "delivered", km)
        assert row.weight_g == 35_000 + 2 * 2_680
    with admin_server.db.read() as session:
        stored = _everything_stored(session)
        kinds = [e.type for e in session.scalars(select(Event))]
    assert kinds.count(EventType.DELIVERY_BOOKED) == 2
    assert kinds.count(EventType.DELIVERY_ANONYMISED) == 2
    for text in PERSONAL:
        assert text not in stored, text
    with logged_in(admin_server) as browser:
        page = browser.http.get("/admin").text + browser.http.get(
            "/admin/deliveries", params={"day": _row(admin_server, late_uuid)
                                         .day.isoformat()}).text
    assert late in page and "Daten gelöscht" in page
    assert not any(text in page for text in PERSONAL)


def test_a_status_set_on_the_office_page_reaches_the_till_that_booked_it(
        tmp_path: Path, admin_server: LiveServer, clock: Clock) -> None:
    """"nicht angetroffen" on the page: till 1 records it as the office's, sends nothing
    back, till 2 never sees it; the till may still deliver it later, and then the
    order is final for the office too."""
    one, two = make_till(tmp_path, 1, clock), make_till(tmp_path, 2, clock)
    register(one, admin_server)
    register(two, admin_server)
    number, uuid = _book(one, clock)
    with one.client() as client:
        client.sync()
    day = (clock.today + timedelta(days=1)).isoformat()
    with logged_in(admin_server) as browser:
        page = browser.http.get("/admin/deliveries", params={"day": day}).text
        assert number in page and "Erika Muster" in page and "geplant" in page
        answer = browser.post(f"/admin/deliveries/{uuid}/status",
                              form={"status": "failed", "day": day})
        assert answer.status_code == 303
        assert answer.headers["location"] == f"/admin/deliveries?day={day}"
    row = _row(admin_server, uuid)
    assert (row.status, row.status_by) == ("failed", "Zentrale: admin")

    with two.client() as client:
        other = client.sync()
    assert other.refused == [] and "delivery_status" not in other.applied
    with one.client() as client:
        report = client.sync()
    assert report.refused == [] and report.applied.get("delivery_status") == 1
    assert _till_order(one, number).status == DeliveryStatus.FAILED
    assert _till_history(one, number) == [("planned", "kai"), ("failed", "Zentrale: admin")]
    assert _sent(one, EventType.DELIVERY_STATUS_CHANGED) == 0  # no echo
    with one.backend.read() as ctx:
        assert ctx.session.scalar(select(AuditEntry.id).where(
            AuditEntry.action == pulled.PULLED_ACTION)) is not None
    with one.client() as client:
        again = client.sync()
    assert again.pulled == 0 and again.pushed == 0

    # Not met is not final: the rider tries again and the till records the delivery.
    _mark(one, number, DeliveryStatus.DELIVERED, km="2,0")
    with one.client() as client:
        assert client.sync().quarantined == []
    row = _row(admin_server, uuid)
    assert (row.status, row.km_m) == ("delivered", 2_000)
    assert [s for s, _applied, _by in _history(admin_server, uuid)] == [
        "planned", "failed", "delivered"]
    with logged_in(admin_server) as browser:
        late = browser.post(f"/admin/deliveries/{uuid}/status",
                            form={"status": "cancelled", "day": day})
    assert late.status_code == 409 and "bleibt so" in late.text
    assert _row(admin_server, uuid).status == "delivered"


def test_the_office_moves_an_order_and_the_till_that_booked_it_takes_the_new_window(
        tmp_path: Path, admin_server: LiveServer, clock: Clock) -> None:
    """"verschieben" on the page to tomorrow 10:00–12:00 (Berlin): the server's row and
    till 1's order get the new day and UTC window and a history record with it; the
    order stays open, so the office can move it again and the till can deliver it."""
    one = make_till(tmp_path, 1, clock)
    register(one, admin_server)
    number, uuid = _book(one, clock)
    with one.client() as client:
        client.sync()
    day = (clock.today + timedelta(days=1)).isoformat()
    start, end = clock.at(10, days=1), clock.at(12, days=1)
    with logged_in(admin_server) as browser:
        answer = browser.post(f"/admin/deliveries/{uuid}/status", form={
            "status": "rescheduled", "day": day, "new_day": day, "window_from": "10:00",
            "window_to": "12:00"})
        assert answer.status_code == 303, answer.text
        page = browser.http.get("/admin/deliveries", params={"day": day}).text
    assert "10:00–12:00" in page and "verschoben" in page
    row = _row(admin_server, uuid)
    assert (row.status, row.status_by) == ("rescheduled", "Zentrale: admin")
    assert (row.day.isoformat(), row.window_start, row.window_end) == (day, start, end)
    with admin_server.db.read() as session:
        record = session.scalars(select(DeliveryStatusRecord).where(
            DeliveryStatusRecord.delivery_uuid == uuid).order_by(
                DeliveryStatusRecord.id.desc())).first()
        assert record is not None
        assert (record.status, record.window_start, record.window_end) == (
            "rescheduled", start, end)

    with one.client() as client:
        report = client.sync()
    assert report.refused == [] and report.applied.get("delivery_status") == 1
    order = _till_order(one, number)
    assert order.status == DeliveryStatus.RESCHEDULED
    assert (order.day.isoformat(), order.window_start, order.window_end) == (day, start, end)
    assert _till_history(one, number) == [("planned", "kai"),
                                          ("rescheduled", "Zentrale: admin")]
    with one.backend.read() as ctx:
        moved = ctx.session.scalars(select(DeliveryStatusChange).where(
            DeliveryStatusChange.status == DeliveryStatus.RESCHEDULED.value)).one()
        assert (moved.window_start, moved.window_end) == (start, end)
    assert _sent(one, EventType.DELIVERY_STATUS_CHANGED) == 0  # no echo
    with one.client() as client:
        assert client.sync().pulled == 0

    # Still open: moved once more, to the day after, and then delivered at the till.
    later = (clock.today + timedelta(days=2)).isoformat()
    clock.advance(minutes=5)
    with logged_in(admin_server) as browser:
        assert browser.post(f"/admin/deliveries/{uuid}/status", form={
            "status": "rescheduled", "new_day": later, "window_from": "09:00",
            "window_to": "11:00"}).status_code == 303
    with one.client() as client:
        assert client.sync().applied.get("delivery_status") == 1
    order = _till_order(one, number)
    assert (order.day.isoformat(), order.window_start) == (later, clock.at(9, days=2))
    assert len(_till_history(one, number)) == 3
    _mark(one, number, DeliveryStatus.DELIVERED, km="3,0")
    with one.client() as client:
        assert client.sync().quarantined == []
    assert _row(admin_server, uuid).status == "delivered"


def test_a_final_order_at_the_till_keeps_its_status_against_the_office(
        tmp_path: Path, admin_server: LiveServer, clock: Clock) -> None:
    """Cancelled at the till while the office marked it not met: the till pushes first,
    so both end cancelled; the office's report stays in the server's history."""
    one = make_till(tmp_path, 1, clock)
    register(one, admin_server)
    number, uuid = _book(one, clock)
    with one.client() as client:
        client.sync()
    _mark(one, number, DeliveryStatus.CANCELLED, note="Kunde holt selbst ab")
    with logged_in(admin_server) as browser:
        assert browser.post(f"/admin/deliveries/{uuid}/status",
                            form={"status": "failed"}).status_code == 303
    with one.client() as client:
        report = client.sync()
    assert report.refused == [] and "delivery_status" not in report.applied
    assert _till_order(one, number).status == DeliveryStatus.CANCELLED
    assert [s for s, _by in _till_history(one, number)] == ["planned", "cancelled"]
    assert _row(admin_server, uuid).status == "cancelled"
    assert [(s, by) for s, _applied, by in _history(admin_server, uuid)] == [
        ("planned", ""), ("failed", "Zentrale: admin"), ("cancelled", "kai")]


# --- the till's checks of a pulled delivery status, without a server ----------------------
OTHER_UUID = "0b5f7c1e-8d1a-4b7e-9a51-3c2e1f0a9b11"


@pytest.fixture
def till_with_order(tmp_path: Path, clock: Clock) -> tuple[Till, str, str]:
    till = make_till(tmp_path, 1, clock)
    number, uuid = _book(till, clock)
    return till, number, uuid


def _office(order_uuid: str, order_number: str, origin: int | None = None,
            **changed: Any) -> Change:
    """The change the office's "nicht angetroffen" makes, with ``changed`` fields."""
    data = {"uuid": order_uuid, "station": 1, "number": order_number, "status": "failed",
            "changed_at": "2026-11-27T15:00:00+00:00", "changed_by": "admin", **changed}
    return Change(cursor=7, kind="delivery_status", key=str(data["uuid"]),
                  origin_station=origin, data=data)


@pytest.mark.parametrize(("changes", "origin", "reason"), [
    ({}, 2, "nur die Zentrale"),
    ({"station": 2}, None, "gehört zu Station 2"),
    ({"uuid": OTHER_UUID}, None, "kennt den Auftrag nicht"),
    ({"number": "L01-000099"}, None, "kennt den Auftrag nicht"),
    ({"status": "rescheduled"}, None, "Ungültiges Ereignis"),
    ({"status": "rescheduled", "window_start": "2026-11-28T11:00:00+00:00",
      "window_end": "2026-11-28T09:00:00+00:00"}, None, "Ungültiges Ereignis"),
    ({"status": "rescheduled", "window_start": "2026-11-28T09:00:00+00:00"}, None,
     "Ungültiges Ereignis"),
    ({"window_start": "2026-11-28T09:00:00+00:00",
      "window_end": "2026-11-28T11:00:00+00:00"}, None, "Ungültiges Ereignis"),
    ({"status": "planned"}, None, "Ungültiges Ereignis"),
    ({"changed_at": "gestern"}, None, "Ungültiges Ereignis"),
    ({"changed_by": "x" * 41}, None, "Ungültiges Ereignis"),
])
def test_a_pulled_delivery_status_that_does_not_fit_is_refused_and_audited(
        till_with_order: tuple[Till, str, str], changes: dict[str, Any], origin: int | None,
        reason: str) -> None:
    """From a station instead of the office, for another station's or an unknown order,
    a status the office cannot set: refused with a German reason, the order untouched."""
    till, number, uuid = till_with_order
    change = _office(uuid, number, origin, **changes)
    applied = till.backend.call(SYSTEM, sync_apply.apply_changes, [change])
    assert applied.counts == {"refused": 1}
    assert reason in applied.refused[0]
    assert _till_order(till, number).status == DeliveryStatus.PLANNED
    assert _till_history(till, number) == [("planned", "kai")]
    with till.backend.read() as ctx:
        entry = ctx.session.scalars(select(AuditEntry).where(
            AuditEntry.action == sync_apply.REFUSED_ACTION)).one()
    assert reason in entry.details["reason"]


def test_the_same_office_move_pulled_twice_is_recorded_once(
        till_with_order: tuple[Till, str, str], clock: Clock) -> None:
    """A replayed reschedule: one history record with the window, the order moved."""
    till, number, uuid = till_with_order
    start, end = clock.at(10, days=2), clock.at(12, days=2)
    move = {"status": "rescheduled", "window_start": start.isoformat(),
            "window_end": end.isoformat()}
    first = till.backend.call(SYSTEM, sync_apply.apply_changes, [_office(uuid, number, **move)])
    again = till.backend.call(SYSTEM, sync_apply.apply_changes, [_office(uuid, number, **move)])
    assert first.counts == {"delivery_status": 1} and again.counts == {}
    order = _till_order(till, number)
    assert (order.status, order.day, order.window_start, order.window_end) == (
        DeliveryStatus.RESCHEDULED, clock.today + timedelta(days=2), start, end)
    assert _till_history(till, number) == [("planned", "kai"),
                                           ("rescheduled", "Zentrale: admin")]
    assert _sent(till, EventType.DELIVERY_STATUS_CHANGED) == 0


def test_the_same_office_status_pulled_twice_is_recorded_once(
        till_with_order: tuple[Till, str, str]) -> None:
    """A replayed change adds no second history record and writes no outbox event."""
    till, number, uuid = till_with_order
    first = till.backend.call(SYSTEM, sync_apply.apply_changes, [_office(uuid, number)])
    second = till.backend.call(SYSTEM, sync_apply.apply_changes, [_office(uuid, number)])
    assert first.counts == {"delivery_status": 1} and second.counts == {}
    assert _till_history(till, number) == [("planned", "kai"), ("failed", "Zentrale: admin")]
    assert _sent(till, EventType.DELIVERY_STATUS_CHANGED) == 0
