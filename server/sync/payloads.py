"""What the server requires of each event type it applies to the central tables.

Extra fields are ignored, so a till that sends more than this (newer fields) is fine;
missing or impossible values quarantine the event with a German reason.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, model_validator


class _P(BaseModel):
    model_config = ConfigDict(extra="ignore")


class ItemPayload(_P):
    code: str = Field(pattern=r"^\d{13}$")
    category: str = Field(min_length=1, max_length=60)
    description: str = Field(max_length=120)
    price_cents: int = Field(ge=0, le=5_000_000)
    status: str = Field(min_length=1, max_length=12)


class CategoryPayload(_P):
    name: str = Field(min_length=1, max_length=60)


class UserPayload(_P):
    name: str = Field(min_length=1, max_length=40)
    display_name: str = Field(max_length=80)
    role: str = Field(pattern=r"^(volunteer|cashier|manager|admin)$")
    active: bool


class MarkdownPayload(_P):
    id: int
    after_days: int = Field(ge=1)
    percent: int = Field(ge=1, le=100)


class LinePayload(_P):
    position: int = Field(ge=1)
    item_code: str | None = Field(default=None, pattern=r"^\d{13}$")
    description: str = Field(max_length=120)
    quantity: int = Field(ge=-10_000, le=10_000)  # negative on a refund
    unit_price_cents: int
    discount_cents: int = 0
    total_cents: int
    vat_kind: str = Field(max_length=10)
    vat_rate_bp: int = Field(ge=0, le=10_000)
    needs_reconciliation: bool = False


class PaymentPayload(_P):
    method: str = Field(pattern=r"^(cash|card)$")
    amount_cents: int


class SalePayload(_P):
    uuid: str = Field(min_length=36, max_length=36)
    kind: str = Field(pattern=r"^(sale|refund|cancelled)$")
    station: int
    receipt_number: int = Field(ge=1)
    user: str = Field(max_length=40)
    started_at: datetime
    finished_at: datetime
    total_cents: int
    lines: list[LinePayload]
    payments: list[PaymentPayload]
    refers_to_uuid: str | None = None
    note: str = ""

    @model_validator(mode="after")
    def _sums(self) -> SalePayload:
        lines = sum(ln.total_cents for ln in self.lines)
        if self.kind == "cancelled":
            if self.total_cents != 0 or self.payments:
                raise ValueError("ein abgebrochener Bon hat keinen Betrag und keine Zahlung")
            return self
        if not self.lines:
            raise ValueError("Bon ohne Positionen")
        sign = 1 if self.kind == "sale" else -1
        if any(ln.quantity * sign <= 0 for ln in self.lines):
            raise ValueError("Menge 0 oder mit falschem Vorzeichen")
        if lines != self.total_cents:
            raise ValueError(f"Summe der Positionen {lines} ≠ Bonsumme {self.total_cents}")
        paid = sum(p.amount_cents for p in self.payments)
        if paid != self.total_cents:
            raise ValueError(f"Zahlungen {paid} ≠ Bonsumme {self.total_cents}")
        if self.kind == "sale" and self.total_cents <= 0:
            raise ValueError("Verkauf mit Summe ≤ 0")
        return self


class CashSessionPayload(_P):
    session_id: int
    number: int = Field(ge=1)
    opened_at: datetime
    float_cents: int = Field(ge=0)


class CashMovementPayload(_P):
    movement_id: int
    session_id: int
    kind: str = Field(max_length=12)
    amount_cents: int
    reason: str = Field(max_length=200)
    created_at: datetime


class ClosingPayload(_P):
    session_id: int
    z_number: int = Field(ge=1)
    closed_at: datetime
    counted_cents: int = Field(ge=0)
    expected_cents: int
    difference_cents: int

    @model_validator(mode="after")
    def _difference(self) -> ClosingPayload:
        if self.counted_cents - self.expected_cents != self.difference_cents:
            raise ValueError("Differenz passt nicht zu Zählung und Sollbestand")
        return self


PAYLOADS: dict[str, type[_P]] = {
    "item.upserted": ItemPayload,
    "category.upserted": CategoryPayload,
    "user.upserted": UserPayload,
    "markdown.changed": MarkdownPayload,
    "sale.completed": SalePayload,
    "sale.cancelled": SalePayload,
    "refund.completed": SalePayload,
    "cash_session.opened": CashSessionPayload,
    "cash_movement.recorded": CashMovementPayload,
    "cash_session.closed": ClosingPayload,
}


def parse(event_type: str, payload: dict[str, Any]) -> _P | None:
    """The validated payload, or None for a type stored raw (e.g. station.initialised)."""
    model = PAYLOADS.get(event_type)
    return None if model is None else model.model_validate(payload)
