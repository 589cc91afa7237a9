"""The one helper that writes outbox events, inside the caller's transaction."""

from __future__ import annotations

import uuid
from typing import Any

from sqlalchemy import bindparam, func, insert, select

from app.db import fast_sql
from app.db.models import OutboxEvent
from app.services.kernel.context import Ctx


def emit(ctx: Ctx, event_type: str, payload: dict[str, Any]) -> OutboxEvent:
    """Queue an event for the central server with the station's next sequence number."""
    station_id = ctx.station_id
    last = ctx.session.scalar(
        select(func.max(OutboxEvent.seq)).where(OutboxEvent.station_id == station_id)
    )
    event = OutboxEvent(
        event_id=str(uuid.uuid4()), station_id=station_id, seq=(last or 0) + 1,
        type=event_type, occurred_at=ctx.now(), payload=payload,
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


def emit_fast(ctx: Ctx, event_type: str, payload: dict[str, Any]) -> tuple[str, int]:
    """The same event as ``emit`` in one Core statement; returns ``(event_id, seq)``."""
    station_id = ctx.station_id
    event_id = str(uuid.uuid4())
    row = fast_sql.execute(ctx, _INSERT, {
        "event_id": event_id, "station_id": station_id, "sid": station_id,
        "type": event_type, "occurred_at": ctx.now(), "payload": payload, "acked_at": None,
        "attempts": 0, "last_error": "",
    })
    return event_id, int(row[0])


def pending_count(ctx: Ctx) -> int:
    return ctx.session.scalar(
        select(func.count()).select_from(OutboxEvent).where(OutboxEvent.acked_at.is_(None))
    ) or 0
