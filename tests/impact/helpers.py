"""Sales for the impact tests: demo categories with their factors, and one without."""

from __future__ import annotations

from sqlalchemy import select

from app.db.models import SaleImpact
from app.services.catalog import categories
from app.services.checkout import checkout
from app.services.checkout.checkout import cash
from app.services.checkout.records import SaleResult
from app.services.kernel.backend import Backend
from app.services.kernel.context import Actor
from tests.helpers.checkout import cart_with

# Demo factors (resources/impact/factors.toml), displacement 0,5:
FURNITURE_G = 33_565  # 67,13 kg per new item x 0,5 (half a gram rounds down)
BOOK_G = 2_400  # 12 kg per kg x 0,4 kg x 0,5


def sell(backend: Backend, cashier: Actor, *lines: tuple[str, str, int]) -> SaleResult:
    """A sale of category-key lines ``(category, price, quantity)``, paid in cash."""
    cart = cart_with(backend, cashier, [], tuple(lines))
    return backend.call(cashier, checkout.finish_sale, cart, [cash(1_000_000)])


def unknown_category(backend: Backend, manager: Actor, name: str = "Krimskrams",
                     impact_key: str = "", weight_g: int = 300) -> None:
    """A category without a climate factor (or with a key this till has no factor for)."""
    backend.call(manager, categories.save_category, categories.CategoryData(
        name=name, default_price_cents=100, avg_weight_g=weight_g, impact_key=impact_key))


def impact_rows(backend: Backend, sale_id: int) -> list[tuple[str, int, int | None, int | None]]:
    with backend.read() as ctx:
        return [tuple(r) for r in ctx.session.execute(  # type: ignore[misc]
            select(SaleImpact.impact_key, SaleImpact.quantity, SaleImpact.grams_reused,
                   SaleImpact.co2e_g).where(SaleImpact.sale_id == sale_id)
            .order_by(SaleImpact.id))]
