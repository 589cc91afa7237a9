"""The append-only, hash-chained audit log.

Each entry's hash is SHA-256 over the previous entry's hash and the entry's own fields
in canonical JSON, so editing, deleting or reordering any row breaks the chain at that
row, and ``verify`` names it.

The chain alone cannot notice someone with the database file who drops the triggers,
deletes the newest entries or recomputes every hash after an edit: the result is a
shorter or different chain that is consistent in itself. So the chain is also anchored
outside the file: its head (``head``: entry count and newest hash) goes to the central
server with every sync push, and the Z report prints the head of its closing. ``verify``
with ``anchors`` fails when the chain is shorter than an anchor or has another hash at
the anchor's position.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session

from app.db import fast_sql
from app.db.models import AuditEntry
from app.db.types import canonical_json
from app.services.kernel.context import Ctx

GENESIS = "0" * 64


def entry_hash(prev_hash: str, fields: dict[str, Any]) -> str:
    return hashlib.sha256((prev_hash + canonical_json(fields)).encode()).hexdigest()


def _fields(
    at: datetime, station_id: int | None, user_id: int | None, user_name: str,
    action: str, object_type: str, object_id: str, details: Any,
) -> dict[str, Any]:
    return {
        "at": at.astimezone(UTC).isoformat(timespec="microseconds"),
        "station_id": station_id,
        "user_id": user_id,
        "user_name": user_name,
        "action": action,
        "object_type": object_type,
        "object_id": object_id,
        "details": details,
    }


def record(ctx: Ctx, action: str, obj: str = "", obj_id: object = "", **details: Any) -> AuditEntry:
    """Append an audit entry for the current actor; part of the caller's transaction."""
    session = ctx.session
    prev = session.scalar(select(AuditEntry.hash).order_by(AuditEntry.id.desc()).limit(1))
    prev_hash = prev or GENESIS
    at = ctx.now()
    station_id = ctx.station.id if ctx.station else None
    fields = _fields(at, station_id, ctx.actor.user_id, ctx.actor.name, action, obj,
                     str(obj_id), details)
    entry = AuditEntry(
        at=at, station_id=station_id, user_id=ctx.actor.user_id, user_name=ctx.actor.name,
        action=action, object_type=obj, object_id=str(obj_id), details=details,
        prev_hash=prev_hash, hash=entry_hash(prev_hash, fields),
    )
    session.add(entry)
    session.flush()
    return entry


_LAST_HASH = fast_sql.Prepared(select(AuditEntry.hash).order_by(AuditEntry.id.desc()).limit(1))
_INSERT = fast_sql.Prepared(insert(AuditEntry), (
    "at", "station_id", "user_id", "user_name", "action", "object_type", "object_id",
    "details", "prev_hash", "hash"))


def record_fast(ctx: Ctx, action: str, obj: str = "", obj_id: object = "",
                **details: Any) -> str:
    """The same entry as ``record``, written with one select and one insert.

    For hot paths (a sale): no ORM object, no flush, statements compiled once
    (``fast_sql``). Returns the entry's hash.
    """
    last = fast_sql.execute(ctx, _LAST_HASH, {})
    prev_hash = last[0] if last is not None else GENESIS
    at = ctx.now()
    station_id = ctx.station.id if ctx.station else None
    fields = _fields(at, station_id, ctx.actor.user_id, ctx.actor.name, action, obj,
                     str(obj_id), details)
    digest = entry_hash(prev_hash, fields)
    fast_sql.execute(ctx, _INSERT, {
        "at": at, "station_id": station_id, "user_id": ctx.actor.user_id,
        "user_name": ctx.actor.name, "action": action, "object_type": obj,
        "object_id": str(obj_id), "details": details, "prev_hash": prev_hash, "hash": digest,
    })
    return digest


@dataclass(frozen=True)
class ChainHead:
    """Where the chain stands: ``count`` entries, the newest with ``hash``."""

    count: int
    hash: str


@dataclass(frozen=True)
class Anchor:
    """A head seen outside this database: at the central server or on a printed Z.

    ``hash`` may be a prefix (at least ``MIN_ANCHOR_HEX`` characters) of the full hash, as
    someone types it from paper."""

    count: int
    hash: str
    source: str


MIN_ANCHOR_HEX = 12


@dataclass(frozen=True)
class VerifyResult:
    ok: bool
    count: int
    broken_id: int | None = None
    broken_action: str = ""
    broken_at: datetime | None = None
    anchors_checked: int = 0
    # The first anchor the chain does not reach or does not match (``None``: all fit).
    failed_anchor: Anchor | None = None
    shorter: bool = False  # the chain has fewer entries than ``failed_anchor``


def head(session: Session) -> ChainHead:
    """The chain's entry count and newest hash (``GENESIS`` for an empty chain)."""
    count = session.scalar(select(func.count()).select_from(AuditEntry)) or 0
    last = session.scalar(select(AuditEntry.hash).order_by(AuditEntry.id.desc()).limit(1))
    return ChainHead(int(count), last or GENESIS)


def hash_at(session: Session, position: int) -> str:
    """The hash of entry number ``position`` (1-based, in chain order); "" when the chain
    is shorter, ``GENESIS`` for position 0."""
    if position <= 0:
        return GENESIS
    found = session.scalar(select(AuditEntry.hash).order_by(AuditEntry.id)
                           .offset(position - 1).limit(1))
    return found or ""


def _matches(anchor: Anchor, actual: str) -> bool:
    wanted = anchor.hash.lower()
    return len(wanted) >= MIN_ANCHOR_HEX and actual.startswith(wanted)


def _expected(entries: Iterable[AuditEntry], anchors: Iterable[Anchor] = ()) -> VerifyResult:
    by_position: dict[int, list[Anchor]] = {}
    for anchor in anchors:
        by_position.setdefault(anchor.count, []).append(anchor)
    checked = 0
    for anchor in by_position.get(0, []):  # an anchor of an empty chain
        if not _matches(anchor, GENESIS):
            return VerifyResult(False, 0, failed_anchor=anchor)
        checked += 1
    prev_hash = GENESIS
    count = 0
    for entry in entries:
        fields = _fields(entry.at, entry.station_id, entry.user_id, entry.user_name,
                         entry.action, entry.object_type, entry.object_id, entry.details)
        if entry.prev_hash != prev_hash or entry.hash != entry_hash(prev_hash, fields):
            return VerifyResult(False, count, entry.id, entry.action, entry.at,
                                anchors_checked=checked)
        prev_hash = entry.hash
        count += 1
        for anchor in by_position.get(count, ()):
            if not _matches(anchor, entry.hash):
                return VerifyResult(False, count, anchors_checked=checked,
                                    failed_anchor=anchor)
            checked += 1
    beyond = [a for position, found in sorted(by_position.items()) if position > count
              for a in found]
    if beyond:
        return VerifyResult(False, count, anchors_checked=checked, failed_anchor=beyond[0],
                            shorter=True)
    return VerifyResult(True, count, anchors_checked=checked)


def verify(session: Session, anchors: Iterable[Anchor] = ()) -> VerifyResult:
    """Walk the chain from the first entry; report the first entry that does not fit, or
    the first anchor (a head seen outside this file) the chain falls short of or differs
    from."""
    entries = session.scalars(select(AuditEntry).order_by(AuditEntry.id)).yield_per(2000)
    return _expected(entries, anchors)
