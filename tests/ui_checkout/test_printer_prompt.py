"""Paper out at the Kasse: the window asks „Papier einlegen und erneut drucken?“ (Ja/Nein)."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from app.hardware.protocols import PrinterStatus
from app.services.kernel.backend import Backend
from app.ui.checkout.checkout_area import CheckoutArea
from app.ui.kit.operator_prompt import QtOperatorPrompt
from tests.helpers.keyboard import burst as scan
from tests.helpers.keyboard import press, type_text
from tests.helpers.translation import translated
from tests.ui_checkout.test_checkout_area import counts, key, stock, till

__all__ = ["stock", "till"]  # fixtures used by the tests below
pytestmark = pytest.mark.usefixtures("open_till")
QUESTION = "Der Bondrucker hat kein Papier mehr. Papier einlegen und erneut drucken?"


def prompt_for(till: CheckoutArea) -> QtOperatorPrompt:
    prompt = QtOperatorPrompt(till, till.notifier)  # type: ignore[attr-defined]
    till.devices.prompt = prompt
    return prompt


def sell_book_with_keys(qtbot: QtBot, till: CheckoutArea, code: str) -> None:
    """Scan, F12, type 2,50 into the payment dialog, Enter: the sale commits and prints."""
    scan(till, code)
    qtbot.waitUntil(lambda: len(till.cart.lines) == 1)
    key(till, Qt.Key.Key_F12)
    qtbot.waitUntil(lambda: till.dialog is not None and till.dialog.isVisible())
    qtbot.waitUntil(lambda: QApplication.focusWidget() is till.dialog.amount)
    type_text("2,50")
    press(qtbot, Qt.Key.Key_Return)


def shown_question(qtbot: QtBot, prompt: QtOperatorPrompt) -> QMessageBox:
    qtbot.waitUntil(lambda: prompt.box is not None and prompt.box.isVisible())
    box = prompt.box
    assert box is not None
    qtbot.waitUntil(lambda: QApplication.focusWidget() is box.defaultButton())
    return box


def test_enter_after_new_paper_prints_the_receipt_once(
        qtbot: QtBot, till: CheckoutArea, stock: list[str], backend: Backend) -> None:
    """Paper out: the question is shown; paper back in, Enter (Ja) prints the receipt once."""
    printer = till.printer  # type: ignore[attr-defined]
    prompt = prompt_for(till)
    printer.set_status(PrinterStatus.PAPER_OUT)
    sell_book_with_keys(qtbot, till, stock[1])
    box = shown_question(qtbot, prompt)
    assert box.text() == QUESTION
    assert box.windowTitle() == "Bondrucker"
    assert {b.text() for b in box.buttons()} == {"&Ja", "&Nein"}
    assert counts(backend)[0] == 1 and printer.files == []  # committed before printing
    printer.set_status(PrinterStatus.OK)
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "Bon 1 gespeichert" in till.message.text())
    assert len(printer.files) == 1 and "Krimi" in printer.last_text
    assert "KOPIE" not in printer.last_text
    assert till.notifier.errors == []  # type: ignore[attr-defined]
    assert prompt.box is None


def test_escape_keeps_the_sale_and_offers_a_reprint(
        qtbot: QtBot, till: CheckoutArea, stock: list[str], backend: Backend) -> None:
    """Escape (Nein): nothing printed, the sale is kept, the message names „Nachdruck“."""
    printer = till.printer  # type: ignore[attr-defined]
    prompt = prompt_for(till)
    printer.set_status(PrinterStatus.PAPER_OUT)
    sell_book_with_keys(qtbot, till, stock[1])
    shown_question(qtbot, prompt)
    press(qtbot, Qt.Key.Key_Escape)
    notifier = till.notifier  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: bool(notifier.errors))
    assert "kein Papier mehr" in notifier.errors[-1]
    assert "gespeichert" in notifier.errors[-1] and "Nachdruck" in notifier.errors[-1]
    assert counts(backend)[0] == 1 and printer.files == []
    assert till.buttons["reprint"].isEnabled()


def test_closing_the_window_cancels_a_waiting_question(
        qtbot: QtBot, till: CheckoutArea, stock: list[str], backend: Backend) -> None:
    """A worker waiting for an answer is released when the window closes; no later question."""
    printer = till.printer  # type: ignore[attr-defined]
    prompt = prompt_for(till)
    printer.set_status(PrinterStatus.PAPER_OUT)
    sell_book_with_keys(qtbot, till, stock[1])
    shown_question(qtbot, prompt)
    till.close()
    assert till.session.ops.wait_for_done(5000)
    qtbot.waitUntil(lambda: not till.session.ops.busy)
    assert counts(backend)[0] == 1 and printer.files == []
    assert prompt.ask_retry(QUESTION) is False  # answered at once after closing


def test_a_question_asked_on_the_gui_thread_does_not_deadlock(
        qtbot: QtBot, till: CheckoutArea) -> None:
    """Asked from the GUI thread itself, the box runs modally; Escape answers Nein."""
    prompt = prompt_for(till)
    answers: list[bool] = []

    def escape_when_shown() -> None:
        box = prompt.box
        if box is None or QApplication.focusWidget() is not box.defaultButton():
            QTimer.singleShot(10, escape_when_shown)
            return
        press(qtbot, Qt.Key.Key_Escape)

    QTimer.singleShot(0, escape_when_shown)
    answers.append(prompt.ask_retry(QUESTION))
    assert answers == [False]
    assert threading.current_thread() is threading.main_thread()


def test_the_question_box_speaks_english(qtbot: QtBot, till: CheckoutArea,
                                         qapp: QApplication) -> None:
    """With the English translation the buttons read Yes/No (the question stays as sent)."""
    with translated(qapp, "en") as translators:
        assert translators, "the English translation did not load"
        prompt = prompt_for(till)
        answers: list[bool] = []
        worker = threading.Thread(target=lambda: answers.append(prompt.ask_retry(QUESTION)))
        worker.start()
        box = shown_question(qtbot, prompt)
        assert box.windowTitle() == "Receipt printer"
        assert {b.text() for b in box.buttons()} == {"&Yes", "&No"}
        press(qtbot, Qt.Key.Key_Return)
        worker.join(5)
        assert answers == [True]


def test_half_printed_receipt_is_one_sentence(
        qtbot: QtBot, till: CheckoutArea, stock: list[str], backend: Backend) -> None:
    """Paper runs out in the middle of the receipt: exactly one message, booked and reprint."""
    printer = till.printer  # type: ignore[attr-defined]
    assert till.devices.prompt is None
    printer.after_job = PrinterStatus.PAPER_OUT
    sell_book_with_keys(qtbot, till, stock[1])
    notifier = till.notifier  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: bool(notifier.errors))
    assert notifier.errors == ["Verkauf gebucht; der Bon wurde nicht vollständig gedruckt – "
                               "bitte „Nachdruck“ wählen."]
    assert till.message.text() == "" and counts(backend)[0] == 1
