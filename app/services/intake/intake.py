"""Taking in donated goods: validated input, one code per piece, audited, in the outbox."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select

from app.db.models import Category, Item
from app.errors import NotFoundError, ValidationError
from app.services.catalog import categories as catalog
from app.services.intake import item_codes, safety
from app.services.intake import messages as msg
from app.services.kernel import audit, outbox
from app.services.kernel.context import Ctx
from app.services.kernel.formatting import (
    format_grams,
    format_whole_euros,
    parse_cents,
    parse_grams,
)
from app.services.kernel.roles import Permission
from app.sync_schema import limits
from app.sync_schema.enums import (
    IN_STOCK,
    Condition,
    EventType,
    ItemStatus,
    values,
)
from app.sync_schema.payloads import ItemPayload, SafetyTestPayload


@dataclass(frozen=True)
class ItemInfo:
    """An item as screens read it: plain values, no database session behind it."""

    id: int
    code: str
    category_id: int
    description: str
    condition: str
    price_cents: int
    weight_g: int
    status: str
    electrical: bool
    donor_note: str
    location: str
    received_at: datetime
    label_printed_at: datetime | None

    @classmethod
    def of(cls, item: Item) -> ItemInfo:
        return cls(item.id, item.code, item.category_id, item.description, item.condition,
                   item.price_cents, item.weight_g, item.status, item.electrical,
                   item.donor_note, item.location, item.received_at, item.label_printed_at)


@dataclass
class IntakeInput:
    """What the intake form sends; money and weight may still be text as typed."""

    category: str | int
    description: str = ""
    condition: str = Condition.GOOD
    price: str | int | None = None  # None: the category's default price
    weight: str | int | None = None  # None: the category's average weight (grams if int)
    quantity: int = 1
    donor_note: str = ""
    location: str = ""


def price_cents(value: str | int | None, default: int) -> int:
    """Parse a typed price ('12,50' or '12.50'); refuse negatives and nonsense."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return default
    cents = value if isinstance(value, int) else parse_cents(value)
    if cents is None:
        raise ValidationError(msg.PRICE_INVALID.format(value=value))
    if cents < 0:
        raise ValidationError(msg.PRICE_NEGATIVE)
    if cents > limits.MAX_PRICE_CENTS:
        raise ValidationError(msg.PRICE_TOO_HIGH.format(
            maximum=format_whole_euros(limits.MAX_PRICE_CENTS)))
    return cents


def weight_grams(value: str | int | None, default: int) -> int:
    """Parse a weight in kg ('2,5') or with unit ('300 g'); refuse absurd values."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return default
    grams = value if isinstance(value, int) else parse_grams(value)
    if grams is None:
        raise ValidationError(msg.WEIGHT_INVALID.format(value=value))
    if not 0 <= grams <= limits.MAX_WEIGHT_G:
        raise ValidationError(msg.WEIGHT_TOO_HIGH.format(
            maximum=format_grams(limits.MAX_WEIGHT_G)))
    return grams


def _category(ctx: Ctx, ref: str | int) -> Category:
    if isinstance(ref, int):
        return catalog.get(ctx, ref)
    if not str(ref).strip():
        raise ValidationError(msg.CATEGORY_MISSING)
    return catalog.get_by_name(ctx, str(ref))


def item_payload(item: Item, category_name: str,
                 safety_test: SafetyTestPayload | None = None) -> ItemPayload:
    """The item as other tills and the server learn about it (an electrical item with
    its latest safety test, so the central record never loses the test)."""
    payload = ItemPayload(
        code=item.code, category=category_name, description=item.description,
        condition=Condition(item.condition), price_cents=item.price_cents,
        weight_g=item.weight_g, status=ItemStatus(item.status), electrical=item.electrical,
        received_at=item.received_at, location=item.location)
    if safety_test is not None:
        payload.safety_test = safety_test  # set only when there is one: older payloads stay
    return payload


def _check_condition(condition: str) -> None:
    if condition not in values(Condition):
        raise ValidationError(msg.CONDITION_UNKNOWN.format(
            known=msg.LIST_SEPARATOR.join(Condition)))


def take_in(ctx: Ctx, data: IntakeInput) -> list[ItemInfo]:
    """Create ``quantity`` identical items, each with its own freshly minted code."""
    ctx.require(Permission.INTAKE)
    cat = _category(ctx, data.category)
    if not 1 <= data.quantity <= limits.MAX_INTAKE_PIECES:
        raise ValidationError(msg.QUANTITY_RANGE.format(maximum=limits.MAX_INTAKE_PIECES))
    _check_condition(data.condition)
    description = " ".join(data.description.split()) or cat.name
    if len(description) > limits.DESCRIPTION_LENGTH:
        raise ValidationError(msg.DESCRIPTION_TOO_LONG.format(
            maximum=limits.DESCRIPTION_LENGTH))
    cents = price_cents(data.price, cat.default_price_cents)
    grams = weight_grams(data.weight, cat.avg_weight_g)
    now = ctx.now()
    items = []
    for code in item_codes.mint(ctx, data.quantity):
        item = Item(
            code=code, category_id=cat.id, station_id=ctx.station_id, description=description,
            condition=data.condition, price_cents=cents, weight_g=grams,
            status=ItemStatus.RECEIVED, electrical=cat.electrical,
            donor_note=data.donor_note.strip()[:limits.NOTE_LENGTH],
            location=data.location.strip()[:limits.LOCATION_LENGTH], received_at=now,
            received_by=ctx.actor.user_id,
            status_changed_at=now,
        )
        ctx.session.add(item)
        items.append(item)
    ctx.session.flush()
    for item in items:
        audit.record(ctx, "item.received", "item", item.code, category=cat.name,
                     price_cents=cents, weight_g=grams)
        outbox.emit(ctx, EventType.ITEM_UPSERTED, item_payload(item, cat.name))
    return [ItemInfo.of(item) for item in items]


def get_item(ctx: Ctx, code: str) -> Item:
    item = ctx.session.scalar(select(Item).where(Item.code == code.strip()))
    if item is None:
        raise NotFoundError(msg.ITEM_UNKNOWN.format(code=code.strip()))
    return item


@dataclass
class ItemChanges:
    description: str | None = None
    condition: str | None = None
    price: str | int | None = None
    weight: str | int | None = None
    category: str | int | None = None
    location: str | None = None
    donor_note: str | None = None


def update_item(ctx: Ctx, code: str, changes: ItemChanges) -> Item:
    """Edit an item that is not sold or gone; every change audited and synced."""
    ctx.require(Permission.INTAKE)
    item = get_item(ctx, code)
    if item.status not in IN_STOCK:
        raise ValidationError(msg.ITEM_FINAL)
    before = {"price_cents": item.price_cents, "description": item.description,
              "weight_g": item.weight_g, "category_id": item.category_id}
    if changes.category is not None:
        cat = _category(ctx, changes.category)
        item.category_id = cat.id
        item.electrical = item.electrical or cat.electrical
    if changes.description is not None:
        text = " ".join(changes.description.split())
        if not text or len(text) > limits.DESCRIPTION_LENGTH:
            raise ValidationError(msg.DESCRIPTION_LENGTH.format(
                maximum=limits.DESCRIPTION_LENGTH))
        item.description = text
    if changes.condition is not None:
        _check_condition(changes.condition)
        item.condition = changes.condition
    if changes.price is not None:
        item.price_cents = price_cents(changes.price, item.price_cents)
    if changes.weight is not None:
        item.weight_g = weight_grams(changes.weight, item.weight_g)
    if changes.location is not None:
        item.location = changes.location.strip()[:limits.LOCATION_LENGTH]
    if changes.donor_note is not None:
        item.donor_note = changes.donor_note.strip()[:limits.NOTE_LENGTH]
    ctx.session.flush()
    cat_name = catalog.get(ctx, item.category_id).name
    audit.record(ctx, "item.updated", "item", item.code, before=before,
                 after={"price_cents": item.price_cents, "description": item.description,
                        "weight_g": item.weight_g, "category_id": item.category_id})
    outbox.emit(ctx, EventType.ITEM_UPSERTED,
                item_payload(item, cat_name, safety.latest_payload(ctx, item)))
    return item
