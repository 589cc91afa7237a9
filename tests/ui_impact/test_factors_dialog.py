"""Klimabilanz → Klima-Faktoren by keyboard: a manager types a new figure with its source;
it is a new version, a sale before it keeps its figure; a figure without source is
refused in German and nothing is stored."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app.services.impact import factors
from app.services.kernel.backend import Backend
from app.services.kernel.context import Actor
from app.ui.impact.factors_dialog import FactorsDialog
from app.ui.shell.main_window import MainWindow
from tests.helpers.keyboard import press, type_text
from tests.impact.helpers import FURNITURE_G, impact_rows, sell
from tests.ui_impact.test_impact_dialog import ALT, _open


def _factors(qtbot: QtBot, window: MainWindow) -> FactorsDialog:
    impact = _open(qtbot, window)
    press(qtbot, Qt.Key.Key_F, ALT)
    qtbot.waitUntil(lambda: impact.factors_dialog is not None)
    dialog = impact.factors_dialog
    assert dialog is not None
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: dialog.factor_set is not None)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.table)
    return dialog


def _choose(qtbot: QtBot, dialog: FactorsDialog, key: str) -> None:
    press(qtbot, Qt.Key.Key_Home)
    while (chosen := dialog.selected()) is not None and chosen.key != key:
        press(qtbot, Qt.Key.Key_Down)
    assert dialog.selected() is not None


def _field(qtbot: QtBot, letter: Qt.Key, widget: object, text: str) -> None:
    press(qtbot, letter, ALT)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is widget)
    QApplication.focusWidget().selectAll()  # type: ignore[union-attr]
    type_text(text)


def test_a_new_figure_is_a_new_version_and_the_past_keeps_its_own(
        qtbot: QtBot, window: MainWindow, backend: Backend, cashier: Actor,
        manager: Actor) -> None:
    before = sell(backend, cashier, ("Möbel", "25,00", 1))
    dialog = _factors(qtbot, window)
    old = dialog.factor_set
    assert old is not None
    _choose(qtbot, dialog, "furniture")
    assert dialog.co2e.text() == "67,130"
    _field(qtbot, Qt.Key.Key_C, dialog.co2e, "80")
    _field(qtbot, Qt.Key.Key_Q, dialog.source, "Eigene Messung, Halle 2")
    _field(qtbot, Qt.Key.Key_J, dialog.year, "2026")
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.factor_set is not old)
    assert dialog.factor_set is not None
    assert dialog.factor_set.version != old.version
    assert "Neue Faktor-Version" in dialog.message.text()
    with backend.read(manager) as ctx:
        now = factors.current(ctx).get("category", "furniture")
    assert now is not None and now.co2e_g == 80_000
    after = sell(backend, cashier, ("Möbel", "25,00", 1))
    assert impact_rows(backend, before.sale_id)[0][3] == FURNITURE_G  # 67,13 kg x 0,5
    assert impact_rows(backend, after.sale_id)[0][3] == 40_000  # 80 kg x 0,5
    press(qtbot, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not dialog.isVisible())


def test_a_figure_without_source_is_refused_and_nothing_stored(
        qtbot: QtBot, window: MainWindow, backend: Backend, manager: Actor) -> None:
    dialog = _factors(qtbot, window)
    old = dialog.factor_set
    _choose(qtbot, dialog, "furniture")
    _field(qtbot, Qt.Key.Key_C, dialog.co2e, "80")
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "Quelle" in dialog.message.text())
    _field(qtbot, Qt.Key.Key_C, dialog.co2e, "acht")
    _field(qtbot, Qt.Key.Key_Q, dialog.source, "Eigene Schaetzung")
    _field(qtbot, Qt.Key.Key_J, dialog.year, "2026")
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "keine Zahl in kg" in dialog.message.text())
    assert dialog.co2e.text() == "acht"  # nothing typed is lost
    with backend.read(manager) as ctx:
        assert old is not None and factors.current(ctx).version == old.version
