"""Tab walks the delivery dialogs in reading order: the address, the appointment, the goods
line by line, then the buttons; nothing unnamed and no frame takes the focus on the way."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app.services.kernel.context import Actor
from app.ui.shell.session import SessionState
from tests.helpers.keyboard import idle, press
from tests.ui.conftest import login_as, notifier, session
from tests.ui.dialogs import DIALOGS

__all__ = ["login_as", "notifier", "session"]

ADDRESS = ["Name", "Straße und Nr.", "PLZ", "Ort", "Telefon", "Koordinaten", "Hinweise", "Tag",
           "Zeitfenster von", "Zeitfenster bis"]
CHAINS = {
    "delivery": [*ADDRESS, "Gebühr",
                 "kg je Stück: Kommode Eiche, 3 Schubladen, mit Aufsatz und Spiegel",
                 "Liter je Stück: Kommode Eiche, 3 Schubladen, mit Aufsatz und Spiegel",
                 "kg je Stück: Stehlampe Messing", "Liter je Stück: Stehlampe Messing",
                 "kg je Stück: Krimskrams", "Liter je Stück: Krimskrams", "Bon-Nr.",
                 "Buchen", "Abbrechen", "Name"],
    "pickup": [*ADDRESS, "Ware", "Menge", "kg je Stück", "Liter je Stück", "Weitere Position",
               "Buchen", "Abbrechen", "Name"],
    "delivery-moved": ["Zeitfenster von", "Zeitfenster bis", "Notiz", "Speichern",
                       "Abbrechen", "Neuer Tag", "Zeitfenster von"],
    "delivery-done": ["Kilometer", "Notiz", "Speichern", "Abbrechen", "Kilometer"],
}


@pytest.mark.parametrize("name", CHAINS)
def test_tab_walks_the_dialog_in_reading_order(qtbot: QtBot, session: SessionState,
                                               login_as: Callable[[str], Actor],
                                               name: str) -> None:
    """From the first field, Tab by Tab, round to the start again."""
    login_as("maria")
    dialog = DIALOGS[name](session)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    idle(qtbot, session)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None
                    and QApplication.focusWidget().window() is dialog)  # type: ignore[union-attr]
    seen = []
    for _ in CHAINS[name]:
        widget = QApplication.focusWidget()
        assert widget is not None
        seen.append(widget.accessibleName())
        press(qtbot, Qt.Key.Key_Tab)
    assert seen == CHAINS[name]
    dialog.close()
