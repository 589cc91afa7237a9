"""The hot path of a scan: code -> item, category and today's price, in one indexed read.

The select is built with Core once and compiled once; on SQLite it runs straight on the
driver connection of the caller's session (no ORM identity map, no per-call compile), so a
lookup costs little more than the raw indexed SELECT even with a million items.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from functools import cache
from typing import Any

from sqlalchemy import bindparam, select
from sqlalchemy.dialects import sqlite

from app.db.models import Category, Item
from app.services.catalog.markdowns import Price, Rule, price_for
from app.services.intake import item_codes
from app.services.kernel.context import Ctx

# Receipts carry an EAN-13 from the in-store range too: 29 + station + receipt number.
RECEIPT_PREFIX = "29"

_LOOKUP = (
    select(Item.id, Item.description, Item.price_cents, Item.status, Item.received_at,
           Item.category_id, Category.name, Category.vat_kind)
    .join(Category, Category.id == Item.category_id)
    .where(Item.code == bindparam("code"))
)
_CATEGORY = select(Category.name, Category.vat_kind, Category.default_price_cents).where(
    Category.id == bindparam("id"), Category.active.is_(True))


@dataclass(frozen=True)
class FoundItem:
    item_id: int
    code: str
    description: str
    status: str
    category_id: int
    category_name: str
    vat_kind: str
    price: Price


@dataclass(frozen=True)
class CategoryInfo:
    name: str
    vat_kind: str
    default_price_cents: int


@cache
def _sqlite_sql(which: str) -> str:
    stmt = _LOOKUP if which == "lookup" else _CATEGORY
    return str(stmt.compile(dialect=sqlite.dialect()))


def _row(ctx: Ctx, which: str, value: object) -> Any:
    conn = ctx.session.connection()
    if conn.dialect.name == "sqlite":
        raw = conn.connection.driver_connection
        assert raw is not None
        return raw.execute(_sqlite_sql(which), (value,)).fetchone()
    stmt = _LOOKUP if which == "lookup" else _CATEGORY
    key = "code" if which == "lookup" else "id"
    return conn.execute(stmt, {key: value}).first()


def _aware(value: datetime | str) -> datetime:
    if isinstance(value, str):
        value = datetime.fromisoformat(value)
    return value if value.tzinfo else value.replace(tzinfo=UTC)


def lookup(ctx: Ctx, code: str, rules: list[Rule]) -> FoundItem | None:
    """The item with ``code`` and its price after markdown rules, or None if unknown."""
    row = _row(ctx, "lookup", code)
    if row is None:
        return None
    item_id, description, list_cents, status, received_at, category_id, cat_name, vat = row
    price = price_for(list_cents, category_id, _aware(received_at), ctx.now(), rules)
    return FoundItem(item_id, code, description, status, category_id, cat_name, vat, price)


def category_info(ctx: Ctx, category_id: int) -> CategoryInfo | None:
    """Name, VAT kind and default price of an active category."""
    row = _row(ctx, "category", category_id)
    return None if row is None else CategoryInfo(row[0], row[1], row[2])


def receipt_code(station_number: int, receipt_number: int) -> str:
    """The EAN-13 printed on a receipt so a return can scan it."""
    first12 = f"{RECEIPT_PREFIX}{station_number:02d}{receipt_number % 100_000_000:08d}"
    return first12 + str(item_codes.check_digit(first12))


def parse_receipt_code(code: str) -> tuple[int, int] | None:
    """``(station number, receipt number)`` of a receipt barcode, or None."""
    code = code.strip()
    if not (item_codes.is_valid_ean13(code) and code.startswith(RECEIPT_PREFIX)):
        return None
    return int(code[2:4]), int(code[4:12])
