"""The item lifecycle: received -> in_repair -> ready -> sold, or recycled / disposed.

Electrical items need a passed safety test before they may become ``ready``.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select

from app.db.models import Disposal, Item, RepairNote, SafetyTest
from app.db.models.catalog import MATERIAL_STREAMS
from app.errors import ConflictError, ValidationError
from app.services.catalog import categories as catalog
from app.services.intake.intake import get_item, item_payload, weight_grams
from app.services.kernel import audit, outbox
from app.services.kernel.context import Ctx
from app.services.kernel.roles import Permission

STATUS_LABELS = {
    "received": "angenommen",
    "in_repair": "in Reparatur",
    "ready": "verkaufsbereit",
    "reserved": "reserviert",
    "sold": "verkauft",
    "recycled": "recycelt",
    "disposed": "entsorgt",
}

# Transitions the workshop may make; ``sold`` only comes from the checkout.
ALLOWED: dict[str, frozenset[str]] = {
    "received": frozenset({"in_repair", "ready", "recycled", "disposed"}),
    "in_repair": frozenset({"ready", "received", "recycled", "disposed"}),
    "ready": frozenset({"in_repair", "reserved", "recycled", "disposed"}),
    "reserved": frozenset({"ready"}),
    "sold": frozenset(),
    "recycled": frozenset(),
    "disposed": frozenset(),
}


def last_safety_test(ctx: Ctx, item: Item) -> SafetyTest | None:
    return ctx.session.scalar(select(SafetyTest).where(SafetyTest.item_id == item.id)
                              .order_by(SafetyTest.tested_at.desc(), SafetyTest.id.desc())
                              .limit(1))


def _set_status(ctx: Ctx, item: Item, target: str, **details: object) -> None:
    before = item.status
    item.status = target
    item.status_changed_at = ctx.now()
    ctx.session.flush()
    audit.record(ctx, "item.status", "item", item.code, before=before, after=target, **details)
    outbox.emit(ctx, "item.upserted", item_payload(item, catalog.get(ctx, item.category_id).name))


def move(ctx: Ctx, code: str, target: str) -> Item:
    """Move an item to ``target`` if the lifecycle allows it; else a German refusal."""
    ctx.require(Permission.INTAKE)
    item = get_item(ctx, code)
    if target not in STATUS_LABELS:
        raise ValidationError(f"Unbekannter Status „{target}“.")
    if target == "sold":
        raise ConflictError("Verkauft wird ein Artikel nur über die Kasse.")
    if target in ("recycled", "disposed"):
        raise ConflictError("Für Recycling oder Entsorgung bitte Gewicht und Stoffstrom "
                            "angeben (Aktion „Recyceln“ bzw. „Entsorgen“).")
    if target not in ALLOWED[item.status]:
        raise ConflictError(f"Ein Artikel im Status „{STATUS_LABELS[item.status]}“ kann nicht "
                            f"auf „{STATUS_LABELS[target]}“ gesetzt werden.")
    if target == "ready" and item.electrical:
        test = last_safety_test(ctx, item)
        if test is None:
            raise ConflictError("Elektrogeräte brauchen vor dem Verkauf eine bestandene "
                                "Sicherheitsprüfung. Bitte zuerst die Prüfung erfassen.")
        if not test.passed:
            raise ConflictError("Die letzte Sicherheitsprüfung ist nicht bestanden. Bitte "
                                "reparieren und erneut prüfen, oder recyceln.")
    _set_status(ctx, item, target)
    return item


def record_safety_test(ctx: Ctx, code: str, passed: bool, tester: str,
                       tested_at: datetime | None = None, device_id: str = "",
                       notes: str = "", on_fail: str = "in_repair") -> SafetyTest:
    """Record an electrical safety test; a failed test sends the item to repair or recycling."""
    ctx.require(Permission.INTAKE)
    item = get_item(ctx, code)
    if item.status in ("sold", "recycled", "disposed"):
        raise ConflictError("Dieser Artikel ist nicht mehr im Bestand.")
    if not tester.strip():
        raise ValidationError("Bitte angeben, wer geprüft hat.")
    when = tested_at or ctx.now()
    if when > ctx.now():
        raise ValidationError("Das Prüfdatum liegt in der Zukunft. Bitte prüfen.")
    test = SafetyTest(item_id=item.id, tested_at=when, tester=tester.strip()[:80],
                      passed=passed, device_id=device_id.strip()[:60], notes=notes.strip()[:300],
                      recorded_by=ctx.actor.user_id, recorded_at=ctx.now())
    ctx.session.add(test)
    ctx.session.flush()
    audit.record(ctx, "item.safety_test", "item", item.code, passed=passed,
                 tester=test.tester, device_id=test.device_id)
    if not passed:
        if on_fail == "recycled":
            recycle(ctx, code, "recycled", "weee", None)
        elif item.status != "in_repair":
            _set_status(ctx, item, "in_repair", reason="safety_test_failed")
    return test


def add_repair_note(ctx: Ctx, code: str, note: str, parts: str = "") -> RepairNote:
    ctx.require(Permission.INTAKE)
    item = get_item(ctx, code)
    if not note.strip():
        raise ValidationError("Bitte beschreiben, was repariert wurde.")
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
    if kind not in ("recycled", "disposed"):
        raise ValidationError("Bitte „recycelt“ oder „entsorgt“ wählen.")
    if material_stream not in MATERIAL_STREAMS:
        raise ValidationError("Unbekannter Stoffstrom. Erlaubt: "
                              + ", ".join(catalog.MATERIAL_LABELS.values()) + ".")
    if kind not in ALLOWED[item.status]:
        raise ConflictError(f"Ein Artikel im Status „{STATUS_LABELS[item.status]}“ kann nicht "
                            f"{STATUS_LABELS[kind]} werden.")
    grams = weight_grams(weight, item.weight_g)
    disposal = Disposal(item_id=item.id, kind=kind, material_stream=material_stream,
                        weight_g=grams, user_id=ctx.actor.user_id, created_at=ctx.now())
    ctx.session.add(disposal)
    _set_status(ctx, item, kind, material_stream=material_stream, weight_g=grams)
    return disposal
