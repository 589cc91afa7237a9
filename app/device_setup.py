"""Build this till's devices from the machine settings (part of the wiring).

``printer.kind = "escpos"`` gives the real ESC/POS printer on ``printer.url``; anything
else, or ``--simulated``, the simulated printer, which writes into the data directory's
``receipts/`` folder so a newcomer sees every receipt as a file. Nothing here opens a
port: a missing or busy port shows up as a German message at the first status query
(status bar, print outcome), never as a failed start.

The UI never builds a driver: the wiring hands it a ``DeviceHub`` holding the devices
and the few device actions the screens offer (test print, simulated printer state).
"""

from __future__ import annotations

from pathlib import Path

from app.config import LocalSettings
from app.hardware.check_page import PrintCheck, check_page_job, run_check_print
from app.hardware.escpos_printer import EscposPrinter, PrinterPort
from app.hardware.escpos_text import CODEPAGES
from app.hardware.protocols import PrinterDrawer, PrinterStatus, ReceiptPrinter
from app.hardware.serial_scanner import SerialScanner
from app.hardware.simulated_printer import SimulatedPrinter
from app.hardware.simulated_scanner import SimulatedScanner
from app.services.checkout.cart import unreadable_reason
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
    the simulated one (its receipts folder belongs to the start-up wiring). Waits for a
    print or drawer kick under way (``devices.lock``), so call it off the GUI thread.
    """
    with devices.lock:
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
                         settings.get("scanner.baudrate") or 9600,
                         validate=unreadable_reason)  # the till's check for a typed code


class DeviceHub:
    """This machine's devices as its settings ask for them, built once by the wiring.

    ``till`` is what the sale flow prints on (the same object for the whole run: saved
    printer settings are applied to it in place); ``serial_scanner`` and
    ``simulated_scanner`` are built but not started, the Kasse starts what it gets.
    """

    def __init__(self, settings: LocalSettings, receipts_dir: Path, simulated: bool) -> None:
        self.settings = settings
        self.receipts_dir = receipts_dir
        self.simulated = simulated
        self.till = make_devices(settings, receipts_dir, simulated)
        self.serial_scanner = make_serial_scanner(settings, simulated)
        self.simulated_scanner = (
            SimulatedScanner() if simulated or settings.get("scanner.kind") == "simulated"
            else None)

    @property
    def real_printer(self) -> bool:
        """Whether this till prints on the real ESC/POS printer (worth a status query)."""
        return uses_real_printer(self.settings, self.simulated)

    def apply(self, settings: LocalSettings) -> bool:
        """Saved printer settings for the running till; False when that needs a restart.

        Waits for a receipt that is printing: call it off the GUI thread."""
        return reconfigure(self.till, settings, self.simulated)

    def set_simulated_status(self, status: PrinterStatus) -> None:
        """What the simulated printer answers from now on (to try the error path)."""
        printer = self.till.printer
        if isinstance(printer, SimulatedPrinter):
            printer.set_status(status)

    def test_print(self, settings: LocalSettings) -> PrintCheck:
        """Print the test page with ``settings`` (the form's values, maybe unsaved).

        Blocks up to the printer's timeouts: call it off the GUI thread. The real kind gets
        a printer of its own on the typed port, closed afterwards; the simulated kind prints
        on the running simulated printer (or a new one in the receipts folder).
        """
        job = check_page_job(settings.get("printer.codepage"),
                             settings.get("printer.codepage_table") or None,
                             settings.get("printer.cut"), settings.get("printer.columns"))
        with self.till.lock:  # never in the middle of a receipt (maybe on the same port)
            if uses_real_printer(settings, self.simulated):
                real = EscposPrinter(printer_port(settings))
                try:
                    return run_check_print(real, job)
                finally:
                    real.close()
            running = self.till.printer
            printer = running if isinstance(running, SimulatedPrinter) else SimulatedPrinter(
                self.receipts_dir)
            return run_check_print(printer, job)
