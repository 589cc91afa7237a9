"""Abschluss → Klimabilanz: this month's figures, periods by keyboard, unknown stays
unknown, charts hold the figures, the PDF export writes a file."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog
from pytestqt.qtbot import QtBot

from app.services.delivery import orders
from app.services.delivery.orders import StatusInput
from app.services.kernel.backend import Backend
from app.services.kernel.context import Actor
from app.ui.closing.closing_area import ClosingArea
from app.ui.impact.impact_dialog import ImpactDialog
from app.ui.shell.main_window import Area, MainWindow
from tests.delivery.test_orders import order_for
from tests.helpers.clock import Clock
from tests.helpers.keyboard import idle, press
from tests.impact.helpers import BOOK_G, FURNITURE_G, sell, unknown_category

ALT = Qt.KeyboardModifier.AltModifier


def _open(qtbot: QtBot, window: MainWindow) -> ImpactDialog:
    """Abschluss, then Alt+L in whatever has the focus; the dialog with its figures."""
    assert window.show_area(Area.CLOSING)
    area = window.views[Area.CLOSING]
    assert isinstance(area, ClosingArea)
    qtbot.waitUntil(lambda: area.state is not None)
    idle(qtbot, area.session)
    press(qtbot, Qt.Key.Key_L, ALT)
    qtbot.waitUntil(lambda: area.impact_dialog is not None)  # a mnemonic animates its click
    dialog = area.impact_dialog
    assert dialog is not None
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: dialog.report is not None)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.period_choice)
    return dialog


def _shown(dialog: ImpactDialog) -> tuple[str, str, str, str]:
    return (dialog.items_value.text(), dialog.reused_value.text(),
            dialog.recycled_value.text(), dialog.co2e_value.text())


def test_manager_sees_this_month_and_switches_the_period_by_keyboard(
        qtbot: QtBot, window: MainWindow, backend: Backend, cashier: Actor,
        clock: Clock) -> None:
    """A chest and two books sold today: 3 items, 30,6 kg, 38,4 kg CO2e; last month
    shows nothing sold (0), this year the same as this month; Esc closes."""
    sell(backend, cashier, ("Möbel", "25,00", 1), ("Bücher", "1,00", 2))
    dialog = _open(qtbot, window)
    today = clock.today
    assert dialog.chosen_period() == (today.replace(day=1), today)
    assert _shown(dialog) == ("3", "30,6", "0,0", "38,4")
    assert "Klima-Faktor" in dialog.note.text() and "Ohne" not in dialog.note.text()

    first = dialog.report
    press(qtbot, Qt.Key.Key_Down)  # Letzter Monat
    qtbot.waitUntil(lambda: dialog.report is not first)
    last = today.replace(day=1)
    assert dialog.report is not None and dialog.report.end < last
    assert dialog.chosen_period()[1] < last
    assert _shown(dialog) == ("0", "0,0", "0,0", "0,0")
    assert dialog.note.text() == "Im Zeitraum wurde nichts verkauft."

    second = dialog.report
    press(qtbot, Qt.Key.Key_Down)  # Dieses Jahr
    qtbot.waitUntil(lambda: dialog.report is not second)
    assert dialog.chosen_period() == (today.replace(month=1, day=1), today)
    assert _shown(dialog) == ("3", "30,6", "0,0", "38,4")

    press(qtbot, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not dialog.isVisible())


def test_a_category_without_factor_is_unknown_not_zero(
        qtbot: QtBot, window: MainWindow, backend: Backend, manager: Actor,
        cashier: Actor) -> None:
    """Only Krimskrams (no factor) sold: CO2e reads "unbekannt" and the note names it."""
    unknown_category(backend, manager)
    sell(backend, cashier, ("Krimskrams", "1,00", 1))
    dialog = _open(qtbot, window)
    assert _shown(dialog) == ("1", "0,3", "0,0", "unbekannt")
    assert "Krimskrams" in dialog.note.text() and "unbekannt" in dialog.note.text()
    assert dialog.category_chart.bars == [("Krimskrams", None)]
    assert "Krimskrams: unbekannt" in dialog.category_chart.accessibleDescription()


def test_the_charts_hold_the_figures(
        qtbot: QtBot, window: MainWindow, backend: Backend, manager: Actor,
        cashier: Actor, clock: Clock) -> None:
    """One month: a bar per day; the categories largest first, unknown drawn as no bar."""
    unknown_category(backend, manager)
    sell(backend, cashier, ("Bücher", "1,00", 2), ("Möbel", "25,00", 1),
         ("Krimskrams", "1,00", 1))
    dialog = _open(qtbot, window)
    total = FURNITURE_G + 2 * BOOK_G
    assert dialog.co2e_value.text() == "38,4"
    assert dialog.time_box.title() == "kg CO2e vermieden je Tag"
    today = clock.today
    # Every day of the month so far is a bar; the days without sales are 0.
    assert dialog.time_chart.bars == [(f"{d}.", total if d == today.day else 0)
                                      for d in range(1, today.day + 1)]
    assert dialog.time_chart.drawn_values()[-1] == pytest.approx(total / 1000)
    assert sum(dialog.time_chart.drawn_values()) == pytest.approx(total / 1000)
    assert dialog.category_chart.bars == [("Möbel", FURNITURE_G), ("Bücher", 2 * BOOK_G),
                                          ("Krimskrams", None)]
    assert dialog.category_chart.drawn_values() == [
        pytest.approx(FURNITURE_G / 1000), pytest.approx(2 * BOOK_G / 1000), 0.0]
    assert dialog.time_chart.accessibleName() and dialog.category_chart.accessibleName()

    press(qtbot, Qt.Key.Key_Down)
    press(qtbot, Qt.Key.Key_Down)  # Dieses Jahr: a bar per month (in January, per day)
    qtbot.waitUntil(lambda: dialog.chosen_period()[0].month == 1)
    idle(qtbot, dialog.session)
    if clock.today.month > 1:
        assert dialog.time_box.title() == "kg CO2e vermieden je Monat"
        assert dialog.time_chart.bars == [(f"{m:02d}/{today.year}", total if m == today.month
                                           else 0) for m in range(1, today.month + 1)]


def test_pdf_export_writes_the_file_and_shows_the_path(
        qtbot: QtBot, window: MainWindow, backend: Backend, cashier: Actor,
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Alt+P, a file name from the save dialog: a PDF is written off the GUI thread."""
    sell(backend, cashier, ("Möbel", "25,00", 1))
    target = tmp_path / "klima"  # without suffix: .pdf is added
    asked: list[str] = []

    def save_name(_parent: object, title: str, *_args: object) -> tuple[str, str]:
        asked.append(title)
        return str(target), ""
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(save_name))
    dialog = _open(qtbot, window)
    press(qtbot, Qt.Key.Key_P, ALT)
    written = tmp_path / "klima.pdf"
    qtbot.waitUntil(lambda: "Gespeichert" in dialog.message.text(), timeout=10_000)
    assert asked == ["Klimabilanz als PDF speichern"]
    assert dialog.message.kind == "success" and str(written) in dialog.message.text()
    assert written.read_bytes().startswith(b"%PDF")


def test_csv_export_writes_unknown_as_unbekannt(
        qtbot: QtBot, window: MainWindow, backend: Backend, manager: Actor,
        cashier: Actor, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Alt+C writes the CSV of the shown period; a figure without factor is "unbekannt"."""
    unknown_category(backend, manager)
    sell(backend, cashier, ("Krimskrams", "1,00", 1))
    target = tmp_path / "klima.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *_a: (str(target), "")))
    dialog = _open(qtbot, window)
    press(qtbot, Qt.Key.Key_C, ALT)
    qtbot.waitUntil(lambda: "Gespeichert" in dialog.message.text(), timeout=10_000)
    text = target.read_bytes().decode("utf-8")
    assert "Krimskrams;;1;0,300;unbekannt;1" in text


def test_typed_dates_make_a_free_period_and_a_reversed_one_is_refused(
        qtbot: QtBot, window: MainWindow, backend: Backend, cashier: Actor,
        clock: Clock) -> None:
    """Alt+B and a typed day: the period is "Frei wählen" and reloads; Alt+V and a first
    day after the last shows a German warning and keeps the figures shown before."""
    sell(backend, cashier, ("Möbel", "25,00", 1))
    dialog = _open(qtbot, window)
    # Last month, so typing its first day as the end changes the period on any day (on
    # the 1st, this month already is 1st..1st).
    shown = dialog.report
    press(qtbot, Qt.Key.Key_Down)  # Letzter Monat
    qtbot.waitUntil(lambda: dialog.report is not shown)
    first_day = (clock.today.replace(day=1) - timedelta(days=1)).replace(day=1)
    assert dialog.chosen_period()[0] == first_day
    shown = dialog.report
    press(qtbot, Qt.Key.Key_B, ALT)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.end_edit)
    for digit in "01":
        qtbot.keyClick(QApplication.focusWidget(), digit)
    qtbot.waitUntil(lambda: dialog.report is not shown
                    and dialog.report.end == first_day)  # type: ignore[union-attr]
    assert dialog.period_choice.currentData() == "free"
    assert dialog.chosen_period() == (first_day, first_day)

    shown = dialog.report
    press(qtbot, Qt.Key.Key_V, ALT)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.start_edit)
    for digit in "02":
        qtbot.keyClick(QApplication.focusWidget(), digit)
    qtbot.waitUntil(lambda: dialog.message.kind == "warning")
    assert "Der Zeitraum endet vor seinem Beginn." in dialog.message.text()
    idle(qtbot, dialog.session)
    assert dialog.report is shown


def test_a_cashier_gets_no_figures(qtbot: QtBot, window: MainWindow, cashier: Actor,
                                   clock: Clock) -> None:
    """The service checks the role, not only the hidden button: a German refusal."""
    session = window.session
    session.set_actor(cashier)
    dialog = ImpactDialog(session, clock.today)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.message.kind == "error")
    assert dialog.report is None
    assert "Daten exportieren" in dialog.message.text()


def test_the_cargo_bike_figures_are_in_the_view(qtbot: QtBot, window: MainWindow,
                                                backend: Backend, cashier: Actor,
                                                clock: Clock) -> None:
    """A sofa delivered with 4,2 km entered: the view says trips, km and the van saving."""
    sale = sell(backend, cashier, ("Möbel", "25,00", 1))
    number = backend.call(cashier, orders.book, order_for(sale.sale_id, clock)).order.number
    backend.call(cashier, orders.set_status, StatusInput(number, "delivered", km="4,2"))
    dialog = _open(qtbot, window)
    assert dialog.delivery_note.text() == (
        "Mit dem Lastenrad: 1 Aufträge (1 Lieferungen, 0 Abholungen), 1 Fahrten, 4,2 km "
        "(davon 0,0 km geschätzt) – 1,1 kg CO2e weniger als mit einem Lieferwagen.")
