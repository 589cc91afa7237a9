"""Devices from the machine settings: real or simulated, every printer option threaded through."""

from __future__ import annotations

from pathlib import Path

from app.config import LocalSettings
from app.device_setup import make_devices, make_serial_scanner, printer_port
from app.hardware.escpos_printer import EscposPrinter
from app.hardware.simulated_printer import SimulatedPrinter


def settings(tmp_path: Path, **values: object) -> LocalSettings:
    s = LocalSettings(tmp_path / "settings.toml")
    for key, value in values.items():
        s.set(key.replace("__", "."), value)
    return s


def test_escpos_settings_build_the_real_printer(tmp_path: Path) -> None:
    """printer.kind = escpos: URL, flow control, DSR/DTR, timeout, code page and cut apply."""
    s = settings(tmp_path, printer__kind="escpos", printer__url="socket://10.0.0.9:9100",
                 printer__flow_control="rtscts", printer__dsrdtr="on",
                 printer__status_timeout_ms=500, printer__codepage="CP1252",
                 printer__codepage_table=47, printer__cut="partial", printer__columns=32)
    devices = make_devices(s, tmp_path / "receipts", simulated=False)
    assert isinstance(devices.printer, EscposPrinter)
    port = devices.printer.port
    assert (port.url, port.rtscts, port.xonxoff, port.dsrdtr) == (
        "socket://10.0.0.9:9100", True, False, True)
    assert port.status_timeout == 0.5 and port.cut == "partial"
    assert (devices.codepage, devices.table, devices.cut, devices.width) == (
        "CP1252", 47, "partial", 32)
    assert devices.drawer is not None


def test_defaults_and_simulated(tmp_path: Path) -> None:
    """Default kind, or --simulated, gives the simulated printer; DSR/DTR is off by default."""
    assert isinstance(make_devices(settings(tmp_path), tmp_path, False).printer,
                      SimulatedPrinter)
    real = settings(tmp_path, printer__kind="escpos", printer__url="/dev/ttyUSB0")
    assert isinstance(make_devices(real, tmp_path, True).printer, SimulatedPrinter)
    port = printer_port(real)
    assert not port.dsrdtr and not port.rtscts and port.status_timeout == 0.3
    devices = make_devices(real, tmp_path, False)
    assert devices.table is None and devices.codepage == "CP858" and devices.cut == "full"


def test_serial_scanner_only_when_configured(tmp_path: Path) -> None:
    """scanner.kind = serial builds the (unstarted) serial scanner; wedge and --simulated not."""
    assert make_serial_scanner(settings(tmp_path), False) is None
    serial_kind = settings(tmp_path, scanner__kind="serial", scanner__url="/dev/ttyACM0",
                           scanner__baudrate=115200)
    assert make_serial_scanner(serial_kind, True) is None
    scanner = make_serial_scanner(serial_kind, False)
    assert scanner is not None and scanner.url == "/dev/ttyACM0"
    assert scanner.baudrate == 115200 and not scanner.running
