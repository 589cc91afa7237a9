"""German messages shared by the whole app: set-up and database, users and roles, audit.

Each domain keeps its own texts in its own ``messages`` module (``services/intake``,
``catalog``, ``checkout``, ``cash``, ``reports``, ``labels``, ``sync``, ``policy``,
``kernel``, ``hardware``, ``sync_schema``); service and hardware logic holds no German
literal and formats one of those templates (``tests/test_architecture.py`` checks). The
UI translates its own strings through Qt's ``tr``.
"""

from __future__ import annotations

from app.i18n import T

# --- set-up and database ------------------------------------------------------------------
STATION_RANGE = T("Die Stationsnummer muss eine ganze Zahl von 1 bis 99 sein (erhalten: {value}).")
STORE_NAME_MISSING = T("Bitte einen Namen für das Kaufhaus angeben (--store NAME).")
STATION_MISMATCH = (
    T("Diese Datenbank gehört zu Station {existing}, nicht zu Station {requested}. "
    "Bitte ein anderes Datenverzeichnis wählen.")
)
NOT_INITIALISED = (
    T("Im Datenverzeichnis {path} gibt es noch keine Kasse. "
    "Bitte zuerst 'kreislauf init --station N --store NAME' ausführen.")
)
DATA_DIR_UNUSABLE = (
    T("Das Datenverzeichnis {path} kann nicht benutzt werden ({reason}). "
    "Bitte ein beschreibbares Verzeichnis mit --data-dir angeben.")
)
DATA_DIR_NOT_WRITABLE = T("kein Schreibrecht")
DATA_DIR_NOT_CREATABLE = T("Verzeichnis kann nicht angelegt werden")
DATA_DIR_TOO_OPEN = (
    T("Warnung: Das Datenverzeichnis {path} ist für andere Benutzer dieses Rechners lesbar "
    "(Rechte {mode}). Bitte mit „chmod 700 {path}“ schützen.")
)
FILE_TOO_OPEN = (
    T("Warnung: Die Datei {path} ist für andere Benutzer dieses Rechners lesbar (Rechte {mode}); "
    "sie enthält PIN-Prüfwerte, das Journal oder den Zugangsschlüssel. "
    "Bitte mit „chmod 600 {path}“ schützen.")
)
SETTING_VALUE_INVALID = T("Ungültiger Wert für „{description}“: {value}.")
SETTING_CHOICES = T("„{description}“ erlaubt nur: {choices}.")
SCHEMA_TOO_NEW = (
    T("Die Datenbank stammt aus einer neueren Version von Kreislauf-Kasse (Stand {revision}). "
    "Bitte die Kasse auf die neueste Version aktualisieren; die Daten bleiben unverändert.")
)
DATABASE_BROKEN = (
    T("Die Datenbank {path} kann nicht geöffnet werden ({reason}). "
    "Bitte die Leitung verständigen; nichts wurde verändert.")
)
STATION_NAME = T("Station {number}")
DEMO_ONLY = (
    T("Demo-Daten gehen nur in eine Demo-Kasse: diese Datenbank wurde nicht mit "
    "'kreislauf init --demo' angelegt; nichts wurde geschrieben.")
)
DEMO_INIT_EXISTING = (
    T("Diese Kasse ist keine Demo-Kasse und wird es nicht nachträglich (ihre Daten können echt "
    "sein). Für eine Demo bitte ein neues Datenverzeichnis mit 'init --demo' anlegen.")
)
ITEMS_COUNT_RANGE = T("Die Anzahl der Demo-Artikel muss zwischen 0 und {maximum} liegen.")

# --- users and roles ----------------------------------------------------------------------
PIN_FORMAT = T("Die PIN muss aus 4 bis 8 Ziffern bestehen.")
PIN_LEAD_LENGTH = (
    T("Für {role} muss die PIN mindestens {digits} Ziffern haben (Einstellung des Kaufhauses).")
)
USER_NAME_MISSING = T("Bitte einen Benutzernamen angeben.")
USER_NAME_TOO_LONG = T("Der Benutzername ist zu lang (höchstens {maximum} Zeichen).")
DISPLAY_NAME_TOO_LONG = T("Der angezeigte Name ist zu lang (höchstens {maximum} Zeichen).")
USER_EXISTS = T("Es gibt bereits einen Benutzer mit dem Namen „{name}“.")
USER_UNKNOWN = T("Benutzer oder PIN ist falsch. Bitte erneut versuchen.")
PIN_WRONG = T(
    "Benutzer oder PIN ist falsch. Noch {left} Versuch(e), dann wird der Zugang gesperrt.")
USER_LOCKED = (
    T("Der Zugang „{name}“ ist nach zu vielen falschen PINs bis {until} Uhr gesperrt. "
    "Bitte warten oder die Leitung bitten, die Sperre aufzuheben.")
)
USER_INACTIVE = T("Der Zugang „{name}“ ist deaktiviert. Bitte die Leitung fragen.")
PERMISSION_DENIED = (
    T("Dafür fehlt die Berechtigung: „{action}“ dürfen nur {roles}. "
    "Bitte eine berechtigte Person anmelden.")
)
ADMIN_ONLY_ADMINS = T("Nur die Verwaltung kann weitere Verwaltungs-Zugänge anlegen.")
ADMIN_CHANGED_BY_ADMINS = T("Nur die Verwaltung kann Verwaltungs-Zugänge sperren oder freigeben.")
NOT_YOURSELF = (T("Den eigenen Zugang kann man nicht selbst sperren. Bitte eine andere Leitung "
                "oder die Verwaltung fragen."))
ACTOR_NOT_ISSUED = (
    T("Abgelehnt: Diese Anmeldung stammt nicht vom Anmeldedienst der Kasse. Bitte mit Name und "
    "PIN anmelden.")
)
ROLE_UNKNOWN = T("Unbekannte Rolle „{role}“. Erlaubt sind: {known}.")

# --- audit --------------------------------------------------------------------------------
AUDIT_OK = T("Protokoll in Ordnung: {count} Einträge, Kette lückenlos.")
AUDIT_ANCHORS_OK = T("Abgeglichen mit {anchors} Anker(n) außerhalb der Datenbank ({sources}).")
AUDIT_NO_ANCHORS = (
    T("Hinweis: Kein Anker außerhalb der Datenbank geprüft – gekürzte oder neu berechnete "
    "Ketten bleiben so unentdeckt (Kasse abgleichen oder --anchor ANZAHL:HASH vom Z-Bericht).")
)
AUDIT_SHORTER = (
    T("Protokoll verändert: Die Kette hat nur {count} Einträge, {source} kennt schon "
    "{anchor} Einträge. Einträge wurden gelöscht. Bitte die Leitung verständigen und die "
    "Datenbank nicht weiter verändern.")
)
AUDIT_DIVERGED = (
    T("Protokoll verändert: Eintrag Nr. {position} hat einen anderen Hash als {source} "
    "({expected}…). Einträge wurden geändert und die Kette neu berechnet. Bitte die Leitung "
    "verständigen und die Datenbank nicht weiter verändern.")
)
AUDIT_ANCHOR_FORMAT = (
    T("„{value}“ ist kein Anker. Bitte ANZAHL:HASH angeben, wie er auf dem Z-Bericht steht "
    "(z. B. 1234:3f9a0c…, mindestens 12 Zeichen des Hashs).")
)
AUDIT_SERVER_UNCHECKED = T("Hinweis: Anker der Zentrale nicht geprüft: {reason}")
AUDIT_SOURCE_SERVER = T("die Zentrale")
AUDIT_SOURCE_Z = T("der Z-Bericht")
AUDIT_BROKEN = (
    T("Protokoll verändert: Eintrag {entry_id} ({action}, {at}) passt nicht zur Kette. "
    "Bitte die Leitung verständigen und die Datenbank nicht weiter verändern.")
)

# --- generic ------------------------------------------------------------------------------
UNEXPECTED = (
    T("Ein unerwarteter Fehler ist aufgetreten. Die Einzelheiten stehen im Protokoll "
    "({log}). Bitte die Aktion wiederholen oder die Leitung verständigen.")
)

# --- installation and self-test -----------------------------------------------------------
RESOURCES_MISSING = (
    T("Die mitgelieferten Dateien (Ordner „{folder}“: Stil, Übersetzungen, Etikettenformate) "
    "fehlen in dieser Installation. Bitte die Kasse neu installieren.")
)
SELF_TEST_PASSED = T("✓ {check}: in Ordnung")
SELF_TEST_FAILED = T("✗ {check}: fehlgeschlagen – {reason}")
SELF_TEST_SUMMARY_OK = T("Selbsttest bestanden (Kreislauf-Kasse {version}).")
SELF_TEST_SUMMARY_FAILED = (
    T("Selbsttest fehlgeschlagen: {failed} von {total} Prüfungen. Einzelheiten im Protokoll.")
)
SELF_TEST_UNEXPECTED = T("unerwarteter Fehler ({kind})")
SELF_TEST_WRONG_OUTPUT = T("unerwartete Ausgabe ({what})")
SELF_TEST_DATABASE = T("Datenbank anlegen und Migrationen ausführen")
SELF_TEST_LABEL = T("Etikett als PDF erzeugen")
SELF_TEST_RECEIPT = T("Beleg als Text und ESC/POS über den simulierten Drucker")
SELF_TEST_STORE = "Selbsttest-Kaufhaus"
SELF_TEST_ITEM = "Testartikel Holzstuhl"
SELF_TEST_CATEGORY = "Möbel"
SELF_TEST_CASHIER = "Selbsttest"
SELF_TEST_PAYMENT = "Bar"
