"""The Einstellungen area: user management and this machine's settings."""

from __future__ import annotations

import tomllib
from collections.abc import Callable

from PySide6.QtTest import QTest
from PySide6.QtWidgets import QComboBox, QLabel
from pytestqt.qtbot import QtBot

from app import messages
from app.config import LocalSettings, config_file
from app.services.kernel.backend import Backend
from app.services.kernel.context import SYSTEM, Actor
from app.services.users import accounts as users
from app.ui.settings.settings_view import SettingsView
from app.ui.shell.main_window import Area, MainWindow
from app.ui.shell.session import SessionState
from tests.helpers.keyboard import idle
from tests.helpers.notifier import RecordingNotifier


def _settings(window: MainWindow) -> SettingsView:
    assert window.show_area(Area.SETTINGS)
    view = window.views[Area.SETTINGS]
    assert isinstance(view, SettingsView)
    return view


def _rows(view: SettingsView) -> dict[str, tuple[str, ...]]:
    table = view.user_admin.table

    def cell(row: int, column: int) -> str:
        item = table.item(row, column)
        return "" if item is None else item.text()

    return {cell(r, 0): tuple(cell(r, c) for c in range(1, 4)) for r in range(table.rowCount())}


def test_manager_creates_a_user(qtbot: QtBot, window: MainWindow, session: SessionState,
                                backend: Backend, notifier: RecordingNotifier,
                                login_as: Callable[[str], Actor]) -> None:
    """A manager fills the form; the user exists with the role and must change the PIN."""
    login_as("maria")
    view = _settings(window)
    idle(qtbot, session)
    panel = view.user_admin
    QTest.keyClicks(panel.name_edit, "Jana")
    QTest.keyClicks(panel.display_edit, "Jana Werkstatt")
    panel.role_combo.setCurrentIndex(panel.role_combo.findData("volunteer"))
    QTest.keyClicks(panel.pin_edit, "5555")
    panel.add_button.click()
    idle(qtbot, session)
    qtbot.waitUntil(lambda: "jana" in _rows(view))
    assert _rows(view)["jana"] == ("Jana Werkstatt", "Annahme/Werkstatt", "aktiv")
    assert notifier.errors == []
    assert "Jana Werkstatt" in notifier.infos[0]
    outcome = backend.login("jana", "5555")
    assert outcome.actor is not None and outcome.must_change_pin


def test_manager_cannot_create_admin(qtbot: QtBot, window: MainWindow,
                                     session: SessionState, notifier: RecordingNotifier,
                                     login_as: Callable[[str], Actor]) -> None:
    """The service's German refusal is shown as it is."""
    login_as("maria")
    panel = _settings(window).user_admin
    panel.name_edit.setText("boss")
    panel.role_combo.setCurrentIndex(panel.role_combo.findData("admin"))
    panel.pin_edit.setText("5555")
    panel.add_button.click()
    idle(qtbot, session)
    assert notifier.errors == [messages.ADMIN_ONLY_ADMINS]
    assert panel.add_button.isEnabled()


def test_duplicate_user_and_bad_pin_are_refused(qtbot: QtBot, window: MainWindow,
                                                session: SessionState,
                                                notifier: RecordingNotifier,
                                                login_as: Callable[[str], Actor]) -> None:
    """An existing name and a too-short PIN each get a German message."""
    login_as("maria")
    panel = _settings(window).user_admin
    panel.name_edit.setText("kai")
    panel.pin_edit.setText("5555")
    panel.add_button.click()
    idle(qtbot, session)
    panel.name_edit.setText("neu")
    panel.pin_edit.setText("55")
    panel.add_button.click()
    idle(qtbot, session)
    assert notifier.errors == [messages.USER_EXISTS.format(name="kai"), messages.PIN_FORMAT]


def test_unlock_and_deactivate(qtbot: QtBot, window: MainWindow, session: SessionState,
                               backend: Backend, login_as: Callable[[str], Actor]) -> None:
    """A locked user can be unlocked; a deactivated one is marked and cannot log in."""
    for _ in range(5):
        backend.call(SYSTEM, users.login, "vera", "9999")
    login_as("maria")
    view = _settings(window)
    idle(qtbot, session)
    assert _rows(view)["vera"][2] == "gesperrt"
    view.user_admin.select("vera")
    view.user_admin.unlock_button.click()
    idle(qtbot, session)
    assert _rows(view)["vera"][2] == "aktiv"
    view.user_admin.select("kai")
    view.user_admin.deactivate_button.click()
    idle(qtbot, session)
    assert _rows(view)["kai"][2] == "deaktiviert"
    assert backend.call(SYSTEM, users.login, "kai", "2222").actor is None


def test_machine_settings_saved_to_toml(qtbot: QtBot, window: MainWindow,
                                        login_as: Callable[[str], Actor]) -> None:
    """Changing the language writes it to this machine's TOML file; the printer is elsewhere."""
    login_as("maria")
    form = _settings(window).machine_form
    language = form.editors["language"]
    assert isinstance(language, QComboBox)
    assert language.currentText() == "Deutsch"
    assert "printer.kind" not in form.editors  # on the Geräte page only
    language.setCurrentIndex(language.findData("en"))
    form.save_button.click()
    with config_file().open("rb") as fh:
        saved = tomllib.load(fh)
    assert saved["language"] == "en"
    assert LocalSettings().get("language") == "en"
    assert "Gespeichert" in form.status_label.text()


def test_every_settings_page_says_what_it_does(qtbot: QtBot, window: MainWindow,
                                               login_as: Callable[[str], Actor]) -> None:
    """Each Einstellungen tab starts with a visible one-sentence description."""
    login_as("maria")
    view = _settings(window)
    for index in range(view.tabs.count()):
        view.tabs.setCurrentIndex(index)
        page = view.tabs.widget(index)
        layout = page.layout()
        assert layout is not None
        item = layout.itemAt(0)
        label = item.widget() if item is not None else None
        assert isinstance(label, QLabel), view.tabs.tabText(index)
        assert label.objectName() == "pageDescription"
        assert label.isVisible()
        assert len(label.text()) > 20 and label.text().endswith(".")
