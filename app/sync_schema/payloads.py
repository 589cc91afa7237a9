"""The payload of every outbox event type: built by the till's services, checked by the
central server.

Each model lists every field a till sends. Fields the server does not need have defaults,
so an older till that sent less still validates; extra fields are ignored, so a newer
till that sends more is fine. Missing or impossible values make the server quarantine the
event with a German reason. Times travel as ISO 8601 with their offset
(``datetime.isoformat``), exactly as the till stores them in its outbox.
"""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Annotated, Any

from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Field,
    PlainSerializer,
    model_validator,
)

from app.sync_schema import limits
from app.sync_schema import messages as msg
from app.sync_schema.enums import (
    Condition,
    ItemStatus,
    MaterialStream,
    MovementKind,
    PaymentMethod,
    Role,
    SaleKind,
    VatKind,
)

IsoDatetime = Annotated[datetime, PlainSerializer(lambda v: v.isoformat(), return_type=str,
                                                  when_used="json")]
ItemCode = Annotated[str, Field(pattern=r"^\d{13}$")]


def _canonical_uuid(value: str) -> str:
    try:
        parsed = uuid.UUID(value) if len(value) == limits.UUID_LENGTH else None
    except ValueError:
        parsed = None
    if parsed is None or str(parsed) != value.lower():
        raise ValueError(msg.UUID_INVALID)
    return value


# A uuid as text in its canonical 8-4-4-4-12 hex form: nothing else reaches a table or the
# office page through a field of this type (a "<svg onload=…>" sale uuid is quarantined).
Uuid = Annotated[str, AfterValidator(_canonical_uuid)]
Station = Annotated[int, Field(ge=limits.MIN_STATION, le=limits.MAX_STATION)]


class Payload(BaseModel):
    """Base of all payloads: unknown fields are ignored (newer tills may send more)."""

    model_config = ConfigDict(extra="ignore")

    def wire(self) -> dict[str, Any]:
        """The JSON the outbox stores: the fields that were set, times as ISO strings."""
        return self.model_dump(mode="json", exclude_unset=True)


# --- set-up, catalogue, users, settings ---------------------------------------------------
class StationPayload(Payload):
    """``station.initialised``: a till was set up (stored centrally, not applied)."""

    number: Station
    store: str


class SafetyTestPayload(Payload):
    """The latest electrical safety test of an item (DGUV V3 / DIN VDE 0701-0702).

    Measured values travel as integers in the units the column names say; ``None`` means
    not measured (a protection class II device has no protective conductor). Older tills
    sent no measurements at all, so every measurement has a default.
    """

    tested_at: IsoDatetime
    passed: bool
    tester: str = Field(min_length=1, max_length=limits.TESTER_LENGTH)
    device_id: str = Field(default="", max_length=limits.TEST_DEVICE_LENGTH)
    visual_ok: bool | None = None
    pe_resistance_mohm: int | None = Field(default=None, ge=0,
                                           le=limits.MAX_PE_RESISTANCE_MOHM)
    insulation_kohm: int | None = Field(default=None, ge=0, le=limits.MAX_INSULATION_KOHM)
    leakage_ua: int | None = Field(default=None, ge=0, le=limits.MAX_LEAKAGE_UA)


class ItemPayload(Payload):
    code: ItemCode
    category: str = Field(min_length=1, max_length=limits.CATEGORY_NAME_LENGTH)
    description: str = Field(max_length=limits.DESCRIPTION_LENGTH)
    price_cents: int = Field(ge=0, le=limits.MAX_PRICE_CENTS)
    status: ItemStatus
    condition: Condition = Condition.GOOD
    weight_g: int = Field(default=0, ge=0, le=limits.MAX_WEIGHT_G)
    electrical: bool = False
    received_at: IsoDatetime | None = None
    location: str = Field(default="", max_length=limits.LOCATION_LENGTH)
    safety_test: SafetyTestPayload | None = None  # electrical items: the latest test


class CategoryPayload(Payload):
    name: str = Field(min_length=1, max_length=limits.CATEGORY_NAME_LENGTH)
    parent: str | None = None
    vat_kind: VatKind = VatKind.NORMAL
    default_price_cents: int = Field(default=0, ge=0, le=limits.MAX_PRICE_CENTS)
    avg_weight_g: int = Field(default=0, ge=0, le=limits.MAX_WEIGHT_G)
    material_stream: MaterialStream = MaterialStream.MIXED
    electrical: bool = False
    impact_key: str = ""
    hotkey: int | None = None
    active: bool = True
    # The manager or admin who made the change (``authority.ACTOR_FIELD``); None: the
    # system or the command line, taken only while a store is being set up.
    acted_by: str | None = Field(default=None, max_length=limits.USER_NAME_LENGTH)


class UserPayload(Payload):
    name: str = Field(min_length=1, max_length=limits.USER_NAME_LENGTH)
    display_name: str = Field(max_length=limits.DISPLAY_NAME_LENGTH)
    role: Role
    active: bool
    # The manager or admin who made the change (``authority.ACTOR_FIELD``); None: the
    # system or the command line, taken only while a store is being set up.
    acted_by: str | None = Field(default=None, max_length=limits.USER_NAME_LENGTH)


class UserPinResetPayload(Payload):
    """A manager gave a user a new start PIN (the PIN itself never leaves the till)."""

    name: str = Field(min_length=1, max_length=limits.USER_NAME_LENGTH)
    # The manager or admin who reset it (``authority.ACTOR_FIELD``).
    acted_by: str | None = Field(default=None, max_length=limits.USER_NAME_LENGTH)


class MarkdownPayload(Payload):
    id: int
    after_days: int = Field(ge=1)
    percent: int = Field(ge=1, le=limits.MAX_PERCENT)
    category_id: int | None = None
    active: bool = True
    # The manager or admin who made the change (``authority.ACTOR_FIELD``); None: the
    # system or the command line, taken only while a store is being set up.
    acted_by: str | None = Field(default=None, max_length=limits.USER_NAME_LENGTH)


class SettingPayload(Payload):
    """``setting.changed``: a store-wide setting (``services.policy``) got a new value."""

    key: str = Field(min_length=1, max_length=limits.SETTING_KEY_LENGTH)
    value: int | bool | str | None
    # The manager or admin who made the change (``authority.ACTOR_FIELD``); None: the
    # system or the command line, taken only while a store is being set up.
    acted_by: str | None = Field(default=None, max_length=limits.USER_NAME_LENGTH)


class StoreMasterDataPayload(Payload):
    """``store.master_data_changed``: a new revision of the seller's data (stored centrally)."""

    valid_from: IsoDatetime
    name: str = Field(min_length=1, max_length=60)
    street: str = Field(default="", max_length=60)
    postcode: str = Field(default="", max_length=10)
    city: str = Field(default="", max_length=62)
    country: str = Field(default="DEU", max_length=3)
    tax_number: str = Field(default="", max_length=20)
    vat_id: str = Field(default="", max_length=15)


class TillRegistrationPayload(Payload):
    """``till.registration_changed``: what the Kassenmeldepflicht asks about the till."""

    kind: str = Field(default="", max_length=60)
    brand: str = Field(default="", max_length=50)
    model: str = Field(default="", max_length=50)
    serial: str = Field(default="", max_length=70)
    purchased_on: str | None = None  # ISO dates
    commissioned_on: str | None = None
    decommissioned_on: str | None = None


# --- receipts -----------------------------------------------------------------------------
class LinePayload(Payload):
    position: int = Field(ge=1)
    item_code: ItemCode | None = None
    description: str = Field(max_length=limits.DESCRIPTION_LENGTH)
    quantity: int = Field(ge=-limits.MAX_LINE_QUANTITY, le=limits.MAX_LINE_QUANTITY)
    unit_price_cents: int
    discount_cents: int = 0
    total_cents: int
    vat_kind: VatKind
    vat_rate_bp: int = Field(ge=0, le=limits.MAX_VAT_RATE_BP)
    needs_reconciliation: bool = False
    item_id: int | None = None  # the till's own row ids: for its records only
    category_id: int | None = None
    refers_to_line_id: int | None = None  # a refund line: the sold line it pays back


class PaymentPayload(Payload):
    method: PaymentMethod
    amount_cents: int  # net of change
    tendered_cents: int = 0
    change_cents: int = 0
    reference: str = Field(default="", max_length=limits.REFERENCE_LENGTH)


class SalePayload(Payload):
    """``sale.completed``, ``sale.cancelled`` and ``refund.completed``: the whole receipt."""

    uuid: Uuid
    kind: SaleKind
    station: int
    receipt_number: int = Field(ge=1)
    user: str = Field(max_length=limits.USER_NAME_LENGTH)
    started_at: IsoDatetime
    finished_at: IsoDatetime
    total_cents: int
    lines: list[LinePayload]
    payments: list[PaymentPayload]
    cash_session_id: int | None = None
    note: str = ""
    refers_to_uuid: Uuid | None = None  # a refund: the sale it pays back
    refers_to_receipt: int | None = None
    # a refund: codes of the items put back on sale
    restocked: list[str] = Field(default_factory=list)
    sale_discount_cents: int | None = None
    discount_approved_by: list[str] = Field(default_factory=list)
    markdowns: dict[str, int] = Field(default_factory=dict)  # item code -> markdown %

    @model_validator(mode="after")
    def _sums(self) -> SalePayload:
        lines = sum(ln.total_cents for ln in self.lines)
        if self.kind == SaleKind.CANCELLED:
            if self.total_cents != 0 or self.payments:
                raise ValueError(msg.CANCELLED_WITH_AMOUNT)
            return self
        if not self.lines:
            raise ValueError(msg.RECEIPT_WITHOUT_LINES)
        sign = 1 if self.kind == SaleKind.SALE else -1
        if any(ln.quantity * sign <= 0 for ln in self.lines):
            raise ValueError(msg.QUANTITY_SIGN)
        if lines != self.total_cents:
            raise ValueError(msg.LINES_NOT_TOTAL.format(lines=lines, total=self.total_cents))
        paid = sum(p.amount_cents for p in self.payments)
        if paid != self.total_cents:
            raise ValueError(msg.PAYMENTS_NOT_TOTAL.format(paid=paid, total=self.total_cents))
        if self.kind == SaleKind.SALE and self.total_cents <= 0:
            raise ValueError(msg.SALE_NOT_POSITIVE)
        return self


# --- cash ---------------------------------------------------------------------------------
class CashSessionPayload(Payload):
    """``cash_session.opened``."""

    session_id: int
    number: int = Field(ge=1)
    opened_at: IsoDatetime
    float_cents: int = Field(ge=0)
    station: int | None = None
    opened_by: str = ""
    gv_typ: str = ""  # DSFinV-K business case of the float
    suggested_float_cents: int | None = None
    denominations: dict[str, int] | None = None


class CashMovementPayload(Payload):
    """``cash_movement.recorded``: an Einlage, Entnahme or Ausgabe."""

    movement_id: int
    session_id: int
    kind: MovementKind
    amount_cents: int  # signed: positive into the drawer
    reason: str = Field(max_length=limits.NOTE_LENGTH)
    created_at: IsoDatetime
    station: int | None = None
    gv_typ: str = ""
    user: str = ""


class ClosingPayload(Payload):
    """``cash_session.closed``: the Z closing with its count and frozen figures."""

    session_id: int
    z_number: int = Field(ge=1)
    closed_at: IsoDatetime
    counted_cents: int = Field(ge=0)
    expected_cents: int
    difference_cents: int
    closing_id: int | None = None
    station: int | None = None
    closed_by: str = ""
    difference_gv_typ: str = ""
    denominations: dict[str, int] = Field(default_factory=dict)
    figures: dict[str, Any] = Field(default_factory=dict)
    banked_cents: int = 0
    comment: str = Field(default="", max_length=limits.COMMENT_LENGTH)

    @model_validator(mode="after")
    def _difference(self) -> ClosingPayload:
        if self.counted_cents - self.expected_cents != self.difference_cents:
            raise ValueError(msg.DIFFERENCE_MISMATCH)
        return self
