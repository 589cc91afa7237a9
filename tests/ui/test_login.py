"""The login dialog: keyboard-only login, wrong PIN, lockout, first-login PIN change."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.services.kernel.backend import Backend
from app.services.kernel.context import Actor
from app.ui.shell.login_dialog import LoginDialog
from app.ui.shell.session import SessionState
from tests.helpers.keyboard import idle, keyboard_login, press, type_text


def _dialog(qtbot: QtBot, session: SessionState) -> tuple[LoginDialog, list[Actor]]:
    dialog = LoginDialog(session)
    qtbot.addWidget(dialog)
    seen: list[Actor] = []
    dialog.logged_in.connect(seen.append)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    return dialog, seen


def test_user_list_shows_active_users_with_role(qtbot: QtBot, session: SessionState) -> None:
    """Each active user is listed with the German role label."""
    dialog, _ = _dialog(qtbot, session)
    qtbot.waitUntil(lambda: dialog.users_loaded)
    texts = [dialog.user_list.item(i).text() for i in range(dialog.user_list.count())]
    assert "Kai Kasse — Kasse" in texts
    assert "Maria Leitung — Leitung" in texts
    assert "Vera Annahme — Annahme/Werkstatt" in texts
    assert "Verwaltung" in texts  # not "Verwaltung — Verwaltung"


def test_keyboard_only_login(qtbot: QtBot, session: SessionState) -> None:
    """Typing the name, Enter, the PIN and Enter logs the user in."""
    dialog, seen = _dialog(qtbot, session)
    keyboard_login(qtbot, dialog, session, "Kai", "2222")
    qtbot.waitUntil(lambda: bool(seen))
    assert seen[0].name == "kai"
    assert not dialog.isVisible()


def test_pin_field_takes_digits_only(qtbot: QtBot, session: SessionState) -> None:
    """Letters typed into the PIN field are ignored and the PIN is not shown."""
    dialog, _ = _dialog(qtbot, session)
    qtbot.waitUntil(lambda: dialog.users_loaded)
    dialog.pin_edit.setFocus()
    type_text("12ab34")
    assert dialog.pin_edit.text() == "1234"
    assert dialog.pin_edit.displayText() != "1234"


def test_wrong_pin_says_so_in_german_then_locks(qtbot: QtBot, session: SessionState) -> None:
    """A wrong PIN shows the attempts left inline; the fifth locks the user."""
    dialog, seen = _dialog(qtbot, session)
    keyboard_login(qtbot, dialog, session, "Vera", "9999")
    assert "Benutzer oder PIN ist falsch" in dialog.error_label.text()
    assert "Noch 4 Versuch(e)" in dialog.error_label.text()
    assert dialog.pin_edit.text() == ""
    for _ in range(4):
        type_text("9999")
        press(qtbot, Qt.Key.Key_Return)
        idle(qtbot, session)
    assert "gesperrt" in dialog.error_label.text()
    # Even the right PIN is refused while locked.
    type_text("1111")
    press(qtbot, Qt.Key.Key_Return)
    idle(qtbot, session)
    assert "gesperrt" in dialog.error_label.text()
    assert seen == []
    qtbot.waitUntil(lambda: any(dialog.user_list.item(i).text() ==
                                "Vera Annahme — Annahme/Werkstatt (gesperrt)"
                                for i in range(dialog.user_list.count())))
    assert session.notifier.errors == []  # type: ignore[attr-defined]


def test_first_admin_must_change_pin(qtbot: QtBot, session: SessionState,
                                     backend: Backend) -> None:
    """admin/000000 is asked for a new PIN twice; a mismatch is refused, a match is saved."""
    dialog, seen = _dialog(qtbot, session)
    keyboard_login(qtbot, dialog, session, "Verw", "000000")
    assert dialog.pages.currentIndex() == 1
    assert seen == []
    type_text("471147")
    press(qtbot, Qt.Key.Key_Return)
    type_text("471148")
    press(qtbot, Qt.Key.Key_Return)
    assert "stimmen nicht überein" in dialog.pin_error_label.text()
    assert seen == []
    type_text("471147")
    press(qtbot, Qt.Key.Key_Return)
    type_text("471147")
    press(qtbot, Qt.Key.Key_Return)
    idle(qtbot, session)
    qtbot.waitUntil(lambda: bool(seen))
    assert seen[0].name == "admin"
    outcome = backend.login("admin", "471147")
    assert outcome.actor is not None and not outcome.must_change_pin


def test_new_pin_format_error_is_german(qtbot: QtBot, session: SessionState) -> None:
    """A too-short new PIN is refused with the service's German message."""
    dialog, seen = _dialog(qtbot, session)
    keyboard_login(qtbot, dialog, session, "Verw", "000000")
    type_text("12")
    press(qtbot, Qt.Key.Key_Return)
    type_text("12")
    press(qtbot, Qt.Key.Key_Return)
    idle(qtbot, session)
    assert "4 bis 8 Ziffern" in dialog.pin_error_label.text()
    assert seen == []


def test_manager_with_a_short_pin_chooses_six_digits(qtbot: QtBot, session: SessionState,
                                                     backend: Backend) -> None:
    """A manager whose PIN dates from a 4-digit setting is asked for a new one at login;
    4 digits are refused in German, 6 digits log her in."""
    from app.services.kernel.context import SYSTEM
    from app.services.policy import store as policy
    from app.services.users import accounts as users

    maria = backend.login("maria", "333333").actor
    assert maria is not None
    backend.call(maria, policy.save, {"users.lead_pin_digits": "4"})
    backend.call(maria, users.create_user, "lena", "Lena Leitung", "manager", "4444")
    backend.call(maria, policy.save, {"users.lead_pin_digits": "6"})
    dialog, seen = _dialog(qtbot, session)
    keyboard_login(qtbot, dialog, session, "Lena", "4444")
    assert dialog.pages.currentIndex() == 1
    for _ in range(2):
        type_text("5555")
        press(qtbot, Qt.Key.Key_Return)
    idle(qtbot, session)
    assert "mindestens 6 Ziffern" in dialog.pin_error_label.text()
    assert seen == []
    for _ in range(2):
        type_text("555555")
        press(qtbot, Qt.Key.Key_Return)
    idle(qtbot, session)
    qtbot.waitUntil(lambda: bool(seen))
    assert seen[0].name == "lena"
    assert backend.call(SYSTEM, users.login, "lena", "555555").must_change_pin is False
