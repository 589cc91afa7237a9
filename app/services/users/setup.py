"""Creating a till: store, local station and the first admin account."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from app import messages
from app.db.models import Station, Store, StoreMasterData, User
from app.errors import ValidationError
from app.services.kernel import audit, outbox
from app.services.kernel.context import Ctx, StationInfo
from app.services.kernel.messages import ROLE_LABELS
from app.services.users import accounts
from app.services.users.accounts import hash_pin
from app.sync_schema import limits
from app.sync_schema.enums import EventType, Role
from app.sync_schema.payloads import StationPayload, UserPayload

FIRST_ADMIN = "admin"
FIRST_ADMIN_PIN = "000000"


@dataclass(frozen=True)
class InitResult:
    created: bool
    station_number: int
    store_name: str
    admin_created: bool


def validate_station_number(value: object) -> int:
    try:
        number = int(str(value))
    except ValueError:
        raise ValidationError(messages.STATION_RANGE.format(value=value)) from None
    if not limits.MIN_STATION <= number <= limits.MAX_STATION:
        raise ValidationError(messages.STATION_RANGE.format(value=value))
    return number


def validate_store_name(value: str | None) -> str:
    name = (value or "").strip()
    if not name:
        raise ValidationError(messages.STORE_NAME_MISSING)
    return name


def initialise(ctx: Ctx, station_number: int, store_name: str,
               demo: bool = False, first_admin: tuple[str, str] | None = None) -> InitResult:
    """Create store, local station and first admin, or confirm an existing set-up.

    ``demo`` marks a new database as a demo till (demo data allowed, "DEMO" shown); an
    existing real till is never turned into a demo. ``first_admin`` (name, PIN) is the
    admin the first-run wizard asked for; without it the admin is ``admin`` with the
    start PIN to be changed at the first login.
    """
    existing = ctx.session.scalar(select(Station).where(Station.is_local.is_(True)))
    if existing is not None:
        if demo and not existing.demo:
            raise ValidationError(messages.DEMO_INIT_EXISTING)
        if existing.number != station_number:
            raise ValidationError(messages.STATION_MISMATCH.format(
                existing=existing.number, requested=station_number))
        store = ctx.session.get(Store, existing.store_id)
        assert store is not None
        return InitResult(False, existing.number, store.name, False)
    store = Store(name=store_name, created_at=ctx.now())
    ctx.session.add(store)
    ctx.session.flush()
    # The first master-data revision; address and tax number follow (`kreislauf store set`).
    ctx.session.add(StoreMasterData(store_id=store.id, valid_from=ctx.now(), name=store_name[:60],
                                    street="", postcode="", city="", country="DEU",
                                    tax_number="", vat_id="", created_at=ctx.now()))
    station = Station(store_id=store.id, number=station_number, is_local=True, demo=demo,
                      name=messages.STATION_NAME.format(number=station_number),
                      created_at=ctx.now())
    ctx.session.add(station)
    ctx.session.flush()
    ctx.station = StationInfo(station.id, station.number, store.id, store.name, demo)
    admin_created = False
    if first_admin is not None:
        name, pin = first_admin
        result = _initialised(ctx, station, store_name, None, admin_created=True)
        accounts.create_user(ctx, name, name, Role.ADMIN.value, pin)
        return result
    if ctx.session.scalar(select(User.id).limit(1)) is None:
        ctx.session.add(User(name=FIRST_ADMIN, display_name=ROLE_LABELS[Role.ADMIN],
                             role=Role.ADMIN,
                             pin_hash=hash_pin(FIRST_ADMIN_PIN), must_change_pin=True,
                             created_at=ctx.now()))
        admin_created = True
    return _initialised(ctx, station, store_name, FIRST_ADMIN if admin_created else None,
                        admin_created=admin_created)


def _initialised(ctx: Ctx, station: Station, store_name: str,
                 default_admin: str | None, *, admin_created: bool) -> InitResult:
    audit.record(ctx, "station.initialised", "station", station.number, store=store_name,
                 demo=station.demo)
    outbox.emit(ctx, EventType.STATION_INITIALISED,
                StationPayload(number=station.number, store=store_name))
    if default_admin is not None:
        # The server learns the first admin while the store is being set up, so the
        # changes this admin makes later pass its authority check.
        outbox.emit(ctx, EventType.USER_UPSERTED, UserPayload(
            name=default_admin, display_name=ROLE_LABELS[Role.ADMIN], role=Role.ADMIN,
            active=True))
    return InitResult(True, station.number, store_name, admin_created)
