"""Einstellungen → Stammdaten: typed in, saved with Enter, live refused until complete."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app.services.fiscal import master_data, mode
from app.services.kernel.backend import Backend
from app.services.kernel.context import Actor
from app.ui.settings.settings_view import SettingsView
from app.ui.shell.main_window import Area, MainWindow
from app.ui.shell.session import SessionState
from tests.helpers.keyboard import idle, press, type_text
from tests.helpers.notifier import RecordingNotifier


def _page(qtbot: QtBot, window: MainWindow, session: SessionState) -> SettingsView:
    assert window.show_area(Area.SETTINGS)
    view = window.views[Area.SETTINGS]
    assert isinstance(view, SettingsView)
    view.tabs.setCurrentWidget(view.store_master)
    idle(qtbot, session)
    return view


def test_manager_types_master_data_and_switches_to_live(
        qtbot: QtBot, window: MainWindow, session: SessionState, backend: Backend,
        notifier: RecordingNotifier, login_as: Callable[[str], Actor]) -> None:
    """Live is refused naming the gaps; after typing them in and Enter it goes through."""
    login_as("maria")
    page = _page(qtbot, window, session).store_master
    assert "Postleitzahl" in page.missing_label.text()
    page.live_button.setFocus()
    press(qtbot, Qt.Key.Key_Space)
    idle(qtbot, session)
    assert any("Echtbetrieb nicht möglich" in e and "Ort" in e for e in notifier.errors)
    page.edits["street"].setFocus()
    type_text("Lange Wende 16")
    press(qtbot, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is page.edits["postcode"]
    type_text("5975")  # one digit short
    press(qtbot, Qt.Key.Key_Return)
    idle(qtbot, session)
    assert any("5 Ziffern" in e for e in notifier.errors)
    assert page.edits["street"].text() == "Lange Wende 16"  # nothing typed is lost
    type_text("5")
    press(qtbot, Qt.Key.Key_Tab)
    type_text("Arnsberg")
    press(qtbot, Qt.Key.Key_Tab)
    press(qtbot, Qt.Key.Key_Tab)
    type_text("332/5751/0001")
    press(qtbot, Qt.Key.Key_Return)
    idle(qtbot, session)
    qtbot.waitUntil(lambda: "Alle Pflichtangaben" in page.missing_label.text())
    with backend.read() as ctx:
        data = master_data.current(ctx)
    assert (data.street, data.postcode, data.city, data.tax_number) == (
        "Lange Wende 16", "59755", "Arnsberg", "332/5751/0001")
    page.live_button.setFocus()
    press(qtbot, Qt.Key.Key_Space)
    idle(qtbot, session)
    qtbot.waitUntil(lambda: not page.live_button.isEnabled())
    with backend.read() as ctx:
        assert mode.current_mode(ctx) == "live"
    assert "Echtbetrieb" in page.mode_label.text()
