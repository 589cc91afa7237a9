"""The compact look for small screens: chosen by screen size ("auto") or by hand in
Einstellungen → Dieser Rechner, applied at the next start like the other settings there."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QApplication, QComboBox
from pytestqt.qtbot import QtBot

from app.config import LocalSettings
from app.services.kernel.context import Actor
from app.ui.settings.settings_view import SettingsView
from app.ui.shell.application import apply_look, compact_wanted, style_sheet
from app.ui.shell.main_window import Area, MainWindow
from app.ui.shell.session import SessionState
from tests.helpers.keyboard import idle, press

COMPACT_MARK = "Compact mode for small screens"  # the first line of style-compact.qss


@pytest.fixture(autouse=True)
def _plain_sheet(qapp: QApplication) -> Iterator[None]:
    qapp.setStyleSheet(style_sheet())
    yield
    qapp.setStyleSheet("")
    qapp.setProperty("compactLook", None)


@pytest.mark.parametrize(("choice", "free", "compact"), [
    ("auto", QSize(1366, 720), False),   # 1366×768 with a task bar: the full look
    ("auto", QSize(1920, 1032), False),
    ("auto", QSize(1280, 672), True),    # 1280×720 with a task bar
    ("auto", QSize(1024, 552), True),    # a netbook
    ("auto", QSize(1600, 650), True),    # wide but low
    ("auto", None, False),               # no screen known
    ("on", QSize(1920, 1032), True),
    ("off", QSize(1024, 552), False),
])
def test_auto_picks_compact_below_the_threshold(choice: str, free: QSize | None,
                                                compact: bool) -> None:
    assert compact_wanted(choice, free) is compact


def test_compact_sheet_is_the_full_one_plus_the_small_one() -> None:
    full, small = style_sheet(), style_sheet(compact=True)
    assert small.startswith(full) and COMPACT_MARK in small and COMPACT_MARK not in full


def test_apply_look_sets_the_sheet(qapp: QApplication) -> None:
    assert apply_look(qapp, "on") is True
    assert COMPACT_MARK in qapp.styleSheet()
    assert apply_look(qapp, "off") is False
    assert COMPACT_MARK not in qapp.styleSheet()


def test_manager_switches_the_compact_look_by_keyboard(
        qtbot: QtBot, window: MainWindow, session: SessionState,
        login_as: Callable[[str], Actor]) -> None:
    """Alt+D to Dieser Rechner, the compact choice by arrow key, Alt+P saves: the choice
    is in this machine's settings file, and the next start (``wiring.build``) applies it."""
    login_as("maria")
    window.show()
    qtbot.waitExposed(window)
    assert window.show_area(Area.SETTINGS)
    view = window.views[Area.SETTINGS]
    assert isinstance(view, SettingsView)
    idle(qtbot, session)
    press(qtbot, Qt.Key.Key_D, Qt.KeyboardModifier.AltModifier)
    assert view.tabs.currentWidget() is view.machine_form
    combo = view.machine_form.editors["display.compact"]
    assert isinstance(combo, QComboBox)
    assert combo.currentData() == "auto"
    assert combo.currentText() == "automatisch (nach Bildschirmgröße)"
    combo.setFocus()
    qtbot.waitUntil(combo.hasFocus)
    press(qtbot, Qt.Key.Key_Down)
    assert combo.currentData() == "on"
    press(qtbot, Qt.Key.Key_P, Qt.KeyboardModifier.AltModifier)  # an animated click
    qtbot.waitUntil(lambda: LocalSettings().get("display.compact") == "on")
    combo.setFocus()
    press(qtbot, Qt.Key.Key_Down)
    assert combo.currentData() == "off"
    press(qtbot, Qt.Key.Key_P, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: LocalSettings().get("display.compact") == "off")
