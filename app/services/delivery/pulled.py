"""Recording a delivery status the central office set, pulled from the server.

The Soest logistics partner marks an order delivered, not met or cancelled on the
server's page, or moves it to a new day and window (rescheduled); the station that
booked the order takes that status (and window) into its own history here, as
``Zentrale: <office user>``. Applying is replication, not a new change: no outbox
event (the server has the status already; sending it back would echo), and delivered
and cancelled stay so, as at the till: an order already final keeps its status.
"""

from __future__ import annotations

from enum import StrEnum

from sqlalchemy import select

from app.db.models import DeliveryOrder, DeliveryStatusChange
from app.services.delivery.orders import FINAL, day_of
from app.services.kernel import audit
from app.services.kernel.context import Ctx
from app.sync_schema.enums import DeliveryStatus
from app.sync_schema.payloads import DeliveryOfficeStatusPayload, office_actor

PULLED_ACTION = "delivery.status_pulled"  # the audit entry of a status taken from the office


class Pulled(StrEnum):
    """What became of a status the office set."""

    APPLIED = "applied"  # the order has the new status and a history record
    ALREADY = "already"  # this report (or this status) is recorded already
    FINAL = "final"  # the order was delivered or cancelled here: it stays so
    UNKNOWN = "unknown"  # this till has no order with that uuid and number


def apply_office_status(ctx: Ctx, data: DeliveryOfficeStatusPayload) -> Pulled:
    """Take the office's status of one of this till's orders (the caller has checked the
    change came from the office for this station); writes no outbox event."""
    order = ctx.session.scalar(select(DeliveryOrder).where(
        DeliveryOrder.uuid == data.uuid.lower()))
    if order is None or order.number != data.number:
        return Pulled.UNKNOWN
    by = office_actor(data.changed_by)
    records = ctx.session.execute(select(
        DeliveryStatusChange.status, DeliveryStatusChange.changed_at,
        DeliveryStatusChange.changed_by).where(DeliveryStatusChange.order_id == order.id))
    if any((status, at, who) == (data.status, data.changed_at, by)
           for status, at, who in records):
        return Pulled.ALREADY  # the same change pulled again
    if DeliveryStatus(order.status) in FINAL:
        return Pulled.FINAL
    start, end = data.window_start, data.window_end  # set exactly when rescheduled
    window: dict[str, str] = {}
    if start is not None and end is not None:  # a new window, even if moved before
        order.day, order.window_start, order.window_end = day_of(start), start, end
        window = {"window_start": start.isoformat(), "window_end": end.isoformat()}
    elif order.status == data.status:
        return Pulled.ALREADY  # the till knows it already (the rider told both)
    order.status, order.status_at = data.status.value, data.changed_at
    ctx.session.add(DeliveryStatusChange(order_id=order.id, status=data.status.value,
                                         changed_at=data.changed_at, changed_by=by,
                                         window_start=start, window_end=end))
    ctx.session.flush()
    audit.record(ctx, PULLED_ACTION, "delivery", order.number, status=data.status.value,
                 changed_by=by, **window)
    return Pulled.APPLIED
