"""A delivery booked at the Kasse with the keyboard alone: from the sale just finished or
from an earlier receipt; refusals in German with every field kept; the load checked while
typing; Enter books exactly once; the slip goes to the print dialog."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from app.db.models import OutboxEvent, Sale
from app.services.catalog import categories
from app.services.delivery import orders
from app.services.impact.keys import SERVICE
from app.services.kernel.backend import Backend
from app.services.kernel.context import Actor
from app.sync_schema.enums import EventType
from app.ui.checkout.checkout_area import CheckoutArea
from app.ui.delivery.delivery_dialog import DeliveryDialog
from app.ui.kit.message_line import MessageKind
from app.ui.kit.shortcut_overview import collect_shortcuts
from tests.helpers.keyboard import press, type_text
from tests.impact.helpers import unknown_category
from tests.ui_checkout.test_checkout_area import key, type_keys
from tests.ui_delivery.conftest import NEAR

ALT = Qt.KeyboardModifier.AltModifier


def booked_events(backend: Backend) -> list[dict[str, object]]:
    with backend.read() as ctx:
        rows = ctx.session.scalars(select(OutboxEvent).where(
            OutboxEvent.type == EventType.DELIVERY_BOOKED))
        return [json.loads(r.payload) if isinstance(r.payload, str) else r.payload
                for r in rows]


def receipt_numbers(backend: Backend) -> list[int]:
    with backend.db.read() as s:
        return list(s.scalars(select(Sale.receipt_number).order_by(Sale.id)))


def sell_by_keys(qtbot: QtBot, till: CheckoutArea, *lines: tuple[str, Qt.Key]) -> None:
    """Each (typed, category key) booked, then F12 and 500 Enter: the finished sale."""
    for typed, category_key in lines:
        before = len(till.cart.lines)
        if typed:
            type_keys(qtbot, till, typed)
        key(till, category_key)
        qtbot.waitUntil(lambda n=before: len(till.cart.lines) == n + 1)
    key(till, Qt.Key.Key_F12)
    qtbot.waitUntil(lambda: till.dialog is not None and till.dialog.isVisible())
    payment = till.dialog
    qtbot.waitUntil(lambda: QApplication.focusWidget() is payment.amount)
    type_text("500")
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "Rückgeld" in till.change.text())
    qtbot.waitUntil(lambda: QApplication.focusWidget() is till.input)


def sofa_and_two_lamps(qtbot: QtBot, till: CheckoutArea) -> None:
    """Möbel (F1) at its 25,00 and 2 × Lampen (F8) at their 8,00."""
    sell_by_keys(qtbot, till, ("", Qt.Key.Key_F1), ("2*", Qt.Key.Key_F8))


def open_by_keys(qtbot: QtBot, till: CheckoutArea) -> DeliveryDialog:
    """Alt+L in the focused till input (the mnemonic animates its click)."""
    press(qtbot, Qt.Key.Key_L, ALT)
    qtbot.waitUntil(lambda: isinstance(till.dialog, DeliveryDialog) and till.dialog.isVisible())
    dialog = till.dialog
    assert isinstance(dialog, DeliveryDialog)
    qtbot.waitExposed(dialog)
    return dialog


def focus(qtbot: QtBot, widget: QWidget) -> None:
    qtbot.waitUntil(lambda: QApplication.focusWidget() is widget)


def type_address(qtbot: QtBot, dialog: DeliveryDialog, postcode: str = "59821") -> None:
    """From the name field, Tab by Tab: address, coordinates, note, today 14–16 Uhr."""
    focus(qtbot, dialog.name)
    for text in ("Erika Muster", "Hauptstraße 5", postcode, "Arnsberg", "02931 12345", NEAR,
                 "3. Stock, kein Aufzug"):
        type_text(text)
        press(qtbot, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is dialog.day
    press(qtbot, Qt.Key.Key_Tab)
    type_text("14:00")
    press(qtbot, Qt.Key.Key_Tab)
    type_text("16:00")


@pytest.mark.usefixtures("open_till")
def test_the_sale_just_finished_is_delivered_by_keyboard(
        qtbot: QtBot, till: CheckoutArea, backend: Backend, cashier: Actor,
        printed: list[tuple[object, str]]) -> None:
    """Sofa and two lamps sold; Alt+L shows their weights; a four-digit postcode is refused
    in German with every field kept; fixed, Enter (twice) books one order; Enter prints the
    slip, Escape goes back to the till."""
    sofa_and_two_lamps(qtbot, till)
    dialog = open_by_keys(qtbot, till)
    qtbot.waitUntil(lambda: dialog.sale_id is not None)
    assert dialog.receipt.text() == str(receipt_numbers(backend)[-1])
    rows = dialog.goods.rows
    assert [(r.count, r.weight.text(), r.volume.text()) for r in rows] == [
        (1, "29,81", "600"), (2, "2,68", "40")]
    qtbot.waitUntil(lambda: dialog.load_value.text() == "Ladung: 35,2 kg, 680 l · 1 Fahrt")

    type_address(qtbot, dialog, postcode="5982")
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.message.kind == MessageKind.ERROR)
    assert "„5982“ ist keine deutsche Postleitzahl" in dialog.message.text()
    assert booked_events(backend) == []
    assert (dialog.name.text(), dialog.street.text(), dialog.coordinates.text(),
            dialog.window_from.text(), dialog.window_to.text()) == (
        "Erika Muster", "Hauptstraße 5", NEAR, "14:00", "16:00")

    press(qtbot, Qt.Key.Key_L, ALT)  # P&LZ: the postcode, its text selected
    focus(qtbot, dialog.postcode)
    type_text("59821")
    assert dialog.postcode.text() == "59821"
    press(qtbot, Qt.Key.Key_Return)
    press(qtbot, Qt.Key.Key_Return)  # impatient: books nothing more
    qtbot.waitUntil(lambda: dialog.order is not None)
    till.session.ops.wait_for_done()
    qtbot.wait(50)
    assert dialog.order is not None
    number = dialog.order.number
    assert number == "L01-000001"
    assert dialog.message.kind == MessageKind.SUCCESS
    assert number in dialog.message.text() and "14:00–16:00" in dialog.message.text()
    sent = booked_events(backend)
    assert len(sent) == 1 and sent[0]["name"] == "Erika Muster"
    view = backend.query(cashier, orders.get, number)
    assert view.sale_number == str(receipt_numbers(backend)[-1])
    assert [(x.quantity, x.weight_g, x.volume_l) for x in view.lines] == [
        (1, 29_810, 600), (2, 2_680, 40)]
    assert (view.postcode, view.phone, view.fee_cents) == ("59821", "02931 12345", 900)

    focus(qtbot, dialog.slip_button)
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: len(printed) == 1)
    path, title = printed[0]
    assert title == "Lieferschein drucken"
    assert path.read_bytes().startswith(b"%PDF")  # type: ignore[attr-defined]
    assert len(booked_events(backend)) == 1

    press(qtbot, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    focus(qtbot, till.input)
    # This store has no fee category yet: the booking stands, the till says what is missing.
    qtbot.waitUntil(lambda: "Warengruppe „Lieferung“" in till.message.text())
    assert f"Lieferung {number} gebucht." in till.message.text()
    assert till.message.kind == MessageKind.WARNING and not till.cart.lines


@pytest.mark.usefixtures("open_till")
def test_the_fee_is_in_the_next_cart_and_paid_with_f12(
        qtbot: QtBot, till: CheckoutArea, backend: Backend, manager: Actor,
        printed: list[tuple[object, str]]) -> None:
    """With the store's fee category, booking puts the 9,00 € fee into the cart; F12 and
    Enter take it as a sale of its own."""
    backend.call(manager, categories.save_category, categories.CategoryData(
        name="Lieferung", impact_key=SERVICE))
    till.reload()
    qtbot.waitUntil(lambda: any(c.name == "Lieferung" for c in till.categories))
    # A service without an F key gets no category key (the keys are for goods).
    assert not any("Lieferung" in b.text() for b in till.keys.buttons.values())
    sofa_and_two_lamps(qtbot, till)
    sales_before = len(receipt_numbers(backend))
    dialog = open_by_keys(qtbot, till)
    qtbot.waitUntil(lambda: dialog.sale_id is not None)
    type_address(qtbot, dialog)
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.order is not None)
    press(qtbot, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    qtbot.waitUntil(lambda: len(till.cart.lines) == 1)
    line = till.cart.lines[0]
    assert (line.description, line.unit_price_cents) == ("Lieferung", 900)
    assert "Die Liefergebühr 9,00\xa0€ ist im Warenkorb" in till.message.text()
    focus(qtbot, till.input)
    key(till, Qt.Key.Key_F12)
    qtbot.waitUntil(lambda: till.dialog is not None and till.dialog.isVisible())
    payment = till.dialog
    qtbot.waitUntil(lambda: QApplication.focusWidget() is payment.amount)
    type_text("10")
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: len(receipt_numbers(backend)) == sales_before + 1)
    qtbot.waitUntil(lambda: "Rückgeld: 1,00" in till.change.text())
    assert not till.cart.lines


@pytest.mark.usefixtures("open_till")
def test_a_load_too_big_for_one_trip_is_split_and_said(
        qtbot: QtBot, till: CheckoutArea, backend: Backend) -> None:
    """Three wardrobes (3 × 600 l on a 1500 l trailer): the warning shows while typing and
    stays with the booked order, which needs two trips."""
    sell_by_keys(qtbot, till, ("3*", Qt.Key.Key_F1))
    dialog = open_by_keys(qtbot, till)
    qtbot.waitUntil(lambda: dialog.load_note.kind == MessageKind.WARNING)
    assert "auf 2 Fahrten verteilt" in dialog.load_note.text()
    assert dialog.load_value.text().endswith("· 2 Fahrten")
    type_address(qtbot, dialog)
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.order is not None)
    assert dialog.order is not None and dialog.order.trips == 2
    assert dialog.message.kind == MessageKind.WARNING
    assert "auf 2 Fahrten verteilt" in dialog.message.text()
    assert dialog.order.number in dialog.message.text()
    assert len(booked_events(backend)) == 1


@pytest.mark.usefixtures("open_till")
def test_a_piece_no_vehicle_takes_is_refused_while_typing(
        qtbot: QtBot, till: CheckoutArea, backend: Backend) -> None:
    """A sofa corrected to 250 kg: no vehicle takes it, said at once and again on Enter;
    nothing is booked."""
    sell_by_keys(qtbot, till, ("", Qt.Key.Key_F1))
    dialog = open_by_keys(qtbot, till)
    qtbot.waitUntil(lambda: dialog.sale_id is not None)
    type_address(qtbot, dialog)
    weight = dialog.goods.rows[0].weight
    press(qtbot, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is dialog.fee
    press(qtbot, Qt.Key.Key_Tab)  # the goods come after the fee
    focus(qtbot, weight)
    type_text("250")
    qtbot.waitUntil(lambda: dialog.load_note.kind == MessageKind.ERROR)
    assert "passt auf kein Fahrzeug" in dialog.load_note.text()
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.message.kind == MessageKind.ERROR)
    assert "passt auf kein Fahrzeug" in dialog.message.text()
    assert dialog.order is None and booked_events(backend) == []
    assert weight.text() == "250" and dialog.name.text() == "Erika Muster"


@pytest.mark.usefixtures("open_till")
def test_an_unknown_weight_must_be_typed(qtbot: QtBot, till: CheckoutArea, backend: Backend,
                                         manager: Actor) -> None:
    """Goods of a category without weight: the kg field is empty, the load open, Enter is
    refused until the weight is typed."""
    unknown_category(backend, manager, name="Krimskrams", weight_g=0)
    till.reload()
    qtbot.waitUntil(lambda: any(c.name == "Krimskrams" for c in till.categories))
    category = next(c for c in till.categories if c.name == "Krimskrams")
    till.input.setText("5")
    till.category_key(category.id)
    qtbot.waitUntil(lambda: len(till.cart.lines) == 1)
    sell_by_keys(qtbot, till)
    dialog = open_by_keys(qtbot, till)
    qtbot.waitUntil(lambda: dialog.sale_id is not None)
    qtbot.waitUntil(lambda: dialog.load_note.kind == MessageKind.INFO)
    assert "Gewicht von „Krimskrams“ ist unbekannt" in dialog.load_note.text()
    assert dialog.goods.rows[0].weight.text() == ""
    type_address(qtbot, dialog)
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.message.kind == MessageKind.ERROR)
    assert "ist unbekannt: bitte eintragen" in dialog.message.text()
    dialog.goods.rows[0].weight.setFocus()
    focus(qtbot, dialog.goods.rows[0].weight)
    type_text("12,5")
    qtbot.waitUntil(lambda: dialog.load_value.text().startswith("Ladung: 12,5 kg"))
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.order is not None)
    assert dialog.order is not None and dialog.order.lines[0].weight_g == 12_500
    assert len(booked_events(backend)) == 1


@pytest.mark.usefixtures("open_till")
def test_an_earlier_receipt_is_delivered_by_its_number(
        qtbot: QtBot, till: CheckoutArea, backend: Backend) -> None:
    """Two sales; the dialog offers the last one, Alt+B and the first receipt's number with
    Enter bring that one's goods; an unknown number is said and changes nothing."""
    sell_by_keys(qtbot, till, ("", Qt.Key.Key_F1))
    sell_by_keys(qtbot, till, ("2*", Qt.Key.Key_F8))
    first, last = receipt_numbers(backend)
    dialog = open_by_keys(qtbot, till)
    qtbot.waitUntil(lambda: dialog.receipt_number == last)
    assert [r.description.text() for r in dialog.goods.rows] == ["Lampen"]
    press(qtbot, Qt.Key.Key_B, ALT)
    focus(qtbot, dialog.receipt)
    type_text("9999")
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.message.kind == MessageKind.ERROR)
    assert "Keinen Bon mit „9999“ gefunden" in dialog.message.text()
    assert dialog.receipt_number == last and booked_events(backend) == []
    dialog.receipt.selectAll()
    type_text(str(first))
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.receipt_number == first)
    assert [r.description.text() for r in dialog.goods.rows] == ["Möbel"]
    assert booked_events(backend) == []


@pytest.mark.usefixtures("open_till")
def test_escape_books_nothing(qtbot: QtBot, till: CheckoutArea, backend: Backend) -> None:
    """Typed half an address, Escape: no order, the keys back in the till input."""
    sofa_and_two_lamps(qtbot, till)
    dialog = open_by_keys(qtbot, till)
    focus(qtbot, dialog.name)
    type_text("Erika Muster")
    press(qtbot, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    focus(qtbot, till.input)
    till.session.ops.wait_for_done()
    assert booked_events(backend) == []


def test_the_overview_lists_the_delivery_key(till: CheckoutArea) -> None:
    """Strg+F1 in the Kasse names Alt+L „Lieferung…“ beside the other till keys."""
    found = {(s.keys, s.what) for s in collect_shortcuts(till)}
    assert ("Alt+L", "Lieferung…") in found
    assert till.buttons["delivery"].isEnabled()
