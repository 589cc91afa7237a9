"""Issue 12 at the Kasse, driven by key events to the focused widget: open-price keys ask,
irreversible keys confirm, messages by kind, a closed till, parking, finding by words."""

from __future__ import annotations

from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from app.db.models import Sale
from app.hardware.simulated_printer import SimulatedPrinter
from app.services.catalog import categories as catalog
from app.services.catalog.categories import CategoryData
from app.services.checkout import cart as carts
from app.services.checkout import parking
from app.services.checkout.cart import Cart
from app.services.checkout.flow import TillDevices
from app.services.intake import intake, lifecycle
from app.services.kernel.backend import Backend
from app.services.kernel.context import Actor, Ctx
from app.ui.checkout.checkout_area import CheckoutArea
from app.ui.kit.message_line import MessageKind
from tests.helpers.actors import DEMO_PINS
from tests.helpers.keyboard import burst, press, type_text
from tests.helpers.ui_session import recording_session
from tests.ui_checkout.test_checkout_area import counts, key, stock, till, type_keys

__all__ = ["stock", "till"]
pytestmark = pytest.mark.usefixtures("open_till")
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def focus_in(qtbot: QtBot, window: object) -> None:
    """Wait until the keyboard focus is inside ``window`` (a dialog just opened)."""
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None
                    and QApplication.focusWidget().window() is window)


def closed(dialog: object) -> bool:
    """The dialog is hidden or already deleted (confirmations delete themselves)."""
    return not shiboken6.isValid(dialog) or not dialog.isVisible()  # type: ignore[attr-defined]


def open_price_key(qtbot: QtBot, backend: Backend, manager: Actor, area: CheckoutArea) -> Qt.Key:
    """A category without a default price on a free F-key, shown on the till's keys."""
    with backend.read() as ctx:
        used = {c.hotkey for c in catalog.list_categories(ctx)}
    free = next(n for n in range(1, 12) if n not in used)
    info = backend.call(manager, catalog.save_category,
                        CategoryData(name="Kleinkram", default_price_cents=0, hotkey=free))
    area.reload()
    qtbot.waitUntil(lambda: info.id in area.keys.buttons)
    return getattr(Qt.Key, f"Key_F{free}")  # type: ignore[no-any-return]


# --- 1. a category key without any price asks ---------------------------------------------
def test_open_price_key_asks_and_enter_books(qtbot: QtBot, till: CheckoutArea, backend: Backend,
                                             manager: Actor) -> None:
    """Empty field + category without default price: a price dialog; typed price + Enter books
    it, a bad price is said in the dialog and books nothing."""
    fkey = open_price_key(qtbot, backend, manager, till)
    key(till, fkey)
    qtbot.waitUntil(lambda: till.dialog is not None and till.dialog.isVisible())
    dialog = till.dialog
    assert till.cart.lines == []
    focus_in(qtbot, dialog)
    assert QApplication.focusWidget() is dialog.price
    type_text("0")
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.message.kind == MessageKind.ERROR)
    assert "über 0 €" in dialog.message.text() and dialog.isVisible() and till.cart.lines == []
    press(qtbot, Qt.Key.Key_Backspace)
    type_text("3,20")
    press(qtbot, Qt.Key.Key_Return)
    if dialog.isVisible():  # a second, impatient Enter books nothing more
        press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: len(till.cart.lines) == 1)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    till.session.ops.wait_for_done()
    qtbot.wait(50)
    assert len(till.cart.lines) == 1
    line = till.cart.lines[0]
    assert (line.description, line.unit_price_cents) == ("Kleinkram", 320)
    assert till.message.kind == MessageKind.SUCCESS
    qtbot.waitUntil(lambda: QApplication.focusWidget() is till.input)


def test_open_price_key_escape_books_nothing(qtbot: QtBot, till: CheckoutArea,
                                             backend: Backend, manager: Actor) -> None:
    """Escape in the price dialog books nothing and gives the keys back to the till."""
    fkey = open_price_key(qtbot, backend, manager, till)
    key(till, fkey)
    qtbot.waitUntil(lambda: till.dialog is not None and till.dialog.isVisible())
    focus_in(qtbot, till.dialog)
    type_text("5")
    press(qtbot, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not till.dialog.isVisible())
    till.session.ops.wait_for_done()
    assert till.cart.lines == []
    qtbot.waitUntil(lambda: QApplication.focusWidget() is till.input)


def test_typed_price_on_open_price_key_books_at_once(qtbot: QtBot, till: CheckoutArea,
                                                    backend: Backend, manager: Actor) -> None:
    """With a price typed first the key books straight away, without a dialog."""
    fkey = open_price_key(qtbot, backend, manager, till)
    type_keys(qtbot, till, "2*1,50")
    key(till, fkey)
    qtbot.waitUntil(lambda: len(till.cart.lines) == 1)
    assert till.cart.total_cents == 300 and till.dialog is None


# --- 2. nothing irreversible on one key ----------------------------------------------------
def test_cancel_asks_once(qtbot: QtBot, till: CheckoutArea, stock: list[str],
                          backend: Backend) -> None:
    """Ctrl+Shift+X on a full cart asks: Escape keeps the cart, Enter records the abort."""
    burst(till, stock[0])
    qtbot.waitUntil(lambda: len(till.cart.lines) == 1)
    qtbot.waitUntil(till.buttons["cancel"].isEnabled)
    key(till, Qt.Key.Key_X, CTRL_SHIFT)
    qtbot.waitUntil(lambda: till.dialog is not None and till.dialog.isVisible())
    focus_in(qtbot, till.dialog)
    asked = till.dialog
    assert "12,00" in asked.question.text()
    press(qtbot, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: closed(asked))
    till.session.ops.wait_for_done()
    assert len(till.cart.lines) == 1 and counts(backend)[0] == 0
    qtbot.waitUntil(lambda: QApplication.focusWidget() is till.input)
    key(till, Qt.Key.Key_X, CTRL_SHIFT)
    qtbot.waitUntil(lambda: till.dialog is not asked and till.dialog.isVisible())
    focus_in(qtbot, till.dialog)
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: counts(backend)[0] == 1)
    qtbot.waitUntil(lambda: till.cart.lines == [])
    with backend.db.read() as s:
        assert s.scalar(select(Sale.kind)) == "cancelled"


def test_remove_line_asks_once(qtbot: QtBot, till: CheckoutArea, stock: list[str]) -> None:
    """Ctrl+Del asks: Escape keeps the line, Enter removes it and clears its warning."""
    burst(till, stock[0])
    burst(till, stock[1])
    qtbot.waitUntil(lambda: len(till.cart.lines) == 2)
    burst(till, stock[1])
    qtbot.waitUntil(lambda: "schon im Warenkorb" in till.message.text())
    qtbot.waitUntil(till.buttons["remove"].isEnabled)
    key(till, Qt.Key.Key_Delete, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: till.dialog is not None and till.dialog.isVisible())
    focus_in(qtbot, till.dialog)
    asked = till.dialog
    assert "Krimi" in asked.question.text()  # the selected (last) line
    press(qtbot, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: closed(asked))
    assert len(till.cart.lines) == 2
    qtbot.waitUntil(lambda: QApplication.focusWidget() is till.input)
    key(till, Qt.Key.Key_Delete, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: till.dialog is not asked and till.dialog.isVisible())
    focus_in(qtbot, till.dialog)
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: len(till.cart.lines) == 1)
    assert till.cart.lines[0].item_code == stock[0]
    assert till.message.text() == "" and till.message.kind is None


# --- 3. messages by kind -------------------------------------------------------------------
def test_refused_scan_is_not_shown_as_accepted(qtbot: QtBot, till: CheckoutArea,
                                               stock: list[str]) -> None:
    """An accepted scan is a success (✔); a refused one an error (✖), in another style."""
    burst(till, stock[0])
    qtbot.waitUntil(lambda: len(till.cart.lines) == 1)
    qtbot.waitUntil(lambda: till.message.kind == MessageKind.SUCCESS)
    assert till.message.text().startswith("✔") and "Stuhl Buche" in till.message.text()
    accepted = till.message.property("kind")
    burst(till, "2000000000000")  # a bad check digit
    qtbot.waitUntil(lambda: till.message.kind == MessageKind.ERROR)
    assert till.message.text().startswith("✖") and "Prüfziffer" in till.message.text()
    assert till.message.property("kind") != accepted


def test_messages_clear_for_the_next_user(qtbot: QtBot, till: CheckoutArea,
                                          manager: Actor) -> None:
    """What the last user was told is gone when another user takes over."""
    burst(till, "2000000000000")
    qtbot.waitUntil(lambda: till.message.kind == MessageKind.ERROR)
    till.session.set_actor(manager)
    assert till.message.text() == ""


def test_the_next_user_does_not_see_the_last_change_and_receipt(
        qtbot: QtBot, till: CheckoutArea, manager: Actor, stock: list[str]) -> None:
    """"Rückgeld" and the receipt preview of the last sale are gone after a user switch
    (found in the real window: Kai's change stood there for Maria)."""
    burst(till, stock[0])
    qtbot.waitUntil(lambda: len(till.cart.lines) == 1)
    qtbot.waitUntil(till.buttons["pay"].isEnabled)
    key(till, Qt.Key.Key_F12)
    qtbot.waitUntil(lambda: till.dialog is not None and till.dialog.isVisible())
    focus_in(qtbot, till.dialog)
    type_text("100")
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: till.change.text().startswith("Rückgeld"))
    qtbot.waitUntil(lambda: till.receipt.toPlainText() != "")
    till.session.set_actor(manager)
    assert till.change.text() == "" and till.receipt.toPlainText() == ""
    assert not till.receipt_qr.isVisible()


def test_approved_discount_clears_the_request(qtbot: QtBot, till: CheckoutArea,
                                              stock: list[str]) -> None:
    """A discount over the limit warns; once the manager approves, the warning is gone."""
    burst(till, stock[0])
    qtbot.waitUntil(lambda: len(till.cart.lines) == 1)
    qtbot.waitUntil(till.buttons["sale_discount"].isEnabled)
    type_keys(qtbot, till, "50%")
    key(till, Qt.Key.Key_D, CTRL_SHIFT)
    qtbot.waitUntil(lambda: till.dialog is not None and till.dialog.isVisible())
    assert till.message.kind == MessageKind.WARNING and "Freigabe" in till.message.text()
    dialog = till.dialog
    focus_in(qtbot, dialog)
    dialog.name.setFocus()
    qtbot.waitUntil(dialog.name.hasFocus)
    type_text("maria")
    dialog.pin.setFocus()
    qtbot.waitUntil(dialog.pin.hasFocus)
    type_text(DEMO_PINS["maria"])
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: till.cart.discount is not None)
    assert till.message.kind is None and till.message.text() == ""


# --- 4. a closed till ----------------------------------------------------------------------
def test_closed_till_refuses_the_first_scan(qtbot: QtBot, backend: Backend, cashier: Actor,
                                            manager: Actor, stock: list[str],
                                            tmp_path: Path) -> None:
    """Closed: the status says so before any scan, a scan is refused with the reason, and
    cancelling a resumed cart says why it cannot be booked."""
    from app.services.cash import closing
    backend.call(cashier, lambda ctx: parking.park(ctx, _cart_with(ctx, stock[0])))
    backend.call(manager, closing.close_session, {5000: 2})
    state, _ = recording_session(backend, tmp_path)
    state.set_actor(cashier)
    area = CheckoutArea(backend, state, TillDevices(SimulatedPrinter(tmp_path / "r")))
    qtbot.addWidget(area)
    area.resize(1366, 768)
    area.show()
    qtbot.waitExposed(area)
    area.activateWindow()
    qtbot.waitUntil(lambda: area.till_open is False)
    assert "geschlossen" in area.status.text() and area.status.isVisible()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is area.input)
    burst(area, stock[1])
    qtbot.waitUntil(lambda: area.message.kind == MessageKind.ERROR)
    assert "Nicht gebucht" in area.message.text() and "geschlossen" in area.message.text()
    state.ops.wait_for_done()
    assert area.cart.lines == []
    key(area, Qt.Key.Key_O, CTRL_SHIFT)  # resume the cart parked before closing
    qtbot.waitUntil(lambda: area.dialog is not None and area.dialog.isVisible())
    focus_in(qtbot, area.dialog)
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: len(area.cart.lines) == 1)
    qtbot.waitUntil(area.buttons["cancel"].isEnabled)
    key(area, Qt.Key.Key_X, CTRL_SHIFT)
    qtbot.waitUntil(lambda: "Abbruch kann nicht gebucht" in area.message.text())
    assert area.message.kind == MessageKind.ERROR and "parken" in area.message.text()
    state.ops.wait_for_done()


def _cart_with(ctx: Ctx, code: str) -> Cart:
    cart = Cart()
    carts.scan(ctx, cart, code)
    return cart


# --- 6. parking ----------------------------------------------------------------------------
def test_park_button_counts_and_parked_item_warns(qtbot: QtBot, till: CheckoutArea,
                                                  stock: list[str]) -> None:
    """Two parked carts: the button says "Parken (2)"; scanning an item that waits in a
    parked cart warns (and resuming shows one less)."""
    for code in stock[:2]:
        burst(till, code)
        qtbot.waitUntil(lambda: len(till.cart.lines) == 1)
        qtbot.waitUntil(till.buttons["park"].isEnabled)
        key(till, Qt.Key.Key_P, CTRL_SHIFT)
        qtbot.waitUntil(lambda: till.cart.lines == [])
    qtbot.waitUntil(lambda: till.buttons["park"].text().startswith("Parken (2)\n"))
    burst(till, stock[0])
    qtbot.waitUntil(lambda: till.message.kind == MessageKind.WARNING)
    assert "geparkten Verkauf" in till.message.text() and "Stuhl Buche" in till.message.text()
    qtbot.waitUntil(till.buttons["cancel"].isEnabled)
    key(till, Qt.Key.Key_X, CTRL_SHIFT)
    qtbot.waitUntil(lambda: till.dialog is not None and till.dialog.isVisible())
    asked = till.dialog
    focus_in(qtbot, asked)
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: till.cart.lines == [])
    key(till, Qt.Key.Key_O, CTRL_SHIFT)
    qtbot.waitUntil(lambda: till.dialog is not asked and till.dialog.isVisible())
    focus_in(qtbot, till.dialog)
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: len(till.cart.lines) == 1)
    qtbot.waitUntil(lambda: till.buttons["park"].text().startswith("Parken (1)\n"))
    assert till.message.kind == MessageKind.INFO  # the old warning is gone


def test_item_not_parked_gives_no_warning(qtbot: QtBot, till: CheckoutArea,
                                          stock: list[str]) -> None:
    """A parked cart with other items: scanning a different item is a plain success."""
    burst(till, stock[0])
    qtbot.waitUntil(lambda: len(till.cart.lines) == 1)
    qtbot.waitUntil(till.buttons["park"].isEnabled)
    key(till, Qt.Key.Key_P, CTRL_SHIFT)
    qtbot.waitUntil(lambda: till.buttons["park"].text().startswith("Parken (1)\n"))
    burst(till, stock[1])
    qtbot.waitUntil(lambda: len(till.cart.lines) == 1)
    till.session.ops.wait_for_done()
    qtbot.wait(50)
    assert till.message.kind == MessageKind.SUCCESS


# --- 7. find by words ----------------------------------------------------------------------
def test_ctrl_f_finds_by_words_and_enter_adds(qtbot: QtBot, till: CheckoutArea,
                                              stock: list[str], backend: Backend,
                                              volunteer: Actor) -> None:
    """Ctrl+F, "buche stuhl": only the ready beech chair is listed; Enter puts it in the cart."""
    code = backend.call(volunteer, intake.take_in, intake.IntakeInput(
        category="Möbel", description="Stuhl Buche, noch in Reparatur", price="5"))[0].code
    backend.call(volunteer, lifecycle.move, code, "in_repair")
    key(till, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: till.dialog is not None and till.dialog.isVisible())
    dialog = till.dialog
    focus_in(qtbot, dialog)
    assert QApplication.focusWidget() is dialog.search
    type_text("buche STUHL")
    qtbot.waitUntil(lambda: len(dialog.matches) == 1)
    assert dialog.matches[0].code == stock[0]
    assert dialog.table.item(0, 2).text().replace("\xa0", " ") == "12,00 €"
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: len(till.cart.lines) == 1)
    assert till.cart.lines[0].item_code == stock[0]
    qtbot.waitUntil(lambda: QApplication.focusWidget() is till.input)


def test_search_without_match_says_so(qtbot: QtBot, till: CheckoutArea) -> None:
    """No ready item matches: the dialog says so, Enter adds nothing, Escape closes."""
    key(till, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: till.dialog is not None and till.dialog.isVisible())
    dialog = till.dialog
    focus_in(qtbot, dialog)
    type_text("Zeppelin")
    qtbot.waitUntil(lambda: dialog.message.kind == MessageKind.INFO)
    assert "Zeppelin" in dialog.message.text()
    press(qtbot, Qt.Key.Key_Return)
    assert dialog.isVisible() and till.cart.lines == []
    press(qtbot, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not dialog.isVisible())


def test_payment_refusal_is_an_error(qtbot: QtBot, till: CheckoutArea,
                                     stock: list[str]) -> None:
    """In the payment dialog a bad amount is shown as an error (✖), not as plain text."""
    burst(till, stock[1])
    qtbot.waitUntil(lambda: len(till.cart.lines) == 1)
    qtbot.waitUntil(till.buttons["pay"].isEnabled)
    key(till, Qt.Key.Key_F12)
    qtbot.waitUntil(lambda: till.dialog is not None and till.dialog.isVisible())
    dialog = till.dialog
    focus_in(qtbot, dialog)
    type_text("0")
    press(qtbot, Qt.Key.Key_Return)
    assert dialog.message.kind == MessageKind.ERROR and dialog.message.text().startswith("✖")
    press(qtbot, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not dialog.isVisible())
