"""Applying the server's changes to the till database, idempotently.

Applying is replication, not a new change: it writes no outbox events (otherwise two
tills would echo each other forever). Categories are matched by name, items by code,
users by name, store settings by key. A sale line sold here with a code this till did not
know is reconciled when the item's record arrives: a ``SyncReconciliation`` row (the
frozen ``sale_line`` stays as it is) and the item is marked sold.

Every change is checked against the authority rules (``sync_schema.authority``) again
before it is taken, with this till's own users as the judge: a server that forwards what
it should not, or a replayed change, cannot rewrite this till's items or users. A
refused change is not applied; it is written to the audit log with its reason.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.exc import SQLAlchemyError

from app import messages
from app.db.models import (
    Category,
    Item,
    MarkdownRule,
    SafetyTest,
    SaleLine,
    Station,
    SyncConflict,
    SyncReconciliation,
    User,
)
from app.services.delivery import pulled as delivery_pulled
from app.services.kernel import audit
from app.services.kernel.context import Ctx
from app.services.policy import store as policy
from app.services.sync import messages as sync_msg
from app.sync_schema import Change, limits
from app.sync_schema import authority as auth
from app.sync_schema import changes as change_schema
from app.sync_schema import messages as msg
from app.sync_schema import payloads as p
from app.sync_schema.enums import ChangeKind, ItemStatus, Role, values

log = logging.getLogger(__name__)
UNUSABLE_PIN = "!sync"  # a user learned from another till logs in only after a PIN reset


REFUSED_ACTION = "sync.change_refused"  # the audit entry of a refused pulled change


@dataclass
class Applied:
    """What one pull changed here, so the screens can refresh themselves."""

    counts: dict[str, int] = field(default_factory=dict)
    reconciled: list[str] = field(default_factory=list)
    conflicts: list[str] = field(default_factory=list)
    refused: list[str] = field(default_factory=list)  # "kind key: reason"

    def bump(self, kind: str) -> None:
        self.counts[kind] = self.counts.get(kind, 0) + 1


class TillDirectory:
    """This till's users, as the authority rules ask about them."""

    setting_up = False  # a till always has its admin: no change passes without one

    def __init__(self, ctx: Ctx) -> None:
        self.ctx = ctx

    def role_of(self, name: str) -> Role | None:
        row = self.ctx.session.execute(select(User.role, User.active).where(
            User.name == name[:limits.USER_NAME_LENGTH])).first()
        if row is None or not row.active or row.role not in values(Role):
            return None
        return Role(row.role)


def apply_changes(ctx: Ctx, changes: list[Change]) -> Applied:
    """Apply pulled changes in order. A change of a kind this version does not know, or
    one its sender had no authority for, is refused: audited, not applied."""
    out = Applied()
    codes: list[str] = []
    for change in changes:
        try:
            data = change_schema.parse(change)  # unknown kind, bad data or key: refused
            # One savepoint each: a change this till cannot take is skipped (and logged)
            # instead of blocking every pull after it.
            with ctx.session.begin_nested():
                applied = _HANDLERS[ChangeKind(change.kind)](ctx, change, data, out)
        except auth.Refused as exc:
            _refused(ctx, change, str(exc), out)
            continue
        except (SQLAlchemyError, ValueError):
            log.warning("skipped central change %s %s", change.kind, change.key,
                        exc_info=True)
            out.bump("skipped")
            continue
        if applied:
            out.bump(change.kind)
            if isinstance(data, p.ItemPayload):
                codes.append(data.code)
    if codes:
        out.reconciled = reconcile(ctx, codes)
    return out


def _refused(ctx: Ctx, change: Change, reason: str, out: Applied) -> None:
    log.warning("refused central change %s %s from station %s: %s", change.kind,
                change.key, change.origin_station, reason)
    audit.record(ctx, REFUSED_ACTION, "sync_change", change.cursor, kind=change.kind[:20],
                 key=change.key[:80], origin_station=change.origin_station, reason=reason)
    out.refused.append(f"{change.kind[:20]} {change.key[:80]}: {reason}")
    out.bump("refused")


def _category(ctx: Ctx, _change: Change, data: p.Payload, _out: Applied) -> bool:
    assert isinstance(data, p.CategoryPayload)
    row = ctx.session.scalar(select(Category).where(Category.name == data.name))
    wanted: dict[str, Any] = {
        "vat_kind": data.vat_kind,
        "material_stream": data.material_stream,
        "default_price_cents": data.default_price_cents,
        "avg_weight_g": data.avg_weight_g,
        "electrical": data.electrical,
        "impact_key": data.impact_key,
        "active": data.active,
    }
    if data.parent:
        wanted["parent_id"] = ctx.session.scalar(
            select(Category.id).where(Category.name == data.parent))
    if row is not None and all(getattr(row, k) == v for k, v in wanted.items()):
        return False  # nothing changes: no authority needed
    auth.check_manager(data.model_dump(), TillDirectory(ctx))
    if row is None:
        row = Category(name=data.name, created_at=ctx.now())
        ctx.session.add(row)
    for key, value in wanted.items():
        setattr(row, key, value)
    ctx.session.flush()
    return True


def _category_id(ctx: Ctx, name: str) -> int:
    found = ctx.session.scalar(select(Category.id).where(Category.name == name))
    if found is not None:
        return found
    row = Category(name=name[:limits.CATEGORY_NAME_LENGTH], created_at=ctx.now())
    ctx.session.add(row)
    ctx.session.flush()
    return row.id


def _station_id(ctx: Ctx, number: int) -> int:
    found = ctx.session.scalar(select(Station.id).where(Station.number == number))
    if found is not None:
        return found
    local = ctx.station
    assert local is not None
    row = Station(store_id=local.store_id, number=number,
                  name=messages.STATION_NAME.format(number=number), is_local=False,
                  created_at=ctx.now())
    ctx.session.add(row)
    ctx.session.flush()
    return row.id


def _item(ctx: Ctx, change: Change, data: p.Payload, _out: Applied) -> bool:
    assert isinstance(data, p.ItemPayload)
    code, status = data.code, data.status
    row = ctx.session.scalar(select(Item).where(Item.code == code))
    if row is not None and row.status == ItemStatus.SOLD:
        return False  # sold here: its record is frozen, a stale one must not change it
    local = ctx.station
    assert local is not None
    known = None if row is None else ctx.session.scalar(
        select(Station.number).where(Station.id == row.station_id))
    sender = change.origin_station
    owner = auth.item_owner(code, known, sender if sender is not None else local.number)
    if sender is None or sender != owner or owner == local.number:
        # Not the owner speaking (and nobody speaks for this till's own items): another
        # station's sale may only mark a known item sold.
        if row is None or status != ItemStatus.SOLD:
            raise auth.Refused(msg.AUTHORITY_ITEM_OWNER.format(
                code=code, owner=owner, sender=sender if sender is not None else "?"))
        row.status, row.status_changed_at = ItemStatus.SOLD, ctx.now()
        ctx.session.flush()
        return True
    if row is None:
        minted = auth.minted_by(code)
        row = Item(code=code, category_id=_category_id(ctx, data.category),
                   station_id=_station_id(ctx, minted if minted is not None else owner),
                   status=status, description=data.description, price_cents=data.price_cents,
                   received_at=data.received_at or ctx.now(), status_changed_at=ctx.now())
        ctx.session.add(row)
    else:
        row.category_id = _category_id(ctx, data.category)
        row.description = data.description or row.description
        row.price_cents = data.price_cents
        if row.status != status:
            row.status, row.status_changed_at = status, ctx.now()
    row.condition = data.condition
    row.weight_g = data.weight_g
    row.electrical = data.electrical
    row.location = data.location
    ctx.session.flush()
    if data.safety_test is not None:
        _safety_test(ctx, row, data.safety_test)
    return True


def _safety_test(ctx: Ctx, item: Item, test: p.SafetyTestPayload) -> None:
    """Keep a test recorded at another station here too (once), so this till may sell
    the item as tested."""
    known = ctx.session.scalar(select(SafetyTest.id).where(
        SafetyTest.item_id == item.id, SafetyTest.tested_at == test.tested_at,
        SafetyTest.tester == test.tester, SafetyTest.passed == test.passed))
    if known is not None:
        return
    ctx.session.add(SafetyTest(
        item_id=item.id, tested_at=test.tested_at, tester=test.tester, passed=test.passed,
        device_id=test.device_id, notes="", visual_ok=test.visual_ok,
        pe_resistance_mohm=test.pe_resistance_mohm, insulation_kohm=test.insulation_kohm,
        leakage_ua=test.leakage_ua, recorded_by=None, recorded_at=ctx.now()))
    ctx.session.flush()


def _user(ctx: Ctx, _change: Change, data: p.Payload, _out: Applied) -> bool:
    assert isinstance(data, p.UserPayload)
    name, role, active = data.name, data.role, data.active
    row = ctx.session.scalar(select(User).where(User.name == name))
    display = data.display_name or name
    if row is not None and (row.display_name, row.role, row.active) == (display, role, active):
        return False  # nothing changes: no authority needed
    before = auth.UserFacts(None, None) if row is None else auth.UserFacts(
        Role(row.role) if row.role in values(Role) else None, row.active)
    auth.check_user(data.model_dump(), before, TillDirectory(ctx))
    if row is None:
        row = User(name=name, pin_hash=UNUSABLE_PIN, must_change_pin=True,
                   created_at=ctx.now(), display_name=name, role=role)
        ctx.session.add(row)
    row.display_name = display
    row.role = str(role)
    row.active = active
    ctx.session.flush()
    return True


def _markdown(ctx: Ctx, _change: Change, data: p.Payload, _out: Applied) -> bool:
    """Store-wide rules only: a category rule names a category by another till's id."""
    assert isinstance(data, p.MarkdownPayload)
    if data.category_id is not None:
        return False
    row = ctx.session.scalar(select(MarkdownRule).where(
        MarkdownRule.category_id.is_(None), MarkdownRule.after_days == data.after_days,
        MarkdownRule.percent == data.percent))
    if row is not None and row.active == data.active:
        return False  # nothing changes: no authority needed
    auth.check_manager(data.model_dump(), TillDirectory(ctx))
    if row is None:
        row = MarkdownRule(category_id=None, after_days=data.after_days, percent=data.percent,
                           created_at=ctx.now())
        ctx.session.add(row)
    row.active = data.active
    ctx.session.flush()
    return True


def _setting(ctx: Ctx, _change: Change, data: p.Payload, _out: Applied) -> bool:
    assert isinstance(data, p.SettingPayload)
    problem = policy.pulled_value_problem(data.key, data.value)
    if problem is not None:
        raise auth.Refused(problem)
    missing = object()
    if policy.stored(ctx, data.key, missing) == data.value:
        return False  # nothing changes: no authority needed
    auth.check_manager(data.model_dump(), TillDirectory(ctx))
    return policy.apply_pulled(ctx, data.model_dump())


def _conflict(ctx: Ctx, _change: Change, data: p.Payload, out: Applied) -> bool:
    """Flagged by the server from two receipts; it changes no record, so it needs no
    authority beyond the server's word."""
    assert isinstance(data, change_schema.ConflictPayload)
    code, sale = data.item_code, data.sale_uuid
    exists = ctx.session.scalar(select(SyncConflict.id).where(
        SyncConflict.item_code == code, SyncConflict.sale_uuid == sale))
    if exists is not None:
        return False
    ctx.session.add(SyncConflict(
        item_code=code, sale_uuid=sale, station=data.station,
        other_sale_uuid=data.other_sale_uuid, other_station=data.other_station,
        detected_at=data.detected_at or ctx.now(), received_at=ctx.now()))
    ctx.session.flush()
    out.conflicts.append(code)
    return True


def _delivery_status(ctx: Ctx, change: Change, data: p.Payload, _out: Applied) -> bool:
    """A status the central office set on one of this till's orders: only from the
    office (no station speaks for another's order), only for this station's own order;
    an order already delivered or cancelled here stays so."""
    assert isinstance(data, p.DeliveryOfficeStatusPayload)
    if change.origin_station is not None:
        raise auth.Refused(sync_msg.DELIVERY_NOT_FROM_OFFICE.format(
            number=data.number, origin=change.origin_station))
    local = ctx.station
    assert local is not None
    if data.station != local.number:
        raise auth.Refused(sync_msg.DELIVERY_OTHER_STATION.format(
            number=data.number, station=data.station, local=local.number))
    outcome = delivery_pulled.apply_office_status(ctx, data)
    if outcome is delivery_pulled.Pulled.UNKNOWN:
        raise auth.Refused(sync_msg.DELIVERY_ORDER_UNKNOWN.format(number=data.number,
                                                                  uuid=data.uuid))
    return outcome is delivery_pulled.Pulled.APPLIED


def reconcile(ctx: Ctx, codes: list[str]) -> list[str]:
    """Match lines sold with an unknown code to the items that now exist here."""
    done = select(SyncReconciliation.sale_line_id)
    rows = ctx.session.execute(
        select(SaleLine.id, SaleLine.item_code, Item.id, Item.status)
        .join(Item, Item.code == SaleLine.item_code)
        .where(SaleLine.needs_reconciliation.is_(True), SaleLine.item_code.in_(codes),
               SaleLine.id.not_in(done))).all()
    matched = []
    for line_id, code, item_id, status in rows:
        ctx.session.add(SyncReconciliation(sale_line_id=line_id, item_id=item_id,
                                           reconciled_at=ctx.now()))
        if status != ItemStatus.SOLD:
            item = ctx.session.get(Item, item_id)
            assert item is not None
            item.status, item.status_changed_at = ItemStatus.SOLD, ctx.now()
        audit.record(ctx, "sale_line.reconciled", "sale_line", line_id, item_code=code)
        matched.append(str(code))
    ctx.session.flush()
    return matched


Handler = Callable[[Ctx, Change, p.Payload, Applied], bool]
_HANDLERS: dict[ChangeKind, Handler] = {
    ChangeKind.CATEGORY: _category,
    ChangeKind.ITEM: _item,
    ChangeKind.USER: _user,
    ChangeKind.MARKDOWN: _markdown,
    ChangeKind.SETTING: _setting,
    ChangeKind.CONFLICT: _conflict,
    ChangeKind.DELIVERY_STATUS: _delivery_status,
}
