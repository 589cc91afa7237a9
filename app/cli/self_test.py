"""``kreislauf --self-test``: does this installation (or bundle) work on this machine?

It opens a fresh database in a temporary folder and runs every migration, renders a label
as PDF and a receipt as text and ESC/POS bytes through the simulated printer: the parts a
broken build loses first (migration scripts, resources, reportlab fonts, python-escpos).
The user's data directory is not touched. One German line per check, exit 0 when all pass.
"""

from __future__ import annotations

import logging
import tempfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from app import __version__, messages
from app.config import Paths
from app.db import migrate
from app.errors import KasseError
from app.hardware.simulated_printer import SimulatedPrinter
from app.services.catalog.vat_totals import breakdown
from app.services.checkout import receipt_text
from app.services.checkout.receipts import Receipt, ReceiptLine, ReceiptPayment
from app.services.checkout.scan_lookup import receipt_code
from app.services.intake.item_codes import make_code
from app.services.kernel.backend import open_backend
from app.services.kernel.clock import Clock
from app.services.kernel.context import SYSTEM
from app.services.labels import layouts
from app.services.labels import pdf as label_pdf
from app.services.users import setup
from app.sync_schema.enums import SaleKind, VatKind

log = logging.getLogger("app.cli.self_test")

STATION = 1
PRICE_CENTS = 1250
ESC_INIT = b"\x1b@"
LABEL_LAYOUT = "a4-3x8"


class SelfTestFailure(KasseError):
    """A check ran but its result is not what a working installation produces."""


@dataclass(frozen=True)
class Check:
    name: str
    run: Callable[[Path, Clock], None]


def _expect(condition: bool, what: str) -> None:
    if not condition:
        raise SelfTestFailure(messages.SELF_TEST_WRONG_OUTPUT.format(what=what))


def check_database(folder: Path, clock: Clock) -> None:
    """A new database, migrated to the newest revision, with its station."""
    backend = open_backend(Paths(folder / "data"), must_exist=False, clock=clock)
    try:
        backend.call(SYSTEM, setup.initialise, STATION, messages.SELF_TEST_STORE, True)
        _expect(migrate.current_revision(backend.db.engine) == migrate.head_revision(),
                "Revision")
    finally:
        backend.close()


def check_label(folder: Path, clock: Clock) -> None:
    """One label on an A4 sheet: a one-page PDF."""
    label = label_pdf.LabelData(code=make_code(STATION, 1), price_cents=PRICE_CENTS,
                                description=messages.SELF_TEST_ITEM,
                                category=messages.SELF_TEST_CATEGORY,
                                store=messages.SELF_TEST_STORE)
    out = folder / "label.pdf"
    pages = label_pdf.render([label], layouts.get_layout(LABEL_LAYOUT), out)
    _expect(pages == 1 and out.read_bytes().startswith(b"%PDF"), "PDF")


def sample_receipt(when: datetime) -> Receipt:
    """A one-line cash sale as the till would print it."""
    vat = breakdown([(VatKind.NORMAL, PRICE_CENTS)])
    line = ReceiptLine(position=1, description=messages.SELF_TEST_ITEM, quantity=1,
                       unit_price_cents=PRICE_CENTS, discount_cents=0,
                       total_cents=PRICE_CENTS, vat_letter=vat[0].letter,
                       item_code=make_code(STATION, 1), needs_reconciliation=False)
    payment = ReceiptPayment(method="cash", label=messages.SELF_TEST_PAYMENT,
                             amount_cents=PRICE_CENTS, tendered_cents=2000,
                             change_cents=750, reference="")
    return Receipt(sale_id=1, uuid="00000000-0000-4000-8000-000000000001", kind=SaleKind.SALE,
                   store_name=messages.SELF_TEST_STORE, store_address=(), tax_number="",
                   vat_id="", station_number=STATION, station_name="", receipt_number=1,
                   receipt_code=receipt_code(STATION, 1), started_at=when, finished_at=when,
                   cashier=messages.SELF_TEST_CASHIER, lines=(line,), vat_totals=tuple(vat),
                   total_cents=PRICE_CENTS, payments=(payment,), change_cents=750, note="",
                   refers_to_receipt=None, demo=True)


def check_receipt(folder: Path, clock: Clock) -> None:
    """The receipt's text and ESC/POS bytes reach the simulated printer's files."""
    receipt = sample_receipt(clock())
    job = receipt_text.job(receipt, pdf=True)
    printer = SimulatedPrinter(folder / "receipts")
    printer.print_job(job)
    text_file = printer.files[-1]
    _expect(messages.SELF_TEST_ITEM in text_file.read_text(encoding="utf-8"), "Text")
    escpos = text_file.with_suffix(".bin").read_bytes()
    _expect(escpos.startswith(ESC_INIT) and escpos == job.escpos, "ESC/POS")


CHECKS = (
    Check(messages.SELF_TEST_DATABASE, check_database),
    Check(messages.SELF_TEST_LABEL, check_label),
    Check(messages.SELF_TEST_RECEIPT, check_receipt),
)


def _reason(exc: Exception) -> str:
    if isinstance(exc, KasseError):
        return str(exc)
    return messages.SELF_TEST_UNEXPECTED.format(kind=type(exc).__name__)


def run(clock: Clock, checks: Sequence[Check] = CHECKS,
        out: Callable[[str], None] = print) -> int:
    """Run ``checks`` in a temporary folder, one line each through ``out``; 0 if all pass."""
    failed = 0
    with tempfile.TemporaryDirectory(prefix="kreislauf-selbsttest-") as tmp:
        for check in checks:
            try:
                check.run(Path(tmp), clock)
            except Exception as exc:
                log.exception("self-test check failed: %s", check.name)
                failed += 1
                out(messages.SELF_TEST_FAILED.format(check=check.name, reason=_reason(exc)))
            else:
                out(messages.SELF_TEST_PASSED.format(check=check.name))
    if failed:
        out(messages.SELF_TEST_SUMMARY_FAILED.format(failed=failed, total=len(checks)))
        return 1
    out(messages.SELF_TEST_SUMMARY_OK.format(version=__version__))
    return 0
