"""Which payload model belongs to which outbox event type, for the till and the server."""

from __future__ import annotations

from typing import Any

from app.sync_schema import payloads as p
from app.sync_schema.enums import EventType

PAYLOADS: dict[EventType, type[p.Payload]] = {
    EventType.STATION_INITIALISED: p.StationPayload,
    EventType.ITEM_UPSERTED: p.ItemPayload,
    EventType.CATEGORY_UPSERTED: p.CategoryPayload,
    EventType.USER_UPSERTED: p.UserPayload,
    EventType.USER_PIN_RESET: p.UserPinResetPayload,
    EventType.MARKDOWN_CHANGED: p.MarkdownPayload,
    EventType.SETTING_CHANGED: p.SettingPayload,
    EventType.STORE_MASTER_DATA_CHANGED: p.StoreMasterDataPayload,
    EventType.TILL_REGISTRATION_CHANGED: p.TillRegistrationPayload,
    EventType.SALE_COMPLETED: p.SalePayload,
    EventType.SALE_CANCELLED: p.SalePayload,
    EventType.REFUND_COMPLETED: p.SalePayload,
    EventType.CASH_SESSION_OPENED: p.CashSessionPayload,
    EventType.CASH_MOVEMENT_RECORDED: p.CashMovementPayload,
    EventType.CASH_SESSION_CLOSED: p.ClosingPayload,
    EventType.REPAIR_RECORDED: p.RepairPayload,
    EventType.VOLUNTEER_HOURS_RECORDED: p.VolunteerHoursPayload,
    EventType.DELIVERY_BOOKED: p.DeliveryPayload,
    EventType.DELIVERY_STATUS_CHANGED: p.DeliveryStatusPayload,
    EventType.DELIVERY_ANONYMISED: p.DeliveryAnonymisedPayload,
}
assert set(PAYLOADS) == set(EventType), "every event type needs a payload model"

SALE_TYPES = frozenset({EventType.SALE_COMPLETED, EventType.SALE_CANCELLED,
                        EventType.REFUND_COMPLETED})


def model_for(event_type: str) -> type[p.Payload] | None:
    """The payload model of a known event type; None for a type this version does not know."""
    try:
        return PAYLOADS[EventType(event_type)]
    except ValueError:
        return None


def parse(event_type: str, payload: dict[str, Any]) -> p.Payload | None:
    """The validated payload (``pydantic.ValidationError`` if it does not fit), or None for
    an unknown type."""
    model = model_for(event_type)
    return None if model is None else model.model_validate(payload)
