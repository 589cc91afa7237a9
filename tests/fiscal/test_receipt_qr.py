"""The receipt's QR code, decoded from what the printer gets and from the PDF copy, then
verified from its twelve fields alone; a changed amount fails the same check."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
import zxingcpp
from PIL import Image

from app.services.checkout import checkout, receipt_pdf, receipts
from app.services.checkout import receipt_text as layout
from app.services.fiscal import qr
from app.services.fiscal.signing_flow import Signer
from app.services.kernel.backend import Backend
from app.services.kernel.context import Actor
from tests.helpers.checkout import cart_with, take_in

pytestmark = pytest.mark.usefixtures("open_till", "live_till")


def raster_images(data: bytes) -> list[Image.Image]:
    """Every GS v 0 raster image in an ESC/POS stream, as the printer would print it."""
    out = []
    start = 0
    while (at := data.find(b"\x1dv0", start)) >= 0:
        width_bytes = data[at + 4] + 256 * data[at + 5]
        height = data[at + 6] + 256 * data[at + 7]
        body = data[at + 8: at + 8 + width_bytes * height]
        # Raster bits: 1 = a printed (black) dot; PIL mode "1" has 1 = white.
        img = Image.frombytes("1", (width_bytes * 8, height), bytes(b ^ 0xFF for b in body))
        out.append(img)
        start = at + 8 + len(body)
    return out


def decode(img: Image.Image) -> str:
    framed = Image.new("L", (img.width + 80, img.height + 80), 255)
    framed.paste(img.convert("L"), (40, 40))
    found = [r.text for r in zxingcpp.read_barcodes(framed)
             if r.format == zxingcpp.BarcodeFormat.QRCode]
    assert len(found) == 1, found
    return found[0]


@pytest.fixture
def signed_receipt(backend: Backend, signing_till: Signer, volunteer: Actor,
                   cashier: Actor) -> receipts.Receipt:
    codes = take_in(backend, volunteer, price="12,00")
    cart = cart_with(backend, cashier, codes, (("Bücher", "2,55", 1),))
    cart.tse_tx = signing_till.begin(backend, None)
    sale = backend.call(cashier, checkout.finish_sale, cart,
                        [checkout.card(500, "T1"), checkout.cash(2000)])
    return backend.query(cashier, receipts.build, sale.sale_id)


def _check(text: str, receipt: receipts.Receipt) -> None:
    assert receipt.tse is not None
    assert text == receipt.tse.qr_payload
    assert qr.verify(text)
    fields = text.split(";")
    assert fields[3] == "Beleg^0.00_14.55_0.00_0.00_0.00^9.55:Bar_5.00:Unbar"  # books: 7 %
    tampered = text.replace("9.55:Bar", "8.55:Bar")
    assert tampered != text and not qr.verify(tampered)


def test_qr_from_the_printer_raster_verifies(signed_receipt: receipts.Receipt) -> None:
    """The QR is sent as a GS v 0 raster; decoding those exact bytes gives a valid QR."""
    data = layout.render_escpos(signed_receipt)
    assert b"\x1d(k" not in data  # no printer-side QR engine: the image is what prints
    images = raster_images(data)
    assert len(images) == 1
    _check(decode(images[0]), signed_receipt)


def test_qr_from_the_pdf_copy_verifies(signed_receipt: receipts.Receipt,
                                       tmp_path: Path) -> None:
    """The PDF copy rasterised by poppler (pdftoppm) decodes to the same valid QR."""
    pdf = tmp_path / "bon.pdf"
    pdf.write_bytes(receipt_pdf.render(signed_receipt))
    subprocess.run(["pdftoppm", "-r", "200", "-png", str(pdf), str(tmp_path / "page")],
                   check=True, timeout=60)
    page = next(tmp_path.glob("page*.png"))
    _check(decode(Image.open(page).convert("1")), signed_receipt)
