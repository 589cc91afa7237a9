"""The demo users as actors, issued by the login service (name and PIN), by login name.

Actors are sealed for this process (``app.services.kernel.context``), so one issued for a
user is good for every copy of the template till with the same user row. The template
logs the demo users in once (``seed_till``); a till with other user rows logs in anew.
"""

from __future__ import annotations

from app.services.kernel.backend import Backend
from app.services.kernel.context import Actor
from app.services.users import accounts as users

# The PINs the README documents for the demo users.
DEMO_PINS = {"vera": "1111", "kai": "2222", "maria": "333333", "admin": "000000"}
_issued: dict[tuple[int, str, str, str], Actor] = {}


def login(backend: Backend, name: str) -> Actor:
    """Log ``name`` in with the demo PIN through the login service."""
    who = backend.login(name, DEMO_PINS[name]).actor
    assert who is not None
    _issued[(who.user_id or 0, who.name, who.role.value, who.display_name)] = who
    return who


def actor(backend: Backend, name: str) -> Actor:
    """The actor of the user called ``name`` (vera, kai, maria, admin in the demo data)."""
    with backend.read() as ctx:
        user = next(u for u in users.list_users(ctx, include_inactive=True) if u.name == name)
    known = _issued.get((user.id, user.name, user.role.value, user.display_name))
    return known if known is not None else login(backend, name)
