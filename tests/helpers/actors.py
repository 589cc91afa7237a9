"""The demo users as actors, looked up by login name."""

from __future__ import annotations

from app.services.kernel.backend import Backend
from app.services.kernel.context import Actor
from app.services.users import accounts as users


def actor(backend: Backend, name: str) -> Actor:
    """The actor of the user called ``name`` (vera, kai, maria, admin in the demo data)."""
    with backend.read() as ctx:
        user = next(u for u in users.list_users(ctx) if u.name == name)
    return Actor(user.id, user.name, user.role, user.display_name)
