"""The one helper that writes outbox events, inside the caller's transaction.

Services hand in the event's payload model from the shared sync schema
(``app.sync_schema.payloads``); this helper checks that it is the model of that event type
and stores its JSON (``Payload.wire``), the same JSON the server validates.
"""

from __future__ import annotations

import uuid
from typing import Any

from sqlalchemy import bindparam, func, insert, select

from app.db import fast_sql
from app.db.models import OutboxEvent
from app.services.kernel.context import Ctx
from app.sync_schema.enums import EventType
from app.sync_schema.events import PAYLOADS
from app.sync_schema.payloads import Payload


def _wire(event_type: EventType, payload: Payload) -> dict[str, Any]:
    expected = PAYLOADS[event_type]
    if type(payload) is not expected:
        raise TypeError(f"{event_type} needs a {expected.__name__}, not "
                        f"{type(payload).__name__}")
    return payload.wire()


def acting_user(ctx: Ctx) -> str | None:
    """Who made a change, for the events the authority rules check
    (``sync_schema.authority``): a logged-in user's name; None for the system."""
    return ctx.actor.name if ctx.actor.user_id is not None else None


def emit(ctx: Ctx, event_type: EventType, payload: Payload) -> OutboxEvent:
    """Queue an event for the central server with the station's next sequence number."""
    data = _wire(event_type, payload)
    station_id = ctx.station_id
    last = ctx.session.scalar(
        select(func.max(OutboxEvent.seq)).where(OutboxEvent.station_id == station_id)
    )
    event = OutboxEvent(
        event_id=str(uuid.uuid4()), station_id=station_id, seq=(last or 0) + 1,
        type=event_type.value, occurred_at=ctx.now(), payload=data,
    )
    ctx.session.add(event)
    ctx.session.flush()
    return event


_NEXT_SEQ = (
    select(func.coalesce(func.max(OutboxEvent.seq), 0) + 1)
    .where(OutboxEvent.station_id == bindparam("sid"))
    .scalar_subquery()
)
_INSERT = fast_sql.Prepared(
    insert(OutboxEvent).values(seq=_NEXT_SEQ).returning(OutboxEvent.seq),
    ("event_id", "station_id", "type", "occurred_at", "payload", "acked_at", "attempts",
     "last_error"))


def emit_fast(ctx: Ctx, event_type: EventType, payload: Payload) -> tuple[str, int]:
    """The same event as ``emit`` in one Core statement; returns ``(event_id, seq)``."""
    data = _wire(event_type, payload)
    station_id = ctx.station_id
    event_id = str(uuid.uuid4())
    row = fast_sql.execute(ctx, _INSERT, {
        "event_id": event_id, "station_id": station_id, "sid": station_id,
        "type": event_type.value, "occurred_at": ctx.now(), "payload": data, "acked_at": None,
        "attempts": 0, "last_error": "",
    })
    return event_id, int(row[0])


def pending_count(ctx: Ctx) -> int:
    return ctx.session.scalar(
        select(func.count()).select_from(OutboxEvent).where(OutboxEvent.acked_at.is_(None))
    ) or 0
