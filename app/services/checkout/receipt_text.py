"""Laying out a ``Receipt`` for 32, 42 or 48 characters per line, as text and as ESC/POS.

``rows`` is the one layout; ``render_text`` joins it for the screen and the simulated
printer, ``render_escpos`` sends the same rows through python-escpos (bold, double-height
total, EAN-13 of the receipt, cut, optional drawer kick). No line is ever wider than the
paper: long descriptions wrap, amounts stay right-aligned.
"""

from __future__ import annotations

import textwrap
from dataclasses import dataclass

from escpos.constants import QR_ECLEVEL_M
from escpos.printer import Dummy

from app.hardware import escpos_text
from app.hardware.protocols import ReceiptJob
from app.services.catalog.vat_totals import VatTotal
from app.services.checkout import messages as msg
from app.services.checkout.receipts import Receipt, ReceiptLine
from app.services.fiscal import messages as fiscal_msg
from app.services.fiscal.qr import qr_time
from app.services.fiscal.receipt_tse import TseData
from app.services.kernel.formatting import format_amount, format_local
from app.sync_schema.enums import PaymentMethod, SaleKind

WIDTHS = (32, 42, 48)
# Code page with the euro sign (HARDWARE.md): CP858 is table 19, CP1252 the alternative.
CODEPAGES = escpos_text.CODEPAGES
PROFILE = "TM-T20II"  # a generic 80 mm ESC/POS profile with a known pixel width
QR_MODULE_DOTS = 4  # 0.5 mm modules at 203 dpi: a V0 QR (version ~10) is about 3 cm wide


@dataclass(frozen=True)
class Row:
    text: str = ""
    bold: bool = False
    big: bool = False
    center: bool = False
    barcode: str | None = None
    qr: str | None = None  # DSFinV-K QR payload, printed as a raster image


def _two(left: str, right: str, width: int, bold: bool = False,
         big: bool = False) -> list[Row]:
    """``left`` wrapped so that ``right`` fits right-aligned on the first line."""
    room = width - len(right) - 1
    if room < 8:
        return [*_wrap(left, width, bold), Row(right.rjust(width), bold, big)]
    parts = textwrap.wrap(left, room, break_long_words=True) or [""]
    first = Row(parts[0].ljust(room) + " " + right, bold, big)
    rest = textwrap.wrap(" ".join(parts[1:]), width, break_long_words=True) if parts[1:] else []
    return [first, *(Row(p, bold) for p in rest)]


def _wrap(text: str, width: int, bold: bool = False) -> list[Row]:
    return [Row(p, bold) for p in textwrap.wrap(text, width, break_long_words=True)] or [
        Row("", bold)]


def _center(text: str, width: int, bold: bool = False) -> list[Row]:
    return [Row(p.center(width).rstrip(), bold, center=True)
            for p in textwrap.wrap(text, width, break_long_words=True)]


def _line_rows(line: ReceiptLine, width: int) -> list[Row]:
    amount = f"{format_amount(line.total_cents + line.discount_cents)} {line.vat_letter}"
    out: list[Row] = []
    if line.quantity == 1:
        out += _two(line.description, amount, width)
    else:
        out += _wrap(line.description, width)
        out += _two(f"  {line.quantity} x {format_amount(line.unit_price_cents)}", amount, width)
    if line.item_code:
        mark = msg.R_RECONCILED_LATER if line.needs_reconciliation else ""
        out += _wrap(msg.R_CODE.format(code=line.item_code, mark=mark), width)
    if line.discount_cents:
        out += _two(msg.R_DISCOUNT, f"{format_amount(-line.discount_cents)}  ", width)
    return out


def _vat_rows(totals: tuple[VatTotal, ...], width: int) -> list[Row]:
    shown = [t for t in totals if t.shows_vat]
    out: list[Row] = []
    aw = 9
    label_w = width - 3 * aw
    cells = [(f"{t.letter} {t.rate_bp // 100}%", format_amount(t.net_cents),
              format_amount(t.vat_cents), format_amount(t.gross_cents)) for t in shown]
    if shown and all(len(c) <= aw for row in cells for c in row[1:]):
        out.append(Row("".ljust(label_w) + msg.R_NET.rjust(aw) + msg.R_VAT.rjust(aw)
                       + msg.R_GROSS.rjust(aw)))
        out += [Row(c[0][:label_w].ljust(label_w) + "".join(x.rjust(aw) for x in c[1:]))
                for c in cells]
    else:
        for c in cells:
            out += _two(f"{c[0]} {msg.R_NET}", c[1], width)
            out += _two(f"{c[0]} {msg.R_VAT}", c[2], width)
            out += _two(f"{c[0]} {msg.R_GROSS}", c[3], width)
    for t in totals:
        if not t.shows_vat:
            out += _wrap(msg.R_MARGIN_NOTE.format(letter=t.letter,
                                                  gross=format_amount(t.gross_cents)), width)
    return out


def _tse_rows(tse: TseData | None, width: int) -> list[Row]:
    """Every KassenSichV § 6 TSE field, the QR code, or why there is no signature."""
    if tse is None:
        return [*_wrap(msg.R_TSE.format(text=msg.NO_TSE), width),
                *_wrap(msg.NO_TSE_DETAIL, width)]
    if tse.failed:
        return [*_center(fiscal_msg.FAILED_RECEIPT, width, bold=True),
                *_wrap(msg.TSE_FAILED_DETAIL, width)]
    if not tse.signed or tse.start is None or tse.end is None:
        return _wrap(msg.TSE_PENDING, width)
    values = (str(tse.transaction_number), qr_time(tse.start), qr_time(tse.end),
              str(tse.signature_counter), tse.serial, tse.client_id, tse.algorithm,
              tse.time_format, tse.signature)
    out = [] if tse.certified else _center(fiscal_msg.SOFTWARE_TSE, width, bold=True)
    out += [r for k, v in zip(msg.R_TSE_FIELDS, values, strict=True)
            for r in _wrap(f"{k}: {v}", width)]
    out.append(Row(qr=tse.qr_payload))
    return out


def rows(receipt: Receipt, width: int = 42) -> list[Row]:
    """The receipt as rows of at most ``width`` characters."""
    if width not in WIDTHS:
        raise ValueError(f"unsupported receipt width {width}")
    sep, dsep = Row("-" * width), Row("=" * width)
    out: list[Row] = []
    if receipt.demo:
        out += _center(f"*** {msg.DEMO} ***", width, bold=True)
    if receipt.copy:
        out += _center(f"*** {msg.COPY} ***", width, bold=True)
    out += _center(receipt.store_name, width, bold=True)
    for part in receipt.store_address:
        out += _center(part, width)
    if receipt.tax_number:
        out += _center(msg.R_TAX_NUMBER.format(number=receipt.tax_number), width)
    if receipt.vat_id:
        out += _center(msg.R_VAT_ID.format(vat_id=receipt.vat_id), width)
    out.append(dsep)
    training = receipt.tse is not None and receipt.tse.training
    if training:
        out += _center(msg.TRAINING, width, bold=True)
        out += _wrap(msg.TRAINING_DETAIL, width)
    title = msg.R_TITLES.get(receipt.kind, "")
    if title:
        out += _center(title, width, bold=True)
    if receipt.refers_to_receipt is not None:
        out += _wrap(msg.R_REFERS_TO.format(number=receipt.refers_to_receipt), width)
    out += _two(msg.R_NUMBER.format(number=receipt.receipt_number),
                msg.R_STATION.format(number=receipt.station_number), width)
    out += _two(msg.R_DATE, format_local(receipt.finished_at, "%d.%m.%Y"), width)
    out += _two(msg.R_START, format_local(receipt.started_at, "%H:%M:%S"), width)
    out += _two(msg.R_END, format_local(receipt.finished_at, "%H:%M:%S"), width)
    out += _wrap(msg.R_CASHIER.format(name=receipt.cashier), width)
    out.append(sep)
    for line in receipt.lines:
        out += _line_rows(line, width)
    out.append(sep)
    if receipt.kind == SaleKind.CANCELLED:
        out += _wrap(msg.R_CANCELLED + receipt.note, width)
    if receipt.kind == SaleKind.REFUND and receipt.note:
        out += _wrap(msg.R_REFUND_REASON.format(reason=receipt.note), width)
    out += _two(msg.R_TOTAL, format_amount(receipt.total_cents), width, bold=True, big=True)
    cash = PaymentMethod.CASH
    for p in sorted(receipt.payments, key=lambda p: p.method == cash):  # change comes last
        label = p.label + (msg.R_PAYMENT_REFERENCE.format(reference=p.reference)
                           if p.reference else "")
        if p.method == cash and p.change_cents:
            out += _two(msg.R_TENDERED.format(label=label), format_amount(p.tendered_cents),
                        width)
            out += _two(msg.R_CHANGE, format_amount(p.change_cents), width, bold=True)
        else:
            out += _two(label, format_amount(p.amount_cents), width)
    if receipt.vat_totals:
        out.append(sep)
        out += _vat_rows(receipt.vat_totals, width)
    out.append(sep)
    if training:
        out += _center(msg.TRAINING, width, bold=True)
    out += _tse_rows(receipt.tse, width)
    out.append(sep)
    out.append(Row(barcode=receipt.receipt_code))
    out += _center(receipt.receipt_code, width)
    # A refund or an aborted sale bought nothing: no thanks for a purchase there.
    if receipt.kind == SaleKind.SALE:
        if receipt.impact_note:
            out += _wrap(receipt.impact_note, width)
        out += _center(msg.R_THANKS, width)
    elif receipt.kind == SaleKind.REFUND:
        out += _center(msg.R_REFUND_FOOTER, width)
    if receipt.copy:
        out += _center(f"*** {msg.COPY} ***", width, bold=True)
    if receipt.demo:
        out += _center(f"*** {msg.DEMO} ***", width, bold=True)
    return out


def render_text(receipt: Receipt, width: int = 42) -> str:
    """Plain text (UTF-8) for the screen preview and the simulated printer's file."""
    return "\n".join(r.text for r in rows(receipt, width)
                     if r.barcode is None and r.qr is None) + "\n"


def render_escpos(receipt: Receipt, width: int = 42, *, codepage: str = "CP858",
                  drawer_kick: bool = False, table: int | None = None,
                  cut: str = "full") -> bytes:
    """ESC/POS bytes: init, then the code page (python-escpos 3.1 forgets it after init).

    ``table`` overrides the ``ESC t`` number for printers that number their tables
    differently; ``cut`` is "full" or "partial".
    """
    printer = Dummy(profile=PROFILE)
    escpos_text.start_job(printer, codepage, table)
    for row in rows(receipt, width):
        if row.barcode is not None:
            printer.set_with_default(align="center")
            # barcode() in python-escpos 3.1 prints "Using hardware barcode renderer" to
            # stdout; the hardware path it picks is called directly to keep stdout clean.
            printer._hw_barcode(row.barcode, "EAN13", 60, 2, "OFF", "A", True, None, True)
            continue
        if row.qr is not None:
            # A raster image (GS v 0), not the printer's own QR engine (GS ( k): every
            # ESC/POS printer prints it, and a test can decode exactly the bytes sent.
            printer.qr(row.qr, ec=QR_ECLEVEL_M, size=QR_MODULE_DOTS, native=False,
                       center=True)
            continue
        printer.set_with_default(bold=row.bold, double_height=row.big,
                                 align="center" if row.center else "left")
        printer.text(escpos_text.plain(row.text.strip() if row.center else row.text) + "\n")
    printer.set_with_default()
    printer.cut(mode=escpos_text.cut_mode(cut))
    if drawer_kick:
        printer.cashdraw(2)
    return bytes(printer.output)


def job(receipt: Receipt, width: int = 42, *, codepage: str = "CP858",
        drawer_kick: bool = False, table: int | None = None, cut: str = "full",
        pdf: bool = False) -> ReceiptJob:
    """A printer job holding the renderings of the same receipt (``pdf``: with a copy)."""
    from app.services.checkout import receipt_pdf  # reportlab only when a copy is kept

    return ReceiptJob(receipt.name, render_text(receipt, width),
                      render_escpos(receipt, width, codepage=codepage, drawer_kick=drawer_kick,
                                    table=table, cut=cut),
                      receipt_pdf.render(receipt, width) if pdf else b"")
