"""The paper that travels with a cargo-bike order: delivery slip or pick-up slip (A5 PDF).

Top: the kind of slip, the store and the order number as a Code 128 barcode (the number
also in plain text below it), so the slip can be scanned back in when the rider returns.
Then date and time window in Berlin time, the address, the receipt number, the goods
with their totals, the notes, the fee and a box for the signature.
"""

from __future__ import annotations

from typing import Any

from reportlab.graphics.barcode import createBarcodeDrawing
from reportlab.graphics.shapes import Drawing
from reportlab.lib import colors
from reportlab.lib.pagesizes import A5
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer, Table, TableStyle

from app.services.delivery import messages as msg
from app.services.delivery.documents import (
    CELL,
    HEAD,
    STYLES,
    build_pdf,
    cell,
    content_width,
    grid,
    lines_cell,
    place,
    shown_name,
)
from app.services.delivery.model import OrderView
from app.services.impact.notes import format_kg
from app.services.kernel.formatting import format_cents, format_local

WIDTH = content_width(A5)
# 0.375 mm is three dots of a 203 dpi printer (HARDWARE.md): clean bars on thermal paper too.
MODULE = 0.375 * mm
BAR_HEIGHT = 13 * mm
LABEL_WIDTH = 28 * mm
# Menge, Beschreibung, Artikel-Nr., kg, l
LINE_WIDTHS = [14 * mm, WIDTH - 70 * mm, 26 * mm, 16 * mm, 14 * mm]
NUMERIC = (0, 3, 4)  # right-aligned columns, header included
TEXT = ParagraphStyle("slip-text", parent=CELL, fontSize=9, leading=11.5)
LABEL = ParagraphStyle("slip-label", parent=TEXT, fontName="Helvetica-Bold")
RIGHT = ParagraphStyle("slip-right", parent=CELL, alignment=2)
TOTAL = ParagraphStyle("slip-total", parent=RIGHT, fontName="Helvetica-Bold")
NUMBER = ParagraphStyle("slip-number", parent=TEXT, alignment=1)
# The sample Title is centred; on the slip the title sits left, beside the barcode.
TITLE = ParagraphStyle("slip-title", parent=STYLES["Title"], alignment=0, spaceBefore=0)


def order_barcode(number: str) -> Drawing:
    """The order number as Code 128 (bars and quiet zones only)."""
    # reportlab's own human-readable line sits on the bars; the slip sets the number below.
    return createBarcodeDrawing("Code128", value=number, barWidth=MODULE, barHeight=BAR_HEIGHT,
                                humanReadable=False)


def _head(order: OrderView, store_name: str, store_address: str) -> Table:
    left = [cell(msg.SLIP_TITLE[order.kind], TITLE),
            cell(store_name, LABEL), cell(store_address, TEXT)]
    barcode = order_barcode(order.number)
    code = [barcode, Spacer(1, 1 * mm), cell(order.number, NUMBER)]
    table = Table([[left, code]], colWidths=[WIDTH - barcode.width, barcode.width])
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("LEFTPADDING", (0, 0), (-1, -1), 0),
                               ("RIGHTPADDING", (0, 0), (-1, -1), 0)]))
    return table


def _facts(order: OrderView) -> Table:
    day = format_local(order.window_start, "%d.%m.%Y")
    when = msg.SLIP_DATE_VALUE.format(day=day, start=format_local(order.window_start, "%H:%M"),
                                      end=format_local(order.window_end, "%H:%M"))
    rows: list[list[Any]] = [
        [cell(str(msg.SLIP_ORDER), LABEL), cell(order.number, TEXT)],
        [cell(str(msg.SLIP_DATE), LABEL), cell(when, TEXT)],
        [cell(msg.SLIP_ADDRESS[order.kind], LABEL),
         lines_cell([shown_name(order), order.street, place(order)], TEXT)],
    ]
    if order.phone:
        rows.append([cell(str(msg.SLIP_PHONE), LABEL), cell(order.phone, TEXT)])
    if order.sale_number:
        rows.append([cell(str(msg.SLIP_RECEIPT), LABEL), cell(order.sale_number, TEXT)])
    if order.fee_cents > 0:
        fee = format_cents(order.fee_cents)
        rows.append([cell(str(msg.SLIP_FEE), LABEL),
                     cell(f"{order.fee_label}: {fee}" if order.fee_label else fee, TEXT)])
    if order.notes:
        rows.append([cell(str(msg.SLIP_NOTES), LABEL), cell(order.notes, TEXT)])
    table = Table(rows, colWidths=[LABEL_WIDTH, WIDTH - LABEL_WIDTH], hAlign="LEFT")
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("LEFTPADDING", (0, 0), (-1, -1), 0),
                               ("TOPPADDING", (0, 0), (-1, -1), 1.5),
                               ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5)]))
    return table


def _goods(order: OrderView) -> Table:
    rows: list[list[Any]] = [[cell(c, TOTAL if n in NUMERIC else HEAD)
                              for n, c in enumerate(msg.SLIP_COLUMNS)]]
    for line in order.lines:
        rows.append([cell(str(line.quantity), RIGHT), cell(line.description), cell(line.code),
                     cell(format_kg(line.total_weight_g), RIGHT),
                     cell(str(line.total_volume_l), RIGHT)])
    rows.append([cell(str(sum(line.quantity for line in order.lines)), TOTAL),
                 cell(str(msg.SLIP_TOTAL), HEAD), cell(""),
                 cell(format_kg(order.weight_g), TOTAL), cell(str(order.volume_l), TOTAL)])
    return grid(rows, LINE_WIDTHS, total=True)


def _signature(order: OrderView) -> Table:
    # Room above the line for the handwriting; the box keeps it apart from the goods.
    box = Table([[Spacer(1, 12 * mm)], [cell(msg.SLIP_SIGNATURE[order.kind], TEXT)]],
                colWidths=[WIDTH])
    box.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.8, colors.black),
                             ("LEFTPADDING", (0, 0), (-1, -1), 4),
                             ("BOTTOMPADDING", (0, -1), (-1, -1), 5)]))
    return box


def slip_pdf(order: OrderView, store_name: str, store_address: str) -> bytes:
    """The delivery or pick-up slip of ``order`` as an A5 portrait PDF."""
    story: list[Flowable] = [
        _head(order, store_name, store_address), Spacer(1, 5 * mm), _facts(order),
        Spacer(1, 5 * mm), _goods(order), Spacer(1, 8 * mm), _signature(order),
    ]
    title = f"{msg.SLIP_TITLE[order.kind]} {order.number}"
    return build_pdf(story, A5, title)
