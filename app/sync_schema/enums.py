"""The closed sets of values the till stores and sends, each defined once.

The database models (CHECK constraints, defaults), the services, the wire schema and the
central server all use these. A ``StrEnum`` member is a ``str``: it is stored, compared,
hashed and serialised as its value, so the stored strings are exactly the values below
and a column read back as plain ``str`` compares equal to its member. German names for
the screens live in the domains' ``messages`` modules, not here.
"""

from __future__ import annotations

from enum import StrEnum
from functools import cache


@cache
def values(kind: type[StrEnum]) -> tuple[str, ...]:
    """The plain stored strings of ``kind`` in definition order (for SQL and messages)."""
    return tuple(member.value for member in kind)


class ItemStatus(StrEnum):
    """Where an item is in its life: ``received -> in_repair -> ready -> sold``."""

    RECEIVED = "received"
    IN_REPAIR = "in_repair"
    READY = "ready"
    RESERVED = "reserved"
    SOLD = "sold"
    RECYCLED = "recycled"
    DISPOSED = "disposed"


# In stock: the workshop may still edit these and print their labels.
IN_STOCK = (ItemStatus.RECEIVED, ItemStatus.IN_REPAIR, ItemStatus.READY, ItemStatus.RESERVED)
# Not yet for sale: the till sends these back to the workshop.
NOT_READY = frozenset({ItemStatus.RECEIVED, ItemStatus.IN_REPAIR})
# The two ends without a sale; a ``Disposal`` row's ``kind`` is one of them.
DISPOSAL_KINDS = frozenset({ItemStatus.RECYCLED, ItemStatus.DISPOSED})
# No longer in stock: no label, no safety test, no edit.
GONE_STATUSES = frozenset({ItemStatus.SOLD, *DISPOSAL_KINDS})


class Condition(StrEnum):
    """An item's condition as written on its record (stored in German, as typed)."""

    NEW = "neu"
    VERY_GOOD = "sehr gut"
    GOOD = "gut"
    USED = "gebraucht"
    DEFECT = "defekt"


class MaterialStream(StrEnum):
    """Where recycled material goes (and a category's usual stream)."""

    WEEE = "weee"
    METAL = "metal"
    WOOD = "wood"
    TEXTILE = "textile"
    PAPER = "paper"
    RESIDUAL = "residual"
    MIXED = "mixed"


class VatKind(StrEnum):
    """A category's VAT treatment; rates and receipt letters are in ``catalog.vat``."""

    NORMAL = "normal"
    REDUCED = "reduced"
    EXEMPT = "exempt"
    MARGIN = "margin"  # § 25a UStG


class SaleKind(StrEnum):
    """What a receipt records."""

    SALE = "sale"
    REFUND = "refund"
    CANCELLED = "cancelled"


class PaymentMethod(StrEnum):
    CASH = "cash"
    CARD = "card"


class MovementKind(StrEnum):
    """Cash put into or taken out of the drawer outside a sale."""

    DEPOSIT = "deposit"
    WITHDRAWAL = "withdrawal"
    EXPENSE = "expense"


class Role(StrEnum):
    """What a user is; permissions per role are in ``services.kernel.roles``."""

    VOLUNTEER = "volunteer"
    CASHIER = "cashier"
    MANAGER = "manager"
    ADMIN = "admin"


class EventType(StrEnum):
    """The type of an outbox event; each has a payload model in ``sync_schema.events``."""

    STATION_INITIALISED = "station.initialised"
    ITEM_UPSERTED = "item.upserted"
    CATEGORY_UPSERTED = "category.upserted"
    USER_UPSERTED = "user.upserted"
    USER_PIN_RESET = "user.pin_reset"
    MARKDOWN_CHANGED = "markdown.changed"
    SETTING_CHANGED = "setting.changed"
    STORE_MASTER_DATA_CHANGED = "store.master_data_changed"
    TILL_REGISTRATION_CHANGED = "till.registration_changed"
    SALE_COMPLETED = "sale.completed"
    SALE_CANCELLED = "sale.cancelled"
    REFUND_COMPLETED = "refund.completed"
    CASH_SESSION_OPENED = "cash_session.opened"
    CASH_MOVEMENT_RECORDED = "cash_movement.recorded"
    CASH_SESSION_CLOSED = "cash_session.closed"
    REPAIR_RECORDED = "repair.recorded"
    VOLUNTEER_HOURS_RECORDED = "volunteer_hours.recorded"
    DELIVERY_BOOKED = "delivery.booked"
    DELIVERY_STATUS_CHANGED = "delivery.status_changed"
    DELIVERY_ANONYMISED = "delivery.anonymised"


class RepairStatus(StrEnum):
    """A repair's outcome: the Open Repair Data Standard's ``repair_status`` texts (v0.3)."""

    FIXED = "Fixed"
    REPAIRABLE = "Repairable"
    END_OF_LIFE = "End of life"


class RepairBarrier(StrEnum):
    """Why an item was not repairable: the ORDS ``repair_barrier_if_end_of_life`` codelist
    (v0.3 codelist table and the published ORA data; the prose list says "the product")."""

    PARTS_NOT_AVAILABLE = "Spare parts not available"
    PARTS_TOO_EXPENSIVE = "Spare parts too expensive"
    NO_WAY_TO_OPEN = "No way to open product"
    NO_REPAIR_INFORMATION = "Repair information not available"
    LACK_OF_EQUIPMENT = "Lack of equipment"
    TOO_WORN_OUT = "Item too worn out"


class ChangeKind(StrEnum):
    """The kind of a central change a till pulls (``Change.kind``)."""

    ITEM = "item"
    CATEGORY = "category"
    USER = "user"
    MARKDOWN = "markdown"
    SETTING = "setting"
    CONFLICT = "conflict"
    # The central office (Soest logistics) set a delivery's status on the server; only
    # the station that booked the order pulls it.
    DELIVERY_STATUS = "delivery_status"


class ErrorCode(StrEnum):
    """Why the server refused a request (``ErrorBody.code``)."""

    AUTH_MISSING = "auth_missing"
    AUTH_INVALID = "auth_invalid"
    REVOKED = "revoked"
    FORBIDDEN = "forbidden"
    SCHEMA_VERSION = "schema_version"
    BAD_REQUEST = "bad_request"
    CODE_INVALID = "code_invalid"
    CODE_EXPIRED = "code_expired"
    RATE_LIMITED = "rate_limited"
    TOO_LARGE = "too_large"
    SERVER = "server"


class DeliveryKind(StrEnum):
    """A cargo-bike order: goods bought at the till go out, donated goods come in."""

    DELIVERY = "delivery"
    PICKUP = "pickup"


class DeliveryStatus(StrEnum):
    """Where a delivery order stands; every change is kept as a status record."""

    PLANNED = "planned"
    DELIVERED = "delivered"
    FAILED = "failed"
    RESCHEDULED = "rescheduled"
    CANCELLED = "cancelled"
