"""German texts of user administration beyond the login (``app.messages`` has those)."""

from __future__ import annotations

from app.i18n import T

ADMIN_PIN_ONLY_ADMINS = (T("Nur die Verwaltung kann die PIN eines Verwaltungs-Zugangs "
                         "zurücksetzen."))
RESET_INACTIVE = (T("Der Zugang „{name}“ ist deaktiviert. Bitte zuerst reaktivieren, dann die "
                  "PIN zurücksetzen."))
