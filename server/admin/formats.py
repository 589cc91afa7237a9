"""How the office shows times, money and loads: Berlin time, euros and kilograms with a
comma."""

from __future__ import annotations

from datetime import datetime

from app.services.kernel.clock import BERLIN


def money(cents: int) -> str:
    sign = "-" if cents < 0 else ""
    euros, rest = divmod(abs(cents), 100)
    return f"{sign}{euros:,}".replace(",", ".") + f",{rest:02d} €"


def when(value: datetime | None) -> str:
    return "—" if value is None else value.astimezone(BERLIN).strftime("%d.%m.%Y %H:%M:%S")


def clock(value: datetime) -> str:
    """The Berlin wall time of ``value`` ("14:00")."""
    return value.astimezone(BERLIN).strftime("%H:%M")


def kg(grams: int) -> str:
    """Grams as kilograms with one decimal ("40,4 kg")."""
    tenths = (grams + 50) // 100
    return f"{tenths // 10:,}".replace(",", ".") + f",{tenths % 10} kg"


def km(metres: int | None) -> str:
    return "—" if metres is None else f"{metres // 1000},{(metres % 1000) // 100} km"
