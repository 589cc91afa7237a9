"""Climate factors: the shipped file, its stored versions and a manager's adjustments.

``resources/impact/factors.toml`` is read with decimals (never floats), validated with
pydantic and turned into integer grams. When the till opens, a file version the
database does not know yet is stored as a new factor set, which becomes the current
one (``ensure_shipped``). A manager's change (``adjust``) is stored as a new set based
on the current one; sets are never changed, so a past sale's figure, computed with the
set it names, never moves.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, replace
from datetime import datetime
from decimal import ROUND_HALF_UP, Decimal
from functools import lru_cache
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator
from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session

from app import errors
from app.db.models import ImpactFactor, ImpactFactorSet
from app.resource_files import resource_path
from app.services.impact import messages as msg
from app.services.impact.keys import IMPACT_KEYS
from app.services.kernel import audit
from app.services.kernel.context import Ctx
from app.services.kernel.roles import Permission
from app.sync_schema.enums import MaterialStream, values

CATEGORY, STREAM = "category", "stream"
# The Fixometer's averages per kg for goods of no known category: selectable as keys.
FALLBACK_KEYS = ("unknown_powered", "unknown_unpowered")
CATEGORY_KEYS = (*IMPACT_KEYS, *(k for k in FALLBACK_KEYS if k not in IMPACT_KEYS))
STREAM_KEYS = tuple(values(MaterialStream))
SOURCE_LENGTH = 300


MAX_TYPED_KG = Decimal(100_000)  # no reused thing avoids more than 100 t CO2e


def kg_to_g(kg: Decimal) -> int:
    """Kilograms as published (decimal) to integer grams, rounded half up."""
    return int((kg * 1000).quantize(Decimal(1), rounding=ROUND_HALF_UP))


class _Figure(BaseModel):
    model_config = ConfigDict(extra="forbid")

    source: str = Field(min_length=3, max_length=SOURCE_LENGTH)
    year: int = Field(ge=1990, le=2100)
    estimate: bool = False


class CategoryEntry(_Figure):
    """One ``[categories.KEY]`` table of the file."""

    weight_g: int | None = Field(default=None, ge=0)
    footprint_kg: Decimal | None = Field(default=None, ge=0)
    footprint_kg_per_kg: Decimal | None = Field(default=None, ge=0)
    weight_source: str = Field(default="", max_length=SOURCE_LENGTH)
    weight_year: int | None = Field(default=None, ge=1990, le=2100)

    @model_validator(mode="after")
    def _one_figure(self) -> CategoryEntry:
        if (self.footprint_kg is None) == (self.footprint_kg_per_kg is None):
            raise ValueError(msg.FACTOR_NEEDS_ONE_FIGURE)
        if self.weight_g is not None and (not self.weight_source or self.weight_year is None):
            raise ValueError(msg.FACTOR_NEEDS_SOURCE)
        return self


class StreamEntry(_Figure):
    """One ``[streams.STREAM]`` table: kg CO2e saved per kg recycled, or unknown."""

    benefit_kg_per_kg: Decimal | Literal["unknown"]


class FactorFile(BaseModel):
    """The whole file."""

    model_config = ConfigDict(extra="forbid")

    version: str = Field(min_length=1, max_length=40)
    year: int = Field(ge=1990, le=2100)
    displacement: Decimal = Field(ge=0, le=1)
    displacement_source: str = Field(min_length=3, max_length=SOURCE_LENGTH)
    displacement_year: int = Field(ge=1990, le=2100)
    method: str = Field(min_length=10)
    categories: dict[str, CategoryEntry]
    streams: dict[str, StreamEntry]


@dataclass(frozen=True)
class Factor:
    """One figure in grams: ``co2e_g`` per new item (``per_kg``: per kg), None = unknown."""

    kind: str
    key: str
    weight_g: int | None
    co2e_g: int | None
    per_kg: bool
    estimate: bool
    source: str
    year: int
    weight_source: str = ""
    weight_year: int | None = None


@dataclass(frozen=True)
class FactorSet:
    """A set of factors; ``id`` is None until stored."""

    version: str
    year: int
    displacement_permille: int
    displacement_source: str
    displacement_year: int | None
    method: str
    factors: tuple[Factor, ...]
    id: int | None = None
    note: str = ""

    def get(self, kind: str, key: str) -> Factor | None:
        return next((f for f in self.factors if f.kind == kind and f.key == key), None)


def _reason(exc: ValidationError) -> str:
    first = exc.errors()[0]
    where = ".".join(str(p) for p in first["loc"])
    text = str(first.get("ctx", {}).get("error", "")) or first["msg"]
    return msg.FACTOR_INVALID.format(key=where, reason=text)


def parse(text: str, path: Path) -> FactorSet:
    """The factor set of a file's text; a German ``ValidationError`` naming what is wrong."""
    try:
        raw = tomllib.loads(text, parse_float=Decimal)
        data = FactorFile.model_validate(raw)
    except tomllib.TOMLDecodeError as exc:
        raise errors.ValidationError(msg.FACTORS_FILE_BROKEN.format(path=path, reason=exc)) \
            from None
    except ValidationError as exc:
        raise errors.ValidationError(msg.FACTORS_FILE_BROKEN.format(
            path=path, reason=_reason(exc))) from None
    for key in data.categories:
        if key not in CATEGORY_KEYS:
            raise errors.ValidationError(msg.FACTORS_FILE_BROKEN.format(
                path=path, reason=msg.FACTOR_UNKNOWN_KEY.format(key=key)))
    for key in data.streams:
        if key not in STREAM_KEYS:
            raise errors.ValidationError(msg.FACTORS_FILE_BROKEN.format(
                path=path, reason=msg.FACTOR_UNKNOWN_KEY.format(key=key)))
    rows = [Factor(CATEGORY, key, c.weight_g,
                   kg_to_g(c.footprint_kg if c.footprint_kg is not None
                           else c.footprint_kg_per_kg or Decimal(0)),
                   c.footprint_kg is None, c.estimate, c.source, c.year, c.weight_source,
                   c.weight_year) for key, c in data.categories.items()]
    rows += [Factor(STREAM, key, None, None if s.benefit_kg_per_kg == "unknown"
                    else kg_to_g(Decimal(s.benefit_kg_per_kg)), True, s.estimate, s.source,
                    s.year) for key, s in data.streams.items()]
    return FactorSet(data.version, data.year, int(data.displacement * 1000),
                     data.displacement_source, data.displacement_year, data.method.strip(),
                     tuple(rows))


def load_file(path: Path) -> FactorSet:
    """Read and validate a factor file."""
    try:
        text = path.read_text(encoding="utf-8")
    except OSError:
        raise errors.ValidationError(msg.FACTORS_FILE_MISSING.format(path=path)) from None
    return parse(text, path)


@lru_cache(maxsize=1)
def shipped() -> FactorSet:
    """The factor file that ships with the app (read once per process)."""
    return load_file(resource_path("impact", "factors.toml"))


def _store(session: Session, fs: FactorSet, now: datetime, *, based_on: int | None = None,
           user_id: int | None = None) -> int:
    set_id = session.execute(insert(ImpactFactorSet).values(
        version=fs.version, year=fs.year, displacement_permille=fs.displacement_permille,
        displacement_source=fs.displacement_source, displacement_year=fs.displacement_year,
        method=fs.method, based_on_id=based_on, note=fs.note, created_by=user_id,
        created_at=now).returning(ImpactFactorSet.id)).scalar_one()
    session.execute(insert(ImpactFactor), [{
        "factor_set_id": set_id, "kind": f.kind, "key": f.key, "weight_g": f.weight_g,
        "co2e_g": f.co2e_g, "per_kg": f.per_kg, "estimate": f.estimate, "source": f.source,
        "year": f.year, "weight_source": f.weight_source, "weight_year": f.weight_year,
    } for f in fs.factors])
    return int(set_id)


def ensure_shipped(session: Session, now: datetime, fs: FactorSet | None = None) -> int | None:
    """Store the shipped file's version as the current set unless it is stored already;
    returns the new set's id (None: nothing to do). Part of the caller's transaction."""
    fs = fs if fs is not None else shipped()
    known = session.scalar(select(ImpactFactorSet.id)
                           .where(ImpactFactorSet.version == fs.version))
    if known is not None:
        return None
    return _store(session, fs, now)


def _from_rows(head: ImpactFactorSet, rows: list[ImpactFactor]) -> FactorSet:
    return FactorSet(head.version, head.year, head.displacement_permille,
                     head.displacement_source, head.displacement_year, head.method,
                     tuple(Factor(r.kind, r.key, r.weight_g, r.co2e_g, r.per_kg, r.estimate,
                                  r.source, r.year, r.weight_source, r.weight_year)
                           for r in rows), head.id, head.note)


def stored(session: Session, set_id: int) -> FactorSet:
    """A stored set by id."""
    head = session.get(ImpactFactorSet, set_id)
    if head is None:
        raise errors.NotFoundError(msg.FACTOR_SET_MISSING)
    rows = list(session.scalars(select(ImpactFactor).where(ImpactFactor.factor_set_id == set_id)
                                .order_by(ImpactFactor.id)))
    return _from_rows(head, rows)


def current(ctx: Ctx) -> FactorSet:
    """The set new sales are computed with (the newest stored)."""
    set_id = ctx.session.scalar(select(func.max(ImpactFactorSet.id)))
    if set_id is None:
        raise errors.NotFoundError(msg.FACTOR_SET_MISSING)
    return stored(ctx.session, set_id)


@dataclass(frozen=True)
class FactorChange:
    """A manager's new figure for one category or stream; None keeps the old value."""

    key: str
    source: str
    year: int
    kind: str = CATEGORY
    co2e_g: int | None = None
    weight_g: int | None = None
    per_kg: bool | None = None


def adjust(ctx: Ctx, changes: list[FactorChange], note: str = "") -> FactorSet:
    """Store the current set with ``changes`` as a new version (the past stays as it was)."""
    ctx.require(Permission.SETTINGS)
    base = current(ctx)
    by_key = {(f.kind, f.key): f for f in base.factors}
    for ch in changes:
        allowed = CATEGORY_KEYS if ch.kind == CATEGORY else STREAM_KEYS
        if ch.kind not in (CATEGORY, STREAM) or ch.key not in allowed:
            raise errors.ValidationError(msg.FACTOR_UNKNOWN_KEY.format(key=ch.key))
        if (ch.co2e_g is not None and ch.co2e_g < 0) or (ch.weight_g is not None
                                                         and ch.weight_g < 0):
            raise errors.ValidationError(msg.FACTOR_NEGATIVE.format(key=ch.key))
        source = " ".join(ch.source.split())
        if len(source) < 3 or not 1990 <= ch.year <= 2100:
            raise errors.ValidationError(msg.FACTOR_SOURCE_MISSING.format(key=ch.key))
        old = by_key.get((ch.kind, ch.key)) or Factor(
            ch.kind, ch.key, None, None, ch.kind == STREAM, False, source, ch.year)
        new = replace(
            old, co2e_g=old.co2e_g if ch.co2e_g is None else ch.co2e_g,
            per_kg=old.per_kg if ch.per_kg is None else ch.per_kg, source=source[:SOURCE_LENGTH],
            year=ch.year, estimate=False)
        if ch.weight_g is not None:
            new = replace(new, weight_g=ch.weight_g, weight_source=source[:SOURCE_LENGTH],
                          weight_year=ch.year)
        if (new.co2e_g, new.per_kg, new.weight_g) != (old.co2e_g, old.per_kg, old.weight_g):
            by_key[(ch.kind, ch.key)] = new
    if all(by_key.get((f.kind, f.key)) == f for f in base.factors) and len(by_key) == len(
            base.factors):
        raise errors.ValidationError(msg.FACTOR_NO_CHANGE)
    assert base.id is not None
    count = ctx.session.scalar(select(func.count()).select_from(ImpactFactorSet)) or 0
    version = f"{base.version.split('+')[0]}+{count + 1}"[:40]
    fs = replace(base, version=version, factors=tuple(by_key.values()), id=None,
                 note=" ".join(note.split())[:300])
    set_id = _store(ctx.session, fs, ctx.now(), based_on=base.id, user_id=ctx.actor.user_id)
    audit.record(ctx, "impact.factors_changed", "impact_factor_set", version,
                 based_on=base.version, keys=sorted(c.key for c in changes), note=fs.note)
    return replace(fs, id=set_id)


def _typed_kg(text: str, key: str) -> int | None:
    raw = text.strip().replace(" ", "").removesuffix("kg")
    if not raw:
        return None
    try:
        value = Decimal(raw.replace(".", "").replace(",", ".") if "," in raw else raw)
    except ArithmeticError:
        raise errors.ValidationError(msg.FACTOR_TYPED_INVALID.format(
            key=key, value=text.strip()[:20])) from None
    if not value.is_finite() or not 0 <= value <= MAX_TYPED_KG:
        raise errors.ValidationError(msg.FACTOR_TYPED_INVALID.format(
            key=key, value=text.strip()[:20]))
    return kg_to_g(value)


def typed_change(kind: str, key: str, co2e_kg: str, weight_kg: str, per_kg: bool,
                 source: str, year: str) -> FactorChange:
    """A change as the manager types it (kg with a decimal comma, the year as text);
    empty figures keep the old value. German ``ValidationError`` for nonsense."""
    if not year.strip().isdigit():
        raise errors.ValidationError(msg.FACTOR_SOURCE_MISSING.format(key=key))
    return FactorChange(key, source, int(year.strip()), kind, _typed_kg(co2e_kg, key),
                        _typed_kg(weight_kg, key), per_kg)
