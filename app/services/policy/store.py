"""Reading and changing the store settings (the ``setting`` table), synced to every till.

A setting without a row has its default. A change needs a manager or admin, is audited
with the old and new value, and writes a ``setting.changed`` outbox event in the same
transaction; a change pulled from the central server is applied by ``apply_pulled``
(no outbox event: replication, not a new change). A stored value this version cannot use
(a newer till's, or damaged) reads as the default, with a log line.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any, TypeVar, cast

from sqlalchemy import select

from app.db.models import Setting, User
from app.errors import ValidationError
from app.services.kernel import audit, outbox
from app.services.kernel.context import Ctx
from app.services.kernel.formatting import format_cents, parse_cents
from app.services.kernel.roles import Permission
from app.services.policy import messages as msg
from app.services.policy.definitions import POLICY, PolicyDef, Unit
from app.sync_schema import limits
from app.sync_schema.enums import EventType
from app.sync_schema.payloads import SettingPayload

T = TypeVar("T", int, bool)
log = logging.getLogger(__name__)


def _usable(definition: PolicyDef[T], value: object) -> bool:
    if type(value) is not definition.type:  # True is an int, but never a count
        return False
    if isinstance(value, bool):
        return True
    return isinstance(value, int) and definition.minimum <= value <= definition.maximum


def _decode(definition: PolicyDef[T], value: object) -> T:
    if _usable(definition, value):
        return cast(T, value)
    log.warning("store setting %s has an unusable value %r; using the default",
                definition.key, value)
    return definition.default


@dataclass(frozen=True)
class PolicyValues:
    """All store settings as read at one moment (a cart keeps one for its whole sale)."""

    stored: Mapping[str, object]

    def get(self, definition: PolicyDef[T]) -> T:
        if definition.key not in self.stored:
            return definition.default
        return _decode(definition, self.stored[definition.key])


DEFAULTS = PolicyValues({})


def get(ctx: Ctx, definition: PolicyDef[T]) -> T:
    """The current value of one store setting (its default when never set)."""
    row = ctx.session.get(Setting, definition.key)
    return definition.default if row is None else _decode(definition, row.value)


def snapshot(ctx: Ctx) -> PolicyValues:
    """Every store setting in one read."""
    keys = [d.key for d in POLICY.all()]
    rows = ctx.session.execute(select(Setting.key, Setting.value).where(Setting.key.in_(keys)))
    return PolicyValues({key: value for key, value in rows})


# --- typing and showing values --------------------------------------------------------------
def format_value(definition: PolicyDef[int], value: int) -> str:
    """The value as the settings page shows it for editing ('1000,00' for money, '20'),
    without thousands separators, so that saving it unchanged parses again."""
    if definition.unit == Unit.CENTS:
        whole, cents = divmod(value, 100)
        return f"{whole},{cents:02d}"
    return str(value)


def _shown(definition: PolicyDef[int], value: int) -> str:
    if definition.unit == Unit.CENTS:
        return format_cents(value)
    return str(value) + (" %" if definition.unit == Unit.PERCENT else "")


def parse_value(definition: PolicyDef[int], text: str | int) -> int:
    """A typed value ('10,00' for money, '20' for a percentage), checked against its range."""
    value = _number(definition, text)
    if not definition.minimum <= value <= definition.maximum:
        raise ValidationError(msg.OUT_OF_RANGE.format(
            description=definition.description, value=_shown(definition, value),
            minimum=_shown(definition, definition.minimum),
            maximum=_shown(definition, definition.maximum)))
    return value


def _number(definition: PolicyDef[int], text: str | int) -> int:
    if isinstance(text, int) and not isinstance(text, bool):
        return text
    typed = str(text).strip()
    if definition.unit == Unit.CENTS:
        cents = parse_cents(typed)
        if cents is None:
            raise ValidationError(msg.NOT_AN_AMOUNT.format(
                value=typed, description=definition.description,
                example=format_value(definition, definition.default or 1_000)))
        return cents
    if not typed.isdigit():
        raise ValidationError(msg.NOT_A_NUMBER.format(
            value=typed, description=definition.description, example=definition.default))
    return int(typed)


# --- the settings page ---------------------------------------------------------------------------
@dataclass(frozen=True)
class PolicyView:
    """One row of the settings page."""

    definition: PolicyDef[int]
    value: int
    text: str  # the value as typed on the page
    updated_at: datetime | None
    updated_by: str  # "" when never changed


def list_policies(ctx: Ctx) -> list[PolicyView]:
    """Every store setting with its current value and who changed it last."""
    rows = {key: (value, at, who) for key, value, at, who in ctx.session.execute(
        select(Setting.key, Setting.value, Setting.updated_at, User.display_name)
        .outerjoin(User, User.id == Setting.updated_by))}
    out = []
    for d in POLICY.all():
        stored, at, who = rows.get(d.key, (d.default, None, None))
        value = _decode(d, stored)
        out.append(PolicyView(d, value, format_value(d, value), at, who or ""))
    return out


def save(ctx: Ctx, typed: Mapping[str, str | int]) -> list[str]:
    """Change store settings (managers and admins): ``{key: typed value}``.

    Every value is checked before anything is written, so one bad value saves nothing.
    Returns the keys that really changed; each is audited and sent to the other tills.
    """
    ctx.require(Permission.SETTINGS)
    parsed: dict[str, int] = {}
    for key, text in typed.items():
        definition = POLICY.by_key(key)
        if definition is None:
            raise ValidationError(msg.UNKNOWN_SETTING.format(key=key))
        parsed[key] = parse_value(definition, text)
    changed = []
    for key, value in parsed.items():
        definition = POLICY.by_key(key)
        assert definition is not None
        before = get(ctx, definition)
        if before == value:
            continue
        _store(ctx, key, value, ctx.actor.user_id)
        audit.record(ctx, "setting.changed", "setting", key, before=before, after=value)
        outbox.emit(ctx, EventType.SETTING_CHANGED, SettingPayload(
            key=key, value=value, acted_by=outbox.acting_user(ctx)))
        changed.append(key)
    return changed


def stored(ctx: Ctx, key: str, default: Any) -> Any:
    """The raw value of a store setting that another service owns (``fiscal.mode``)."""
    row = ctx.session.get(Setting, key)
    return default if row is None else row.value


def put(ctx: Ctx, key: str, value: int | bool | str) -> None:
    """Change a store setting that another service owns and checks (``fiscal.mode``:
    the fiscal service refuses live signing first); audited and synced like ``save``."""
    ctx.require(Permission.SETTINGS)
    before = stored(ctx, key, None)
    if before == value:
        return
    _store(ctx, key, value, ctx.actor.user_id)
    audit.record(ctx, "setting.changed", "setting", key, before=before, after=value)
    outbox.emit(ctx, EventType.SETTING_CHANGED, SettingPayload(
        key=key, value=value, acted_by=outbox.acting_user(ctx)))


def _store(ctx: Ctx, key: str, value: Any, user_id: int | None) -> None:
    row = ctx.session.get(Setting, key)
    if row is None:
        row = Setting(key=key)
        ctx.session.add(row)
    row.value, row.updated_at, row.updated_by = value, ctx.now(), user_id
    ctx.session.flush()


def pulled_value_problem(key: str, value: object) -> str | None:
    """Why a pulled store setting cannot be taken (German), or None when it can: a known
    setting must have a value of its type and range; an unknown key is kept as it came,
    for the version that knows it."""
    definition = POLICY.by_key(key)
    if definition is None or _usable(definition, value):
        return None
    return msg.PULLED_VALUE_UNUSABLE.format(
        description=definition.description, value=str(value)[:40],
        minimum=definition.minimum, maximum=definition.maximum)


def apply_pulled(ctx: Ctx, data: Mapping[str, Any]) -> bool:
    """Take a store setting changed at another till (a pulled ``setting`` change whose
    value ``pulled_value_problem`` accepted)."""
    key, value = str(data["key"]), data.get("value")
    problem = pulled_value_problem(key, value)
    if len(key) > limits.SETTING_KEY_LENGTH or problem is not None:
        raise ValueError(problem or key[:limits.SETTING_KEY_LENGTH])
    row = ctx.session.get(Setting, key)
    if row is not None and row.value == value:
        return False
    _store(ctx, key, value, None)
    return True
