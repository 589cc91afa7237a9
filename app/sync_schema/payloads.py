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
from typing import Annotated, Any, Literal

from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Field,
    PlainSerializer,
    StrictInt,
    model_validator,
)

from app.sync_schema import limits
from app.sync_schema import messages as msg
from app.sync_schema.enums import (
    Condition,
    DeliveryKind,
    DeliveryStatus,
    ItemStatus,
    MaterialStream,
    MovementKind,
    PaymentMethod,
    RepairBarrier,
    RepairStatus,
    Role,
    SaleKind,
    VatKind,
)


def _plausible_time(value: datetime) -> datetime:
    """``value`` if it has an offset and lies in the years a record can have."""
    if value.tzinfo is None or value.utcoffset() is None or not (
            limits.MIN_YEAR <= value.year <= limits.MAX_YEAR):
        raise ValueError(msg.TIME_INVALID.format(first=limits.MIN_YEAR, last=limits.MAX_YEAR))
    return value


# An aware time of a record, as the till stores it; a naive one or one of year 1 (which
# has no UTC) is refused here instead of failing in the database.
Moment = Annotated[datetime, AfterValidator(_plausible_time)]
IsoDatetime = Annotated[Moment, PlainSerializer(lambda v: v.isoformat(), return_type=str,
                                                when_used="json")]
ItemCode = Annotated[str, Field(max_length=13, pattern=r"^\d{13}$")]


def _canonical_uuid(value: str) -> str:
    """``value`` if it is a UUID in canonical form (any case), else a German error."""
    try:
        parsed = uuid.UUID(value) if len(value) == limits.UUID_LENGTH else None
    except ValueError:
        parsed = None
    if parsed is None or str(parsed) != value.lower():
        raise ValueError(msg.UUID_INVALID)
    return value


def is_uuid(value: object) -> bool:
    """Whether ``value`` is a UUID as text in canonical form (what ``Uuid`` takes)."""
    try:
        return isinstance(value, str) and _canonical_uuid(value) == value
    except ValueError:
        return False


# A uuid as text in its canonical 8-4-4-4-12 hex form: nothing else reaches a table or the
# office page through a field of this type (a "<svg onload=…>" sale uuid is quarantined).
Uuid = Annotated[str, Field(max_length=limits.UUID_LENGTH), AfterValidator(_canonical_uuid)]

# Every integer is strict (``true`` or ``1.5`` or ``"7"`` is not an int) and bounded by
# what the record can hold (``limits``), so nothing that passes can overflow a column.
Station = Annotated[StrictInt, Field(ge=limits.MIN_STATION, le=limits.MAX_STATION)]
RowId = Annotated[StrictInt, Field(ge=1, le=limits.MAX_ID)]  # a till's own row id
Number = Annotated[StrictInt, Field(ge=1, le=limits.MAX_ID)]  # receipt, Z, session number
Count = Annotated[StrictInt, Field(ge=0, le=limits.MAX_ID)]
Price = Annotated[StrictInt, Field(ge=0, le=limits.MAX_PRICE_CENTS)]
Cents = Annotated[StrictInt, Field(ge=-limits.MAX_AMOUNT_CENTS, le=limits.MAX_AMOUNT_CENTS)]
PositiveCents = Annotated[StrictInt, Field(ge=0, le=limits.MAX_AMOUNT_CENTS)]
Weight = Annotated[StrictInt, Field(ge=0, le=limits.MAX_WEIGHT_G)]
Percent = Annotated[StrictInt, Field(ge=0, le=limits.MAX_PERCENT)]
UserName = Annotated[str, Field(max_length=limits.USER_NAME_LENGTH)]
GvTyp = Annotated[str, Field(max_length=limits.GV_TYP_LENGTH)]
IsoDate = Annotated[str, Field(max_length=limits.DATE_LENGTH)]
# A count of coins or notes per denomination (in cents, as text).
Denominations = Annotated[dict[Annotated[str, Field(max_length=10)], Count],
                          Field(max_length=limits.MAX_DENOMINATIONS)]


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
    store: str = Field(max_length=limits.STORE_NAME_LENGTH)


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
    pe_resistance_mohm: StrictInt | None = Field(default=None, ge=0,
                                                 le=limits.MAX_PE_RESISTANCE_MOHM)
    insulation_kohm: StrictInt | None = Field(default=None, ge=0,
                                              le=limits.MAX_INSULATION_KOHM)
    leakage_ua: StrictInt | None = Field(default=None, ge=0, le=limits.MAX_LEAKAGE_UA)


class ItemPayload(Payload):
    code: ItemCode
    category: str = Field(min_length=1, max_length=limits.CATEGORY_NAME_LENGTH)
    description: str = Field(max_length=limits.DESCRIPTION_LENGTH)
    price_cents: Price
    status: ItemStatus
    condition: Condition = Condition.GOOD
    weight_g: Weight = 0
    electrical: bool = False
    received_at: IsoDatetime | None = None
    location: str = Field(default="", max_length=limits.LOCATION_LENGTH)
    safety_test: SafetyTestPayload | None = None  # electrical items: the latest test


class CategoryPayload(Payload):
    name: str = Field(min_length=1, max_length=limits.CATEGORY_NAME_LENGTH)
    parent: str | None = Field(default=None, max_length=limits.CATEGORY_NAME_LENGTH)
    vat_kind: VatKind = VatKind.NORMAL
    default_price_cents: Price = 0
    avg_weight_g: Weight = 0
    material_stream: MaterialStream = MaterialStream.MIXED
    electrical: bool = False
    impact_key: str = Field(default="", max_length=limits.IMPACT_KEY_LENGTH)
    hotkey: StrictInt | None = Field(default=None, ge=1, le=limits.MAX_HOTKEY)
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
    id: RowId
    after_days: StrictInt = Field(ge=1, le=limits.MAX_MARKDOWN_DAYS)
    percent: StrictInt = Field(ge=1, le=limits.MAX_PERCENT)
    category_id: RowId | None = None
    active: bool = True
    # The manager or admin who made the change (``authority.ACTOR_FIELD``); None: the
    # system or the command line, taken only while a store is being set up.
    acted_by: str | None = Field(default=None, max_length=limits.USER_NAME_LENGTH)


class SettingPayload(Payload):
    """``setting.changed``: a store-wide setting (``services.policy``) got a new value."""

    key: str = Field(min_length=1, max_length=limits.SETTING_KEY_LENGTH)
    # bool before int: ``true`` stays a bool, and an int is never a bool in disguise.
    value: bool | Annotated[StrictInt, Field(ge=-limits.MAX_ID, le=limits.MAX_ID)] | Annotated[
        str, Field(max_length=limits.SETTING_VALUE_LENGTH)] | None
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
    purchased_on: IsoDate | None = None  # ISO dates
    commissioned_on: IsoDate | None = None
    decommissioned_on: IsoDate | None = None


# --- receipts -----------------------------------------------------------------------------
class LinePayload(Payload):
    position: StrictInt = Field(ge=1, le=limits.MAX_RECEIPT_LINES)
    item_code: ItemCode | None = None
    description: str = Field(max_length=limits.DESCRIPTION_LENGTH)
    quantity: StrictInt = Field(ge=-limits.MAX_LINE_QUANTITY, le=limits.MAX_LINE_QUANTITY)
    # Signed: older tills sent a refund line's price negative.
    unit_price_cents: StrictInt = Field(ge=-limits.MAX_PRICE_CENTS, le=limits.MAX_PRICE_CENTS)
    discount_cents: Cents = 0
    total_cents: Cents
    vat_kind: VatKind
    vat_rate_bp: StrictInt = Field(ge=0, le=limits.MAX_VAT_RATE_BP)
    needs_reconciliation: bool = False
    item_id: RowId | None = None  # the till's own row ids: for its records only
    category_id: RowId | None = None
    refers_to_line_id: RowId | None = None  # a refund line: the sold line it pays back


class PaymentPayload(Payload):
    method: PaymentMethod
    amount_cents: Cents  # net of change
    tendered_cents: Cents = 0  # a refund's are negative
    change_cents: Cents = 0
    reference: str = Field(default="", max_length=limits.REFERENCE_LENGTH)


class SalePayload(Payload):
    """``sale.completed``, ``sale.cancelled`` and ``refund.completed``: the whole receipt."""

    uuid: Uuid
    kind: SaleKind
    station: Station
    receipt_number: Number
    user: UserName
    started_at: IsoDatetime
    finished_at: IsoDatetime
    total_cents: Cents
    lines: list[LinePayload] = Field(max_length=limits.MAX_RECEIPT_LINES)
    payments: list[PaymentPayload] = Field(max_length=limits.MAX_PAYMENTS)
    cash_session_id: RowId | None = None
    note: str = Field(default="", max_length=limits.NOTE_LENGTH)
    refers_to_uuid: Uuid | None = None  # a refund: the sale it pays back
    refers_to_receipt: Number | None = None
    # a refund: codes of the items put back on sale
    restocked: list[ItemCode] = Field(default_factory=list,
                                      max_length=limits.MAX_RECEIPT_LINES)
    sale_discount_cents: Cents | None = None
    discount_approved_by: list[UserName] = Field(default_factory=list,
                                                 max_length=limits.MAX_APPROVALS)
    markdowns: dict[ItemCode, Percent] = Field(  # item code -> markdown %
        default_factory=dict, max_length=limits.MAX_RECEIPT_LINES)

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

    session_id: RowId
    number: Number
    opened_at: IsoDatetime
    float_cents: PositiveCents
    station: Station | None = None
    opened_by: UserName = ""
    gv_typ: GvTyp = ""  # DSFinV-K business case of the float
    suggested_float_cents: PositiveCents | None = None
    denominations: Denominations | None = None


class CashMovementPayload(Payload):
    """``cash_movement.recorded``: an Einlage, Entnahme or Ausgabe."""

    movement_id: RowId
    session_id: RowId
    kind: MovementKind
    amount_cents: Cents  # signed: positive into the drawer
    reason: str = Field(max_length=limits.NOTE_LENGTH)
    created_at: IsoDatetime
    station: Station | None = None
    gv_typ: GvTyp = ""
    user: UserName = ""


class ClosingPayload(Payload):
    """``cash_session.closed``: the Z closing with its count and frozen figures."""

    session_id: RowId
    z_number: Number
    closed_at: IsoDatetime
    counted_cents: PositiveCents
    expected_cents: Cents
    difference_cents: Cents
    closing_id: RowId | None = None
    station: Station | None = None
    closed_by: UserName = ""
    difference_gv_typ: GvTyp = ""
    denominations: Denominations = Field(default_factory=dict)
    figures: dict[Annotated[str, Field(max_length=limits.SETTING_KEY_LENGTH)], Any] = Field(
        default_factory=dict, max_length=limits.MAX_FIGURES)
    banked_cents: Cents = 0
    comment: str = Field(default="", max_length=limits.COMMENT_LENGTH)

    @model_validator(mode="after")
    def _difference(self) -> ClosingPayload:
        if self.counted_cents - self.expected_cents != self.difference_cents:
            raise ValueError(msg.DIFFERENCE_MISMATCH)
        return self


# --- the workshop's repair records and volunteer hours ------------------------------------
class RepairPayload(Payload):
    """``repair.recorded``: one repair attempt in the Open Repair Data Standard's terms
    (stored centrally for the store's ORDS data, not applied to the item)."""

    uuid: Uuid
    item_code: ItemCode
    category: str = Field(min_length=1, max_length=limits.CATEGORY_NAME_LENGTH)
    brand: str = Field(default="", max_length=limits.BRAND_LENGTH)
    model: str = Field(default="", max_length=limits.MODEL_LENGTH)
    year_of_manufacture: StrictInt | None = Field(default=None, ge=limits.MIN_MANUFACTURE_YEAR,
                                                  le=limits.MAX_YEAR)
    problem: str = Field(min_length=1, max_length=limits.PROBLEM_LENGTH)
    repair_status: RepairStatus
    barrier: RepairBarrier | None = None
    volunteer: UserName = ""
    minutes: StrictInt = Field(ge=0, le=limits.MAX_WORK_MINUTES)
    parts: str = Field(default="", max_length=limits.PARTS_LENGTH)
    repaired_on: IsoDate
    station: Station | None = None

    @model_validator(mode="after")
    def _barrier(self) -> RepairPayload:
        if (self.barrier is not None) != (self.repair_status == RepairStatus.END_OF_LIFE):
            raise ValueError(msg.REPAIR_BARRIER_MISMATCH)
        return self


class VolunteerHoursPayload(Payload):
    """``volunteer_hours.recorded``: time a volunteer gave on one day (stored centrally)."""

    uuid: Uuid
    volunteer: UserName = Field(min_length=1)
    worked_on: IsoDate
    minutes: StrictInt = Field(ge=1, le=limits.MAX_WORK_MINUTES)
    activity: str = Field(min_length=1, max_length=limits.ACTIVITY_LENGTH)
    station: Station | None = None


# --- cargo-bike deliveries and donation pick-ups -----------------------------------------
OrderNumber = Annotated[str, Field(max_length=limits.ORDER_NUMBER_LENGTH,
                                   pattern=r"^L\d{2}-\d{6}$")]


class DeliveryLinePayload(Payload):
    """One kind of goods on an order (per piece weight and bulk)."""

    description: str = Field(min_length=1, max_length=limits.DESCRIPTION_LENGTH)
    quantity: StrictInt = Field(ge=1, le=limits.MAX_LINE_QUANTITY)
    weight_g: StrictInt = Field(ge=0, le=limits.MAX_LOAD_G)
    volume_l: StrictInt = Field(ge=0, le=limits.MAX_LOAD_L)


# What anonymisation blanks in a delivery's copies (till order, sent event, server row);
# coordinates are rounded to COARSE_E6 micro-degrees (0.01°, about a kilometre).
DELIVERY_PERSONAL_FIELDS = ("name", "street", "phone", "notes")
DELIVERY_BLANK = "–"
COARSE_E6 = 10_000


def coarse_e6(value: int) -> int:
    """A coordinate rounded to about a kilometre (what stays of an anonymised address)."""
    return round(value / COARSE_E6) * COARSE_E6


class DeliveryPayload(Payload):
    """``delivery.booked``: what the Soest logistics service needs to deliver or pick up,
    and nothing more (no prices of the goods, no item codes, no sale contents)."""

    uuid: Uuid
    number: OrderNumber
    kind: DeliveryKind
    window_start: IsoDatetime
    window_end: IsoDatetime
    service_minutes: StrictInt = Field(ge=1, le=limits.MAX_SERVICE_MINUTES)
    name: str = Field(min_length=1, max_length=limits.CUSTOMER_NAME_LENGTH)
    street: str = Field(min_length=1, max_length=limits.STREET_LENGTH)
    postcode: str = Field(pattern=r"^\d{5}$")
    city: str = Field(min_length=1, max_length=limits.CITY_LENGTH)
    phone: str = Field(default="", max_length=limits.PHONE_LENGTH)
    notes: str = Field(default="", max_length=limits.DELIVERY_NOTE_LENGTH)
    lat_e6: StrictInt = Field(ge=-limits.MAX_LAT_E6, le=limits.MAX_LAT_E6)
    lon_e6: StrictInt = Field(ge=-limits.MAX_LON_E6, le=limits.MAX_LON_E6)
    lines: list[DeliveryLinePayload] = Field(min_length=1, max_length=limits.MAX_ORDER_LINES)
    trips: StrictInt = Field(ge=1, le=limits.MAX_ORDER_LINES * limits.MAX_LINE_QUANTITY)
    fee_cents: StrictInt = Field(default=0, ge=0, le=limits.MAX_PRICE_CENTS)
    station: Station | None = None

    @model_validator(mode="after")
    def _window(self) -> DeliveryPayload:
        if self.window_end <= self.window_start:
            raise ValueError(msg.DELIVERY_WINDOW_ORDER)
        return self


class DeliveryStatusPayload(Payload):
    """``delivery.status_changed``: delivered, failed, rescheduled (with the new window)
    or cancelled, by whom and when."""

    uuid: Uuid
    status: DeliveryStatus
    changed_at: IsoDatetime
    note: str = Field(default="", max_length=limits.DELIVERY_NOTE_LENGTH)
    window_start: IsoDatetime | None = None
    window_end: IsoDatetime | None = None
    km_m: StrictInt | None = Field(default=None, ge=0, le=limits.MAX_DELIVERY_KM_M)
    acted_by: UserName | None = None
    station: Station | None = None

    @model_validator(mode="after")
    def _new_window(self) -> DeliveryStatusPayload:
        moved = self.window_start is not None and self.window_end is not None
        if (self.status == DeliveryStatus.RESCHEDULED) != moved:
            raise ValueError(msg.DELIVERY_RESCHEDULE_WINDOW)
        if moved and self.window_end <= self.window_start:  # type: ignore[operator]
            raise ValueError(msg.DELIVERY_WINDOW_ORDER)
        return self


class DeliveryAnonymisedPayload(Payload):
    """``delivery.anonymised``: the customer's name, address, phone and notes are gone at
    the till; the server removes its copy too (the statistics stay)."""

    uuid: Uuid
    anonymised_at: IsoDatetime
    station: Station | None = None


# The statuses the central office may set on the server's page (rescheduled with the
# new window).
OfficeDeliveryStatus = Literal[DeliveryStatus.DELIVERED, DeliveryStatus.FAILED,
                               DeliveryStatus.CANCELLED, DeliveryStatus.RESCHEDULED]


# Who set a status through the office page, as both the server's and the till's status
# history record it (a stored marker, like a user name: not translated).
OFFICE_ACTOR = "Zentrale: {user}"


def office_actor(user: str) -> str:
    """The ``changed_by`` of a status the office set (bounded like a user name)."""
    return OFFICE_ACTOR.format(user=user)[:limits.USER_NAME_LENGTH]


class DeliveryOfficeStatusPayload(Payload):
    """``ChangeKind.DELIVERY_STATUS``: the central office (the Soest logistics partner on
    the server's page) set an order's status; only ``station``, which booked the order,
    pulls it. No customer data: the order is known by its uuid."""

    uuid: Uuid
    station: Station
    number: OrderNumber
    status: OfficeDeliveryStatus
    changed_at: IsoDatetime
    changed_by: UserName  # the office login
    window_start: IsoDatetime | None = None  # the new window of a reschedule (UTC)
    window_end: IsoDatetime | None = None

    @model_validator(mode="after")
    def _new_window(self) -> DeliveryOfficeStatusPayload:
        moved = self.window_start is not None and self.window_end is not None
        if (self.status == DeliveryStatus.RESCHEDULED) != moved or (
                not moved and (self.window_start, self.window_end) != (None, None)):
            raise ValueError(msg.DELIVERY_RESCHEDULE_WINDOW)
        if moved and self.window_end <= self.window_start:  # type: ignore[operator]
            raise ValueError(msg.DELIVERY_WINDOW_ORDER)
        return self
