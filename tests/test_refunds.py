"""Refunds: a new negative receipt pointing at the sold lines, never more than was sold."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from app.db.models import OutboxEvent, Payment, Sale, SaleLine
from app.errors import KasseError
from app.hardware.protocols import PrinterDrawer
from app.hardware.simulated_printer import SimulatedPrinter
from app.services.checkout import cart as carts
from app.services.checkout import checkout, receipts, refunds
from app.services.checkout import flow as sale_flow
from app.services.checkout import receipt_text as receipt_layout
from app.services.checkout.checkout import cash
from app.services.checkout.records import SaleResult
from app.services.checkout.refunds import RefundRequest
from app.services.kernel import audit
from app.services.kernel.backend import Backend
from app.services.kernel.context import Actor
from tests.helpers.checkout import cart_with, counts, item_status, take_in

pytestmark = pytest.mark.usefixtures("open_till")


@pytest.fixture
def sold(backend: Backend, volunteer: Actor, cashier: Actor) -> tuple[SaleResult, str]:
    """A sale of one labelled item (10,00) and three books at 1,00 with a 10 % discount."""
    [code] = take_in(backend, volunteer, price="10,00", description="Toaster")
    cart = cart_with(backend, cashier, [code], (("Bücher", "1,00", 3),))
    carts.set_sale_discount(cart, percent=10)
    return backend.call(cashier, checkout.finish_sale, cart, [cash(2000)]), code


def test_find_by_barcode_and_number(backend: Backend, cashier: Actor,
                                    sold: tuple[SaleResult, str]) -> None:
    """The receipt barcode and the plain receipt number both find the sale."""
    result, _ = sold
    by_code = backend.query(cashier, refunds.find, result.receipt_code)
    by_number = backend.query(cashier, refunds.find, str(result.receipt_number))
    assert by_code.sale_id == by_number.sale_id == result.sale_id
    assert [ln.quantity_left for ln in by_code.lines] == [1, 3]
    assert sum(ln.amount_left_cents for ln in by_code.lines) == result.total_cents == 1170


@pytest.mark.parametrize("text", ["", "abc", "77", "2901000000992", "2999000000013"])
def test_unknown_receipt(backend: Backend, cashier: Actor, sold: tuple[SaleResult, str],
                         text: str) -> None:
    """An unknown number or a foreign barcode gives a German message."""
    with pytest.raises(KasseError, match="Keinen Bon"):
        backend.query(cashier, refunds.find, text)


def test_refund_one_line_in_cash_and_restock(backend: Backend, cashier: Actor,
                                             sold: tuple[SaleResult, str]) -> None:
    """A refund is a new negative receipt pointing at the line; the item is ready again."""
    result, code = sold
    found = backend.query(cashier, refunds.find, result.receipt_code)
    toaster = found.lines[0]
    refund = backend.call(cashier, refunds.refund, result.sale_id,
                          [RefundRequest(toaster.line_id, restock=True)], "cash")
    assert refund.kind == "refund" and refund.total_cents == -900
    assert refund.receipt_number == result.receipt_number + 1
    with backend.read() as ctx:
        sale = ctx.session.get(Sale, refund.sale_id)
        line = ctx.session.scalars(select(SaleLine).where(SaleLine.sale_id == refund.sale_id)).one()
        pay = ctx.session.scalars(select(Payment).where(Payment.sale_id == refund.sale_id)).one()
        event = ctx.session.scalars(select(OutboxEvent).order_by(OutboxEvent.id.desc())).first()
        assert audit.verify(ctx.session).ok
    assert sale is not None and sale.refers_to_sale_id == result.sale_id
    assert (line.refers_to_line_id, line.quantity, line.total_cents) == (toaster.line_id, -1, -900)
    assert (pay.method, pay.amount_cents) == ("cash", -900)
    assert event is not None and event.type == "refund.completed"
    assert event.payload["restocked"] == [code]
    assert item_status(backend, code) == "ready"
    text = receipt_layout.render_text(backend.query(cashier, receipts.build, refund.sale_id))
    assert "RÜCKGABE" in text and f"zu Bon-Nr. {result.receipt_number}" in text and "-9,00" in text


def test_refund_without_restock_keeps_item_sold(backend: Backend, cashier: Actor,
                                                sold: tuple[SaleResult, str]) -> None:
    """Without restock the item stays sold (e.g. broken, goes to recycling)."""
    result, code = sold
    found = backend.query(cashier, refunds.load, result.sale_id)
    backend.call(cashier, refunds.refund, result.sale_id, [RefundRequest(found.lines[0].line_id)],
                 "card", "Terminal 12")
    assert item_status(backend, code) == "sold"


def test_same_line_twice_is_refused(backend: Backend, cashier: Actor,
                                    sold: tuple[SaleResult, str]) -> None:
    """A fully refunded line cannot be refunded again; nothing is written."""
    result, _ = sold
    line_id = backend.query(cashier, refunds.load, result.sale_id).lines[0].line_id
    backend.call(cashier, refunds.refund, result.sale_id, [RefundRequest(line_id)])
    before = counts(backend)
    with pytest.raises(KasseError, match="bereits vollständig erstattet"):
        backend.call(cashier, refunds.refund, result.sale_id, [RefundRequest(line_id)])
    assert counts(backend) == before


def test_partial_quantities_never_exceed_what_was_sold(backend: Backend, cashier: Actor,
                                                       sold: tuple[SaleResult, str]) -> None:
    """Of three books, 2 then 1 can be refunded; their amounts add up to the line exactly."""
    result, _ = sold
    books = backend.query(cashier, refunds.load, result.sale_id).lines[1]
    first = backend.call(cashier, refunds.refund, result.sale_id, [RefundRequest(books.line_id, 2)])
    with pytest.raises(KasseError, match="nur noch 1 Stück erstattbar, nicht 2"):
        backend.call(cashier, refunds.refund, result.sale_id, [RefundRequest(books.line_id, 2)])
    second = backend.call(cashier, refunds.refund, result.sale_id, [RefundRequest(books.line_id)])
    assert -(first.total_cents + second.total_cents) == books.amount_left_cents == 270
    left = backend.query(cashier, refunds.load, result.sale_id).lines[1]
    assert (left.quantity_left, left.amount_left_cents) == (0, 0)


@pytest.mark.parametrize(("requests", "words"), [
    ([], "mindestens eine Position"),
    ([RefundRequest(999)], "gehört nicht zu diesem Bon"),
    ([RefundRequest(0, 0)], "mindestens eine Position"),
    ("four", "nur noch 3 Stück"),
    ("split", "nur noch 3 Stück"),
])
def test_bad_refund_requests(backend: Backend, cashier: Actor, sold: tuple[SaleResult, str],
                             requests: list[RefundRequest] | str, words: str) -> None:
    """Nothing chosen, a foreign line or too many pieces: German message, nothing written."""
    result, _ = sold
    books = backend.query(cashier, refunds.load, result.sale_id).lines[1].line_id
    if requests == "four":
        requests = [RefundRequest(books, 4)]
    elif requests == "split":
        requests = [RefundRequest(books, 2), RefundRequest(books, 2)]
    before = counts(backend)
    with pytest.raises(KasseError, match=words):
        backend.call(cashier, refunds.refund, result.sale_id, requests)
    assert counts(backend) == before


def test_refund_of_a_refund_is_refused(backend: Backend, cashier: Actor,
                                       sold: tuple[SaleResult, str]) -> None:
    """Only sales can be refunded, not refund receipts."""
    result, _ = sold
    line_id = backend.query(cashier, refunds.load, result.sale_id).lines[0].line_id
    refund = backend.call(cashier, refunds.refund, result.sale_id, [RefundRequest(line_id)])
    with pytest.raises(KasseError, match="Nur Verkaufsbons"):
        backend.call(cashier, refunds.refund, refund.sale_id, [RefundRequest(line_id)])


def test_bad_refund_method(backend: Backend, cashier: Actor, sold: tuple[SaleResult, str]) -> None:
    """Refunds go back in cash or to a card, nothing else."""
    result, _ = sold
    line_id = backend.query(cashier, refunds.load, result.sale_id).lines[0].line_id
    with pytest.raises(KasseError, match="Bar oder Karte"):
        backend.call(cashier, refunds.refund, result.sale_id, [RefundRequest(line_id)], "scheck")


def test_refund_flow_prints_and_opens_drawer(backend: Backend, cashier: Actor, tmp_path: Path,
                                             sold: tuple[SaleResult, str]) -> None:
    """A cash refund is committed, printed and the drawer opens for the pay-out."""
    result, _ = sold
    printer = SimulatedPrinter(tmp_path)
    devices = sale_flow.TillDevices(printer, PrinterDrawer(printer), width=32)
    line_id = backend.query(cashier, refunds.load, result.sale_id).lines[0].line_id
    outcome = sale_flow.complete_refund(backend, cashier, result.sale_id,
                                        [RefundRequest(line_id)], "cash", devices)
    assert outcome.printed and outcome.drawer_opened and "RÜCKGABE" in printer.last_text


def test_outbox_payloads_satisfy_the_server_schema(backend: Backend, cashier: Actor,
                                                   sold: tuple[SaleResult, str]) -> None:
    """Sale, refund and cancellation events validate against the central server's schema."""
    from server.sync.apply import parse

    result, _ = sold
    line_id = backend.query(cashier, refunds.load, result.sale_id).lines[1].line_id
    backend.call(cashier, refunds.refund, result.sale_id, [RefundRequest(line_id, 2)], "card")
    cart = cart_with(backend, cashier, [], (("Bücher", "1,00", 1),))
    backend.call(cashier, checkout.cancel_sale, cart, "Kunde ging")
    with backend.read() as ctx:
        events = ctx.session.scalars(select(OutboxEvent).where(OutboxEvent.type.in_(
            ["sale.completed", "refund.completed", "sale.cancelled"]))).all()
    assert sorted(e.type for e in events) == ["refund.completed", "sale.cancelled",
                                              "sale.completed"]
    for event in events:
        assert parse(event.type, event.payload) is not None
