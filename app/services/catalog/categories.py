"""Categories: the defaults for intake and the category keys at the till."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import func, select

from app.db.models import Category
from app.db.models.catalog import MATERIAL_STREAMS
from app.errors import NotFoundError, ValidationError
from app.services.catalog.vat import VAT_KINDS
from app.services.kernel import audit, outbox
from app.services.kernel.context import Ctx
from app.services.kernel.roles import Permission

MATERIAL_LABELS = {
    "weee": "Elektroschrott (WEEE)",
    "metal": "Metall",
    "wood": "Holz",
    "textile": "Textil",
    "paper": "Papier",
    "residual": "Restmüll",
    "mixed": "gemischt",
}
assert set(MATERIAL_LABELS) == set(MATERIAL_STREAMS)
MAX_PRICE_CENTS = 5_000_000  # 50.000 €: anything above is a typo at this store
MAX_WEIGHT_G = 1_000_000  # 1 t


@dataclass
class CategoryData:
    """Fields of a category as the settings page and demo data give them."""

    name: str
    vat_kind: str = "normal"
    default_price_cents: int = 0
    avg_weight_g: int = 0
    material_stream: str = "mixed"
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
        raise ValidationError("Bitte einen Namen für die Warengruppe angeben.")
    if data.vat_kind not in VAT_KINDS:
        raise ValidationError("Unbekannte Steuerart. Erlaubt: " + ", ".join(VAT_KINDS) + ".")
    if not 0 <= data.default_price_cents <= MAX_PRICE_CENTS:
        raise ValidationError("Der Standardpreis muss zwischen 0 und 50.000 € liegen.")
    if not 0 <= data.avg_weight_g <= MAX_WEIGHT_G:
        raise ValidationError("Das Durchschnittsgewicht muss zwischen 0 und 1.000 kg liegen.")
    if data.material_stream not in MATERIAL_STREAMS:
        raise ValidationError("Unbekannter Stoffstrom. Erlaubt: "
                              + ", ".join(MATERIAL_LABELS.values()) + ".")
    if data.hotkey is not None and not 1 <= data.hotkey <= 12:
        raise ValidationError("Die Funktionstaste muss F1 bis F12 sein.")


def payload(cat: Category, parent_name: str | None) -> dict[str, Any]:
    return {
        "name": cat.name, "parent": parent_name, "vat_kind": cat.vat_kind,
        "default_price_cents": cat.default_price_cents, "avg_weight_g": cat.avg_weight_g,
        "material_stream": cat.material_stream, "electrical": cat.electrical,
        "impact_key": cat.impact_key, "hotkey": cat.hotkey, "active": cat.active,
    }


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
        raise ValidationError(f"Es gibt bereits eine Warengruppe „{data.name.strip()}“.")
    if data.hotkey is not None:
        taken = ctx.session.scalar(select(Category.name).where(
            Category.hotkey == data.hotkey, Category.id != (category_id or -1)))
        if taken:
            raise ValidationError(f"F{data.hotkey} ist schon mit „{taken}“ belegt.")
    if category_id is None:
        cat = Category(created_at=ctx.now())
        ctx.session.add(cat)
    else:
        found = ctx.session.get(Category, category_id)
        if found is None:
            raise NotFoundError("Diese Warengruppe gibt es nicht mehr.")
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
    audit.record(ctx, "category.saved", "category", cat.id, **payload(cat, data.parent))
    outbox.emit(ctx, "category.upserted", payload(cat, data.parent))
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
        known = ", ".join(c.name for c in list_categories(ctx))
        raise NotFoundError(f"Unbekannte Warengruppe „{name}“. Vorhanden: {known}.")
    return cat


def get(ctx: Ctx, category_id: int) -> Category:
    cat = ctx.session.get(Category, category_id)
    if cat is None or not cat.active:
        raise NotFoundError("Bitte eine vorhandene Warengruppe wählen.")
    return cat
