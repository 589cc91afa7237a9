"""Keys go where the cashier looks: the shown area's main input, never a hidden widget."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit
from pytestqt.qtbot import QtBot

from app.services.kernel.context import Actor
from app.ui.checkout.checkout_view import CheckoutView
from app.ui.shell.login_dialog import LoginDialog
from app.ui.shell.main_window import Area, MainWindow
from app.ui.shell.session import SessionState
from tests.helpers.keyboard import keyboard_login, press, type_text
from tests.ui_checkout.test_wedge_stall import send

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


def checkout(window: MainWindow) -> CheckoutView:
    view = window.views[Area.CHECKOUT]
    assert isinstance(view, CheckoutView)
    return view


def intake_texts(window: MainWindow) -> list[str]:
    return [edit.text() for edit in window.views[Area.INTAKE].findChildren(QLineEdit)]


def type_by_hand(text: str, start: int = 100_000) -> None:
    """Digits at a person's pace (400 ms apart), so the wedge detector lets them through."""
    for n, ch in enumerate(text):
        send(ch, start + n * 400)


def test_user_switch_from_intake_types_into_the_till(
        qtbot: QtBot, window: MainWindow, session: SessionState,
        login_as: Callable[[str], Actor]) -> None:
    """Annahme → Ctrl+Shift+U → cashier: the typed price lands in the Kasse field."""
    login_as("maria")
    assert window.current_area() is Area.INTAKE
    field = window.views[Area.INTAKE].form.description  # type: ignore[attr-defined]
    qtbot.mouseClick(field, Qt.MouseButton.LeftButton)
    assert QApplication.focusWidget() is field
    before = intake_texts(window)
    press(qtbot, Qt.Key.Key_U, CTRL | SHIFT)
    dialog = window.switch_dialog
    assert isinstance(dialog, LoginDialog)
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    keyboard_login(qtbot, dialog, session, "Kai", "2222")
    qtbot.waitUntil(lambda: window.switch_dialog is None)
    assert window.current_area() is Area.CHECKOUT
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is checkout(window).input)
    type_by_hand("450")
    qtbot.waitUntil(lambda: checkout(window).input.text() == "450")
    assert intake_texts(window) == before


def test_area_switch_by_keys_focuses_the_main_input(
        qtbot: QtBot, window: MainWindow, login_as: Callable[[str], Actor]) -> None:
    """Ctrl+2 puts the focus in the scan field; Ctrl+1 leaves no key in the hidden Kasse."""
    login_as("maria")
    field = window.views[Area.INTAKE].form.description  # type: ignore[attr-defined]
    qtbot.mouseClick(field, Qt.MouseButton.LeftButton)
    press(qtbot, Qt.Key.Key_2, CTRL)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is checkout(window).input)
    press(qtbot, Qt.Key.Key_1, CTRL)
    focused = QApplication.focusWidget()
    assert focused is not None and window.views[Area.INTAKE].isAncestorOf(focused)
    type_text("7")
    assert checkout(window).input.text() == ""


def test_hidden_widget_never_keeps_the_focus(
        qtbot: QtBot, window: MainWindow, login_as: Callable[[str], Actor]) -> None:
    """The safety net: focus set into a hidden area moves back to the shown area."""
    login_as("kai")
    assert window.current_area() is Area.CHECKOUT
    hidden = window.views[Area.CLOSING].findChildren(QLineEdit)[0]
    hidden.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is checkout(window).input)
    type_by_hand("3")
    qtbot.waitUntil(lambda: checkout(window).input.text() == "3")
    assert hidden.text() == ""
