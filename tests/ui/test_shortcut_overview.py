"""F1 (Strg+F1 in der Kasse) shows the keys of the shown area and of the whole window,
read from the real widgets; Escape closes it and the focus goes back where it was."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app.services.kernel.backend import Backend
from app.services.kernel.context import Actor
from app.ui.kit.shortcut_overview import ShortcutOverview
from app.ui.shell.application import style_sheet
from app.ui.shell.main_window import Area, MainWindow
from app.ui.shell.session import SessionState
from tests.helpers.keyboard import idle, press
from tests.helpers.translation import translated
from tests.ui.clipping import clipped_texts

CTRL = Qt.KeyboardModifier.ControlModifier


def native(keys: str) -> str:
    """``keys`` as the keyboard shows them now (Strg+… once Qt's German catalogue is
    loaded, as the app and earlier tests do)."""
    return QKeySequence(keys).toString(QKeySequence.SequenceFormat.NativeText)


# Per area: the key that opens the overview there, and keys the overview must list.
CASES = [
    (Area.INTAKE, Qt.KeyboardModifier.NoModifier, [("Enter", "Speichern")]),
    (Area.CHECKOUT, CTRL, [("F12", "Bezahlen"), ("Ctrl+F", "Suchen")]),
    (Area.CLOSING, Qt.KeyboardModifier.NoModifier, [("Alt+M", "Kommentar")]),
    (Area.SETTINGS, Qt.KeyboardModifier.NoModifier, []),
]
# Keys in Qt's portable form; the test compares them as the keyboard shows them then.
GLOBAL = [("Ctrl+Shift+U", "Benutzer wechseln"), ("Ctrl+Shift+S", "Jetzt synchronisieren"),
          ("Ctrl+Q", "Beenden"), ("Ctrl+1", "Annahme"), ("Ctrl+2", "Kasse"),
          ("Ctrl+3", "Abschluss"), ("Ctrl+4", "Einstellungen")]


@pytest.fixture(autouse=True)
def _app_style(qapp: QApplication) -> Iterator[None]:
    qapp.setStyleSheet(style_sheet())
    yield
    qapp.setStyleSheet("")


def _open(qtbot: QtBot, window: MainWindow, session: SessionState, area: Area,
          modifier: Qt.KeyboardModifier) -> ShortcutOverview:
    assert window.show_area(area)
    idle(qtbot, session)
    QApplication.processEvents()
    idle(qtbot, session)
    press(qtbot, Qt.Key.Key_F1, modifier)
    qtbot.waitUntil(lambda: window.shortcut_overview is not None
                    and window.shortcut_overview.isVisible())
    dialog = window.shortcut_overview
    assert dialog is not None
    qtbot.waitExposed(dialog)
    return dialog


@pytest.mark.parametrize(("area", "modifier", "expected"), CASES,
                         ids=[str(c[0]) for c in CASES])
def test_the_key_opens_the_overview_of_the_area(
        qtbot: QtBot, window: MainWindow, session: SessionState,
        login_as: Callable[[str], Actor], open_till: None, area: Area,
        modifier: Qt.KeyboardModifier, expected: list[tuple[str, str]]) -> None:
    """The area's key lists its shortcuts and the global ones; Escape gives the focus back."""
    login_as("maria")
    window.resize(1366, 736)
    assert window.show_area(area)
    idle(qtbot, session)
    before = QApplication.focusWidget()
    assert before is not None
    dialog = _open(qtbot, window, session, area, modifier)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.area_table)
    area_rows = dialog.rows(dialog.area_table)
    for keys, what in expected:
        assert (native(keys), what) in area_rows, area_rows
    for keys, what in GLOBAL:
        assert (native(keys), what) in dialog.rows(dialog.global_table)
    press(qtbot, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: window.shortcut_overview is None)
    qtbot.wait(300)
    assert QApplication.focusWidget() is before, (before, QApplication.focusWidget())


def test_the_kasse_lists_its_category_keys_and_its_own_overview_key(
        qtbot: QtBot, window: MainWindow, session: SessionState,
        login_as: Callable[[str], Actor], open_till: None) -> None:
    """In the Kasse F1 stays a category key; Strg+F1 opens the overview and says so."""
    login_as("maria")
    dialog = _open(qtbot, window, session, Area.CHECKOUT, CTRL)
    keys = [keys for keys, _what in dialog.rows(dialog.area_table)]
    assert "F1" in keys and "F12" in keys
    assert native("Ctrl+F1") in dialog.hint.text()
    assert (native("Ctrl+F1"), "Tastenkürzel anzeigen") in dialog.rows(dialog.global_table)
    assert ("F1", "Tastenkürzel anzeigen") not in dialog.rows(dialog.global_table)


@pytest.mark.parametrize("area", [Area.INTAKE, Area.CHECKOUT, Area.CLOSING, Area.SETTINGS])
def test_the_overview_fits_a_counter_screen(
        qtbot: QtBot, window: MainWindow, session: SessionState,
        login_as: Callable[[str], Actor], open_till: None, area: Area) -> None:
    """At 1366×768 the overview fits on the screen and no text in it is cut off."""
    login_as("maria")
    window.resize(1366, 736)
    modifier = CTRL if area is Area.CHECKOUT else Qt.KeyboardModifier.NoModifier
    dialog = _open(qtbot, window, session, area, modifier)
    assert dialog.width() <= 1366 and dialog.height() <= 768 - 32 - 48
    assert not clipped_texts(dialog), "\n".join(map(str, clipped_texts(dialog)))


def test_the_overview_speaks_english(qtbot: QtBot, qapp: QApplication, backend: Backend,
                                     session: SessionState,
                                     login_as: Callable[[str], Actor]) -> None:
    """In English the overview's title, headers and hint are English."""
    with translated(qapp, "en"):
        window = MainWindow(backend, session)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        window.activateWindow()
        login_as("maria")
        dialog = _open(qtbot, window, session, Area.INTAKE, Qt.KeyboardModifier.NoModifier)
        assert dialog.windowTitle() == "Keyboard shortcuts"
        header = dialog.area_table.horizontalHeaderItem(0)
        assert header is not None and header.text() == "Key"
        assert dialog.hint.text().startswith("This overview opens here with")
        assert (native("Ctrl+Shift+U"), "Switch user") in dialog.rows(dialog.global_table)
        dialog.close()
        window.status.timer.stop()
        idle(qtbot, session)
