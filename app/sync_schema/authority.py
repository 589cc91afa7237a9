"""Who may change what: the one authority table of every event type, for till and server.

The central server checks each pushed event against it before applying it, and every
till checks each pulled change against it again before taking it, so a buggy or hostile
station (or a replayed event, or a server that forwards something it should not) cannot
rewrite records it has no say over. Both sides feed these rules their own view of the
users (``Directory``): the server its central users of the sender's store, the till its
own users.

The rules:

* ``OWN_STATION`` – a station's own records (receipts, cash, closings, set-up, till and
  store details): only the station itself, about itself (the server checks the station
  number in the payload).
* ``ITEM_OWNER`` – an item belongs to the station that minted it (digits 3-4 of its code)
  until it is sold; after the sale nobody rewrites it. Another station's sale only marks
  it sold.
* ``MANAGER`` – users, roles, categories, markdown rules, store settings: only a manager
  or admin action, with the acting user carried in the event (``acted_by``); that user
  must be an active manager or admin of the sender's store. Making or changing an admin
  takes an admin; nobody changes their own role or switches themselves off. PINs never
  travel at all.

An event type missing from the table is refused (fail closed).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum
from typing import Any, Protocol

from app.sync_schema import limits
from app.sync_schema import messages as msg
from app.sync_schema.enums import EventType, Role

# The field of a MANAGER event that names the acting user; absent or None: nobody (the
# system or the command line), which only counts while a store is being set up.
ACTOR_FIELD = "acted_by"
STORE_CODE_PREFIX = "20"
MANAGING_ROLES = frozenset({Role.MANAGER, Role.ADMIN})


class Authority(StrEnum):
    """Who may emit an event type."""

    OWN_STATION = "own_station"
    ITEM_OWNER = "item_owner"
    MANAGER = "manager"


RULES: dict[EventType, Authority] = {
    EventType.STATION_INITIALISED: Authority.OWN_STATION,
    EventType.ITEM_UPSERTED: Authority.ITEM_OWNER,
    EventType.CATEGORY_UPSERTED: Authority.MANAGER,
    EventType.USER_UPSERTED: Authority.MANAGER,
    EventType.USER_PIN_RESET: Authority.MANAGER,
    EventType.MARKDOWN_CHANGED: Authority.MANAGER,
    EventType.SETTING_CHANGED: Authority.MANAGER,
    EventType.STORE_MASTER_DATA_CHANGED: Authority.OWN_STATION,
    EventType.TILL_REGISTRATION_CHANGED: Authority.OWN_STATION,
    EventType.SALE_COMPLETED: Authority.OWN_STATION,
    EventType.SALE_CANCELLED: Authority.OWN_STATION,
    EventType.REFUND_COMPLETED: Authority.OWN_STATION,
    EventType.CASH_SESSION_OPENED: Authority.OWN_STATION,
    EventType.CASH_MOVEMENT_RECORDED: Authority.OWN_STATION,
    EventType.CASH_SESSION_CLOSED: Authority.OWN_STATION,
    EventType.REPAIR_RECORDED: Authority.OWN_STATION,
    EventType.VOLUNTEER_HOURS_RECORDED: Authority.OWN_STATION,
    EventType.DELIVERY_BOOKED: Authority.OWN_STATION,
    EventType.DELIVERY_STATUS_CHANGED: Authority.OWN_STATION,
    EventType.DELIVERY_ANONYMISED: Authority.OWN_STATION,
}
# The kinds of pulled change and the event type each comes from (for the till's check).
CHANGE_RULES: dict[str, EventType] = {
    "item": EventType.ITEM_UPSERTED,
    "category": EventType.CATEGORY_UPSERTED,
    "user": EventType.USER_UPSERTED,
    "markdown": EventType.MARKDOWN_CHANGED,
    "setting": EventType.SETTING_CHANGED,
}


class Refused(Exception):
    """A change the sender had no authority for; the message is the German reason."""


def rule_for(event_type: str) -> Authority:
    """The authority of an event type; ``Refused`` for a type not in the table."""
    try:
        return RULES[EventType(event_type)]
    except ValueError:
        raise Refused(msg.AUTHORITY_UNKNOWN_TYPE.format(type=str(event_type)[:40])) from None


def minted_by(code: str) -> int | None:
    """The station that minted an in-store item code (``20`` + station + …), else None
    (also for a code naming no possible station, such as ``2000…``)."""
    if len(code) == 13 and code.isdigit() and code.startswith(STORE_CODE_PREFIX):
        number = int(code[2:4])
        return number if limits.MIN_STATION <= number <= limits.MAX_STATION else None
    return None


class Directory(Protocol):
    """One side's view of the users of the sender's store."""

    def role_of(self, name: str) -> Role | None:
        """The role of an active user of this store; None if unknown, inactive or
        of another store."""

    @property
    def setting_up(self) -> bool:
        """True while the store has no manager or admin yet (its first till is setting
        it up): then an event without an acting user is taken."""


@dataclass(frozen=True)
class ItemFacts:
    """What the checking side knows about an item before the change."""

    owner: int | None  # the station the item belongs to (None: unknown yet)
    sold: bool  # a known record of a sold item: nobody rewrites it any more


def check_station(sender: int, payload_station: int | None) -> None:
    """``OWN_STATION``: a record that names a station must name the sender."""
    if payload_station is not None and payload_station != sender:
        raise Refused(msg.AUTHORITY_OTHER_STATION.format(station=payload_station,
                                                         sender=sender))


def item_owner(code: str, known_owner: int | None, sender: int) -> int:
    """The station an item belongs to: the minting station by its code, else the one
    that first announced it."""
    by_code = minted_by(code)
    if by_code is not None:
        return by_code
    return known_owner if known_owner is not None else sender


def check_item(code: str, sender: int, facts: ItemFacts) -> None:
    """``ITEM_OWNER``: only the owning station, and only until the item is sold."""
    owner = item_owner(code, facts.owner, sender)
    if owner != sender:
        raise Refused(msg.AUTHORITY_ITEM_OWNER.format(code=code, owner=owner, sender=sender))
    if facts.sold:
        raise Refused(msg.AUTHORITY_ITEM_SOLD.format(code=code))


def acting_user(payload: Mapping[str, Any]) -> str | None:
    value = payload.get(ACTOR_FIELD)
    return value if isinstance(value, str) and value else None


def check_manager(payload: Mapping[str, Any], directory: Directory, *,
                  needs_admin: bool = False) -> str | None:
    """``MANAGER``: the acting user must be an active manager (admin if ``needs_admin``)
    of the store. Returns the acting user's name (None: the store's own set-up)."""
    name = acting_user(payload)
    if name is None:
        if directory.setting_up:
            return None
        raise Refused(msg.AUTHORITY_NO_ACTOR)
    role = directory.role_of(name)
    if role is None:
        if directory.setting_up:
            return name
        raise Refused(msg.AUTHORITY_ACTOR_UNKNOWN.format(name=name))
    if role not in MANAGING_ROLES:
        raise Refused(msg.AUTHORITY_ACTOR_ROLE.format(name=name, role=role))
    if needs_admin and role is not Role.ADMIN:
        raise Refused(msg.AUTHORITY_NEEDS_ADMIN.format(name=name))
    return name


@dataclass(frozen=True)
class UserFacts:
    """A user as the checking side knows it before the change (None fields: new user)."""

    role: Role | None
    active: bool | None
    other_store: bool = False  # the user belongs to another store


def check_user(payload: Mapping[str, Any], before: UserFacts, directory: Directory) -> None:
    """``MANAGER`` for users: a manager acts, an admin for anything about admins; no one
    changes their own role or switches themselves off; only users of this store."""
    if before.other_store:
        raise Refused(msg.AUTHORITY_USER_OTHER_STORE.format(name=payload.get("name")))
    role = payload.get("role")
    needs_admin = role == Role.ADMIN or before.role == Role.ADMIN
    actor = check_manager(payload, directory, needs_admin=needs_admin)
    if actor is not None and actor == payload.get("name") and before.role is not None and (
            role != before.role or payload.get("active") is False):
        raise Refused(msg.AUTHORITY_OWN_ACCOUNT.format(name=actor))
