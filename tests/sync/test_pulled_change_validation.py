"""A till validates every pulled change against the payload model of its kind before it
applies it: hostile or malformed data from the server is refused with a German reason and
an audit entry, never clamped into something nobody sent."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from app.db.models import AuditEntry, Category, Item, MarkdownRule, Setting, SyncConflict, User
from app.services.kernel.context import SYSTEM
from app.services.sync import apply as sync_apply
from app.sync_schema import Change, limits
from tests.sync.live import Till, make_till

CODE = "2002000000019"  # minted by station 2, the sender below
OTHER_CODE = "2002000000026"
ITEM: dict[str, Any] = {
    "code": CODE, "category": "Bücher", "description": "Lampe", "price_cents": 1200,
    "status": "ready", "condition": "gut", "weight_g": 900, "electrical": False,
    "received_at": "2026-11-26T09:00:00+00:00", "location": "",
}
CATEGORY: dict[str, Any] = {"name": "Neue Gruppe", "vat_kind": "reduced",
                            "default_price_cents": 300, "acted_by": "maria"}
USER: dict[str, Any] = {"name": "gast", "display_name": "Gast", "role": "cashier",
                        "active": True, "acted_by": "maria"}
MARKDOWN: dict[str, Any] = {"id": 7, "after_days": 45, "percent": 25, "active": True,
                            "acted_by": "maria"}
SALE_A = "0b5f7c1e-8d1a-4b7e-9a51-3c2e1f0a9b11"
SALE_B = "7e2d4c6b-1f3a-4e5d-8c9b-0a1b2c3d4e5f"
CONFLICT: dict[str, Any] = {"item_code": CODE, "sale_uuid": SALE_A, "station": 2,
                            "other_sale_uuid": SALE_B, "other_station": 3,
                            "detected_at": "2026-11-27T10:00:00+00:00"}


def _change(kind: str, key: str, data: dict[str, Any]) -> Change:
    return Change(cursor=1, kind=kind, key=key, origin_station=2, data=data)


def _item(**changed: Any) -> Change:
    return _change("item", str(changed.get("code", CODE)), {**ITEM, **changed})


def _without(data: dict[str, Any], field: str) -> dict[str, Any]:
    return {k: v for k, v in data.items() if k != field}


# Each of these would have been clamped, truncated, defaulted or stored as sent.
HOSTILE = {
    "negative price": _item(price_cents=-500),
    "price above the limit": _item(price_cents=limits.MAX_PRICE_CENTS + 1),
    "price as text": _item(price_cents="12.00"),
    "price as a bool": _item(price_cents=True),
    "price beyond 2^63": _item(price_cents=2**64),
    "description too long": _item(description="x" * (limits.DESCRIPTION_LENGTH + 1)),
    "unknown status": _item(status="stolen"),
    "unknown condition": _item(condition="<script>alert(1)</script>"),
    "negative weight": _item(weight_g=-1),
    "naive receipt time": _item(received_at="2026-11-26T09:00:00"),
    "time of year 1": _item(received_at="0001-01-01T00:00:00+00:00"),
    "code not 13 digits": _change("item", "abc", {**ITEM, "code": "abc"}),
    "no category": _change("item", CODE, _without(ITEM, "category")),
    "key of another item": _change("item", OTHER_CODE, ITEM),
    "bad safety test": _item(electrical=True, safety_test={"tested_at": "gestern",
                                                           "passed": True, "tester": "x"}),
    "unknown VAT kind": _change("category", "Neue Gruppe", {**CATEGORY, "vat_kind": "zero"}),
    "category price too high": _change("category", "Neue Gruppe",
                                       {**CATEGORY, "default_price_cents": 10**12}),
    "category under another name": _change("category", "Bücher", CATEGORY),
    "unknown role": _change("user", "gast", {**USER, "role": "superadmin"}),
    "display name too long": _change("user", "gast", {**USER, "display_name": "G" * 500}),
    "user name empty": _change("user", "", {**USER, "name": ""}),
    "markdown of 150 %": _change("markdown", "2:7", {**MARKDOWN, "percent": 150}),
    "markdown after 0 days": _change("markdown", "2:7", {**MARKDOWN, "after_days": 0}),
    "markdown of another station": _change("markdown", "3:7", MARKDOWN),
    "setting value a list": _change("setting", "checkout.card_max_cents",
                                    {"key": "checkout.card_max_cents", "value": [1, 2],
                                     "acted_by": "maria"}),
    "setting below its range": _change("setting", "checkout.card_max_cents",
                                       {"key": "checkout.card_max_cents", "value": -5,
                                        "acted_by": "maria"}),
    "setting of the wrong type": _change("setting", "checkout.card_max_cents",
                                         {"key": "checkout.card_max_cents", "value": "viel",
                                          "acted_by": "maria"}),
    "setting value too long": _change("setting", "receipt_footer",
                                      {"key": "receipt_footer", "acted_by": "maria",
                                       "value": "x" * (limits.SETTING_VALUE_LENGTH + 1)}),
    "conflict with a script uuid": _change("conflict", f"{CODE}:<svg/onload=alert(1)>",
                                           {**CONFLICT, "sale_uuid": "<svg/onload=alert(1)>"}),
    "conflict of station 0": _change("conflict", f"{CODE}:{SALE_A}",
                                     {**CONFLICT, "other_station": 0}),
    "conflict data not an object": _change("conflict", f"{CODE}:{SALE_A}",
                                           {"item_code": [CODE]}),
}


def _state(till: Till) -> list[tuple[Any, ...]]:
    """Every record a pulled change could touch, in a comparable form."""
    with till.backend.read() as ctx:
        rows: list[tuple[Any, ...]] = []
        for model in (Item, Category, User, MarkdownRule, SyncConflict, Setting):
            for row in ctx.session.scalars(select(model)):
                rows.append((model.__name__, *(str(getattr(row, c.key))
                                               for c in model.__table__.columns)))
        return sorted(rows)


def _refusals(till: Till) -> list[AuditEntry]:
    with till.backend.read() as ctx:
        return list(ctx.session.scalars(select(AuditEntry).where(
            AuditEntry.action == sync_apply.REFUSED_ACTION)))


@pytest.fixture(scope="module")
def till(tmp_path_factory: pytest.TempPathFactory) -> Till:
    return make_till(tmp_path_factory.mktemp("till"), 1)


@pytest.mark.parametrize("change", HOSTILE.values(), ids=HOSTILE.keys())
def test_malformed_pulled_change_is_refused_and_audited(till: Till, change: Change) -> None:
    before, audited = _state(till), len(_refusals(till))
    applied = till.backend.call(SYSTEM, sync_apply.apply_changes, [change])
    assert applied.counts == {"refused": 1}
    assert _state(till) == before
    refusals = _refusals(till)
    assert len(refusals) == audited + 1
    reason = refusals[-1].details["reason"]
    assert reason.startswith(("Ungültiges Ereignis", "Änderung unter dem Schlüssel",
                              "Einstellung „")), reason
    assert len(reason) <= 500 and "<svg" not in reason.split("–", 1)[0]


def test_valid_changes_of_each_kind_still_arrive(tmp_path: Path) -> None:
    """The same kinds, well formed and from someone allowed, are taken."""
    till = make_till(tmp_path, 1)
    page = [
        _change("category", "Neue Gruppe", CATEGORY),
        _change("item", CODE, {**ITEM, "category": "Neue Gruppe"}),
        _change("user", "gast", USER),
        _change("markdown", "2:7", MARKDOWN),
        _change("conflict", f"{CODE}:{SALE_A}", CONFLICT),
    ]
    applied = till.backend.call(SYSTEM, sync_apply.apply_changes, page)
    assert applied.counts == {"category": 1, "item": 1, "user": 1, "markdown": 1,
                              "conflict": 1}
    with till.backend.read() as ctx:
        item = ctx.session.scalar(select(Item).where(Item.code == CODE))
        assert item is not None and (item.price_cents, item.description) == (1200, "Lampe")
        rule = ctx.session.scalar(select(MarkdownRule).where(MarkdownRule.percent == 25))
        assert rule is not None and rule.after_days == 45


def test_one_malformed_change_does_not_stop_the_page(tmp_path: Path) -> None:
    till = make_till(tmp_path, 1)
    page = [_item(price_cents=-1), _change("category", "Neue Gruppe", CATEGORY)]
    applied = till.backend.call(SYSTEM, sync_apply.apply_changes, page)
    assert applied.counts == {"refused": 1, "category": 1}
    assert applied.refused[0].startswith(f"item {CODE}: Ungültiges Ereignis")
