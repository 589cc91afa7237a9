"""The office page's HTML: Jinja2 templates with autoescaping always on, so every value
from a till (sale uuids, descriptions, store names, quarantine reasons) is text, never
markup. No inline script or style: the Content-Security-Policy forbids both."""

from __future__ import annotations

from typing import Any

from jinja2 import Environment, PackageLoader, StrictUndefined

from server.admin.formats import clock, kg, km, money, when

_env = Environment(loader=PackageLoader("server.admin", "templates"), autoescape=True,
                   undefined=StrictUndefined, trim_blocks=True, lstrip_blocks=True)
_env.filters["money"] = money
_env.filters["when"] = when
_env.filters["clock"] = clock
_env.filters["kg"] = kg
_env.filters["km"] = km


def render(name: str, **values: Any) -> str:
    """One page; ``values`` are escaped wherever the template prints them."""
    return _env.get_template(name).render(**values)
