"""The store's master data (seller name, address, tax number, VAT id) with its history.

Every change adds a ``store_master_data`` revision valid from the moment it was made;
``valid_at`` answers what a receipt or export of an earlier moment must show. The
``store`` row mirrors the newest values, so screens that read it stay current.
``missing_fields`` names what the law requires before a till may sign live.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, fields, replace
from datetime import datetime
from typing import Any

from sqlalchemy import select

from app.db.models import Store, StoreMasterData
from app.errors import NotFoundError, ValidationError
from app.services.fiscal import messages as msg
from app.services.kernel import audit, outbox
from app.services.kernel.context import Ctx
from app.services.kernel.roles import Permission
from app.sync_schema.enums import EventType
from app.sync_schema.payloads import StoreMasterDataPayload

EDITABLE = ("name", "street", "postcode", "city", "country", "tax_number", "vat_id")
LIMITS = {"name": 60, "street": 60, "postcode": 10, "city": 62, "country": 3,
          "tax_number": 20, "vat_id": 15}
# ISO 3166 alpha-2 -> alpha-3 for the countries a store here may plausibly name.
_ALPHA3 = {"DE": "DEU", "AT": "AUT", "CH": "CHE", "NL": "NLD", "BE": "BEL", "LU": "LUX",
           "FR": "FRA", "DK": "DNK", "PL": "POL", "CZ": "CZE"}
_COUNTRY_NAMES = {"DEUTSCHLAND": "DEU", "GERMANY": "DEU"}
_VAT_DE = re.compile(r"DE\d{9}")
_VAT_EU = re.compile(r"[A-Z]{2}[0-9A-Z]{2,13}")
_TAX_NUMBER = re.compile(r"[0-9/]+")
_POSTCODE_DE = re.compile(r"\d{5}")
_POSTCODE_OTHER = re.compile(r"[0-9A-Za-z -]{1,10}")


@dataclass(frozen=True)
class MasterData:
    """One revision of the seller's data as printed and exported."""

    name: str
    street: str = ""
    postcode: str = ""
    city: str = ""
    country: str = "DEU"
    tax_number: str = ""
    vat_id: str = ""
    valid_from: datetime | None = None

    @property
    def address_line(self) -> str:
        """``Street, Postcode City`` for a receipt head (empty parts left out)."""
        place = " ".join(p for p in (self.postcode, self.city) if p)
        return ", ".join(p for p in (self.street, place) if p)


def normalise_country(value: str) -> str:
    text = " ".join(value.split()).upper()
    if not text:
        return ""
    if text in _COUNTRY_NAMES:
        return _COUNTRY_NAMES[text]
    if len(text) == 2 and text in _ALPHA3:
        return _ALPHA3[text]
    if len(text) == 3 and text.isalpha():
        return text
    raise ValidationError(msg.COUNTRY_FORMAT.format(value=value))


def normalise_postcode(value: str, country: str) -> str:
    text = value.strip()
    if not text:
        return ""
    if country == "DEU":
        if not _POSTCODE_DE.fullmatch(text):
            raise ValidationError(msg.POSTCODE_DE.format(value=value))
    elif not _POSTCODE_OTHER.fullmatch(text):
        raise ValidationError(msg.POSTCODE_OTHER.format(value=value))
    return text


def normalise_vat_id(value: str) -> str:
    """``DE`` and 9 digits for a German USt-IdNr. (spaces dropped, upper case)."""
    text = "".join(value.split()).upper()
    if not text:
        return ""
    pattern = _VAT_DE if text.startswith("DE") else _VAT_EU
    if not pattern.fullmatch(text):
        raise ValidationError(msg.VAT_ID_FORMAT.format(value=value))
    return text


def normalise_tax_number(value: str) -> str:
    """A plausible Steuernummer: 10 to 13 digits, slashes allowed (spaces dropped)."""
    text = "".join(value.split())
    if not text:
        return ""
    digits = sum(c.isdigit() for c in text)
    if not _TAX_NUMBER.fullmatch(text) or not 10 <= digits <= 13 or text.startswith("/") \
            or text.endswith("/") or "//" in text:
        raise ValidationError(msg.TAX_NUMBER_FORMAT.format(value=value))
    return text


def _clean_text(key: str, value: str) -> str:
    text = " ".join(value.split())
    if len(text) > LIMITS[key]:
        raise ValidationError(msg.TOO_LONG.format(label=msg.FIELD_LABELS[key],
                                                  limit=LIMITS[key]))
    return text


def validate(data: MasterData) -> MasterData:
    """The same data cleaned and checked; raises a German ``ValidationError``."""
    country = normalise_country(data.country) or "DEU"
    name = _clean_text("name", data.name)
    if not name:
        raise ValidationError(msg.NAME_MISSING)
    return replace(
        data, name=name, street=_clean_text("street", data.street),
        postcode=normalise_postcode(data.postcode, country),
        city=_clean_text("city", data.city), country=country,
        tax_number=normalise_tax_number(data.tax_number),
        vat_id=normalise_vat_id(data.vat_id))


def _store_id(ctx: Ctx) -> int:
    if ctx.station is None:
        raise NotFoundError(msg.NOT_INITIALISED)
    return ctx.station.store_id


def _of(row: StoreMasterData) -> MasterData:
    return MasterData(row.name, row.street, row.postcode, row.city, row.country,
                      row.tax_number, row.vat_id, row.valid_from)


def _fallback(ctx: Ctx) -> MasterData:
    store = ctx.session.get(Store, _store_id(ctx))
    if store is None:
        raise NotFoundError(msg.NOT_INITIALISED)
    return MasterData(store.name[:60], store.street, store.postcode, store.city, "DEU",
                      store.tax_number, store.vat_id, store.created_at)


def valid_at(ctx: Ctx, moment: datetime) -> MasterData:
    """The revision valid at ``moment`` (the first one for moments before it)."""
    q = select(StoreMasterData).where(StoreMasterData.store_id == _store_id(ctx))
    row = ctx.session.scalar(q.where(StoreMasterData.valid_from <= moment)
                             .order_by(StoreMasterData.valid_from.desc(),
                                       StoreMasterData.id.desc()).limit(1))
    if row is None:
        row = ctx.session.scalar(q.order_by(StoreMasterData.valid_from,
                                            StoreMasterData.id).limit(1))
    return _fallback(ctx) if row is None else _of(row)


def current(ctx: Ctx) -> MasterData:
    """The newest revision."""
    row = ctx.session.scalar(
        select(StoreMasterData).where(StoreMasterData.store_id == _store_id(ctx))
        .order_by(StoreMasterData.valid_from.desc(), StoreMasterData.id.desc()).limit(1))
    return _fallback(ctx) if row is None else _of(row)


def history(ctx: Ctx) -> list[MasterData]:
    """Every revision, oldest first."""
    rows = ctx.session.scalars(
        select(StoreMasterData).where(StoreMasterData.store_id == _store_id(ctx))
        .order_by(StoreMasterData.valid_from, StoreMasterData.id))
    return [_of(r) for r in rows]


def update(ctx: Ctx, **changes: str) -> MasterData:
    """Add a revision with ``changes`` applied to the current data, valid from now.

    Keys are those of ``EDITABLE``; values ``None`` are left as they are. Raises a German
    ``ValidationError`` naming the wrong field; an unchanged set of values adds nothing.
    """
    ctx.require(Permission.SETTINGS)
    unknown = set(changes) - set(EDITABLE)
    if unknown:
        raise ValueError(f"unknown master data fields: {sorted(unknown)}")
    old = current(ctx)
    given: dict[str, Any] = {k: v for k, v in changes.items() if v is not None}
    new = validate(replace(old, **given))
    if all(getattr(new, k) == getattr(old, k) for k in EDITABLE) and history(ctx):
        raise ValidationError(msg.NOTHING_CHANGED)
    now = ctx.now()
    new = replace(new, valid_from=now)
    store_id = _store_id(ctx)
    ctx.session.add(StoreMasterData(store_id=store_id, valid_from=now, created_at=now,
                                    created_by=ctx.actor.user_id,
                                    **{k: getattr(new, k) for k in EDITABLE}))
    store = ctx.session.get(Store, store_id)
    assert store is not None
    store.name, store.street, store.postcode = new.name, new.street, new.postcode
    store.city, store.tax_number, store.vat_id = new.city, new.tax_number, new.vat_id
    ctx.session.flush()
    if ctx.station is not None and ctx.station.store_name != new.name:
        ctx.station = replace(ctx.station, store_id=store_id, store_name=new.name)
    changed = {k: getattr(new, k) for k in EDITABLE if getattr(new, k) != getattr(old, k)}
    audit.record(ctx, "store.master_data_changed", "store", store_id, **changed)
    outbox.emit(ctx, EventType.STORE_MASTER_DATA_CHANGED, StoreMasterDataPayload(
        valid_from=now, **{k: getattr(new, k) for k in EDITABLE}))
    return new


def missing_fields(ctx: Ctx, data: MasterData | None = None) -> list[str]:
    """German names of the legally required fields still empty (none: ready for live).

    KassenSichV § 6 and DSFinV-K need the full name and address of the seller and its
    tax number or VAT id (one of the two is enough).
    """
    d = data if data is not None else current(ctx)
    out = [msg.FIELD_LABELS[k] for k in ("name", "street", "postcode", "city", "country")
           if not getattr(d, k)]
    if not d.tax_number and not d.vat_id:
        out.append(msg.FIELD_LABELS["tax_number_or_vat_id"])
    return out


def as_dict(data: MasterData) -> dict[str, str]:
    return {f.name: getattr(data, f.name) for f in fields(data) if f.name in EDITABLE}
