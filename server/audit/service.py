"""Storing and checking the heads of the stations' audit chains. Never commits.

A till sends its chain's head (entry count and newest hash) with every push, plus its
hash at the position of the newest head the server confirmed before. A head is a
problem when the chain is now shorter than a head seen before (entries deleted, the
table emptied) or has another hash at a position seen before (entries edited and the
chain recomputed). Good heads are kept once; every problem is kept with its reason, so
``kreislauf-server audit verify`` keeps failing for that station until someone looks.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.sync_schema import AnchorEntry, AuditHead
from server.models import AuditAnchor, Station

log = logging.getLogger(__name__)
SHORTER = "shorter"
DIVERGED = "diverged"
MAX_LISTED = 5000  # the newest good heads a till gets for its own check

SHORTER_DETAIL = ("Die Kette hat nur {count} Einträge; die Zentrale kannte schon {known}. "
                  "Einträge wurden gelöscht.")
DIVERGED_DETAIL = ("Eintrag Nr. {position} hat einen anderen Hash als zuvor gemeldet. "
                   "Einträge wurden geändert und die Kette neu berechnet.")


def _good_hashes(session: Session, station_id: int, count: int) -> set[str]:
    return set(session.scalars(select(AuditAnchor.head_hash).where(
        AuditAnchor.station_id == station_id, AuditAnchor.entry_count == count,
        AuditAnchor.problem == "")))


def _longest(session: Session, station_id: int) -> int | None:
    return session.scalar(select(func.max(AuditAnchor.entry_count)).where(
        AuditAnchor.station_id == station_id, AuditAnchor.problem == ""))


def record(session: Session, station: Station, head: AuditHead, now: datetime) -> int:
    """Keep ``head`` as an anchor of ``station`` (a problem when it contradicts an earlier
    one); returns the entry count of the newest good anchor, for the till's next push."""
    longest = _longest(session, station.id)
    same = _good_hashes(session, station.id, head.count)
    problem, detail = "", ""
    if same and head.hash not in same:
        problem, detail = DIVERGED, DIVERGED_DETAIL.format(position=head.count)
    elif longest is not None and head.count < longest:
        problem, detail = SHORTER, SHORTER_DETAIL.format(count=head.count, known=longest)
    elif head.anchor_count > 0:
        earlier = _good_hashes(session, station.id, head.anchor_count)
        if earlier and not head.anchor_hash:
            problem, detail = SHORTER, SHORTER_DETAIL.format(count=head.count,
                                                             known=head.anchor_count)
        elif earlier and head.anchor_hash not in earlier:
            problem, detail = DIVERGED, DIVERGED_DETAIL.format(position=head.anchor_count)
    if problem:
        log.warning("station %s audit chain: %s (%s)", station.number, problem, detail)
    if problem or not same:  # a good head already kept is not kept twice
        session.add(AuditAnchor(station_id=station.id, entry_count=head.count,
                                head_hash=head.hash, received_at=now, problem=problem,
                                detail=detail))
        session.flush()
    newest = _longest(session, station.id)
    return newest if newest is not None else 0


def good_anchors(session: Session, station: Station) -> list[AnchorEntry]:
    """The good heads of ``station``'s chain, oldest first (at most ``MAX_LISTED``)."""
    rows = session.execute(
        select(AuditAnchor.entry_count, AuditAnchor.head_hash)
        .where(AuditAnchor.station_id == station.id, AuditAnchor.problem == "")
        .order_by(AuditAnchor.entry_count.desc()).limit(MAX_LISTED)).all()
    return [AnchorEntry(count=c, hash=h) for c, h in reversed(rows)]


@dataclass(frozen=True)
class Problem:
    received_at: datetime
    kind: str
    detail: str


@dataclass(frozen=True)
class StationAudit:
    """What the server knows of one station's chain."""

    number: int
    anchors: int
    newest_count: int | None
    newest_hash: str
    problems: list[Problem]

    @property
    def ok(self) -> bool:
        return not self.problems


def check_station(session: Session, station: Station) -> StationAudit:
    """The good anchors and every problem the pushes of ``station`` showed."""
    good = session.scalar(select(func.count()).select_from(AuditAnchor).where(
        AuditAnchor.station_id == station.id, AuditAnchor.problem == "")) or 0
    newest = session.execute(
        select(AuditAnchor.entry_count, AuditAnchor.head_hash)
        .where(AuditAnchor.station_id == station.id, AuditAnchor.problem == "")
        .order_by(AuditAnchor.entry_count.desc()).limit(1)).first()
    problems = [Problem(at, kind, detail) for at, kind, detail in session.execute(
        select(AuditAnchor.received_at, AuditAnchor.problem, AuditAnchor.detail)
        .where(AuditAnchor.station_id == station.id, AuditAnchor.problem != "")
        .order_by(AuditAnchor.id))]
    return StationAudit(station.number, int(good), newest[0] if newest else None,
                        newest[1] if newest else "", problems)
