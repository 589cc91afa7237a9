"""The cart: scanning, category keys, unknown codes, quantities, discounts, VAT totals."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.errors import KasseError, NotFoundError, PermissionDenied, ValidationError
from app.services.catalog import categories as catalog
from app.services.catalog.categories import CategoryData
from app.services.checkout import cart as carts
from app.services.checkout import checkout
from app.services.checkout.scan_lookup import receipt_code
from app.services.intake import item_codes
from app.services.kernel.backend import Backend
from app.services.kernel.context import Actor
from tests.helpers.checkout import cart_with, category_id, take_in
from tests.helpers.clock import Clock

pytestmark = pytest.mark.usefixtures("open_till")


def test_scan_adds_ready_item_at_list_price(backend: Backend, volunteer: Actor,
                                            cashier: Actor) -> None:
    """A ready item scans in as one line at its label price, with code and VAT kind."""
    [code] = take_in(backend, volunteer, price="12,50", description="Kochbuch")
    cart = carts.Cart()
    outcome = backend.query(cashier, carts.scan, cart, code)
    assert outcome.line is not None and outcome.unknown_code is None
    line = cart.lines[0]
    assert (line.kind, line.item_code, line.description) == ("item", code, "Kochbuch")
    assert (line.unit_price_cents, line.quantity, line.vat_kind) == (1250, 1, "reduced")
    assert cart.total_cents == 1250 and cart.started_at is not None


def test_scan_applies_markdown_by_age(backend: Backend, volunteer: Actor, cashier: Actor,
                                      clock: Clock) -> None:
    """An item older than 28 days is sold 20 % cheaper (rounded down to 10 cents)."""
    [code] = take_in(backend, volunteer, price="12,55")
    clock.advance(days=29)
    cart = cart_with(backend, cashier, [code])
    line = cart.lines[0]
    assert (line.list_price_cents, line.markdown_percent, line.unit_price_cents) == (1255, 20,
                                                                                     1000)


@pytest.mark.parametrize(("status", "words"), [
    ("received", "noch nicht verkaufsbereit (angenommen)"),
    ("in_repair", "noch nicht verkaufsbereit (in Reparatur)"),
    ("reserved", "ist reserviert"),
    ("recycled", "ist recycelt"),
    ("disposed", "ist entsorgt"),
])
def test_scan_of_unsellable_item_warns_and_adds_nothing(backend: Backend, volunteer: Actor,
                                                       cashier: Actor, status: str,
                                                       words: str) -> None:
    """Items that are not ready are refused with a German sentence naming their state."""
    [code] = take_in(backend, volunteer, status=status)
    cart = carts.Cart()
    with pytest.raises(ValidationError, match=re.escape(words)):
        backend.query(cashier, carts.scan, cart, code)
    assert cart.lines == []


def test_scan_of_sold_item_is_refused(backend: Backend, volunteer: Actor,
                                      cashier: Actor) -> None:
    """An item sold earlier cannot be scanned into another sale."""
    [code] = take_in(backend, volunteer)
    cart = cart_with(backend, cashier, [code])
    backend.call(cashier, checkout.finish_sale, cart, [checkout.cash(1000)])
    with pytest.raises(ValidationError, match="ist verkauft"):
        backend.query(cashier, carts.scan, carts.Cart(), code)


def test_same_item_twice_is_refused(backend: Backend, volunteer: Actor, cashier: Actor) -> None:
    """A unique item is in the cart at most once."""
    [code] = take_in(backend, volunteer)
    cart = cart_with(backend, cashier, [code])
    with pytest.raises(ValidationError, match="schon im Warenkorb"):
        backend.query(cashier, carts.scan, cart, code)
    assert len(cart.lines) == 1


@pytest.mark.parametrize(("raw", "words"), [
    ("", "kein Code"),
    ("20010000abc17", "nur Ziffern"),
    ("2001000000\x1b", "nur Ziffern"),
    ("12345", "hat 5 Ziffern"),
    ("20010000000171", "hat 14 Ziffern"),
    ("2001000000018", "Prüfziffer"),
    ("4006381333931", "kein Etikett dieses Kaufhauses"),
    (receipt_code(1, 42), "Kassenbon"),
])
def test_malformed_scans_are_refused(backend: Backend, cashier: Actor, raw: str,
                                     words: str) -> None:
    """Stray keys, wrong lengths, bad check digits and foreign codes give German messages."""
    cart = carts.Cart()
    with pytest.raises(ValidationError, match=words):
        backend.query(cashier, carts.scan, cart, raw)
    assert cart.lines == []


def test_unknown_store_code_asks_for_price_and_is_marked(backend: Backend,
                                                         cashier: Actor) -> None:
    """A valid code minted elsewhere is sold at the typed price and marked for sync."""
    code = item_codes.make_code(7, 123)
    cart = carts.Cart()
    outcome = backend.query(cashier, carts.scan, cart, code)
    assert outcome.unknown_code == code and cart.lines == []
    line = backend.query(cashier, carts.add_unknown_code, cart, code, "7,50")
    assert (line.item_code, line.unit_price_cents, line.needs_reconciliation) == (code, 750,
                                                                                  True)
    assert line.item_id is None and line.kind == "unknown"


def test_category_key_with_typed_price_and_quantity(backend: Backend, cashier: Actor) -> None:
    """Type the price, press the category: a line with open price and quantity."""
    cart = carts.Cart()
    line = backend.query(cashier, carts.add_category, cart, category_id(backend, "Kleidung"),
                         "2,50", 3)
    assert (line.description, line.unit_price_cents, line.quantity) == ("Kleidung", 250, 3)
    assert cart.total_cents == 750


def test_category_key_without_price_uses_default(backend: Backend, cashier: Actor) -> None:
    """Pressing a category without typing a price uses the category's default price."""
    cart = carts.Cart()
    line = backend.query(cashier, carts.add_category, cart, category_id(backend, "Bücher"))
    assert line.unit_price_cents == 100


@pytest.mark.parametrize(("price", "words"), [
    ("0", "über 0 €"),
    ("0,00", "über 0 €"),
    ("-1", "über 0 €"),
    ("abc", "keine gültige Zahl"),
    ("12,5,0", "keine gültige Zahl"),
    ("1000,01", "unrealistisch hoch"),
    (0, "über 0 €"),
])
def test_bad_typed_prices_are_refused(backend: Backend, cashier: Actor, price: str | int,
                                      words: str) -> None:
    """A price of 0, nonsense or above the sane maximum is refused; the cart stays empty."""
    cart = carts.Cart()
    with pytest.raises(ValidationError, match=words):
        backend.query(cashier, carts.add_category, cart, category_id(backend, "Kleidung"), price)
    with pytest.raises(ValidationError, match=words):
        backend.query(cashier, carts.add_unknown_code, cart, item_codes.make_code(7, 1), price)
    assert cart.lines == []


def test_unknown_category_is_refused(backend: Backend, cashier: Actor) -> None:
    """A category id that does not exist gives a German message."""
    with pytest.raises(NotFoundError, match="Warengruppe"):
        backend.query(cashier, carts.add_category, carts.Cart(), 999, "1,00")


def test_quantity_changes_only_on_category_lines(backend: Backend, volunteer: Actor,
                                                 cashier: Actor) -> None:
    """Category lines take a new quantity; labelled items stay at 1."""
    [code] = take_in(backend, volunteer)
    cart = cart_with(backend, cashier, [code], (("Bücher", "1,00", 1),))
    item_line, cat_line = cart.lines
    carts.set_quantity(cart, cat_line.key, 4)
    assert cat_line.quantity == 4 and cart.total_cents == 400 + 400
    with pytest.raises(ValidationError, match="immer die Menge 1"):
        carts.set_quantity(cart, item_line.key, 2)
    for bad in (0, 100, -3):
        with pytest.raises(ValidationError, match="zwischen 1 und 99"):
            carts.set_quantity(cart, cat_line.key, bad)
    assert cat_line.quantity == 4


def test_remove_line(backend: Backend, volunteer: Actor, cashier: Actor) -> None:
    """A removed line is gone; removing it again says so."""
    [code] = take_in(backend, volunteer)
    cart = cart_with(backend, cashier, [code])
    key = cart.lines[0].key
    carts.remove_line(cart, key)
    assert cart.lines == []
    with pytest.raises(NotFoundError, match="nicht mehr"):
        carts.remove_line(cart, key)


def test_small_line_discount_needs_no_approval(backend: Backend, cashier: Actor) -> None:
    """Up to 20 % and 10 € a cashier gives a line discount alone."""
    cart = cart_with(backend, cashier, [], (("Möbel", "40,00", 1),))
    carts.set_line_discount(cart, cart.lines[0].key, percent=20)
    assert cart.lines[0].discount_cents == 800 and cart.total_cents == 3200


@pytest.mark.parametrize("kwargs", [{"percent": 25}, {"cents": "10,01"}, {"cents": 1500}])
def test_large_discount_needs_manager(backend: Backend, cashier: Actor, manager: Actor,
                                      kwargs: dict[str, object]) -> None:
    """Above 20 % or 10 € the discount needs an approving manager; a cashier cannot."""
    cart = cart_with(backend, cashier, [], (("Fahrräder", "60,00", 1),))
    key = cart.lines[0].key
    for approver in (None, cashier):
        with pytest.raises(PermissionDenied, match="Freigabe durch die Leitung"):
            carts.set_line_discount(cart, key, approver=approver, **kwargs)  # type: ignore[arg-type]
        with pytest.raises(PermissionDenied, match="Freigabe durch die Leitung"):
            carts.set_sale_discount(cart, approver=approver, **kwargs)  # type: ignore[arg-type]
    assert cart.total_cents == 6000
    carts.set_line_discount(cart, key, approver=manager, **kwargs)  # type: ignore[arg-type]
    assert cart.lines[0].discount_approved_by == "maria"


@pytest.mark.parametrize(("kwargs", "words"), [
    ({"percent": 0}, "Rabatt als Betrag"),
    ({"percent": 101}, "Rabatt als Betrag"),
    ({}, "Rabatt als Betrag"),
    ({"percent": 5, "cents": 5}, "Rabatt als Betrag"),
    ({"cents": "x"}, "Rabatt als Betrag"),
    ({"cents": 2001}, "höher als der Betrag"),
])
def test_bad_discounts_are_refused(backend: Backend, cashier: Actor, manager: Actor,
                                   kwargs: dict[str, object], words: str) -> None:
    """Nonsense discounts and discounts above the amount are refused; nothing changes."""
    cart = cart_with(backend, cashier, [], (("Möbel", "20,00", 1),))
    with pytest.raises(KasseError, match=words):
        carts.set_line_discount(cart, cart.lines[0].key, approver=manager, **kwargs)  # type: ignore[arg-type]
    assert cart.total_cents == 2000


def test_sale_discount_is_spread_over_lines(backend: Backend, cashier: Actor) -> None:
    """A sale discount is split over the lines so the line totals add up to the total."""
    cart = cart_with(backend, cashier, [], (("Bücher", "3,33", 1), ("Kleidung", "6,67", 1),
                                            ("Geschirr", "0,01", 1)))
    carts.set_sale_discount(cart, percent=10)
    assert cart.sale_discount_cents == 100
    assert sum(cart.line_totals()) == cart.total_cents == 901


def test_vat_totals_per_kind(backend: Backend, cashier: Actor, manager: Actor) -> None:
    """Per VAT kind: gross sums the lines, net + VAT = gross, margin shows no VAT."""
    backend.call(manager, catalog.save_category, CategoryData("Lebensmittel", "reduced", 100))
    backend.call(manager, catalog.save_category, CategoryData("Antiquitäten", "margin", 100))
    cart = cart_with(backend, cashier, [], (("Kleidung", "11,90", 2), ("Lebensmittel", "10,70", 1),
                                            ("Antiquitäten", "50,00", 1)))
    totals = {t.kind: t for t in cart.vat_totals()}
    assert totals["normal"].gross_cents == 2380 and totals["normal"].vat_cents == 380
    assert totals["reduced"].gross_cents == 1070 and totals["reduced"].vat_cents == 70
    assert totals["margin"].vat_cents == 0 and not totals["margin"].shows_vat
    assert all(t.net_cents + t.vat_cents == t.gross_cents for t in totals.values())
    assert sum(t.gross_cents for t in totals.values()) == cart.total_cents


@given(st.lists(st.integers(0, 500_000), min_size=1, max_size=30), st.data())
def test_spread_sums_exactly_and_never_exceeds_a_line(weights: list[int],
                                                      data: st.DataObject) -> None:
    """Spreading a sale discount: parts add up to it and no line gets more than its amount."""
    total = data.draw(st.integers(0, sum(weights)))
    parts = carts.spread(total, weights)
    assert sum(parts) == (total if sum(weights) else 0)
    assert all(0 <= p <= w for p, w in zip(parts, weights, strict=True))
