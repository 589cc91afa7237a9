"""Driving the real widgets as a user would: keys to the focused widget, waiting for jobs."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from app.ui.shell.login_dialog import LoginDialog
from app.ui.shell.session import SessionState

if TYPE_CHECKING:
    from app.ui.shell.main_window import MainWindow
    from app.wiring import Till

KEYS = {str(d): getattr(Qt.Key, f"Key_{d}") for d in range(10)}


def burst(window: QWidget, text: str) -> None:
    """Digits and Enter as fast as a wedge scanner, delivered the way the OS does: to the
    QWindow, which hands them to the focused widget."""
    handle = window.windowHandle()
    for ch in text:
        QTest.keyClick(handle, KEYS[ch], Qt.KeyboardModifier.NoModifier)
    QTest.keyClick(handle, Qt.Key.Key_Return)


def idle(qtbot: QtBot, session: SessionState, timeout: int = 5000) -> None:
    """Wait until every background job has delivered its result."""
    qtbot.waitUntil(lambda: not session.ops.busy, timeout=timeout)


def press(qtbot: QtBot, key: Qt.Key, modifier: Qt.KeyboardModifier =
          Qt.KeyboardModifier.NoModifier) -> None:
    """Press a key in whatever widget has the keyboard focus, as the user would."""
    widget = QApplication.focusWidget()
    assert widget is not None, "no widget has the keyboard focus"
    QTest.keyClick(widget, key, modifier)


def type_text(text: str) -> None:
    widget = QApplication.focusWidget()
    assert widget is not None, "no widget has the keyboard focus"
    QTest.keyClicks(widget, text)


def keyboard_login(qtbot: QtBot, dialog: LoginDialog, session: SessionState,
                   display_prefix: str, pin: str) -> None:
    """Choose the user by typing the start of their name, Enter, then PIN and Enter."""
    qtbot.waitUntil(lambda: dialog.users_loaded)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.user_list)
    type_text(display_prefix)
    press(qtbot, Qt.Key.Key_Return)
    assert QApplication.focusWidget() is dialog.pin_edit
    type_text(pin)
    press(qtbot, Qt.Key.Key_Return)
    idle(qtbot, session)


def start_and_log_in(qtbot: QtBot, till: Till, display_prefix: str, pin: str) -> MainWindow:
    """Start the wired till as ``make run`` does and log in by keyboard; its main window."""
    till.start()
    qtbot.waitExposed(till.login)
    till.login.activateWindow()
    keyboard_login(qtbot, till.login, till.session, display_prefix, pin)
    qtbot.waitUntil(lambda: till.window is not None)
    window = till.window
    assert window is not None
    return window
