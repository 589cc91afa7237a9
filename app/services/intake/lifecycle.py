"""The item lifecycle: received -> in_repair -> ready -> sold, or recycled / disposed.

Electrical items need a passed safety test before they may become ``ready``.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select

from app.db.models import Disposal, Item, RepairNote, SafetyTest
from app.errors import ConflictError, ValidationError
from app.services.catalog import categories as catalog
from app.services.catalog import messages as catalog_msg
from app.services.intake import messages as msg
from app.services.intake.intake import get_item, item_payload, weight_grams
from app.services.intake.messages import STATUS_LABELS
from app.services.kernel import audit, outbox
from app.services.kernel.context import Ctx
from app.services.kernel.roles import Permission
from app.sync_schema.enums import (
    DISPOSAL_KINDS,
    GONE_STATUSES,
    EventType,
    ItemStatus,
    MaterialStream,
    values,
)

S = ItemStatus
assert set(STATUS_LABELS) == set(ItemStatus)
# Transitions the workshop may make; ``sold`` only comes from the checkout.
ALLOWED: dict[str, frozenset[ItemStatus]] = {
    S.RECEIVED: frozenset({S.IN_REPAIR, S.READY, S.RECYCLED, S.DISPOSED}),
    S.IN_REPAIR: frozenset({S.READY, S.RECEIVED, S.RECYCLED, S.DISPOSED}),
    S.READY: frozenset({S.IN_REPAIR, S.RESERVED, S.RECYCLED, S.DISPOSED}),
    S.RESERVED: frozenset({S.READY}),
    S.SOLD: frozenset(),
    S.RECYCLED: frozenset(),
    S.DISPOSED: frozenset(),
}


def last_safety_test(ctx: Ctx, item: Item) -> SafetyTest | None:
    return ctx.session.scalar(select(SafetyTest).where(SafetyTest.item_id == item.id)
                              .order_by(SafetyTest.tested_at.desc(), SafetyTest.id.desc())
                              .limit(1))


def _set_status(ctx: Ctx, item: Item, target: ItemStatus, **details: object) -> None:
    before = item.status
    item.status = target
    item.status_changed_at = ctx.now()
    ctx.session.flush()
    audit.record(ctx, "item.status", "item", item.code, before=before, after=target, **details)
    outbox.emit(ctx, EventType.ITEM_UPSERTED,
                item_payload(item, catalog.get(ctx, item.category_id).name))


def move(ctx: Ctx, code: str, target: str) -> Item:
    """Move an item to ``target`` if the lifecycle allows it; else a German refusal."""
    ctx.require(Permission.INTAKE)
    item = get_item(ctx, code)
    if target not in values(ItemStatus):
        raise ValidationError(msg.STATUS_UNKNOWN.format(status=target))
    status = ItemStatus(target)
    if status == ItemStatus.SOLD:
        raise ConflictError(msg.SOLD_ONLY_AT_TILL)
    if status in DISPOSAL_KINDS:
        raise ConflictError(msg.DISPOSAL_NEEDS_DETAILS)
    if status not in ALLOWED[item.status]:
        raise ConflictError(msg.TRANSITION_REFUSED.format(
            current=STATUS_LABELS[item.status], target=STATUS_LABELS[status]))
    if status == ItemStatus.READY and item.electrical:
        test = last_safety_test(ctx, item)
        if test is None:
            raise ConflictError(msg.SAFETY_TEST_MISSING)
        if not test.passed:
            raise ConflictError(msg.SAFETY_TEST_FAILED)
    _set_status(ctx, item, status)
    return item


def record_safety_test(ctx: Ctx, code: str, passed: bool, tester: str,
                       tested_at: datetime | None = None, device_id: str = "",
                       notes: str = "", on_fail: str = ItemStatus.IN_REPAIR) -> SafetyTest:
    """Record an electrical safety test; a failed test sends the item to repair or recycling."""
    ctx.require(Permission.INTAKE)
    item = get_item(ctx, code)
    if item.status in GONE_STATUSES:
        raise ConflictError(msg.ITEM_GONE)
    if not tester.strip():
        raise ValidationError(msg.TESTER_MISSING)
    when = tested_at or ctx.now()
    if when > ctx.now():
        raise ValidationError(msg.TEST_IN_FUTURE)
    test = SafetyTest(item_id=item.id, tested_at=when, tester=tester.strip()[:80],
                      passed=passed, device_id=device_id.strip()[:60], notes=notes.strip()[:300],
                      recorded_by=ctx.actor.user_id, recorded_at=ctx.now())
    ctx.session.add(test)
    ctx.session.flush()
    audit.record(ctx, "item.safety_test", "item", item.code, passed=passed,
                 tester=test.tester, device_id=test.device_id)
    if not passed:
        if on_fail == ItemStatus.RECYCLED:
            recycle(ctx, code, ItemStatus.RECYCLED, MaterialStream.WEEE, None)
        elif item.status != ItemStatus.IN_REPAIR:
            _set_status(ctx, item, ItemStatus.IN_REPAIR, reason="safety_test_failed")
    return test


def add_repair_note(ctx: Ctx, code: str, note: str, parts: str = "") -> RepairNote:
    ctx.require(Permission.INTAKE)
    item = get_item(ctx, code)
    if not note.strip():
        raise ValidationError(msg.REPAIR_NOTE_MISSING)
    entry = RepairNote(item_id=item.id, note=note.strip()[:500], parts=parts.strip()[:300],
                       user_id=ctx.actor.user_id, created_at=ctx.now())
    ctx.session.add(entry)
    ctx.session.flush()
    audit.record(ctx, "item.repair_note", "item", item.code, note=entry.note, parts=entry.parts)
    return entry


def recycle(ctx: Ctx, code: str, kind: str, material_stream: str,
            weight: str | int | None) -> Disposal:
    """Send an item to recycling or disposal, recording weight and material stream."""
    ctx.require(Permission.INTAKE)
    item = get_item(ctx, code)
    if kind not in DISPOSAL_KINDS:
        raise ValidationError(msg.DISPOSAL_KIND_UNKNOWN)
    if material_stream not in values(MaterialStream):
        raise ValidationError(catalog_msg.MATERIAL_UNKNOWN.format(
            known=catalog_msg.LIST_SEPARATOR.join(catalog_msg.MATERIAL_LABELS.values())))
    status = ItemStatus(kind)
    if status not in ALLOWED[item.status]:
        raise ConflictError(msg.DISPOSAL_REFUSED.format(
            current=STATUS_LABELS[item.status], target=STATUS_LABELS[status]))
    grams = weight_grams(weight, item.weight_g)
    disposal = Disposal(item_id=item.id, kind=kind, material_stream=material_stream,
                        weight_g=grams, user_id=ctx.actor.user_id, created_at=ctx.now())
    ctx.session.add(disposal)
    _set_status(ctx, item, status, material_stream=material_stream, weight_g=grams)
    return disposal
