"""Find a sellable item by words of its description, when its label cannot be read.

Every word must occur in the description (in any order, any case), so "stuhl buche"
finds "Stuhl Buche, gepolstert". Only items that are ``ready`` are listed: the cashier
adds the chosen one to the cart as if its code had been scanned.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, or_, select

from app.db.models import Category, Item
from app.errors import ValidationError
from app.services.catalog import markdowns
from app.services.checkout import messages as msg
from app.services.kernel.context import Ctx
from app.sync_schema.enums import ItemStatus

MIN_LETTERS = 2
MAX_WORDS = 6
LIMIT = 50


@dataclass(frozen=True)
class ItemMatch:
    code: str
    description: str
    category: str
    price_cents: int  # today's price, after markdown rules


def _escaped(word: str) -> str:
    """``word`` for a LIKE pattern, its own % and _ taken literally."""
    return word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def find_items(ctx: Ctx, text: str, limit: int = LIMIT) -> list[ItemMatch]:
    """Ready items whose description holds every word of ``text``, newest first."""
    words = text.split()[:MAX_WORDS]
    if sum(len(w) for w in words) < MIN_LETTERS:
        raise ValidationError(msg.SEARCH_TOO_SHORT)
    query = (select(Item.code, Item.description, Item.price_cents, Item.category_id,
                    Item.received_at, Category.name)
             .join(Category, Category.id == Item.category_id)
             .where(Item.status == ItemStatus.READY.value))
    lowered = func.lower(Item.description)
    for word in words:
        # SQLite's lower() folds ASCII only: "Ölkanne" stays "Ölkanne", so a word is also
        # tried with a capital first letter (German nouns), which finds it either way.
        variants = {word.lower(), word.lower().capitalize()}
        query = query.where(or_(*(lowered.like(f"%{_escaped(v)}%", escape="\\")
                                  for v in sorted(variants))))
    rows = ctx.session.execute(query.order_by(Item.received_at.desc(), Item.id.desc())
                               .limit(limit)).all()
    rules = markdowns.load_rules(ctx) if rows else []
    now = ctx.now()
    return [ItemMatch(code, description, category,
                      markdowns.price_for(cents, category_id, received_at, now, rules).cents)
            for code, description, cents, category_id, received_at, category in rows]
