"""How the office shows times and money: Berlin time, euros with a comma."""

from __future__ import annotations

from datetime import datetime

from app.services.kernel.clock import BERLIN


def money(cents: int) -> str:
    sign = "-" if cents < 0 else ""
    euros, rest = divmod(abs(cents), 100)
    return f"{sign}{euros:,}".replace(",", ".") + f",{rest:02d} €"


def when(value: datetime | None) -> str:
    return "—" if value is None else value.astimezone(BERLIN).strftime("%d.%m.%Y %H:%M:%S")
