"""The one-line climate note on printed and PDF receipts: on by default, off by a setting."""

from __future__ import annotations

import io

import pypdfium2
import pytest

from app.services.checkout import receipt_pdf, receipt_text, receipts, refunds
from app.services.checkout.refunds import RefundRequest
from app.services.kernel.backend import Backend
from app.services.kernel.context import Actor
from app.services.policy import store as policy
from app.services.policy.definitions import POLICY
from tests.impact.helpers import sell, unknown_category

pytestmark = pytest.mark.usefixtures("open_till")
NOTE = "Mit diesem Kauf ca. 38,4 kg CO2e vermieden."  # 33,565 + 2 x 2,4 kg


def _pdf_text(data: bytes) -> str:
    doc = pypdfium2.PdfDocument(io.BytesIO(data))
    try:
        page = doc[0]
        image = page.render(scale=2).to_pil()
        assert image.convert("L").getextrema()[0] < 100  # ink on the rasterised receipt
        return str(page.get_textpage().get_text_range())
    finally:
        doc.close()


def test_the_note_is_on_the_paper_and_the_pdf_receipt(backend: Backend,
                                                      cashier: Actor) -> None:
    sale = sell(backend, cashier, ("Möbel", "25,00", 1), ("Bücher", "1,00", 2))
    receipt = backend.query(cashier, receipts.build, sale.sale_id)
    assert receipt.impact_note == NOTE
    # One sentence; a 42-column roll wraps it after "CO2e".
    assert NOTE in " ".join(receipt_text.render_text(receipt).split())
    assert b"Mit diesem Kauf ca. 38,4 kg CO2e" in receipt_text.render_escpos(receipt)
    assert NOTE in " ".join(_pdf_text(receipt_pdf.render(receipt)).split())


def test_a_manager_switches_the_note_off(backend: Backend, manager: Actor,
                                         cashier: Actor) -> None:
    sale = sell(backend, cashier, ("Möbel", "25,00", 1))
    backend.call(manager, policy.save, {POLICY.receipt_impact_note.key: "0"})
    receipt = backend.query(cashier, receipts.build, sale.sale_id)
    assert receipt.impact_note == "" and "CO2e" not in receipt_text.render_text(receipt)


def test_no_note_when_the_impact_is_unknown_or_on_a_refund(backend: Backend, manager: Actor,
                                                           cashier: Actor) -> None:
    unknown_category(backend, manager)
    unknown = sell(backend, cashier, ("Krimskrams", "1,00", 1))
    assert "CO2e" not in receipt_text.render_text(
        backend.query(cashier, receipts.build, unknown.sale_id))
    sale = sell(backend, cashier, ("Möbel", "25,00", 1))
    with backend.read() as ctx:
        line = refunds.load(ctx, sale.sale_id).lines[0].line_id
    refund = backend.call(cashier, refunds.refund, sale.sale_id, [RefundRequest(line, 1)])
    assert "CO2e" not in receipt_text.render_text(
        backend.query(cashier, receipts.build, refund.sale_id))
