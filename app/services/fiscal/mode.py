"""Training or live signing (store setting ``fiscal.mode``).

A till starts in training. It may switch to live only when the store's master data has
every legally required field (``master_data.missing_fields``); the refusal names them.
The TSE code reads ``current_mode``/``is_live`` to decide how it signs.
"""

from __future__ import annotations

from typing import Literal

from app.errors import ValidationError
from app.services.fiscal import master_data
from app.services.fiscal import messages as msg
from app.services.kernel import store_settings
from app.services.kernel.context import Ctx

Mode = Literal["training", "live"]
MODES: tuple[Mode, ...] = ("training", "live")


def current_mode(ctx: Ctx) -> Mode:
    """``training`` until a manager switched the till to live signing."""
    value = store_settings.get(ctx, store_settings.FISCAL_MODE)
    return "live" if value == "live" else "training"


def is_live(ctx: Ctx) -> bool:
    return current_mode(ctx) == "live"


def set_mode(ctx: Ctx, mode: str) -> Mode:
    """Switch between training and live; live is refused while master data is missing."""
    if mode not in MODES:
        raise ValidationError(msg.MODE_UNKNOWN.format(value=mode))
    if mode == "live":
        missing = master_data.missing_fields(ctx)
        if missing:
            raise ValidationError(msg.LIVE_NEEDS.format(fields=", ".join(missing)))
    d = store_settings.definition(store_settings.FISCAL_MODE)
    if store_settings.get(ctx, d.key) != mode:
        store_settings.write(ctx, d, mode)
    return "live" if mode == "live" else "training"
