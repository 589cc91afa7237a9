"""Categories: the defaults for intake and the category keys at the till."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import func, select

from app.db.models import Category
from app.errors import NotFoundError, ValidationError
from app.services.catalog import messages as msg
from app.services.catalog.messages import MATERIAL_LABELS
from app.services.kernel import audit, outbox
from app.services.kernel.context import Ctx
from app.services.kernel.formatting import format_grams, format_whole_euros
from app.services.kernel.roles import Permission
from app.sync_schema import limits
from app.sync_schema.enums import EventType, MaterialStream, VatKind, values
from app.sync_schema.payloads import CategoryPayload

assert set(MATERIAL_LABELS) == set(MaterialStream)


@dataclass
class CategoryData:
    """Fields of a category as the settings page and demo data give them."""

    name: str
    vat_kind: str = VatKind.NORMAL
    default_price_cents: int = 0
    avg_weight_g: int = 0
    material_stream: str = MaterialStream.MIXED
    electrical: bool = False
    impact_key: str = ""
    parent: str | None = None
    hotkey: int | None = None
    extra: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class CategoryInfo:
    """A category as screens read it: plain values, no database session behind it."""

    id: int
    name: str
    parent_id: int | None
    vat_kind: str
    default_price_cents: int
    avg_weight_g: int
    material_stream: str
    electrical: bool
    impact_key: str
    hotkey: int | None
    active: bool

    @classmethod
    def of(cls, cat: Category) -> CategoryInfo:
        return cls(cat.id, cat.name, cat.parent_id, cat.vat_kind, cat.default_price_cents,
                   cat.avg_weight_g, cat.material_stream, cat.electrical, cat.impact_key,
                   cat.hotkey, cat.active)


def _validate(data: CategoryData) -> None:
    if not data.name.strip():
        raise ValidationError(msg.CATEGORY_NAME_MISSING)
    if len(data.name.strip()) > limits.CATEGORY_NAME_LENGTH:
        raise ValidationError(msg.CATEGORY_NAME_TOO_LONG.format(
            maximum=limits.CATEGORY_NAME_LENGTH))
    if data.vat_kind not in values(VatKind):
        raise ValidationError(msg.VAT_KIND_UNKNOWN.format(
            known=msg.LIST_SEPARATOR.join(VatKind)))
    if not 0 <= data.default_price_cents <= limits.MAX_PRICE_CENTS:
        raise ValidationError(msg.DEFAULT_PRICE_RANGE.format(
            maximum=format_whole_euros(limits.MAX_PRICE_CENTS)))
    if not 0 <= data.avg_weight_g <= limits.MAX_WEIGHT_G:
        raise ValidationError(msg.AVG_WEIGHT_RANGE.format(
            maximum=format_grams(limits.MAX_WEIGHT_G)))
    if data.material_stream not in values(MaterialStream):
        raise ValidationError(msg.MATERIAL_UNKNOWN.format(
            known=msg.LIST_SEPARATOR.join(MATERIAL_LABELS.values())))
    if data.hotkey is not None and not 1 <= data.hotkey <= limits.MAX_HOTKEY:
        raise ValidationError(msg.HOTKEY_RANGE.format(maximum=limits.MAX_HOTKEY))


def payload(cat: Category, parent_name: str | None,
            acted_by: str | None = None) -> CategoryPayload:
    """The category as other tills and the server learn about it."""
    return CategoryPayload(
        name=cat.name, parent=parent_name, vat_kind=VatKind(cat.vat_kind),
        default_price_cents=cat.default_price_cents, avg_weight_g=cat.avg_weight_g,
        material_stream=MaterialStream(cat.material_stream), electrical=cat.electrical,
        impact_key=cat.impact_key, hotkey=cat.hotkey, active=cat.active, acted_by=acted_by)


def save_category(ctx: Ctx, data: CategoryData,
                  category_id: int | None = None) -> CategoryInfo:
    """Create or update a category (managers); audited and sent to the other tills."""
    ctx.require(Permission.MANAGE_CATALOG)
    _validate(data)
    parent_id = None
    if data.parent:
        parent_id = get_by_name(ctx, data.parent).id
    clash = ctx.session.scalar(select(Category.id).where(
        func.lower(Category.name) == data.name.strip().lower()))
    if clash is not None and clash != category_id:
        raise ValidationError(msg.CATEGORY_EXISTS.format(name=data.name.strip()))
    if data.hotkey is not None:
        taken = ctx.session.scalar(select(Category.name).where(
            Category.hotkey == data.hotkey, Category.id != (category_id or -1)))
        if taken:
            raise ValidationError(msg.HOTKEY_TAKEN.format(hotkey=data.hotkey, name=taken))
    if category_id is None:
        cat = Category(created_at=ctx.now())
        ctx.session.add(cat)
    else:
        found = ctx.session.get(Category, category_id)
        if found is None:
            raise NotFoundError(msg.CATEGORY_GONE)
        cat = found
    cat.name = data.name.strip()
    cat.parent_id = parent_id
    cat.vat_kind = data.vat_kind
    cat.default_price_cents = data.default_price_cents
    cat.avg_weight_g = data.avg_weight_g
    cat.material_stream = data.material_stream
    cat.electrical = data.electrical
    cat.impact_key = data.impact_key
    cat.hotkey = data.hotkey
    ctx.session.flush()
    event = payload(cat, data.parent, outbox.acting_user(ctx))
    audit.record(ctx, "category.saved", "category", cat.id, **event.wire())
    outbox.emit(ctx, EventType.CATEGORY_UPSERTED, event)
    return CategoryInfo.of(cat)


def list_categories(ctx: Ctx, include_inactive: bool = False) -> list[CategoryInfo]:
    """The categories by name (only the active ones unless asked)."""
    query = select(Category).order_by(Category.name)
    if not include_inactive:
        query = query.where(Category.active.is_(True))
    return [CategoryInfo.of(cat) for cat in ctx.session.scalars(query)]


def get_by_name(ctx: Ctx, name: str) -> Category:
    cat = ctx.session.scalar(select(Category).where(
        func.lower(Category.name) == name.strip().lower()))
    if cat is None:
        known = msg.LIST_SEPARATOR.join(c.name for c in list_categories(ctx))
        raise NotFoundError(msg.CATEGORY_UNKNOWN.format(name=name, known=known))
    return cat


def get(ctx: Ctx, category_id: int) -> Category:
    cat = ctx.session.get(Category, category_id)
    if cat is None or not cat.active:
        raise NotFoundError(msg.CATEGORY_CHOOSE)
    return cat
