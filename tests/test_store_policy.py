"""Store settings: defaults, who may change them, audit and outbox, and the till obeying them."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from app.db.models import AuditEntry, OutboxEvent, Setting
from app.errors import PermissionDenied, ValidationError
from app.services.checkout import cart as carts
from app.services.checkout import checkout
from app.services.checkout import messages as checkout_msg
from app.services.checkout.payments import Tender
from app.services.kernel.backend import Backend
from app.services.kernel.context import SYSTEM, Actor
from app.services.kernel.formatting import format_cents
from app.services.policy import store as policy
from app.services.policy.definitions import POLICY, PolicyDef
from app.services.sync import apply as sync_apply
from app.sync_schema import Change
from app.sync_schema.payloads import SettingPayload
from tests.helpers.checkout import cart_with, category_id

PERCENT = POLICY.discount_approval_percent
CENTS = POLICY.discount_approval_cents
PRICE = POLICY.max_typed_price_cents
QUANTITY = POLICY.max_quantity
CARD = POLICY.card_max_cents


def _value(backend: Backend, definition: PolicyDef[int]) -> int:
    with backend.read() as ctx:
        return policy.get(ctx, definition)


def _rows(backend: Backend) -> list[int]:
    """Rows of the setting, audit and outbox tables: a refusal leaves them as they were."""
    with backend.read() as ctx:
        return [ctx.session.scalar(select(func.count()).select_from(m)) or 0
                for m in (Setting, AuditEntry, OutboxEvent)]


def test_defaults_are_the_limits_the_till_had(backend: Backend) -> None:
    """Never changed: 20 %, 10,00 €, 1.000 € typed, quantity 99, card up to the open amount,
    6-digit PINs for managers and admins, the climate note on receipts; cargo bikes: two
    bikes of 100 kg / 500 l, one with trailer of 200 kg / 1.500 l, deliveries 9-18 Uhr,
    customer data kept 30 days."""
    assert [_value(backend, d) for d in POLICY.all()] == [
        20, 1_000, 100_000, 99, 0, 6, 1, 2, 100, 500, 1, 200, 1_500, 9, 18, 30]
    with backend.read() as ctx:
        views = policy.list_policies(ctx)
    assert [v.text for v in views] == ["20", "10,00", "1000,00", "99", "0,00", "6", "1", "2",
                                       "100", "500", "1", "200", "1500", "9", "18", "30"]
    assert all(v.updated_at is None and v.updated_by == "" for v in views)


def test_manager_changes_a_setting_audited_and_in_the_outbox(backend: Backend,
                                                           manager: Actor) -> None:
    """The new value counts at once; one audit entry and one setting.changed event."""
    settings_before, audits_before, events_before = _rows(backend)
    changed = backend.call(manager, policy.save, {PERCENT.key: "15", CENTS.key: "10,00"})
    assert changed == [PERCENT.key]  # 10,00 € is already the value: nothing to record
    assert _value(backend, PERCENT) == 15
    assert _rows(backend) == [settings_before + 1, audits_before + 1, events_before + 1]
    with backend.read() as ctx:
        audit = ctx.session.scalars(select(AuditEntry).order_by(AuditEntry.id.desc())).first()
        event = ctx.session.scalars(select(OutboxEvent).order_by(OutboxEvent.seq.desc())).first()
        view = next(v for v in policy.list_policies(ctx) if v.definition == PERCENT)
    assert audit is not None and audit.action == "setting.changed"
    assert audit.object_id == PERCENT.key and audit.details == {"before": 20, "after": 15}
    assert event is not None and event.type == "setting.changed"
    assert SettingPayload.model_validate(event.payload) == SettingPayload(
        key=PERCENT.key, value=15, acted_by="maria")  # the acting manager travels along
    assert view.updated_by == "Maria Leitung" and view.updated_at is not None


@pytest.mark.parametrize("who", ["kai", "vera"])
def test_only_managers_and_admins_change_settings(backend: Backend, who: str) -> None:
    """A cashier or volunteer is refused in German; nothing is written."""
    from tests.helpers.actors import actor

    before = _rows(backend)
    with pytest.raises(PermissionDenied, match="Einstellungen ändern"):
        backend.call(actor(backend, who), policy.save, {PERCENT.key: "50"})
    assert _rows(backend) == before and _value(backend, PERCENT) == 20


@pytest.mark.parametrize("typed, message", [
    ({PERCENT.key: "150"}, "zwischen 0 % und 100 %"),
    ({PERCENT.key: "zwanzig"}, "keine ganze Zahl"),
    ({PRICE.key: "0"}, "zwischen 0,01.€ und 50.000,00.€"),
    ({PRICE.key: "1.500,00"}, "kein Betrag"),
    ({PRICE.key: "12,5,0"}, "kein Betrag"),
    ({QUANTITY.key: "10001"}, "zwischen 1 und 10000"),
    ({"checkout.unbekannt": "1"}, "gibt es nicht"),
    ({CENTS.key: "5,00", PERCENT.key: "-3"}, "keine ganze Zahl"),  # one bad: none saved
])
def test_bad_values_are_refused_and_nothing_is_saved(backend: Backend, manager: Actor,
                                                     typed: dict[str, str],
                                                     message: str) -> None:
    """Every value is checked first; a German sentence names the setting and the range."""
    before = _rows(backend)
    with pytest.raises(ValidationError, match=message):
        backend.call(manager, policy.save, typed)
    assert _rows(backend) == before


def test_discount_approval_follows_the_setting(backend: Backend, cashier: Actor,
                                              manager: Actor) -> None:
    """15 % needs no manager by default; after lowering the threshold to 10 % it does."""
    books = (("Bücher", "20,00", 1),)
    cart = cart_with(backend, cashier, [], books)
    carts.set_sale_discount(cart, percent=15)
    assert cart.discount is not None and cart.discount.approved_by is None
    backend.call(manager, policy.save, {PERCENT.key: "10"})
    strict = cart_with(backend, cashier, [], books)
    with pytest.raises(PermissionDenied, match="über 10 % oder über 10,00"):
        carts.set_sale_discount(strict, percent=15)
    carts.set_sale_discount(strict, percent=15, approver=manager)
    assert strict.discount is not None and strict.discount.approved_by == manager.name


def test_typed_price_and_quantity_maxima_follow_the_settings(backend: Backend,
                                                            cashier: Actor,
                                                            manager: Actor) -> None:
    """The highest typed price and quantity at the till are the store's settings."""
    books = category_id(backend, "Bücher")
    cart = carts.Cart()
    backend.query(cashier, carts.add_category, cart, books, "120,00", 12)
    backend.call(manager, policy.save, {PRICE.key: "100,00", QUANTITY.key: "10"})
    strict = carts.Cart()
    with pytest.raises(ValidationError, match="über 100,00"):
        backend.query(cashier, carts.add_category, strict, books, "120,00", 1)
    with pytest.raises(ValidationError, match="zwischen 1 und 10"):
        backend.query(cashier, carts.add_category, strict, books, "2,00", 12)
    assert strict.lines == []


def test_a_cart_keeps_the_settings_it_started_with(backend: Backend, cashier: Actor,
                                                  manager: Actor) -> None:
    """A setting changed during a sale applies from the next cart on."""
    books = category_id(backend, "Bücher")
    cart = carts.Cart()
    line = backend.query(cashier, carts.add_category, cart, books, "2,00", 5)
    backend.call(manager, policy.save, {QUANTITY.key: "3"})
    carts.set_quantity(cart, line.key, 8)  # still the old 99
    with pytest.raises(ValidationError, match="zwischen 1 und 3"):
        backend.query(cashier, carts.add_category, carts.Cart(), books, "2,00", 5)


def test_card_maximum_is_checked_when_the_sale_is_paid(backend: Backend, cashier: Actor,
                                                      manager: Actor, open_till: None) -> None:
    """With a 20,00 € card maximum a 30,00 € card payment is refused; cash pays the rest."""
    backend.call(manager, policy.save, {CARD.key: "20,00"})
    cart = cart_with(backend, cashier, [], (("Bücher", "30,00", 1),))
    with pytest.raises(ValidationError, match="Höchstbetrag für Karten"):
        backend.call(cashier, checkout.finish_sale, cart, [checkout.card(3_000)])
    result = backend.call(cashier, checkout.finish_sale, cart,
                          [checkout.card(2_000), checkout.cash(1_000)])
    assert result.total_cents == 3_000
    tender = Tender(3_000, card_max_cents=2_000)  # what the payment dialog keeps
    with pytest.raises(ValidationError) as refused:
        tender.add_card(2_500)
    assert tender.payments == []
    tender.add_card(2_000)  # the rest goes in cash
    assert refused.value.message == checkout_msg.CARD_OVER_LIMIT.format(
        card=format_cents(2_500), limit=format_cents(2_000))


def test_a_pulled_setting_is_applied_and_a_bad_one_refused(backend: Backend) -> None:
    """Another till's change arrives through the pull feed; values out of range never land
    (refused with a reason, as every malformed pulled change is)."""
    def change(n: int, key: str, value: object) -> Change:
        return Change(cursor=n, kind="setting", key=key, origin_station=2,
                      data={"key": key, "value": value, "acted_by": "maria"})

    page = [change(1, PERCENT.key, 30), change(2, QUANTITY.key, 0),
            change(3, CARD.key, "viel"), change(4, "checkout.neu_in_version_2", True)]
    applied = backend.call(SYSTEM, sync_apply.apply_changes, page)
    assert applied.counts == {"setting": 2, "refused": 2}
    assert _value(backend, PERCENT) == 30 and _value(backend, QUANTITY) == 99
    assert _value(backend, CARD) == 0
    with backend.read() as ctx:
        assert ctx.session.get(Setting, "checkout.neu_in_version_2") is not None
        assert ctx.session.scalar(select(func.count()).select_from(OutboxEvent).where(
            OutboxEvent.type == "setting.changed")) == 0  # replication writes no events


def test_a_damaged_stored_value_reads_as_the_default(backend: Backend) -> None:
    """A stored value this version cannot use never reaches the till's checks."""
    with backend.write(SYSTEM) as ctx:
        ctx.session.add(Setting(key=PERCENT.key, value="zwanzig", updated_at=ctx.now()))
    assert _value(backend, PERCENT) == 20
    with backend.read() as ctx:
        assert policy.snapshot(ctx).get(PERCENT) == 20
