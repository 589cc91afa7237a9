"""Trying quarantined events again: those waiting for a reference after every push, all
of them when the central office asks (``kreislauf-server quarantine retry``)."""

from __future__ import annotations

from datetime import datetime

import pydantic
from sqlalchemy import select, update
from sqlalchemy.exc import DataError, IntegrityError
from sqlalchemy.orm import Session

from server.models import Event, Quarantine, Station
from server.sync.apply import BatchApplier, parse
from server.sync.pending import Pending, Reject


def retry_quarantined(session: Session, into: Pending, now: datetime, *,
                      waiting_only: bool = True, limit: int = 200) -> int:
    """Apply quarantined events that now succeed (oldest first, repeated while one
    success unlocks another); their changes join ``into``. Returns how many."""
    total = 0
    for _round in range(5):
        done = _one_round(session, into, now, waiting_only, limit)
        total += done
        if not done:
            break
    return total


def _one_round(session: Session, into: Pending, now: datetime, waiting_only: bool,
               limit: int) -> int:
    query = (select(Quarantine.event_id).where(Quarantine.resolved_at.is_(None),
                                               Quarantine.event_id.is_not(None))
             .order_by(Quarantine.id).limit(limit))
    if waiting_only:
        query = query.where(Quarantine.retry.is_(True))
    ids = [eid for eid in session.scalars(query) if eid]
    if not ids:
        return 0
    rows = session.execute(
        select(Event.id, Event.event_id, Event.type, Event.payload, Station.number,
               Station.store_id)
        .join(Station, Station.id == Event.station_id)
        .where(Event.event_id.in_(ids), Event.status == "quarantined")
        .order_by(Event.id)).all()
    done = 0
    for row_id, event_id, kind, payload, number, store_id in rows:
        try:
            data = parse(kind, payload)
        except pydantic.ValidationError:
            continue
        if data is None:
            continue
        pending = Pending(number, store_id, now)
        try:
            with session.begin_nested():
                one = BatchApplier(session, pending, [(kind, data)])
                one.apply(event_id, kind, data, payload)
                one.flush()
        except (Reject, IntegrityError, DataError):
            continue
        session.execute(update(Event).where(Event.id == row_id).values(status="applied"))
        session.execute(update(Quarantine).where(Quarantine.event_id == event_id,
                                                 Quarantine.resolved_at.is_(None))
                        .values(resolved_at=now))
        into.changes.extend(pending.changes)
        into.anonymised |= pending.anonymised
        done += 1
    return done
