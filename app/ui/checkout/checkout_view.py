"""The Kasse area of the main window (built in ``app.ui.checkout``)."""

from __future__ import annotations

import logging
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QPushButton, QWidget

from app.device_setup import make_devices, make_serial_scanner
from app.hardware.printer_status import PAPER_NEAR_END
from app.hardware.simulated_scanner import SimulatedScanner
from app.services.checkout.flow import SaleOutcome
from app.ui.checkout.checkout_area import CheckoutArea
from app.ui.checkout.serial_scan_bridge import SerialScanBridge
from app.ui.checkout.simulated_scan_dialog import SimulatedScanDialog
from app.ui.shell.session import SessionState

if TYPE_CHECKING:
    from app.services.kernel.backend import Backend

log = logging.getLogger(__name__)


class CheckoutView(CheckoutArea):
    """Scan, sell, pay, receipt; with ``scanner.kind = "serial"`` the serial scanner feeds it."""

    printer_state = Signal(str)  # short German state for the status bar after each receipt

    def __init__(self, backend: Backend, session: SessionState,
                 parent: QWidget | None = None) -> None:
        devices = session.devices or make_devices(
            session.settings, Path(tempfile.mkdtemp(prefix="kreislauf-receipts-")), True)
        super().__init__(backend, session, devices, parent)
        self.serial_bridge: SerialScanBridge | None = None
        scanner = make_serial_scanner(session.settings, session.simulated)
        if scanner is not None:
            self.serial_bridge = SerialScanBridge(scanner, self.serial_scan, self)
            self.serial_bridge.start()
            app = QCoreApplication.instance()
            if app is not None:
                app.aboutToQuit.connect(self.serial_bridge.stop)
        self.simulated_scanner: SimulatedScanner | None = None
        if session.simulated or session.settings.get("scanner.kind") == "simulated":
            self.simulated_scanner = SimulatedScanner()
            self.simulated_scanner.start(self.scan)
            button = QPushButton(self.tr("Scanner-Simulation\nStrg+Umschalt+K"))
            button.setShortcut(QKeySequence("Ctrl+Shift+K"))
            button.setAutoDefault(False)
            button.clicked.connect(self.open_simulated_scanner)
            self.buttons["simulated_scan"] = button
            layout = self.layout()
            assert layout is not None
            layout.addWidget(button)

    def open_simulated_scanner(self) -> SimulatedScanDialog | None:
        """The list of ready items to "scan" (simulated scanner only)."""
        if self.simulated_scanner is None:
            return None
        dialog = SimulatedScanDialog(self.session, self.simulated_scanner, self)
        self.dialog = dialog
        dialog.open()
        return dialog

    def _finished(self, outcome: SaleOutcome, headline: str) -> None:
        super()._finished(outcome, headline)
        if not outcome.printed:
            self.printer_state.emit(self.tr("Bon nicht gedruckt – bitte prüfen"))
        elif PAPER_NEAR_END in outcome.warnings:
            self.printer_state.emit(self.tr("Papier geht zu Ende"))
        else:
            self.printer_state.emit(self.tr("bereit"))

    def serial_scan(self, code: str) -> None:
        """A code from the serial scanner counts while the Kasse is on screen."""
        if self.isVisible() and self.session.logged_in:
            self.scan(code)
        else:
            log.info("serial scan %s ignored: the Kasse is not on screen", code)
