"""The test page of the receipt printer: German characters, a barcode, a cut, the status.

Used by ``kreislauf devices test`` and the "Testdruck" button in the settings; works with
any ``ReceiptPrinter`` (the simulated one writes it to a file).
"""

from __future__ import annotations

from dataclasses import dataclass

from escpos.printer import Dummy

from app.errors import DeviceError
from app.hardware import escpos_text
from app.hardware import messages as msg
from app.hardware.printer_status import PAPER_NEAR_END, problem_for
from app.hardware.protocols import PrinterStatus, ReceiptJob, ReceiptPrinter

CHECK_BARCODE = "4006381333931"  # a valid EAN-13
GERMAN_LINE = msg.CHECK_GERMAN_LINE


@dataclass(frozen=True)
class PrintCheck:
    """What the test print found, as one German sentence; ``ok`` for the exit code."""

    ok: bool
    message: str
    status: PrinterStatus | None = None


def check_page_lines(width: int = 42) -> list[str]:
    return [msg.CHECK_TITLE, "-" * width, msg.CHECK_GERMAN, GERMAN_LINE, msg.CHECK_PRICE,
            "-" * width, msg.CHECK_BARCODE.format(code=CHECK_BARCODE)]


def check_page_job(codepage: str = "CP858", table: int | None = None, cut: str = "full",
                  width: int = 42) -> ReceiptJob:
    """The test page as a printer job (init, code page, text, EAN-13, feed and cut)."""
    printer = Dummy(profile="TM-T20II")
    escpos_text.start_job(printer, codepage, table)
    lines = check_page_lines(width)
    printer.set_with_default(bold=True, double_height=True, align="center")
    printer.text(lines[0] + "\n")
    printer.set_with_default()
    for line in lines[1:]:
        printer.text(line + "\n")
    printer.set_with_default(align="center")
    # barcode() prints a notice to stdout in python-escpos 3.1; call the hardware path.
    printer._hw_barcode(CHECK_BARCODE, "EAN13", 60, 2, "BELOW", "A", True, None, True)
    printer.set_with_default()
    printer.cut(mode=escpos_text.cut_mode(cut))
    text = "\n".join(lines) + "\n"
    return ReceiptJob(msg.CHECK_JOB_NAME, text, bytes(printer.output))


def run_check_print(printer: ReceiptPrinter, job: ReceiptJob) -> PrintCheck:
    """Status, test page, status again; never raises for device trouble."""
    try:
        before = printer.status()
        if not before.can_print:
            return PrintCheck(False, msg.CHECK_IMPOSSIBLE.format(
                reason=problem_for(before) or before.value), before)
        printer.print_job(job)
        after = printer.status()
    except DeviceError as exc:
        return PrintCheck(False, msg.CHECK_FAILED.format(reason=exc.message))
    if not after.can_print:
        return PrintCheck(False, msg.CHECK_PROBLEM_AFTER.format(
            reason=problem_for(after) or after.value), after)
    if after == PrinterStatus.PAPER_NEAR_END:
        return PrintCheck(True, msg.CHECK_PRINTED_NEAR_END.format(warning=PAPER_NEAR_END),
                          after)
    return PrintCheck(True, msg.CHECK_PRINTED, after)
