"""What the office page tells its user, in one place."""

from __future__ import annotations

LOGIN_NEEDED = ("Bitte zuerst anmelden: /admin/login, Benutzer „admin“ und das Passwort der "
                "Zentrale (kreislauf-server admin set-password).")
LOGIN_WRONG = "Benutzer oder Passwort falsch. Bitte erneut versuchen."
LOGIN_LOCKED = ("Zu viele fehlgeschlagene Anmeldungen. Die Anmeldung ist für {minutes} "
                "Minute(n) gesperrt; bitte danach erneut versuchen.")
LOGGED_OUT = "Sie sind abgemeldet."
FOREIGN_ORIGIN = ("Abgelehnt: Die Anfrage kam nicht von dieser Seite (Origin/Referer fehlt "
                  "oder gehört zu einer anderen Adresse). Bitte die Seite /admin neu laden "
                  "und die Aktion dort auslösen.")
CSRF_WRONG = ("Abgelehnt: Das Formular ist abgelaufen oder unvollständig (Sicherheitstoken "
              "fehlt oder passt nicht). Bitte die Seite /admin neu laden und erneut senden.")
NOT_FOUND = "Diese Seite gibt es in der Zentrale nicht."
STATION_REVOKED = "Station {number} ist gesperrt."
