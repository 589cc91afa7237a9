"""Deliveries on screen: the Kasse of a cashier, the Annahme of a volunteer and the main
window of a manager, each over a real till with an open session; the print dialog is
replaced by a recorder (offscreen there is no printer to choose)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from app.device_setup import DeviceHub
from app.hardware.protocols import PrinterDrawer
from app.hardware.simulated_printer import SimulatedPrinter
from app.services.checkout.flow import TillDevices
from app.services.kernel.backend import Backend
from app.services.kernel.context import Actor
from app.ui.checkout.checkout_area import CheckoutArea
from app.ui.delivery import slip_output
from app.ui.intake.intake_area import IntakeArea
from app.ui.shell.main_window import MainWindow
from app.ui.shell.session import SessionState
from tests.helpers.keyboard import idle
from tests.helpers.ui_session import recording_session

NEAR = "51,4050 8,0600"  # about 1 km from the store in Arnsberg


@pytest.fixture
def printed(monkeypatch: pytest.MonkeyPatch) -> list[tuple[Path, str]]:
    """The PDFs handed to the print dialog, with its title (the dialog says yes)."""
    found: list[tuple[Path, str]] = []

    def record(pdf: Path, _parent: QWidget | None, title: str = "") -> bool:
        found.append((pdf, title))
        return True

    monkeypatch.setattr(slip_output, "print_pdf_with_dialog", record)
    return found


@pytest.fixture
def till(qtbot: QtBot, backend: Backend, cashier: Actor, tmp_path: Path,
         open_till: None) -> Iterator[CheckoutArea]:
    """The Kasse of Kai (cashier) on a simulated printer, shown at 1366×768."""
    state, notifier = recording_session(backend, tmp_path)
    state.set_actor(cashier)
    printer = SimulatedPrinter(tmp_path / "receipts")
    area = CheckoutArea(backend, state, TillDevices(printer, PrinterDrawer(printer)))
    area.notifier = notifier  # type: ignore[attr-defined]
    qtbot.addWidget(area)
    area.resize(1366, 768)
    area.show()
    qtbot.waitExposed(area)
    area.activateWindow()
    qtbot.waitUntil(lambda: len(area.keys.buttons) > 0)
    yield area
    state.ops.wait_for_done()


@pytest.fixture
def intake_area(qtbot: QtBot, backend: Backend, volunteer: Actor,
                tmp_path: Path) -> Iterator[IntakeArea]:
    """The Annahme of Vera (volunteer)."""
    state, _notifier = recording_session(backend, tmp_path)
    state.set_actor(volunteer)
    view = IntakeArea(backend, state)
    qtbot.addWidget(view)
    view.resize(1366, 700)
    view.show()
    view.activateWindow()
    qtbot.waitUntil(lambda: view.form.category.count() > 0)
    yield view
    state.ops.wait_for_done()


@pytest.fixture
def recorded(backend: Backend, tmp_path: Path, open_till: None) -> Iterator[SessionState]:
    state, _notifier = recording_session(backend, tmp_path)
    state.attach_devices(DeviceHub(state.settings, tmp_path / "receipts", True))
    yield state
    state.ops.wait_for_done()


@pytest.fixture
def window(qtbot: QtBot, backend: Backend, recorded: SessionState) -> Iterator[MainWindow]:
    """The main window, shown at 1366×736; log someone in with ``recorded.set_actor``."""
    win = MainWindow(backend, recorded)
    qtbot.addWidget(win)
    win.resize(1366, 736)
    win.show()
    qtbot.waitExposed(win)
    win.activateWindow()
    yield win
    win.status.timer.stop()
    idle(qtbot, recorded)
