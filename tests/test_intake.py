"""Intake: validated input, one code per piece, lifecycle, safety tests, markdowns."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import func, select

from app.db.models import AuditEntry, Item, OutboxEvent
from app.errors import ConflictError, NotFoundError, ValidationError
from app.services.catalog import categories as catalog
from app.services.catalog import markdowns
from app.services.intake import intake, item_list, lifecycle
from app.services.intake.intake import IntakeInput, ItemChanges
from app.services.kernel.backend import Backend
from app.services.kernel.context import Actor
from app.sync_schema import limits
from tests.helpers.clock import Clock


def take(backend: Backend, actor: Actor, **kw: object) -> list[str]:
    items = backend.call(actor, intake.take_in, IntakeInput(**kw))  # type: ignore[arg-type]
    return [i.code for i in items]


def counts(backend: Backend) -> tuple[int, int, int]:
    with backend.db.read() as s:
        return (s.scalar(select(func.count()).select_from(Item)) or 0,
                s.scalar(select(func.count()).select_from(AuditEntry)) or 0,
                s.scalar(select(func.count()).select_from(OutboxEvent)) or 0)


def test_category_defaults_apply(backend: Backend, volunteer: Actor) -> None:
    """Price and weight default to the category's; description to its name."""
    code = take(backend, volunteer, category="Bücher")[0]
    with backend.read() as ctx:
        item = intake.get_item(ctx, code)
    assert (item.price_cents, item.weight_g, item.description) == (100, 400, "Bücher")
    assert item.status == "received" and item.code.startswith("2001")


def test_quantity_gives_one_code_each(backend: Backend, volunteer: Actor) -> None:
    """Five identical plates are five items with five distinct codes, audited and synced."""
    before = counts(backend)
    codes = take(backend, volunteer, category="Geschirr", description="Teller", quantity=5)
    assert len(set(codes)) == 5
    after = counts(backend)
    assert after[0] - before[0] == 5
    assert after[1] - before[1] == 5 and after[2] - before[2] == 5


@pytest.mark.parametrize(("price", "cents"), [
    ("12,50", 1250), ("12.50", 1250), ("12,5", 1250), ("7", 700), (" 3,99 € ", 399), ("0", 0),
])
def test_price_spellings(backend: Backend, volunteer: Actor, price: str, cents: int) -> None:
    """Decimal comma and point are both accepted."""
    code = take(backend, volunteer, category="Möbel", price=price)[0]
    with backend.read() as ctx:
        assert intake.get_item(ctx, code).price_cents == cents


@pytest.mark.parametrize(("kw", "message"), [
    ({"category": "Raumschiffe"}, "Unbekannte Warengruppe"),
    ({"category": ""}, "Bitte eine Warengruppe"),
    ({"category": "Möbel", "price": "12,5,0"}, "keine gültige Zahl"),
    ({"category": "Möbel", "price": "zwölf"}, "keine gültige Zahl"),
    ({"category": "Möbel", "price": "-3"}, "nicht negativ"),
    ({"category": "Möbel", "price": "999999"}, "unrealistisch hoch"),
    ({"category": "Möbel", "weight": "5000"}, "unrealistisch"),
    ({"category": "Möbel", "weight": "schwer"}, "keine gültige Zahl"),
    ({"category": "Möbel", "quantity": 0}, "Stückzahl"),
    ({"category": "Möbel", "quantity": 101}, "Stückzahl"),
    ({"category": "Möbel", "condition": "kaputtig"}, "Unbekannter Zustand"),
    ({"category": "Möbel", "description": "x" * 121}, "zu lang"),
])
def test_bad_input_saves_nothing(backend: Backend, volunteer: Actor, kw: dict[str, object],
                                 message: str) -> None:
    """Bad input gets a German message and leaves no item, audit entry or event."""
    before = counts(backend)
    with pytest.raises((ValidationError, NotFoundError), match=message):
        take(backend, volunteer, **kw)
    assert counts(backend) == before


def test_weight_spellings(backend: Backend, volunteer: Actor) -> None:
    """Weight is typed in kg with comma or point, or with a unit."""
    a = take(backend, volunteer, category="Möbel", weight="2,5")[0]
    b = take(backend, volunteer, category="Möbel", weight="300 g")[0]
    with backend.read() as ctx:
        assert intake.get_item(ctx, a).weight_g == 2500
        assert intake.get_item(ctx, b).weight_g == 300


def test_lifecycle_happy_path(backend: Backend, volunteer: Actor) -> None:
    """received -> in_repair -> ready for a non-electrical item."""
    code = take(backend, volunteer, category="Fahrräder")[0]
    backend.call(volunteer, lifecycle.move, code, "in_repair")
    backend.call(volunteer, lifecycle.add_repair_note, code, "Schlauch geflickt", "Flicken")
    assert backend.call(volunteer, lifecycle.move, code, "ready").status == "ready"


@pytest.mark.parametrize(("path", "target", "message"), [
    ([], "sold", "nur über die Kasse"),
    ([], "reserved", "kann nicht"),
    (["ready", "reserved"], "in_repair", "kann nicht"),
    ([], "recycled", "Gewicht und Stoffstrom"),
    ([], "verschenkt", "Unbekannter Status"),
])
def test_illegal_transitions_refused(backend: Backend, volunteer: Actor, path: list[str],
                                     target: str, message: str) -> None:
    """Illegal transitions get a German refusal and the status stays."""
    code = take(backend, volunteer, category="Bücher")[0]
    for step in path:
        backend.call(volunteer, lifecycle.move, code, step)
    with pytest.raises((ConflictError, ValidationError), match=message):
        backend.call(volunteer, lifecycle.move, code, target)
    with backend.read() as ctx:
        assert intake.get_item(ctx, code).status == (path[-1] if path else "received")


def test_electrical_needs_passed_safety_test(backend: Backend, volunteer: Actor) -> None:
    """A kettle cannot be ready untested; a failed test sends it to repair; a pass frees it."""
    code = take(backend, volunteer, category="Elektrogeräte", description="Wasserkocher")[0]
    with pytest.raises(ConflictError, match="Sicherheitsprüfung"):
        backend.call(volunteer, lifecycle.move, code, "ready")
    backend.call(volunteer, lifecycle.record_safety_test, code, False, "Vera", device_id="ST710")
    with backend.read() as ctx:
        assert intake.get_item(ctx, code).status == "in_repair"
    with pytest.raises(ConflictError, match="nicht bestanden"):
        backend.call(volunteer, lifecycle.move, code, "ready")
    backend.call(volunteer, lifecycle.record_safety_test, code, True, "Vera", device_id="ST710")
    assert backend.call(volunteer, lifecycle.move, code, "ready").status == "ready"


def test_failed_test_can_send_to_recycling(backend: Backend, volunteer: Actor) -> None:
    """A failed test with on_fail='recycled' records WEEE recycling with the weight."""
    code = take(backend, volunteer, category="Lampen")[0]
    backend.call(volunteer, lifecycle.record_safety_test, code, False, "Vera",
                 on_fail="recycled")
    with backend.read() as ctx:
        assert intake.get_item(ctx, code).status == "recycled"


def test_recycle_records_stream_and_weight(backend: Backend, volunteer: Actor) -> None:
    """Recycling stores the material stream and the weight."""
    code = take(backend, volunteer, category="Möbel")[0]
    disposal = backend.call(volunteer, lifecycle.recycle, code, "recycled", "wood", "12,5")
    assert (disposal.material_stream, disposal.weight_g) == ("wood", 12500)
    with pytest.raises(ConflictError):
        backend.call(volunteer, lifecycle.move, code, "ready")


def test_safety_test_in_future_refused(backend: Backend, volunteer: Actor,
                                       clock: Clock) -> None:
    """A test dated tomorrow is a typo."""
    code = take(backend, volunteer, category="Lampen")[0]
    with pytest.raises(ValidationError, match="Zukunft"):
        backend.call(volunteer, lifecycle.record_safety_test, code, True, "Vera",
                     tested_at=clock.now + timedelta(days=1))


def test_edit_item_audited_and_synced(backend: Backend, volunteer: Actor) -> None:
    """Editing price and description writes an audit entry and an outbox event."""
    code = take(backend, volunteer, category="Möbel")[0]
    before = counts(backend)
    item = backend.call(volunteer, intake.update_item, code,
                        ItemChanges(price="45", description="Kommode Eiche"))
    assert (item.price_cents, item.description) == (4500, "Kommode Eiche")
    after = counts(backend)
    assert (after[1] - before[1], after[2] - before[2]) == (1, 1)


def test_markdown_rules(clock: Clock) -> None:
    """20 % after 28 days, 50 % after 56; the category's own rules win over global ones."""
    rules = [markdowns.Rule(None, 28, 20), markdowns.Rule(None, 56, 50),
             markdowns.Rule(7, 14, 10)]
    now = clock.now
    assert markdowns.price_for(1000, 1, now - timedelta(days=27), now, rules).cents == 1000
    assert markdowns.price_for(1000, 1, now - timedelta(days=28), now, rules).cents == 800
    assert markdowns.price_for(1000, 1, now - timedelta(days=60), now, rules).cents == 500
    assert markdowns.price_for(1000, 7, now - timedelta(days=60), now, rules).percent == 10
    assert markdowns.price_for(999, 1, now - timedelta(days=30), now, rules).cents == 790


def test_item_list_filters(backend: Backend, volunteer: Actor, clock: Clock) -> None:
    """Search by text, status, category, age and unprinted label, with today's price."""
    old = take(backend, volunteer, category="Möbel", description="Alter Schrank", price="100")
    clock.advance(days=30)
    take(backend, volunteer, category="Bücher", description="Krimi", quantity=2)
    with backend.read() as ctx:
        rows, total = item_list.search(ctx, item_list.ItemFilter(text="schrank"))
        assert total == 1 and rows[0].code == old[0]
        assert rows[0].current_cents == 8000 and rows[0].markdown_percent == 20
        books = catalog.get_by_name(ctx, "Bücher").id
        _, n_books = item_list.search(ctx, item_list.ItemFilter(category_id=books))
        assert n_books == 2
        _, aged = item_list.search(ctx, item_list.ItemFilter(min_age_days=28))
        assert aged == 1
        _, received = item_list.search(ctx, item_list.ItemFilter(status="received"))
        assert received == 3
        _, unprinted = item_list.search(ctx, item_list.ItemFilter(unprinted_only=True))
        assert unprinted == 3


def test_sold_item_cannot_be_edited(backend: Backend, volunteer: Actor) -> None:
    """A recycled item is history: no edits."""
    code = take(backend, volunteer, category="Möbel")[0]
    backend.call(volunteer, lifecycle.recycle, code, "disposed", "residual", None)
    with pytest.raises(ValidationError, match="nicht mehr"):
        backend.call(volunteer, intake.update_item, code, ItemChanges(price="1"))


def test_screens_get_frozen_read_models(backend: Backend, volunteer: Actor,
                                        manager: Actor) -> None:
    """Categories and new items reach the UI as frozen values, readable after the commit."""
    cats = backend.query(volunteer, catalog.list_categories)
    [item] = backend.call(volunteer, intake.take_in, IntakeInput(category="Bücher", price="3"))
    saved = backend.call(manager, catalog.save_category, catalog.CategoryData("Schallplatten"))
    assert isinstance(item, intake.ItemInfo) and not isinstance(item, Item)
    assert all(isinstance(c, catalog.CategoryInfo) for c in [*cats, saved])
    books = next(c for c in cats if c.name == "Bücher")
    assert (item.category_id, item.price_cents, item.status) == (books.id, 300, "received")
    assert saved.name == "Schallplatten" and saved.active
    with pytest.raises(AttributeError):
        item.price_cents = 1  # type: ignore[misc]


@pytest.mark.parametrize("hotkey", [0, limits.MAX_HOTKEY + 1, -1])
def test_category_hotkey_outside_the_keys_is_refused(backend: Backend, manager: Actor,
                                                     hotkey: int) -> None:
    """F1 to F{MAX_HOTKEY}, the one limit the sync schema also checks."""
    with pytest.raises(ValidationError, match=f"F1 bis F{limits.MAX_HOTKEY}"):
        backend.call(manager, catalog.save_category,
                     catalog.CategoryData("Schallplatten", hotkey=hotkey))


def test_category_hotkey_on_the_last_key_is_taken(backend: Backend, manager: Actor) -> None:
    saved = backend.call(manager, catalog.save_category,
                         catalog.CategoryData("Schallplatten", hotkey=limits.MAX_HOTKEY))
    assert saved.hotkey == limits.MAX_HOTKEY
