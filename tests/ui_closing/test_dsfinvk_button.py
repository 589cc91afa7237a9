"""Abschluss → DSFinV-K-Export…: asks range and file, exports off the GUI thread."""

from __future__ import annotations

import zipfile
from pathlib import Path

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app.services.kernel.backend import Backend
from app.services.kernel.context import Actor
from app.ui.closing.dsfinvk_export_dialog import DsfinvkExportDialog
from tests.conftest import Clock
from tests.fiscal.dsfinvk_helpers import trading_day
from tests.ui_closing.conftest import DayFixture


def _open_dialog(qtbot: QtBot, day: DayFixture) -> DsfinvkExportDialog:
    area = day[0]
    area.activateWindow()
    area.dsfinvk_button.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is area.dsfinvk_button)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Space)
    dialog = area.dsfinvk_dialog
    qtbot.waitExposed(dialog)
    return dialog


def test_manager_exports_the_month_from_abschluss(
        qtbot: QtBot, day: DayFixture, backend: Backend, manager: Actor, cashier: Actor,
        clock: Clock, tmp_path: Path) -> None:
    """Type the file name, Enter: the ZIP is written and the success line says so."""
    trading_day(backend, manager, cashier, clock)
    area = day[0]
    dialog = _open_dialog(qtbot, day)
    target = tmp_path / "monat.zip"
    dialog.path_edit.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.path_edit)
    qtbot.keyClick(dialog.path_edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(dialog.path_edit, str(target))
    qtbot.keyClick(dialog.path_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    qtbot.waitUntil(lambda: "gespeichert" in area.message.text(), timeout=10_000)
    assert area.message.kind == "success"
    with zipfile.ZipFile(target) as zf:
        assert "index.xml" in zf.namelist() and "transactions.csv" in zf.namelist()


def test_range_without_z_shows_the_german_reason(qtbot: QtBot, day: DayFixture,
                                                 tmp_path: Path) -> None:
    """No closing in the range: an error line, no file, nothing else happens."""
    area = day[0]
    dialog = _open_dialog(qtbot, day)
    dialog.start_edit.setDate(QDate(2026, 10, 1))
    dialog.end_edit.setDate(QDate(2026, 10, 31))
    dialog.path_edit.setText(str(tmp_path / "leer.zip"))
    qtbot.keyClick(dialog.end_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "keinen Tagesabschluss" in area.message.text(), timeout=10_000)
    assert area.message.kind == "error"
    assert not (tmp_path / "leer.zip").exists()
