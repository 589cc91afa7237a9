"""Returns and parked carts as the cashier sees them: a required reason, the amount large,
one confirmation, a receipt that does not thank for a purchase, columns that are not cut."""

from __future__ import annotations

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QApplication, QStyle, QTableWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from app.db.models import Sale
from app.services.checkout import checkout
from app.services.kernel.backend import Backend
from app.ui.checkout.checkout_area import CheckoutArea
from app.ui.checkout.returns_dialogs import ReturnDialog
from app.ui.kit.message_line import MessageKind
from tests.helpers.keyboard import burst, press, type_text
from tests.ui_checkout.test_checkout_area import counts, key, stock, till

__all__ = ["stock", "till"]
pytestmark = pytest.mark.usefixtures("open_till")
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def focus_on(qtbot: QtBot, widget: object) -> None:
    widget.setFocus()  # type: ignore[attr-defined]
    qtbot.waitUntil(widget.hasFocus)  # type: ignore[attr-defined]


def sold_and_returning(qtbot: QtBot, till: CheckoutArea, codes: list[str],
                       backend: Backend) -> ReturnDialog:
    """Sell ``codes`` in cash, open Rückgabe with Ctrl+Shift+R and find the receipt by number."""
    for code in codes:
        burst(till, code)
    qtbot.waitUntil(lambda: len(till.cart.lines) == len(codes))
    till._complete([checkout.cash(till.cart.total_cents)])
    qtbot.waitUntil(lambda: counts(backend)[0] == 1)
    key(till, Qt.Key.Key_R, CTRL_SHIFT)
    qtbot.waitUntil(lambda: till.dialog is not None and till.dialog.isVisible())
    dialog: ReturnDialog = till.dialog
    assert_columns_fit(qtbot, dialog.table)  # the headers, before any receipt is shown
    with backend.db.read() as s:
        number = s.scalar(select(Sale.receipt_number))
    focus_on(qtbot, dialog.search)
    type_text(str(number))
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.sale is not None)
    return dialog


def tick(qtbot: QtBot, dialog: ReturnDialog, row: int) -> None:
    """Space on the row's "Zurück" box, as a person tabbing through the table would."""
    box = dialog.table.cellWidget(row, 0)
    focus_on(qtbot, box)
    press(qtbot, Qt.Key.Key_Space)


def test_refund_needs_a_reason_shows_amount_and_asks(qtbot: QtBot, till: CheckoutArea,
                                                     stock: list[str], backend: Backend) -> None:
    """No reason: refused in German, nothing booked. With one: the amount large, Escape on
    the question books nothing, Enter books it with the reason, on a receipt without thanks."""
    dialog = sold_and_returning(qtbot, till, stock[:2], backend)
    tick(qtbot, dialog, 0)
    assert "12,00" in dialog.amount.text() and dialog.amount.objectName() == "bigAmount"
    tick(qtbot, dialog, 1)
    assert "14,50" in dialog.amount.text()
    focus_on(qtbot, dialog.ok)
    press(qtbot, Qt.Key.Key_Space)
    assert dialog.message.kind == MessageKind.ERROR and "Grund" in dialog.message.text()
    assert dialog.confirm_dialog is None and counts(backend)[0] == 1
    focus_on(qtbot, dialog.reason)
    press(qtbot, Qt.Key.Key_Down)  # "Defekt"
    focus_on(qtbot, dialog.reason_text)
    type_text("Kratzer")
    focus_on(qtbot, dialog.ok)
    press(qtbot, Qt.Key.Key_Space)
    asked = dialog.confirm_dialog
    assert asked is not None
    qtbot.waitUntil(asked.isVisible)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is asked.confirm_button)
    assert "14,50" in asked.question.text() and "bar" in asked.question.text()
    assert "Defekt – Kratzer" in asked.summary.text()
    press(qtbot, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not shiboken6.isValid(asked) or not asked.isVisible())
    till.session.ops.wait_for_done()
    assert counts(backend)[0] == 1 and dialog.isVisible()
    focus_on(qtbot, dialog.ok)
    press(qtbot, Qt.Key.Key_Space)
    again = dialog.confirm_dialog
    assert again is not None and again is not asked
    qtbot.waitUntil(lambda: QApplication.focusWidget() is again.confirm_button)
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: counts(backend)[0] == 2)
    with backend.db.read() as s:
        refund = s.scalars(select(Sale).where(Sale.kind == "refund")).one()
    assert (refund.total_cents, refund.note) == (-1450, "Defekt – Kratzer")
    printer = till.printer  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: "RÜCKGABE" in printer.last_text)
    assert "Grund: Defekt – Kratzer" in printer.last_text
    assert "Vielen Dank" not in printer.last_text and "Einkauf" not in printer.last_text
    qtbot.waitUntil(lambda: QApplication.focusWidget() is till.input)


def test_typed_reason_alone_is_enough(qtbot: QtBot, till: CheckoutArea, stock: list[str],
                                      backend: Backend) -> None:
    """A reason typed without choosing one from the list is accepted as it is."""
    dialog = sold_and_returning(qtbot, till, stock[1:2], backend)
    tick(qtbot, dialog, 0)
    focus_on(qtbot, dialog.reason_text)
    type_text("Doppelt gekauft")
    focus_on(qtbot, dialog.ok)
    press(qtbot, Qt.Key.Key_Space)
    assert dialog.confirm_dialog is not None
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.confirm_dialog.confirm_button)
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: counts(backend)[0] == 2)
    with backend.db.read() as s:
        assert s.scalar(select(Sale.note).where(Sale.kind == "refund")) == "Doppelt gekauft"


def test_sale_receipt_still_thanks(qtbot: QtBot, till: CheckoutArea, stock: list[str],
                                   backend: Backend) -> None:
    """A sale's receipt keeps its thanks (only refunds and aborts drop it)."""
    burst(till, stock[1])
    qtbot.waitUntil(lambda: len(till.cart.lines) == 1)
    till._complete([checkout.cash(250)])
    printer = till.printer  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: "Vielen Dank für Ihren Einkauf" in printer.last_text)


# --- 8. nothing cut at 1366×768 -------------------------------------------------------------
def cut_texts(table: QTableWidget) -> list[str]:
    """Headers and cell texts that do not fit their column (would be elided), and columns
    that run out of the visible area."""
    header = table.horizontalHeader()
    style = table.style()
    head_fm, cell_fm = QFontMetrics(header.font()), QFontMetrics(table.font())
    head_pad = 2 * style.pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
    cell_pad = 2 * (style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, table) + 1)
    cut = []
    for column in range(table.columnCount()):
        width = header.sectionSize(column)
        title = table.horizontalHeaderItem(column).text()
        if head_fm.horizontalAdvance(title) + head_pad > width:
            cut.append(f"header {title!r} ({width}px)")
        for row in range(table.rowCount()):
            item = table.item(row, column)
            if item is not None and cell_fm.horizontalAdvance(item.text()) + cell_pad > width:
                cut.append(f"{item.text()!r} in {title!r} ({width}px)")
    if header.length() > table.viewport().width():
        cut.append(f"columns {header.length()}px wide, view {table.viewport().width()}px")
    return cut


def assert_columns_fit(qtbot: QtBot, table: QTableWidget) -> None:
    """Every header and every cell text fits its column once the layout has settled."""
    try:
        qtbot.waitUntil(lambda: not cut_texts(table), timeout=2000)
    except Exception:
        pytest.fail("cut at 1366×768: " + "; ".join(cut_texts(table)))


def test_return_dialog_columns_fit_at_1366(qtbot: QtBot, till: CheckoutArea,
                                           stock: list[str], backend: Backend,
                                           volunteer: object) -> None:
    """The return dialog fits the screen and shows item names and headers uncut."""
    from app.services.intake import intake, lifecycle
    long_name = "Kaffeevollautomat mit Milchaufschäumer, Edelstahl, generalüberholt"
    code = backend.call(volunteer, intake.take_in, intake.IntakeInput(  # type: ignore[arg-type]
        category="Möbel", description=long_name, price="89"))[0].code
    backend.call(volunteer, lifecycle.move, code, "ready")  # type: ignore[arg-type]
    dialog = sold_and_returning(qtbot, till, [stock[0], code], backend)
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 2)
    assert dialog.width() <= 1366 and dialog.height() <= 768
    assert_columns_fit(qtbot, dialog.table)


def test_parked_dialog_columns_fit_at_1366(qtbot: QtBot, till: CheckoutArea,
                                           stock: list[str]) -> None:
    """The parked-sales list has headers and shows a long note and the cashier uncut."""
    burst(till, stock[0])
    qtbot.waitUntil(lambda: len(till.cart.lines) == 1)
    qtbot.waitUntil(till.buttons["park"].isEnabled)
    till.input.setText("Frau Schneider holt das Portemonnaie aus dem Auto")
    key(till, Qt.Key.Key_P, CTRL_SHIFT)
    qtbot.waitUntil(lambda: till.cart.lines == [])
    key(till, Qt.Key.Key_O, CTRL_SHIFT)
    qtbot.waitUntil(lambda: till.dialog is not None and till.dialog.isVisible())
    dialog = till.dialog
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.list)
    assert dialog.width() <= 1366 and dialog.height() <= 768
    assert dialog.list.item(0, 1).text().startswith("Frau Schneider")
    assert_columns_fit(qtbot, dialog.list)
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: len(till.cart.lines) == 1)


def test_refund_by_keyboard_alone(qtbot: QtBot, till: CheckoutArea, stock: list[str],
                                  backend: Backend) -> None:
    """Found by number, the first line's box has the focus: Space ticks it, Tab walks the
    line's boxes and leaves the table (not cell by cell, as found in the real window),
    Alt+G reaches the reason, Alt+B books; nothing set by hand."""
    dialog = sold_and_returning(qtbot, till, stock[:2], backend)
    qtbot.waitUntil(lambda: dialog.table.cellWidget(0, 0).hasFocus())
    press(qtbot, Qt.Key.Key_Space)
    assert "12,00" in dialog.amount.text()
    for _ in range(dialog.table.rowCount() * 3):  # take, quantity, restock of each line
        press(qtbot, Qt.Key.Key_Tab)
    focused = QApplication.focusWidget()
    assert focused is not None and not dialog.table.isAncestorOf(focused)
    assert focused is not dialog.table
    press(qtbot, Qt.Key.Key_G, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(dialog.reason.hasFocus)
    press(qtbot, Qt.Key.Key_Down)  # "Defekt"
    press(qtbot, Qt.Key.Key_B, Qt.KeyboardModifier.AltModifier)  # an animated click
    qtbot.waitUntil(lambda: dialog.confirm_dialog is not None)
    asked = dialog.confirm_dialog
    assert asked is not None
    qtbot.waitUntil(lambda: QApplication.focusWidget() is asked.confirm_button)
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: counts(backend)[0] == 2)
    with backend.db.read() as s:
        refund = s.scalars(select(Sale).where(Sale.kind == "refund")).one()
    assert (refund.total_cents, refund.note) == (-1200, "Defekt")
