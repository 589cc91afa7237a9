"""Roles and what each may do. Checks live here, in the services, not in the UI."""

from __future__ import annotations

from enum import StrEnum

from app import messages
from app.errors import PermissionDenied, ValidationError
from app.services.kernel import messages as msg
from app.services.kernel.messages import ROLE_LABELS
from app.sync_schema.enums import Role

assert set(ROLE_LABELS) == set(Role)


class Permission(StrEnum):
    INTAKE = "intake"
    SELL = "sell"
    OWN_X_REPORT = "own_x_report"
    CASH_REPORTS = "cash_reports"
    CLOSE_DAY = "close_day"
    MANAGE_CATALOG = "manage_catalog"
    MANAGE_USERS = "manage_users"
    SETTINGS = "settings"
    EXPORT = "export"
    APPROVE_DISCOUNT = "approve_discount"
    DISPATCH = "dispatch"  # all deliveries with their customers' data


_ALL = frozenset(Role)
_LEADS = frozenset({Role.MANAGER, Role.ADMIN})

# Permission -> (German name of the action, roles allowed).
PERMISSIONS: dict[Permission, tuple[str, frozenset[Role]]] = {
    Permission.INTAKE: (msg.ACTION_INTAKE, frozenset({Role.VOLUNTEER}) | _LEADS),
    Permission.SELL: (msg.ACTION_SELL, frozenset({Role.CASHIER}) | _LEADS),
    Permission.OWN_X_REPORT: (msg.ACTION_OWN_X_REPORT, frozenset({Role.CASHIER}) | _LEADS),
    Permission.CASH_REPORTS: (msg.ACTION_CASH_REPORTS, _LEADS),
    Permission.CLOSE_DAY: (msg.ACTION_CLOSE_DAY, _LEADS),
    Permission.MANAGE_CATALOG: (msg.ACTION_MANAGE_CATALOG, _LEADS),
    Permission.MANAGE_USERS: (msg.ACTION_MANAGE_USERS, _LEADS),
    Permission.SETTINGS: (msg.ACTION_SETTINGS, _LEADS),
    Permission.EXPORT: (msg.ACTION_EXPORT, _LEADS),
    Permission.APPROVE_DISCOUNT: (msg.ACTION_APPROVE_DISCOUNT, _LEADS),
    Permission.DISPATCH: (msg.ACTION_DISPATCH, _LEADS),
}
assert set(PERMISSIONS) == set(Permission)
assert all(roles <= _ALL for _, roles in PERMISSIONS.values())


def parse_role(value: str) -> Role:
    try:
        return Role(value)
    except ValueError:
        raise ValidationError(
            messages.ROLE_UNKNOWN.format(role=value, known=", ".join(r.value for r in Role))
        ) from None


def allowed(role: Role, permission: Permission) -> bool:
    return role in PERMISSIONS[permission][1]


def require(role: Role, permission: Permission) -> None:
    """Raise ``PermissionDenied`` with a German sentence unless ``role`` may do it."""
    if allowed(role, permission):
        return
    action, roles = PERMISSIONS[permission]
    names = msg.ROLES_OR.join(ROLE_LABELS[r] for r in Role if r in roles)
    raise PermissionDenied(messages.PERMISSION_DENIED.format(action=action, roles=names))
