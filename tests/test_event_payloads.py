"""Every outbox event the till writes has its payload model in the shared sync schema, and
what the till stores is exactly what the server's model validates."""

from __future__ import annotations

import pytest
from sqlalchemy import select, text

from app.db.models import OutboxEvent
from app.services.cash import closing
from app.services.cash import sessions as cash_sessions
from app.services.catalog import categories as catalog
from app.services.catalog import markdowns
from app.services.catalog.categories import CategoryData
from app.services.checkout import cart as carts
from app.services.checkout import checkout, refunds
from app.services.delivery import orders, privacy
from app.services.fiscal import master_data, till_registration
from app.services.intake import intake, lifecycle
from app.services.kernel.backend import Backend
from app.services.kernel.context import SYSTEM, Actor
from app.services.policy import store as policy
from app.services.policy.definitions import POLICY
from app.services.users import accounts as users
from app.services.workshop import repairs
from app.sync_schema import limits
from app.sync_schema.enums import DeliveryStatus, EventType, ItemStatus
from app.sync_schema.events import PAYLOADS, SALE_TYPES
from app.sync_schema.payloads import ItemPayload, SalePayload
from server.sync.apply import APPLIED_TYPES
from server.sync.apply import parse as server_parse
from tests.delivery.test_orders import order_for
from tests.helpers.checkout import cart_with, take_in
from tests.helpers.clock import Clock


def _a_bit_of_everything(backend: Backend, clock: Clock, volunteer: Actor, cashier: Actor,
                         manager: Actor) -> None:
    """Intake, workshop (repair record, hours), catalogue, users, settings, a till day
    with sales, a delivery, refund, Z; the delivery's data removed a month later."""
    codes = take_in(backend, volunteer, quantity=3, price="8,00")
    backend.call(volunteer, intake.update_item, codes[2], intake.ItemChanges(
        description="Roman, gebunden", condition="sehr gut"))
    lamp = backend.call(volunteer, intake.take_in, intake.IntakeInput(
        category="Lampen", description="Stehlampe", price="12,00"))[0].code
    backend.call(volunteer, lifecycle.record_safety_test, lamp, False, "Vera")
    backend.call(volunteer, repairs.record_repair, repairs.RepairInput(
        code=lamp, problem="Kabel gebrochen", repair_status="End of life",
        barrier="Spare parts not available", minutes="20"))
    backend.call(volunteer, lifecycle.recycle, lamp, "recycled", "weee", "3,2")
    backend.call(volunteer, repairs.record_hours, "90", "Werkstatt")
    backend.call(manager, catalog.save_category, CategoryData(
        "Schallplatten", "reduced", 500, 250, "residual", parent="Bücher"))
    rule = backend.call(manager, markdowns.add_rule, 14, 10)
    rule_id = backend.query(manager, markdowns.list_rules)[0].id
    assert rule.percent == 10
    backend.call(manager, markdowns.deactivate_rule, rule_id)
    backend.call(manager, users.create_user, "jana", "Jana Werkstatt", "volunteer", "5555")
    backend.call(manager, users.reset_pin, "jana", "6666")
    backend.call(manager, users.set_active, "jana", False)
    backend.call(manager, policy.save, {POLICY.discount_approval_percent.key: "25"})
    backend.call(manager, cash_sessions.open_session, float_cents=10_000)
    backend.call(manager, cash_sessions.record_movement, "deposit", 2_000, "Wechselgeld")
    clock.advance(minutes=5)
    cart = cart_with(backend, cashier, codes[:2], (("Bücher", "2,50", 2),))
    carts.set_sale_discount(cart, percent=10)
    sale = backend.call(cashier, checkout.finish_sale, cart,
                        [checkout.card(1_000, "EC-1"), checkout.cash(10_000)])
    backend.call(cashier, orders.book, order_for(sale.sale_id, clock, window_from="16:00",
                                                 window_to="18:00"))
    backend.call(cashier, orders.set_status, orders.StatusInput(
        "L01-000001", DeliveryStatus.DELIVERED, note="Nachbarin", km="3,1"))
    line = backend.query(cashier, refunds.load, sale.sale_id).lines[2]
    backend.call(cashier, refunds.refund, sale.sale_id, [refunds.RefundRequest(line.line_id)],
                 "cash", reason="zu klein")
    aborted = cart_with(backend, cashier, [codes[2]])
    backend.call(cashier, checkout.cancel_sale, aborted, "Kunde ging")
    clock.advance(hours=8)
    expected = backend.query(manager, closing.preview, {}).expected_cents
    backend.call(manager, closing.close_session, {5_000: expected // 5_000 + 1},
                 "Trinkgeld in der Kasse", banked_cents=5_000)
    backend.call(manager, master_data.update, street="Lange Wende 16", postcode="59755",
                 city="Arnsberg", tax_number="332/5751/0001")
    backend.call(manager, till_registration.update, serial="KK-01", purchased_on="2026-03-01")
    clock.advance(days=31)
    backend.call(SYSTEM, privacy.anonymise_due)


def _outbox(backend: Backend) -> list[OutboxEvent]:
    with backend.read() as ctx:
        return list(ctx.session.scalars(select(OutboxEvent).order_by(OutboxEvent.seq)))


def test_every_event_the_till_writes_fits_the_shared_payload_model(
        backend: Backend, clock: Clock, volunteer: Actor, cashier: Actor,
        manager: Actor) -> None:
    """Real services write every event type; each stored payload validates on the server's
    model, declares no field the model lacks, and is exactly what that model serialises."""
    _a_bit_of_everything(backend, clock, volunteer, cashier, manager)
    events = _outbox(backend)
    assert {e.type for e in events} == set(EventType)
    for event in events:
        model = PAYLOADS[EventType(event.type)]
        parsed = model.model_validate(event.payload)
        assert set(event.payload) <= set(type(parsed).model_fields), event.type
        assert parsed.wire() == event.payload, event.type
        if event.type in APPLIED_TYPES:
            assert type(server_parse(event.type, event.payload)) is model
        else:
            assert server_parse(event.type, event.payload) is None  # stored, not applied


def test_every_event_type_has_a_payload_model() -> None:
    """The registry names a model for each event type; receipts share one model."""
    assert set(PAYLOADS) == set(EventType)
    assert {PAYLOADS[t] for t in SALE_TYPES} == {SalePayload}


def test_outbox_refuses_a_payload_of_another_type(backend: Backend, volunteer: Actor) -> None:
    """A service handing the wrong model to the outbox is a bug caught before the commit."""
    from app.services.kernel import outbox

    code = take_in(backend, volunteer)[0]
    with backend.read() as ctx, pytest.raises(TypeError, match="SalePayload"):
        item = intake.get_item(ctx, code)
        outbox.emit(ctx, EventType.SALE_COMPLETED, intake.item_payload(item, "Bücher"))


def test_stored_values_stay_plain_strings(backend: Backend, volunteer: Actor) -> None:
    """Enums are stored as their old strings and read back as ``str`` equal to the member."""
    code = take_in(backend, volunteer)[0]
    with backend.read() as ctx:
        raw = ctx.session.execute(text("SELECT status FROM item WHERE code = :c"),
                                  {"c": code}).scalar_one()
        item = intake.get_item(ctx, code)
    assert raw == "ready" and type(raw) is str
    assert item.status == ItemStatus.READY and type(item.status) is str
    item_event = [e for e in _outbox(backend) if e.type == "item.upserted"][-1]
    assert item_event.payload["status"] == "ready"
    assert item_event.payload["received_at"] == item.received_at.isoformat()


@pytest.mark.parametrize("field, value", [
    ("price_cents", limits.MAX_PRICE_CENTS + 1),
    ("description", "x" * (limits.DESCRIPTION_LENGTH + 1)),
    ("category", "x" * (limits.CATEGORY_NAME_LENGTH + 1)),
    ("status", "verschenkt"),
])
def test_the_server_model_refuses_what_the_till_never_accepts(field: str, value: object) -> None:
    """The limits the till validates against are the ones the server's model enforces."""
    import pydantic

    good = {"code": "2001000000015", "category": "Bücher", "description": "Roman",
            "price_cents": 400, "status": "ready"}
    ItemPayload.model_validate(good)
    with pytest.raises(pydantic.ValidationError):
        ItemPayload.model_validate({**good, field: value})


def test_long_names_get_a_german_refusal_not_a_crash(backend: Backend, manager: Actor) -> None:
    """Names longer than the synced schema allows are refused when typed, nothing saved."""
    from app.errors import ValidationError

    with pytest.raises(ValidationError, match="höchstens 60 Zeichen"):
        backend.call(manager, catalog.save_category, CategoryData("W" * 61))
    with pytest.raises(ValidationError, match="höchstens 40 Zeichen"):
        backend.call(manager, users.create_user, "n" * 41, "Lang", "cashier", "5555")
    with backend.read() as ctx:
        assert all(len(c.name) <= 60 for c in catalog.list_categories(ctx))
        assert all(len(u.name) <= 40 for u in users.list_users(ctx))


def test_item_received_at_keeps_its_offset(backend: Backend, clock: Clock,
                                           volunteer: Actor) -> None:
    """Times in payloads stay ``isoformat`` with ``+00:00`` (as stored before the models)."""
    clock.advance(days=3, microseconds=123)
    take_in(backend, volunteer, status="received")
    payload = _outbox(backend)[-1].payload
    assert payload["received_at"] == (clock.now).isoformat()
    assert payload["received_at"].endswith("+00:00")
