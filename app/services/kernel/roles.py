"""Roles and what each may do. Checks live here, in the services, not in the UI."""

from __future__ import annotations

from enum import StrEnum

from app import messages
from app.errors import PermissionDenied, ValidationError


class Role(StrEnum):
    VOLUNTEER = "volunteer"
    CASHIER = "cashier"
    MANAGER = "manager"
    ADMIN = "admin"


ROLE_LABELS: dict[Role, str] = {
    Role.VOLUNTEER: "Annahme/Werkstatt",
    Role.CASHIER: "Kasse",
    Role.MANAGER: "Leitung",
    Role.ADMIN: "Verwaltung",
}


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


_ALL = frozenset(Role)
_LEADS = frozenset({Role.MANAGER, Role.ADMIN})

# Permission -> (German name of the action, roles allowed).
PERMISSIONS: dict[Permission, tuple[str, frozenset[Role]]] = {
    Permission.INTAKE: ("Waren annehmen und bearbeiten", frozenset({Role.VOLUNTEER}) | _LEADS),
    Permission.SELL: ("Verkaufen", frozenset({Role.CASHIER}) | _LEADS),
    Permission.OWN_X_REPORT: ("Eigenen X-Bericht drucken", frozenset({Role.CASHIER}) | _LEADS),
    Permission.CASH_REPORTS: ("Kassenberichte mit Bargeldzahlen sehen", _LEADS),
    Permission.CLOSE_DAY: ("Kasse öffnen und abschließen", _LEADS),
    Permission.MANAGE_CATALOG: ("Warengruppen bearbeiten", _LEADS),
    Permission.MANAGE_USERS: ("Benutzer verwalten", _LEADS),
    Permission.SETTINGS: ("Einstellungen ändern", _LEADS),
    Permission.EXPORT: ("Daten exportieren", _LEADS),
    Permission.APPROVE_DISCOUNT: ("Hohe Rabatte freigeben", _LEADS),
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
    names = " oder ".join(ROLE_LABELS[r] for r in Role if r in roles)
    raise PermissionDenied(messages.PERMISSION_DENIED.format(action=action, roles=names))
