"""The short X/Z report for the receipt printer (32, 42 or 48 characters per line).

The same figures as the PDF, condensed: VAT rates, payment types, voids, discounts and
refunds, the cash count and the top categories. ``job`` returns a ``ReceiptJob`` with
the plain text (screen, simulated printer) and the ESC/POS bytes in a code page with
the euro sign.
"""

from __future__ import annotations

import textwrap
from datetime import datetime

from escpos.printer import Dummy

from app.hardware import escpos_text
from app.hardware.protocols import ReceiptJob
from app.services.kernel.clock import BERLIN
from app.services.kernel.formatting import format_amount
from app.services.reports import messages as msg
from app.services.reports.model import Report, ReportKind
from app.services.reports.outage_text import outage_text, overdue_text
from app.services.reports.training_text import training_texts

TOP_CATEGORIES = 5
CODEPAGES = escpos_text.CODEPAGES


def _local(iso: str) -> str:
    return datetime.fromisoformat(iso).astimezone(BERLIN).strftime("%d.%m.%Y %H:%M")


def _two(left: str, cents: int | None, width: int) -> str:
    right = "" if cents is None else format_amount(cents)
    room = width - len(right) - 1
    return f"{left[:room]:<{room}} {right}"


def lines(r: Report, width: int = 42) -> list[str]:
    """The short report as lines no wider than ``width``."""
    rule = "-" * width
    title = (msg.RECEIPT_Z_TITLE.format(number=r.z_number) if r.kind == ReportKind.Z
             else msg.RECEIPT_X_TITLE)
    out = [r.store[:width].center(width).rstrip(), title.center(width).rstrip(), "",
           msg.RECEIPT_SESSION.format(station=r.station, session=r.session_number)[:width],
           msg.RECEIPT_FROM.format(at=_local(r.period_start)),
           msg.RECEIPT_UNTIL.format(at=_local(r.period_end))]
    if r.cashiers:
        out.append(msg.RECEIPT_CASHIERS.format(names=", ".join(r.cashiers))[:width])
    if r.receipts_before_opening:
        out.append(msg.RECEIPT_BEFORE_OPENING.format(count=r.receipts_before_opening)[:width])
    out += [rule, msg.RECEIPT_VAT_HEADING]
    for v in r.vat:
        out.append(_two(msg.RECEIPT_GROSS.format(label=v.label), v.gross_cents, width))
        out.append(_two(msg.RECEIPT_NET, v.net_cents, width))
        out.append(_two(msg.RECEIPT_VAT, v.vat_cents, width))
    out.append(_two(msg.RECEIPT_TOTAL.format(receipts=r.receipts), r.gross_cents, width))
    out += [rule] + [_two(msg.RECEIPT_COUNTED_ROW.format(label=p.label, count=p.count),
                          p.amount_cents, width) for p in r.payments]
    out += [_two(msg.RECEIPT_VOIDS.format(count=r.voids.count), r.voids.amount_cents, width),
            _two(msg.RECEIPT_DISCOUNTS.format(count=r.discounts.count),
                 r.discounts.amount_cents, width),
            _two(msg.RECEIPT_REFUNDS.format(count=r.refunds.count), -r.refunds.amount_cents,
                 width)]
    if r.training:
        out.append(rule)
        for text in training_texts(r.training):
            out += textwrap.wrap(text, width)
    if r.tse_outages:
        out += [rule, msg.OUTAGES_HEADING]
        for o in r.tse_outages:
            out += textwrap.wrap(outage_text(o), width)
            if o.overdue:
                out += textwrap.wrap(overdue_text(), width)
    if r.with_cash:
        c = r.cash
        out += [rule, _two(msg.RECEIPT_FLOAT, c.float_cents, width),
                _two(msg.RECEIPT_CASH_SALES, c.cash_sales_cents, width),
                _two(msg.RECEIPT_MOVEMENTS, c.movements_cents, width),
                _two(msg.RECEIPT_EXPECTED, c.expected_cents, width)]
        if c.counted_cents is not None:
            out += [_two(msg.RECEIPT_COUNTED, c.counted_cents, width),
                    _two(msg.RECEIPT_DIFFERENCE, c.difference_cents, width),
                    _two(msg.RECEIPT_BANKED, c.banked_cents, width),
                    _two(msg.RECEIPT_LEFT, c.left_in_drawer_cents, width)]
    if r.categories:
        out += [rule, msg.RECEIPT_CATEGORIES]
        out += [_two(msg.RECEIPT_COUNTED_ROW.format(label=c.name, count=c.count),
                     c.amount_cents, width) for c in r.categories[:TOP_CATEGORIES]]
    out += [rule, msg.RECEIPT_INTAKE.format(received=r.items_received,
                                            labelled=r.items_labelled)[:width]]
    if r.audit_count is not None and r.audit_hash:
        out += [rule, *audit_head_lines(r.audit_count, r.audit_hash, width)]
    return out


def audit_head_lines(count: int, hash_hex: str, width: int) -> list[str]:
    """The chain head as ``ANZAHL:HASH`` in one line, the hash cut to the paper (always
    more than ``audit verify --anchor`` needs), so the printed Z anchors the day."""
    value = msg.AUDIT_HEAD_VALUE.format(count=count, hash=hash_hex)
    return [msg.RECEIPT_AUDIT_HEAD[:width], value[:width]]


def job(r: Report, width: int = 42, *, codepage: str = "CP858", table: int | None = None,
        cut: str = "full") -> ReceiptJob:
    """The short report as a printer job (text and ESC/POS bytes, cut at the end)."""
    text = lines(r, width)
    printer = Dummy()
    escpos_text.start_job(printer, codepage, table)
    for n, line in enumerate(text):
        printer.set_with_default(bold=n == 1, double_height=n == 1)
        printer.text(escpos_text.plain(line) + "\n")
    printer.set_with_default()
    printer.cut(mode=escpos_text.cut_mode(cut))
    name = (f"Z{r.z_number:05d}" if r.kind == ReportKind.Z
            else f"X-S{r.station:02d}-{r.session_number}")
    return ReceiptJob(name, "\n".join(text) + "\n", bytes(printer.output))
