"""A wedge scan survives a stalled GUI thread: key gaps come from the events' timestamps."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QLineEdit, QPushButton, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from app.ui.checkout.wedge_scanner import WedgeConfig, WedgeScanner
from tests.helpers.keyboard import KEYS

CODE = "2001000000180"


@dataclass
class FakeClock:
    """The scanner's processing-time clock, moved by the test (seconds)."""

    now: float = 100.0

    def __call__(self) -> float:
        return self.now


@dataclass
class Rig:
    window: QWidget
    field: QLineEdit
    button: QPushButton
    scanner: WedgeScanner
    clock: FakeClock
    got: list[str]


@pytest.fixture
def rig(qtbot: QtBot) -> Iterator[Rig]:
    window = QWidget()
    layout = QVBoxLayout(window)
    field, button = QLineEdit(), QPushButton("OK")
    layout.addWidget(field)
    layout.addWidget(button)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    field.setFocus()
    qtbot.waitUntil(field.hasFocus)
    clock = FakeClock()
    scanner = WedgeScanner(window, WedgeConfig(), clock=clock)
    scanner.install()
    got: list[str] = []
    scanner.scanned.connect(got.append)
    yield Rig(window, field, button, scanner, clock, got)
    scanner.uninstall()


def send(ch: str, stamp: int) -> None:
    """A real key press and release with the window system's timestamp ``stamp`` (ms),
    delivered to the widget that has the keyboard focus."""
    target = QApplication.focusWidget()
    assert target is not None, "no widget has the keyboard focus"
    key = Qt.Key.Key_Return if ch == "\n" else KEYS[ch]
    text = "\r" if ch == "\n" else ch
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        event = QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, text)
        event.setTimestamp(stamp)
        QCoreApplication.sendEvent(target, event)


def scanner_burst(text: str, start: int, gap: int = 5) -> None:
    """The scanner's keys ``gap`` ms apart from ``start``, then Enter."""
    for n, ch in enumerate(text):
        send(ch, start + n * gap)
    send("\n", start + len(text) * gap)


def test_stall_after_the_first_key_is_still_one_scan(qtbot: QtBot, rig: Rig) -> None:
    """The first digit was handed to the field during a 150 ms stall; the burst takes it back."""
    send(CODE[0], 1000)
    # The GUI thread stalls: the hand-on timer fires before the rest of the burst is read.
    qtbot.waitUntil(lambda: rig.field.text() == CODE[0])
    rig.clock.now += 0.150
    scanner_burst(CODE[1:], 1005)
    assert rig.got == [CODE]
    assert rig.field.text() == ""


@pytest.mark.parametrize("timer_fired", [False, True])
def test_a_longer_first_gap_still_starts_the_scan(qtbot: QtBot, rig: Rig,
                                                  timer_fired: bool) -> None:
    """The first digit 45 ms before a 3 ms burst (a busy sender) is taken back for the scan."""
    send(CODE[0], 1000)
    if timer_fired:
        qtbot.waitUntil(lambda: rig.field.text() == CODE[0])
    scanner_burst(CODE[1:], 1045, gap=3)
    assert rig.got == [CODE] and rig.field.text() == ""


def test_a_key_typed_before_a_scan_stays_typed(qtbot: QtBot, rig: Rig) -> None:
    """A digit typed 200 ms before a scan is the person's: it stays in the field."""
    send("5", 1000)
    qtbot.waitUntil(lambda: rig.field.text() == "5")
    scanner_burst(CODE, 1200)
    assert rig.got == [CODE] and rig.field.text() == "5"


def test_stall_before_the_timer_fires_counts_by_timestamps(qtbot: QtBot, rig: Rig) -> None:
    """Keys read 150 ms late but stamped 5 ms apart are one scan; nothing reaches the field."""
    send(CODE[0], 1000)
    rig.clock.now += 0.150
    scanner_burst(CODE[1:], 1005)
    assert rig.got == [CODE] and rig.field.text() == ""


def test_without_timestamps_the_processing_time_decides(qtbot: QtBot, rig: Rig) -> None:
    """Events with timestamp 0 are timed by the clock: 150 ms apart is typing, 5 ms a scan."""
    send("4", 0)
    rig.clock.now += 0.150
    send("7", 0)
    qtbot.waitUntil(lambda: rig.field.text() == "47")
    assert rig.got == []
    rig.field.clear()
    for ch in CODE:
        rig.clock.now += 0.005
        send(ch, 0)
    send("\n", 0)
    assert rig.got == [CODE] and rig.field.text() == ""


def test_typing_13_digits_at_120_ms_stays_typing(qtbot: QtBot, rig: Rig) -> None:
    """A person typing 120 ms per key keeps every digit in the field and no scan happens."""
    for n, ch in enumerate(CODE):
        send(ch, 1000 + n * 120)
        qtbot.waitUntil(lambda n=n: rig.field.text() == CODE[:n + 1])
    send("\n", 1000 + len(CODE) * 120)
    assert rig.got == []
    assert rig.field.text() == CODE


def test_a_field_changed_since_keeps_its_text(qtbot: QtBot, rig: Rig) -> None:
    """A handed-on key is only taken back while the field is as the hand-on left it."""
    send(CODE[0], 1000)
    qtbot.waitUntil(lambda: rig.field.text() == CODE[0])
    rig.field.setText("Notiz")
    scanner_burst(CODE[1:], 1005)
    assert rig.field.text() == "Notiz"
    assert rig.got == [CODE[1:]]  # short by one digit: the lookup says so in German


def test_stall_with_focus_on_a_button(qtbot: QtBot, rig: Rig) -> None:
    """With the focus on a button (no text input) the handed-on key is taken back too."""
    rig.button.setFocus()
    qtbot.waitUntil(rig.button.hasFocus)
    send(CODE[0], 1000)
    qtbot.waitUntil(lambda: not rig.scanner._timer.isActive())
    scanner_burst(CODE[1:], 1005)
    assert rig.got == [CODE]
