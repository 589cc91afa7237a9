"""Users, PINs, lockout, and role checks inside the services."""

from __future__ import annotations

import pytest

from app.errors import AuthError, PermissionDenied, ValidationError
from app.services.catalog import categories as catalog
from app.services.catalog.categories import CategoryData
from app.services.intake import intake
from app.services.kernel.backend import Backend
from app.services.kernel.context import Actor
from app.services.kernel.roles import Permission, allowed
from app.services.users import accounts as users
from app.sync_schema.enums import Role
from tests.helpers.clock import Clock


def test_login_with_right_pin(backend: Backend) -> None:
    """The right PIN logs the user in with their role."""
    outcome = backend.login("kai", "2222")
    assert outcome.actor is not None
    assert outcome.actor.role is Role.CASHIER


def test_pin_is_stored_hashed(backend: Backend) -> None:
    """The database never holds the PIN itself, only an argon2 hash."""
    from sqlalchemy import text
    with backend.db.read() as session:
        stored = session.execute(text("SELECT pin_hash FROM user WHERE name='kai'")).scalar()
    assert stored.startswith("$argon2id$") and "2222" not in stored


def test_five_wrong_pins_lock_the_user(backend: Backend, clock: Clock) -> None:
    """After five wrong PINs even the right PIN is refused until the lock expires."""
    for attempt in range(4):
        with pytest.raises(AuthError, match=f"Noch {4 - attempt} Versuch"):
            backend.login("kai", "9999")
    with pytest.raises(AuthError, match="gesperrt"):
        backend.login("kai", "9999")
    with pytest.raises(AuthError, match="gesperrt"):
        backend.login("kai", "2222")
    clock.advance(minutes=6)
    assert backend.login("kai", "2222").actor is not None


def test_manager_can_unlock(backend: Backend, manager: Actor) -> None:
    """A manager lifts a lock early."""
    for _ in range(5):
        with pytest.raises(AuthError):
            backend.login("kai", "0001")
    backend.call(manager, users.unlock, "kai")
    assert backend.login("kai", "2222").actor is not None


def test_unknown_user_does_not_reveal_which_part_was_wrong(backend: Backend) -> None:
    """An unknown name gets the same sentence as a wrong PIN."""
    with pytest.raises(AuthError, match="Benutzer oder PIN ist falsch"):
        backend.login("nobody", "1234")


@pytest.mark.parametrize("pin", ["123", "123456789", "12a4", "", "12 34"])
def test_pin_format(backend: Backend, manager: Actor, pin: str) -> None:
    """PINs are 4 to 8 digits."""
    with pytest.raises(ValidationError, match="4 bis 8 Ziffern"):
        backend.call(manager, users.create_user, "neu", "Neu", "cashier", pin)


def test_cashier_cannot_create_users(backend: Backend, cashier: Actor) -> None:
    """Role checks live in the service: a cashier is refused whatever the UI does."""
    with pytest.raises(PermissionDenied, match="Leitung oder Verwaltung"):
        backend.call(cashier, users.create_user, "neu", "Neu", "cashier", "1234")


def test_cashier_cannot_edit_categories(backend: Backend, cashier: Actor) -> None:
    """Only managers change categories."""
    with pytest.raises(PermissionDenied):
        backend.call(cashier, catalog.save_category, CategoryData("Schallplatten"))


def test_cashier_cannot_take_in_goods(backend: Backend, cashier: Actor) -> None:
    """Intake is for volunteers and managers."""
    with pytest.raises(PermissionDenied):
        backend.call(cashier, intake.take_in, intake.IntakeInput(category="Bücher"))


def test_manager_cannot_create_admin(backend: Backend, manager: Actor) -> None:
    """Only an admin may create another admin."""
    with pytest.raises(PermissionDenied):
        backend.call(manager, users.create_user, "boss", "Boss", "admin", "1234")


def test_refused_call_writes_nothing(backend: Backend, cashier: Actor) -> None:
    """A refused service call leaves no user, audit entry or outbox event behind."""
    from sqlalchemy import text
    def counts() -> tuple[int, int, int]:
        with backend.db.read() as s:
            return tuple(s.execute(text(f"SELECT count(*) FROM {t}")).scalar()
                         for t in ("user", "audit_entry", "outbox_event"))  # type: ignore[return-value]
    before = counts()
    with pytest.raises(PermissionDenied):
        backend.call(cashier, users.create_user, "neu", "Neu", "cashier", "1234")
    assert counts() == before


def test_role_table() -> None:
    """Volunteers take in goods but do not sell; cashiers sell but do not close the day."""
    assert allowed(Role.VOLUNTEER, Permission.INTAKE)
    assert not allowed(Role.VOLUNTEER, Permission.SELL)
    assert allowed(Role.CASHIER, Permission.SELL)
    assert not allowed(Role.CASHIER, Permission.CLOSE_DAY)
    assert all(allowed(Role.ADMIN, p) for p in Permission)


def test_own_pin_change(backend: Backend, cashier: Actor) -> None:
    """Users change their own PIN without any special right."""
    backend.call(cashier, users.change_pin, "kai", "5678")
    assert backend.login("kai", "5678").actor is not None


LEAD_DIGITS = "users.lead_pin_digits"


@pytest.mark.parametrize("role", ["manager", "admin"])
def test_managers_and_admins_need_six_digits(backend: Backend, admin: Actor, role: str) -> None:
    """By default a manager's or admin's PIN has at least 6 digits; cashiers keep 4."""
    with pytest.raises(ValidationError, match="mindestens 6 Ziffern"):
        backend.call(admin, users.create_user, "lena", "Lena", role, "12345")
    backend.call(admin, users.create_user, "lena", "Lena", role, "123456")
    backend.call(admin, users.create_user, "tom", "Tom", "cashier", "1234")
    assert backend.login("lena", "123456").actor is not None
    assert backend.login("tom", "1234").actor is not None


def test_a_manager_cannot_shorten_a_lead_pin(backend: Backend, manager: Actor) -> None:
    """Changing a manager's own PIN to 4 digits is refused in German; 6 digits pass."""
    with pytest.raises(ValidationError, match="Für Leitung muss die PIN mindestens 6"):
        backend.call(manager, users.change_pin, "maria", "4321")
    backend.call(manager, users.change_pin, "maria", "654321")
    assert backend.login("maria", "654321").actor is not None


def test_setting_four_turns_the_rule_off_and_short_pins_must_change_later(
        backend: Backend, manager: Actor) -> None:
    """With the store setting at 4 a manager may have 4 digits; once it is 6 again, that
    manager logs in but must choose a longer PIN first."""
    from app.services.policy import store as policy

    backend.call(manager, policy.save, {LEAD_DIGITS: "4"})
    backend.call(manager, users.create_user, "lena", "Lena", "manager", "4444")
    assert not backend.login("lena", "4444").must_change_pin
    backend.call(manager, policy.save, {LEAD_DIGITS: "6"})
    outcome = backend.login("lena", "4444")
    assert outcome.actor is not None and outcome.must_change_pin
    assert not backend.login("kai", "2222").must_change_pin  # cashiers are not affected
