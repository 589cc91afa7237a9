"""German messages shared by the whole app: set-up and database, users and roles, audit.

Each domain keeps its own texts in its own ``messages`` module (``services/intake``,
``catalog``, ``checkout``, ``cash``, ``reports``, ``labels``, ``sync``, ``policy``,
``kernel``, ``hardware``, ``sync_schema``); service and hardware logic holds no German
literal and formats one of those templates (``tests/test_architecture.py`` checks). The
UI translates its own strings through Qt's ``tr``.
"""

from __future__ import annotations

# --- set-up and database ------------------------------------------------------------------
STATION_RANGE = "Die Stationsnummer muss eine ganze Zahl von 1 bis 99 sein (erhalten: {value})."
STORE_NAME_MISSING = "Bitte einen Namen für das Kaufhaus angeben (--store NAME)."
STATION_MISMATCH = (
    "Diese Datenbank gehört zu Station {existing}, nicht zu Station {requested}. "
    "Bitte ein anderes Datenverzeichnis wählen."
)
NOT_INITIALISED = (
    "Im Datenverzeichnis {path} gibt es noch keine Kasse. "
    "Bitte zuerst 'kreislauf init --station N --store NAME' ausführen."
)
DATA_DIR_UNUSABLE = (
    "Das Datenverzeichnis {path} kann nicht benutzt werden ({reason}). "
    "Bitte ein beschreibbares Verzeichnis mit --data-dir angeben."
)
DATA_DIR_NOT_WRITABLE = "kein Schreibrecht"
DATA_DIR_NOT_CREATABLE = "Verzeichnis kann nicht angelegt werden"
DATA_DIR_TOO_OPEN = (
    "Warnung: Das Datenverzeichnis {path} ist für andere Benutzer dieses Rechners lesbar "
    "(Rechte {mode}). Bitte mit „chmod 700 {path}“ schützen."
)
FILE_TOO_OPEN = (
    "Warnung: Die Datei {path} ist für andere Benutzer dieses Rechners lesbar (Rechte {mode}); "
    "sie enthält PIN-Prüfwerte, das Journal oder den Zugangsschlüssel. "
    "Bitte mit „chmod 600 {path}“ schützen."
)
SETTING_VALUE_INVALID = "Ungültiger Wert für „{description}“: {value}."
SETTING_CHOICES = "„{description}“ erlaubt nur: {choices}."
SCHEMA_TOO_NEW = (
    "Die Datenbank stammt aus einer neueren Version von Kreislauf-Kasse (Stand {revision}). "
    "Bitte die Kasse auf die neueste Version aktualisieren; die Daten bleiben unverändert."
)
DATABASE_BROKEN = (
    "Die Datenbank {path} kann nicht geöffnet werden ({reason}). "
    "Bitte die Leitung verständigen; nichts wurde verändert."
)
STATION_NAME = "Station {number}"
DEMO_ONLY = (
    "Demo-Daten gehen nur in eine Demo-Kasse: diese Datenbank wurde nicht mit "
    "'kreislauf init --demo' angelegt; nichts wurde geschrieben."
)
DEMO_INIT_EXISTING = (
    "Diese Kasse ist keine Demo-Kasse und wird es nicht nachträglich (ihre Daten können echt "
    "sein). Für eine Demo bitte ein neues Datenverzeichnis mit 'init --demo' anlegen."
)
ITEMS_COUNT_RANGE = "Die Anzahl der Demo-Artikel muss zwischen 0 und {maximum} liegen."

# --- users and roles ----------------------------------------------------------------------
PIN_FORMAT = "Die PIN muss aus 4 bis 8 Ziffern bestehen."
PIN_LEAD_LENGTH = (
    "Für {role} muss die PIN mindestens {digits} Ziffern haben (Einstellung des Kaufhauses)."
)
USER_NAME_MISSING = "Bitte einen Benutzernamen angeben."
USER_NAME_TOO_LONG = "Der Benutzername ist zu lang (höchstens {maximum} Zeichen)."
DISPLAY_NAME_TOO_LONG = "Der angezeigte Name ist zu lang (höchstens {maximum} Zeichen)."
USER_EXISTS = "Es gibt bereits einen Benutzer mit dem Namen „{name}“."
USER_UNKNOWN = "Benutzer oder PIN ist falsch. Bitte erneut versuchen."
PIN_WRONG = "Benutzer oder PIN ist falsch. Noch {left} Versuch(e), dann wird der Zugang gesperrt."
USER_LOCKED = (
    "Der Zugang „{name}“ ist nach zu vielen falschen PINs bis {until} Uhr gesperrt. "
    "Bitte warten oder die Leitung bitten, die Sperre aufzuheben."
)
USER_INACTIVE = "Der Zugang „{name}“ ist deaktiviert. Bitte die Leitung fragen."
PERMISSION_DENIED = (
    "Dafür fehlt die Berechtigung: „{action}“ dürfen nur {roles}. "
    "Bitte eine berechtigte Person anmelden."
)
ADMIN_ONLY_ADMINS = "Nur die Verwaltung kann weitere Verwaltungs-Zugänge anlegen."
ADMIN_CHANGED_BY_ADMINS = "Nur die Verwaltung kann Verwaltungs-Zugänge sperren oder freigeben."
NOT_YOURSELF = ("Den eigenen Zugang kann man nicht selbst sperren. Bitte eine andere Leitung "
                "oder die Verwaltung fragen.")
ACTOR_NOT_ISSUED = (
    "Abgelehnt: Diese Anmeldung stammt nicht vom Anmeldedienst der Kasse. Bitte mit Name und "
    "PIN anmelden."
)
ROLE_UNKNOWN = "Unbekannte Rolle „{role}“. Erlaubt sind: {known}."

# --- audit --------------------------------------------------------------------------------
AUDIT_OK = "Protokoll in Ordnung: {count} Einträge, Kette lückenlos."
AUDIT_ANCHORS_OK = "Abgeglichen mit {anchors} Anker(n) außerhalb der Datenbank ({sources})."
AUDIT_NO_ANCHORS = (
    "Hinweis: Kein Anker außerhalb der Datenbank geprüft – gekürzte oder neu berechnete "
    "Ketten bleiben so unentdeckt (Kasse abgleichen oder --anchor ANZAHL:HASH vom Z-Bericht)."
)
AUDIT_SHORTER = (
    "Protokoll verändert: Die Kette hat nur {count} Einträge, {source} kennt schon "
    "{anchor} Einträge. Einträge wurden gelöscht. Bitte die Leitung verständigen und die "
    "Datenbank nicht weiter verändern."
)
AUDIT_DIVERGED = (
    "Protokoll verändert: Eintrag Nr. {position} hat einen anderen Hash als {source} "
    "({expected}…). Einträge wurden geändert und die Kette neu berechnet. Bitte die Leitung "
    "verständigen und die Datenbank nicht weiter verändern."
)
AUDIT_ANCHOR_FORMAT = (
    "„{value}“ ist kein Anker. Bitte ANZAHL:HASH angeben, wie er auf dem Z-Bericht steht "
    "(z. B. 1234:3f9a0c…, mindestens 12 Zeichen des Hashs)."
)
AUDIT_SERVER_UNCHECKED = "Hinweis: Anker der Zentrale nicht geprüft: {reason}"
AUDIT_SOURCE_SERVER = "die Zentrale"
AUDIT_SOURCE_Z = "der Z-Bericht"
AUDIT_BROKEN = (
    "Protokoll verändert: Eintrag {entry_id} ({action}, {at}) passt nicht zur Kette. "
    "Bitte die Leitung verständigen und die Datenbank nicht weiter verändern."
)

# --- generic ------------------------------------------------------------------------------
UNEXPECTED = (
    "Ein unerwarteter Fehler ist aufgetreten. Die Einzelheiten stehen im Protokoll "
    "({log}). Bitte die Aktion wiederholen oder die Leitung verständigen."
)

# --- installation and self-test -----------------------------------------------------------
RESOURCES_MISSING = (
    "Die mitgelieferten Dateien (Ordner „{folder}“: Stil, Übersetzungen, Etikettenformate) "
    "fehlen in dieser Installation. Bitte die Kasse neu installieren."
)
SELF_TEST_PASSED = "✓ {check}: in Ordnung"
SELF_TEST_FAILED = "✗ {check}: fehlgeschlagen – {reason}"
SELF_TEST_SUMMARY_OK = "Selbsttest bestanden (Kreislauf-Kasse {version})."
SELF_TEST_SUMMARY_FAILED = (
    "Selbsttest fehlgeschlagen: {failed} von {total} Prüfungen. Einzelheiten im Protokoll."
)
SELF_TEST_UNEXPECTED = "unerwarteter Fehler ({kind})"
SELF_TEST_WRONG_OUTPUT = "unerwartete Ausgabe ({what})"
SELF_TEST_DATABASE = "Datenbank anlegen und Migrationen ausführen"
SELF_TEST_LABEL = "Etikett als PDF erzeugen"
SELF_TEST_RECEIPT = "Beleg als Text und ESC/POS über den simulierten Drucker"
SELF_TEST_STORE = "Selbsttest-Kaufhaus"
SELF_TEST_ITEM = "Testartikel Holzstuhl"
SELF_TEST_CATEGORY = "Möbel"
SELF_TEST_CASHIER = "Selbsttest"
SELF_TEST_PAYMENT = "Bar"
