"""Applying one stored event to the central tables, inside the push transaction.

Each ``apply_*`` checks everything that could make it a bad event (``Reject``) before
writing, and adds the central changes other tills must learn to ``changes``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from pydantic import BaseModel
from sqlalchemy import func, insert, select, update
from sqlalchemy.orm import Session

from server.central import (
    CashMovement,
    CashSession,
    Category,
    Closing,
    Conflict,
    Item,
    MarkdownRule,
    Payment,
    Sale,
    SaleLine,
    User,
)
from server.sync import payloads as p


class Reject(Exception):
    """The event is stored but quarantined with this (German) reason."""


@dataclass
class Pending:
    """What one push learned: change-feed rows still to be numbered and inserted."""

    station: int
    store_id: int
    now: datetime
    changes: list[dict[str, Any]] = field(default_factory=list)

    def change(self, kind: str, key: str, data: dict[str, Any], origin: int | None) -> None:
        self.changes.append({"kind": kind, "key": key, "data": data, "origin": origin,
                             "created_at": self.now})


def apply(session: Session, ctx: Pending, event_id: str, event_type: str,
          payload: BaseModel, raw: dict[str, Any]) -> None:
    handler = _HANDLERS[event_type]
    handler(session, ctx, event_id, payload, raw)


def _item(session: Session, ctx: Pending, _eid: str, data: Any, raw: dict[str, Any]) -> None:
    assert isinstance(data, p.ItemPayload)
    origin = int(data.code[2:4]) if data.code.startswith("20") else ctx.station
    row = session.get(Item, data.code)
    if row is None:
        session.add(Item(code=data.code, origin=origin, category=data.category,
                         description=data.description, price_cents=data.price_cents,
                         status=data.status, data=raw, updated_at=ctx.now))
    elif row.data == raw and row.status == data.status:
        return
    else:
        if row.status == "sold" and data.status != "sold":
            raw = {**raw, "status": "sold"}  # a sale elsewhere wins over a stale edit
        row.category, row.description = data.category, data.description
        row.price_cents, row.status, row.data = data.price_cents, raw["status"], raw
        row.updated_at = ctx.now
    session.flush()
    ctx.change("item", data.code, raw, ctx.station)


def _category(session: Session, ctx: Pending, _eid: str, data: Any,
              raw: dict[str, Any]) -> None:
    assert isinstance(data, p.CategoryPayload)
    row = session.get(Category, data.name)
    if row is not None and row.data == raw:
        return
    if row is None:
        session.add(Category(name=data.name, data=raw, origin=ctx.station, updated_at=ctx.now))
    else:
        row.data, row.origin, row.updated_at = raw, ctx.station, ctx.now
    session.flush()
    ctx.change("category", data.name, raw, ctx.station)


def _user(session: Session, ctx: Pending, _eid: str, data: Any, raw: dict[str, Any]) -> None:
    assert isinstance(data, p.UserPayload)
    row = session.get(User, data.name)
    values = (data.display_name, data.role, data.active)
    if row is not None and (row.display_name, row.role, row.active) == values:
        return
    if row is None:
        session.add(User(name=data.name, display_name=data.display_name, role=data.role,
                         active=data.active, origin=ctx.station, updated_at=ctx.now))
    else:
        row.display_name, row.role, row.active = values
        row.origin, row.updated_at = ctx.station, ctx.now
    session.flush()
    ctx.change("user", data.name, data.model_dump(), ctx.station)


def _markdown(session: Session, ctx: Pending, _eid: str, data: Any,
              raw: dict[str, Any]) -> None:
    assert isinstance(data, p.MarkdownPayload)
    row = session.scalar(select(MarkdownRule).where(MarkdownRule.origin == ctx.station,
                                                    MarkdownRule.local_id == data.id))
    if row is None:
        session.add(MarkdownRule(origin=ctx.station, local_id=data.id, data=raw))
    else:
        row.data = raw
    session.flush()
    ctx.change("markdown", f"{ctx.station}:{data.id}", raw, ctx.station)


_NET_SOLD = (
    select(func.coalesce(func.sum(SaleLine.quantity), 0))
    .join(Sale, Sale.uuid == SaleLine.sale_uuid)
    .where(Sale.kind.in_(("sale", "refund")))
)


def _sale(session: Session, ctx: Pending, event_id: str, data: Any,
          raw: dict[str, Any]) -> None:
    assert isinstance(data, p.SalePayload)
    if data.station != ctx.station:
        raise Reject(f"Bon gehört zu Station {data.station}, gesendet von Station {ctx.station}")
    if session.get(Sale, data.uuid) is not None:
        raise Reject(f"Bon {data.uuid} ist schon gespeichert (anderes Ereignis)")
    taken = session.scalar(select(Sale.uuid).where(
        Sale.station == ctx.station, Sale.receipt_number == data.receipt_number))
    if taken is not None:
        raise Reject(f"Bonnummer {data.receipt_number} ist schon vergeben")
    refers = data.refers_to_uuid if data.kind == "refund" else None
    if refers is not None and session.get(Sale, refers) is None:
        raise Reject(f"Unbekannter Bezug: ursprünglicher Bon {refers} fehlt in der Zentrale")
    coded = [ln for ln in data.lines if ln.item_code and data.kind == "sale"]
    earlier = {ln.item_code: _earlier_sale(session, ln.item_code) for ln in coded
               if ln.item_code}
    session.execute(insert(Sale).values(
        uuid=data.uuid, station=ctx.station, store_id=ctx.store_id,
        receipt_number=data.receipt_number, kind=data.kind, user_name=data.user,
        started_at=data.started_at, finished_at=data.finished_at,
        total_cents=data.total_cents, refers_to_uuid=refers, note=data.note[:200],
        event_id=event_id))
    session.execute(insert(SaleLine), [
        {"sale_uuid": data.uuid, **ln.model_dump()} for ln in data.lines])
    if data.payments:
        session.execute(insert(Payment), [
            {"sale_uuid": data.uuid, "method": pay.method, "amount_cents": pay.amount_cents}
            for pay in data.payments])
    for code, other in earlier.items():
        if code is None:
            continue
        if other is not None:
            _conflict(session, ctx, code, data.uuid, other)
        _mark_sold(session, ctx, code)


def _earlier_sale(session: Session, code: str) -> tuple[str, int] | None:
    """The sale that already took this unique item, if it is still sold (not refunded)."""
    net = session.scalar(_NET_SOLD.where(SaleLine.item_code == code)) or 0
    if net < 1:
        return None
    row = session.execute(
        select(Sale.uuid, Sale.station).join(SaleLine, SaleLine.sale_uuid == Sale.uuid)
        .where(SaleLine.item_code == code, Sale.kind == "sale")
        .order_by(Sale.finished_at.desc()).limit(1)).first()
    return None if row is None else (row[0], row[1])


def _conflict(session: Session, ctx: Pending, code: str, sale_uuid: str,
              other: tuple[str, int]) -> None:
    session.add(Conflict(item_code=code, sale_uuid=sale_uuid, station=ctx.station,
                         other_sale_uuid=other[0], other_station=other[1],
                         detected_at=ctx.now))
    session.flush()
    ctx.change("conflict", f"{code}:{sale_uuid}", {
        "item_code": code, "sale_uuid": sale_uuid, "station": ctx.station,
        "other_sale_uuid": other[0], "other_station": other[1],
        "detected_at": ctx.now.isoformat()}, None)


def _mark_sold(session: Session, ctx: Pending, code: str) -> None:
    row = session.get(Item, code)
    if row is None or row.status == "sold":
        return
    data = {**row.data, "status": "sold"}
    session.execute(update(Item).where(Item.code == code).values(
        status="sold", data=data, updated_at=ctx.now))
    session.expire(row)
    ctx.change("item", code, data, ctx.station)


def _cash_opened(session: Session, ctx: Pending, _eid: str, data: Any,
                 _raw: dict[str, Any]) -> None:
    assert isinstance(data, p.CashSessionPayload)
    if _session_known(session, ctx.station, data.session_id):
        raise Reject(f"Kassensitzung {data.session_id} ist schon gespeichert")
    session.execute(insert(CashSession).values(
        station=ctx.station, local_id=data.session_id, number=data.number,
        opened_at=data.opened_at, float_cents=data.float_cents))


def _cash_movement(session: Session, ctx: Pending, _eid: str, data: Any,
                   _raw: dict[str, Any]) -> None:
    assert isinstance(data, p.CashMovementPayload)
    if not _session_known(session, ctx.station, data.session_id):
        raise Reject(f"Unbekannter Bezug: Kassensitzung {data.session_id} fehlt")
    session.execute(insert(CashMovement).values(
        station=ctx.station, local_id=data.movement_id, session_local_id=data.session_id,
        kind=data.kind, amount_cents=data.amount_cents, reason=data.reason,
        created_at=data.created_at))


def _closing(session: Session, ctx: Pending, _eid: str, data: Any,
             _raw: dict[str, Any]) -> None:
    assert isinstance(data, p.ClosingPayload)
    if not _session_known(session, ctx.station, data.session_id):
        raise Reject(f"Unbekannter Bezug: Kassensitzung {data.session_id} fehlt")
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


_HANDLERS = {
    "item.upserted": _item,
    "category.upserted": _category,
    "user.upserted": _user,
    "markdown.changed": _markdown,
    "sale.completed": _sale,
    "sale.cancelled": _sale,
    "refund.completed": _sale,
    "cash_session.opened": _cash_opened,
    "cash_movement.recorded": _cash_movement,
    "cash_session.closed": _closing,
}
