"""A barcode scanner on a serial port (or any pyserial URL), read on its own thread.

Each line ending in CR, LF or CRLF is one code. Garbage never becomes a scan: a line
with non-printable bytes, a line longer than ``max_length`` (a scanner with no
terminator configured, or 500 characters of noise) and a fragment that stops arriving
are discarded with a log line; so is a printable line that ``validate`` (the till's own
code check, handed in by the wiring) refuses. Each refusal is counted and reported
through ``on_refused(message, count)``. After an unplug the port vanishes; the reader
polls for it to come back, reopens it and reports the state through ``on_state``.

Callbacks run on the reader thread: the UI moves them onto its own thread.
"""

from __future__ import annotations

import logging
import re
import threading
import time
from collections import deque
from collections.abc import Callable
from typing import Any

from app.hardware import messages as msg
from app.hardware.serial_ports import IO_ERRORS, OPEN_ERRORS, describe_open_error, open_port

log = logging.getLogger(__name__)
DEVICE = msg.SCANNER
CONNECTED = msg.SCANNER_CONNECTED
RECONNECTING = msg.SCANNER_RECONNECTING
TERMINATORS = (0x0D, 0x0A)
READ_CHUNK = 4096  # bytes per read: a scanner spewing without pause cannot grow memory
KEPT_REASONS = 20
LINES = re.compile(rb"[^\r\n]*[\r\n]|[^\r\n]+")  # each line with its end, then the rest


class LineAssembler:
    """Turns the bytes of a serial scanner into codes; pure, so tests can feed it."""

    def __init__(self, max_length: int = 64, idle_s: float = 0.5,
                 on_discard: Callable[[str], None] | None = None) -> None:
        self.max_length = max_length
        self.idle_s = idle_s
        self.on_discard = on_discard
        self._buffer = bytearray()
        self._bad = ""  # why the current line will be discarded, "" while it is fine
        self._last = 0.0
        # The latest reasons, newest last (for tests and the log); bounded like the buffer.
        self.discarded: deque[str] = deque(maxlen=KEPT_REASONS)

    def feed(self, data: bytes, now: float | None = None) -> list[str]:
        """The complete codes in ``data`` (plus what earlier calls left unfinished)."""
        now = time.monotonic() if now is None else now
        self.expire(now)
        codes: list[str] = []
        for byte in data:
            if byte in TERMINATORS:
                code = self._end_line()
                if code:
                    codes.append(code)
            elif self._bad:
                continue
            elif 0x20 <= byte < 0x7F:
                self._buffer.append(byte)
                if len(self._buffer) > self.max_length:
                    self._bad = msg.LINE_TOO_LONG.format(maximum=self.max_length)
                    self._buffer.clear()
            else:
                self._bad = msg.LINE_UNPRINTABLE.format(byte=byte)
                self._buffer.clear()
        if data:
            self._last = now
        return codes

    @property
    def pending(self) -> bytes:
        """The bytes of the current line read so far (not yet ended by CR or LF)."""
        return bytes(self._buffer)

    def expire(self, now: float) -> None:
        """Drop a fragment that stopped arriving (a scanner without terminator)."""
        if (self._buffer or self._bad) and now - self._last > self.idle_s:
            self._discard(self._bad or msg.LINE_UNFINISHED.format(count=len(self._buffer)))

    def _end_line(self) -> str:
        if self._bad:
            self._discard(self._bad)
            return ""
        code = self._buffer.decode("ascii").strip()
        self._buffer.clear()
        return code

    def _discard(self, reason: str) -> None:
        log.warning("serial scanner: line discarded (%s)", reason)
        self.discarded.append(reason)
        self._buffer.clear()
        self._bad = ""
        if self.on_discard is not None:
            self.on_discard(reason)


class SerialScanner:
    """Implements ``PortScanner``; ``on_state(connected, problem)`` reports each port change.

    ``problem`` is a German sentence when the port is gone ("" when connected); the
    short state for a status bar is ``state_text(connected, refused)``. ``validate(code)``
    returns the German reason a printable line is no code (None when it is one);
    ``on_refused(message, count)`` hears of each refused line with the count since start.
    """

    def __init__(self, url: str, baudrate: int = 9600, *,
                 on_state: Callable[[bool, str], None] | None = None,
                 validate: Callable[[str], str | None] | None = None,
                 on_refused: Callable[[str, int], None] | None = None,
                 max_length: int = 64, reconnect_s: float = 1.0,
                 read_timeout: float = 0.1) -> None:
        self.url = url
        self.baudrate = baudrate
        self.on_state = on_state
        self.validate = validate
        self.on_refused = on_refused
        self.reconnect_s = reconnect_s
        self.read_timeout = read_timeout
        self.lines = LineAssembler(max_length, on_discard=self._unreadable)
        self.refused = 0  # lines refused since start (framing and code check)
        self.connected = False
        self.last_problem = ""
        self._on_code: Callable[[str], None] | None = None
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    def start(self, on_code: Callable[[str], None]) -> None:
        """Start the reader thread; codes go to ``on_code`` (on that thread)."""
        self._on_code = on_code
        if self._thread is not None and self._thread.is_alive():
            return
        self._stop.clear()
        self._thread = threading.Thread(target=self._run, name=f"scanner {self.url}",
                                        daemon=True)
        self._thread.start()

    def stop(self, timeout: float = 2.0) -> None:
        """Stop reading and close the port (waits for the thread a short while)."""
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout)
        self._thread = None

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def _report(self, connected: bool, problem: str = "") -> None:
        changed = connected != self.connected or problem != self.last_problem
        self.connected, self.last_problem = connected, problem
        if changed and self.on_state is not None:
            self.on_state(connected, problem)

    def _open(self) -> Any | None:
        try:
            port = open_port(self.url, baudrate=self.baudrate, timeout=self.read_timeout)
        except OPEN_ERRORS as exc:
            self._report(False, describe_open_error(DEVICE, self.url, exc))
            return None
        log.info("serial scanner on %s connected", self.url)
        self._report(True)
        return port

    def _run(self) -> None:
        port: Any | None = None
        if not self.url:
            self._report(False, describe_open_error(DEVICE, self.url, ValueError()))
            return
        while not self._stop.is_set():
            if port is None:
                port = self._open()
                if port is None:
                    self._stop.wait(self.reconnect_s)
                    continue
            try:
                data = port.read(min(max(1, port.in_waiting), READ_CHUNK))
            except IO_ERRORS as exc:
                log.warning("serial scanner on %s lost: %s", self.url, exc)
                _close(port)
                port = None
                self._report(False, msg.SCANNER_GONE.format(url=self.url))
                continue
            self.lines.expire(time.monotonic())
            # Line by line, so refusals and codes reach the till in the order they came.
            for line in LINES.findall(data):
                for code in self.lines.feed(line):
                    self._deliver(code)
        if port is not None:
            _close(port)

    def _unreadable(self, reason: str) -> None:
        self._refuse(msg.SCAN_UNREADABLE.format(reason=reason))

    def _refuse(self, message: str) -> None:
        self.refused += 1
        on_refused = self.on_refused
        if on_refused is not None:
            try:
                on_refused(message, self.refused)
            except Exception:  # a bug in the receiver must not kill the reader
                log.exception("reporting a refused scan failed")

    def _deliver(self, code: str) -> None:
        problem = self.validate(code) if self.validate is not None else None
        if problem is not None:
            log.warning("serial scanner: line %r refused (%s)", code[:40], problem)
            self._refuse(problem)
            return
        on_code = self._on_code
        if on_code is None:
            return
        try:
            on_code(code)
        except Exception:  # a bug in the receiver must not kill the reader
            log.exception("handling scanned code %r failed", code)


def state_text(connected: bool, refused: int = 0) -> str:
    """"verbunden" or "getrennt — verbinde neu …" for the status bar, with the count of
    refused lines once there is one."""
    state = CONNECTED if connected else RECONNECTING
    if refused == 1:
        return msg.SCANNER_REFUSED_ONE.format(state=state)
    if refused > 1:
        return msg.SCANNER_REFUSED.format(state=state, count=refused)
    return state


def _close(port: Any) -> None:
    try:
        port.close()
    except IO_ERRORS:
        log.debug("closing the scanner port failed", exc_info=True)
