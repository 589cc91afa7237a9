"""At the Kasse, driven by key events: the first scan opens the TSE transaction, paying
signs it, and the receipt shows every TSE field; a TSE outage does not stop the sale."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
import zxingcpp
from PIL import Image
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from app.config import LocalSettings
from app.db.models import TseTransaction
from app.hardware.protocols import PrinterDrawer
from app.hardware.simulated_printer import SimulatedPrinter
from app.services.checkout.flow import TillDevices
from app.services.demo import store_facts
from app.services.fiscal import mode as fiscal_mode
from app.services.fiscal import qr
from app.services.fiscal.signing_flow import Signer
from app.services.kernel.backend import Backend
from app.services.kernel.context import SYSTEM, Actor
from app.ui.checkout.checkout_area import CheckoutArea
from app.ui.kit.error_triage import ErrorReporter
from app.ui.kit.operations import Operations
from app.ui.shell.session import SessionState
from tests.helpers.checkout import take_in
from tests.helpers.keyboard import burst as scan
from tests.helpers.notifier import RecordingNotifier
from tests.ui_checkout.test_checkout_area import key

pytestmark = pytest.mark.usefixtures("open_till")


@pytest.fixture
def signing_area(qtbot: QtBot, backend: Backend, cashier: Actor, signing_till: Signer,
                 tmp_path: Path) -> Iterator[CheckoutArea]:
    notifier = RecordingNotifier()
    ops = Operations(backend, ErrorReporter(notifier, tmp_path / "log"))
    state = SessionState(ops, notifier, LocalSettings(tmp_path / "s.toml"))
    state.set_actor(cashier)
    printer = SimulatedPrinter(tmp_path / "receipts")
    area = CheckoutArea(backend, state, TillDevices(printer, PrinterDrawer(printer),
                                                    signer=signing_till))
    area.printer = printer  # type: ignore[attr-defined]
    qtbot.addWidget(area)
    area.resize(1366, 768)
    area.show()
    qtbot.waitExposed(area)
    area.activateWindow()
    qtbot.waitUntil(lambda: len(area.keys.buttons) > 0)
    yield area
    ops.wait_for_done()


def test_first_scan_opens_and_payment_signs(qtbot: QtBot, signing_area: CheckoutArea,
                                            backend: Backend, volunteer: Actor) -> None:
    """Scan → TSE transaction open; F12, 10 Enter → signed, receipt with the TSE block."""
    code = take_in(backend, volunteer, price="4,00")[0]
    scan(signing_area, code)
    qtbot.waitUntil(lambda: signing_area.cart.tse_tx is not None)
    tx = signing_area.cart.tse_tx
    key(signing_area, Qt.Key.Key_F12)
    qtbot.waitUntil(lambda: signing_area.dialog is not None and signing_area.dialog.isVisible())
    QTest.keyClicks(signing_area.dialog.amount, "10")
    QTest.keyClick(signing_area.dialog.amount, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "Rückgeld" in signing_area.change.text())
    with backend.read() as ctx:
        row = ctx.session.scalar(select(TseTransaction).where(TseTransaction.uuid == tx))
    assert row is not None and row.state == "finished" and row.sale_id is not None
    text = signing_area.receipt.toPlainText()
    assert f"TSE-Transaktion: {row.tx_number}" in text
    assert "Software-TSE – nicht zertifiziert" in text
    printer = signing_area.printer  # type: ignore[attr-defined]
    assert "Signaturzähler" in printer.last_text
    assert qr.verify(qr.payload_of_row(row))


def test_receipt_preview_shows_the_qr_that_verifies(qtbot: QtBot, signing_area: CheckoutArea,
                                                    backend: Backend, volunteer: Actor,
                                                    tmp_path: Path) -> None:
    """After F12, 5 Enter the on-screen preview shows the QR; decoded, it verifies."""
    code = take_in(backend, volunteer, price="4,00")[0]
    assert not signing_area.receipt_qr.isVisible()
    scan(signing_area, code)
    qtbot.waitUntil(lambda: signing_area.cart.tse_tx is not None)
    key(signing_area, Qt.Key.Key_F12)
    qtbot.waitUntil(lambda: signing_area.dialog is not None and signing_area.dialog.isVisible())
    dialog = signing_area.dialog
    QTest.keyClicks(dialog.focusWidget(), "5")
    QTest.keyClick(dialog.focusWidget(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: signing_area.receipt_qr.isVisible())
    shot = tmp_path / "preview-qr.png"
    assert signing_area.receipt_qr.grab().save(str(shot))
    found = [r.text for r in zxingcpp.read_barcodes(Image.open(shot).convert("L"))
             if r.format == zxingcpp.BarcodeFormat.QRCode]
    assert len(found) == 1
    with backend.read() as ctx:
        row = ctx.session.scalar(select(TseTransaction).where(
            TseTransaction.sale_id == signing_area.last_sale_id))
    assert row is not None and found[0] == qr.payload_of_row(row)
    assert qr.verify(found[0])
    assert not qr.verify(found[0].replace("4.00:Bar", "3.00:Bar"))


def test_training_marker_in_kasse_and_on_the_receipt(
        qtbot: QtBot, signing_area: CheckoutArea, backend: Backend, volunteer: Actor,
        manager: Actor) -> None:
    """In training the Kasse says so; a sale by keys gets a TRAININGSBON; live: no marker."""
    qtbot.waitUntil(lambda: signing_area.training_marker.isVisible())
    assert "TRAININGSBETRIEB" in signing_area.training_marker.text()
    code = take_in(backend, volunteer, price="4,00")[0]
    scan(signing_area, code)
    qtbot.waitUntil(lambda: signing_area.cart.tse_tx is not None)
    key(signing_area, Qt.Key.Key_F12)
    qtbot.waitUntil(lambda: signing_area.dialog is not None and signing_area.dialog.isVisible())
    dialog = signing_area.dialog
    QTest.keyClicks(dialog.focusWidget(), "5")
    QTest.keyClick(dialog.focusWidget(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "TRAININGSBON" in signing_area.receipt.toPlainText())
    backend.call(SYSTEM, store_facts.fill_store_facts)
    backend.call(manager, fiscal_mode.set_mode, "live")
    signing_area.reload()
    qtbot.waitUntil(lambda: not signing_area.training_marker.isVisible())
