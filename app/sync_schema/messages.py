"""German texts of the sync schema: the server's error answers and why a payload does not fit.

The server shows these to the till (errors) or keeps them as the quarantine reason of an
event; the templates use ``str.format`` fields.
"""

from __future__ import annotations

from app.sync_schema.enums import ErrorCode

ERROR_MESSAGES: dict[ErrorCode, str] = {
    ErrorCode.AUTH_MISSING: (
        "Die Anfrage hat keinen Stationsschlüssel. Bitte die Kasse mit "
        "'kreislauf sync --register CODE --server URL' anmelden."),
    ErrorCode.AUTH_INVALID: (
        "Der Stationsschlüssel ist ungültig. Bitte bei der Zentrale einen neuen "
        "Anmeldecode holen und die Kasse neu anmelden."),
    ErrorCode.REVOKED: (
        "Diese Station wurde in der Zentrale gesperrt. Bitte die Zentrale fragen; "
        "die Daten bleiben in der Kasse."),
    ErrorCode.FORBIDDEN: (
        "Die Station darf nur ihre eigenen Vorgänge senden (Station {expected}, "
        "gesendet {got}). Bitte das Datenverzeichnis prüfen."),
    ErrorCode.SCHEMA_VERSION: (
        "Kasse und Server sprechen verschiedene Versionen (Kasse {client}, Server "
        "{server}). Bitte Kasse oder Server aktualisieren; die Daten bleiben erhalten."),
    ErrorCode.BAD_REQUEST: "Der Server hat die Anfrage nicht verstanden: {detail}.",
    ErrorCode.CODE_INVALID: (
        "Der Anmeldecode ist ungültig oder schon benutzt. Bitte in der Zentrale einen "
        "neuen Code erzeugen lassen."),
    ErrorCode.CODE_EXPIRED: (
        "Der Anmeldecode ist abgelaufen. Bitte in der Zentrale einen neuen Code erzeugen "
        "lassen (kreislauf-server stations add) und ihn bald verwenden."),
    ErrorCode.RATE_LIMITED: (
        "Zu viele fehlgeschlagene Anmeldeversuche von dieser Adresse. Bitte in {minutes} "
        "Minute(n) erneut versuchen."),
    ErrorCode.TOO_LARGE: (
        "Die Anfrage ist zu groß (mehr als {limit} Bytes) und wurde nicht angenommen. "
        "Bitte die Zentrale fragen; die Daten bleiben in der Kasse."),
    ErrorCode.SERVER: "Der Server hat einen Fehler gemeldet. Bitte später erneut versuchen.",
}

# --- payloads that do not fit (quarantine reasons) ----------------------------------------
UUID_INVALID = "keine gültige UUID (Form xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx)"
TIME_INVALID = "Zeitpunkt ohne Zeitzone oder außerhalb der Jahre {first}–{last}"
CANCELLED_WITH_AMOUNT = "ein abgebrochener Bon hat keinen Betrag und keine Zahlung"
RECEIPT_WITHOUT_LINES = "Bon ohne Positionen"
QUANTITY_SIGN = "Menge 0 oder mit falschem Vorzeichen"
LINES_NOT_TOTAL = "Summe der Positionen {lines} ≠ Bonsumme {total}"
PAYMENTS_NOT_TOTAL = "Zahlungen {paid} ≠ Bonsumme {total}"
SALE_NOT_POSITIVE = "Verkauf mit Summe ≤ 0"
DIFFERENCE_MISMATCH = "Differenz passt nicht zu Zählung und Sollbestand"
REPAIR_BARRIER_MISMATCH = ("Hindernis passt nicht zum Ergebnis: nur „End of life“ hat "
                           "ein Reparaturhindernis")
INVALID_PAYLOAD = "Ungültiges Ereignis – {details}"
INVALID_WHOLE = "Ereignis"  # where the whole payload, not one field, did not fit
CHANGE_KEY_MISMATCH = ("Änderung unter dem Schlüssel {key} betrifft einen anderen Datensatz "
                       "({expected}): nicht übernommen")

# --- changes the sender had no authority for (quarantine reasons, the till's refusals) --
AUTHORITY_UNKNOWN_TYPE = "Unbekannter Ereignistyp {type}: nicht übernommen"
AUTHORITY_OTHER_STATION = ("Vorgang gehört zu Station {station}; Station {sender} darf nur "
                           "ihre eigenen Vorgänge senden")
AUTHORITY_ITEM_OWNER = ("Keine Berechtigung: Artikel {code} gehört Station {owner}; "
                        "Station {sender} darf ihn nicht ändern")
AUTHORITY_ITEM_SOLD = "Keine Berechtigung: Artikel {code} ist schon verkauft und bleibt so"
AUTHORITY_NO_ACTOR = ("Keine Berechtigung: Änderung ohne handelnde Person – nur die Leitung "
                      "oder die Verwaltung darf das ändern")
AUTHORITY_ACTOR_UNKNOWN = ("Keine Berechtigung: {name} ist in dieser Filiale keine aktive "
                           "Leitung oder Verwaltung")
AUTHORITY_ACTOR_ROLE = ("Keine Berechtigung: {name} hat die Rolle {role}; nur die Leitung "
                        "oder die Verwaltung darf das ändern")
AUTHORITY_NEEDS_ADMIN = "Keine Berechtigung: nur die Verwaltung ändert Verwaltungskonten ({name})"
AUTHORITY_OWN_ACCOUNT = ("Keine Berechtigung: {name} darf die eigene Rolle nicht ändern und "
                         "sich nicht selbst sperren")
AUTHORITY_USER_OTHER_STORE = ("Keine Berechtigung: Benutzer {name} gehört zu einer anderen "
                              "Filiale")
DELIVERY_WINDOW_ORDER = "Das Zeitfenster endet nicht nach seinem Beginn"
DELIVERY_RESCHEDULE_WINDOW = ("Ein neues Zeitfenster gehört genau zu „verschoben“ "
                              "(rescheduled) und nur dazu")
