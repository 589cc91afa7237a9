"""The item lifecycle: received -> in_repair -> ready -> sold, or recycled / disposed.

Electrical items need a passed safety test before they may become ``ready``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from app.db.models import Disposal, Item, RepairNote, SafetyTest
from app.errors import ConflictError, ValidationError
from app.services.catalog import categories as catalog
from app.services.catalog import messages as catalog_msg
from app.services.intake import messages as msg
from app.services.intake import safety
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


last_safety_test = safety.last_safety_test  # where labels and tests look for it


def _emit_item(ctx: Ctx, item: Item) -> None:
    outbox.emit(ctx, EventType.ITEM_UPSERTED,
                item_payload(item, catalog.get(ctx, item.category_id).name,
                             safety.latest_payload(ctx, item)))


def _set_status(ctx: Ctx, item: Item, target: ItemStatus, **details: object) -> None:
    before = item.status
    item.status = target
    item.status_changed_at = ctx.now()
    ctx.session.flush()
    audit.record(ctx, "item.status", "item", item.code, before=before, after=target, **details)
    _emit_item(ctx, item)


def _target(target: str) -> ItemStatus:
    if target not in values(ItemStatus):
        raise ValidationError(msg.STATUS_UNKNOWN.format(status=target))
    status = ItemStatus(target)
    if status == ItemStatus.SOLD:
        raise ConflictError(msg.SOLD_ONLY_AT_TILL)
    if status in DISPOSAL_KINDS:
        raise ConflictError(msg.DISPOSAL_NEEDS_DETAILS)
    return status


def _refusal(ctx: Ctx, item: Item, status: ItemStatus) -> str | None:
    """Why ``item`` may not move to ``status`` (a German sentence), or None if it may."""
    if status not in ALLOWED[item.status]:
        return msg.TRANSITION_REFUSED.format(
            current=STATUS_LABELS[item.status], target=STATUS_LABELS[status])
    if status == ItemStatus.READY and item.electrical:
        test = last_safety_test(ctx, item)
        if test is None:
            return msg.SAFETY_TEST_MISSING
        if not test.passed:
            return msg.SAFETY_TEST_FAILED
    return None


def move(ctx: Ctx, code: str, target: str) -> Item:
    """Move an item to ``target`` if the lifecycle allows it; else a German refusal."""
    ctx.require(Permission.INTAKE)
    item = get_item(ctx, code)
    status = _target(target)
    refusal = _refusal(ctx, item, status)
    if refusal is not None:
        raise ConflictError(refusal)
    _set_status(ctx, item, status)
    return item


@dataclass(frozen=True)
class MoveResult:
    """What a move of several items changed: ``moved`` items, ``unchanged`` already there."""

    target: str
    moved: list[str]
    unchanged: list[str]


def move_many(ctx: Ctx, codes: Sequence[str], target: str) -> MoveResult:
    """Move several items to ``target`` in one go: all of them or none.

    Items already in ``target`` are left as they are. If any other item may not move,
    nothing changes and the refusal names how many were refused and why the first was.
    """
    ctx.require(Permission.INTAKE)
    unique = list(dict.fromkeys(c.strip() for c in codes if c.strip()))
    if not unique:
        raise ValidationError(msg.NOTHING_SELECTED)
    status = _target(target)
    items = [get_item(ctx, code) for code in unique]
    to_move = [item for item in items if item.status != status]
    refused = [(item.code, reason) for item in to_move
               if (reason := _refusal(ctx, item, status)) is not None]
    if refused:
        raise ConflictError(msg.BULK_REFUSED.format(
            count=len(refused), total=len(unique), target=STATUS_LABELS[status],
            first=refused[0][0], reason=refused[0][1]))
    for item in to_move:
        _set_status(ctx, item, status)
    return MoveResult(status.value, [i.code for i in to_move],
                      [i.code for i in items if i not in to_move])


def record_safety_test(ctx: Ctx, code: str, passed: bool, tester: str,
                       tested_at: datetime | None = None, device_id: str = "",
                       notes: str = "", on_fail: str = ItemStatus.IN_REPAIR,
                       measurements: safety.Measurements | None = None) -> SafetyTest:
    """Record an electrical safety test with its measured values (``safety.Measurements``);
    a failed test sends the item to repair or recycling. The item's event carries the
    test, so the central server and the other tills learn about it."""
    ctx.require(Permission.INTAKE)
    item = get_item(ctx, code)
    if item.status in GONE_STATUSES:
        raise ConflictError(msg.ITEM_GONE)
    if not tester.strip():
        raise ValidationError(msg.TESTER_MISSING)
    when = tested_at or ctx.now()
    if when > ctx.now():
        raise ValidationError(msg.TEST_IN_FUTURE)
    values_ = measurements or safety.Measurements()
    safety.check(passed, values_)
    test = SafetyTest(item_id=item.id, tested_at=when, tester=tester.strip()[:80],
                      passed=passed, device_id=device_id.strip()[:60], notes=notes.strip()[:300],
                      visual_ok=values_.visual_ok,
                      pe_resistance_mohm=values_.pe_resistance_mohm,
                      insulation_kohm=values_.insulation_kohm, leakage_ua=values_.leakage_ua,
                      recorded_by=ctx.actor.user_id, recorded_at=ctx.now())
    ctx.session.add(test)
    ctx.session.flush()
    audit.record(ctx, "item.safety_test", "item", item.code, passed=passed,
                 tester=test.tester, device_id=test.device_id, visual_ok=test.visual_ok,
                 pe_resistance_mohm=test.pe_resistance_mohm,
                 insulation_kohm=test.insulation_kohm, leakage_ua=test.leakage_ua)
    if not passed and on_fail == ItemStatus.RECYCLED:
        recycle(ctx, code, ItemStatus.RECYCLED, MaterialStream.WEEE, None)
    elif not passed and item.status != ItemStatus.IN_REPAIR:
        _set_status(ctx, item, ItemStatus.IN_REPAIR, reason="safety_test_failed")
    else:
        _emit_item(ctx, item)  # the status stays; the test itself is the news
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
