"""Saved printer settings never swap the printer in the middle of a receipt."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.config import LocalSettings
from app.device_setup import make_devices, reconfigure
from app.hardware.escpos_printer import EscposPrinter
from app.services.checkout.flow import SaleOutcome
from app.services.kernel.backend import Backend
from app.services.kernel.context import Actor
from tests.hardware.pty_devices import FakePrinter
from tests.hardware.test_escpos_printer import sell

pytestmark = pytest.mark.usefixtures("open_till")


@pytest.fixture
def second_printer(tmp_path: Path) -> Iterator[FakePrinter]:
    printer = FakePrinter(tmp_path / "printer2")
    yield printer
    printer.close()


def test_reconfigure_during_a_print_applies_after_it(
        fake_printer: FakePrinter, second_printer: FakePrinter, tmp_path: Path,
        backend: Backend, volunteer: Actor, cashier: Actor) -> None:
    """The whole receipt, with its status queries, goes to the old port; then the swap."""
    settings = LocalSettings(tmp_path / "settings.toml")
    settings.set("printer.kind", "escpos")
    settings.set("printer.url", str(fake_printer.path))
    settings.set("printer.status_timeout_ms", 5000)  # the busy printer answers late
    devices = make_devices(settings, tmp_path / "receipts", False)
    old = devices.printer
    fake_printer.hold_answers()
    outcomes: list[SaleOutcome] = []
    sale = threading.Thread(target=lambda: outcomes.append(
        sell(backend, volunteer, cashier, devices, cash=False)))
    sale.start()
    assert fake_printer.holding.wait(5)  # the receipt's first status query is out
    settings.set("printer.url", str(second_printer.path))
    applied: list[bool] = []
    swap = threading.Thread(target=lambda: applied.append(reconfigure(devices, settings,
                                                                      False)))
    swap.start()
    fake_printer.release_answers()
    sale.join(10)
    swap.join(10)
    assert outcomes and outcomes[0].printed, outcomes
    assert applied == [True]
    assert b"\x1dV" in fake_printer.printed()  # the cut: the whole receipt on the old port
    assert fake_printer.queries.count(1) == 2  # status before and after, both the old one
    assert second_printer.printed() == b"" and second_printer.queries == []
    assert isinstance(devices.printer, EscposPrinter) and devices.printer is not old
    assert devices.printer.port.url == str(second_printer.path)
    assert devices.printer.status().value == "ok" and second_printer.queries
    devices.printer.close()
