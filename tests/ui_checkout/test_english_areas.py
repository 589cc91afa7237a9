"""With the English translation the Annahme, Kasse and Abschluss areas speak English."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app.hardware.protocols import PrinterDrawer
from app.hardware.simulated_printer import SimulatedPrinter
from app.services.checkout.flow import TillDevices
from app.services.kernel.backend import Backend
from app.services.kernel.context import Actor
from app.ui.checkout.checkout_area import CheckoutArea
from app.ui.checkout.payment_dialog import PaymentDialog
from app.ui.closing.closing_area import ClosingArea
from app.ui.intake.intake_area import IntakeArea
from tests.helpers.translation import translated
from tests.helpers.ui_session import recording_session


@pytest.fixture
def english(qapp: QApplication) -> Iterator[None]:
    with translated(qapp, "en") as translators:
        assert translators, "the English translation did not load"
        yield


def test_areas_in_english(qtbot: QtBot, english: None, backend: Backend, manager: Actor,
                          tmp_path: Path) -> None:
    """Buttons, fields and dialogs of the three work areas come out in English."""
    state, _ = recording_session(backend, tmp_path)
    ops = state.ops
    printer = SimulatedPrinter(tmp_path / "receipts")
    state.devices = TillDevices(printer, PrinterDrawer(printer))
    state.set_actor(manager)
    intake_area = IntakeArea(backend, state)
    till = CheckoutArea(backend, state, state.devices)
    closing_area = ClosingArea(backend, state)
    payment = PaymentDialog(1250)
    for widget in (intake_area, till, closing_area, payment):
        qtbot.addWidget(widget)
    try:
        assert intake_area.form.save_button.text() == "Save\n(Enter)"
        assert intake_area.test_button.text() == "Safety test F7"
        assert intake_area.queue.title() == "Label queue"

        assert till.buttons["pay"].text().startswith("Pay\n")
        assert till.buttons["park"].text().startswith("Park\n")
        assert till.buttons["resume"].text().startswith("Resume\n")
        assert till.input.placeholderText().startswith("Price")

        assert payment.windowTitle() == "Pay"
        assert payment.exact_button.text() == "Exact"
        assert payment.card_button.text() == "Card (Ctrl+K)"

        assert closing_area.open_button.text() == "Open till"
        assert closing_area.close_button.text() == "Close the day (Z report)"
        assert closing_area.x_button.text() == "X report"
    finally:
        ops.wait_for_done()
