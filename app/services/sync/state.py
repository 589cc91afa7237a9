"""Reading and writing the till's sync state and its outbox delivery columns."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select, update

from app.db.models import OutboxEvent, SyncConflict, SyncState
from app.services.kernel import audit, outbox
from app.services.kernel.context import Ctx
from app.sync_schema import AuditHead, Event


@dataclass(frozen=True)
class SyncOverview:
    """What the status bar and the settings page show about sync."""

    registered: bool
    server_url: str
    last_sync_at: datetime | None
    last_attempt_at: datetime | None
    last_error: str
    pending: int
    conflicts: int

    @property
    def online(self) -> bool:
        return self.registered and not self.last_error and self.last_sync_at is not None


def overview(ctx: Ctx) -> SyncOverview:
    """Sync status without touching the network (safe to call on every refresh)."""
    state = peek(ctx)
    conflicts = ctx.session.scalar(select(func.count()).select_from(SyncConflict)) or 0
    return SyncOverview(
        registered=bool(state and state.registered_at),
        server_url=state.server_url if state else "",
        last_sync_at=state.last_sync_at if state else None,
        last_attempt_at=state.last_attempt_at if state else None,
        last_error=state.last_error if state else "", pending=outbox.pending_count(ctx),
        conflicts=conflicts)


def get(ctx: Ctx) -> SyncState:
    """The single state row, created on first use."""
    state = ctx.session.get(SyncState, 1)
    if state is None:
        state = SyncState(id=1)
        ctx.session.add(state)
        ctx.session.flush()
    return state


def peek(ctx: Ctx) -> SyncState | None:
    """The state row without creating it (read-only callers)."""
    return ctx.session.get(SyncState, 1)


def pending_events(ctx: Ctx, limit: int) -> list[Event]:
    """The oldest unacknowledged events of this station, in seq order, as sent."""
    station = ctx.station
    assert station is not None
    rows = ctx.session.execute(
        select(OutboxEvent.event_id, OutboxEvent.seq, OutboxEvent.type,
               OutboxEvent.occurred_at, OutboxEvent.payload)
        .where(OutboxEvent.station_id == station.id, OutboxEvent.acked_at.is_(None))
        .order_by(OutboxEvent.seq).limit(limit))
    return [Event(event_id=eid, station_id=station.number, seq=seq, type=kind,
                  occurred_at=at, payload=payload) for eid, seq, kind, at, payload in rows]


def audit_head(ctx: Ctx) -> AuditHead:
    """The audit chain's head for a push, with the chain's hash at the position of the
    newest anchor the server confirmed."""
    head = audit.head(ctx.session)
    state = peek(ctx)
    anchor = state.audit_anchor_count if state else 0
    at_anchor = audit.hash_at(ctx.session, anchor) if 0 < anchor <= head.count else ""
    # A chain now shorter than the anchor sends no hash there: the server flags it.
    return AuditHead(count=head.count, hash=head.hash, anchor_count=anchor,
                     anchor_hash=at_anchor)


def note_audit_anchor(ctx: Ctx, count: int) -> None:
    """Remember the newest audit head the server stored for this station."""
    get(ctx).audit_anchor_count = max(0, count)


def last_seq(ctx: Ctx) -> int:
    return ctx.session.scalar(select(func.max(OutboxEvent.seq)).where(
        OutboxEvent.station_id == ctx.station_id)) or 0


def mark_acked(ctx: Ctx, acked_seq: int, now: datetime) -> int:
    """Acknowledge everything up to ``acked_seq``; un-acknowledge anything above it that
    the server says it lacks (a server restored from a backup). Returns rows acked."""
    sid = ctx.station_id
    done = ctx.session.connection().execute(
        update(OutboxEvent).where(OutboxEvent.station_id == sid, OutboxEvent.seq <= acked_seq,
                                  OutboxEvent.acked_at.is_(None))
        .values(acked_at=now, last_error="")).rowcount
    ctx.session.execute(
        update(OutboxEvent).where(OutboxEvent.station_id == sid, OutboxEvent.seq > acked_seq,
                                  OutboxEvent.acked_at.is_not(None))
        .values(acked_at=None))
    return int(done or 0)


def note_failure(ctx: Ctx, first_seq: int, last: int, error: str) -> None:
    """Count a failed delivery on the events of the batch and keep the reason."""
    ctx.session.execute(
        update(OutboxEvent).where(OutboxEvent.station_id == ctx.station_id,
                                  OutboxEvent.seq.between(first_seq, last),
                                  OutboxEvent.acked_at.is_(None))
        .values(attempts=OutboxEvent.attempts + 1, last_error=error[:500]))
