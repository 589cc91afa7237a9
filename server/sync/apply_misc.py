"""Applying the rarer event types, one at a time: categories, users, markdown rules, store
settings, cash sessions, cash movements and closings. Each checks before it writes
(``Reject``)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from app.sync_schema import payloads as p
from app.sync_schema.enums import ChangeKind, EventType
from server.central import CashMovement, CashSession, Category, Closing, MarkdownRule, User
from server.sync import authority
from server.sync.authority import without_actor
from server.sync.pending import Pending, Reject


def _category(session: Session, ctx: Pending, _eid: str, data: Any,
              raw: dict[str, Any]) -> None:
    assert isinstance(data, p.CategoryPayload)
    row = session.get(Category, data.name)
    if row is not None and without_actor(row.data) == without_actor(raw):
        return
    authority.manager(session, ctx, raw)
    if row is None:
        session.add(Category(name=data.name, data=raw, origin=ctx.station, updated_at=ctx.now))
    else:
        row.data, row.origin, row.updated_at = raw, ctx.station, ctx.now
    session.flush()
    ctx.change(ChangeKind.CATEGORY, data.name, raw, ctx.station)


def _user(session: Session, ctx: Pending, _eid: str, data: Any, raw: dict[str, Any]) -> None:
    assert isinstance(data, p.UserPayload)
    row = session.get(User, data.name)
    values = (data.display_name, data.role, data.active)
    if row is not None and (row.display_name, row.role, row.active) == values:
        return
    authority.user(session, ctx, raw)
    if row is None:
        session.add(User(name=data.name, display_name=data.display_name, role=data.role,
                         active=data.active, origin=ctx.station, updated_at=ctx.now))
    else:
        row.display_name, row.role, row.active = values
        row.origin, row.updated_at = ctx.station, ctx.now
    session.flush()
    ctx.change(ChangeKind.USER, data.name, data.model_dump(mode="json"), ctx.station)


def _markdown(session: Session, ctx: Pending, _eid: str, data: Any,
              raw: dict[str, Any]) -> None:
    assert isinstance(data, p.MarkdownPayload)
    row = session.scalar(select(MarkdownRule).where(MarkdownRule.origin == ctx.station,
                                                    MarkdownRule.local_id == data.id))
    if row is not None and without_actor(row.data) == without_actor(raw):
        return
    authority.manager(session, ctx, raw)
    if row is None:
        session.add(MarkdownRule(origin=ctx.station, local_id=data.id, data=raw))
    else:
        row.data = raw
    session.flush()
    ctx.change(ChangeKind.MARKDOWN, f"{ctx.station}:{data.id}", raw, ctx.station)


def _setting(session: Session, ctx: Pending, _eid: str, data: Any,
             raw: dict[str, Any]) -> None:
    """A store-wide setting: the change feed carries it to every other till."""
    assert isinstance(data, p.SettingPayload)
    authority.manager(session, ctx, raw)
    ctx.change(ChangeKind.SETTING, data.key, raw, ctx.station)


def _cash_opened(session: Session, ctx: Pending, _eid: str, data: Any,
                 _raw: dict[str, Any]) -> None:
    assert isinstance(data, p.CashSessionPayload)
    authority.station(ctx, data.station)
    if _session_known(session, ctx.station, data.session_id):
        raise Reject(f"Kassensitzung {data.session_id} ist schon gespeichert")
    session.execute(insert(CashSession).values(
        station=ctx.station, local_id=data.session_id, number=data.number,
        opened_at=data.opened_at, float_cents=data.float_cents))


def _cash_movement(session: Session, ctx: Pending, _eid: str, data: Any,
                   _raw: dict[str, Any]) -> None:
    assert isinstance(data, p.CashMovementPayload)
    authority.station(ctx, data.station)
    if not _session_known(session, ctx.station, data.session_id):
        raise Reject(f"Unbekannter Bezug: Kassensitzung {data.session_id} fehlt", retry=True)
    session.execute(insert(CashMovement).values(
        station=ctx.station, local_id=data.movement_id, session_local_id=data.session_id,
        kind=data.kind, amount_cents=data.amount_cents, reason=data.reason,
        created_at=data.created_at))


def _closing(session: Session, ctx: Pending, _eid: str, data: Any,
             _raw: dict[str, Any]) -> None:
    assert isinstance(data, p.ClosingPayload)
    authority.station(ctx, data.station)
    if not _session_known(session, ctx.station, data.session_id):
        raise Reject(f"Unbekannter Bezug: Kassensitzung {data.session_id} fehlt", retry=True)
    if session.scalar(select(Closing.id).where(Closing.station == ctx.station,
                                               Closing.z_number == data.z_number)):
        raise Reject(f"Z-Nummer {data.z_number} ist schon vergeben")
    session.execute(insert(Closing).values(
        station=ctx.station, z_number=data.z_number, session_local_id=data.session_id,
        closed_at=data.closed_at, counted_cents=data.counted_cents,
        expected_cents=data.expected_cents, difference_cents=data.difference_cents))


def _session_known(session: Session, station: int, local_id: int) -> bool:
    return session.scalar(select(CashSession.id).where(
        CashSession.station == station, CashSession.local_id == local_id)) is not None


Handler = Callable[[Session, Pending, str, Any, dict[str, Any]], None]
HANDLERS: dict[str, Handler] = {
    EventType.CATEGORY_UPSERTED: _category,
    EventType.USER_UPSERTED: _user,
    EventType.MARKDOWN_CHANGED: _markdown,
    EventType.SETTING_CHANGED: _setting,
    EventType.CASH_SESSION_OPENED: _cash_opened,
    EventType.CASH_MOVEMENT_RECORDED: _cash_movement,
    EventType.CASH_SESSION_CLOSED: _closing,
}
