"""A donation pick-up booked in the Annahme with the keyboard alone: F4, the volunteer types
the address and the goods (description, quantity, kg, litres), Enter books one pick-up
without sale and fee."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QSpinBox
from pytestqt.qtbot import QtBot

from app.services.delivery import orders
from app.services.kernel.backend import Backend
from app.services.kernel.context import Actor
from app.sync_schema.enums import DeliveryKind
from app.ui.delivery.delivery_dialog import DeliveryDialog
from app.ui.intake.intake_area import IntakeArea
from app.ui.kit.message_line import MessageKind
from app.ui.kit.shortcut_overview import collect_shortcuts
from tests.helpers.keyboard import press, type_text
from tests.ui_delivery.conftest import NEAR
from tests.ui_delivery.test_kasse_delivery import booked_events, focus

ALT = Qt.KeyboardModifier.AltModifier


def open_pickup(qtbot: QtBot, area: IntakeArea) -> DeliveryDialog:
    area.main_input().setFocus()
    focus(qtbot, area.main_input())
    press(qtbot, Qt.Key.Key_F4)
    qtbot.waitUntil(lambda: isinstance(area.active_dialog, DeliveryDialog)
                    and area.active_dialog.isVisible())
    dialog = area.active_dialog
    assert isinstance(dialog, DeliveryDialog)
    qtbot.waitExposed(dialog)
    return dialog


def test_a_volunteer_books_a_pick_up_by_keyboard(qtbot: QtBot, intake_area: IntakeArea,
                                                backend: Backend, volunteer: Actor) -> None:
    """Address, 14–16 Uhr, a chest of drawers and two chairs typed; no fee on offer; Enter
    books one pick-up of 30 + 2 × 6 kg, the Annahme says so."""
    dialog = open_pickup(qtbot, intake_area)
    assert dialog.windowTitle() == "Abholung buchen"
    assert not dialog.fee.isVisible() and not dialog.receipt.isVisible()
    focus(qtbot, dialog.name)
    for text in ("Jan Spender", "Ringstraße 12", "59821", "Arnsberg", "", NEAR, ""):
        type_text(text)
        press(qtbot, Qt.Key.Key_Tab)
    press(qtbot, Qt.Key.Key_Tab)  # the day: today
    type_text("14:00")
    press(qtbot, Qt.Key.Key_Tab)
    type_text("16:00")
    press(qtbot, Qt.Key.Key_Tab)
    first = dialog.goods.rows[0]
    focus(qtbot, first.description)
    type_text("Kommode")
    press(qtbot, Qt.Key.Key_Tab)
    press(qtbot, Qt.Key.Key_Tab)  # one piece
    type_text("30")
    press(qtbot, Qt.Key.Key_Tab)
    type_text("400")
    qtbot.waitUntil(lambda: dialog.load_value.text() == "Ladung: 30,0 kg, 400 l · 1 Fahrt")

    press(qtbot, Qt.Key.Key_P, ALT)  # Weitere Position
    qtbot.waitUntil(lambda: len(dialog.goods.rows) == 2)
    second = dialog.goods.rows[1]
    focus(qtbot, second.description)
    type_text("Stuhl")
    press(qtbot, Qt.Key.Key_Tab)
    assert isinstance(second.quantity, QSpinBox)
    focus(qtbot, second.quantity)
    second.quantity.selectAll()
    type_text("2")
    press(qtbot, Qt.Key.Key_Tab)
    type_text("6")
    qtbot.waitUntil(lambda: dialog.load_value.text().startswith("Ladung: 42,0 kg"))

    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.order is not None)
    order = dialog.order
    assert order is not None and order.kind == DeliveryKind.PICKUP
    assert order.fee_cents == 0 and order.sale_number is None
    assert [(x.description, x.quantity, x.weight_g) for x in order.lines] == [
        ("Kommode", 1, 30_000), ("Stuhl", 2, 6_000)]
    assert dialog.message.kind == MessageKind.SUCCESS and "Abholung" in dialog.message.text()
    assert dialog.slip_button.text() == "Abholschein &drucken"
    assert len(booked_events(backend)) == 1
    view = backend.query(volunteer, orders.get, order.number)
    assert (view.name, view.phone) == ("Jan Spender", "")

    press(qtbot, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    focus(qtbot, intake_area.main_input())
    assert intake_area.message.text().endswith(f"Abholung {order.number} gebucht.")


def test_a_pick_up_without_goods_is_refused(qtbot: QtBot, intake_area: IntakeArea,
                                           backend: Backend) -> None:
    """Only the address typed: Enter names the missing goods, nothing is booked."""
    dialog = open_pickup(qtbot, intake_area)
    focus(qtbot, dialog.name)
    type_text("Jan Spender")
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.message.kind == MessageKind.ERROR)
    assert booked_events(backend) == [] and dialog.name.text() == "Jan Spender"
    assert QApplication.focusWidget() is dialog.name


def test_the_overview_lists_the_pick_up_key(intake_area: IntakeArea) -> None:
    """F1 in the Annahme names F4 „Abholung…“."""
    found = {s.keys: s.what for s in collect_shortcuts(intake_area)}
    assert "Abholung…" in found["F4"]
