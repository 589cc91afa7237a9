"""The window title names the app once, whoever is logged in."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from app.services.kernel.context import Actor
from app.ui.shell.application import DISPLAY_NAME
from app.ui.shell.login_dialog import LoginDialog
from app.ui.shell.main_window import MainWindow
from app.ui.shell.session import SessionState
from tests.helpers.keyboard import keyboard_login, press

CTRL = Qt.KeyboardModifier.ControlModifier


def shown_title(window: QWidget) -> str:
    """The title the window manager gets: Qt appends the display name to any title that
    does not already end with it (``QPlatformWindow::formatWindowTitle`` in qtbase, used
    by the xcb and Windows backends with an em dash between)."""
    title, display = window.windowTitle(), QGuiApplication.applicationDisplayName()
    if display and not title.endswith(display):
        return f"{title} — {display}" if title else display
    return title


@pytest.fixture(autouse=True)
def _display_name(qapp: QApplication) -> Iterator[None]:
    """As ``create_application`` sets it for the real window."""
    before = QGuiApplication.applicationDisplayName()
    QGuiApplication.setApplicationDisplayName(DISPLAY_NAME)
    yield
    QGuiApplication.setApplicationDisplayName(before)


def test_title_names_the_app_once_before_and_after_login(
        qtbot: QtBot, window: MainWindow, session: SessionState,
        login_as: Callable[[str], Actor]) -> None:
    """„Kreislauf-Kasse“ alone, then „Maria Leitung – Kreislauf-Kasse“: never twice."""
    assert shown_title(window) == f"DEMO – {DISPLAY_NAME}"  # the test till is a demo till
    login_as("maria")
    assert shown_title(window) == f"DEMO – Maria Leitung – {DISPLAY_NAME}"
    assert shown_title(window).count(DISPLAY_NAME) == 1


def test_title_follows_a_user_switched_by_keyboard(qtbot: QtBot, window: MainWindow,
                                                   session: SessionState,
                                                   login_as: Callable[[str], Actor]) -> None:
    """After Ctrl+Shift+U and Kai's PIN the title names Kai and the app once; the login
    dialog's own title names the app once too."""
    login_as("maria")
    press(qtbot, Qt.Key.Key_U, CTRL | Qt.KeyboardModifier.ShiftModifier)
    dialog = window.switch_dialog
    assert isinstance(dialog, LoginDialog)
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    assert shown_title(dialog).count(DISPLAY_NAME) == 1
    keyboard_login(qtbot, dialog, session, "Kai", "2222")
    qtbot.waitUntil(lambda: session.actor.name == "kai")
    assert shown_title(window) == f"DEMO – Kai Kasse – {DISPLAY_NAME}"
    qtbot.waitUntil(lambda: window.switch_dialog is None)
