"""No two things shown at once in one window share an Alt-letter (``&X``)."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app.services.cash import sessions as cash_sessions
from app.services.kernel.backend import Backend
from app.services.kernel.context import Actor
from app.ui.settings.settings_view import SettingsView
from app.ui.shell.main_window import Area, MainWindow
from app.ui.shell.session import SessionState
from tests.helpers.keyboard import idle, press
from tests.ui.dialogs import every_dialog
from tests.ui.mnemonics import shared_mnemonics


def _settle(qtbot: QtBot, session: SessionState) -> None:
    idle(qtbot, session)
    QApplication.processEvents()
    idle(qtbot, session)


@pytest.mark.parametrize("user", ["maria", "kai", "vera"])
@pytest.mark.parametrize("till_open", [False, True], ids=["closed", "open"])
def test_every_area_has_each_alt_letter_once(qtbot: QtBot, window: MainWindow,
                                             session: SessionState, backend: Backend,
                                             manager: Actor, user: str, till_open: bool,
                                             login_as: Callable[[str], Actor]) -> None:
    """Each area the user may open (every Einstellungen tab too): one owner per Alt-letter."""
    if till_open:
        backend.call(manager, cash_sessions.open_session, float_cents=15_000)
    login_as(user)
    window.resize(1366, 768)
    problems = []
    for area in window.allowed_areas():
        assert window.show_area(area)
        _settle(qtbot, session)
        view = window.views[area]
        if isinstance(view, SettingsView):
            for index in range(view.tabs.count()):
                view.tabs.setCurrentIndex(index)
                _settle(qtbot, session)
                if shared := shared_mnemonics(window):
                    problems.append(f"{area}/{view.tabs.tabText(index)}: {shared}")
        elif shared := shared_mnemonics(window):
            problems.append(f"{area}: {shared}")
    assert not problems, "\n".join(problems)


def test_the_checker_sees_a_shared_letter(qtbot: QtBot, window: MainWindow,
                                          session: SessionState,
                                          login_as: Callable[[str], Actor]) -> None:
    """The checker itself reports a button that takes the letter of the Sitzung menu."""
    login_as("maria")
    window.show_area(Area.SETTINGS)
    view = window.views[Area.SETTINGS]
    assert isinstance(view, SettingsView)
    view.tabs.setCurrentWidget(view.machine_form)
    view.machine_form.save_button.setText("&Speichern")
    _settle(qtbot, session)
    assert "Alt+S" in shared_mnemonics(window)


def test_alt_letters_reach_their_widget(qtbot: QtBot, window: MainWindow,
                                        session: SessionState,
                                        login_as: Callable[[str], Actor]) -> None:
    """Pressed in the focused widget, Alt+U opens Benutzer and Alt+D Dieser Rechner."""
    login_as("maria")
    window.resize(1366, 768)
    window.show_area(Area.SETTINGS)
    view = window.views[Area.SETTINGS]
    assert isinstance(view, SettingsView)
    _settle(qtbot, session)
    press(qtbot, Qt.Key.Key_D, Qt.KeyboardModifier.AltModifier)
    assert view.tabs.currentWidget() is view.machine_form
    press(qtbot, Qt.Key.Key_U, Qt.KeyboardModifier.AltModifier)
    assert view.tabs.currentWidget() is view.user_admin


def test_every_dialog_has_each_alt_letter_once(qtbot: QtBot, session: SessionState,
                                               login_as: Callable[[str], Actor]) -> None:
    """Every dialog of tests/ui/dialogs.py (login, PIN, payment, returns, workshop …)."""
    login_as("maria")
    problems = []
    for name, dialog in every_dialog(session):
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        QApplication.processEvents()
        if shared := shared_mnemonics(dialog):
            problems.append(f"{name} ({dialog.windowTitle()}): {shared}")
        dialog.close()
    idle(qtbot, session)
    assert not problems, "\n".join(problems)
