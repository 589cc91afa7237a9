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
from datetime import datetime
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
from app.services.kernel import audit
from app.services.kernel.context import Ctx
from app.services.policy import store as policy
from app.sync_schema import Change, limits
from app.sync_schema import authority as auth
from app.sync_schema import messages as msg
from app.sync_schema.enums import (
    ChangeKind,
    Condition,
    ItemStatus,
    MaterialStream,
    Role,
    VatKind,
    values,
)
from app.sync_schema.payloads import SafetyTestPayload

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
        handler = _HANDLERS.get(change.kind)
        try:
            if handler is None:
                raise auth.Refused(msg.AUTHORITY_UNKNOWN_TYPE.format(type=change.kind[:40]))
            # One savepoint each: a change this till cannot take is skipped (and logged)
            # instead of blocking every pull after it.
            with ctx.session.begin_nested():
                applied = handler(ctx, change, out)
        except auth.Refused as exc:
            _refused(ctx, change, str(exc), out)
            continue
        except (SQLAlchemyError, KeyError, ValueError, TypeError):
            log.warning("skipped central change %s %s", change.kind, change.key,
                        exc_info=True)
            out.bump("skipped")
            continue
        if applied:
            out.bump(change.kind)
            if change.kind == ChangeKind.ITEM:
                codes.append(str(change.data["code"]))
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


def _category(ctx: Ctx, change: Change, _out: Applied) -> bool:
    data = change.data
    name = str(data["name"])[:limits.CATEGORY_NAME_LENGTH]
    row = ctx.session.scalar(select(Category).where(Category.name == name))
    vat = data.get("vat_kind")
    stream = data.get("material_stream")
    parent = data.get("parent")
    wanted: dict[str, Any] = {
        "vat_kind": vat if vat in values(VatKind) else (row and row.vat_kind) or VatKind.NORMAL,
        "material_stream": (stream if stream in values(MaterialStream)
                            else (row and row.material_stream) or MaterialStream.MIXED),
        "default_price_cents": max(0, int(data.get("default_price_cents") or 0)),
        "avg_weight_g": max(0, int(data.get("avg_weight_g") or 0)),
        "electrical": bool(data.get("electrical", False)),
        "impact_key": str(data.get("impact_key") or "")[:40],
        "active": bool(data.get("active", True)),
    }
    if parent:
        wanted["parent_id"] = ctx.session.scalar(
            select(Category.id).where(Category.name == parent))
    if row is not None and all(getattr(row, k) == v for k, v in wanted.items()):
        return False  # nothing changes: no authority needed
    auth.check_manager(data, TillDirectory(ctx))
    if row is None:
        row = Category(name=name, created_at=ctx.now())
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


def _item(ctx: Ctx, change: Change, _out: Applied) -> bool:
    data = change.data
    code = str(data["code"])
    status = (str(data["status"]) if data.get("status") in values(ItemStatus)
              else ItemStatus.READY)
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
        number = int(code[2:4]) if code.startswith("20") and code[2:4].isdigit() else 0
        local = ctx.station
        assert local is not None
        minted_by = (number if limits.MIN_STATION <= number <= limits.MAX_STATION
                     else local.number)
        row = Item(code=code, category_id=_category_id(ctx, str(data["category"])),
                   station_id=_station_id(ctx, minted_by), status=status,
                   description=str(data.get("description") or "")[
                       :limits.DESCRIPTION_LENGTH],
                   price_cents=max(0, int(data.get("price_cents") or 0)),
                   received_at=_when(data.get("received_at"), ctx.now()),
                   status_changed_at=ctx.now())
        ctx.session.add(row)
    else:
        row.category_id = _category_id(ctx, str(data["category"]))
        row.description = str(data.get("description") or row.description)[
            :limits.DESCRIPTION_LENGTH]
        row.price_cents = max(0, int(data.get("price_cents") or 0))
        if row.status != status:
            row.status, row.status_changed_at = status, ctx.now()
    row.condition = str(data.get("condition") or row.condition or Condition.GOOD)[:20]
    row.weight_g = max(0, int(data.get("weight_g") or 0))
    row.electrical = bool(data.get("electrical", False))
    row.location = str(data.get("location") or "")[:limits.LOCATION_LENGTH]
    ctx.session.flush()
    if isinstance(data.get("safety_test"), dict):
        _safety_test(ctx, row, data["safety_test"])
    return True


def _safety_test(ctx: Ctx, item: Item, data: dict[str, Any]) -> None:
    """Keep a test recorded at another station here too (once), so this till may sell
    the item as tested; a malformed test is refused like any other bad change."""
    test = SafetyTestPayload.model_validate(data)
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


def _when(value: object, default: datetime) -> datetime:
    if isinstance(value, str):
        try:
            parsed = datetime.fromisoformat(value)
        except ValueError:
            return default
        return parsed if parsed.tzinfo else default
    return default


def _user(ctx: Ctx, change: Change, _out: Applied) -> bool:
    data = change.data
    role = data.get("role")
    if role not in values(Role):
        return False
    name = str(data["name"])[:limits.USER_NAME_LENGTH]
    row = ctx.session.scalar(select(User).where(User.name == name))
    display = str(data.get("display_name") or name)[:limits.DISPLAY_NAME_LENGTH]
    active = bool(data.get("active", True))
    if row is not None and (row.display_name, row.role, row.active) == (display, role, active):
        return False  # nothing changes: no authority needed
    before = auth.UserFacts(None, None) if row is None else auth.UserFacts(
        Role(row.role) if row.role in values(Role) else None, row.active)
    auth.check_user(data, before, TillDirectory(ctx))
    if row is None:
        row = User(name=name, pin_hash=UNUSABLE_PIN, must_change_pin=True,
                   created_at=ctx.now(), display_name=name, role=role)
        ctx.session.add(row)
    row.display_name = display
    row.role = str(role)
    row.active = active
    ctx.session.flush()
    return True


def _markdown(ctx: Ctx, change: Change, _out: Applied) -> bool:
    """Store-wide rules only: a category rule names a category by another till's id."""
    data = change.data
    if data.get("category_id") is not None:
        return False
    days, percent = int(data["after_days"]), int(data["percent"])
    row = ctx.session.scalar(select(MarkdownRule).where(
        MarkdownRule.category_id.is_(None), MarkdownRule.after_days == days,
        MarkdownRule.percent == percent))
    if row is not None and row.active == bool(data.get("active", True)):
        return False  # nothing changes: no authority needed
    auth.check_manager(data, TillDirectory(ctx))
    if row is None:
        row = MarkdownRule(category_id=None, after_days=days, percent=percent,
                           created_at=ctx.now())
        ctx.session.add(row)
    row.active = bool(data.get("active", True))
    ctx.session.flush()
    return True


def _setting(ctx: Ctx, change: Change, _out: Applied) -> bool:
    data = change.data
    missing = object()
    if policy.stored(ctx, str(data["key"]), missing) == data.get("value"):
        return False  # nothing changes: no authority needed
    auth.check_manager(data, TillDirectory(ctx))
    return policy.apply_pulled(ctx, data)


def _conflict(ctx: Ctx, change: Change, out: Applied) -> bool:
    """Flagged by the server from two receipts; it changes no record, so it needs no
    authority beyond the server's word."""
    data = change.data
    code, sale = str(data["item_code"]), str(data["sale_uuid"])
    exists = ctx.session.scalar(select(SyncConflict.id).where(
        SyncConflict.item_code == code, SyncConflict.sale_uuid == sale))
    if exists is not None:
        return False
    ctx.session.add(SyncConflict(
        item_code=code, sale_uuid=sale, station=int(data["station"]),
        other_sale_uuid=str(data["other_sale_uuid"]), other_station=int(data["other_station"]),
        detected_at=_when(data.get("detected_at"), ctx.now()), received_at=ctx.now()))
    ctx.session.flush()
    out.conflicts.append(code)
    return True


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


Handler = Callable[[Ctx, Change, Applied], bool]
_HANDLERS: dict[str, Handler] = {
    ChangeKind.CATEGORY: _category,
    ChangeKind.ITEM: _item,
    ChangeKind.USER: _user,
    ChangeKind.MARKDOWN: _markdown,
    ChangeKind.SETTING: _setting,
    ChangeKind.CONFLICT: _conflict,
}
