"""What the Kassenmeldepflicht asks about this till, as a manager entered it.

Kind, brand, model, serial, date of purchase, commissioning and decommissioning
(§ 146a Abs. 4 AO); the software name and version are the app's own. Kept as dated
revisions like the store's master data.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, datetime
from typing import Any

from sqlalchemy import select

from app.db.models import TillRegistration
from app.errors import ValidationError
from app.services.fiscal import messages as msg
from app.services.kernel import audit, outbox
from app.services.kernel.context import Ctx
from app.services.kernel.roles import Permission
from app.sync_schema.enums import EventType
from app.sync_schema.payloads import TillRegistrationPayload

TEXT_FIELDS = {"kind": 60, "brand": 50, "model": 50, "serial": 70}
DATE_FIELDS = ("purchased_on", "commissioned_on", "decommissioned_on")
DEFAULT_KIND = msg.DEFAULT_TILL_KIND


@dataclass(frozen=True)
class TillFacts:
    kind: str = DEFAULT_KIND
    brand: str = ""
    model: str = ""
    serial: str = ""
    purchased_on: date | None = None
    commissioned_on: date | None = None
    decommissioned_on: date | None = None
    valid_from: datetime | None = None


def parse_date(value: str) -> date | None:
    """``JJJJ-MM-TT`` or empty (clears the date); German error otherwise."""
    text = value.strip()
    if not text:
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise ValidationError(msg.DATE_FORMAT.format(value=value)) from None


def _of(row: TillRegistration) -> TillFacts:
    return TillFacts(row.kind, row.brand, row.model, row.serial, row.purchased_on,
                     row.commissioned_on, row.decommissioned_on, row.valid_from)


def valid_at(ctx: Ctx, moment: datetime) -> TillFacts:
    """The facts valid at ``moment`` (the first revision for earlier moments)."""
    q = select(TillRegistration).where(TillRegistration.station_id == ctx.station_id)
    row = ctx.session.scalar(q.where(TillRegistration.valid_from <= moment).order_by(
        TillRegistration.valid_from.desc(), TillRegistration.id.desc()).limit(1))
    if row is None:
        row = ctx.session.scalar(q.order_by(TillRegistration.valid_from,
                                            TillRegistration.id).limit(1))
    return TillFacts() if row is None else _of(row)


def current(ctx: Ctx) -> TillFacts:
    return valid_at(ctx, ctx.now())


def update(ctx: Ctx, **changes: str | date | None) -> TillFacts:
    """Add a revision with ``changes`` (text fields, dates as ``date`` or JJJJ-MM-TT)."""
    ctx.require(Permission.SETTINGS)
    new = current(ctx)
    values: dict[str, Any] = {}
    for key, value in changes.items():
        if value is None:
            continue
        if key in TEXT_FIELDS:
            text = " ".join(str(value).split())
            if len(text) > TEXT_FIELDS[key]:
                raise ValidationError(msg.TOO_LONG.format(label=key, limit=TEXT_FIELDS[key]))
            values[key] = text
        elif key in DATE_FIELDS:
            values[key] = value if isinstance(value, date) else parse_date(str(value))
        else:
            raise ValueError(f"unknown till field {key}")
    new = replace(new, **values)
    if new.commissioned_on and new.decommissioned_on \
            and new.decommissioned_on < new.commissioned_on:
        raise ValidationError(msg.DATE_ORDER.format(off=new.decommissioned_on.isoformat(),
                                                    on=new.commissioned_on.isoformat()))
    now = ctx.now()
    ctx.session.add(TillRegistration(
        station_id=ctx.station_id, valid_from=now, created_at=now,
        created_by=ctx.actor.user_id, kind=new.kind, brand=new.brand, model=new.model,
        serial=new.serial, purchased_on=new.purchased_on,
        commissioned_on=new.commissioned_on, decommissioned_on=new.decommissioned_on))
    ctx.session.flush()
    details = {k: (v.isoformat() if isinstance(v, date) else v)
               for k, v in vars(new).items() if k != "valid_from"}
    audit.record(ctx, "till.registration_changed", "station", ctx.station_id, **details)
    outbox.emit(ctx, EventType.TILL_REGISTRATION_CHANGED, TillRegistrationPayload(**details))
    return replace(new, valid_from=now)
