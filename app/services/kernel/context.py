"""The context every service call receives: session, acting user, station, clock.

An ``Actor`` is only valid when the login service issued it (``issue_actor``, called by
``app.services.users.accounts`` after a PIN check, and once here for ``SYSTEM``): it
carries an HMAC of its fields under a key made fresh in each process. ``Ctx`` refuses an
actor without a valid seal, so ``Actor(1, "x", Role.MANAGER)`` or a copy with its role
changed (``dataclasses.replace``) cannot run any service, and an approval by such an
actor is refused too. An architecture test checks that nothing else calls ``issue_actor``.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy.orm import Session

from app import messages
from app.errors import PermissionDenied
from app.services.kernel.roles import Permission, require
from app.sync_schema.enums import Role

# Made at import, never stored or logged: a seal is only good inside this process.
_KEY = secrets.token_bytes(32)


def _seal(user_id: int | None, name: str, role: Role, display_name: str) -> bytes:
    message = "\x1f".join(("" if user_id is None else str(user_id), name, role.value,
                           display_name)).encode()
    return hmac.new(_KEY, message, hashlib.sha256).digest()


@dataclass(frozen=True)
class Actor:
    """The person (or the system) on whose behalf a service runs; see ``issue_actor``."""

    user_id: int | None
    name: str
    role: Role
    display_name: str = ""
    seal: bytes = field(default=b"", repr=False, compare=False)

    @property
    def issued(self) -> bool:
        """True when the login service issued exactly this actor (fields unchanged)."""
        expected = _seal(self.user_id, self.name, Role(self.role), self.display_name)
        return hmac.compare_digest(self.seal, expected)


def issue_actor(user_id: int | None, name: str, role: Role, display_name: str = "") -> Actor:
    """A sealed actor. Only the login service (``users.accounts``) calls this."""
    return Actor(user_id, name, role, display_name, _seal(user_id, name, role, display_name))


def check_actor(actor: Actor) -> Actor:
    """``actor`` if the login service issued it; otherwise ``PermissionDenied``."""
    if not isinstance(actor, Actor) or not actor.issued:
        raise PermissionDenied(messages.ACTOR_NOT_ISSUED)
    return actor


SYSTEM = issue_actor(None, "system", Role.ADMIN, "System")


@dataclass(frozen=True)
class StationInfo:
    """The station this database belongs to."""

    id: int
    number: int
    store_id: int
    store_name: str
    demo: bool = False  # created by ``init --demo``


@dataclass
class Ctx:
    """Passed to every service function. Services never commit."""

    session: Session
    actor: Actor
    station: StationInfo | None
    clock: Callable[[], datetime]
    # TSE transactions this transaction left pending; signed once it has committed.
    tse_pending: list[str] = field(default_factory=list)
    # Per pending row: (open at the TSE already, processType, processData, BON_TYP), so
    # signing right after the commit need not read the row back.
    tse_facts: dict[str, tuple[bool, str, str, str]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        check_actor(self.actor)  # no service runs for an actor the login did not issue

    def now(self) -> datetime:
        return self.clock()

    def require(self, permission: Permission) -> None:
        require(self.actor.role, permission)

    @property
    def station_id(self) -> int:
        if self.station is None:
            raise RuntimeError("service needs an initialised station")
        return self.station.id
