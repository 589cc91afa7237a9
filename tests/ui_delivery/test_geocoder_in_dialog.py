"""With a geocoder set up on the machine, leaving the city in the delivery dialog fills
empty coordinates (a real HTTP server on loopback), and never replaces typed ones."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app.config import LocalSettings
from app.services.kernel.backend import Backend
from app.services.kernel.context import Actor
from app.sync_schema.enums import DeliveryKind
from app.ui.delivery.delivery_dialog import DeliveryDialog
from tests.delivery.test_geocoding import Geocoder, server
from tests.helpers.keyboard import press, type_text
from tests.helpers.ui_session import recording_session

__all__ = ["server"]  # the loopback geocoder fixture


@pytest.mark.usefixtures("open_till")
def test_leaving_the_city_fills_empty_coordinates_in_the_dialog(
        qtbot: QtBot, backend: Backend, volunteer: Actor, tmp_path: Path,
        server: str) -> None:
    settings = LocalSettings(tmp_path / "s.toml")
    settings.set("delivery.geocoder_url", f"{server}/search")
    session, _notifier = recording_session(backend, tmp_path, settings)
    session.set_actor(volunteer)
    dialog = DeliveryDialog(session, DeliveryKind.PICKUP)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.name)
    for text in ("Gerd Lammers", "Klosterstraße 20", "59821", "Arnsberg"):
        type_text(text)
        press(qtbot, Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: dialog.coordinates.text() == "51,3990123 8,0610456")
    assert "Koordinaten vom Geodienst" in dialog.message.text()
    assert len(Geocoder.seen) == 1
    dialog.coordinates.setText("51,4 8,06")  # typed by hand: a later look-up keeps it
    dialog.look_up_coordinates()
    session.ops.wait_for_done()
    assert dialog.coordinates.text() == "51,4 8,06" and len(Geocoder.seen) == 1
