"""German texts of user administration beyond the login (``app.messages`` has those)."""

from __future__ import annotations

ADMIN_PIN_ONLY_ADMINS = ("Nur die Verwaltung kann die PIN eines Verwaltungs-Zugangs "
                         "zurücksetzen.")
RESET_INACTIVE = ("Der Zugang „{name}“ ist deaktiviert. Bitte zuerst reaktivieren, dann die "
                  "PIN zurücksetzen.")
