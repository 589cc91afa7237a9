"""A whole day at the till through the service API, the way the Kasse UI drives it."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.hardware.protocols import PrinterDrawer, Scanner
from app.hardware.simulated_printer import SimulatedPrinter
from app.hardware.simulated_scanner import SimulatedScanner
from app.services.checkout import cart as carts
from app.services.checkout import checkout, payments, refunds
from app.services.checkout import flow as sale_flow
from app.services.checkout import journal as sales_journal
from app.services.checkout.refunds import RefundRequest
from app.services.intake import item_codes
from app.services.kernel.backend import Backend
from app.services.kernel.context import Actor
from tests.helpers.checkout import category_id, item_status, take_in

pytestmark = pytest.mark.usefixtures("open_till")


def test_scan_three_items_and_a_category_pay_cash_return_one(
        backend: Backend, volunteer: Actor, cashier: Actor, tmp_path: Path) -> None:
    """Scanner -> cart -> cash with change -> receipt file; then a return of one line."""
    codes = take_in(backend, volunteer, price="3,00", quantity=3)
    printer = SimulatedPrinter(tmp_path / "bons")
    devices = sale_flow.TillDevices(printer, PrinterDrawer(printer), width=42)
    scanner = SimulatedScanner()
    assert isinstance(scanner, Scanner)
    cart = carts.Cart()
    scanner.start(lambda code: backend.query(cashier, carts.scan, cart, code))
    for code in codes:
        scanner.feed(code + "\r\n")
    backend.query(cashier, carts.add_category, cart, category_id(backend, "Kleidung"), "2,50")
    assert cart.total_cents == 1150
    assert payments.quick_amounts(cart.total_cents) == [1500, 2000, 5000]
    outcome = sale_flow.complete_sale(backend, cashier, cart, [checkout.cash(2000)], devices)
    assert outcome.printed and outcome.drawer_opened and outcome.sale.change_cents == 850
    assert "Rückgeld" in printer.files[0].read_text(encoding="utf-8")
    assert all(item_status(backend, c) == "sold" for c in codes)

    found = backend.query(cashier, refunds.find, outcome.sale.receipt_code)
    back = sale_flow.complete_refund(backend, cashier, found.sale_id,
                                     [RefundRequest(found.lines[0].line_id, restock=True)],
                                     "cash", devices)
    assert back.printed and back.sale.total_cents == -300
    assert item_status(backend, codes[0]) == "ready"
    journal = backend.query(cashier, sales_journal.journal)
    assert [(r.kind, r.total_cents) for r in journal] == [("refund", -300), ("sale", 1150)]


def test_sale_with_an_unknown_code(backend: Backend, cashier: Actor, tmp_path: Path) -> None:
    """A code minted at another station is sold at the typed price and printed."""
    printer = SimulatedPrinter(tmp_path)
    devices = sale_flow.TillDevices(printer, PrinterDrawer(printer), width=32)
    code = item_codes.make_code(4, 99)
    cart = carts.Cart()
    assert backend.query(cashier, carts.scan, cart, code).unknown_code == code
    backend.query(cashier, carts.add_unknown_code, cart, code, "12,00")
    outcome = sale_flow.complete_sale(backend, cashier, cart, [checkout.card(1200, "A1")],
                                      devices)
    assert outcome.printed and not outcome.drawer_opened
    text = " ".join(printer.last_text.split())
    assert f"Code {code} (wird abgeglichen)" in text and "12,00 A" in text
