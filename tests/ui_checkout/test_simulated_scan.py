"""The simulated scanner: "Scannen" on a listed ready item adds it at the Kasse."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from app.config import LocalSettings
from app.device_setup import DeviceHub
from app.services.kernel.backend import Backend
from app.services.kernel.context import Actor
from app.ui.checkout.checkout_view import CheckoutView
from app.ui.kit.error_triage import ErrorReporter
from app.ui.kit.operations import Operations
from app.ui.shell.session import SessionState
from tests.helpers.checkout import take_in
from tests.helpers.notifier import RecordingNotifier

pytestmark = pytest.mark.usefixtures("open_till")


@pytest.fixture
def view(qtbot: QtBot, backend: Backend, cashier: Actor, tmp_path: Path
         ) -> Iterator[CheckoutView]:
    notifier = RecordingNotifier()
    ops = Operations(backend, ErrorReporter(notifier, tmp_path / "log"))
    settings = LocalSettings(tmp_path / "settings.toml")
    settings.set("scanner.kind", "simulated")
    session = SessionState(ops, notifier, settings)
    session.attach_devices(DeviceHub(settings, tmp_path / "receipts", simulated=False))
    session.set_actor(cashier)
    till = CheckoutView(backend, session)
    qtbot.addWidget(till)
    till.show()
    qtbot.waitExposed(till)
    yield till
    ops.wait_for_done()


def test_scan_from_the_list(qtbot: QtBot, view: CheckoutView, backend: Backend,
                            volunteer: Actor) -> None:
    """The dialog lists ready items; Scannen puts the chosen one in the cart."""
    codes = take_in(backend, volunteer, price="3,00", description="Teekanne")
    assert "simulated_scan" in view.buttons
    dialog = view.open_simulated_scanner()
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.items.count() == 1)
    assert dialog.scan_selected() == codes[0]
    qtbot.waitUntil(lambda: len(view.cart.lines) == 1)
    assert view.cart.lines[0].description == "Teekanne"
    dialog.close()


def test_no_simulation_button_for_a_wedge_scanner(qtbot: QtBot, backend: Backend,
                                                  cashier: Actor, tmp_path: Path) -> None:
    """With the keyboard-wedge scanner the Kasse shows no simulation button."""
    ops = Operations(backend, ErrorReporter(RecordingNotifier(), tmp_path / "log"))
    session = SessionState(ops, RecordingNotifier(), LocalSettings(tmp_path / "s.toml"))
    session.attach_devices(DeviceHub(session.settings, tmp_path / "receipts", simulated=False))
    session.set_actor(cashier)
    till = CheckoutView(backend, session)
    qtbot.addWidget(till)
    assert "simulated_scan" not in till.buttons and till.open_simulated_scanner() is None
    ops.wait_for_done()
