"""German names of roles and of what each permission allows (the refusals themselves are
in ``app.messages``)."""

from __future__ import annotations

from app.i18n import Labels, T
from app.sync_schema.enums import Role

ROLE_LABELS: dict[Role, str] = Labels({
    Role.VOLUNTEER: T("Annahme/Werkstatt"),
    Role.CASHIER: T("Kasse"),
    Role.MANAGER: T("Leitung"),
    Role.ADMIN: T("Verwaltung"),
})
ROLES_OR = T(" oder ")  # "Leitung oder Verwaltung"

# What each permission allows, as a refusal names it ("„Verkaufen“ dürfen nur …").
ACTION_INTAKE = T("Waren annehmen und bearbeiten")
ACTION_SELL = T("Verkaufen")
ACTION_OWN_X_REPORT = T("Eigenen X-Bericht drucken")
ACTION_CASH_REPORTS = T("Kassenberichte mit Bargeldzahlen sehen")
ACTION_CLOSE_DAY = T("Kasse öffnen und abschließen")
ACTION_MANAGE_CATALOG = T("Warengruppen bearbeiten")
ACTION_MANAGE_USERS = T("Benutzer verwalten")
ACTION_SETTINGS = T("Einstellungen ändern")
ACTION_EXPORT = T("Daten exportieren")
ACTION_APPROVE_DISCOUNT = T("Hohe Rabatte freigeben")
ACTION_DISPATCH = T("Lieferungen disponieren")
# --- long work stopped from its progress dialog ----------------------------------------------
CANCELLED = T("Abgebrochen: nichts davon wurde gespeichert.")
SYNC_CANCELLED = T("Synchronisierung angehalten: was schon übertragen war, ist angekommen; "
                   "der Rest folgt bei der nächsten Runde.")
