"""Applying pulled changes at a till: idempotent, and one bad change never blocks the rest."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy import select

from app.db.models import Category, Item, User
from app.services.kernel.context import SYSTEM
from app.services.sync import apply as sync_apply
from app.sync_schema import Change
from tests.sync.live import make_till


def change(n: int, kind: str, key: str, data: dict[str, Any]) -> Change:
    return Change(cursor=n, kind=kind, key=key, origin_station=2, data=data)


ITEM = {"code": "2002000000019", "category": "Neue Gruppe", "description": "Lampe",
        "price_cents": 1200, "status": "ready", "condition": "gut", "weight_g": 900,
        "electrical": True, "received_at": "2026-11-26T09:00:00+00:00", "location": ""}


def test_pulled_changes_apply_idempotently_and_skip_bad_ones(tmp_path: Path) -> None:
    """The same page twice gives the same till; a malformed change is refused (audited)."""
    till = make_till(tmp_path, 1)
    page = [
        change(1, "category", "Neue Gruppe", {"name": "Neue Gruppe", "vat_kind": "reduced",
                                              "default_price_cents": 300,
                                              "acted_by": "maria"}),
        change(2, "item", "broken", {"code": "2002000000026"}),  # no category: refused
        change(3, "item", ITEM["code"], ITEM),
        change(4, "user", "gast", {"name": "gast", "display_name": "Gast", "role": "cashier",
                                   "active": True, "acted_by": "maria"}),
        change(5, "item", "2000000000011", {**ITEM, "code": "2000000000011"}),  # station 00
    ]
    first = till.backend.call(SYSTEM, sync_apply.apply_changes, page)
    assert first.counts == {"category": 1, "item": 2, "user": 1, "refused": 1}
    till.backend.call(SYSTEM, sync_apply.apply_changes, page)
    with till.backend.read() as ctx:
        items = {i.code: i for i in ctx.session.scalars(select(Item))}
        assert items[ITEM["code"]].price_cents == 1200
        assert "2002000000026" not in items
        assert len(list(ctx.session.scalars(
            select(Category).where(Category.name == "Neue Gruppe")))) == 1
        gast = ctx.session.scalar(select(User).where(User.name == "gast"))
        assert gast is not None and gast.pin_hash == sync_apply.UNUSABLE_PIN
