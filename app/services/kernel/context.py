"""The context every service call receives: session, acting user, station, clock."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy.orm import Session

from app.services.kernel.roles import Permission, require
from app.sync_schema.enums import Role


@dataclass(frozen=True)
class Actor:
    """The person (or the system) on whose behalf a service runs."""

    user_id: int | None
    name: str
    role: Role
    display_name: str = ""


SYSTEM = Actor(user_id=None, name="system", role=Role.ADMIN, display_name="System")


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

    def now(self) -> datetime:
        return self.clock()

    def require(self, permission: Permission) -> None:
        require(self.actor.role, permission)

    @property
    def station_id(self) -> int:
        if self.station is None:
            raise RuntimeError("service needs an initialised station")
        return self.station.id
