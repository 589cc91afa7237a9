"""The main window: areas by role, keyboard shortcuts, user switch, status bar."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

import app
from app.services.kernel import outbox
from app.services.kernel.backend import Backend
from app.services.kernel.context import SYSTEM, Actor
from app.services.sync import state as sync_state
from app.services.users import accounts as users
from app.ui.checkout.checkout_view import CheckoutView
from app.ui.closing.closing_area import ClosingArea
from app.ui.intake.intake_area import IntakeArea
from app.ui.settings.settings_view import SettingsView
from app.ui.shell.application import style_sheet
from app.ui.shell.login_dialog import LoginDialog
from app.ui.shell.main_window import Area, MainWindow
from app.ui.shell.session import SessionState
from tests.helpers.keyboard import idle, keyboard_login, press
from tests.ui.clipping import clipped_texts

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


def test_the_window_shows_the_version(window: MainWindow) -> None:
    """The menu bar's corner shows the version from app/__init__.py, as --version prints
    it (in the status bar it pushed "Benutzer wechseln" out of a 1366 px window)."""
    label = window.menuBar().cornerWidget(Qt.Corner.TopRightCorner)
    assert isinstance(label, QLabel) and label.objectName() == "status:version"
    assert label.text() == f"Kreislauf-Kasse {app.__version__}"


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


def test_a_crowded_status_bar_still_fits_a_counter_screen(qtbot: QtBot,
                                                          window: MainWindow) -> None:
    """At 1366 px with everything a registered till can show (a failed backup, open file
    rights, conflicts, device trouble) the switch button and every label stay whole; only
    the store's name gives way ("…", full name in its tooltip). Found in the real window,
    where "Benutzer wechseln" was cut to "Benutz"."""
    status = window.status
    status.show_backup(problem="Der Sicherungsordner /media/usb ist nicht beschreibbar.")
    assert status.backup_label is not None and status.backup_label.text().startswith("⚠")
    status.show_warnings(["Die Datenbank ist für andere Benutzer lesbar."])
    status.set_device_state("Drucker", "Papier fast leer")
    status.set_device_state("Scanner", "verbunden, 12 unlesbare Codes verworfen")
    status.show_sync(sync_state.SyncOverview(
        registered=True, server_url="https://zentrale.example", pending=12345,
        last_sync_at=datetime(2026, 12, 4, 17, 45, tzinfo=UTC), last_attempt_at=None,
        last_error="", conflicts=3))
    window.resize(1366, 768 - 32)  # a maximised window under a title bar
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: window.width() == 1366)
    button = status.switch_button
    assert button.geometry().right() <= status.width(), "the switch button sticks out"
    assert window.minimumSizeHint().width() <= 1366
    assert not clipped_texts(status), "\n".join(map(str, clipped_texts(status)))
    assert status.store_label.toolTip() == "Upcycling-Kaufhaus Arnsberg"
    assert "3 Konflikte" in status.sync_label.toolTip()  # whatever is shortened


def test_an_ordinary_status_bar_shows_everything_in_full(qtbot: QtBot, qapp: QApplication,
                                                         window: MainWindow) -> None:
    """An unregistered till with simulated devices at 1366 px, with the shipped style
    sheet (its status-bar font came after the labels measured themselves, and the store's
    name was cut beside free space in the real window): nothing needs "…"."""
    qapp.setStyleSheet(style_sheet())
    window.status.store_label.setText("Upcycling-Kaufhaus Arnsberg")
    status = window.status
    status.set_device_state("Drucker", "simuliert")
    status.set_device_state("Scanner", "simuliert")
    status.show_pending(1211)
    status.show_backup(written="Sicherung geschrieben: /tmp/kreislauf-S01.sqlite3")
    window.resize(1366, 768 - 32)
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: window.width() == 1366)
    status.layout().activate()  # lay the bar out for this width now, not at some later turn
    for label in (status.store_label, status.devices_label, status.sync_label):
        assert not label.is_elided(), label.full_text
    assert status.backup_label is None  # a success takes no room
    qapp.setStyleSheet("")
