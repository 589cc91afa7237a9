"""Einstellungen as a manager uses it: impact keys from a list, PIN reset, save in view."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QPushButton, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from app.db.models import Category
from app.services.impact.messages import IMPACT_LABELS
from app.services.kernel.backend import Backend
from app.services.kernel.context import SYSTEM, Actor
from app.services.users import accounts as users
from app.ui.settings.pin_reset_dialog import PinResetDialog
from app.ui.settings.settings_view import SettingsView
from app.ui.shell.main_window import Area, MainWindow
from app.ui.shell.session import SessionState
from tests.helpers.keyboard import idle, press, type_text
from tests.helpers.notifier import RecordingNotifier
from tests.ui.clipping import _visible_rect


def _settings(qtbot: QtBot, window: MainWindow, session: SessionState,
              size: tuple[int, int] = (1366, 768)) -> SettingsView:
    window.resize(*size)
    assert window.show_area(Area.SETTINGS)
    view = window.views[Area.SETTINGS]
    assert isinstance(view, SettingsView)
    idle(qtbot, session)
    return view


def _impact_key(backend: Backend, name: str) -> str:
    with backend.read() as ctx:
        key = ctx.session.scalar(select(Category.impact_key).where(Category.name == name))
    return str(key)


def test_impact_key_is_chosen_by_its_german_name(qtbot: QtBot, window: MainWindow,
                                                 session: SessionState, backend: Backend,
                                                 login_as: Callable[[str], Actor]) -> None:
    """The Klima-Faktor is a list of German names; choosing one by keys stores its key."""
    login_as("maria")
    view = _settings(qtbot, window, session)
    press(qtbot, Qt.Key.Key_W, Qt.KeyboardModifier.AltModifier)  # &Warengruppen
    editor = view.catalog.categories
    assert view.tabs.currentWidget() is view.catalog
    qtbot.waitUntil(lambda: editor.list.count() > 0)
    labels = [editor.impact_key.itemText(i) for i in range(editor.impact_key.count())]
    assert "Spielzeug" in labels and "Bücher (Schätzwert)" in labels
    assert not set(labels) & set(IMPACT_LABELS)  # no English key shown as a choice
    editor.list.setCurrentRow(next(i for i, c in enumerate(editor.categories)
                                   if c.name == "Bücher"))
    assert editor.impact_key.currentText() == "Bücher (Schätzwert)"
    editor.impact_key.setFocus()
    type_text("Spielz")  # a closed combo box jumps to the typed name
    assert editor.impact_key.currentText() == "Spielzeug"
    press(qtbot, Qt.Key.Key_P, Qt.KeyboardModifier.AltModifier)  # Warengruppe s&peichern
    idle(qtbot, session)
    qtbot.waitUntil(lambda: "Gespeichert" in editor.message.text())
    assert _impact_key(backend, "Bücher") == "toy"


def test_unknown_impact_key_survives_a_save(qtbot: QtBot, window: MainWindow,
                                            session: SessionState, backend: Backend,
                                            login_as: Callable[[str], Actor]) -> None:
    """A key this till does not know (synced in) is shown as such and kept when saving."""
    with backend.write() as ctx:
        cat = ctx.session.scalar(select(Category).where(Category.name == "Werkzeug"))
        assert cat is not None
        cat.impact_key = "garden_tool"
    login_as("maria")
    view = _settings(qtbot, window, session)
    view.tabs.setCurrentWidget(view.catalog)
    editor = view.catalog.categories
    qtbot.waitUntil(lambda: editor.list.count() > 0)
    editor.list.setCurrentRow(next(i for i, c in enumerate(editor.categories)
                                   if c.name == "Werkzeug"))
    assert "garden_tool" in editor.impact_key.currentText()
    assert "unbekannt" in editor.impact_key.currentText()
    editor.price.setFocus()
    press(qtbot, Qt.Key.Key_Return)  # Enter in a field saves
    idle(qtbot, session)
    qtbot.waitUntil(lambda: "Gespeichert" in editor.message.text())
    assert _impact_key(backend, "Werkzeug") == "garden_tool"


def _save_buttons(view: SettingsView) -> list[tuple[QWidget, QPushButton]]:
    return [(view.user_admin, view.user_admin.add_button),
            (view.catalog, view.catalog.categories.save_button),
            (view.store_policy, view.store_policy.save_button),
            (view.store_master, view.store_master.save_button),
            (view.devices, view.devices.save_button),
            (view.machine_form, view.machine_form.save_button)]


@pytest.mark.parametrize("size", [(1366, 768), (1000, 600)], ids=["1366x768", "minimum"])
def test_save_button_is_in_view_on_every_page(qtbot: QtBot, window: MainWindow,
                                              session: SessionState, size: tuple[int, int],
                                              login_as: Callable[[str], Actor]) -> None:
    """On a small screen each settings page's save button is shown whole, never scrolled."""
    login_as("maria")
    view = _settings(qtbot, window, session, size)
    for page, button in _save_buttons(view):
        view.tabs.setCurrentWidget(page)
        QApplication.processEvents()
        assert button.isVisible(), button.text()
        assert _visible_rect(button).size() == button.size(), button.text()


def _select_user(qtbot: QtBot, view: SettingsView, name: str) -> None:
    panel = view.user_admin
    qtbot.waitUntil(lambda: any(u.name == name for u in panel.users))
    panel.table.setFocus()
    panel.select(name)
    assert panel.selected_name() == name


def _pin_dialog(qtbot: QtBot, view: SettingsView) -> PinResetDialog:
    press(qtbot, Qt.Key.Key_P, Qt.KeyboardModifier.AltModifier)  # &PIN zurücksetzen…
    qtbot.waitUntil(lambda: view.user_admin.pin_dialog is not None
                    and view.user_admin.pin_dialog.isVisible())
    dialog = view.user_admin.pin_dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.pin_edit)
    return dialog


def test_manager_resets_a_forgotten_pin_with_the_keyboard(
        qtbot: QtBot, window: MainWindow, session: SessionState, backend: Backend,
        notifier: RecordingNotifier, login_as: Callable[[str], Actor]) -> None:
    """Alt+P, the start PIN twice with Enter: the old PIN is gone, the new one must be
    changed at the next login, and a lockout is lifted."""
    for _ in range(5):
        backend.call(SYSTEM, users.login, "kai", "9999")  # locked out
    login_as("maria")
    view = _settings(qtbot, window, session)
    _select_user(qtbot, view, "kai")
    dialog = _pin_dialog(qtbot, view)
    type_text("4321")
    press(qtbot, Qt.Key.Key_Return)  # on to the repeat field, nothing saved yet
    assert QApplication.focusWidget() is dialog.repeat_edit and dialog.isVisible()
    type_text("4321")
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    idle(qtbot, session)
    assert notifier.errors == [] and "Kai Kasse" in notifier.infos[-1]
    assert backend.call(SYSTEM, users.login, "kai", "2222").actor is None
    outcome = backend.login("kai", "4321")
    assert outcome.actor is not None and outcome.must_change_pin


def test_different_pins_or_escape_change_nothing(qtbot: QtBot, window: MainWindow,
                                                 session: SessionState, backend: Backend,
                                                 login_as: Callable[[str], Actor]) -> None:
    """Two different PINs are refused in the dialog; Escape closes it; the PIN stays."""
    login_as("maria")
    view = _settings(qtbot, window, session)
    _select_user(qtbot, view, "kai")
    dialog = _pin_dialog(qtbot, view)
    type_text("4321")
    press(qtbot, Qt.Key.Key_Return)
    type_text("4322")
    press(qtbot, Qt.Key.Key_Return)
    assert dialog.isVisible() and "verschieden" in dialog.message.text()
    assert QApplication.focusWidget() is dialog.repeat_edit
    press(qtbot, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    idle(qtbot, session)
    assert backend.call(SYSTEM, users.login, "kai", "2222").actor is not None


def test_manager_cannot_reset_the_admin_pin(qtbot: QtBot, window: MainWindow,
                                            session: SessionState, backend: Backend,
                                            notifier: RecordingNotifier,
                                            login_as: Callable[[str], Actor]) -> None:
    """Only the Verwaltung resets a Verwaltung PIN: the manager is told so in German."""
    login_as("maria")
    view = _settings(qtbot, window, session)
    _select_user(qtbot, view, "admin")
    _pin_dialog(qtbot, view)
    type_text("1234")
    press(qtbot, Qt.Key.Key_Return)
    type_text("1234")
    press(qtbot, Qt.Key.Key_Return)
    idle(qtbot, session)
    qtbot.waitUntil(lambda: bool(notifier.errors))
    assert "Verwaltung" in notifier.errors[-1]
    assert backend.call(SYSTEM, users.login, "admin", "1234").actor is None
