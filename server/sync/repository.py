"""Queries of the event store and the change feed."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from sqlalchemy import insert, select, text, update
from sqlalchemy.orm import Session

from server.models import Change, ChangeCounter, Event, Quarantine, Station


def known_event_ids(session: Session, ids: Iterable[str]) -> dict[str, tuple[int, int]]:
    """event_id -> (station row id, seq) for the ids already stored."""
    wanted = list(ids)
    if not wanted:
        return {}
    rows = session.execute(select(Event.event_id, Event.station_id, Event.seq)
                           .where(Event.event_id.in_(wanted)))
    return {eid: (sid, seq) for eid, sid, seq in rows}


def known_seqs(session: Session, station_id: int, seqs: Iterable[int]) -> set[int]:
    wanted = list(seqs)
    if not wanted:
        return set()
    return set(session.scalars(select(Event.seq).where(
        Event.station_id == station_id, Event.seq.in_(wanted))))


def seqs_after(session: Session, station_id: int, after: int, limit: int = 5000) -> list[int]:
    return list(session.scalars(
        select(Event.seq).where(Event.station_id == station_id, Event.seq > after)
        .order_by(Event.seq).limit(limit)))


def lock_item_codes(session: Session, codes: Iterable[str]) -> None:
    """On PostgreSQL, serialise sales of the same unique item across workers, so two tills
    selling it at once cannot both miss the conflict. Taken in sorted order, after the
    station's row and before the change counter, so pushes never deadlock each other."""
    if session.get_bind().dialect.name != "postgresql":
        return  # SQLite writers are serialised by BEGIN IMMEDIATE already
    keys = sorted({int(code) for code in codes})
    if keys:  # one round trip; the sorted subquery feeds the locks in ascending order
        session.execute(text(
            "SELECT count(pg_advisory_xact_lock(k)) FROM "
            "(SELECT unnest(CAST(:keys AS bigint[])) AS k ORDER BY 1) AS sorted_keys"),
            {"keys": keys})


def insert_events(session: Session, rows: list[dict[str, Any]]) -> None:
    if rows:  # Core executemany: the ORM's bulk path costs more than the SQL here
        session.connection().execute(insert(Event), rows)


def insert_quarantine(session: Session, rows: list[dict[str, Any]]) -> None:
    """Store quarantine rows; an unreadable event that a till sends again (it is never
    acknowledged) is listed once, not once per retry."""
    fresh = []
    for row in rows:
        if row["seq"] is None or row["event_id"] is None:
            again = session.scalar(select(Quarantine.id).where(
                Quarantine.station_id == row["station_id"], Quarantine.reason == row["reason"],
                Quarantine.event_id.is_(None) if row["event_id"] is None
                else Quarantine.event_id == row["event_id"],
                Quarantine.seq.is_(None) if row["seq"] is None
                else Quarantine.seq == row["seq"]).limit(1))
            if again is not None:
                continue
        fresh.append({**row, "retry": row.get("retry", False), "resolved_at": None})
    if fresh:
        session.execute(insert(Quarantine), fresh)


def insert_changes(session: Session, rows: list[dict[str, Any]]) -> None:
    """Number the changes from the global counter (locked until commit) and store them."""
    if not rows:
        return
    last = session.execute(
        update(ChangeCounter).where(ChangeCounter.id == 1)
        .values(value=ChangeCounter.value + len(rows)).returning(ChangeCounter.value)
    ).scalar_one()
    first = last - len(rows) + 1
    session.connection().execute(insert(Change),
                                 [{**row, "cursor": first + n} for n, row in enumerate(rows)])


def store_stations(session: Session, store_id: int) -> set[int]:
    """The station numbers of one store."""
    return set(session.scalars(select(Station.number).where(Station.store_id == store_id)))


def changes_after(session: Session, cursor: int, limit: int) -> list[Change]:
    return list(session.scalars(select(Change).where(Change.cursor > cursor)
                                .order_by(Change.cursor).limit(limit)))
