"""Fixtures for the device tests: pty pairs playing printer and scanner."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.hardware.pty_devices import FakePrinter


@pytest.fixture
def fake_printer(tmp_path: Path) -> Iterator[FakePrinter]:
    printer = FakePrinter(tmp_path / "printer")
    yield printer
    printer.close()
