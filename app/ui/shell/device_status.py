"""Device states in the status bar: the real printer's answer and the serial scanner's port.

The printer is asked once when the window opens (off the GUI thread: a status query
waits up to its timeout); the serial scanner reports every connect and disconnect.
The window hands in the few things to watch, so this module knows no screen.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, SignalInstance

from app.hardware.protocols import PrinterStatus
from app.ui.checkout.serial_scan_bridge import SerialScanBridge
from app.ui.shell.session import SessionState
from app.ui.shell.status_bar import TillStatusBar


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


def watch_devices(status_bar: TillStatusBar, session: SessionState,
                  printer_state: SignalInstance | None = None,
                  bridge: SerialScanBridge | None = None) -> None:
    """Ask the real printer for its status and follow the serial scanner's port.

    ``printer_state`` is the Kasse's signal with the printer's state after each receipt;
    ``bridge`` the serial scanner's, when the Kasse has one.
    """
    # The same keys as MainWindow.show_device_states, so each device keeps one entry.
    printer_name = QCoreApplication.translate("MainWindow", "Drucker")
    scanner_name = QCoreApplication.translate("MainWindow", "Scanner")
    hub = session.device_hub
    if hub is not None and hub.real_printer:
        printer = hub.till.printer
        status_bar.set_device_state(printer_name, _tr("wird geprüft …"))
        session.ops.run(
            printer.status,
            lambda s: status_bar.set_device_state(printer_name, printer_state_text(s)),
            lambda exc: status_bar.set_device_state(
                printer_name, session.ops.reporter.message_for(exc)),
            status_bar)
    if printer_state is not None:
        # Paper near end after a receipt is a warning here, not only in the Kasse.
        printer_state.connect(lambda text: status_bar.set_device_state(printer_name, text))
    if bridge is not None:
        status_bar.set_device_state(scanner_name, bridge.state)
        bridge.state_changed.connect(
            lambda _ok, text: status_bar.set_device_state(scanner_name, text))
