"""Finding a sellable item by words of its description (the Kasse's Ctrl+F), real SQLite."""

from __future__ import annotations

import pytest

from app.errors import ValidationError
from app.services.checkout import item_search
from app.services.intake import intake, lifecycle
from app.services.kernel.backend import Backend
from app.services.kernel.context import Actor


def take_in(backend: Backend, volunteer: Actor, description: str, ready: bool = True,
            price: str = "4") -> str:
    code = backend.call(volunteer, intake.take_in, intake.IntakeInput(
        category="Möbel", description=description, price=price))[0].code
    if ready:
        backend.call(volunteer, lifecycle.move, code, "ready")
    return code


@pytest.mark.parametrize(("typed", "found"), [
    ("stuhl buche", {"Stuhl Buche, gepolstert"}),
    ("BUCHE", {"Stuhl Buche, gepolstert", "Regal Buche"}),
    ("öl", {"Ölkanne Messing"}),
    ("ÖLKANNE", {"Ölkanne Messing"}),
    ("100%", {"Wolle 100% Schaf"}),
    ("e_", set()),
    ("a", set()),
    ("Zeppelin", set()),
])
def test_every_word_must_occur(backend: Backend, volunteer: Actor, typed: str,
                               found: set[str]) -> None:
    """All words, any order and case (umlauts too); % and _ are taken literally."""
    for description in ("Stuhl Buche, gepolstert", "Regal Buche", "Ölkanne Messing",
                        "Wolle 100% Schaf", "Wolle 1000 Schaf"):
        take_in(backend, volunteer, description)
    if len(typed) < item_search.MIN_LETTERS:
        with backend.read() as ctx, pytest.raises(ValidationError, match="2 Buchstaben"):
            item_search.find_items(ctx, typed)
        return
    with backend.read() as ctx:
        assert {m.description for m in item_search.find_items(ctx, typed)} == found


def test_only_ready_items_with_todays_price(backend: Backend, volunteer: Actor) -> None:
    """An item still in repair is not offered; a ready one comes with its code and price."""
    take_in(backend, volunteer, "Lampe Messing", ready=False)
    code = take_in(backend, volunteer, "Lampe Glas", price="7,50")
    with backend.read() as ctx:
        matches = item_search.find_items(ctx, "lampe")
    assert [(m.code, m.description, m.price_cents, m.category) for m in matches] == [
        (code, "Lampe Glas", 750, "Möbel")]
