"""The central office's side of deliveries: the orders of a day, the status buttons, and
blanking every stored copy of an anonymised order's data. Services take the request's
session and never commit.

A status set here is the office's record of what the rider reported; the station that
booked the order learns it through a ``ChangeKind.DELIVERY_STATUS`` change meant for it
alone (``Change.target``), and records it without sending it back.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime, time
from typing import Any

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from app.services.delivery.orders import FINAL
from app.services.kernel.clock import BERLIN
from app.sync_schema import limits
from app.sync_schema.enums import ChangeKind, DeliveryStatus, EventType
from app.sync_schema.payloads import (
    DELIVERY_BLANK,
    DELIVERY_PERSONAL_FIELDS,
    DeliveryOfficeStatusPayload,
    OfficeDeliveryStatus,
    coarse_e6,
    office_actor,
)
from server.central import Delivery, DeliveryStatusRecord
from server.deliveries import messages as msg
from server.errors import AdminError
from server.models import Event, Quarantine
from server.sync import repository as sync_repo

DELIVERY_TYPES = (EventType.DELIVERY_BOOKED.value, EventType.DELIVERY_STATUS_CHANGED.value,
                  EventType.DELIVERY_ANONYMISED.value)
# The office's buttons, in the order the page shows them.
OFFICE_STATUSES: tuple[OfficeDeliveryStatus, ...] = (
    DeliveryStatus.DELIVERED, DeliveryStatus.FAILED, DeliveryStatus.CANCELLED)
# A time of day as ``<input type="time">`` sends it (seconds only with a ``step``).
_CLOCK = re.compile(r"^([01]\d|2[0-3]):([0-5]\d)(?::[0-5]\d)?$")
# What a stored copy loses: the customer's fields and a status note (it may name someone).
_SCRUBBED_TEXT = (*DELIVERY_PERSONAL_FIELDS, "note")


@dataclass(frozen=True)
class DeliveryRow:
    """One order as the office page lists it."""

    uuid: str
    station: int
    number: str
    kind: str
    status: str
    window_start: datetime
    window_end: datetime
    name: str
    street: str
    postcode: str
    city: str
    phone: str
    notes: str
    goods: str  # "1× Sofa, 2× Stehlampe"
    weight_g: int
    volume_l: int
    trips: int
    km_m: int | None
    status_at: datetime
    status_by: str
    anonymised: bool

    @property
    def kind_label(self) -> str:
        return msg.KIND_LABELS.get(self.kind, self.kind)

    @property
    def status_label(self) -> str:
        return msg.STATUS_LABELS.get(self.status, self.status)

    @property
    def settable(self) -> tuple[tuple[str, str], ...]:
        """(status, label) of the buttons the office may still press."""
        if self.status in FINAL:
            return ()
        return tuple((s.value, msg.STATUS_LABELS[s]) for s in OFFICE_STATUSES
                     if s != self.status)

    @property
    def movable(self) -> bool:
        """Whether the office may still move it to a new day and window."""
        return self.status not in FINAL


def _goods(lines: Any) -> str:
    if not isinstance(lines, list):
        return ""
    parts = [f"{ln.get('quantity', 1)}× {ln.get('description', '')}" for ln in lines
             if isinstance(ln, dict)]
    return ", ".join(parts)


def on_day(session: Session, day: date) -> list[DeliveryRow]:
    """The orders of a Berlin day, by window and number."""
    rows = session.scalars(select(Delivery).where(Delivery.day == day)
                           .order_by(Delivery.window_start, Delivery.station, Delivery.number))
    return [DeliveryRow(
        uuid=r.uuid, station=r.station, number=r.number, kind=r.kind, status=r.status,
        window_start=r.window_start, window_end=r.window_end, name=r.name, street=r.street,
        postcode=r.postcode, city=r.city, phone=r.phone, notes=r.notes, goods=_goods(r.lines),
        weight_g=r.weight_g, volume_l=r.volume_l, trips=r.trips, km_m=r.km_m,
        status_at=r.status_at, status_by=r.status_by,
        anonymised=r.anonymised_at is not None) for r in rows]


def _clock(text: str) -> time:
    value = text.strip()
    if not value:
        raise AdminError(msg.MOVE_TIME_MISSING)
    match = _CLOCK.match(value)
    if match is None:
        raise AdminError(msg.MOVE_TIME_INVALID.format(value=value[:8]))
    return time(int(match.group(1)), int(match.group(2)))


def new_window(day: str, start: str, end: str, now: datetime) -> tuple[datetime, datetime]:
    """The UTC window of Berlin ``day`` from ``start`` to ``end`` ("HH:MM" wall clock);
    German ``AdminError`` for a missing or impossible day or time, an end not after the
    start, or a window that is over at ``now``."""
    if not day.strip():
        raise AdminError(msg.MOVE_DAY_MISSING)
    try:
        moved_to = date.fromisoformat(day.strip())
    except ValueError:
        moved_to = None
    if moved_to is None or not limits.MIN_YEAR <= moved_to.year <= limits.MAX_YEAR:
        raise AdminError(msg.DAY_INVALID.format(value=day.strip()[:limits.DATE_LENGTH]))
    start_at, end_at = _clock(start), _clock(end)
    shown = {"start": start_at.strftime("%H:%M"), "end": end_at.strftime("%H:%M")}
    if end_at <= start_at:
        raise AdminError(msg.MOVE_WINDOW_ORDER.format(**shown))
    first = datetime.combine(moved_to, start_at, BERLIN).astimezone(UTC)
    last = datetime.combine(moved_to, end_at, BERLIN).astimezone(UTC)
    if last <= now:
        raise AdminError(msg.MOVE_WINDOW_PAST.format(day=moved_to.strftime("%d.%m.%Y"),
                                                     **shown))
    return first, last


def office_status(session: Session, uuid: str, status: str, user: str, now: datetime, *,
                  new_day: str = "", window_from: str = "",
                  window_to: str = "") -> Delivery:
    """Set ``status`` (delivered, failed, cancelled, or rescheduled to Berlin ``new_day``
    ``window_from``–``window_to``) on an open order for the office ``user``, keep it in
    the history and queue it for the booking station; German ``AdminError`` for an
    unknown or finished order, a status the office cannot set or an unusable window. A
    rescheduled order stays open (and may be moved again)."""
    moving = status == DeliveryStatus.RESCHEDULED.value
    chosen: OfficeDeliveryStatus | None = DeliveryStatus.RESCHEDULED if moving else next(
        (s for s in OFFICE_STATUSES if s.value == status), None)
    if chosen is None:
        raise AdminError(msg.STATUS_NOT_OFFICE.format(value=status[:20]))
    row = session.get(Delivery, uuid, with_for_update=True)
    if row is None:
        raise AdminError(msg.ORDER_UNKNOWN)
    if row.status in FINAL:
        raise AdminError(msg.STATUS_FINAL.format(
            number=row.number, status=msg.STATUS_LABELS.get(row.status, row.status)))
    if row.status == chosen and not moving:
        raise AdminError(msg.STATUS_SAME.format(number=row.number,
                                                status=msg.STATUS_LABELS[chosen]))
    start = end = None
    if moving:
        start, end = new_window(new_day, window_from, window_to, now)
        row.day, row.window_start, row.window_end = start.astimezone(BERLIN).date(), start, end
    by = office_actor(user)
    row.status, row.status_at, row.status_by = chosen.value, now, by
    session.add(DeliveryStatusRecord(delivery_uuid=row.uuid, status=chosen.value,
                                     changed_at=now, changed_by=by, window_start=start,
                                     window_end=end, recorded_at=now))
    moved = {"window_start": start, "window_end": end} if moving else {}
    payload = DeliveryOfficeStatusPayload(uuid=row.uuid, station=row.station,
                                          number=row.number, status=chosen, changed_at=now,
                                          changed_by=user, **moved)
    session.flush()
    sync_repo.insert_changes(session, [{
        "kind": ChangeKind.DELIVERY_STATUS.value, "key": row.uuid, "origin": None,
        "target": row.station, "data": payload.wire(), "created_at": now}])
    return row


def anonymise_row(session: Session, row: Delivery, at: datetime) -> None:
    """Blank the customer's data in the row and its status notes (the statistics stay)."""
    for key in DELIVERY_PERSONAL_FIELDS:
        if getattr(row, key):
            setattr(row, key, DELIVERY_BLANK)
    row.lat_e6, row.lon_e6 = coarse_e6(row.lat_e6), coarse_e6(row.lon_e6)
    row.anonymised_at = at
    for record in session.scalars(select(DeliveryStatusRecord).where(
            DeliveryStatusRecord.delivery_uuid == row.uuid, DeliveryStatusRecord.note != "")):
        record.note = DELIVERY_BLANK
    session.flush()


def scrubbed(value: Any, uuids: frozenset[str] | set[str]) -> Any:
    """``value`` (an event payload or a quarantined body, at any depth) with the customer's
    fields and status notes of these orders blanked and their coordinates rounded."""
    if isinstance(value, list):
        return [scrubbed(v, uuids) for v in value]
    if not isinstance(value, dict):
        return value
    clean = {k: scrubbed(v, uuids) for k, v in value.items()}
    about = clean.get("uuid")
    if isinstance(about, str) and about.lower() in uuids:
        for key in _SCRUBBED_TEXT:
            if isinstance(clean.get(key), str) and clean[key]:
                clean[key] = DELIVERY_BLANK
        for key in ("lat_e6", "lon_e6"):
            if type(clean.get(key)) is int:
                clean[key] = coarse_e6(clean[key])
    return clean


def scrub_copies(session: Session, uuids: Iterable[str]) -> int:
    """Blank the stored copies of the anonymised ones among these orders (uuids in any
    case; the server keeps them in lower case): their booked and status events, and any
    quarantined delivery event about them (from whichever station). Returns how many
    copies changed."""
    wanted = set(session.scalars(select(Delivery.uuid).where(
        Delivery.uuid.in_({u.lower() for u in uuids}), Delivery.anonymised_at.is_not(None))))
    if not wanted:
        return 0
    ids = set(session.scalars(select(Delivery.booked_event_id).where(
        Delivery.uuid.in_(wanted))))
    ids |= {eid for eid in session.scalars(select(DeliveryStatusRecord.event_id).where(
        DeliveryStatusRecord.delivery_uuid.in_(wanted),
        DeliveryStatusRecord.event_id.is_not(None))) if eid}
    changed = 0
    events = session.scalars(select(Event).where(or_(
        Event.event_id.in_(ids),
        (Event.type.in_(DELIVERY_TYPES)) & (Event.status == "quarantined"))))
    for event in events:
        clean = scrubbed(event.payload, wanted)
        if clean != event.payload:
            event.payload, changed = clean, changed + 1
    for row in session.scalars(select(Quarantine).where(Quarantine.type.in_(DELIVERY_TYPES))):
        clean = scrubbed(row.raw, wanted)
        if clean != row.raw:
            row.raw, changed = clean, changed + 1
    session.flush()
    return changed
