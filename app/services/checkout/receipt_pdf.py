"""The receipt as a PDF copy (80 mm wide), with the DSFinV-K QR code drawn as vectors.

The same rows as the printer and the screen (``receipt_text.rows``) in a monospaced
font, so the copy reads like the paper receipt; the QR code comes from reportlab's QR
widget with error correction M. The simulated printer keeps this copy beside each
receipt it "prints".
"""

from __future__ import annotations

import io

from reportlab.graphics import renderPDF
from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.graphics.shapes import Drawing
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from app.services.checkout import receipt_text
from app.services.checkout.receipts import Receipt

FONT, BOLD, SIZE = "Courier", "Courier-Bold", 7.0
LEADING = SIZE * 1.25
MARGIN = 5 * mm
QR_SIZE = 36 * mm


def render(receipt: Receipt, width: int = 42) -> bytes:
    """The receipt as a one-page PDF as long as the receipt."""
    rows = receipt_text.rows(receipt, width)
    height = 2 * MARGIN + sum(QR_SIZE + LEADING if r.qr else LEADING for r in rows)
    page_width = 2 * MARGIN + width * SIZE * 0.6
    out = io.BytesIO()
    canvas = Canvas(out, pagesize=(page_width, height))
    canvas.setTitle(receipt.name)
    canvas.setAuthor("Kreislauf-Kasse")
    y = height - MARGIN
    for row in rows:
        if row.qr:
            widget = QrCodeWidget(row.qr, barLevel="M")
            x0, y0, x1, y1 = widget.getBounds()
            drawing = Drawing(QR_SIZE, QR_SIZE,
                              transform=[QR_SIZE / (x1 - x0), 0, 0, QR_SIZE / (y1 - y0), 0, 0])
            drawing.add(widget)
            y -= QR_SIZE
            renderPDF.draw(drawing, canvas, (page_width - QR_SIZE) / 2, y)
            y -= LEADING
            continue
        y -= LEADING
        text = row.text if row.barcode is None else row.barcode
        canvas.setFont(BOLD if row.bold else FONT, SIZE)
        canvas.drawString(MARGIN, y, text)
    canvas.showPage()
    canvas.save()
    return out.getvalue()
