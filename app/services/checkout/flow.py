"""Commit first, then print: the order the UI follows for every receipt.

``complete_sale`` commits the sale through ``Backend.call`` (SQLite fsyncs on commit),
and only then prints the receipt and opens the drawer. A printer or drawer failure never
undoes or blocks the committed sale: the outcome says in German what failed, and
``reprint`` prints the receipt again from the record (marked as a copy).
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass, field

from app.errors import DeviceError
from app.hardware.printer_status import (
    MAYBE_INCOMPLETE,
    PAPER_NEAR_END,
    PrintInterrupted,
    problem_for,
)
from app.hardware.protocols import (
    CashDrawer,
    DrawerUncertain,
    OperatorPrompt,
    PrinterStatus,
    ReceiptJob,
    ReceiptPrinter,
)
from app.services.checkout import checkout, receipts, refunds
from app.services.checkout import messages as msg
from app.services.checkout import receipt_text as receipt_layout
from app.services.checkout.cart import Cart
from app.services.checkout.checkout import PaymentInput
from app.services.checkout.records import SaleResult
from app.services.checkout.refunds import RefundRequest
from app.services.fiscal.signing_flow import Signer
from app.services.kernel.backend import Backend
from app.services.kernel.context import Actor
from app.sync_schema.enums import PaymentMethod

log = logging.getLogger(__name__)
RETRY_QUESTIONS = {
    PrinterStatus.PAPER_OUT: msg.RETRY_PAPER_OUT,
    PrinterStatus.COVER_OPEN: msg.RETRY_COVER_OPEN,
    PrinterStatus.OFFLINE: msg.RETRY_OFFLINE,
    PrinterStatus.UNKNOWN: msg.RETRY_SILENT,
}
MAX_RETRIES = 3


@dataclass
class TillDevices:
    """The devices of this till, handed in (constructor injection, no globals).

    ``lock`` is held for each use of the printer or drawer (one print attempt with its
    status queries, one drawer kick) and by ``device_setup.reconfigure`` while it swaps
    them, so saved settings never replace a printer in the middle of a receipt.
    """

    printer: ReceiptPrinter
    drawer: CashDrawer | None = None
    prompt: OperatorPrompt | None = None
    width: int = 42
    codepage: str = "CP858"
    table: int | None = None  # ESC t number when the printer numbers its tables differently
    cut: str = "full"  # full | partial
    signer: Signer | None = None  # the TSE link; None when the till signs nothing
    lock: threading.RLock = field(default_factory=threading.RLock, repr=False, compare=False)

    def print_job(self, job: ReceiptJob) -> None:
        """Print ``job`` on the current printer, never while it is being swapped."""
        with self.lock:
            self.printer.print_job(job)


@dataclass(frozen=True)
class PrintOutcome:
    printed: bool
    receipt_text: str
    problem: str | None = None  # German, when not printed
    warnings: tuple[str, ...] = ()
    qr_payload: str = ""  # the receipt's DSFinV-K QR (for the preview), "" when unsigned
    partly_printed: bool = False  # ``problem`` is the one sentence for a half-printed bon


@dataclass(frozen=True)
class SaleOutcome:
    """A committed receipt and what happened at the devices afterwards."""

    sale: SaleResult
    receipt_text: str
    printed: bool
    drawer_opened: bool
    problems: tuple[str, ...] = ()
    warnings: tuple[str, ...] = field(default=())
    qr_payload: str = ""  # the receipt's DSFinV-K QR (for the preview), "" when unsigned
    partly_printed: bool = False  # problems[0] already says the sale is booked, reprint

    @property
    def can_reprint(self) -> bool:
        return not self.printed


def _try_print(devices: TillDevices, job_fn: Callable[[], ReceiptJob]) -> _Attempt:
    """Print once, with the status asked before and after; never raises."""
    with devices.lock:  # one printer for the whole attempt (settings may swap it)
        return _try_print_on(devices.printer, job_fn)


def _try_print_on(printer: ReceiptPrinter, job_fn: Callable[[], ReceiptJob]) -> _Attempt:
    try:
        status = printer.status()
        if not status.can_print:
            return _refused(status)
        printer.print_job(job_fn())
    except PrintInterrupted as exc:
        return _Attempt(exc.message, partly_printed=True)
    except DeviceError as exc:
        return _Attempt(exc.message)
    except Exception:
        log.exception("receipt printer failed")
        return _Attempt(msg.UNEXPECTED_DEVICE)
    # Paper running out or the cover opening during the job leaves the receipt unfinished.
    try:
        after = printer.status()
    except DeviceError as exc:
        return _Attempt(f"{MAYBE_INCOMPLETE} {exc.message}", partly_printed=True)
    except Exception:
        log.exception("printer status after printing failed")
        return _Attempt(f"{MAYBE_INCOMPLETE} {msg.UNEXPECTED_DEVICE}", partly_printed=True)
    if not after.can_print:
        refused = _refused(after)
        return _Attempt(f"{MAYBE_INCOMPLETE} {refused.problem}", partly_printed=True,
                        question=msg.RETRY_INCOMPLETE.format(incomplete=MAYBE_INCOMPLETE,
                                                             question=refused.ask()))
    return _Attempt(None, near_end=after == PrinterStatus.PAPER_NEAR_END)


def _refused(status: PrinterStatus) -> _Attempt:
    """A printer that says it cannot print: the German reason and the matching question."""
    return _Attempt(problem_for(status) or status.value, question=RETRY_QUESTIONS.get(status))


@dataclass(frozen=True)
class _Attempt:
    problem: str | None  # German, None when printed
    partly_printed: bool = False
    near_end: bool = False
    question: str | None = None  # what the operator prompt asks; from ``problem`` if None

    def ask(self) -> str:
        return self.question or msg.ASK_REPRINT.format(problem=self.problem)


def print_receipt(backend: Backend, actor: Actor, sale_id: int, devices: TillDevices, *,
                  copy: bool = False, drawer_kick: bool = False) -> PrintOutcome:
    """Build the receipt from the record and print it; never raises for device trouble.

    Once a job may have partly printed, every further attempt prints the whole receipt
    again marked as a copy (KOPIE).
    """
    receipt = backend.query(actor, receipts.build, sale_id, copy=copy)
    text = receipt_layout.render_text(receipt, devices.width)
    as_copy = copy

    def make_job() -> ReceiptJob:
        nonlocal receipt
        if as_copy and not receipt.copy:
            receipt = backend.query(actor, receipts.build, sale_id, copy=True)
        return receipt_layout.job(receipt, devices.width, codepage=devices.codepage,
                                  drawer_kick=drawer_kick, table=devices.table,
                                  cut=devices.cut,
                                  pdf=getattr(devices.printer, "keeps_pdf_copy", False))

    attempt = _try_print(devices, make_job)
    retries = 0
    while attempt.problem is not None and devices.prompt is not None and retries < MAX_RETRIES:
        as_copy = as_copy or attempt.partly_printed
        if not devices.prompt.ask_retry(attempt.ask()):
            break
        retries += 1
        attempt = _try_print(devices, make_job)
    qr = receipt.tse.qr_payload if receipt.tse is not None else ""
    if attempt.problem is not None and attempt.partly_printed:
        log.warning("receipt of sale %s printed partly: %s", sale_id, attempt.problem)
        return PrintOutcome(False, text, msg.PRINT_INCOMPLETE, qr_payload=qr,
                            partly_printed=True)
    if attempt.problem is not None:
        return PrintOutcome(False, text, msg.PRINT_FAILED.format(reason=attempt.problem),
                            qr_payload=qr)
    warnings = (PAPER_NEAR_END,) if attempt.near_end else ()
    return PrintOutcome(True, receipt_layout.render_text(receipt, devices.width), None, warnings,
                        qr)


def reprint(backend: Backend, actor: Actor, sale_id: int, devices: TillDevices) -> PrintOutcome:
    """Print a receipt again from the record, marked as a copy (KOPIE)."""
    return print_receipt(backend, actor, sale_id, devices, copy=True)


@dataclass(frozen=True)
class _Kick:
    opened: bool = False
    problem: str | None = None  # German: the kick surely failed
    warning: str | None = None  # German: the drawer probably stayed shut


def _open_drawer(devices: TillDevices) -> _Kick:
    with devices.lock:
        drawer = devices.drawer
        return _Kick() if drawer is None else _kick(drawer)


def _kick(drawer: CashDrawer) -> _Kick:
    try:
        drawer.open()
        return _Kick(opened=True)
    except DrawerUncertain as exc:
        return _Kick(warning=exc.message)
    except DeviceError as exc:
        return _Kick(problem=msg.DRAWER_FAILED.format(reason=exc.message))
    except Exception:
        log.exception("cash drawer failed")
        return _Kick(problem=msg.DRAWER_FAILED.format(reason=msg.UNEXPECTED_DEVICE))


def _after_commit(backend: Backend, actor: Actor, result: SaleResult, devices: TillDevices,
                  cash: bool) -> SaleOutcome:
    try:
        printed = print_receipt(backend, actor, result.sale_id, devices)
    except Exception:  # even a bug in the layout must not hide a committed sale
        log.exception("building the receipt failed after commit")
        printed = PrintOutcome(False, "", msg.PRINT_FAILED.format(reason=msg.UNEXPECTED_DEVICE))
    kick = _open_drawer(devices) if cash else _Kick()
    problems = tuple(p for p in (printed.problem, kick.problem) if p)
    warnings = printed.warnings + ((kick.warning,) if kick.warning else ())
    return SaleOutcome(result, printed.receipt_text, printed.printed, kick.opened, problems,
                       warnings, printed.qr_payload, printed.partly_printed)


def begin_sale(backend: Backend, cart: Cart, devices: TillDevices) -> str | None:
    """Open the cart's TSE transaction when its first line is there; never raises."""
    if devices.signer is None or not cart.lines or cart.tse_tx is not None:
        return cart.tse_tx
    cart.tse_tx = devices.signer.begin(backend, cart.tse_tx)
    return cart.tse_tx


def complete_sale(backend: Backend, actor: Actor, cart: Cart, payments: list[PaymentInput],
                  devices: TillDevices, note: str = "") -> SaleOutcome:
    """Commit the sale, then print and open the drawer (for cash).

    Bad input raises a ``KasseError`` before anything is saved; after the commit nothing
    raises: device trouble is reported in ``SaleOutcome.problems``.
    """
    result = backend.call(actor, checkout.finish_sale, cart, payments, note)
    cash = any(p.method == PaymentMethod.CASH for p in payments)
    return _after_commit(backend, actor, result, devices, cash)


def complete_refund(backend: Backend, actor: Actor, sale_id: int,
                    requests: list[RefundRequest], method: str, devices: TillDevices,
                    reference: str = "", reason: str = "") -> SaleOutcome:
    """Commit a refund, then print its receipt and open the drawer for a cash refund."""
    result = backend.call(actor, refunds.refund, sale_id, requests, method, reference, reason)
    return _after_commit(backend, actor, result, devices, method == PaymentMethod.CASH)


def cancel(backend: Backend, actor: Actor, cart: Cart, devices: TillDevices,
           reason: str = "") -> SaleOutcome:
    """Record the aborted sale and print its (zero) receipt; no drawer."""
    result = backend.call(actor, checkout.cancel_sale, cart, reason)
    return _after_commit(backend, actor, result, devices, False)
