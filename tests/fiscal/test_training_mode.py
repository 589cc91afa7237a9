"""Training mode (``fiscal.mode`` = training, the start of every till): sales and refunds
go through the TSE as ``AVTraining`` and every receipt says it is a training receipt."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from app.db.models import TseTransaction
from app.services.checkout import checkout, receipt_pdf, receipts, refunds
from app.services.checkout import receipt_text as layout
from app.services.fiscal import dsfinvk_export, qr
from app.services.fiscal.signing_flow import Signer
from app.services.kernel.backend import Backend
from app.services.kernel.context import Actor
from tests.conftest import Clock
from tests.fiscal.dsfinvk_helpers import read_zip, rows, trading_day
from tests.helpers.checkout import cart_with, take_in


def _sale(backend: Backend, signer: Signer, volunteer: Actor, cashier: Actor) -> int:
    codes = take_in(backend, volunteer, price="4,00")
    cart = cart_with(backend, cashier, codes, (("Bücher", "2,55", 1),))
    cart.tse_tx = signer.begin(backend, None)
    return backend.call(cashier, checkout.finish_sale, cart, [checkout.cash(700)]).sale_id


def _row(backend: Backend, sale_id: int) -> TseTransaction:
    with backend.read() as ctx:
        row = ctx.session.scalar(select(TseTransaction).where(
            TseTransaction.sale_id == sale_id))
    assert row is not None
    return row


@pytest.mark.usefixtures("open_till")
def test_training_sale_and_refund_are_signed_as_avtraining(
        backend: Backend, signing_till: Signer, volunteer: Actor, cashier: Actor,
        tmp_path: Path) -> None:
    """AVTraining in processData and QR (which verifies); TRAININGSBON on paper and PDF."""
    sale_id = _sale(backend, signing_till, volunteer, cashier)
    row = _row(backend, sale_id)
    assert row.state == "finished" and row.bon_typ == "AVTraining"
    assert row.process_data == "AVTraining^0.00_6.55_0.00_0.00_0.00^6.55:Bar"  # books: 7 %
    receipt = backend.query(cashier, receipts.build, sale_id)
    assert receipt.tse is not None and receipt.tse.training
    assert qr.verify(receipt.tse.qr_payload)
    assert receipt.tse.qr_payload.split(";")[3].startswith("AVTraining^")
    text = " ".join(layout.render_text(receipt).split())
    assert text.count("*** TRAININGSBON ***") == 2 and "kein gültiger Kassenbeleg" in text
    pdf = PdfReader(io.BytesIO(receipt_pdf.render(receipt)))
    assert "TRAININGSBON" in "".join(p.extract_text() or "" for p in pdf.pages)
    loaded = backend.query(cashier, refunds.load, sale_id)
    refund = backend.call(cashier, refunds.refund, sale_id,
                          [refunds.RefundRequest(loaded.lines[0].line_id, 1)], "cash")
    refund_row = _row(backend, refund.sale_id)
    assert refund_row.bon_typ == "AVTraining" and refund_row.process_data == (
        "AVTraining^0.00_-4.00_0.00_0.00_0.00^-4.00:Bar")
    assert "TRAININGSBON" in layout.render_text(
        backend.query(cashier, receipts.build, refund.sale_id))


@pytest.mark.usefixtures("open_till", "live_till")
def test_live_sale_is_a_beleg_without_training_marks(
        backend: Backend, signing_till: Signer, volunteer: Actor, cashier: Actor) -> None:
    """After the switch to live: Beleg, and no training line on the receipt."""
    sale_id = _sale(backend, signing_till, volunteer, cashier)
    assert _row(backend, sale_id).bon_typ == "Beleg"
    receipt = backend.query(cashier, receipts.build, sale_id)
    assert receipt.tse is not None and not receipt.tse.training
    assert "TRAININGSBON" not in layout.render_text(receipt)


def test_training_receipts_export_as_avtraining(
        backend: Backend, manager: Actor, cashier: Actor, clock: Clock,
        signing_till: Signer, tmp_path: Path) -> None:
    """In DSFinV-K the training day's receipts carry BON_TYP AVTraining, signed."""
    trading_day(backend, manager, cashier, clock)
    day = clock.today
    target = tmp_path / "training.zip"
    backend.query(manager, dsfinvk_export.export, day, day, target)
    files = read_zip(target)
    heads = rows(files, "transactions.csv")
    kinds = {r["BON_TYP"] for r in heads}
    cash_records = ("AB-", "BW-", "DS-", "TSE-")  # float, movements, difference, Z
    sales = {r["BON_TYP"] for r in heads if not r["BON_ID"].startswith(cash_records)}
    assert sales == {"AVTraining", "AVBelegabbruch"} and "AVTraining" in kinds
    tse = {r["BON_ID"]: r for r in rows(files, "transactions_tse.csv")}
    training = [r["BON_ID"] for r in heads if r["BON_TYP"] == "AVTraining"]
    assert training and all(tse[b]["TSE_TA_SIG"] for b in training)
    assert all(tse[b]["TSE_VORGANGSDATEN"].startswith("AVTraining^") for b in training)
