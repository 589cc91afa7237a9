"""The store settings, declared once: key, type, default, range, unit and German description.

Code reads them one way, ``policy.get(ctx, POLICY.discount_approval_percent)`` (or once
per cart through ``policy.snapshot``); the Einstellungen page is built from ``POLICY.all()``.
A setting's range ends at the hard limits of ``app.sync_schema.limits``, so no store
setting can let through a record the central server would refuse.
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from enum import StrEnum
from typing import Generic, TypeVar

from app.services.policy import messages as msg
from app.sync_schema import limits

T = TypeVar("T", int, bool)


class Unit(StrEnum):
    """How a value is typed and shown: money in cents, a percentage or a plain count."""

    CENTS = "cents"
    PERCENT = "percent"
    COUNT = "count"


@dataclass(frozen=True)
class PolicyDef(Generic[T]):
    """One store setting. ``description`` is the German text the settings page shows."""

    key: str
    type: type[T]
    default: T
    description: str
    unit: Unit = Unit.COUNT
    minimum: int = 0
    maximum: int = 0


@dataclass(frozen=True)
class Policies:
    """Every store setting by name; ``POLICY`` is the one instance."""

    discount_approval_percent: PolicyDef[int]
    discount_approval_cents: PolicyDef[int]
    max_typed_price_cents: PolicyDef[int]
    max_quantity: PolicyDef[int]
    card_max_cents: PolicyDef[int]
    lead_pin_digits: PolicyDef[int]
    receipt_impact_note: PolicyDef[int]
    delivery_bikes: PolicyDef[int]
    delivery_bike_max_kg: PolicyDef[int]
    delivery_bike_max_litres: PolicyDef[int]
    delivery_trailers: PolicyDef[int]
    delivery_trailer_max_kg: PolicyDef[int]
    delivery_trailer_max_litres: PolicyDef[int]
    delivery_day_start_hour: PolicyDef[int]
    delivery_day_end_hour: PolicyDef[int]
    delivery_anonymise_days: PolicyDef[int]

    def all(self) -> tuple[PolicyDef[int], ...]:
        """The definitions in the order the settings page lists them."""
        return tuple(getattr(self, f.name) for f in fields(self))

    def by_key(self, key: str) -> PolicyDef[int] | None:
        return next((d for d in self.all() if d.key == key), None)


POLICY = Policies(
    # A discount above either threshold needs a manager's approval at the till.
    discount_approval_percent=PolicyDef(
        "checkout.discount_approval_percent", int, 20, msg.DISCOUNT_APPROVAL_PERCENT,
        Unit.PERCENT, 0, limits.MAX_PERCENT),
    discount_approval_cents=PolicyDef(
        "checkout.discount_approval_cents", int, 1_000, msg.DISCOUNT_APPROVAL_CENTS,
        Unit.CENTS, 0, limits.MAX_PRICE_CENTS),
    # A typed price above this is a typo at this store (labels may carry more).
    max_typed_price_cents=PolicyDef(
        "checkout.max_typed_price_cents", int, 100_000, msg.MAX_TYPED_PRICE, Unit.CENTS, 1,
        limits.MAX_PRICE_CENTS),
    max_quantity=PolicyDef(
        "checkout.max_quantity", int, 99, msg.MAX_QUANTITY, Unit.COUNT, 1,
        limits.MAX_LINE_QUANTITY),
    # 0: a card pays at most what is still open (no change on a card), as before.
    card_max_cents=PolicyDef(
        "checkout.card_max_cents", int, 0, msg.CARD_MAX, Unit.CENTS, 0, limits.MAX_PRICE_CENTS),
    # Managers and admins approve discounts, close days and manage users: their PIN hash
    # is the prize in a stolen database, and 6 digits cost an offline guess 100 times more.
    lead_pin_digits=PolicyDef(
        "users.lead_pin_digits", int, 6, msg.LEAD_PIN_DIGITS, Unit.COUNT, 4, 8),
    # The one-line climate note on each sale receipt (issue #16): on unless switched off.
    receipt_impact_note=PolicyDef(
        "receipt.impact_note", int, 1, msg.RECEIPT_IMPACT_NOTE, Unit.COUNT, 0, 1),
    # The Soest cargo-bike fleet (issue #16). The load limits are the goods alone and
    # below the makers' typical payloads (heavy cargo bikes and trailers carry about
    # 150-250 kg with the rider), so a planned trip is one a rider can manage.
    delivery_bikes=PolicyDef("delivery.bikes", int, 2, msg.DELIVERY_BIKES, Unit.COUNT, 0, 10),
    delivery_bike_max_kg=PolicyDef(
        "delivery.bike_max_kg", int, 100, msg.DELIVERY_BIKE_KG, Unit.COUNT, 1, 1_000),
    delivery_bike_max_litres=PolicyDef(
        "delivery.bike_max_litres", int, 500, msg.DELIVERY_BIKE_LITRES, Unit.COUNT, 1, 10_000),
    delivery_trailers=PolicyDef(
        "delivery.trailers", int, 1, msg.DELIVERY_TRAILERS, Unit.COUNT, 0, 10),
    delivery_trailer_max_kg=PolicyDef(
        "delivery.trailer_max_kg", int, 200, msg.DELIVERY_TRAILER_KG, Unit.COUNT, 1, 1_000),
    delivery_trailer_max_litres=PolicyDef(
        "delivery.trailer_max_litres", int, 1_500, msg.DELIVERY_TRAILER_LITRES, Unit.COUNT, 1,
        10_000),
    delivery_day_start_hour=PolicyDef(
        "delivery.day_start_hour", int, 9, msg.DELIVERY_DAY_START, Unit.COUNT, 0, 23),
    delivery_day_end_hour=PolicyDef(
        "delivery.day_end_hour", int, 18, msg.DELIVERY_DAY_END, Unit.COUNT, 1, 24),
    # Names, addresses and phone numbers go this many days after the delivery's day.
    delivery_anonymise_days=PolicyDef(
        "delivery.anonymise_days", int, 30, msg.DELIVERY_ANONYMISE_DAYS, Unit.COUNT, 1, 365),
)
assert len({d.key for d in POLICY.all()}) == len(POLICY.all())
assert all(len(d.key) <= limits.SETTING_KEY_LENGTH for d in POLICY.all())
assert all(d.minimum <= d.default <= d.maximum for d in POLICY.all())
