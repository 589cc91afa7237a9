"""Build this till's devices from the machine settings (part of the wiring).

``printer.kind = "escpos"`` gives the real ESC/POS printer on ``printer.url``; anything
else, or ``--simulated``, the simulated printer, which writes into the data directory's
``receipts/`` folder so a newcomer sees every receipt as a file. Nothing here opens a
port: a missing or busy port shows up as a German message at the first status query
(status bar, print outcome), never as a failed start.
"""

from __future__ import annotations

from pathlib import Path

from app.config import LocalSettings
from app.hardware.escpos_printer import EscposPrinter, PrinterPort
from app.hardware.escpos_text import CODEPAGES
from app.hardware.protocols import PrinterDrawer, ReceiptPrinter
from app.hardware.serial_scanner import SerialScanner
from app.hardware.simulated_printer import SimulatedPrinter
from app.services.checkout.flow import TillDevices


def printer_port(settings: LocalSettings, url: str | None = None) -> PrinterPort:
    """The printer's port settings; ``url`` overrides ``printer.url`` (test print)."""
    flow = settings.get("printer.flow_control")
    return PrinterPort(
        url=settings.get("printer.url") if url is None else url,
        baudrate=settings.get("printer.baudrate") or 19200,
        xonxoff=flow == "xonxoff",
        rtscts=flow == "rtscts",
        dsrdtr=settings.get("printer.dsrdtr") == "on",
        status_timeout=max(50, settings.get("printer.status_timeout_ms")) / 1000,
        cut=settings.get("printer.cut"),
    )


def uses_real_printer(settings: LocalSettings, simulated: bool) -> bool:
    return not simulated and settings.get("printer.kind") == "escpos"


def make_devices(settings: LocalSettings, receipts_dir: Path, simulated: bool) -> TillDevices:
    """The receipt printer and drawer this machine's settings ask for."""
    printer: ReceiptPrinter
    if uses_real_printer(settings, simulated):
        printer = EscposPrinter(printer_port(settings))
    else:
        printer = SimulatedPrinter(receipts_dir)
    devices = TillDevices(printer=printer, drawer=PrinterDrawer(printer))
    _apply_layout(devices, settings)
    return devices


def _apply_layout(devices: TillDevices, settings: LocalSettings) -> None:
    width = settings.get("printer.columns")
    codepage = settings.get("printer.codepage")
    devices.width = width if width in (32, 42, 48) else 42
    devices.codepage = codepage if codepage in CODEPAGES else "CP858"
    devices.table = settings.get("printer.codepage_table") or None
    devices.cut = settings.get("printer.cut")


def reconfigure(devices: TillDevices, settings: LocalSettings, simulated: bool) -> bool:
    """Apply saved printer settings to the running till (the same ``TillDevices`` object).

    Returns False when the change needs a restart: switching from the real printer back to
    the simulated one (its receipts folder belongs to the start-up wiring).
    """
    old = devices.printer
    if uses_real_printer(settings, simulated):
        port = printer_port(settings)
        if not (isinstance(old, EscposPrinter) and old.port == port):
            if isinstance(old, EscposPrinter):
                old.close()
            devices.printer = EscposPrinter(port)
            devices.drawer = PrinterDrawer(devices.printer)
    elif isinstance(old, EscposPrinter):
        return False
    _apply_layout(devices, settings)
    return True


def make_serial_scanner(settings: LocalSettings, simulated: bool,
                        url: str | None = None) -> SerialScanner | None:
    """The serial scanner when ``scanner.kind = "serial"`` (not started yet), else None."""
    if url is None and (simulated or settings.get("scanner.kind") != "serial"):
        return None
    return SerialScanner(settings.get("scanner.url") if url is None else url,
                         settings.get("scanner.baudrate") or 9600)
