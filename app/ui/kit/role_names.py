"""Role names as the UI shows them, translatable (the services keep the German labels)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.sync_schema.enums import Role


def role_label(role: Role) -> str:
    """The translated label of ``role`` ("Kasse", "Leitung", ...)."""
    labels = {
        Role.VOLUNTEER: QCoreApplication.translate("Roles", "Annahme/Werkstatt"),
        Role.CASHIER: QCoreApplication.translate("Roles", "Kasse"),
        Role.MANAGER: QCoreApplication.translate("Roles", "Leitung"),
        Role.ADMIN: QCoreApplication.translate("Roles", "Verwaltung"),
    }
    return labels[role]


def name_with_role(name: str, role: Role, template: str = "{name} — {role}") -> str:
    """``name`` followed by the role label, unless they read the same ("Verwaltung")."""
    label = role_label(role)
    return name if name == label else template.format(name=name, role=label)
