"""The serial scanner driver on a pty: lines become codes, garbage never does, reconnects."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.hardware.protocols import Scanner
from app.hardware.serial_scanner import LineAssembler, SerialScanner, state_text
from app.services.checkout.cart import unreadable_reason
from tests.hardware.pty_devices import PtyPort, Recorder
from tests.helpers.waiting import wait


@pytest.fixture
def scanner_pty(tmp_path: Path) -> Iterator[PtyPort]:
    pair = PtyPort(tmp_path / "scanner")
    yield pair
    pair.close()


@pytest.fixture
def recorder() -> Recorder:
    return Recorder()


def start(path: Path, recorder: Recorder, **kwargs: float) -> SerialScanner:
    scanner = SerialScanner(str(path), on_state=recorder.state, reconnect_s=0.1, **kwargs)
    assert isinstance(scanner, Scanner)
    scanner.start(recorder.code)
    wait(lambda: scanner.connected)
    return scanner


@pytest.mark.parametrize(("data", "codes"), [
    (b"4006381333931\r", ["4006381333931"]),
    (b"4006381333931\n2012345678903\n", ["4006381333931", "2012345678903"]),
    (b"4006381333931\r\n2012345678903\r\n", ["4006381333931", "2012345678903"]),
    (b"40063\xff81333931\r2012345678903\r", ["2012345678903"]),
    (b"\x00\x01\x02\x1b\r\n", []),
    (b"7" * 500 + b"\r2012345678903\r", ["2012345678903"]),
    (b"\r\n\r\n", []),
])
def test_lines_and_garbage(data: bytes, codes: list[str]) -> None:
    """CR, LF and CRLF end a code; noise and over-long lines are dropped, the next code counts."""
    assert LineAssembler(max_length=64).feed(data, now=1.0) == codes


def test_fragment_without_terminator_expires() -> None:
    """A scanner that sends no terminator: the fragment is dropped, not glued to the next."""
    lines = LineAssembler(idle_s=0.5)
    assert lines.feed(b"12345", now=1.0) == []
    assert lines.feed(b"2012345678903\r", now=2.0) == ["2012345678903"]
    assert lines.discarded and "kein Zeilenende" in lines.discarded[0]


def test_codes_written_to_the_pty_arrive(scanner_pty: PtyPort, recorder: Recorder) -> None:
    """Codes in pieces and with every line ending arrive once each; garbage is dropped."""
    scanner = start(scanner_pty.path, recorder)
    try:
        scanner_pty.write(b"40063813")
        wait(lambda: scanner.lines.pending == b"40063813")  # read as a piece of its own
        scanner_pty.write(b"33931\r\n")
        scanner_pty.write(b"\x00\xfe\xff garbage\n" + b"9" * 500 + b"\r")
        scanner_pty.write(b"2012345678903\r")
        scanner_pty.write(b"4012345678901\r")  # the last code: whatever came before is read
        wait(lambda: len(recorder.codes) == 3)
        assert recorder.codes == ["4006381333931", "2012345678903", "4012345678901"]
        assert len(scanner.lines.discarded) == 2
        assert recorder.states == [(True, "")] and state_text(True) == "verbunden"
    finally:
        scanner.stop()
    assert not scanner.running


def test_reconnects_after_unplug(tmp_path: Path, recorder: Recorder) -> None:
    """The pty vanishes and a new one appears at the same path: reported, reopened, reads."""
    first = PtyPort(tmp_path / "scanner")
    scanner = start(first.path, recorder)
    try:
        first.write(b"4006381333931\r")
        wait(lambda: recorder.codes == ["4006381333931"])
        first.close()
        first.path.unlink()
        wait(lambda: not scanner.connected)
        assert recorder.states[1][0] is False
        assert state_text(False) == "getrennt — verbinde neu …"
        wait(lambda: len(recorder.states) == 3)  # a reopen failed: it polls while missing
        assert recorder.states[2][0] is False
        second = PtyPort(tmp_path / "scanner")
        try:
            wait(lambda: scanner.connected)
            second.write(b"2012345678903\n")
            wait(lambda: recorder.codes == ["4006381333931", "2012345678903"])
        finally:
            scanner.stop()
            second.close()
    finally:
        scanner.stop()
    assert recorder.states[-1] == (True, "")


def test_missing_port_is_reported_and_never_blocks(tmp_path: Path, recorder: Recorder) -> None:
    """A port that does not exist: start returns at once, German reason, stop is quick."""
    scanner = SerialScanner(str(tmp_path / "ttyACM7"), on_state=recorder.state,
                            reconnect_s=0.1)
    started = time.monotonic()
    scanner.start(recorder.code)
    assert time.monotonic() - started < 0.5
    wait(lambda: recorder.states)
    connected, problem = recorder.states[0]
    assert not connected and "gibt es nicht" in problem
    scanner.stop()
    assert time.monotonic() - started < 2 and not scanner.running


def test_busy_port_is_reported(scanner_pty: PtyPort, recorder: Recorder) -> None:
    """Another program holds the port: 'belegt' in German; the scanner keeps trying."""
    import serial

    holder = serial.serial_for_url(str(scanner_pty.path), exclusive=True)
    scanner = SerialScanner(str(scanner_pty.path), on_state=recorder.state, reconnect_s=0.1)
    scanner.start(recorder.code)
    try:
        wait(lambda: recorder.states)
        assert "belegt" in recorder.states[0][1]
        holder.close()
        wait(lambda: scanner.connected)
    finally:
        scanner.stop()
        holder.close()


class Refusals:
    """What a scanner refused: (message, count) pairs, thread-safe."""

    def __init__(self) -> None:
        self.seen: list[tuple[str, int]] = []
        self.lock = threading.Lock()

    def __call__(self, message: str, count: int) -> None:
        with self.lock:
            self.seen.append((message, count))


def test_junk_lines_are_refused_counted_and_a_good_code_still_arrives(
        scanner_pty: PtyPort, recorder: Recorder) -> None:
    """Words, short codes, bad check digits, escapes, 5000 bytes: refused, counted, never scans."""
    refusals = Refusals()
    scanner = SerialScanner(str(scanner_pty.path), on_state=recorder.state, reconnect_s=0.1,
                            validate=unreadable_reason, on_refused=refusals)
    scanner.start(recorder.code)
    wait(lambda: scanner.connected)
    try:
        scanner_pty.write(b"HELLO\r12345\n2012345678904\r\n\x1b[31m2012345678903\r")
        wait(lambda: scanner.refused == 4)
        scanner_pty.write(b"7" * 5000)  # no line end at all: bounded, then dropped
        wait(lambda: scanner.refused == 5, timeout=3)
        assert len(scanner.lines.pending) <= scanner.lines.max_length
        scanner_pty.write(b"2012345678903\r")
        wait(lambda: recorder.codes == ["2012345678903"])
    finally:
        scanner.stop()
    messages = [m for m, _ in refusals.seen]
    assert [c for _, c in refusals.seen] == [1, 2, 3, 4, 5]
    assert "„HELLO“ ist kein Artikelcode" in messages[0]
    assert "12345“ hat 5 Ziffern" in messages[1]
    assert "Prüfziffer stimmt nicht" in messages[2]
    assert "unlesbaren Code" in messages[3] and "0x1b" in messages[3]
    assert "unlesbaren Code" in messages[4] and "länger als 64" in messages[4]
    assert state_text(True, 5) == "verbunden, 5 unlesbare Codes verworfen"
    assert state_text(True, 1) == "verbunden, 1 unlesbarer Code verworfen"


def test_spewing_scanner_keeps_memory_bounded() -> None:
    """Megabytes of noise without a line end: the buffer and the reasons kept stay small."""
    lines = LineAssembler(max_length=64)
    for second in range(1, 200):
        assert lines.feed(b"A" * 10_000 + b"\x07\r", now=float(second)) == []
    assert len(lines.pending) == 0 and len(lines.discarded) <= 20
