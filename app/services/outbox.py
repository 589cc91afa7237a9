"""The one helper that writes outbox events, inside the caller's transaction."""

from __future__ import annotations

import uuid
from typing import Any

from sqlalchemy import func, select

from app.db.models import OutboxEvent
from app.services.context import Ctx


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


def pending_count(ctx: Ctx) -> int:
    return ctx.session.scalar(
        select(func.count()).select_from(OutboxEvent).where(OutboxEvent.acked_at.is_(None))
    ) or 0
