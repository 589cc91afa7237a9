"""The demo data's content (users, categories, item descriptions, what people write),
read from ``resources/demo/catalogue.toml`` so that no German text sits in the code."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import cache

from app.resource_files import resource_path


@dataclass(frozen=True)
class DemoUser:
    name: str
    display_name: str
    role: str
    pin: str


@dataclass(frozen=True)
class DemoCategory:
    name: str
    vat: str
    price_cents: int
    weight_g: int
    stream: str
    electrical: bool
    impact_key: str
    hotkey: int
    descriptions: tuple[str, ...]


@dataclass(frozen=True)
class DemoTexts:
    location: str  # "Regal {number}"
    repair_note: str
    repair_parts: str
    tester: str
    tester_device: str
    cancel_reason: str
    refund_reason: str
    card_reference: str  # "EC-{number}"
    withdrawal_reason: str
    expense_reason: str
    difference_comment: str


@dataclass(frozen=True)
class Catalogue:
    users: tuple[DemoUser, ...]
    categories: tuple[DemoCategory, ...]
    texts: DemoTexts

    def descriptions(self, category: str) -> tuple[str, ...]:
        """Item descriptions of a demo category; just its name for any other category."""
        for cat in self.categories:
            if cat.name == category:
                return cat.descriptions
        return (category,)


@cache
def catalogue() -> Catalogue:
    """The demo catalogue (read once)."""
    text = resource_path("demo", "catalogue.toml").read_text(encoding="utf-8")
    data = tomllib.loads(text)
    return Catalogue(
        users=tuple(DemoUser(**u) for u in data["users"]),
        categories=tuple(DemoCategory(**{**c, "descriptions": tuple(c["descriptions"])})
                         for c in data["categories"]),
        texts=DemoTexts(**data["texts"]))
