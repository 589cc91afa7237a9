"""The Kasse as the main window mounts it: the sale screen plus this machine's devices.

``CheckoutArea`` is the sale itself (cart, keys, payment, receipts, returns) on whatever
receipt devices it is given; this subclass adds what the wiring's ``DeviceHub`` brings:
the serial scanner (through a bridge onto the GUI thread), the simulated scanner with its
button, and the printer's state after each receipt for the status bar.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QPushButton, QWidget

from app.hardware.printer_status import PAPER_NEAR_END
from app.services.checkout.flow import SaleOutcome
from app.ui.checkout.checkout_area import CheckoutArea
from app.ui.checkout.serial_scan_bridge import SerialScanBridge
from app.ui.checkout.simulated_scan_dialog import SimulatedScanDialog
from app.ui.shell.session import SessionState

if TYPE_CHECKING:
    from app.services.kernel.backend import Backend

log = logging.getLogger(__name__)


class CheckoutView(CheckoutArea):
    """Scan, sell, pay, receipt; the scanners the wiring built feed it."""

    printer_state = Signal(str)  # short German state for the status bar after each receipt

    def __init__(self, backend: Backend, session: SessionState,
                 parent: QWidget | None = None) -> None:
        hub = session.require_devices()
        super().__init__(backend, session, hub.till, parent)
        self.serial_bridge: SerialScanBridge | None = None
        if hub.serial_scanner is not None:
            self.serial_bridge = SerialScanBridge(hub.serial_scanner, self.serial_scan, self)
            self.serial_bridge.refused.connect(self.serial_refused)
            self.serial_bridge.start()
            app = QCoreApplication.instance()
            if app is not None:
                app.aboutToQuit.connect(self.serial_bridge.stop)
        self.simulated_feed: Callable[[str], None] | None = None
        if hub.simulated_scanner is not None:
            hub.simulated_scanner.start(self.scan)
            self.simulated_feed = hub.simulated_scanner.feed
            button = QPushButton(self.tr("Scanner-Simulation\nStrg+Umschalt+K"))
            button.setShortcut(QKeySequence("Ctrl+Shift+K"))
            button.setAutoDefault(False)
            button.setProperty("role", "tillAction")  # as high as the other till buttons
            button.clicked.connect(self.open_simulated_scanner)
            self.buttons["simulated_scan"] = button
            layout = self.layout()
            assert layout is not None
            layout.addWidget(button)

    def open_simulated_scanner(self) -> SimulatedScanDialog | None:
        """The list of ready items to "scan" (simulated scanner only)."""
        if self.simulated_feed is None:
            return None
        dialog = SimulatedScanDialog(self.session, self.simulated_feed, self)
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

    def serial_refused(self, message: str) -> None:
        """A junk line from the serial scanner: said like a typed bad code, nothing added."""
        if self.isVisible() and self.session.logged_in:
            self.change.clear()
            self.message.show_error(message)
