"""The payment dialog as the cashier uses it: F12 in the Kasse, keys to the focused widget,
and only the money handed over is booked (asserted on the committed payment rows)."""

from __future__ import annotations

import threading
from typing import Any

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from app.db.models import Payment
from app.services.checkout import flow as sale_flow
from app.services.checkout.checkout import cash
from app.services.intake import intake, lifecycle
from app.services.kernel.backend import Backend
from app.services.kernel.context import Actor
from app.services.kernel.formatting import format_cents
from app.ui.checkout.checkout_area import CheckoutArea
from app.ui.checkout.payment_dialog import BOUNCE_MS, PaymentDialog
from app.ui.shell.application import style_sheet
from tests.helpers.keyboard import burst
from tests.ui.clipping import clipped_texts
from tests.ui_checkout.test_checkout_area import counts, key, till, type_keys

__all__ = ["till"]  # the Kasse fixture, with the stock below

pytestmark = pytest.mark.usefixtures("open_till")
PRICES = {"10,00": 0, "12,30": 1, "26,00": 2}
CTRL, ALT = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.AltModifier


@pytest.fixture
def stock(backend: Backend, volunteer: Actor) -> list[str]:
    """Three ready chairs at 10,00, 12,30 and 26,00 €."""
    codes = []
    for price in PRICES:
        code = backend.call(volunteer, intake.take_in, intake.IntakeInput(
            category="Möbel", description=f"Stuhl {price}", price=price))[0].code
        backend.call(volunteer, lifecycle.move, code, "ready")
        codes.append(code)
    return codes


def shown(text: str) -> str:
    """Screen text with the currency's no-break space as a plain one."""
    return text.replace("\xa0", " ")


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "no widget has the keyboard focus"
    return widget


def open_payment(qtbot: QtBot, till: CheckoutArea) -> PaymentDialog:
    """F12 on the focused widget of the Kasse; the dialog is shown with focus in the field."""
    qtbot.waitUntil(till.buttons["pay"].isEnabled)  # the cart is shown, F12 is live
    qtbot.keyClick(focused(), Qt.Key.Key_F12)
    qtbot.waitUntil(lambda: isinstance(till.dialog, PaymentDialog) and till.dialog.isVisible()
                    and QApplication.focusWidget() is till.dialog.amount)
    assert isinstance(till.dialog, PaymentDialog)
    return till.dialog


def sell(qtbot: QtBot, till: CheckoutArea, stock: list[str], price: str) -> PaymentDialog:
    burst(till, stock[PRICES[price]])
    qtbot.waitUntil(lambda: len(till.cart.lines) == 1)
    return open_payment(qtbot, till)


def payment_rows(backend: Backend) -> list[tuple[str, int, int, int]]:
    with backend.db.read() as s:
        return [(p.method, p.amount_cents, p.tendered_cents, p.change_cents)
                for p in s.scalars(select(Payment).order_by(Payment.id))]


Step = tuple[str, ...]


def run(qtbot: QtBot, till: CheckoutArea, backend: Backend, dialog: PaymentDialog,
        steps: list[Step]) -> None:
    """Press keys on whatever has focus; check what the dialog shows in between."""
    for kind, *arg in steps:
        if kind == "type":
            qtbot.keyClicks(focused(), arg[0])
        elif kind == "enter":
            qtbot.keyClick(focused(), Qt.Key.Key_Return)
        elif kind == "card":
            qtbot.keyClick(focused(), Qt.Key.Key_K, CTRL)
        elif kind == "quick":
            qtbot.keyClick(focused(), Qt.Key(Qt.Key.Key_0 + int(arg[0])), ALT)
        elif kind == "esc":
            qtbot.keyClick(focused(), Qt.Key.Key_Escape)
        elif kind == "open":  # still open, nothing committed, the rest shown
            assert dialog.isVisible()
            assert shown(dialog.rest_label.text()) == f"Offen: {arg[0]}"
            assert counts(backend)[0] == 0
        elif kind == "told":
            assert arg[0] in shown(dialog.message.text())
        elif kind == "field":
            assert dialog.amount.text() == arg[0]
        else:
            raise AssertionError(kind)


CASES: dict[str, tuple[str, list[Step], list[tuple[str, int, int, int]] | None]] = {
    "exact: Enter on the empty field": (
        "10,00", [("enter",)], [("cash", 1000, 1000, 0)]),
    "over: 20 for 12,30 gives 7,70 change": (
        "12,30", [("type", "20"), ("enter",)], [("cash", 1230, 2000, 770)]),
    "under: 5 for 10 stays open, Enter pays the rest": (
        "10,00", [("type", "5"), ("enter",), ("open", "5,00 €"), ("field", ""),
                  ("enter",)], [("cash", 1000, 1000, 0)]),
    "under: 5 for 10, then a second amount": (
        "10,00", [("type", "5"), ("enter",), ("open", "5,00 €"), ("type", "10"),
                  ("enter",)], [("cash", 1000, 1500, 500)]),
    "26,00 with 20 is not booked as 26": (
        "26,00", [("type", "20"), ("enter",), ("open", "6,00 €"), ("type", "10"),
                  ("enter",)], [("cash", 2600, 3000, 400)]),
    "split: 5 by card, 10 in cash": (
        "12,30", [("type", "5"), ("card",), ("open", "7,30 €"), ("type", "10"),
                  ("enter",)], [("cash", 730, 1000, 270), ("card", 500, 500, 0)]),
    "card: Ctrl+K on the empty field pays the rest": (
        "12,30", [("type", "2,30"), ("enter",), ("open", "10,00 €"), ("card",)],
        [("cash", 230, 230, 0), ("card", 1000, 1000, 0)]),
    "card over the open rest is refused": (
        "10,00", [("type", "15"), ("card",), ("open", "10,00 €"),
                  ("told", "höher als der offene Betrag"), ("field", "15"), ("esc",)], None),
    "quick amount: Alt+1 is 30 for 26": (
        "26,00", [("quick", "1")], [("cash", 2600, 3000, 400)]),
    "Escape after a partial payment books nothing": (
        "10,00", [("type", "5"), ("enter",), ("open", "5,00 €"), ("esc",)], None),
    "a scanner burst in the amount field is no amount": (
        "10,00", [("type", "2001000000015"), ("enter",), ("open", "10,00 €"),
                  ("told", "kein gültiger Betrag"), ("esc",)], None),
    "a typo's absurd change is refused": (
        "10,00", [("type", "1000"), ("enter",), ("open", "10,00 €"),
                  ("told", "990,00 € Rückgeld"), ("esc",)], None),
}


@pytest.mark.parametrize(("price", "steps", "rows"), CASES.values(), ids=CASES.keys())
def test_payment_keys_book_what_was_handed_over(
        qtbot: QtBot, till: CheckoutArea, stock: list[str], backend: Backend, price: str,
        steps: list[Step], rows: list[tuple[str, int, int, int]] | None) -> None:
    """Each key sequence commits exactly the payments in the table, or nothing."""
    dialog = sell(qtbot, till, stock, price)
    run(qtbot, till, backend, dialog, steps)
    if rows is None:
        qtbot.waitUntil(lambda: not dialog.isVisible())
        till.session.ops.wait_for_done()
        assert counts(backend) == (0, 0, 0)
        assert [ln.item_code for ln in till.cart.lines] == [stock[PRICES[price]]]
        return
    qtbot.waitUntil(lambda: counts(backend)[0] == 1)
    assert payment_rows(backend) == rows
    change = rows[0][3]
    qtbot.waitUntil(lambda: till.cart.lines == [])
    assert till.change.text() == (f"Rückgeld: {format_cents(change)}" if change
                                  else "Bezahlt, kein Rückgeld.")


def test_escape_discards_payments_and_keeps_the_cart(qtbot: QtBot, till: CheckoutArea,
                                                     stock: list[str], backend: Backend) -> None:
    """After Escape the cart stays; F12 again starts from the whole total."""
    dialog = sell(qtbot, till, stock, "10,00")
    run(qtbot, till, backend, dialog, [("type", "5"), ("enter",), ("esc",)])
    qtbot.waitUntil(lambda: not dialog.isVisible())
    qtbot.waitUntil(lambda: QApplication.focusWidget() is till.input)
    again = open_payment(qtbot, till)
    assert again is not dialog
    assert shown(again.rest_label.text()) == "Offen: 10,00 €" and again.payments == []
    run(qtbot, till, backend, again, [("enter",)])
    qtbot.waitUntil(lambda: counts(backend)[0] == 1)
    assert payment_rows(backend) == [("cash", 1000, 1000, 0)]


def test_quick_amounts_follow_the_open_amount(qtbot: QtBot, till: CheckoutArea,
                                              stock: list[str], backend: Backend) -> None:
    """For 26,00 the keys offer 30, 40, 50; after 20 in cash they offer 10, 20, 50."""
    dialog = sell(qtbot, till, stock, "26,00")
    labels = [shown(b.text()).split("\n") for b in dialog.quick_buttons]
    assert labels == [["30,00 €", "Alt+1"], ["40,00 €", "Alt+2"], ["50,00 €", "Alt+3"]]
    run(qtbot, till, backend, dialog, [("type", "20"), ("enter",), ("open", "6,00 €")])
    assert [shown(b.text()).split("\n")[0] for b in dialog.quick_buttons] == [
        "10,00 €", "20,00 €", "50,00 €"]
    run(qtbot, till, backend, dialog, [("quick", "2")])
    qtbot.waitUntil(lambda: counts(backend)[0] == 1)
    assert payment_rows(backend) == [("cash", 2600, 4000, 1400)]


def press_enter(widget: QWidget, *, repeat: bool = False, at_ms: int = 0) -> None:
    """An Enter press and release with the platform's flags: auto-repeat, timestamp."""
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        event = QKeyEvent(kind, Qt.Key.Key_Return, Qt.KeyboardModifier.NoModifier, "\r",
                          repeat)
        event.setTimestamp(at_ms)
        QApplication.sendEvent(widget, event)


def test_auto_repeated_enter_does_not_pay_the_rest(qtbot: QtBot, till: CheckoutArea,
                                                   stock: list[str], backend: Backend) -> None:
    """Enter held down after 5: the repeats are ignored, 5,00 € stay open."""
    dialog = sell(qtbot, till, stock, "10,00")
    run(qtbot, till, backend, dialog, [("type", "5"), ("enter",)])
    for _ in range(3):
        press_enter(focused(), repeat=True)
    run(qtbot, till, backend, dialog, [("open", "5,00 €")])
    assert dialog.payments == [cash(500)]


def test_bouncing_enter_pays_once_a_deliberate_second_press_pays_the_rest(
        qtbot: QtBot, till: CheckoutArea, stock: list[str], backend: Backend) -> None:
    """Two Enters a few ms apart book 5 € once; an Enter after a pause pays the rest."""
    dialog = sell(qtbot, till, stock, "10,00")
    qtbot.keyClicks(focused(), "5")
    press_enter(focused(), at_ms=1_000_000)
    press_enter(focused(), at_ms=1_000_030)  # a bounce 30 ms later
    run(qtbot, till, backend, dialog, [("open", "5,00 €")])
    press_enter(focused(), at_ms=1_000_030 + BOUNCE_MS)
    qtbot.waitUntil(lambda: counts(backend)[0] == 1)
    assert payment_rows(backend) == [("cash", 1000, 1000, 0)]


def test_double_enter_and_second_f12_commit_one_sale(
        qtbot: QtBot, till: CheckoutArea, backend: Backend,
        monkeypatch: pytest.MonkeyPatch) -> None:
    """While a paid sale is being saved, Enter and F12 again record nothing more."""
    gate = threading.Event()
    real = sale_flow.complete_sale

    def slow_complete(*args: Any, **kwargs: Any) -> Any:
        gate.wait(10)
        return real(*args, **kwargs)
    monkeypatch.setattr(sale_flow, "complete_sale", slow_complete)
    type_keys(qtbot, till, "4,50")  # a category line: it could be sold twice
    key(till, Qt.Key.Key_F3)
    qtbot.waitUntil(lambda: len(till.cart.lines) == 1)
    dialog = open_payment(qtbot, till)
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    qtbot.waitUntil(lambda: QApplication.focusWidget() is till.input)
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    qtbot.keyClick(focused(), Qt.Key.Key_F12)
    qtbot.waitUntil(lambda: "gerade gespeichert" in till.message.text()
                    or (till.dialog is not dialog and till.dialog.isVisible()))
    if till.dialog is not dialog:  # without the guard: pay the same cart a second time
        qtbot.keyClick(till.dialog.amount, Qt.Key.Key_Return)
    told = till.message.text()
    gate.set()
    qtbot.waitUntil(lambda: till.cart.lines == [])
    till.session.ops.wait_for_done()
    assert counts(backend)[0] == 1
    assert payment_rows(backend) == [("cash", 450, 450, 0)]
    assert "gerade gespeichert" in told


def test_payment_dialog_texts_fit(qtbot: QtBot, till: CheckoutArea, stock: list[str],
                                  backend: Backend, qapp: QApplication) -> None:
    """With the shipped style, amounts, key hints and a refusal are never cut off."""
    qapp.setStyleSheet(style_sheet())
    try:
        dialog = sell(qtbot, till, stock, "26,00")
        run(qtbot, till, backend, dialog, [("type", "1234"), ("enter",),
                                           ("told", "Rückgeld"), ("type", "0"), ("card",)])
        QApplication.processEvents()
        assert not clipped_texts(dialog), "\n".join(map(str, clipped_texts(dialog)))
    finally:
        qapp.setStyleSheet("")
