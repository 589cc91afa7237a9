"""Booking cargo-bike deliveries and donation pick-ups, and recording how they went.

A delivery belongs to a finished sale (the goods are paid; the sale was committed
before), a pick-up to nobody yet (the goods come in through intake once they are here).
Booking checks the address, the coordinates, the time window and the load, splits a load
too big for one vehicle into trips, and writes the order, its lines, its first status
record, the audit entry and the ``delivery.booked`` event in one transaction. Status
changes (delivered, failed, rescheduled with a new window, cancelled) are records of
their own and reach the server as ``delivery.status_changed``.

Personal data: the customer's name, address, phone and notes are for the roles that
book and dispatch (``Permission.SELL`` for deliveries, ``INTAKE`` for pick-ups,
``DISPATCH`` for all) and are blanked by ``privacy.anonymise_due`` after the configured
days; the server gets only what the logistics service needs (``DeliveryPayload``).
"""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time

from sqlalchemy import func, select

from app.db.models import (
    Category,
    DeliveryLine,
    DeliveryOrder,
    DeliveryStatusChange,
    Sale,
    SaleImpact,
    SaleLine,
)
from app.errors import ConflictError, PermissionDenied, ValidationError
from app.services.delivery import loads
from app.services.delivery import messages as msg
from app.services.delivery.model import LoadLine, OrderView, Point
from app.services.delivery.routing import distance_m
from app.services.kernel import audit, outbox
from app.services.kernel.clock import BERLIN
from app.services.kernel.context import Ctx
from app.services.kernel.formatting import parse_grams
from app.services.kernel.roles import Permission, allowed
from app.services.policy import store as policy
from app.services.policy.definitions import POLICY
from app.sync_schema import limits
from app.sync_schema.enums import DeliveryKind, DeliveryStatus, EventType, SaleKind
from app.sync_schema.payloads import (
    DeliveryLinePayload,
    DeliveryPayload,
    DeliveryStatusPayload,
)

OPEN = frozenset({DeliveryStatus.PLANNED, DeliveryStatus.RESCHEDULED})
FINAL = frozenset({DeliveryStatus.DELIVERED, DeliveryStatus.CANCELLED})
_TIME = re.compile(r"^\s*(\d{1,2})(?:[:.](\d{2}))?\s*(?:Uhr)?\s*$")
_PHONE = re.compile(r"^[0-9+()/\- ]{3,30}$")
_POSTCODE = re.compile(r"^\d{5}$")
_NUMBER = re.compile(r"^\s*(-?\d{1,3}(?:[.,]\d{1,7})?)\s*$")
_LITRES = re.compile(r"^\s*(\d{1,5})\s*(?:l|L|Liter)?\s*$")


@dataclass(frozen=True)
class LineInput:
    """A line as typed: weight in kg and volume in litres may still be text."""

    description: str
    quantity: int = 1
    weight: str | int = ""  # "12,5" kg, or grams as int
    volume: str | int = ""  # "80" litres, or litres as int
    code: str = ""


@dataclass(frozen=True)
class OrderInput:
    """A delivery or pick-up as the dialog or the command line collects it."""

    kind: DeliveryKind
    day: date
    window_from: str  # "14:00" Berlin
    window_to: str
    name: str
    street: str
    postcode: str
    city: str
    coordinates: str  # "51,5711 8,1057"
    phone: str = ""
    notes: str = ""
    lines: tuple[LineInput, ...] = ()
    fee_key: str = "none"
    sale_id: int | None = None


@dataclass(frozen=True)
class Booked:
    """What booking made: the order and the split warning to show (empty: one trip)."""

    order: OrderView
    warning: str = ""
    changed: tuple[str, ...] = field(default=("deliveries",))


# --- checking the input --------------------------------------------------------------------

def _text(value: str, maximum: int, what: str) -> str:
    text = " ".join(value.split())
    if len(text) > maximum:
        raise ValidationError(msg.TEXT_TOO_LONG.format(what=what, maximum=maximum))
    return text


def parse_coordinates(text: str) -> Point:
    """'51,5711 8,1057', '51.5711, 8.1057' or '51.5711;8.1057' -> micro-degrees."""
    raw = text.strip().replace(";", " ")
    if not raw:
        raise ValidationError(msg.COORDINATES_MISSING)
    parts = raw.split() if " " in raw else raw.split(",")
    parts = [p.rstrip(",") for p in parts if p.rstrip(",")]
    if len(parts) != 2:
        raise ValidationError(msg.COORDINATES_INVALID.format(value=text.strip()[:40]))
    found = [_NUMBER.match(p) for p in parts]
    if not all(found):
        raise ValidationError(msg.COORDINATES_INVALID.format(value=text.strip()[:40]))
    lat, lon = (loads.degrees_e6(m.group(1)) for m in found if m is not None)
    if abs(lat) > limits.MAX_LAT_E6 or abs(lon) > limits.MAX_LON_E6:
        raise ValidationError(msg.COORDINATES_INVALID.format(value=text.strip()[:40]))
    return Point(lat, lon)


def parse_clock(text: str) -> time:
    """'14:00', '14.30', '9' or '9 Uhr' -> a time of day; else a German error."""
    match = _TIME.match(text)
    if match is None or int(match.group(1)) > 24 or int(match.group(2) or 0) > 59 or (
            int(match.group(1)) == 24 and int(match.group(2) or 0) > 0):
        raise ValidationError(msg.WINDOW_INVALID.format(value=text.strip()[:20]))
    hour, minute = int(match.group(1)), int(match.group(2) or 0)
    return time(23, 59, 59) if hour == 24 else time(hour, minute)


def window(ctx: Ctx, day: date, start_text: str, end_text: str) -> tuple[datetime, datetime]:
    """The UTC window of Berlin ``day`` from the typed times: after its start, inside the
    delivery hours of the store settings, and not over already."""
    start_at, end_at = parse_clock(start_text), parse_clock(end_text)
    shown = {"start": start_at.strftime("%H:%M"), "end": end_at.strftime("%H:%M")}
    if end_at <= start_at:
        raise ValidationError(msg.WINDOW_ORDER.format(**shown))
    first = policy.get(ctx, POLICY.delivery_day_start_hour)
    last = policy.get(ctx, POLICY.delivery_day_end_hour)
    if start_at < time(first) or (end_at > time(last) if last < 24 else False):
        raise ValidationError(msg.WINDOW_OUTSIDE_DAY.format(first=first, last=last, **shown))
    start = datetime.combine(day, start_at, tzinfo=BERLIN).astimezone(UTC)
    end = datetime.combine(day, end_at, tzinfo=BERLIN).astimezone(UTC)
    if end <= ctx.now():
        raise ValidationError(msg.WINDOW_IN_PAST.format(day=day.strftime("%d.%m.%Y"), **shown))
    return start, end


def _grams(value: str | int, what: str) -> int | None:
    if isinstance(value, int) and not isinstance(value, bool):
        grams: int | None = value
    elif not str(value).strip():
        return None
    else:
        grams = parse_grams(str(value))
        if grams is None:
            raise ValidationError(msg.WEIGHT_INVALID.format(value=str(value)[:20], what=what))
    if grams is None or not 0 <= grams <= limits.MAX_LOAD_G:
        raise ValidationError(msg.WEIGHT_INVALID.format(value=str(value)[:20], what=what))
    return grams


def _litres(value: str | int, what: str) -> int | None:
    if isinstance(value, int) and not isinstance(value, bool):
        litres = value
    elif not str(value).strip():
        return None
    elif (match := _LITRES.match(str(value))) is None:
        raise ValidationError(msg.VOLUME_INVALID.format(value=str(value)[:20], what=what))
    else:
        litres = int(match.group(1))
    if not 0 <= litres <= limits.MAX_LOAD_L:
        raise ValidationError(msg.VOLUME_INVALID.format(value=str(value)[:20], what=what))
    return litres


def check_lines(lines: tuple[LineInput, ...]) -> tuple[LoadLine, ...]:
    """The typed lines as loads: a weight is needed; a missing volume takes litres per kg."""
    if not lines:
        raise ValidationError(msg.NO_LINES)
    if len(lines) > limits.MAX_ORDER_LINES:
        raise ValidationError(msg.TOO_MANY_LINES.format(maximum=limits.MAX_ORDER_LINES))
    config = loads.config()
    checked = []
    for line in lines:
        what = _text(line.description, limits.DESCRIPTION_LENGTH, msg.DESCRIPTION_WORD)
        if not what:
            raise ValidationError(msg.NO_LINES)
        if not 1 <= line.quantity <= limits.MAX_LINE_QUANTITY:
            raise ValidationError(msg.QUANTITY_INVALID.format(
                what=what, maximum=limits.MAX_LINE_QUANTITY))
        grams = _grams(line.weight, what)
        if grams is None:
            raise ValidationError(msg.WEIGHT_UNKNOWN.format(what=what))
        litres = _litres(line.volume, what)
        if litres is None:
            litres = config.litres_for("", grams)
        checked.append(LoadLine(what, line.quantity, grams, litres, line.code[:13]))
    return tuple(checked)


@dataclass(frozen=True)
class CheckedAddress:
    name: str
    street: str
    postcode: str
    city: str
    phone: str
    notes: str
    point: Point


def check_address(data: OrderInput) -> CheckedAddress:
    """Name, street, a five-digit postcode, city, an optional phone and coordinates near
    the store; German ``ValidationError`` naming the first thing to fix."""
    name = _text(data.name, limits.CUSTOMER_NAME_LENGTH, msg.NAME_WORD)
    if not name:
        raise ValidationError(msg.NAME_MISSING)
    street = _text(data.street, limits.STREET_LENGTH, msg.STREET_WORD)
    if not street:
        raise ValidationError(msg.STREET_MISSING)
    postcode = data.postcode.strip()
    if not postcode:
        raise ValidationError(msg.POSTCODE_MISSING)
    if not _POSTCODE.match(postcode):
        raise ValidationError(msg.POSTCODE_INVALID.format(value=postcode[:10]))
    city = _text(data.city, limits.CITY_LENGTH, msg.CITY_WORD)
    if not city:
        raise ValidationError(msg.CITY_MISSING)
    phone = " ".join(data.phone.split())
    if phone and not _PHONE.match(phone):
        raise ValidationError(msg.PHONE_INVALID.format(value=phone[:30]))
    notes = _text(data.notes, limits.DELIVERY_NOTE_LENGTH, msg.NOTES_WORD)
    point = parse_coordinates(data.coordinates)
    config = loads.config()
    away = distance_m(config.depot, point)
    if away > config.max_km * 1000:
        raise ValidationError(msg.COORDINATES_FAR.format(km=away // 1000, maximum=config.max_km))
    return CheckedAddress(name, street, postcode, city, phone, notes, point)


# --- the goods of a sale -------------------------------------------------------------------

def proposed_lines(ctx: Ctx, sale_id: int) -> tuple[LoadLine, ...]:
    """The sold lines with the weight the impact record knows and the bulk of their
    category (0 g where the weight is unknown: the cashier enters it)."""
    ctx.require(Permission.SELL)
    config = loads.config()
    rows = ctx.session.execute(
        select(SaleLine.description, SaleLine.quantity, SaleLine.item_code,
               SaleImpact.grams_reused, Category.impact_key)
        .outerjoin(SaleImpact, SaleImpact.sale_line_id == SaleLine.id)
        .outerjoin(Category, Category.id == SaleLine.category_id)
        .where(SaleLine.sale_id == sale_id, SaleLine.quantity > 0)
        .order_by(SaleLine.position))
    lines = []
    for description, quantity, code, grams, key in rows:
        each = (grams or 0) // quantity if grams and grams > 0 else 0
        lines.append(LoadLine(description, quantity, each,
                              config.litres_for(key or "", each), code or ""))
    return tuple(lines)


def _sale(ctx: Ctx, sale_id: int) -> Sale:
    sale = ctx.session.get(Sale, sale_id)
    if sale is None:
        raise ValidationError(msg.SALE_UNKNOWN.format(number=sale_id))
    if sale.kind != SaleKind.SALE:
        raise ValidationError(msg.SALE_NOT_A_SALE)
    existing = ctx.session.scalar(select(DeliveryOrder.number).where(
        DeliveryOrder.sale_id == sale_id, DeliveryOrder.status != DeliveryStatus.CANCELLED))
    if existing is not None:
        raise ConflictError(msg.SALE_HAS_ORDER.format(number=existing))
    return sale


# --- booking -------------------------------------------------------------------------------

def _permission(kind: DeliveryKind | str) -> Permission:
    return Permission.SELL if kind == DeliveryKind.DELIVERY else Permission.INTAKE


def may_see(ctx: Ctx, kind: DeliveryKind | str) -> bool:
    """Whether the acting user may see the customer data of an order of ``kind``."""
    return allowed(ctx.actor.role, Permission.DISPATCH) or allowed(
        ctx.actor.role, _permission(kind))


def _next_number(ctx: Ctx) -> str:
    station = ctx.station.number if ctx.station else 0
    prefix = f"L{station:02d}-"
    last = ctx.session.scalar(select(func.max(DeliveryOrder.number)).where(
        DeliveryOrder.number.like(f"{prefix}%")))
    return f"{prefix}{(int(last[len(prefix):]) if last else 0) + 1:06d}"


def check_load(ctx: Ctx, lines: tuple[LoadLine, ...]) -> loads.Split:
    """The trips the load needs on the store's largest vehicle (German refusals for a
    piece no vehicle takes or no vehicle at all)."""
    return loads.split(lines, loads.largest(loads.store_fleet(ctx)))


def book(ctx: Ctx, data: OrderInput) -> Booked:
    """Book a delivery (of the finished sale ``data.sale_id``) or a donation pick-up;
    writes the ``delivery.booked`` event."""
    ctx.require(_permission(data.kind))
    sale = _sale(ctx, data.sale_id) if data.kind == DeliveryKind.DELIVERY and \
        data.sale_id is not None else None
    if data.kind == DeliveryKind.DELIVERY and sale is None:
        raise ValidationError(msg.SALE_UNKNOWN.format(number="–"))
    address = check_address(data)
    start, end = window(ctx, data.day, data.window_from, data.window_to)
    lines = check_lines(data.lines)
    split = check_load(ctx, lines)
    fee = loads.config().fee(data.fee_key) if data.kind == DeliveryKind.DELIVERY else \
        loads.Fee("none", "", 0)
    now = ctx.now()
    order = DeliveryOrder(
        uuid=str(uuid.uuid4()), number=_next_number(ctx), kind=data.kind.value,
        status=DeliveryStatus.PLANNED.value, sale_id=sale.id if sale else None,
        day=data.day, window_start=start, window_end=end,
        service_minutes=loads.config().service_minutes, name=address.name,
        street=address.street, postcode=address.postcode, city=address.city,
        phone=address.phone, notes=address.notes, lat_e6=address.point.lat_e6,
        lon_e6=address.point.lon_e6, weight_g=sum(x.total_weight_g for x in lines),
        volume_l=sum(x.total_volume_l for x in lines), trips=split.count, fee_key=fee.key,
        fee_cents=fee.cents, created_by=ctx.actor.user_id, created_at=now, status_at=now)
    ctx.session.add(order)
    ctx.session.flush()
    for position, line in enumerate(lines, start=1):
        ctx.session.add(DeliveryLine(order_id=order.id, position=position,
                                     description=line.description, quantity=line.quantity,
                                     weight_g=line.weight_g, volume_l=line.volume_l,
                                     item_code=line.code))
    ctx.session.add(DeliveryStatusChange(order_id=order.id, status=order.status,
                                         changed_at=now, changed_by=ctx.actor.name))
    ctx.session.flush()
    audit.record(ctx, "delivery.booked", "delivery", order.number, kind=order.kind,
                 day=order.day.isoformat(), weight_g=order.weight_g, volume_l=order.volume_l,
                 trips=order.trips, sale_id=order.sale_id)
    outbox.emit(ctx, EventType.DELIVERY_BOOKED, booked_payload(ctx, order, lines))
    return Booked(_view(ctx, order, lines, sale), split.warning)


def booked_payload(ctx: Ctx, order: DeliveryOrder,
                   lines: tuple[LoadLine, ...]) -> DeliveryPayload:
    """What the central server (and through it the logistics service) gets of an order."""
    return DeliveryPayload(
        uuid=order.uuid, number=order.number, kind=DeliveryKind(order.kind),
        window_start=order.window_start, window_end=order.window_end,
        service_minutes=order.service_minutes, name=order.name, street=order.street,
        postcode=order.postcode, city=order.city, phone=order.phone, notes=order.notes,
        lat_e6=order.lat_e6, lon_e6=order.lon_e6,
        lines=[DeliveryLinePayload(description=x.description, quantity=x.quantity,
                                   weight_g=x.weight_g, volume_l=x.volume_l) for x in lines],
        trips=order.trips, fee_cents=order.fee_cents,
        station=ctx.station.number if ctx.station else None)


# --- reading -------------------------------------------------------------------------------

def _lines(ctx: Ctx, order_id: int) -> tuple[LoadLine, ...]:
    rows = ctx.session.scalars(select(DeliveryLine).where(DeliveryLine.order_id == order_id)
                               .order_by(DeliveryLine.position))
    return tuple(LoadLine(r.description, r.quantity, r.weight_g, r.volume_l, r.item_code)
                 for r in rows)


def _view(ctx: Ctx, order: DeliveryOrder, lines: tuple[LoadLine, ...] | None = None,
          sale: Sale | None = None) -> OrderView:
    if sale is None and order.sale_id is not None:
        sale = ctx.session.get(Sale, order.sale_id)
    fee_label = ""
    if order.fee_key:
        known = next((f for f in loads.config().fees if f.key == order.fee_key), None)
        fee_label = known.label if known else order.fee_key
    hidden = not may_see(ctx, order.kind)
    return OrderView(
        number=order.number, kind=DeliveryKind(order.kind),
        status=DeliveryStatus(order.status), day=order.day,
        window_start=order.window_start, window_end=order.window_end,
        name="" if hidden else order.name, street="" if hidden else order.street,
        postcode=order.postcode, city=order.city, phone="" if hidden else order.phone,
        notes="" if hidden else order.notes, point=Point(order.lat_e6, order.lon_e6),
        lines=lines if lines is not None else _lines(ctx, order.id), fee_label=fee_label,
        fee_cents=order.fee_cents, trips=order.trips,
        sale_number=str(sale.receipt_number) if sale is not None else None,
        anonymised=order.anonymised_at is not None, service_minutes=order.service_minutes,
        km_m=order.km_m)


def order_row(ctx: Ctx, number: str) -> DeliveryOrder:
    order = ctx.session.scalar(select(DeliveryOrder).where(
        DeliveryOrder.number == number.strip().upper()[:limits.ORDER_NUMBER_LENGTH]))
    if order is None:
        raise ValidationError(msg.ORDER_UNKNOWN.format(number=number.strip()[:20]))
    return order


def get(ctx: Ctx, number: str) -> OrderView:
    """One order (its customer data only for the roles that need it)."""
    order = order_row(ctx, number)
    if not may_see(ctx, order.kind):
        raise PermissionDenied(msg.ORDER_UNKNOWN.format(number=order.number))
    return _view(ctx, order)


def on_day(ctx: Ctx, day: date, *, open_only: bool = False) -> list[OrderView]:
    """The orders of a Berlin day by window (dispatch: managers and admins)."""
    ctx.require(Permission.DISPATCH)
    query = select(DeliveryOrder).where(DeliveryOrder.day == day)
    if open_only:
        query = query.where(DeliveryOrder.status.in_([s.value for s in OPEN]))
    rows = ctx.session.scalars(query.order_by(DeliveryOrder.window_start,
                                              DeliveryOrder.number))
    return [_view(ctx, r) for r in rows]


def of_sale(ctx: Ctx, sale_id: int) -> OrderView | None:
    """The delivery booked for a sale (for the receipt's note and a reprint of the slip)."""
    order = ctx.session.scalar(select(DeliveryOrder).where(
        DeliveryOrder.sale_id == sale_id, DeliveryOrder.status != DeliveryStatus.CANCELLED))
    return None if order is None else _view(ctx, order)


# --- status --------------------------------------------------------------------------------

@dataclass(frozen=True)
class StatusInput:
    number: str
    status: DeliveryStatus | str
    note: str = ""
    new_day: date | None = None  # rescheduled: the new window
    window_from: str = ""
    window_to: str = ""
    km: str = ""  # km driven, if the rider says


def _km(text: str) -> int | None:
    if not text.strip():
        return None
    metres = parse_grams(text.replace("km", "").strip())  # same shape: 4,2 -> 4200
    if metres is None or metres > limits.MAX_DELIVERY_KM_M:
        raise ValidationError(msg.KM_INVALID.format(value=text.strip()[:20]))
    return metres


def set_status(ctx: Ctx, data: StatusInput) -> OrderView:
    """Delivered, not met (failed), moved to a new window (rescheduled) or cancelled;
    writes ``delivery.status_changed``. A delivered or cancelled order stays so."""
    order = order_row(ctx, data.number)
    ctx.require(_permission(order.kind))
    try:
        status = DeliveryStatus(data.status)
    except ValueError:
        raise ValidationError(msg.STATUS_NOT_SETTABLE.format(value=str(data.status)[:20])) \
            from None
    if status == DeliveryStatus.PLANNED:
        raise ValidationError(msg.STATUS_NOT_SETTABLE.format(value=msg.STATUS_LABELS[status]))
    current = DeliveryStatus(order.status)
    if current in FINAL:
        raise ConflictError(msg.STATUS_FINAL.format(number=order.number,
                                                    status=msg.STATUS_LABELS[current]))
    if status == current and status != DeliveryStatus.RESCHEDULED:
        raise ConflictError(msg.STATUS_SAME.format(number=order.number,
                                                   status=msg.STATUS_LABELS[current]))
    note = _text(data.note, limits.DELIVERY_NOTE_LENGTH, msg.NOTES_WORD)
    km = _km(data.km)
    start = end = None
    if status == DeliveryStatus.RESCHEDULED:
        if data.new_day is None or not data.window_from or not data.window_to:
            raise ValidationError(msg.RESCHEDULE_NEEDS_WINDOW)
        start, end = window(ctx, data.new_day, data.window_from, data.window_to)
        order.day, order.window_start, order.window_end = data.new_day, start, end
    now = ctx.now()
    order.status, order.status_at = status.value, now
    if km is not None:
        order.km_m = km
    ctx.session.add(DeliveryStatusChange(order_id=order.id, status=status.value,
                                         changed_at=now, changed_by=ctx.actor.name, note=note,
                                         window_start=start, window_end=end, km_m=km))
    ctx.session.flush()
    # The note stays out of the (frozen) audit chain: it may name a person.
    audit.record(ctx, "delivery.status", "delivery", order.number, status=status.value,
                 km_m=km)
    outbox.emit(ctx, EventType.DELIVERY_STATUS_CHANGED, DeliveryStatusPayload(
        uuid=order.uuid, status=status, changed_at=now, note=note, window_start=start,
        window_end=end, km_m=km, acted_by=ctx.actor.name or None,
        station=ctx.station.number if ctx.station else None))
    return _view(ctx, order)


def day_of(moment: datetime) -> date:
    """The Berlin day of a UTC moment."""
    return moment.astimezone(BERLIN).date()

