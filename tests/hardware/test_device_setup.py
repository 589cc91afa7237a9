"""Devices from the machine settings: real or simulated, every printer option threaded through."""

from __future__ import annotations

from pathlib import Path

from app.config import LocalSettings
from app.device_setup import DeviceHub, make_devices, make_serial_scanner, printer_port
from app.hardware.check_page import GERMAN_LINE
from app.hardware.escpos_printer import EscposPrinter
from app.hardware.protocols import PrinterStatus
from app.hardware.serial_scanner import SerialScanner
from app.hardware.simulated_printer import SimulatedPrinter
from app.hardware.simulated_scanner import SimulatedScanner
from tests.hardware.pty_devices import FakePrinter


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


def test_hub_builds_the_scanners_the_settings_ask_for(tmp_path: Path) -> None:
    """The wiring's hub: serial scanner for kind serial, simulated one for simulated/--simulated."""
    wedge = DeviceHub(settings(tmp_path), tmp_path / "r", simulated=False)
    assert wedge.serial_scanner is None and wedge.simulated_scanner is None
    assert isinstance(wedge.till.printer, SimulatedPrinter) and not wedge.real_printer
    serial = DeviceHub(settings(tmp_path, scanner__kind="serial", scanner__url="/dev/ttyACM0"),
                       tmp_path / "r", simulated=False)
    assert isinstance(serial.serial_scanner, SerialScanner) and not serial.serial_scanner.running
    assert serial.simulated_scanner is None
    demo = DeviceHub(settings(tmp_path, scanner__kind="serial"), tmp_path / "r", simulated=True)
    assert demo.serial_scanner is None and isinstance(demo.simulated_scanner, SimulatedScanner)


def test_hub_test_print_follows_the_given_settings(tmp_path: Path) -> None:
    """Testdruck on the running simulated printer, or on the typed ESC/POS port (then closed)."""
    hub = DeviceHub(settings(tmp_path), tmp_path / "r", simulated=False)
    printer = hub.till.printer
    assert isinstance(printer, SimulatedPrinter)
    assert hub.test_print(hub.settings).ok and GERMAN_LINE in printer.last_text
    hub.set_simulated_status(PrinterStatus.PAPER_OUT)
    assert not hub.test_print(hub.settings).ok
    fake = FakePrinter(tmp_path / "printer")
    try:
        typed = settings(tmp_path, printer__kind="escpos", printer__url=str(fake.path))
        assert hub.test_print(typed).ok
        assert GERMAN_LINE.encode("cp858") in fake.wait_for(b"\x1dV")
    finally:
        fake.close()
    assert hub.till.printer is printer  # the running till keeps its printer

