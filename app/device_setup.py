"""Build this till's devices from the machine settings (part of the wiring).

The simulated receipt printer writes into the data directory's ``receipts/`` folder, so a
newcomer sees every receipt as a file. Real serial drivers plug in here.
"""

from __future__ import annotations

from pathlib import Path

from app.config import LocalSettings
from app.hardware.protocols import PrinterDrawer
from app.hardware.simulated_printer import SimulatedPrinter
from app.services.sale_flow import TillDevices


def make_devices(settings: LocalSettings, receipts_dir: Path, simulated: bool) -> TillDevices:
    """The receipt printer and drawer this machine's settings ask for."""
    printer = SimulatedPrinter(receipts_dir)
    width = settings.get("printer.columns")
    if width not in (32, 42, 48):
        width = 42
    return TillDevices(printer=printer, drawer=PrinterDrawer(printer), width=width)
