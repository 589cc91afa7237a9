"""Training or live signing: the store setting ``fiscal.mode`` (synced to every till).

A till starts in training. It may switch to live only when the store's master data has
every legally required field (``master_data.missing_fields``); the refusal names them.
The TSE code reads ``current_mode``/``is_live`` to decide how it signs. The value lives
in the ``setting`` table beside the Kaufhausregeln (``services.policy``), which store
and send it; this module owns its rule.
"""

from __future__ import annotations

from enum import StrEnum

from app.errors import ValidationError
from app.services.fiscal import master_data
from app.services.fiscal import messages as msg
from app.services.kernel.context import Ctx
from app.services.policy import store as settings_store

KEY = "fiscal.mode"
DESCRIPTION = msg.MODE_DESCRIPTION


class Mode(StrEnum):
    TRAINING = "training"
    LIVE = "live"


MODES = tuple(m.value for m in Mode)
DEFAULT = Mode.TRAINING


def current_mode(ctx: Ctx) -> Mode:
    """``training`` until a manager switched the till to live signing."""
    value = settings_store.stored(ctx, KEY, DEFAULT.value)
    return Mode.LIVE if value == Mode.LIVE.value else Mode.TRAINING


def is_live(ctx: Ctx) -> bool:
    return current_mode(ctx) is Mode.LIVE


def set_mode(ctx: Ctx, mode: str) -> Mode:
    """Switch between training and live; live is refused while master data is missing."""
    if mode not in MODES:
        raise ValidationError(msg.MODE_UNKNOWN.format(value=mode))
    wanted = Mode(mode)
    if wanted is Mode.LIVE:
        missing = master_data.missing_fields(ctx)
        if missing:
            raise ValidationError(msg.LIVE_NEEDS.format(fields=", ".join(missing)))
    settings_store.put(ctx, KEY, wanted.value)
    return wanted
