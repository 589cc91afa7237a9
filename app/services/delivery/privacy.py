"""Anonymising deliveries and pick-ups once their time is up.

A configurable number of days (``delivery.anonymise_days``) after an order was
delivered, cancelled or last failed, the customer's name, street, phone and notes are
blanked at the till — in the order, in its status notes and in the till's copy of the
``delivery.booked`` event the server has acknowledged — and its coordinates rounded to
about a kilometre. Postcode, city, load, km, trips and status stay for the statistics.
A ``delivery.anonymised`` event tells the server to do the same with its copy.
"""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from sqlalchemy import select, update

from app.db.models import DeliveryOrder, DeliveryStatusChange, OutboxEvent
from app.services.delivery.orders import FINAL, order_row
from app.services.kernel import audit, outbox
from app.services.kernel.context import Ctx
from app.services.kernel.roles import Permission
from app.services.policy import store as policy
from app.services.policy.definitions import POLICY
from app.sync_schema.enums import DeliveryStatus, EventType
from app.sync_schema.payloads import (
    DELIVERY_BLANK,
    DELIVERY_PERSONAL_FIELDS,
    DeliveryAnonymisedPayload,
    coarse_e6,
)

# An order still on its way keeps its data, however old: it is still needed.
DONE = (DeliveryStatus.DELIVERED, DeliveryStatus.CANCELLED, DeliveryStatus.FAILED)


def scrubbed(payload: dict[str, Any]) -> dict[str, Any]:
    """A ``delivery.booked`` payload with the personal fields blanked."""
    clean = dict(payload)
    for key in DELIVERY_PERSONAL_FIELDS:
        if clean.get(key):
            clean[key] = DELIVERY_BLANK
    for key in ("lat_e6", "lon_e6"):
        if isinstance(clean.get(key), int):
            clean[key] = coarse_e6(clean[key])
    return clean


def _scrub_sent(ctx: Ctx, uuids: set[str]) -> None:
    """Blank the acknowledged booked events of these orders (one still unsent is blanked
    by a later run, after the push)."""
    if not uuids:
        return
    events = ctx.session.scalars(select(OutboxEvent).where(
        OutboxEvent.type == EventType.DELIVERY_BOOKED.value, OutboxEvent.acked_at.is_not(None)))
    for event in events:
        payload = event.payload
        if isinstance(payload, dict) and payload.get("uuid") in uuids and \
                payload != scrubbed(payload):
            event.payload = scrubbed(payload)
    ctx.session.flush()


def _anonymise(ctx: Ctx, order: DeliveryOrder) -> None:
    now = ctx.now()
    order.name = order.street = order.phone = order.notes = ""
    order.lat_e6, order.lon_e6 = coarse_e6(order.lat_e6), coarse_e6(order.lon_e6)
    order.anonymised_at = now
    ctx.session.execute(update(DeliveryStatusChange).where(
        DeliveryStatusChange.order_id == order.id, DeliveryStatusChange.note != "")
        .values(note=""))
    ctx.session.flush()
    audit.record(ctx, "delivery.anonymised", "delivery", order.number)
    outbox.emit(ctx, EventType.DELIVERY_ANONYMISED, DeliveryAnonymisedPayload(
        uuid=order.uuid, anonymised_at=now,
        station=ctx.station.number if ctx.station else None))


def anonymise_due(ctx: Ctx) -> int:
    """Anonymise every order whose time is up; the number anonymised now. Runs at the
    start of the day (no role needed: it only removes data). Sent copies still waiting
    for the server's acknowledgement are blanked by a later run."""
    days = policy.get(ctx, POLICY.delivery_anonymise_days)
    before = ctx.now() - timedelta(days=days)
    due = ctx.session.scalars(select(DeliveryOrder).where(
        DeliveryOrder.status.in_([s.value for s in DONE]),
        DeliveryOrder.status_at < before, DeliveryOrder.anonymised_at.is_(None)))
    count = 0
    for order in list(due):
        _anonymise(ctx, order)
        count += 1
    # Also the copies of earlier anonymised orders that were not acknowledged then.
    _scrub_sent(ctx, set(ctx.session.scalars(select(DeliveryOrder.uuid).where(
        DeliveryOrder.anonymised_at.is_not(None)))))
    return count


def anonymise_now(ctx: Ctx, number: str) -> None:
    """Anonymise one finished order at once (a customer's request; managers)."""
    ctx.require(Permission.DISPATCH)
    order = order_row(ctx, number)
    if order.anonymised_at is None and DeliveryStatus(order.status) in FINAL:
        _anonymise(ctx, order)
        _scrub_sent(ctx, {order.uuid})
