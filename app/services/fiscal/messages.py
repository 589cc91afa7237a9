"""German sentences of the fiscal services (TSE), in one place."""

from __future__ import annotations

KEY_BROKEN = ("Der Schlüssel der Software-TSE in {path} ist beschädigt. Bitte die Datei "
              "aus der Sicherung zurückholen; eine neue TSE braucht eine neue Anmeldung.")
CLOCK_BACKWARDS = ("Die Uhr der Kasse ist zurückgesprungen (zuletzt {last}, jetzt {now}). "
                   "Die TSE signiert nicht mit falscher Zeit: Uhrzeit prüfen.")
TX_UNKNOWN = "Die TSE kennt den Vorgang {tx} nicht (oder er ist schon abgeschlossen)."
UNREACHABLE = "Die TSE ist nicht erreichbar ({reason})."
TIMEOUT = "Die TSE hat nicht rechtzeitig geantwortet."
REFUSED = "Die TSE hat den Vorgang abgelehnt: {reason}"
AUTH_FAILED = "Die Anmeldung bei der Cloud-TSE ist fehlgeschlagen: {reason}"
EXPORT_FAILED = "Der TSE-Export ist fehlgeschlagen: {reason}"
UNEXPECTED = "Unerwarteter TSE-Fehler (Einzelheiten im Protokoll)."
NOT_CONFIGURED = ("Die Cloud-TSE ist nicht vollständig eingerichtet: {missing} fehlt. "
                  "Bitte in den Einstellungen ergänzen.")
FAILED_RECEIPT = "TSE ausgefallen"
SOFTWARE_TSE = "Software-TSE – nicht zertifiziert"
SOFTWARE_TSE_SETTING = ("Software-TSE: nur für Entwicklung, Schulung und Tests – nicht "
                        "zertifiziert, nicht für den Echtbetrieb zulässig.")
OUTAGE_OPEN = "TSE-Ausfall seit {since}: {reason} ({count} Bons ohne Signatur)"
OUTAGE_CLOSED = "TSE-Ausfall {since} bis {until}: {reason} ({count} Bons ohne Signatur)"
OUTAGE_OVERDUE = "länger als {hours} Stunden – dem Finanzamt melden"
OUTAGE_REPORTED = "gemeldet"
OUTAGE_UNKNOWN = "Diesen TSE-Ausfall gibt es an dieser Kasse nicht."
CONFIG_LABELS = {"api_key": "API-Schlüssel", "api_secret": "API-Geheimnis",
                 "tss_id": "TSS-ID", "client_id": "Client-ID"}
NO_TOKEN = "keine Anmeldung erhalten"
EXPORT_TIMEOUT = "Zeitüberschreitung"
