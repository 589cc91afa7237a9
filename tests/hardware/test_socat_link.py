"""With socat standing in for the cable: the scanner reconnects when the link is recreated."""

from __future__ import annotations

import os
import shutil
import subprocess
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.hardware.escpos_printer import EscposPrinter, PrinterPort
from app.hardware.protocols import PrinterStatus
from app.hardware.serial_scanner import SerialScanner
from tests.hardware.pty_devices import Recorder
from tests.helpers.waiting import wait

pytestmark = pytest.mark.skipif(shutil.which("socat") is None, reason="socat is not installed")


class Socat:
    """``socat pty,link=app pty,link=device``: two ports joined like a null-modem cable."""

    def __init__(self, app: Path, device: Path) -> None:
        self.app, self.device = app, device
        self.proc = subprocess.Popen(
            ["socat", f"pty,raw,echo=0,link={app}", f"pty,raw,echo=0,link={device}"],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        wait(lambda: app.exists() and device.exists())
        self.fd = os.open(device, os.O_RDWR | os.O_NOCTTY)

    def write(self, data: bytes) -> None:
        os.write(self.fd, data)

    def read_available(self, timeout: float = 1.0) -> bytes:
        os.set_blocking(self.fd, False)
        end, out = time.monotonic() + timeout, b""
        while time.monotonic() < end:
            try:
                out += os.read(self.fd, 4096)
            except BlockingIOError:
                if out:
                    break
                time.sleep(0.01)
        return out

    def stop(self) -> None:
        os.close(self.fd)
        self.proc.terminate()
        self.proc.wait(5)


@pytest.fixture
def links(tmp_path: Path) -> Iterator[tuple[Path, Path]]:
    yield tmp_path / "app", tmp_path / "device"


def test_scanner_reconnects_when_socat_comes_back(links: tuple[Path, Path]) -> None:
    """Killing socat unplugs the scanner; a new socat at the same link is picked up again."""
    app, device = links
    cable = Socat(app, device)
    recorder = Recorder()
    scanner = SerialScanner(str(app), on_state=recorder.state, reconnect_s=0.1)
    scanner.start(recorder.code)
    try:
        wait(lambda: scanner.connected)
        cable.write(b"4006381333931\r\n")
        wait(lambda: recorder.codes == ["4006381333931"])
        cable.stop()
        wait(lambda: not scanner.connected)
        cable = Socat(app, device)
        wait(lambda: scanner.connected, timeout=5)
        cable.write(b"2012345678903\r")
        wait(lambda: recorder.codes == ["4006381333931", "2012345678903"])
    finally:
        scanner.stop()
        cable.stop()


def test_printer_status_through_socat(links: tuple[Path, Path]) -> None:
    """The status query crosses the socat link: paper-out answered on the far end."""
    app, device = links
    cable = Socat(app, device)
    printer = EscposPrinter(PrinterPort(str(app), status_timeout=0.5))
    try:
        answers = {1: 0x12, 4: 0x72}

        def answer() -> None:
            query = cable.read_available()
            assert query[:2] == b"\x10\x04"
            cable.write(bytes([answers[query[2]]]))

        responder = threading.Thread(target=lambda: [answer() for _ in range(2)])
        responder.start()
        assert printer.status() == PrinterStatus.PAPER_OUT
        responder.join(3)
    finally:
        printer.close()
        cable.stop()
