"""German names of roles and of what each permission allows (the refusals themselves are
in ``app.messages``)."""

from __future__ import annotations

from app.sync_schema.enums import Role

ROLE_LABELS: dict[Role, str] = {
    Role.VOLUNTEER: "Annahme/Werkstatt",
    Role.CASHIER: "Kasse",
    Role.MANAGER: "Leitung",
    Role.ADMIN: "Verwaltung",
}
ROLES_OR = " oder "  # "Leitung oder Verwaltung"

# What each permission allows, as a refusal names it ("„Verkaufen“ dürfen nur …").
ACTION_INTAKE = "Waren annehmen und bearbeiten"
ACTION_SELL = "Verkaufen"
ACTION_OWN_X_REPORT = "Eigenen X-Bericht drucken"
ACTION_CASH_REPORTS = "Kassenberichte mit Bargeldzahlen sehen"
ACTION_CLOSE_DAY = "Kasse öffnen und abschließen"
ACTION_MANAGE_CATALOG = "Warengruppen bearbeiten"
ACTION_MANAGE_USERS = "Benutzer verwalten"
ACTION_SETTINGS = "Einstellungen ändern"
ACTION_EXPORT = "Daten exportieren"
ACTION_APPROVE_DISCOUNT = "Hohe Rabatte freigeben"
