"""The store's card maximum at the Kasse: typed and refused in the payment dialog."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app.services.kernel.backend import Backend
from app.services.kernel.context import Actor
from app.services.policy import store as policy
from app.services.policy.definitions import POLICY
from app.ui.checkout.checkout_area import CheckoutArea
from app.ui.checkout.payment_dialog import PaymentDialog
from tests.helpers.keyboard import burst
from tests.ui_checkout.test_checkout_area import key, stock, till

pytestmark = pytest.mark.usefixtures("open_till")
__all__ = ["stock", "till"]  # fixtures shared with the Kasse tests


def test_card_above_the_store_maximum_is_refused_in_the_dialog(
        qtbot: QtBot, backend: Backend, manager: Actor, till: CheckoutArea,
        stock: list[str]) -> None:
    """With a 10,00 € card maximum, 12 + Strg+K is refused; 10 by card and the rest in cash
    pays the sale."""
    backend.call(manager, policy.save, {POLICY.card_max_cents.key: "10,00"})
    burst(till, stock[0])  # the chair, 12,00 €
    qtbot.waitUntil(lambda: len(till.cart.lines) == 1)
    key(till, Qt.Key.Key_F12)
    qtbot.waitUntil(lambda: isinstance(till.dialog, PaymentDialog) and till.dialog.isVisible())
    dialog = till.dialog
    assert isinstance(dialog, PaymentDialog) and dialog.tender.card_max_cents == 1_000
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog and dialog.amount.hasFocus())
    QTest.keyClicks(dialog.amount, "12")
    # The button's shortcut "animates" the click: it lands about 100 ms later.
    QTest.keyClick(dialog.amount, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: "Höchstbetrag für Karten" in dialog.message.text())
    assert dialog.payments == [] and dialog.amount.text() == "12"
    dialog.amount.clear()
    QTest.keyClicks(dialog.amount, "10")
    QTest.keyClick(dialog.amount, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: len(dialog.payments) == 1)
    assert [p.amount_cents for p in dialog.payments] == [1_000]
    QTest.keyClick(dialog.amount, Qt.Key.Key_Return)  # the rest, exactly, in cash
    qtbot.waitUntil(lambda: "Bon" in till.message.text() and till.cart.lines == [])
