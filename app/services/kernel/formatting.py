"""Money and time at the edges: parsing typed amounts, showing cents and Berlin time."""

from __future__ import annotations

import re
from datetime import datetime
from decimal import Decimal

from babel.numbers import format_currency, format_decimal

from app.services.kernel.clock import BERLIN

_AMOUNT = re.compile(r"^\s*(-?)(\d{1,9})(?:[.,](\d{1,2}))?\s*(?:€|EUR)?\s*$")


def parse_cents(text: str) -> int | None:
    """'12,50', '12.50', '12,5', '12 €' -> 1250; anything else (e.g. '12,5,0') -> None."""
    match = _AMOUNT.match(text)
    if not match:
        return None
    sign, euros, frac = match.groups()
    cents = int(euros) * 100 + int((frac or "0").ljust(2, "0"))
    return -cents if sign else cents


def format_cents(cents: int, locale: str = "de_DE") -> str:
    """1250 -> '12,50 €' (German spelling by default)."""
    return format_currency(Decimal(cents) / 100, "EUR", locale=locale)


def format_amount(cents: int, locale: str = "de_DE") -> str:
    """1250 -> '12,50' without the currency sign."""
    return format_decimal(Decimal(cents) / 100, format="#,##0.00", locale=locale)


def format_whole_euros(cents: int, locale: str = "de_DE") -> str:
    """5000000 -> '50.000 €': a limit in whole euros, as the messages name it."""
    return format_decimal(cents // 100, format="#,##0", locale=locale) + " €"


def format_grams(grams: int) -> str:
    """2500 -> '2,5 kg', 300 -> '300 g'."""
    if grams < 1000:
        return f"{grams} g"
    return format_decimal(Decimal(grams) / 1000, format="#,##0.###", locale="de_DE") + " kg"


def parse_grams(text: str) -> int | None:
    """'2,5' (kg) or '2,5 kg' or '300 g' -> grams; None if not a number."""
    match = re.match(r"^\s*(\d{1,6})(?:[.,](\d{1,3}))?\s*(kg|g)?\s*$", text, re.IGNORECASE)
    if not match:
        return None
    whole, frac, unit = match.groups()
    if unit and unit.lower() == "g":
        return None if frac else int(whole)
    return int(whole) * 1000 + int((frac or "0").ljust(3, "0"))


def local(dt: datetime) -> datetime:
    return dt.astimezone(BERLIN)


def format_local(dt: datetime, pattern: str = "%d.%m.%Y %H:%M") -> str:
    return local(dt).strftime(pattern)
