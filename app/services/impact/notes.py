"""How climate figures are written for people: kg with a German decimal comma, the
receipt's one-line note."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal
from typing import Protocol

from app.services.impact import messages as msg

# A note below 0,1 kg would read "ca. 0,0 kg": nothing to say then.
NOTE_MINIMUM_G = 50


class _HasCo2e(Protocol):
    @property
    def co2e_g(self) -> int | None: ...


def format_kg(grams: int | None, places: int = 1) -> str:
    """``12345`` -> ``"12,3"``; None (unknown) -> ``"unbekannt"``; never a float."""
    if grams is None:
        return str(msg.UNKNOWN)
    step = Decimal(1).scaleb(-places)
    kg = (Decimal(grams) / 1000).quantize(step, rounding=ROUND_HALF_UP)
    whole, _, frac = f"{abs(kg):f}".partition(".")
    grouped = f"{int(whole):,}".replace(",", ".")
    return ("-" if kg < 0 else "") + grouped + ("," + frac if frac else "")


def receipt_note(figure: _HasCo2e) -> str:
    """The receipt line for a sale's figure; empty when its CO2e is unknown or tiny."""
    if figure.co2e_g is None or figure.co2e_g < NOTE_MINIMUM_G:
        return ""
    return msg.RECEIPT_NOTE.format(kg=format_kg(figure.co2e_g))
