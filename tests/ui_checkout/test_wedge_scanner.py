"""Keyboard-wedge scans are told apart from typing by timing, wherever the focus is."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QLineEdit, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from app.ui.checkout.wedge_scanner import WedgeConfig, WedgeScanner
from tests.helpers.clock import Ticks
from tests.helpers.keyboard import burst
from tests.ui_checkout.test_wedge_stall import send


@pytest.fixture
def ticks() -> Ticks:
    return Ticks()


@pytest.fixture
def setup(qtbot: QtBot, ticks: Ticks) -> tuple[QWidget, QLineEdit, WedgeScanner, list[str]]:
    window = QWidget()
    layout = QVBoxLayout(window)
    field = QLineEdit()
    other = QLineEdit()
    layout.addWidget(field)
    layout.addWidget(other)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    field.setFocus()
    qtbot.waitUntil(field.hasFocus)
    scanner = WedgeScanner(window, WedgeConfig(), clock=ticks)
    scanner.install()
    got: list[str] = []
    scanner.scanned.connect(got.append)
    yield window, field, scanner, got
    scanner.uninstall()


def test_fast_burst_is_a_scan(qtbot: QtBot, setup: tuple) -> None:  # type: ignore[type-arg]
    """13 digits within milliseconds plus Enter: one scan, nothing typed in the field."""
    window, field, scanner, got = setup
    burst(window, "2001000000180")
    assert got == ["2001000000180"]
    scanner.flush()  # nothing is held back that could still reach the field
    assert field.text() == ""


def test_each_key_counted_once(qtbot: QtBot, setup: tuple) -> None:  # type: ignore[type-arg]
    """The QWindow and widget deliveries of one key press do not double the digits."""
    window, _field, _scanner, got = setup
    burst(window, "12345678")
    assert got == ["12345678"]


def test_slow_typing_reaches_the_field(qtbot: QtBot, setup: tuple,  # type: ignore[type-arg]
                                       ticks: Ticks) -> None:
    """A person typing 60 ms apart gets their digits in the field and no scan."""
    _window, field, _scanner, got = setup
    field.setFocus()
    for n, ch in enumerate("4711"):
        send(ch, 10_000 + n * 60)  # the window system's timestamps, 60 ms apart
        ticks.advance(0.060)
    assert field.text() == "471"  # each key handed on as soon as the next came too late
    qtbot.waitUntil(lambda: field.text() == "4711")  # the last one after the flush delay
    assert got == []


def test_short_burst_is_typing(qtbot: QtBot, setup: tuple) -> None:  # type: ignore[type-arg]
    """A fast burst shorter than the minimum length goes to the field."""
    window, field, _scanner, got = setup
    burst(window, "123")
    assert field.text() == "123" and got == []


def test_scan_with_focus_in_another_field(qtbot: QtBot, setup: tuple) -> None:  # type: ignore[type-arg]
    """The scan is caught wherever the focus is."""
    window, field, _scanner, got = setup
    other = window.findChildren(QLineEdit)[1]
    other.setFocus()
    qtbot.waitUntil(other.hasFocus)
    burst(window, "2001000000180")
    assert got == ["2001000000180"] and other.text() == "" and field.text() == ""


def test_prefix_and_suffix_stripped(qtbot: QtBot, setup: tuple) -> None:  # type: ignore[type-arg]
    """A configured prefix/suffix is removed from the code."""
    window, _field, scanner, got = setup
    scanner.config = WedgeConfig(prefix="9", suffix="0")
    burst(window, "920010000001800")
    assert got == ["2001000000180"]
