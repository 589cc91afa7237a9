"""The whole till with a pty printer and a pty serial scanner, as configured in the settings."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from app.config import LocalSettings
from app.device_setup import DeviceHub
from app.hardware.escpos_printer import EscposPrinter
from app.services.kernel.backend import Backend
from app.services.kernel.context import Actor
from app.ui.checkout.checkout_view import CheckoutView
from app.ui.checkout.serial_scan_bridge import SerialScanBridge
from app.ui.shell.main_window import Area, MainWindow
from tests.hardware.escpos_tokens import parse
from tests.hardware.pty_devices import OK, FakePrinter, PtyPort
from tests.helpers.checkout import take_in
from tests.helpers.ui_session import recording_session

pytestmark = pytest.mark.usefixtures("open_till")


@pytest.fixture
def ports(tmp_path: Path) -> Iterator[tuple[FakePrinter, PtyPort]]:
    printer, scanner = FakePrinter(tmp_path / "printer"), PtyPort(tmp_path / "scanner")
    yield printer, scanner
    printer.close()
    scanner.close()


@pytest.fixture
def window(qtbot: QtBot, backend: Backend, cashier: Actor, tmp_path: Path,
           ports: tuple[FakePrinter, PtyPort]) -> Iterator[MainWindow]:
    printer, scanner = ports
    settings = LocalSettings(tmp_path / "settings.toml")
    for key, value in (("printer.kind", "escpos"), ("printer.url", str(printer.path)),
                       ("printer.status_timeout_ms", 200), ("scanner.kind", "serial"),
                       ("scanner.url", str(scanner.path))):
        settings.set(key, value)
    session, notifier = recording_session(backend, tmp_path, settings)
    ops = session.ops
    session.attach_devices(DeviceHub(settings, tmp_path / "receipts", simulated=False))
    session.set_actor(cashier)
    win = MainWindow(backend, session)
    win.notifier = notifier  # type: ignore[attr-defined]
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.status.timer.stop()
    for bridge in win.findChildren(SerialScanBridge):
        bridge.stop()
    ops.wait_for_done()
    assert isinstance(session.devices.printer, EscposPrinter)
    session.devices.printer.close()


def test_sell_with_serial_scanner_and_pty_printer(
        qtbot: QtBot, window: MainWindow, backend: Backend, volunteer: Actor,
        ports: tuple[FakePrinter, PtyPort]) -> None:
    """Scan over the serial port, pay cash, receipt bytes arrive; paper out then reprint."""
    printer, scanner = ports
    status = window.status.devices_label
    qtbot.waitUntil(lambda: "Drucker: bereit" in status.text())
    qtbot.waitUntil(lambda: "Scanner: verbunden" in status.text())
    codes = take_in(backend, volunteer, price="5,00", description="Kaffeemühle", quantity=2)
    window.show_area(Area.CHECKOUT)
    till = window.views[Area.CHECKOUT]
    assert isinstance(till, CheckoutView)
    scanner.write(f"{codes[0]}\r\n".encode() + b"\x00\xff noise\r" + b"1" * 500 + b"\n")
    qtbot.waitUntil(lambda: len(till.cart.lines) == 1)

    dialog = till.pay()
    assert dialog is not None
    QTest.keyClicks(dialog.amount, "10")
    QTest.keyClick(dialog.amount, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "Rückgeld" in till.change.text())
    parsed = parse(printer.wait_for(b"\x1bp"))
    assert "Kaffeemühle" in parsed.text and parsed.args("ESC t") == [b"\x13"]
    assert parsed.args("ESC p") == [b"\x00\x32\x32"]

    printer.set_paper(0x1A, 0x32, 0x72)
    scanner.write(f"{codes[1]}\r".encode())
    qtbot.waitUntil(lambda: len(till.cart.lines) == 1)
    dialog = till.pay()
    assert dialog is not None
    QTest.keyClicks(dialog.amount, "5")
    QTest.keyClick(dialog.amount, Qt.Key.Key_Return)
    notifier = window.notifier  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: bool(notifier.errors))
    assert "Drucker: Bon nicht gedruckt" in status.text()
    assert "kein Papier mehr" in notifier.errors[-1] and "Nachdruck" in notifier.errors[-1]
    printer.set_paper(OK, OK, OK)
    till.reprint_last()
    qtbot.waitUntil(lambda: "Kopie gedruckt" in till.message.text())
    assert "*** KOPIE ***" in parse(printer.wait_for(b"KOPIE")).text


def test_paper_near_end_warns_in_the_status_bar(
        qtbot: QtBot, window: MainWindow, backend: Backend, volunteer: Actor,
        ports: tuple[FakePrinter, PtyPort]) -> None:
    """A receipt printed near the end of the roll: 'Papier geht zu Ende' in the status bar."""
    printer, scanner = ports
    status = window.status.devices_label
    qtbot.waitUntil(lambda: "Scanner: verbunden" in status.text())
    printer.set_paper(OK, OK, 0x1E)
    code = take_in(backend, volunteer, price="2,00", description="Vase")[0]
    window.show_area(Area.CHECKOUT)
    till = window.views[Area.CHECKOUT]
    assert isinstance(till, CheckoutView)
    scanner.write(f"{code}\n".encode())
    qtbot.waitUntil(lambda: len(till.cart.lines) == 1)
    dialog = till.pay()
    assert dialog is not None
    QTest.keyClicks(dialog.amount, "2")
    QTest.keyClick(dialog.amount, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "Drucker: Papier geht zu Ende" in status.text())
    assert "geht zu Ende" in till.message.text()


def test_status_bar_follows_scanner_unplug(qtbot: QtBot, window: MainWindow,
                                           ports: tuple[FakePrinter, PtyPort]) -> None:
    """Unplugging the scanner shows 'getrennt — verbinde neu …', plugging it back 'verbunden'."""
    _printer, scanner = ports
    status = window.status.devices_label
    qtbot.waitUntil(lambda: "Scanner: verbunden" in status.text())
    scanner.close()
    scanner.path.unlink()
    qtbot.waitUntil(lambda: "Scanner: getrennt — verbinde neu …" in status.text())
    again = PtyPort(scanner.path)
    try:
        qtbot.waitUntil(lambda: "Scanner: verbunden" in status.text(), timeout=4000)
    finally:
        again.close()


def test_missing_printer_port_shows_in_status_bar(
        qtbot: QtBot, backend: Backend, cashier: Actor, tmp_path: Path) -> None:
    """A printer port that does not exist: German sentence in the status bar, window works."""
    settings = LocalSettings(tmp_path / "settings.toml")
    settings.set("printer.kind", "escpos")
    settings.set("printer.url", str(tmp_path / "ttyUSB9"))
    session, notifier = recording_session(backend, tmp_path, settings)
    ops = session.ops
    session.attach_devices(DeviceHub(settings, tmp_path / "receipts", simulated=False))
    session.set_actor(cashier)
    win = MainWindow(backend, session)
    qtbot.addWidget(win)
    qtbot.waitUntil(lambda: "gibt es nicht" in win.status.devices_label.text())
    assert not notifier.errors
    win.status.timer.stop()
    ops.wait_for_done()


def test_junk_serial_line_is_refused_like_a_typed_bad_code(
        qtbot: QtBot, window: MainWindow, backend: Backend, volunteer: Actor,
        ports: tuple[FakePrinter, PtyPort]) -> None:
    """A junk line: the typed-code refusal in the Kasse, no line, counted in the status bar."""
    _printer, scanner = ports
    status = window.status.devices_label
    qtbot.waitUntil(lambda: "Scanner: verbunden" in status.text())
    code = take_in(backend, volunteer, price="3,00", description="Teekanne")[0]
    window.show_area(Area.CHECKOUT)
    till = window.views[Area.CHECKOUT]
    assert isinstance(till, CheckoutView)
    bad = code[:12] + str((int(code[12]) + 1) % 10)
    scanner.write(f"{bad}\r".encode())
    qtbot.waitUntil(lambda: "Prüfziffer stimmt nicht" in till.message.text())
    typed = till.message.text()
    assert "Scanner: verbunden, 1 unlesbarer Code verworfen" in status.text()
    assert till.cart.lines == []
    till.message.clear()
    till.input.setFocus()
    QTest.keyClicks(till.input, bad)
    QTest.keyClick(till.input, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: till.message.text() == typed)  # the same words as for a typed code
    scanner.write(b"HELLO\r")
    qtbot.waitUntil(lambda: "2 unlesbare Codes verworfen" in status.text())
    assert "„HELLO“ ist kein Artikelcode" in till.message.text() and till.cart.lines == []
    scanner.write(f"{code}\r".encode())
    qtbot.waitUntil(lambda: len(till.cart.lines) == 1)
