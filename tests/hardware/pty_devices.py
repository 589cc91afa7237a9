"""Pseudo-terminals standing in for a receipt printer and a serial scanner.

The app opens the pty's other end by path (a symlink, like a socat ``link=``), exactly as
it would open ``/dev/ttyUSB0``; the test plays the device on the master side.
"""

from __future__ import annotations

import contextlib
import os
import pty
import select
import threading
import time
import tty
from pathlib import Path

from app.hardware.printer_status import STATUS_BYTES
from app.hardware.protocols import PrinterStatus

OK = 0x12


class PtyPort:
    """One pty pair; ``path`` is a symlink to the slave that the app opens."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.master, self.slave = pty.openpty()
        tty.setraw(self.slave)
        tty.setraw(self.master)
        if path.is_symlink() or path.exists():
            path.unlink()
        path.symlink_to(os.ttyname(self.slave))

    def write(self, data: bytes) -> None:
        os.write(self.master, data)

    def close(self) -> None:
        for fd in (self.master, self.slave):
            with contextlib.suppress(OSError):
                os.close(fd)


class Recorder:
    """What a scanner driver delivered: codes and connection states, thread-safe."""

    def __init__(self) -> None:
        self.codes: list[str] = []
        self.states: list[tuple[bool, str]] = []
        self.lock = threading.Lock()

    def code(self, code: str) -> None:
        with self.lock:
            self.codes.append(code)

    def state(self, connected: bool, problem: str) -> None:
        with self.lock:
            self.states.append((connected, problem))


class FakePrinter(PtyPort):
    """Collects every byte and answers ``DLE EOT n`` from ``answers`` (missing = silent)."""

    def __init__(self, path: Path, answers: dict[int, int] | None = None) -> None:
        super().__init__(path)
        self.answers: dict[int, int] = dict(answers or {1: OK, 2: OK, 4: OK})
        self.received = bytearray()
        self.queries: list[int] = []
        self._stop = threading.Event()
        self._scan_from = 0
        self.after_cut: dict[int, int] | None = None  # answers once ``switch_on`` arrived
        self.switch_on = b"\x1dV"  # the cut; ``b"\x1bp"`` for the drawer kick
        self.delay = 0.0  # seconds before each status answer (a slow printer)
        self.answered = 0  # status answers written so far
        self._answering = threading.Event()  # cleared: status answers wait (a busy printer)
        self._answering.set()
        self.holding = threading.Event()  # set once a status query is being held back
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()

    def set_paper(self, n1: int, n2: int, n4: int) -> None:
        self.answers = {1: n1, 2: n2, 4: n4}

    def silent(self) -> None:
        self.answers = {}

    def set_state(self, status: PrinterStatus) -> None:
        """Answer DLE EOT as a real printer in ``status`` does (``unknown``: silent)."""
        self.answers = dict(STATUS_BYTES[status])

    def hold_answers(self) -> None:
        """Keep status answers back until ``release_answers`` (the printer is busy)."""
        self._answering.clear()

    def release_answers(self) -> None:
        self._answering.set()

    def _run(self) -> None:
        while not self._stop.is_set():
            ready, _, _ = select.select([self.master], [], [], 0.05)
            if not ready:
                continue
            try:
                chunk = os.read(self.master, 4096)
            except OSError:
                return
            self.received += chunk
            if self.after_cut is not None and self.switch_on in chunk:
                self.answers, self.after_cut = self.after_cut, None
            self._answer()

    def _answer(self) -> None:
        data = self.received
        while True:
            at = data.find(b"\x10\x04", self._scan_from)
            if at < 0 or at + 2 >= len(data):
                self._scan_from = max(self._scan_from, len(data) - 2) if at < 0 else at
                return
            n = data[at + 2]
            self.queries.append(n)
            del data[at:at + 3]  # queries are not printed
            self._scan_from = at
            if n in self.answers:
                if not self._answering.is_set():
                    self.holding.set()
                    self._answering.wait(10)
                if self.delay:
                    time.sleep(self.delay)
                os.write(self.master, bytes([self.answers[n]]))
                self.answered += 1

    def printed(self) -> bytes:
        return bytes(self.received)

    def wait_for(self, marker: bytes, timeout: float = 3.0) -> bytes:
        end = time.monotonic() + timeout
        while marker not in self.received and time.monotonic() < end:
            time.sleep(0.01)
        return bytes(self.received)

    def close(self) -> None:
        self._stop.set()
        self._thread.join(1)
        super().close()
