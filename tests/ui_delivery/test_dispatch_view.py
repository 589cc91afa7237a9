"""Abschluss → Lieferungen (managers): the day's orders, the planned trips and what found no
place with its reason; status set by keyboard; dispatch list and slip; not for cashiers."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QTreeWidgetItem
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from app.db.models import OutboxEvent
from app.services.delivery import orders
from app.services.delivery.orders import LineInput, OrderInput
from app.services.kernel.backend import Backend
from app.services.kernel.context import Actor
from app.sync_schema.enums import DeliveryKind, DeliveryStatus, EventType
from app.ui.closing.closing_area import ClosingArea
from app.ui.delivery.dispatch_dialog import DispatchDialog
from app.ui.delivery.status_dialog import StatusDialog
from app.ui.kit.confirm import ConfirmDialog
from app.ui.kit.message_line import MessageKind
from app.ui.shell.main_window import Area, MainWindow
from app.ui.shell.session import SessionState
from tests.helpers.clock import Clock
from tests.helpers.keyboard import idle, press, type_text
from tests.impact.helpers import sell
from tests.ui_delivery.conftest import NEAR
from tests.ui_delivery.test_kasse_delivery import focus

ALT = Qt.KeyboardModifier.AltModifier
FAR = "51,6000 8,0644"  # about 23 km north: 90 minutes each way by cargo bike


def order(clock: Clock, sale_id: int | None, **changes: object) -> OrderInput:
    values: dict[str, object] = dict(
        kind=DeliveryKind.DELIVERY, day=clock.today, window_from="14:00", window_to="16:00",
        name="Erika Muster", street="Hauptstraße 5", postcode="59821", city="Arnsberg",
        coordinates=NEAR, phone="02931 12345", lines=(LineInput("Sofa", 1, "35", "900"),),
        fee_key="city", sale_id=sale_id)
    values.update(changes)
    return OrderInput(**values)  # type: ignore[arg-type]


@pytest.fixture
def day_orders(backend: Backend, cashier: Actor, volunteer: Actor, clock: Clock,
               open_till: None) -> list[str]:
    """Today: a sofa delivery, a pick-up (both 14–16 Uhr nearby) and a delivery far out at
    17–18 Uhr that no bike reaches and brings back in time."""
    first = sell(backend, cashier, ("Möbel", "25,00", 1))
    far = sell(backend, cashier, ("Möbel", "25,00", 1))
    numbers = [backend.call(cashier, orders.book, order(clock, first.sale_id)).order.number]
    numbers.append(backend.call(volunteer, orders.book, order(
        clock, None, kind=DeliveryKind.PICKUP, name="Jan Spender", fee_key="none",
        lines=(LineInput("Kommode", 1, "30", "400"),))).order.number)
    numbers.append(backend.call(cashier, orders.book, order(
        clock, far.sale_id, name="Fern Weh", coordinates=FAR, window_from="17:00",
        window_to="18:00")).order.number)
    return numbers


def status_events(backend: Backend) -> list[str]:
    with backend.read() as ctx:
        rows = ctx.session.scalars(select(OutboxEvent).where(
            OutboxEvent.type == EventType.DELIVERY_STATUS_CHANGED).order_by(OutboxEvent.id))
        return [str(r.type) for r in rows]


def open_dispatch(qtbot: QtBot, window: MainWindow, session: SessionState) -> DispatchDialog:
    """Abschluss, then Alt+F in whatever has the focus; the dialog with its day read."""
    assert window.show_area(Area.CLOSING)
    area = window.views[Area.CLOSING]
    assert isinstance(area, ClosingArea)
    qtbot.waitUntil(lambda: area.state is not None)
    idle(qtbot, session)
    press(qtbot, Qt.Key.Key_F, ALT)
    qtbot.waitUntil(lambda: area.dispatch_dialog is not None)  # a mnemonic animates its click
    dialog = area.dispatch_dialog
    assert dialog is not None
    qtbot.waitExposed(dialog)
    qtbot.waitUntil(lambda: dialog.overview is not None)
    focus(qtbot, dialog.order_table)
    return dialog


def cell(dialog: DispatchDialog, row: int, column: int) -> str:
    item = dialog.order_table.item(row, column)
    return item.text() if item is not None else ""


def tree_texts(item: QTreeWidgetItem) -> list[str]:
    return [item.text(c) for c in range(item.columnCount())]


def test_the_day_is_listed_with_its_trips_and_the_unplanned(
        qtbot: QtBot, window: MainWindow, recorded: SessionState, manager: Actor,
        day_orders: list[str]) -> None:
    """Three orders by window with kind, name, address, phone, load and status; the two
    nearby on a trip with planned arrival; the far one unplanned, with the reason."""
    recorded.set_actor(manager)
    dialog = open_dispatch(qtbot, window, recorded)
    assert dialog.order_table.rowCount() == 3
    assert [cell(dialog, r, 2) for r in range(3)] == day_orders
    assert [cell(dialog, 0, c) for c in range(8)] == [
        "14:00–16:00", "Lieferung", day_orders[0], "Erika Muster",
        "Hauptstraße 5, 59821 Arnsberg", "02931 12345", "35,0 kg, 900 l", "geplant"]
    assert cell(dialog, 1, 1) == "Abholung" and cell(dialog, 1, 3) == "Jan Spender"
    tree = dialog.trip_tree
    assert tree.topLevelItemCount() >= 1
    trip = tree.topLevelItem(0)
    assert trip is not None and "Tour 1 · ab " in trip.text(0)
    stops = [tree_texts(trip.child(i)) for i in range(trip.childCount())]
    planned = {s[2] for t in range(tree.topLevelItemCount())
               for s in [tree_texts(tree.topLevelItem(t).child(i))  # type: ignore[union-attr]
                         for i in range(tree.topLevelItem(t).childCount())]}  # type: ignore[union-attr]
    assert planned == {day_orders[0], day_orders[1]}
    assert stops[0][0] == "1." and ":" in stops[0][1]
    unplanned = dialog.unplanned_table
    assert unplanned.rowCount() == 1
    assert unplanned.item(0, 0).text() == day_orders[2]  # type: ignore[union-attr]
    assert "nicht erreichbar" in unplanned.item(0, 1).text()  # type: ignore[union-attr]
    assert dialog.summary.text().startswith("Aufträge: 3 · ")


def test_an_order_is_set_delivered_moved_and_cancelled_by_keyboard(
        qtbot: QtBot, window: MainWindow, recorded: SessionState, manager: Actor,
        backend: Backend, clock: Clock, day_orders: list[str]) -> None:
    """First row Alt+E, 4,2 km, Enter: delivered; the second Alt+V to tomorrow 10–12;
    the far one Alt+S, Enter in the question: cancelled. Each one event for the server."""
    recorded.set_actor(manager)
    dialog = open_dispatch(qtbot, window, recorded)
    press(qtbot, Qt.Key.Key_E, ALT)
    qtbot.waitUntil(lambda: isinstance(dialog.status_dialog, StatusDialog)
                    and dialog.status_dialog.isVisible())
    status = dialog.status_dialog
    assert status is not None
    focus(qtbot, status.km)
    type_text("4,2")
    press(qtbot, Qt.Key.Key_Return)
    press(qtbot, Qt.Key.Key_Return)  # impatient: nothing more
    qtbot.waitUntil(lambda: not status.isVisible())
    qtbot.waitUntil(lambda: cell(dialog, 0, 7) == "erledigt")
    done = backend.query(manager, orders.get, day_orders[0])
    assert done.status == DeliveryStatus.DELIVERED and done.km_m == 4_200
    assert dialog.message.kind == MessageKind.SUCCESS
    assert not dialog.delivered_button.isEnabled()  # delivered stays delivered
    focus(qtbot, dialog.order_table)

    press(qtbot, Qt.Key.Key_Down)
    qtbot.waitUntil(lambda: dialog.selected_order() is not None
                    and dialog.selected_order().number == day_orders[1])  # type: ignore[union-attr]
    press(qtbot, Qt.Key.Key_V, ALT)
    qtbot.waitUntil(lambda: dialog.status_dialog is not status
                    and dialog.status_dialog is not None and dialog.status_dialog.isVisible())
    moving = dialog.status_dialog
    assert moving is not None
    focus(qtbot, moving.window_from)
    press(qtbot, Qt.Key.Key_Return)  # no window typed: refused, said in the dialog
    qtbot.waitUntil(lambda: moving.message.kind == MessageKind.ERROR)
    assert moving.isVisible()
    type_text("10:00")
    press(qtbot, Qt.Key.Key_Tab)
    type_text("12:00")
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not moving.isVisible())
    moved = backend.query(manager, orders.get, day_orders[1])
    assert moved.status == DeliveryStatus.RESCHEDULED
    assert moved.day == clock.today + timedelta(days=1)
    qtbot.waitUntil(lambda: dialog.order_table.rowCount() == 2)  # gone to tomorrow

    focus(qtbot, dialog.order_table)
    press(qtbot, Qt.Key.Key_Down)
    qtbot.waitUntil(lambda: dialog.selected_order() is not None
                    and dialog.selected_order().number == day_orders[2])  # type: ignore[union-attr]
    press(qtbot, Qt.Key.Key_S, ALT)
    qtbot.waitUntil(lambda: isinstance(dialog.confirm_dialog, ConfirmDialog)
                    and dialog.confirm_dialog.isVisible())
    question = dialog.confirm_dialog
    assert question is not None
    focus(qtbot, question.confirm_button)
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: cell(dialog, 1, 7) == "storniert")
    assert backend.query(manager, orders.get, day_orders[2]).status == DeliveryStatus.CANCELLED
    assert len(status_events(backend)) == 3

    press(qtbot, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not dialog.isVisible())


def test_dispatch_list_and_slip_are_written(
        qtbot: QtBot, window: MainWindow, recorded: SessionState, manager: Actor,
        day_orders: list[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        printed: list[tuple[Path, str]]) -> None:
    """Alt+P and Alt+C write the day's list as PDF and CSV; Alt+L prints the slip."""
    recorded.set_actor(manager)
    dialog = open_dispatch(qtbot, window, recorded)
    for letter, name in ((Qt.Key.Key_P, "touren.pdf"), (Qt.Key.Key_C, "touren.csv")):
        target = tmp_path / name
        monkeypatch.setattr(QFileDialog, "getSaveFileName",
                            lambda *_a, t=target, **_k: (str(t), ""))
        press(qtbot, letter, ALT)
        qtbot.waitUntil(lambda t=target: t.exists())
        qtbot.waitUntil(lambda: dialog.message.kind == MessageKind.SUCCESS)
        assert str(target) in dialog.message.text()
    assert (tmp_path / "touren.pdf").read_bytes().startswith(b"%PDF")
    csv_text = (tmp_path / "touren.csv").read_text(encoding="utf-8-sig")
    assert all(number in csv_text for number in day_orders)
    focus(qtbot, dialog.order_table)
    press(qtbot, Qt.Key.Key_L, ALT)
    qtbot.waitUntil(lambda: len(printed) == 1)
    assert printed[0][0].name == f"{day_orders[0]}.pdf"
    assert printed[0][1] == "Lieferschein drucken"


def test_another_day_shows_its_own_orders(
        qtbot: QtBot, window: MainWindow, recorded: SessionState, manager: Actor,
        day_orders: list[str]) -> None:
    """Alt+T and the day one up: tomorrow has nothing yet, no trip is planned."""
    recorded.set_actor(manager)
    dialog = open_dispatch(qtbot, window, recorded)
    press(qtbot, Qt.Key.Key_T, ALT)
    focus(qtbot, dialog.day)
    press(qtbot, Qt.Key.Key_Up)  # the day section goes one up
    qtbot.waitUntil(lambda: dialog.overview is not None
                    and dialog.overview.day == dialog.chosen_day()
                    and dialog.order_table.rowCount() == 0)
    top = dialog.trip_tree.topLevelItem(0)
    assert top is not None and top.text(0) == "Für diesen Tag ist keine Tour geplant."


def test_a_cashier_has_no_dispatch(qtbot: QtBot, window: MainWindow, recorded: SessionState,
                                   cashier: Actor, manager: Actor) -> None:
    """Kai sees his X report in Abschluss but no Lieferungen button; Maria does."""
    recorded.set_actor(cashier)
    assert window.show_area(Area.CLOSING)
    area = window.views[Area.CLOSING]
    assert isinstance(area, ClosingArea)
    idle(qtbot, recorded)
    QApplication.processEvents()
    assert area.x_button.isVisible() and not area.dispatch_button.isVisible()
    recorded.set_actor(manager)
    idle(qtbot, recorded)
    qtbot.waitUntil(area.dispatch_button.isVisible)
