"""A screen reader can name every control a person can tab to: each has an accessible
name or a label that is its buddy; the main controls carry their own name."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from app.services.kernel.context import Actor
from app.ui.checkout.checkout_view import CheckoutView
from app.ui.closing.closing_area import ClosingArea
from app.ui.intake.intake_area import IntakeArea
from app.ui.settings.settings_view import SettingsView
from app.ui.shell.login_dialog import LoginDialog
from app.ui.shell.main_window import Area, MainWindow
from app.ui.shell.session import SessionState
from tests.helpers.keyboard import idle

CONTROLS = (QLineEdit, QAbstractSpinBox, QComboBox, QAbstractItemView, QAbstractButton)
SETTINGS_TABS = ["user_admin", "catalog", "store_policy", "store_master", "devices",
                 "machine_form"]
VIEWS = [(Area.INTAKE, None), (Area.CHECKOUT, None), (Area.CLOSING, None),
         *[(Area.SETTINGS, tab) for tab in SETTINGS_TABS]]


def unnamed(root: QWidget) -> list[str]:
    """The visible, focusable controls under ``root`` a screen reader could not name."""
    buddies = {id(label.buddy()) for label in root.findChildren(QLabel)
               if label.buddy() is not None}
    found = []
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, CONTROLS) or not widget.isVisible():
            continue
        if not widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
            continue
        if isinstance(widget.parentWidget(), (QAbstractSpinBox, QComboBox)):
            continue  # the spin box's or combo box's own line edit: the parent is named
        if widget.accessibleName() or id(widget) in buddies:
            continue
        if isinstance(widget, QAbstractButton) and widget.text().strip():
            continue  # Qt reads a button's text as its name
        found.append(f"{type(widget).__name__} {widget.objectName()!r} "
                     f"near {_near(widget)!r}")
    return found


def _near(widget: QWidget) -> str:
    """A hint where an unnamed control is: the texts of the labels beside it."""
    parent = widget.parentWidget()
    labels = parent.findChildren(QLabel) if parent is not None else []
    return " | ".join(label.text() for label in labels[:3])


def _settle(qtbot: QtBot, session: SessionState) -> None:
    for _ in range(2):
        idle(qtbot, session)
        QApplication.processEvents()


def _view_id(view: tuple[Area, str | None]) -> str:
    return f"{view[0]}-{view[1]}" if view[1] else str(view[0])


@pytest.mark.parametrize("view", VIEWS, ids=_view_id)
def test_every_control_of_the_area_has_a_name(
        qtbot: QtBot, window: MainWindow, session: SessionState,
        login_as: Callable[[str], Actor], open_till: None,
        view: tuple[Area, str | None]) -> None:
    """Each area (each Einstellungen tab) names every control one can tab to."""
    area, tab = view
    login_as("maria")
    window.resize(1366, 736)
    assert window.show_area(area)
    _settle(qtbot, session)
    shown = window.views[area]
    if isinstance(shown, SettingsView):
        shown.tabs.setCurrentWidget(getattr(shown, str(tab)))
        _settle(qtbot, session)
    assert not unnamed(window), "\n".join(unnamed(window))


def test_the_login_names_its_controls(qtbot: QtBot, session: SessionState) -> None:
    """The login's user list, PIN field and buttons all have a name."""
    dialog = LoginDialog(session)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.users_loaded)
    assert not unnamed(dialog), "\n".join(unnamed(dialog))
    assert dialog.user_list.accessibleName() and dialog.pin_edit.accessibleName()


def test_the_main_controls_carry_their_own_name(
        qtbot: QtBot, window: MainWindow, session: SessionState,
        login_as: Callable[[str], Actor], open_till: None) -> None:
    """Till input, cart, pay and category keys, intake fields and save, count fields,
    the Z button and the area buttons have an accessible name of their own."""
    login_as("maria")
    _settle(qtbot, session)
    till = window.views[Area.CHECKOUT]
    intake = window.views[Area.INTAKE]
    closing = window.views[Area.CLOSING]
    assert isinstance(till, CheckoutView) and isinstance(intake, IntakeArea)
    assert isinstance(closing, ClosingArea)
    window.show_area(Area.CHECKOUT)
    _settle(qtbot, session)
    assert till.keys.buttons, "no category keys loaded"
    controls: list[QWidget] = [
        till.input, till.cart_panel.table, till.buttons["pay"],
        *till.keys.buttons.values(), *intake.form.fields, intake.form.save_button,
        *closing.grid.spins.values(), closing.close_button,
        *window.nav_buttons.values()]
    assert [w for w in controls if not w.accessibleName()] == []


def test_opening_the_count_puts_the_cursor_in_the_first_field(
        qtbot: QtBot, window: MainWindow, session: SessionState,
        login_as: Callable[[str], Actor], open_till: None) -> None:
    """Abschluss with an open till: the focus is in the 500 € field, not on the grid."""
    login_as("maria")
    window.show_area(Area.CLOSING)
    _settle(qtbot, session)
    closing = window.views[Area.CLOSING]
    assert isinstance(closing, ClosingArea)
    first = next(iter(closing.grid.spins.values()))
    qtbot.waitUntil(lambda: QApplication.focusWidget() is first)
