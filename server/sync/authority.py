"""The server's side of the authority rules (``app.sync_schema.authority``): its view of
a store's users, and the checks that turn a change the sender had no say over away
(``Reject``: quarantined with the reason, never applied, never in anyone's pull)."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.sync_schema import authority as auth
from app.sync_schema.enums import Role, values
from server.central import User
from server.models import Station
from server.sync.pending import Pending, Reject


def setting_up(session: Session, store_id: int) -> bool:
    """True while the store has no manager or admin on the server yet: its first till
    is still setting it up, so changes without a known acting user are taken."""
    managing = [r.value for r in auth.MANAGING_ROLES]
    found = session.scalar(
        select(User.name).join(Station, Station.number == User.origin)
        .where(Station.store_id == store_id, User.role.in_(managing)).limit(1))
    return found is None


class CentralDirectory:
    """The central users of one store, as the authority rules ask about them."""

    def __init__(self, session: Session, ctx: Pending) -> None:
        self.session, self.store_id = session, ctx.store_id
        self.setting_up = ctx.setting_up

    def _row(self, name: str) -> tuple[str, bool, int | None] | None:
        row = self.session.execute(
            select(User.role, User.active, Station.store_id)
            .outerjoin(Station, Station.number == User.origin)
            .where(User.name == name)).first()
        return None if row is None else (str(row[0]), bool(row[1]), row[2])

    def role_of(self, name: str) -> Role | None:
        row = self._row(name)
        if row is None or not row[1] or row[2] != self.store_id:
            return None
        return Role(row[0]) if row[0] in values(Role) else None

    def user_facts(self, name: str) -> auth.UserFacts:
        row = self._row(name)
        if row is None:
            return auth.UserFacts(None, None)
        role = Role(row[0]) if row[0] in values(Role) else None
        return auth.UserFacts(role, row[1], other_store=row[2] != self.store_id)


@contextmanager
def _as_reject() -> Iterator[None]:
    try:
        yield
    except auth.Refused as exc:
        raise Reject(str(exc)) from None


def manager(session: Session, ctx: Pending, raw: Mapping[str, Any]) -> None:
    """A category, markdown rule or store setting: a manager or admin of the store."""
    with _as_reject():
        auth.check_manager(raw, CentralDirectory(session, ctx))


def user(session: Session, ctx: Pending, raw: Mapping[str, Any]) -> None:
    """A user: a manager of the store (an admin for admins), never about oneself."""
    directory = CentralDirectory(session, ctx)
    with _as_reject():
        auth.check_user(raw, directory.user_facts(str(raw.get("name", ""))), directory)


def item(ctx: Pending, code: str, facts: auth.ItemFacts) -> None:
    """An item: its owning station, until it is sold."""
    with _as_reject():
        auth.check_item(code, ctx.station, facts)


def station(ctx: Pending, payload_station: int | None) -> None:
    """A station's own record names no other station."""
    with _as_reject():
        auth.check_station(ctx.station, payload_station)


def event_type(kind: str) -> auth.Authority:
    """The rule of an event type; an unknown type is turned away (fail closed)."""
    with _as_reject():
        return auth.rule_for(kind)
    raise AssertionError("unreachable")  # pragma: no cover


def without_actor(data: Mapping[str, Any]) -> dict[str, Any]:
    """A record as compared for "nothing changed": who sent it does not count."""
    return {k: v for k, v in data.items() if k != auth.ACTOR_FIELD}
