"""The main window: areas by role, keyboard shortcuts, user switch, status bar."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

import app
from app.services.kernel import outbox
from app.services.kernel.backend import Backend
from app.services.kernel.context import SYSTEM, Actor
from app.services.users import accounts as users
from app.ui.checkout.checkout_view import CheckoutView
from app.ui.closing.closing_area import ClosingArea
from app.ui.intake.intake_area import IntakeArea
from app.ui.settings.settings_view import SettingsView
from app.ui.shell.login_dialog import LoginDialog
from app.ui.shell.main_window import Area, MainWindow
from app.ui.shell.session import SessionState
from tests.helpers.keyboard import idle, keyboard_login, press

CTRL = Qt.KeyboardModifier.ControlModifier
AREA_KEYS = {Area.INTAKE: Qt.Key.Key_1, Area.CHECKOUT: Qt.Key.Key_2,
             Area.CLOSING: Qt.Key.Key_3, Area.SETTINGS: Qt.Key.Key_4}


def visible_areas(window: MainWindow) -> set[Area]:
    return {area for area, button in window.nav_buttons.items() if button.isVisible()}


@pytest.mark.parametrize(("user", "areas"), [
    ("vera", {Area.INTAKE}),
    ("kai", {Area.CHECKOUT, Area.CLOSING}),
    ("maria", set(Area)),
    ("admin", set(Area)),
])
def test_areas_follow_the_role(qtbot: QtBot, window: MainWindow,
                               login_as: Callable[[str], Actor], user: str,
                               areas: set[Area]) -> None:
    """Each role sees exactly the areas its permissions allow."""
    login_as(user)
    assert visible_areas(window) == areas
    assert set(window.allowed_areas()) == areas
    assert window.current_area() in areas


def test_ctrl_number_reaches_each_area(qtbot: QtBot, window: MainWindow,
                                       login_as: Callable[[str], Actor]) -> None:
    """Ctrl+1..4 open Annahme, Kasse, Abschluss and Einstellungen for a manager."""
    login_as("maria")
    expected = {Area.INTAKE: IntakeArea, Area.CHECKOUT: CheckoutView,
                Area.CLOSING: ClosingArea, Area.SETTINGS: SettingsView}
    for area, key in AREA_KEYS.items():
        press(qtbot, key, CTRL)
        assert window.current_area() is area
        assert isinstance(window.stack.currentWidget(), expected[area])
        assert window.nav_buttons[area].isChecked()


def test_cashier_cannot_open_settings(qtbot: QtBot, window: MainWindow,
                                      login_as: Callable[[str], Actor]) -> None:
    """For a cashier, Einstellungen is hidden and Ctrl+4 does nothing."""
    login_as("kai")
    assert not window.nav_buttons[Area.SETTINGS].isVisible()
    assert window.current_area() is Area.CHECKOUT
    press(qtbot, Qt.Key.Key_4, CTRL)
    assert window.current_area() is Area.CHECKOUT
    assert window.show_area(Area.SETTINGS) is False


def test_areas_have_german_titles(qtbot: QtBot, window: MainWindow,
                                  login_as: Callable[[str], Actor]) -> None:
    """Every area names itself and says what comes there."""
    login_as("maria")
    for area, title in ((Area.INTAKE, "Annahme"), (Area.CHECKOUT, "Kasse"),
                        (Area.CLOSING, "Abschluss"), (Area.SETTINGS, "Einstellungen")):
        label = window.views[area].findChild(QLabel, "areaTitle")
        assert label is not None and label.text() == title
        description = window.views[area].findChild(QLabel, "areaDescription")
        assert description is not None and len(description.text()) > 20


def test_user_switch_by_shortcut(qtbot: QtBot, window: MainWindow, session: SessionState,
                                 login_as: Callable[[str], Actor]) -> None:
    """Ctrl+Shift+U opens the login; the next user takes over without a restart."""
    login_as("maria")
    press(qtbot, Qt.Key.Key_U, CTRL | Qt.KeyboardModifier.ShiftModifier)
    dialog = window.switch_dialog
    assert isinstance(dialog, LoginDialog)
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    keyboard_login(qtbot, dialog, session, "Kai", "2222")
    qtbot.waitUntil(lambda: session.actor.name == "kai")
    assert window.status.user_label.text() == "Kai Kasse (Kasse)"
    assert not window.nav_buttons[Area.SETTINGS].isVisible()
    qtbot.waitUntil(lambda: window.switch_dialog is None)


def test_cancelled_switch_keeps_the_user(qtbot: QtBot, window: MainWindow,
                                         session: SessionState,
                                         login_as: Callable[[str], Actor]) -> None:
    """Escape in the switch dialog leaves the current user logged in."""
    login_as("maria")
    window.status.switch_button.click()
    dialog = window.switch_dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.users_loaded)
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.user_list)
    press(qtbot, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: window.switch_dialog is None)
    assert session.actor.name == "maria"


def test_status_bar_shows_store_station_user_devices_and_pending(
        qtbot: QtBot, window: MainWindow, session: SessionState, backend: Backend,
        login_as: Callable[[str], Actor]) -> None:
    """The status bar names store, station, user with role, devices and the outbox count."""
    login_as("maria")
    window.status.start()
    idle(qtbot, session)
    pending = backend.query(SYSTEM, outbox.pending_count)
    assert pending > 0
    status = window.status
    assert status.store_label.text() == "Upcycling-Kaufhaus Arnsberg"
    assert status.station_label.text() == "Station 1"
    assert status.user_label.text() == "Maria Leitung (Leitung)"
    assert status.devices_label.text() == "Drucker: simuliert · Scanner: simuliert"
    assert status.sync_label.text() == f"offline · {pending} ausstehend"
    status.set_device_state("Drucker", "Papier leer")
    assert "Drucker: Papier leer" in status.devices_label.text()


def test_status_bar_shows_the_version(window: MainWindow) -> None:
    """The status bar shows the version from app/__init__.py, as --version prints it."""
    label = window.status.findChild(QLabel, "status:version")
    assert label is not None
    assert label.text() == f"v{app.__version__}"


def test_pending_count_follows_new_events(qtbot: QtBot, window: MainWindow,
                                          session: SessionState, backend: Backend,
                                          login_as: Callable[[str], Actor]) -> None:
    """After a change that writes an outbox event, the next refresh shows the new count."""
    login_as("maria")
    window.status.refresh_sync()
    idle(qtbot, session)
    before = window.status.pending
    assert before is not None
    backend.call(session.actor, users.create_user, "jana", "Jana", "volunteer", "5555")
    window.status.timer.setInterval(50)
    window.status.timer.start()
    qtbot.waitUntil(lambda: window.status.pending == before + 1)
