"""The payload model of every kind of central change, for the server that sends it and the
till that applies it.

A till takes a pulled change only after its ``data`` validated against the model of its
kind and its ``key`` names the record the data is about: a server that forwards a price
of -5 €, a 10,000-character description, an unknown status or an item under someone
else's key is refused with a German reason instead of being clamped into something no one
sent. The models are the event payloads the stations pushed (the server forwards what it
validated), plus the conflict the server flags itself.
"""

from __future__ import annotations

from collections.abc import Callable

import pydantic

from app.sync_schema import authority, limits
from app.sync_schema import messages as msg
from app.sync_schema import payloads as p
from app.sync_schema.enums import ChangeKind
from app.sync_schema.wire import Change


class ConflictPayload(p.Payload):
    """The server found one item on two receipts (``ChangeKind.CONFLICT``)."""

    item_code: p.ItemCode
    sale_uuid: p.Uuid
    station: p.Station
    other_sale_uuid: p.Uuid
    other_station: p.Station
    detected_at: p.IsoDatetime | None = None


def _item_key(data: p.Payload, _change: Change) -> str:
    assert isinstance(data, p.ItemPayload)
    return data.code


def _named_key(data: p.Payload, _change: Change) -> str:
    assert isinstance(data, (p.CategoryPayload, p.UserPayload))
    return data.name


def _markdown_key(data: p.Payload, change: Change) -> str:
    """A markdown rule is one station's row: its id is only unique with that station."""
    assert isinstance(data, p.MarkdownPayload)
    return f"{change.origin_station}:{data.id}"


def _setting_key(data: p.Payload, _change: Change) -> str:
    assert isinstance(data, p.SettingPayload)
    return data.key


def _conflict_key(data: p.Payload, _change: Change) -> str:
    assert isinstance(data, ConflictPayload)
    return f"{data.item_code}:{data.sale_uuid}"


def _delivery_key(data: p.Payload, _change: Change) -> str:
    assert isinstance(data, p.DeliveryOfficeStatusPayload)
    return data.uuid


# kind -> (model of its data, the key the data must be filed under)
KeyOf = Callable[[p.Payload, Change], str]
MODELS: dict[ChangeKind, tuple[type[p.Payload], KeyOf]] = {
    ChangeKind.ITEM: (p.ItemPayload, _item_key),
    ChangeKind.CATEGORY: (p.CategoryPayload, _named_key),
    ChangeKind.USER: (p.UserPayload, _named_key),
    ChangeKind.MARKDOWN: (p.MarkdownPayload, _markdown_key),
    ChangeKind.SETTING: (p.SettingPayload, _setting_key),
    ChangeKind.CONFLICT: (ConflictPayload, _conflict_key),
    ChangeKind.DELIVERY_STATUS: (p.DeliveryOfficeStatusPayload, _delivery_key),
}
assert set(MODELS) == set(ChangeKind), "every change kind needs a payload model"

REASON_LENGTH = 500
_REASON_PARTS = 3
def describe(exc: pydantic.ValidationError) -> str:
    """One German line naming the first few fields that did not fit (for logs, the
    quarantine and the audit log; bounded)."""
    parts = []
    for err in exc.errors()[:_REASON_PARTS]:
        where = ".".join(str(x) for x in err["loc"]) or msg.INVALID_WHOLE
        parts.append(f"{where}: {str(err['msg'])[:120]}")
    return msg.INVALID_PAYLOAD.format(details="; ".join(parts))[:REASON_LENGTH]


def parse(change: Change) -> p.Payload:
    """The validated data of ``change``; ``authority.Refused`` (German reason) when its
    kind is unknown, its data does not fit the kind's model or its key names another
    record than its data."""
    try:
        model, key_of = MODELS[ChangeKind(change.kind)]
    except ValueError:
        raise authority.Refused(
            msg.AUTHORITY_UNKNOWN_TYPE.format(type=change.kind[:limits.TYPE_LENGTH])) from None
    try:
        data = model.model_validate(change.data)
    except pydantic.ValidationError as exc:
        raise authority.Refused(describe(exc)) from None
    expected = key_of(data, change)
    if change.key != expected:
        raise authority.Refused(msg.CHANGE_KEY_MISMATCH.format(
            key=change.key[:80], expected=expected[:80]))
    return data

