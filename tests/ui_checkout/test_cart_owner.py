"""One owner for the cart: only the GUI thread changes it; workers look lines up."""

from __future__ import annotations

import threading
from typing import Any, SupportsIndex

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.services.checkout.cart import Cart
from app.ui.checkout.checkout_area import CheckoutArea
from tests.helpers.keyboard import burst as scan
from tests.ui_checkout.test_checkout_area import key, stock, till, type_keys

__all__ = ["stock", "till"]  # fixtures used by the tests below
pytestmark = pytest.mark.usefixtures("open_till")


class _RecordingList(list[Any]):
    """A list that notes the thread of every change into ``threads``."""

    threads: list[tuple[str, int]]

    def _note(self, what: str) -> None:
        self.threads.append((what, threading.get_ident()))

    def append(self, item: Any) -> None:
        self._note("lines.append")
        super().append(item)

    def extend(self, items: Any) -> None:
        self._note("lines.extend")
        super().extend(items)

    def insert(self, index: SupportsIndex, item: Any) -> None:
        self._note("lines.insert")
        super().insert(index, item)

    def remove(self, item: Any) -> None:
        self._note("lines.remove")
        super().remove(item)

    def pop(self, index: SupportsIndex = -1) -> Any:
        self._note("lines.pop")
        return super().pop(index)

    def clear(self) -> None:
        self._note("lines.clear")
        super().clear()

    def __setitem__(self, index: Any, value: Any) -> None:
        self._note("lines[]=")
        super().__setitem__(index, value)

    def __delitem__(self, index: Any) -> None:
        self._note("del lines[]")
        super().__delitem__(index)


_FIELDS = ("lines", "discount", "started_at", "rules")


class OwnerCheckedCart(Cart):
    """A cart that records which thread sets any field or changes its list of lines,
    and any read of its fields off the GUI thread."""

    def __init__(self) -> None:
        object.__setattr__(self, "threads", [])
        object.__setattr__(self, "foreign_reads", [])
        super().__init__()

    def __getattribute__(self, name: str) -> Any:
        if name in _FIELDS and threading.current_thread() is not threading.main_thread():
            object.__getattribute__(self, "foreign_reads").append(name)
        return object.__getattribute__(self, name)

    def __setattr__(self, name: str, value: Any) -> None:
        self.threads.append((name, threading.get_ident()))
        if name == "lines":
            recording = _RecordingList(value)
            recording.threads = self.threads
            value = recording
        super().__setattr__(name, value)

    def foreign_changes(self) -> list[str]:
        gui = threading.main_thread().ident
        return [what for what, thread in self.threads if thread != gui]


def test_scans_and_keys_change_the_cart_on_the_gui_thread_only(
        qtbot: QtBot, till: CheckoutArea, stock: list[str]) -> None:
    """Scans, a category key and a duplicate scan: every cart change runs on the GUI thread."""
    cart = OwnerCheckedCart()
    till.cart = cart
    for code in stock[:2]:
        scan(till, code)
    type_keys(qtbot, till, "2*1,50")
    key(till, Qt.Key.Key_F3)
    qtbot.waitUntil(lambda: len(cart.lines) == 3)
    scan(till, stock[0])
    qtbot.waitUntil(lambda: "schon im Warenkorb" in till.message.text())
    assert [line.item_code for line in cart.lines[:2]] == stock[:2]
    assert cart.lines[2].quantity == 2 and cart.started_at is not None
    assert cart.rules is not None  # the lookup's markdown rules are kept by the cart
    assert any(what == "lines.append" for what, _ in cart.threads)
    assert cart.foreign_changes() == [] and cart.foreign_reads == []


def test_paying_hands_the_worker_a_snapshot(qtbot: QtBot, till: CheckoutArea,
                                            stock: list[str]) -> None:
    """The commit reads a copy of the cart; the till's own cart is never read off-thread."""
    from app.services.checkout import checkout

    cart = OwnerCheckedCart()
    till.cart = cart
    scan(till, stock[1])
    qtbot.waitUntil(lambda: len(cart.lines) == 1)
    cart.threads.clear()
    cart.foreign_reads.clear()  # only what paying does counts here
    till._complete([checkout.cash(250)])
    qtbot.waitUntil(lambda: till.cart is not cart)
    assert cart.foreign_changes() == [] and cart.foreign_reads == []
    assert till.cart.lines == [] and "Bon 1 gespeichert" in till.message.text()
