"""Werkstatt by keyboard: F11 records a repair with its ORDS outcome and barrier, F12 logs
volunteer hours; bad input is named in the dialog and nothing is saved."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from app.db.models import RepairRecord, VolunteerHours
from app.services.intake import intake
from app.services.kernel.backend import Backend
from app.services.kernel.context import Actor
from app.ui.intake.intake_area import IntakeArea
from app.ui.intake.repair_dialogs import HoursDialog, RepairRecordDialog
from app.ui.kit.message_line import MessageKind
from app.ui.kit.shortcut_overview import collect_shortcuts
from tests.helpers.keyboard import press as key
from tests.helpers.keyboard import type_text


def _repairs(backend: Backend) -> list[RepairRecord]:
    with backend.db.read() as s:
        return list(s.scalars(select(RepairRecord)))


def _hours(backend: Backend) -> list[VolunteerHours]:
    with backend.db.read() as s:
        return list(s.scalars(select(VolunteerHours)))


def _focus(qtbot: QtBot, widget: QWidget) -> None:
    qtbot.waitUntil(lambda: QApplication.focusWidget() is widget)


def _tab_to(qtbot: QtBot, widget: QWidget, limit: int = 12) -> None:
    for _ in range(limit):
        if QApplication.focusWidget() is widget:
            return
        key(qtbot, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is widget


def test_f11_records_an_end_of_life_repair(qtbot: QtBot, area: IntakeArea, backend: Backend,
                                           volunteer: Actor) -> None:
    """F11 on the selected toaster: 'nicht reparierbar' without a barrier is refused in the
    dialog, a negative time too; with barrier and 30 minutes it is saved."""
    code = backend.call(volunteer, intake.take_in, intake.IntakeInput(
        category="Elektrogeräte", description="Toaster"))[0].code
    area.table.refresh()
    qtbot.waitUntil(lambda: area.table.table.rowCount() == 1)
    area.table.select_code(code)
    area.table.table.setFocus()
    _focus(qtbot, area.table.table)
    key(qtbot, Qt.Key.Key_F11)
    qtbot.waitUntil(lambda: isinstance(area.active_dialog, RepairRecordDialog))
    dialog = area.active_dialog
    assert isinstance(dialog, RepairRecordDialog)
    qtbot.waitExposed(dialog)
    _focus(qtbot, dialog.outcome)
    key(qtbot, Qt.Key.Key_Return)
    assert dialog.isVisible() and "Ergebnis wählen" in dialog.message.text()
    for _ in range(3):
        key(qtbot, Qt.Key.Key_Down)
    assert dialog.outcome.currentData() == "End of life" and dialog.barrier.isEnabled()
    _tab_to(qtbot, dialog.problem)
    type_text("Thermostat defekt")
    key(qtbot, Qt.Key.Key_Return)
    assert dialog.isVisible() and "woran die Reparatur gescheitert" in dialog.message.text()
    _tab_to(qtbot, dialog.barrier, limit=20)
    key(qtbot, Qt.Key.Key_Down)
    assert dialog.barrier.currentData() == "Spare parts not available"
    _tab_to(qtbot, dialog.minutes)
    type_text("-5")
    key(qtbot, Qt.Key.Key_Return)
    assert dialog.isVisible() and "nicht negativ" in dialog.message.text()
    assert _repairs(backend) == []
    key(qtbot, Qt.Key.Key_Backspace)
    key(qtbot, Qt.Key.Key_Backspace)
    assert dialog.message.text() == ""
    type_text("30")
    key(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: len(_repairs(backend)) == 1)
    [row] = _repairs(backend)
    assert (row.repair_status, row.barrier, row.minutes, row.problem) == (
        "End of life", "Spare parts not available", 30, "Thermostat defekt")
    qtbot.waitUntil(lambda: area.message.kind == MessageKind.SUCCESS)
    assert f"Reparatur an {code} erfasst" in area.message.text()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is area.table.table)


def test_f12_logs_volunteer_hours(qtbot: QtBot, area: IntakeArea, backend: Backend) -> None:
    """F12: zero minutes are refused in the dialog; 90 minutes of sorting are saved for
    the logged-in volunteer."""
    area.table.table.setFocus()
    _focus(qtbot, area.table.table)
    key(qtbot, Qt.Key.Key_F12)
    qtbot.waitUntil(lambda: isinstance(area.active_dialog, HoursDialog))
    dialog = area.active_dialog
    assert isinstance(dialog, HoursDialog)
    qtbot.waitExposed(dialog)
    _focus(qtbot, dialog.minutes)
    type_text("0")
    key(qtbot, Qt.Key.Key_Tab)
    type_text("Sortieren")
    key(qtbot, Qt.Key.Key_Return)
    assert dialog.isVisible() and "mindestens 1" in dialog.message.text()
    _focus(qtbot, dialog.minutes)
    key(qtbot, Qt.Key.Key_Backspace)
    type_text("90")
    key(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: len(_hours(backend)) == 1)
    [row] = _hours(backend)
    assert (row.volunteer_name, row.minutes, row.activity) == ("vera", 90, "Sortieren")
    qtbot.waitUntil(lambda: "90 Minuten „Sortieren“ erfasst" in area.message.text())


def test_shortcut_overview_lists_the_new_workshop_keys(area: IntakeArea) -> None:
    """The F1 overview of Annahme names F11 (repair record) and F12 (hours)."""
    found = {s.keys: s.what for s in collect_shortcuts(area)}
    assert "Reparatur erfassen" in found["F11"]
    assert "Stunden" in found["F12"]


def test_dialogs_read_in_english(qtbot: QtBot, qapp: QApplication) -> None:
    """With the English translators the repair dialog, its outcomes and the hours dialog
    read in English."""
    from datetime import date

    from app import i18n
    from tests.helpers.translation import translated

    i18n.set_language("en")
    try:
        with translated(qapp, "en"):
            dialog = RepairRecordDialog("2001000000017", date(2026, 11, 26))
            qtbot.addWidget(dialog)
            hours = HoursDialog("vera", date(2026, 11, 26))
            qtbot.addWidget(hours)
            assert dialog.windowTitle() == "Record repair: 2001000000017"
            assert hours.windowTitle() == "Log hours"
            outcomes = [dialog.outcome.itemText(i) for i in range(dialog.outcome.count())]
            assert outcomes == ["– please choose –", "fixed", "repairable (still open)",
                                "end of life"]
    finally:
        i18n.set_language("de")
