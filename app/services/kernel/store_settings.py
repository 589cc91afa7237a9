"""Store-wide settings (synced to every till), declared once with type, default and text.

This machine's own settings (devices, server, language) live in ``app.config``; these
ones belong to the store and travel through the outbox like any other change. A setting
marked ``guarded`` changes only through the service that owns its rule (``fiscal.mode``
through ``app.services.fiscal.mode.set_mode``, which checks the master data first).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from app.db.models import Setting
from app.errors import ValidationError
from app.services.kernel import audit, outbox
from app.services.kernel.context import Ctx
from app.services.kernel.roles import Permission

UNKNOWN = "Unbekannte Einstellung „{key}“."
BAD_CHOICE = "„{value}“ ist für „{label}“ nicht erlaubt; möglich: {choices}."


@dataclass(frozen=True)
class StoreSettingDef:
    """A store-wide setting: key, type, default and the German text the settings show."""

    key: str
    type: type
    default: Any
    description: str
    choices: tuple[str, ...] = ()
    guarded: bool = False


FISCAL_MODE = "fiscal.mode"
STORE_SETTINGS: tuple[StoreSettingDef, ...] = (
    StoreSettingDef(FISCAL_MODE, str, "training",
                    "Signierbetrieb: training = Schulung und Test (Bons als Training "
                    "markiert), live = echter Kassenbetrieb", ("training", "live"),
                    guarded=True),
)
_BY_KEY = {d.key: d for d in STORE_SETTINGS}


def definition(key: str) -> StoreSettingDef:
    try:
        return _BY_KEY[key]
    except KeyError:
        raise ValidationError(UNKNOWN.format(key=key)) from None


def get(ctx: Ctx, key: str) -> Any:
    """The setting's value, or its default when it was never set."""
    d = definition(key)
    row = ctx.session.get(Setting, key)
    return d.default if row is None else row.value


def set_value(ctx: Ctx, key: str, value: Any) -> None:
    """Change an unguarded setting (audited, sent to the other tills)."""
    d = definition(key)
    if d.guarded:
        raise ValueError(f"{key} is guarded; change it through its own service")
    write(ctx, d, value)


def write(ctx: Ctx, d: StoreSettingDef, value: Any) -> None:
    """Validate and store ``value``; for the owning service of a guarded setting."""
    ctx.require(Permission.SETTINGS)
    if not isinstance(value, d.type) or (d.choices and value not in d.choices):
        raise ValidationError(BAD_CHOICE.format(value=value, label=d.description.split(":")[0],
                                                choices=", ".join(d.choices)))
    row = ctx.session.get(Setting, d.key)
    old = None if row is None else row.value
    if row is None:
        ctx.session.add(Setting(key=d.key, value=value, updated_at=ctx.now(),
                                updated_by=ctx.actor.user_id))
    else:
        row.value = value
        row.updated_at = ctx.now()
        row.updated_by = ctx.actor.user_id
    ctx.session.flush()
    audit.record(ctx, "setting.changed", "setting", d.key, old=old, new=value)
    outbox.emit(ctx, "setting.changed", {"key": d.key, "value": value})
