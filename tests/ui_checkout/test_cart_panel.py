"""The cart table writes only changed rows and still shows exactly the cart."""

from __future__ import annotations

from PySide6.QtWidgets import QTableWidgetItem
from pytestqt.qtbot import QtBot

from app.services.checkout import cart as carts
from app.services.checkout.cart import Cart, CartLine
from app.ui.checkout.cart_panel import CartPanel


def texts(panel: CartPanel) -> list[list[str]]:
    table = panel.table
    return [[table.item(r, c).text() for c in range(table.columnCount())]
            for r in range(table.rowCount())]


def line(description: str, cents: int, kind: str = "category") -> CartLine:
    return CartLine(kind=kind, description=description, unit_price_cents=cents,
                    vat_kind="normal")


def test_rows_follow_adds_removals_and_changes(qtbot: QtBot) -> None:
    """Appending keeps the old cells; a removal renumbers; a new quantity shows."""
    panel = CartPanel()
    qtbot.addWidget(panel)
    cart = Cart(lines=[line("Teller", 150), line("Tasse", 100)])
    panel.show_cart(cart)
    first: QTableWidgetItem = panel.table.item(0, 1)
    cart.lines.append(line("Krug", 300))
    panel.show_cart(cart, select_last=True)
    assert panel.table.item(0, 1) is first  # an added line leaves the others alone
    assert [row[:2] for row in texts(panel)] == [["1", "Teller"], ["2", "Tasse"],
                                                 ["3", "Krug"]]
    assert panel.selected_key() == cart.lines[2].key
    carts.remove_line(cart, cart.lines[0].key)
    carts.set_quantity(cart, cart.lines[1].key, 2)
    panel.show_cart(cart)
    assert texts(panel) == [["1", "Tasse", "1", "1,00\xa0€", "", "1,00\xa0€"],
                            ["2", "Krug", "2", "3,00\xa0€", "", "6,00\xa0€"]]
    assert panel.total.text() == "Summe 7,00\xa0€"
    panel.show_cart(Cart())
    assert texts(panel) == []
