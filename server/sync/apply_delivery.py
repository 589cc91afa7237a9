"""Applying a station's delivery events, one at a time: ``delivery.booked`` makes the
central row, ``delivery.status_changed`` moves it on, ``delivery.anonymised`` removes the
customer's data from the row and from every stored copy of the order's events.

Only the station that booked an order speaks for it; anything else about its uuid is
turned away (``Reject``) before anything is written. Delivered and cancelled stay so, as
at the till: a later status from the station is kept in the history but does not move
the row (except the km of the same outcome, which the rider may report late).
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.services.delivery.orders import FINAL
from app.services.kernel.clock import BERLIN
from app.sync_schema import payloads as p
from app.sync_schema.enums import DeliveryStatus, EventType
from app.sync_schema.payloads import DELIVERY_BLANK
from server.central import Delivery, DeliveryStatusRecord
from server.deliveries import messages as msg
from server.deliveries import service as deliveries
from server.sync import authority
from server.sync.apply_misc import Handler
from server.sync.pending import Pending, Reject


def _own(session: Session, ctx: Pending, uuid: str) -> Delivery:
    """The order ``uuid`` of the sending station; ``Reject`` if unknown (it may still
    come: tried again later) or another station's."""
    # Locked (PostgreSQL) so an office button pressed meanwhile is seen, not overwritten.
    row = session.get(Delivery, uuid, with_for_update=True)
    if row is None:
        raise Reject(msg.ORDER_UNKNOWN_EVENT.format(uuid=uuid), retry=True)
    if row.station != ctx.station:
        raise Reject(msg.OTHER_STATION.format(number=row.number, uuid=uuid,
                                              owner=row.station, sender=ctx.station))
    return row


def _booked(session: Session, ctx: Pending, event_id: str, data: Any,
            _raw: dict[str, Any]) -> None:
    assert isinstance(data, p.DeliveryPayload)
    authority.station(ctx, data.station)
    uuid = data.uuid.lower()
    row = session.get(Delivery, uuid)
    if row is not None:
        if row.station != ctx.station:
            raise Reject(msg.OTHER_STATION.format(number=row.number, uuid=uuid,
                                                  owner=row.station, sender=ctx.station))
        if row.anonymised_at is not None:
            ctx.anonymised.add(uuid)  # a late copy: blanked once the push stored it
        return  # the same order again: the first booking stands
    taken = session.scalar(select(Delivery.uuid).where(Delivery.station == ctx.station,
                                                       Delivery.number == data.number))
    if taken is not None:
        raise Reject(msg.NUMBER_TAKEN.format(number=data.number, station=ctx.station,
                                             uuid=taken))
    lines = [ln.model_dump(mode="json") for ln in data.lines]
    session.add(Delivery(
        uuid=uuid, station=ctx.station, store_id=ctx.store_id, number=data.number,
        kind=data.kind.value, status=DeliveryStatus.PLANNED.value,
        day=data.window_start.astimezone(BERLIN).date(), window_start=data.window_start,
        window_end=data.window_end, service_minutes=data.service_minutes, name=data.name,
        street=data.street, postcode=data.postcode, city=data.city, phone=data.phone,
        notes=data.notes, lat_e6=data.lat_e6, lon_e6=data.lon_e6, lines=lines,
        weight_g=sum(ln.weight_g * ln.quantity for ln in data.lines),
        volume_l=sum(ln.volume_l * ln.quantity for ln in data.lines), trips=data.trips,
        fee_cents=data.fee_cents, status_at=ctx.now, status_by="",
        booked_event_id=event_id, received_at=ctx.now))
    session.flush()
    session.add(DeliveryStatusRecord(delivery_uuid=uuid, status=DeliveryStatus.PLANNED.value,
                                     changed_at=ctx.now, event_id=event_id,
                                     recorded_at=ctx.now))
    session.flush()


def _status(session: Session, ctx: Pending, event_id: str, data: Any,
            _raw: dict[str, Any]) -> None:
    assert isinstance(data, p.DeliveryStatusPayload)
    authority.station(ctx, data.station)
    row = _own(session, ctx, data.uuid.lower())
    gone = row.anonymised_at is not None
    if gone:
        ctx.anonymised.add(row.uuid)  # a late note must not stay in the stored event
    final = row.status in FINAL
    session.add(DeliveryStatusRecord(
        delivery_uuid=row.uuid, status=data.status.value, changed_at=data.changed_at,
        changed_by=data.acted_by or "", note=DELIVERY_BLANK if gone and data.note else
        data.note, window_start=data.window_start, window_end=data.window_end,
        km_m=data.km_m, event_id=event_id, applied=not final, recorded_at=ctx.now))
    if data.km_m is not None and (not final or data.status == row.status):
        row.km_m = data.km_m
    if not final:
        row.status, row.status_at = data.status.value, data.changed_at
        row.status_by = data.acted_by or ""
        if data.window_start is not None and data.window_end is not None:
            row.window_start, row.window_end = data.window_start, data.window_end
            row.day = data.window_start.astimezone(BERLIN).date()
    session.flush()


def _anonymised(session: Session, ctx: Pending, _eid: str, data: Any,
                _raw: dict[str, Any]) -> None:
    assert isinstance(data, p.DeliveryAnonymisedPayload)
    authority.station(ctx, data.station)
    row = _own(session, ctx, data.uuid.lower())
    if row.anonymised_at is None:
        deliveries.anonymise_row(session, row, data.anonymised_at)
    # What is stored already now; this push's own events once they are stored.
    deliveries.scrub_copies(session, {row.uuid})
    ctx.anonymised.add(row.uuid)


HANDLERS: dict[str, Handler] = {
    EventType.DELIVERY_BOOKED: _booked,
    EventType.DELIVERY_STATUS_CHANGED: _status,
    EventType.DELIVERY_ANONYMISED: _anonymised,
}
