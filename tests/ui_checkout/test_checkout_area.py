"""Whole sales at the Kasse driven by keyboard events only, real DB, simulated printer."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from app.db.models import Payment, Sale, SaleLine
from app.hardware.protocols import PrinterDrawer, PrinterStatus
from app.hardware.simulated_printer import SimulatedPrinter
from app.services.checkout.flow import TillDevices
from app.services.intake import intake, item_codes, lifecycle
from app.services.kernel.backend import Backend
from app.services.kernel.context import Actor
from app.ui.checkout.checkout_area import CheckoutArea
from app.ui.checkout.returns_dialogs import ReturnDialog
from tests.helpers.clock import Ticks
from tests.helpers.keyboard import KEYS, burst
from tests.helpers.ui_session import recording_session

pytestmark = pytest.mark.usefixtures("open_till")


@pytest.fixture
def stock(backend: Backend, volunteer: Actor) -> list[str]:
    """Three ready items: a chair (12,00), a book (2,50), a kettle (8,00, tested)."""
    codes = []
    for cat, desc, price in (("Möbel", "Stuhl Buche", "12"), ("Bücher", "Krimi", "2,50"),
                             ("Elektrogeräte", "Wasserkocher", "8")):
        code = backend.call(volunteer, intake.take_in, intake.IntakeInput(
            category=cat, description=desc, price=price))[0].code
        if cat == "Elektrogeräte":
            backend.call(volunteer, lifecycle.record_safety_test, code, True, "Vera")
        backend.call(volunteer, lifecycle.move, code, "ready")
        codes.append(code)
    return codes


@pytest.fixture
def till(qtbot: QtBot, backend: Backend, cashier: Actor, stock: list[str],
         tmp_path: Path) -> Iterator[CheckoutArea]:
    state, notifier = recording_session(backend, tmp_path)
    ops = state.ops
    state.set_actor(cashier)
    printer = SimulatedPrinter(tmp_path / "receipts")
    area = CheckoutArea(backend, state, TillDevices(printer, PrinterDrawer(printer)))
    area.notifier = notifier  # type: ignore[attr-defined]
    area.printer = printer  # type: ignore[attr-defined]
    qtbot.addWidget(area)
    area.resize(1366, 768)
    area.show()
    qtbot.waitExposed(area)
    area.activateWindow()
    qtbot.waitUntil(lambda: len(area.keys.buttons) > 0)
    yield area
    ops.wait_for_done()


def type_keys(qtbot: QtBot, area: CheckoutArea, text: str) -> None:
    """Type into the Kasse's input like a person: 60 ms between keys on the wedge's clock."""
    handle = area.windowHandle()
    area.scanner.clock = ticks = Ticks()
    for ch in text:
        key = KEYS.get(ch) or {",": Qt.Key.Key_Comma, "*": Qt.Key.Key_Asterisk,
                               "%": Qt.Key.Key_Percent}[ch]
        QTest.keyClick(handle, key, Qt.KeyboardModifier.NoModifier)
        ticks.advance(0.060)
    qtbot.waitUntil(lambda: area.input.text().endswith(text))


def key(window: QWidget, k: Qt.Key, mods: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier
        ) -> None:
    QTest.keyClick(window.windowHandle(), k, mods)


def book_refund_with_keys(qtbot: QtBot, dialog: ReturnDialog) -> None:
    """Choose the first listed reason, press "Rückgabe buchen" and confirm with Enter."""
    dialog.reason.setFocus()
    qtbot.waitUntil(dialog.reason.hasFocus)
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Down)
    dialog.ok.setFocus()
    qtbot.waitUntil(dialog.ok.hasFocus)
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: dialog.confirm_dialog is not None
                    and dialog.confirm_dialog.isVisible())
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None
                    and QApplication.focusWidget().window() is dialog.confirm_dialog)
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)


def counts(backend: Backend) -> tuple[int, int, int]:
    with backend.db.read() as s:
        return tuple(s.scalar(select(func.count()).select_from(t)) or 0  # type: ignore[return-value]
                     for t in (Sale, SaleLine, Payment))


def test_whole_sale_with_keyboard_only(qtbot: QtBot, till: CheckoutArea, stock: list[str],
                                       backend: Backend) -> None:
    """Scan three items, type 3*1,50 + F3 (Bücher), F12, 50 Enter: change 23,00 €, receipt."""
    for code in stock:
        burst(till, code)
    qtbot.waitUntil(lambda: len(till.cart.lines) == 3)
    type_keys(qtbot, till, "3*1,50")
    key(till, Qt.Key.Key_F3)
    qtbot.waitUntil(lambda: len(till.cart.lines) == 4)
    assert till.cart.total_cents == 1200 + 250 + 800 + 450
    key(till, Qt.Key.Key_F12)
    qtbot.waitUntil(lambda: till.dialog is not None and till.dialog.isVisible())
    dialog = till.dialog
    QTest.keyClicks(dialog.amount, "50")
    QTest.keyClick(dialog.amount, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "Rückgeld" in till.change.text())
    assert "23,00" in till.change.text()
    printer = till.printer  # type: ignore[attr-defined]
    assert printer.files and "Wasserkocher" in printer.last_text
    assert printer.drawer_kicks == 1
    assert counts(backend) == (1, 4, 1)
    with backend.read() as ctx:
        assert intake.get_item(ctx, stock[0]).status == "sold"
    assert till.cart.lines == []


def test_sold_item_scanned_again_warns(qtbot: QtBot, till: CheckoutArea, stock: list[str]) -> None:
    """Scanning the same item twice warns in German and does not add it again."""
    burst(till, stock[0])
    qtbot.waitUntil(lambda: len(till.cart.lines) == 1)
    burst(till, stock[0])
    qtbot.waitUntil(lambda: "schon im Warenkorb" in till.message.text())
    assert len(till.cart.lines) == 1


def test_unknown_code_sells_with_typed_price(qtbot: QtBot, till: CheckoutArea,
                                             backend: Backend) -> None:
    """A code from another station: the cashier types the label's price; line kept for sync."""
    foreign = item_codes.make_code(7, 42)
    burst(till, foreign)
    qtbot.waitUntil(lambda: till.dialog is not None and till.dialog.isVisible())
    QTest.keyClicks(till.dialog.price, "7,50")
    till.dialog.accept()
    qtbot.waitUntil(lambda: len(till.cart.lines) == 1)
    line = till.cart.lines[0]
    assert (line.item_code, line.unit_price_cents, line.needs_reconciliation) == (foreign, 750,
                                                                                  True)
    till._complete([__import__("app.services.checkout.checkout", fromlist=["cash"]).cash(750)])
    qtbot.waitUntil(lambda: counts(backend)[0] == 1)
    with backend.db.read() as s:
        row = s.scalars(select(SaleLine)).one()
    assert row.item_code == foreign and row.needs_reconciliation


@pytest.mark.parametrize(("typed", "message"), [
    ("0", "über 0 €"), ("99999", "unrealistisch hoch"), ("abc", "keine gültige Zahl"),
])
def test_bad_category_price_keeps_input(qtbot: QtBot, till: CheckoutArea, typed: str,
                                        message: str) -> None:
    """A bad price gives a German message; the cart is unchanged and the typing kept."""
    till.input.setText(typed)
    till.category_key(till.categories[0].id)
    qtbot.waitUntil(lambda: till.message.text() != "")
    assert till.cart.lines == []
    assert till.input.text() == typed
    assert message in till.message.text()


def test_return_one_line(qtbot: QtBot, till: CheckoutArea, stock: list[str],
                         backend: Backend) -> None:
    """After a sale, the receipt code is scanned in Rückgabe; one line is refunded in cash."""
    from app.services.checkout import checkout
    for code in stock[:2]:
        burst(till, code)
    qtbot.waitUntil(lambda: len(till.cart.lines) == 2)
    till._complete([checkout.cash(1450)])
    qtbot.waitUntil(lambda: counts(backend)[0] == 1)
    key(till, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: till.dialog is not None and till.dialog.isVisible())
    dialog = till.dialog
    with backend.db.read() as s:
        number = s.scalar(select(Sale.receipt_number))
    QTest.keyClicks(dialog.search, str(number))
    QTest.keyClick(dialog.search, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.sale is not None)
    dialog.choose(1)
    book_refund_with_keys(qtbot, dialog)
    qtbot.waitUntil(lambda: counts(backend)[0] == 2)
    with backend.db.read() as s:
        refund = s.scalars(select(Sale).where(Sale.kind == "refund")).one()
        assert refund.total_cents == -1200 and refund.note == "Defekt"
    with backend.read() as ctx:
        assert intake.get_item(ctx, stock[0]).status == "ready"


def test_printer_out_of_paper_keeps_sale_and_reprints(qtbot: QtBot, till: CheckoutArea,
                                                      stock: list[str], backend: Backend) -> None:
    """Paper out: the sale is committed, the user is told, and a reprint works later."""
    from app.services.checkout import checkout
    printer = till.printer  # type: ignore[attr-defined]
    printer.set_status(PrinterStatus.PAPER_OUT)
    burst(till, stock[1])
    qtbot.waitUntil(lambda: len(till.cart.lines) == 1)
    till._complete([checkout.cash(250)])
    notifier = till.notifier  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: bool(notifier.errors))
    assert counts(backend)[0] == 1 and "gespeichert" in notifier.errors[-1]
    printer.set_status(PrinterStatus.OK)
    key(till, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: "KOPIE" in printer.last_text)


def test_park_and_resume(qtbot: QtBot, till: CheckoutArea, stock: list[str]) -> None:
    """A parked cart comes back with its lines."""
    burst(till, stock[0])
    qtbot.waitUntil(lambda: len(till.cart.lines) == 1)
    # The scan worker adds the line before the GUI thread enables "Parken" (issue 11,
    # section 4: the cart changes on two threads); a shortcut of a disabled button is lost.
    qtbot.waitUntil(till.buttons["park"].isEnabled)
    key(till, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: till.cart.lines == [])
    till.resume()
    qtbot.waitUntil(lambda: till.dialog is not None and till.dialog.isVisible())
    till.dialog.accept()
    qtbot.waitUntil(lambda: len(till.cart.lines) == 1)
    assert till.cart.lines[0].item_code == stock[0]
    assert QApplication.instance() is not None


def test_return_found_by_date(qtbot: QtBot, till: CheckoutArea, stock: list[str],
                              backend: Backend) -> None:
    """Without the receipt: list the day's sales, pick one, refund a line."""
    from app.services.checkout import checkout
    burst(till, stock[1])
    qtbot.waitUntil(lambda: len(till.cart.lines) == 1)
    till._complete([checkout.cash(250)])
    qtbot.waitUntil(lambda: counts(backend)[0] == 1)
    dialog = till.open_returns()
    dialog.list_day()
    qtbot.waitUntil(lambda: dialog.day_list.count() == 1)
    dialog._pick_from_day()
    qtbot.waitUntil(lambda: dialog.sale is not None)
    dialog.choose(1)
    book_refund_with_keys(qtbot, dialog)
    qtbot.waitUntil(lambda: counts(backend)[0] == 2)


@pytest.mark.parametrize("clock", [datetime(2028, 2, 29, 23, 30, tzinfo=UTC)], indirect=True)
def test_return_by_date_defaults_to_the_berlin_day(qtbot: QtBot, till: CheckoutArea,
                                                   stock: list[str], backend: Backend) -> None:
    """At 00:30 Berlin on 1 March (29 Feb in UTC) the day field says 01.03.2028 and the
    keyboard lists that sale; the next day has none."""
    from app.services.checkout import checkout
    burst(till, stock[1])
    qtbot.waitUntil(lambda: len(till.cart.lines) == 1)
    till._complete([checkout.cash(250)])
    qtbot.waitUntil(lambda: counts(backend)[0] == 1)
    key(till, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: till.dialog is not None and till.dialog.isVisible())
    dialog = till.dialog
    assert dialog.day.text() == "01.03.2028"
    dialog.day_button.setFocus()
    qtbot.waitUntil(dialog.day_button.hasFocus)
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: dialog.day_list.count() == 1)
    assert "00:30" in dialog.day_list.item(0).text()
    dialog.day_list.setFocus()
    qtbot.waitUntil(dialog.day_list.hasFocus)
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.sale is not None)
    dialog.day.setFocus()
    qtbot.waitUntil(dialog.day.hasFocus)
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Up)  # the day section: one on
    assert dialog.day.text() == "02.03.2028"
    dialog.day_button.setFocus()
    qtbot.waitUntil(dialog.day_button.hasFocus)
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: "keine Verkäufe" in dialog.info.text())
    assert dialog.day_list.count() == 0


def test_closed_till_is_announced(qtbot: QtBot, backend: Backend, cashier: Actor,
                                  manager: Actor, tmp_path: Path) -> None:
    """With the till closed the Kasse says so at once, and a sale is refused in German."""
    from app.services.cash import closing
    backend.call(manager, closing.close_session, {5000: 2})
    state, _ = recording_session(backend, tmp_path)
    ops = state.ops
    state.set_actor(cashier)
    printer = SimulatedPrinter(tmp_path / "receipts")
    area = CheckoutArea(backend, state, TillDevices(printer))
    qtbot.addWidget(area)
    area.show()
    qtbot.waitUntil(lambda: "geschlossen" in area.message.text())
    ops.wait_for_done()
