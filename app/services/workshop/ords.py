"""The repair records as an Open Repair Data Standard (ORDS v0.3) CSV.

The columns and their order are those of the Open Repair Alliance's published data
(``OpenRepairData_v0.3_aggregate``: id, data_provider, country, partner_product_category,
product_category, product_category_id, brand, year_of_manufacture, product_age,
repair_status, repair_barrier_if_end_of_life, group_identifier, event_date, problem), so
the file joins the public repair data sets. ``repair_status`` and the barrier are the
standard's codelist texts as stored; the ORDS product category comes from the data table
``resources/repairs/ords_categories.toml``.
"""

from __future__ import annotations

import csv
import io
import tomllib
from dataclasses import dataclass
from datetime import date
from functools import cache

from sqlalchemy import select

from app.db.models import Category, Item, RepairRecord
from app.errors import NotFoundError, ValidationError
from app.resource_files import resource_path
from app.services.kernel.context import Ctx
from app.services.kernel.roles import Permission
from app.services.workshop import messages as msg

COLUMNS = ("id", "data_provider", "country", "partner_product_category", "product_category",
           "product_category_id", "brand", "year_of_manufacture", "product_age",
           "repair_status", "repair_barrier_if_end_of_life", "group_identifier",
           "event_date", "problem")
COUNTRY = "DEU"  # ISO 3166-1 alpha-3, as the standard asks


@dataclass(frozen=True)
class OrdsCategories:
    """The ORDS product category list and our impact keys' place in it."""

    names: dict[int, str]
    by_impact_key: dict[str, int]
    unmapped_powered: int

    def for_item(self, impact_key: str, electrical: bool) -> tuple[str, str]:
        """(product_category, product_category_id) as CSV text; empty for unpowered items,
        which the EEE-only ORDS list has no category for."""
        if not electrical:
            return "", ""
        number = self.by_impact_key.get(impact_key, self.unmapped_powered)
        return self.names[number], str(number)


@cache
def ords_categories() -> OrdsCategories:
    """The shipped ORDS category table (read once)."""
    data = tomllib.loads(resource_path("repairs", "ords_categories.toml")
                         .read_text(encoding="utf-8"))
    names = {int(k): str(v) for k, v in data["categories"].items()}
    keys = {str(k): int(v) for k, v in data["impact_keys"].items()}
    assert set(keys.values()) <= set(names), "every mapped id must be an ORDS category"
    return OrdsCategories(names, keys, int(data["unmapped_powered"]))


def check_target_name(name: str) -> None:
    """The file must be a .csv; checked before any work is done."""
    if not name.lower().endswith(".csv"):
        raise ValidationError(msg.ORDS_OUTPUT.format(name=name))


def ords_rows(ctx: Ctx, start: date, end: date) -> list[list[str]]:
    """One row per repair recorded on the days ``start``…``end`` (inclusive), oldest first."""
    ctx.require(Permission.EXPORT)
    if end < start:
        raise ValidationError(msg.RANGE_REVERSED.format(
            start=start.strftime("%d.%m.%Y"), end=end.strftime("%d.%m.%Y")))
    assert ctx.station is not None
    table = ords_categories()
    provider = ctx.station.store_name
    rows: list[list[str]] = []
    query = (select(RepairRecord, Category.electrical)
             .join(Item, Item.id == RepairRecord.item_id)
             .join(Category, Category.id == Item.category_id)
             .where(RepairRecord.repaired_on >= start, RepairRecord.repaired_on <= end)
             .order_by(RepairRecord.repaired_on, RepairRecord.id))
    for record, electrical in ctx.session.execute(query):
        category, category_id = table.for_item(record.impact_key, bool(electrical))
        year = record.year_of_manufacture
        age = "" if year is None else str(max(record.repaired_on.year - year, 0))
        rows.append([
            record.uuid, provider, COUNTRY, record.category, category, category_id,
            record.brand, "" if year is None else str(year), age, record.repair_status,
            record.barrier or "", provider, record.repaired_on.isoformat(), record.problem])
    return rows


def ords_csv(ctx: Ctx, start: date, end: date) -> bytes:
    """The ORDS CSV (UTF-8, comma-separated, English header row) of a date range; a German
    ``NotFoundError`` when no repair was recorded in it."""
    rows = ords_rows(ctx, start, end)
    if not rows:
        raise NotFoundError(msg.ORDS_EMPTY.format(
            start=start.strftime("%d.%m.%Y"), end=end.strftime("%d.%m.%Y")))
    out = io.StringIO(newline="")
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(COLUMNS)
    writer.writerows(rows)
    return out.getvalue().encode("utf-8")
