"""Push and pull. Services take the request's session and never commit.

Push stores each event exactly once (unique ``event_id`` and ``(station, seq)``),
applies it to the central tables, and answers with the highest contiguous seq stored.
A bad event is stored with status ``quarantined`` plus a quarantine row with the
reason, so it counts as stored and never blocks the events behind it.
"""

from __future__ import annotations

import logging
import uuid
from datetime import datetime
from typing import Any

import pydantic
from pydantic import BaseModel
from sqlalchemy.exc import DataError, IntegrityError
from sqlalchemy.orm import Session

from app.sync_schema import (
    MAX_PULL,
    Change,
    ErrorCode,
    Event,
    Gap,
    PullResult,
    PushBatch,
    PushResult,
    limits,
)
from app.sync_schema import changes as change_schema
from app.sync_schema.enums import EventType
from app.sync_schema.payloads import is_uuid
from server.audit import service as audit_anchors
from server.deliveries import service as deliveries
from server.errors import ApiError
from server.models import Change as ChangeRow
from server.models import Station
from server.sync import authority
from server.sync import repository as repo
from server.sync.apply import BatchApplier, parse
from server.sync.pending import Pending, Reject
from server.sync.retry import retry_quarantined

log = logging.getLogger(__name__)
_SALVAGED = uuid.UUID("6f1d3c2e-5b0a-4c61-9a8e-2d7f4b9c1e03")  # namespace of derived ids


def push(session: Session, station: Station, batch: PushBatch, now: datetime) -> PushResult:
    """Store, apply and acknowledge one batch of the authenticated station's events."""
    if batch.station_id != station.number:
        raise ApiError(ErrorCode.FORBIDDEN, expected=station.number, got=batch.station_id)
    quarantine: list[dict[str, Any]] = []
    quarantined: list[str] = []
    events: list[Event] = []
    # event_id -> (reason, the id as sent), for envelopes that failed validation
    broken: dict[str, tuple[str, str]] = {}
    for raw in batch.events:
        try:
            event = Event.model_validate(raw)
        except pydantic.ValidationError as exc:
            salvaged = _salvage(raw, station.number, now)
            if salvaged is not None:
                events.append(salvaged)
                broken[salvaged.event_id] = (change_schema.describe(exc), _sent_id(raw, salvaged))
                continue
            seq = _seq(raw.get("seq"))
            eid = raw.get("event_id") if is_uuid(raw.get("event_id")) else None
            quarantine.append({"station_id": station.id, "event_id": eid, "seq": seq,
                               "type": str(raw.get("type") or "")[:limits.TYPE_LENGTH],
                               "raw": raw, "reason": change_schema.describe(exc),
                               "received_at": now})
            quarantined.append(eid or f"seq {str(raw.get('seq'))[:24]}")
            continue
        if event.station_id != station.number:
            raise ApiError(ErrorCode.FORBIDDEN, expected=station.number, got=event.station_id)
        events.append(event)

    known = repo.known_event_ids(session, (e.event_id for e in events))
    taken = repo.known_seqs(session, station.id, (e.seq for e in events))
    fresh: list[Event] = []
    seen_ids: set[str] = set()
    duplicates = 0
    for event in sorted(events, key=lambda e: e.seq):
        if event.event_id in known or event.event_id in seen_ids:
            duplicates += 1
            continue
        if event.seq in taken:
            quarantine.append({"station_id": station.id, "event_id": event.event_id,
                               "seq": event.seq, "type": event.type,
                               "raw": event.model_dump(mode="json"), "received_at": now,
                               "reason": f"Sequenznummer {event.seq} ist schon mit einem "
                                         "anderen Ereignis belegt"})
            quarantined.append(event.event_id)
            continue
        seen_ids.add(event.event_id)
        taken.add(event.seq)
        fresh.append(event)

    repo.lock_item_codes(session, _sold_codes(fresh))
    pending = Pending(station.number, station.store_id, now,
                      setting_up=authority.setting_up(session, station.store_id))
    statuses = _apply_all(session, pending, [e for e in fresh if e.event_id not in broken],
                          quarantine, quarantined, station.id, now)
    for event in fresh:
        if event.event_id in broken:
            statuses[event.event_id] = "quarantined"
            reason, sent = broken[event.event_id]
            quarantine.append({"station_id": station.id, "event_id": sent,
                               "seq": event.seq, "type": event.type, "raw": event.payload,
                               "reason": reason, "received_at": now})
            quarantined.append(sent)
    repo.insert_events(session, [{
        "event_id": e.event_id, "station_id": station.id, "seq": e.seq, "type": e.type,
        "occurred_at": e.occurred_at, "payload": e.payload, "status": statuses[e.event_id],
        "received_at": now} for e in fresh])
    retry_quarantined(session, pending, now)  # events that waited for what just came
    repo.insert_quarantine(session, quarantine)
    if pending.anonymised:  # this push's own copies of orders whose data is gone
        deliveries.scrub_copies(session, pending.anonymised)
    repo.insert_changes(session, pending.feed())

    acked, gaps = _contiguous(session, station)
    station.acked_seq = acked
    station.reported_seq = max(station.reported_seq, batch.last_seq or 0,
                               max((e.seq for e in events), default=0))
    # The till's audit chain head, kept outside its database file (server.audit).
    anchor = (audit_anchors.record(session, station, batch.audit_head, now)
              if batch.audit_head is not None else None)
    return PushResult(acked_seq=acked, stored=len(fresh), duplicates=duplicates,
                      quarantined=quarantined, gaps=gaps, audit_anchor=anchor)


def _sold_codes(events: list[Event]) -> list[str]:
    codes = []
    for event in events:
        if event.type == EventType.SALE_COMPLETED:
            lines = event.payload.get("lines")
            for line in lines if isinstance(lines, list) else []:
                code = line.get("item_code") if isinstance(line, dict) else None
                if isinstance(code, str) and code.isdigit() and len(code) == 13:
                    codes.append(code)
    return codes


def _seq(value: object) -> int | None:
    """``value`` if it is a seq the schema takes (an int, not a bool, within a BIGINT)."""
    return value if type(value) is int and 1 <= value <= limits.MAX_ID else None


def _salvage(raw: dict[str, Any], station: int, now: datetime) -> Event | None:
    """A malformed event whose seq and station are still readable is stored
    (quarantined), so the contiguous seq moves past it; its original body is kept as the
    payload. An id that is no UUID is replaced by one derived from station, seq and that
    id, so a resent copy is a duplicate and nothing but a UUID becomes an event id."""
    eid, seq, sender = raw.get("event_id"), _seq(raw.get("seq")), raw.get("station_id")
    if seq is None or type(sender) is not int or sender != station:
        return None
    event_id = eid if isinstance(eid, str) and is_uuid(eid) else str(
        uuid.uuid5(_SALVAGED, f"{station}:{seq}:{str(eid)[:200]}"))
    return Event.model_construct(event_id=event_id, station_id=station, seq=seq,
                                 type=str(raw.get("type") or "?")[:limits.TYPE_LENGTH],
                                 occurred_at=now, payload={"raw": raw})


def _sent_id(raw: dict[str, Any], salvaged: Event) -> str:
    """The id a salvaged event came with, as the till and the office know it (the page
    prints it as text); the stored event itself always has a UUID."""
    eid = raw.get("event_id")
    return eid[:limits.UUID_LENGTH] if isinstance(eid, str) and eid else salvaged.event_id


def _apply_all(session: Session, pending: Pending, fresh: list[Event],
               quarantine: list[dict[str, Any]], quarantined: list[str], station_id: int,
               now: datetime) -> dict[str, str]:
    """Apply every event; the fast path applies the batch at once, and only if the
    database refuses something unforeseen is it redone one savepoint per event."""
    statuses: dict[str, str] = {}
    reasons: dict[str, tuple[str, bool]] = {}
    todo: list[tuple[Event, BaseModel]] = []
    for event in fresh:
        try:
            authority.event_type(event.type)  # fail closed: an unknown type is refused
            data = parse(event.type, event.payload)
            if data is None:
                _stored_only(pending, event)
        except pydantic.ValidationError as exc:
            reasons[event.event_id] = (change_schema.describe(exc), False)
            continue
        except Reject as exc:
            reasons[event.event_id] = (str(exc)[:500], False)
            continue
        if data is None:
            statuses[event.event_id] = "stored"
        else:
            todo.append((event, data))
    mark = len(pending.changes)
    outer = session.begin_nested()
    try:
        batch_reasons = _apply_batch(session, pending, todo, savepoints=False)
        outer.commit()
    except (IntegrityError, DataError):  # the data's fault; lost connections propagate
        log.info("batch of station %s needs the slow path", pending.station, exc_info=True)
        outer.rollback()
        del pending.changes[mark:]
        batch_reasons = _apply_batch(session, pending, todo, savepoints=True)
    reasons.update(batch_reasons)
    for event in fresh:
        if event.event_id in reasons:
            statuses[event.event_id] = "quarantined"
            reason, retry = reasons[event.event_id]
            quarantine.append({"station_id": station_id, "event_id": event.event_id,
                               "seq": event.seq, "type": event.type,
                               "raw": event.model_dump(mode="json"), "reason": reason,
                               "retry": retry, "received_at": now})
            quarantined.append(event.event_id)
        else:
            statuses.setdefault(event.event_id, "applied")
    return statuses


def _stored_only(pending: Pending, event: Event) -> None:
    """A type the server only stores (set-up, till and store details): the station's own."""
    # A repair record or volunteer hours name their station as ``station``.
    number = event.payload.get("number") if event.type == EventType.STATION_INITIALISED \
        else event.payload.get("station")
    authority.station(pending, number if isinstance(number, int) else None)


def _apply_batch(session: Session, pending: Pending, todo: list[tuple[Event, BaseModel]],
                 *, savepoints: bool) -> dict[str, tuple[str, bool]]:
    """Reasons (and whether to retry later) for the events turned away; the rest is
    applied."""
    reasons: dict[str, tuple[str, bool]] = {}
    if not savepoints:
        applier = BatchApplier(session, pending, [(e.type, d) for e, d in todo])
        for event, data in todo:
            try:
                applier.apply(event.event_id, event.type, data, event.payload)
            except Reject as exc:
                reasons[event.event_id] = (str(exc)[:500], exc.retry)
        applier.flush()
        return reasons
    for event, data in todo:
        mark = len(pending.changes)
        # Two tries: a unique violation may come from another worker that committed the
        # same new category or user a moment ago; the second try sees its row.
        for attempt in (1, 2):
            try:
                with session.begin_nested():
                    one = BatchApplier(session, pending, [(event.type, data)])
                    one.apply(event.event_id, event.type, data, event.payload)
                    one.flush()
                break
            except Reject as exc:
                del pending.changes[mark:]
                reasons[event.event_id] = (str(exc)[:500], exc.retry)
                break
            except (IntegrityError, DataError) as exc:
                del pending.changes[mark:]
                if attempt == 2 or isinstance(exc, DataError):
                    reasons[event.event_id] = (
                        f"Von der Datenbank abgelehnt: {type(exc).__name__}", False)
    return reasons


def _contiguous(session: Session, station: Station) -> tuple[int, list[Gap]]:
    """The highest seq up to which everything is stored, and the holes above it."""
    acked = prev = station.acked_seq
    gaps: list[Gap] = []
    for seq in repo.seqs_after(session, station.id, acked):
        if seq != prev + 1:
            gaps.append(Gap(first=prev + 1, last=seq - 1))
        elif not gaps:
            acked = seq
        prev = seq
    return acked, gaps


def pull(session: Session, station: Station, cursor: int, limit: int = MAX_PULL) -> PullResult:
    """Central changes after ``cursor`` that came from the other stations of this
    station's store (a store's records are its own business), and those meant for this
    station alone (``Change.target``: the office's status of one of its deliveries)."""
    limit = max(1, min(limit, MAX_PULL))
    rows = repo.changes_after(session, cursor, limit)
    station.pull_cursor = max(station.pull_cursor, cursor)
    colleagues = repo.store_stations(session, station.store_id) - {station.number}
    changes = [Change(cursor=r.cursor, kind=r.kind, key=r.key, origin_station=r.origin,
                      data=r.data) for r in rows
               if _meant_for(r, station.number, colleagues)]
    next_cursor = rows[-1].cursor if rows else cursor
    return PullResult(changes=changes, cursor=next_cursor, more=len(rows) == limit)


def _meant_for(row: ChangeRow, number: int, colleagues: set[int]) -> bool:
    if row.target is not None:
        return row.target == number
    return row.origin != number and (row.origin is None or row.origin in colleagues)
