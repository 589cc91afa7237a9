"""Finishing, cancelling and parking sales: one transaction, nothing half-written."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from app.db.models import AuditEntry, OutboxEvent, Payment, Sale, SaleLine
from app.errors import ConflictError, KasseError, PermissionDenied, ValidationError
from app.services.cash import closing
from app.services.cash import sessions as cash_sessions
from app.services.checkout import cart as carts
from app.services.checkout import checkout, parking
from app.services.checkout import journal as sales_journal
from app.services.checkout.checkout import PaymentInput, card, cash
from app.services.intake import item_codes
from app.services.kernel import audit
from app.services.kernel.backend import Backend
from app.services.kernel.context import Actor
from tests.helpers.checkout import cart_with, counts, item_status, take_in
from tests.helpers.clock import Clock

pytestmark = pytest.mark.usefixtures("open_till")


def test_sale_writes_everything_in_one_go(backend: Backend, volunteer: Actor,
                                          cashier: Actor) -> None:
    """Sale, lines, payment, items sold, ONE audit entry and ONE outbox event."""
    codes = take_in(backend, volunteer, price="4,00", quantity=2)
    cart = cart_with(backend, cashier, codes, (("Kleidung", "2,50", 2),))
    before = counts(backend)
    result = backend.call(cashier, checkout.finish_sale, cart, [cash(2000)])
    after = counts(backend)
    assert {k: after[k] - before[k] for k in after} == {
        "sale": 1, "sale_line": 3, "payment": 1, "audit_entry": 1, "outbox_event": 1, "sold": 2}
    assert (result.total_cents, result.change_cents, result.kind) == (1300, 700, "sale")
    assert all(item_status(backend, c) == "sold" for c in codes)
    with backend.read() as ctx:
        sale = ctx.session.get(Sale, result.sale_id)
        assert sale is not None and sale.cash_session_id is not None
        assert sale.user_id == cashier.user_id
        pay = ctx.session.scalars(select(Payment).where(Payment.sale_id == sale.id)).one()
        assert (pay.method, pay.amount_cents, pay.tendered_cents, pay.change_cents) == (
            "cash", 1300, 2000, 700)
        event = ctx.session.scalars(select(OutboxEvent).order_by(OutboxEvent.id.desc())).first()
        assert event is not None and event.type == "sale.completed"
        assert event.payload["uuid"] == result.uuid and len(event.payload["lines"]) == 3
        assert event.payload["receipt_number"] == result.receipt_number
        entry = ctx.session.scalars(select(AuditEntry).order_by(AuditEntry.id.desc())).first()
        assert entry is not None and entry.action == "sale.completed"
        assert sorted(entry.details["items"]) == sorted(codes)
        assert audit.verify(ctx.session).ok


def test_receipt_numbers_are_gapless(backend: Backend, cashier: Actor) -> None:
    """Receipt numbers count up by one per receipt of this station."""
    numbers = []
    for _ in range(4):
        cart = cart_with(backend, cashier, [], (("Bücher", "1,00", 1),))
        numbers.append(backend.call(cashier, checkout.finish_sale, cart, [cash(100)])
                       .receipt_number)
    assert numbers == [1, 2, 3, 4]


def test_card_and_split_payments(backend: Backend, cashier: Actor) -> None:
    """Card with reference; split card + cash where only the cash part gives change."""
    cart = cart_with(backend, cashier, [], (("Möbel", "45,00", 1),))
    result = backend.call(cashier, checkout.finish_sale, cart,
                          [card(3000, " Beleg  4711 "), cash(2000)])
    assert result.change_cents == 500
    with backend.read() as ctx:
        rows = ctx.session.execute(select(Payment.method, Payment.amount_cents,
                                          Payment.change_cents, Payment.reference)
                                   .where(Payment.sale_id == result.sale_id)).all()
    assert sorted(rows) == [("card", 3000, 0, "Beleg 4711"), ("cash", 1500, 500, "")]


@pytest.mark.parametrize(("payments", "words"), [
    ([], "Es fehlen noch 13,00"),
    ([cash(1299)], "Es fehlen noch 0,01"),
    ([card(500), cash(500)], "Es fehlen noch 3,00"),
    ([card(1400)], "Rückgeld gibt es nur bei Barzahlung"),
    ([cash(0)], "über 0 €"),
    ([cash(-500)], "über 0 €"),
    ([PaymentInput("gutschein", 1300)], "Unbekannte Zahlart"),
])
def test_bad_payments_are_refused_and_nothing_is_written(
        backend: Backend, volunteer: Actor, cashier: Actor,
        payments: list[PaymentInput], words: str) -> None:
    """Paying too little, too much by card or nonsense: German message, no trace in the DB."""
    codes = take_in(backend, volunteer, price="10,00")
    cart = cart_with(backend, cashier, codes, (("Kleidung", "3,00", 1),))
    before = counts(backend)
    with pytest.raises(ValidationError, match=words):
        backend.call(cashier, checkout.finish_sale, cart, payments)
    assert counts(backend) == before
    assert item_status(backend, codes[0]) == "ready" and len(cart.lines) == 2


def test_empty_cart_cannot_be_paid(backend: Backend, cashier: Actor) -> None:
    """An empty cart is refused with a hint to scan first."""
    with pytest.raises(ValidationError, match="Warenkorb ist leer"):
        backend.call(cashier, checkout.finish_sale, carts.Cart(), [cash(100)])


def test_volunteer_may_not_sell(backend: Backend, volunteer: Actor, cashier: Actor) -> None:
    """Selling needs the cashier or manager role."""
    cart = cart_with(backend, cashier, [], (("Bücher", "1,00", 1),))
    with pytest.raises(PermissionDenied, match="Verkaufen"):
        backend.call(volunteer, checkout.finish_sale, cart, [cash(100)])


def test_item_sold_elsewhere_meanwhile_blocks_the_sale(backend: Backend, volunteer: Actor,
                                                       cashier: Actor) -> None:
    """If an item in the cart was sold by another cart meanwhile, nothing is written."""
    [code] = take_in(backend, volunteer)
    first = cart_with(backend, cashier, [code])
    second = cart_with(backend, cashier, [code])
    backend.call(cashier, checkout.finish_sale, first, [cash(400)])
    before = counts(backend)
    with pytest.raises(ConflictError, match=code):
        backend.call(cashier, checkout.finish_sale, second, [cash(400)])
    assert counts(backend) == before


def test_unknown_code_is_recorded_for_reconciliation(backend: Backend, cashier: Actor) -> None:
    """A sale with an unknown store code keeps the code and the reconciliation mark."""
    code = item_codes.make_code(9, 55)
    cart = carts.Cart()
    backend.query(cashier, carts.add_unknown_code, cart, code, "5,00")
    result = backend.call(cashier, checkout.finish_sale, cart, [cash(500)])
    with backend.read() as ctx:
        line = ctx.session.scalars(select(SaleLine).where(SaleLine.sale_id == result.sale_id)).one()
    assert (line.item_code, line.item_id, line.needs_reconciliation) == (code, None, True)


def test_sale_attaches_to_the_open_cash_session(backend: Backend, cashier: Actor) -> None:
    """The sale records the till's open cash session."""
    with backend.read() as ctx:
        open_id = cash_sessions.require_open_session(ctx).id
    cart = cart_with(backend, cashier, [], (("Bücher", "1,00", 1),))
    result = backend.call(cashier, checkout.finish_sale, cart, [cash(100)])
    assert result.cash_session_id == open_id


def test_no_sale_with_the_till_closed(backend: Backend, cashier: Actor, manager: Actor) -> None:
    """After the Z closing, selling is refused in German and nothing is written."""
    backend.call(manager, closing.close_session, {5000: 2})
    cart = cart_with(backend, cashier, [], (("Bücher", "1,00", 1),))
    before = counts(backend)
    with pytest.raises(ConflictError, match="nicht geöffnet"):
        backend.call(cashier, checkout.finish_sale, cart, [cash(100)])
    with pytest.raises(ConflictError, match="nicht geöffnet"):
        backend.call(cashier, checkout.cancel_sale, cart)
    assert counts(backend) == before


def test_discounts_are_recorded_per_line(backend: Backend, cashier: Actor,
                                         manager: Actor) -> None:
    """Line and sale discounts end up in the lines; line totals sum to the sale total."""
    cart = cart_with(backend, cashier, [], (("Möbel", "30,00", 1), ("Bücher", "3,00", 3)))
    carts.set_line_discount(cart, cart.lines[0].key, percent=50, approver=manager)
    carts.set_sale_discount(cart, cents="1,00")
    result = backend.call(cashier, checkout.finish_sale, cart, [cash(5000)])
    with backend.read() as ctx:
        lines = ctx.session.scalars(select(SaleLine).where(SaleLine.sale_id == result.sale_id)
                                    .order_by(SaleLine.position)).all()
        entry = ctx.session.scalars(select(AuditEntry).order_by(AuditEntry.id.desc())).first()
    assert sum(ln.total_cents for ln in lines) == result.total_cents == 2300
    assert all(ln.unit_price_cents * ln.quantity - ln.discount_cents == ln.total_cents
               for ln in lines)
    assert entry is not None and entry.details["discount_approved_by"] == ["maria"]


def test_cancel_records_lines_with_zero_total(backend: Backend, volunteer: Actor,
                                              cashier: Actor) -> None:
    """A cancelled sale is kept (kind cancelled, lines, total 0, no payment); items stay."""
    [code] = take_in(backend, volunteer)
    cart = cart_with(backend, cashier, [code], (("Bücher", "1,00", 1),))
    result = backend.call(cashier, checkout.cancel_sale, cart, "Kunde hat es sich anders überlegt")
    with backend.read() as ctx:
        sale = ctx.session.get(Sale, result.sale_id)
        lines = ctx.session.scalars(select(SaleLine)
                                    .where(SaleLine.sale_id == result.sale_id)).all()
        pays = ctx.session.scalars(select(Payment)
                                   .where(Payment.sale_id == result.sale_id)).all()
    assert sale is not None and (sale.kind, sale.total_cents) == ("cancelled", 0)
    assert len(lines) == 2 and pays == []
    assert item_status(backend, code) == "ready"


def test_park_and_resume(backend: Backend, volunteer: Actor, cashier: Actor) -> None:
    """A parked cart comes back with its lines and discount; it resumes only once."""
    [code] = take_in(backend, volunteer)
    cart = cart_with(backend, cashier, [code], (("Kleidung", "2,00", 2),))
    carts.set_sale_discount(cart, percent=10)
    view = backend.call(cashier, parking.park, cart, "Frau mit Fahrrad")
    assert backend.query(cashier, parking.list_parked)[0].label == "Frau mit Fahrrad"
    resumed = backend.call(cashier, parking.resume, view.id)
    assert resumed.notes == ()
    assert [ln.key for ln in resumed.cart.lines] == [ln.key for ln in cart.lines]
    assert resumed.cart.total_cents == cart.total_cents == 720
    assert backend.query(cashier, parking.list_parked) == []
    with pytest.raises(ConflictError, match="bereits"):
        backend.call(cashier, parking.resume, view.id)
    backend.call(cashier, checkout.finish_sale, resumed.cart, [cash(720)])


def test_resume_drops_items_sold_meanwhile(backend: Backend, volunteer: Actor,
                                           cashier: Actor) -> None:
    """An item sold while its cart was parked is dropped from the resumed cart, with a note."""
    [code] = take_in(backend, volunteer, description="Radio")
    view = backend.call(cashier, parking.park, cart_with(backend, cashier, [code]))
    backend.call(cashier, checkout.finish_sale, cart_with(backend, cashier, [code]), [cash(400)])
    resumed = backend.call(cashier, parking.resume, view.id)
    assert resumed.cart.lines == [] and "Radio" in resumed.notes[0]


@pytest.mark.parametrize("parked_id", [999, -1])
def test_resume_unknown_parked_cart(backend: Backend, cashier: Actor, parked_id: int) -> None:
    """An unknown parked cart gives a German message."""
    with pytest.raises(KasseError, match="geparkten Bon gibt es nicht"):
        backend.call(cashier, parking.resume, parked_id)


def test_journal_lists_todays_receipts(backend: Backend, cashier: Actor, manager: Actor,
                                       clock: Clock) -> None:
    """The journal shows today's receipts of this station, newest first, with payment kinds."""
    backend.call(cashier, checkout.finish_sale,
                 cart_with(backend, cashier, [], (("Bücher", "1,00", 1),)), [cash(100)])
    backend.call(manager, checkout.finish_sale,
                 cart_with(backend, manager, [], (("Bücher", "2,00", 1),)), [card(200)])
    rows = backend.query(cashier, sales_journal.journal)
    assert [(r.receipt_number, r.total_cents, r.payments) for r in rows] == [
        (2, 200, "Karte"), (1, 100, "Bar")]
    assert [r.receipt_number for r in backend.query(cashier, sales_journal.journal, None,
                                                    cashier.user_id)] == [1]
    clock.advance(days=1)
    assert backend.query(cashier, sales_journal.journal) == []


def test_open_amount_while_typing_payments() -> None:
    """What is left to pay shrinks with each payment and turns negative as change."""
    assert checkout.open_cents(1300, []) == 1300
    assert checkout.open_cents(1300, [card(1000)]) == 300
    assert checkout.open_cents(1300, [card(1000), cash(500)]) == -200


def test_fast_sql_stores_exactly_what_core_stores(backend: Backend, cashier: Actor) -> None:
    """The compiled hot path writes datetimes, JSON and booleans as SQLAlchemy Core does."""
    from sqlalchemy import insert, text

    from app.db import fast_sql
    from app.services.kernel import outbox
    from app.sync_schema.enums import EventType
    from app.sync_schema.payloads import SalePayload

    # Lists, booleans, None and a non-ASCII text: a cancelled receipt's payload has them all.
    event = SalePayload.model_validate({
        "uuid": "00000000-0000-0000-0000-000000000000", "kind": "cancelled", "station": 1,
        "receipt_number": 1, "user": "kai", "started_at": "2026-11-26T09:00:00+00:00",
        "finished_at": "2026-11-26T09:01:00+00:00", "total_cents": 0, "payments": [],
        "cash_session_id": None, "lines": [{
            "position": 1, "description": "Bücher ä", "quantity": 1, "unit_price_cents": 100,
            "total_cents": 100, "vat_kind": "reduced", "vat_rate_bp": 700,
            "needs_reconciliation": True}]})
    payload = event.wire()
    with backend.write(cashier) as ctx:
        fast_id, _ = outbox.emit_fast(ctx, EventType.SALE_CANCELLED, event)
        ctx.session.execute(insert(OutboxEvent), {
            "event_id": "core", "station_id": ctx.station_id, "seq": 10_000, "type": "x.core",
            "occurred_at": ctx.now(), "payload": payload})
        line = fast_sql.Prepared(select(SaleLine.id).where(
            SaleLine.needs_reconciliation.is_(True)).limit(1))
        assert fast_sql.execute(ctx, line, {}) is None
    with backend.read() as ctx:
        rows = ctx.session.execute(text(
            "SELECT event_id, typeof(occurred_at), occurred_at, payload, attempts, last_error, "
            "acked_at FROM outbox_event WHERE type IN ('sale.cancelled', 'x.core') ORDER BY type"
        )).all()
    fast, core = rows
    assert fast[0] == fast_id and core[1:] == fast[1:]
