"""The Abschluss and Kasse areas of one till, side by side, for a day's work."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from app.hardware.protocols import PrinterDrawer
from app.hardware.simulated_printer import SimulatedPrinter
from app.services.checkout.flow import TillDevices
from app.services.intake import intake, lifecycle
from app.services.kernel.backend import Backend
from app.services.kernel.context import Actor
from app.ui.checkout.checkout_area import CheckoutArea
from app.ui.closing.closing_area import ClosingArea
from app.ui.shell.session import SessionState
from tests.helpers.ui_session import recording_session

DayFixture = tuple[ClosingArea, CheckoutArea, SessionState, list[str]]


@pytest.fixture
def day(qtbot: QtBot, backend: Backend, manager: Actor, volunteer: Actor,
        tmp_path: Path) -> Iterator[DayFixture]:
    codes = []
    for desc, price in (("Kommode", "40"), ("Stuhl", "12,50")):
        code = backend.call(volunteer, intake.take_in, intake.IntakeInput(
            category="Möbel", description=desc, price=price))[0].code
        backend.call(volunteer, lifecycle.move, code, "ready")
        codes.append(code)
    state, _ = recording_session(backend, tmp_path)
    ops = state.ops
    printer = SimulatedPrinter(tmp_path / "receipts")
    state.devices = TillDevices(printer, PrinterDrawer(printer))
    state.set_actor(manager)
    closing_area = ClosingArea(backend, state)
    till = CheckoutArea(backend, state, state.devices)
    for widget in (closing_area, till):
        qtbot.addWidget(widget)
        widget.resize(1366, 768)
    closing_area.show()
    qtbot.waitUntil(lambda: closing_area.state is not None)
    yield closing_area, till, state, codes
    ops.wait_for_done()
