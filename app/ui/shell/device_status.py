"""Device states in the status bar: the real printer's answer and the serial scanner's port.

The printer is asked once when the window opens (off the GUI thread: a status query
waits up to its timeout); the serial scanner reports every connect and disconnect.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from app.config import LocalSettings
from app.device_setup import uses_real_printer
from app.hardware.protocols import PrinterStatus
from app.ui.checkout.checkout_view import CheckoutView
from app.ui.checkout.serial_scan_bridge import SerialScanBridge

if TYPE_CHECKING:
    from app.ui.shell.main_window import MainWindow


def _tr(text: str) -> str:
    return QCoreApplication.translate("DeviceStatus", text)


def printer_state_text(status: PrinterStatus) -> str:
    """The short German word for the status bar."""
    texts = {
        PrinterStatus.OK: _tr("bereit"),
        PrinterStatus.PAPER_NEAR_END: _tr("Papier geht zu Ende"),
        PrinterStatus.PAPER_OUT: _tr("kein Papier"),
        PrinterStatus.COVER_OPEN: _tr("Deckel offen"),
        PrinterStatus.OFFLINE: _tr("offline"),
        PrinterStatus.UNKNOWN: _tr("antwortet nicht"),
    }
    return texts[status]


def watch_devices(window: MainWindow, settings: LocalSettings) -> None:
    """Ask the real printer for its status and follow the serial scanner's port."""
    session, status_bar = window.session, window.status
    # The same keys as MainWindow.show_device_states, so each device keeps one entry.
    printer_name = QCoreApplication.translate("MainWindow", "Drucker")
    scanner_name = QCoreApplication.translate("MainWindow", "Scanner")
    devices = session.devices
    if devices is not None and uses_real_printer(settings, session.simulated):
        printer = devices.printer
        status_bar.set_device_state(printer_name, _tr("wird geprüft …"))
        session.ops.run(
            printer.status,
            lambda s: status_bar.set_device_state(printer_name, printer_state_text(s)),
            lambda exc: status_bar.set_device_state(
                printer_name, session.ops.reporter.message_for(exc)),
            status_bar)
    for view in window.findChildren(CheckoutView):
        # Paper near end after a receipt is a warning here, not only in the Kasse.
        view.printer_state.connect(lambda text: status_bar.set_device_state(printer_name, text))
    for bridge in window.findChildren(SerialScanBridge):
        status_bar.set_device_state(scanner_name, bridge.state)
        bridge.state_changed.connect(
            lambda _ok, text: status_bar.set_device_state(scanner_name, text))
