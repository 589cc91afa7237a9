"""Users, PINs, lockout and login."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import timedelta

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import select

from app import messages
from app.db.models import User
from app.errors import NotFoundError, PermissionDenied, ValidationError
from app.services.kernel import audit, outbox
from app.services.kernel.context import Actor, Ctx, issue_actor
from app.services.kernel.formatting import format_local
from app.services.kernel.messages import ROLE_LABELS
from app.services.kernel.roles import Permission, parse_role
from app.services.policy import store as policy
from app.services.policy.definitions import POLICY
from app.services.users import messages as user_messages
from app.sync_schema import limits
from app.sync_schema.enums import EventType, Role
from app.sync_schema.payloads import UserPayload, UserPinResetPayload

MAX_FAILED_LOGINS = 5
LOCK_MINUTES = 5
_PIN = re.compile(r"^\d{4,8}$")
MIN_PIN_DIGITS = 4
# OWASP's argon2id minimum (19 MiB, 2 passes): a 4-8 digit PIN is protected by the lockout;
# the hash only has to make an offline guess at a stolen database slow.
_hasher = PasswordHasher(time_cost=2, memory_cost=19456, parallelism=1)


@dataclass(frozen=True)
class UserView:
    """What the login list and the user page show of a user."""

    id: int
    name: str
    display_name: str
    role: Role
    active: bool
    locked: bool

    @property
    def role_label(self) -> str:
        return ROLE_LABELS[self.role]


@dataclass(frozen=True)
class LoginOutcome:
    actor: Actor | None
    message: str = ""
    must_change_pin: bool = False


def hash_pin(pin: str) -> str:
    if not _PIN.match(pin):
        raise ValidationError(messages.PIN_FORMAT)
    return _hasher.hash(pin)


_LEADS = frozenset({Role.MANAGER, Role.ADMIN})


def required_digits(ctx: Ctx, role: Role) -> int:
    """The shortest PIN a user of ``role`` may have: the store setting for managers and
    admins (default 6), otherwise 4."""
    if role in _LEADS:
        return policy.get(ctx, POLICY.lead_pin_digits)
    return MIN_PIN_DIGITS


def check_pin(pin: str, digits: int, role_label: str) -> None:
    """A German ``ValidationError`` unless ``pin`` is 4-8 digits and at least ``digits``."""
    if _PIN.match(pin) and len(pin) < digits:
        raise ValidationError(messages.PIN_LEAD_LENGTH.format(role=role_label, digits=digits))
    if not _PIN.match(pin):
        raise ValidationError(messages.PIN_FORMAT)


def check_user_name(name: str) -> str:
    """The login name as stored (trimmed, lower case), or a German ``ValidationError``."""
    name = name.strip().lower()
    if not name:
        raise ValidationError(messages.USER_NAME_MISSING)
    if len(name) > limits.USER_NAME_LENGTH:
        raise ValidationError(messages.USER_NAME_TOO_LONG.format(
            maximum=limits.USER_NAME_LENGTH))
    return name


def _checked_pin_hash(ctx: Ctx, role: Role, pin: str) -> str:
    check_pin(pin, required_digits(ctx, role), ROLE_LABELS[role])
    return hash_pin(pin)


def actor_of(user: User) -> Actor:
    """The sealed actor of ``user``; only for a user whose PIN was just checked (``login``)
    or for the demo flows of a demo till."""
    return issue_actor(user.id, user.name, Role(user.role), user.display_name)


def _view(ctx: Ctx, user: User) -> UserView:
    locked = user.locked_until is not None and user.locked_until > ctx.now()
    return UserView(user.id, user.name, user.display_name, Role(user.role), user.active, locked)


def list_users(ctx: Ctx, include_inactive: bool = False) -> list[UserView]:
    """Users for the login list (no permission needed: names only, no secrets)."""
    query = select(User).order_by(User.display_name)
    if not include_inactive:
        query = query.where(User.active.is_(True))
    return [_view(ctx, u) for u in ctx.session.scalars(query)]


def create_user(ctx: Ctx, name: str, display_name: str, role: str, pin: str,
                must_change_pin: bool = False) -> UserView:
    """Create a user; managers and admins only (the very first admin comes from init)."""
    ctx.require(Permission.MANAGE_USERS)
    name = check_user_name(name)
    if len(display_name.strip()) > limits.DISPLAY_NAME_LENGTH:
        raise ValidationError(messages.DISPLAY_NAME_TOO_LONG.format(
            maximum=limits.DISPLAY_NAME_LENGTH))
    parsed_role = parse_role(role)
    if parsed_role is Role.ADMIN and ctx.actor.role is not Role.ADMIN:
        raise PermissionDenied(messages.ADMIN_ONLY_ADMINS)
    if ctx.session.scalar(select(User.id).where(User.name == name)):
        raise ValidationError(messages.USER_EXISTS.format(name=name))
    user = User(name=name, display_name=display_name.strip() or name, role=parsed_role.value,
                pin_hash=_checked_pin_hash(ctx, parsed_role, pin),
                must_change_pin=must_change_pin, created_at=ctx.now())
    ctx.session.add(user)
    ctx.session.flush()
    audit.record(ctx, "user.created", "user", user.id, name=name, role=parsed_role.value)
    outbox.emit(ctx, EventType.USER_UPSERTED, UserPayload(
        name=name, display_name=user.display_name, role=parsed_role, active=True,
        acted_by=outbox.acting_user(ctx)))
    return _view(ctx, user)


def _get(ctx: Ctx, name: str) -> User:
    user = ctx.session.scalar(select(User).where(User.name == name.strip().lower()))
    if user is None:
        raise NotFoundError(messages.USER_UNKNOWN)
    return user


def login(ctx: Ctx, name: str, pin: str) -> LoginOutcome:
    """Check a PIN. Failures are counted and audited; the caller must commit either way."""
    user = ctx.session.scalar(select(User).where(User.name == name.strip().lower()))
    now = ctx.now()
    if user is None:
        audit.record(ctx, "login.unknown_user", "user", "",
                     name=name[:limits.USER_NAME_LENGTH])
        return LoginOutcome(None, messages.USER_UNKNOWN)
    if not user.active:
        return LoginOutcome(None, messages.USER_INACTIVE.format(name=user.display_name))
    if user.locked_until is not None and user.locked_until > now:
        until = format_local(user.locked_until, "%H:%M")
        return LoginOutcome(None, messages.USER_LOCKED.format(name=user.display_name, until=until))
    try:
        _hasher.verify(user.pin_hash, pin)
    except (VerificationError, InvalidHashError):
        user.failed_logins += 1
        if user.failed_logins >= MAX_FAILED_LOGINS:
            user.locked_until = now + timedelta(minutes=LOCK_MINUTES)
            user.failed_logins = 0
            audit.record(ctx, "login.locked", "user", user.id, name=user.name)
            until = format_local(user.locked_until, "%H:%M")
            return LoginOutcome(None, messages.USER_LOCKED.format(name=user.display_name,
                                                                  until=until))
        audit.record(ctx, "login.failed", "user", user.id, name=user.name)
        return LoginOutcome(None, messages.PIN_WRONG.format(
            left=MAX_FAILED_LOGINS - user.failed_logins))
    user.failed_logins = 0
    user.locked_until = None
    actor = actor_of(user)
    audit.record(Ctx(ctx.session, actor, ctx.station, ctx.clock), "login.ok", "user", user.id)
    # A manager's 4-digit PIN from before the store asked for more: a new one first.
    too_short = len(pin) < required_digits(ctx, Role(user.role))
    return LoginOutcome(actor, must_change_pin=user.must_change_pin or too_short)


def change_pin(ctx: Ctx, name: str, new_pin: str) -> None:
    """Set a new PIN: one's own, or anyone's for managers and admins."""
    user = _get(ctx, name)
    if user.id != ctx.actor.user_id:
        ctx.require(Permission.MANAGE_USERS)
    user.pin_hash = _checked_pin_hash(ctx, Role(user.role), new_pin)
    user.must_change_pin = False
    audit.record(ctx, "user.pin_changed", "user", user.id)


def reset_pin(ctx: Ctx, name: str, start_pin: str) -> UserView:
    """Give a user who forgot the PIN a start PIN (managers and admins; an admin's PIN only
    an admin). The user must choose an own PIN at the next login; a lockout is lifted."""
    ctx.require(Permission.MANAGE_USERS)
    user = _get(ctx, name)
    if Role(user.role) is Role.ADMIN and ctx.actor.role is not Role.ADMIN:
        raise PermissionDenied(user_messages.ADMIN_PIN_ONLY_ADMINS)
    if not user.active:
        raise ValidationError(user_messages.RESET_INACTIVE.format(name=user.display_name))
    user.pin_hash = hash_pin(start_pin)
    user.must_change_pin = True
    user.failed_logins = 0
    user.locked_until = None
    audit.record(ctx, "user.pin_reset", "user", user.id, name=user.name)
    outbox.emit(ctx, EventType.USER_PIN_RESET, UserPinResetPayload(
        name=user.name, acted_by=outbox.acting_user(ctx)))
    return _view(ctx, user)


def unlock(ctx: Ctx, name: str) -> None:
    """Lift a PIN lockout early (managers and admins)."""
    ctx.require(Permission.MANAGE_USERS)
    user = _get(ctx, name)
    user.locked_until = None
    user.failed_logins = 0
    audit.record(ctx, "user.unlocked", "user", user.id)


def set_active(ctx: Ctx, name: str, active: bool) -> None:
    """Deactivate or reactivate a user (never deleted: the audit log names them)."""
    ctx.require(Permission.MANAGE_USERS)
    user = _get(ctx, name)
    # The same rules the server and the other tills apply to the synced change
    # (``sync_schema.authority``), so an honest change never ends up refused there.
    if user.role == Role.ADMIN and ctx.actor.role is not Role.ADMIN:
        raise PermissionDenied(messages.ADMIN_CHANGED_BY_ADMINS)
    if user.id == ctx.actor.user_id and not active:
        raise PermissionDenied(messages.NOT_YOURSELF)
    user.active = active
    audit.record(ctx, "user.activated" if active else "user.deactivated", "user", user.id)
    outbox.emit(ctx, EventType.USER_UPSERTED, UserPayload(
        name=user.name, display_name=user.display_name, role=Role(user.role), active=active,
        acted_by=outbox.acting_user(ctx)))
