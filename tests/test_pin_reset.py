"""A manager gives a user who forgot the PIN a start PIN; only leads may, admins for admins."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from app.db.models import AuditEntry, OutboxEvent
from app.errors import PermissionDenied, ValidationError
from app.services.kernel.backend import Backend
from app.services.kernel.context import SYSTEM, Actor
from app.services.users import accounts as users
from app.sync_schema.enums import EventType
from tests.helpers.actors import actor


def test_reset_pin_sets_a_start_pin_audits_and_tells_the_office(backend: Backend,
                                                                manager: Actor) -> None:
    """The new PIN works once and must be changed; audit and outbox name the user, not the PIN."""
    view = backend.call(manager, users.reset_pin, "kai", "4321")
    assert view.name == "kai" and not view.locked
    outcome = backend.login("kai", "4321")
    assert outcome.actor is not None and outcome.must_change_pin
    with backend.read() as ctx:
        audit = ctx.session.scalars(select(AuditEntry).where(
            AuditEntry.action == "user.pin_reset")).all()
        events = ctx.session.scalars(select(OutboxEvent).where(
            OutboxEvent.type == EventType.USER_PIN_RESET.value)).all()
    assert len(audit) == 1 and len(events) == 1
    assert events[0].payload == {"name": "kai", "acted_by": "maria"}
    assert "4321" not in str(events[0].payload) + str(audit[0].__dict__)


def test_reset_pin_lifts_a_lockout(backend: Backend, manager: Actor) -> None:
    """Five wrong PINs lock the user; the reset lets them in at once with the start PIN."""
    for _ in range(5):
        backend.call(SYSTEM, users.login, "kai", "9999")
    assert backend.call(SYSTEM, users.login, "kai", "2222").actor is None  # locked
    backend.call(manager, users.reset_pin, "kai", "4321")
    assert backend.call(SYSTEM, users.login, "kai", "4321").actor is not None


def test_cashier_may_not_reset_a_pin(backend: Backend, cashier: Actor) -> None:
    """A cashier is refused by the service itself; the PIN stays."""
    with pytest.raises(PermissionDenied):
        backend.call(cashier, users.reset_pin, "vera", "4321")
    assert backend.call(SYSTEM, users.login, "vera", "1111").actor is not None


def test_only_an_admin_resets_an_admin_pin(backend: Backend, manager: Actor) -> None:
    """A manager cannot take over the Verwaltung account; an admin can reset it."""
    with pytest.raises(PermissionDenied, match="Verwaltung"):
        backend.call(manager, users.reset_pin, "admin", "4321")
    admin = actor(backend, "admin")
    backend.call(admin, users.reset_pin, "admin", "5678")
    assert backend.call(SYSTEM, users.login, "admin", "5678").actor is not None


@pytest.mark.parametrize("pin", ["12", "abcd", "123456789", ""])
def test_bad_start_pin_is_refused_and_nothing_changes(backend: Backend, manager: Actor,
                                                      pin: str) -> None:
    """A start PIN that is not 4 to 8 digits is refused in German; the old PIN stays."""
    with pytest.raises(ValidationError, match="4 bis 8 Ziffern"):
        backend.call(manager, users.reset_pin, "kai", pin)
    assert backend.call(SYSTEM, users.login, "kai", "2222").actor is not None


def test_deactivated_user_gets_no_pin(backend: Backend, manager: Actor) -> None:
    """A deactivated user is reactivated first; the reset says so."""
    backend.call(manager, users.set_active, "kai", False)
    with pytest.raises(ValidationError, match="reaktivieren"):
        backend.call(manager, users.reset_pin, "kai", "4321")
