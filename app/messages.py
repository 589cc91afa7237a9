"""German user-facing messages raised by services and the CLI, kept in one place.

Services never scatter German literals through their logic; they format one of these
templates. The UI translates its own strings through Qt's ``tr``.
"""

from __future__ import annotations

# --- set-up and database -------------------------------------------------------------
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
SCHEMA_TOO_NEW = (
    "Die Datenbank stammt aus einer neueren Version von Kreislauf-Kasse (Stand {revision}). "
    "Bitte die Kasse auf die neueste Version aktualisieren; die Daten bleiben unverändert."
)
DATABASE_BROKEN = (
    "Die Datenbank {path} kann nicht geöffnet werden ({reason}). "
    "Bitte die Leitung verständigen; nichts wurde verändert."
)
ITEMS_COUNT_RANGE = "Die Anzahl der Demo-Artikel muss zwischen 0 und {maximum} liegen."

# --- users and roles -----------------------------------------------------------------
PIN_FORMAT = "Die PIN muss aus 4 bis 8 Ziffern bestehen."
USER_NAME_MISSING = "Bitte einen Benutzernamen angeben."
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
ROLE_UNKNOWN = "Unbekannte Rolle „{role}“. Erlaubt sind: {known}."

# --- audit ---------------------------------------------------------------------------
AUDIT_OK = "Protokoll in Ordnung: {count} Einträge, Kette lückenlos."
AUDIT_BROKEN = (
    "Protokoll verändert: Eintrag {entry_id} ({action}, {at}) passt nicht zur Kette. "
    "Bitte die Leitung verständigen und die Datenbank nicht weiter verändern."
)

# --- labels --------------------------------------------------------------------------
LAYOUT_UNKNOWN = "Unbekanntes Etikettenformat „{name}“. Vorhanden: {known}."
LAYOUT_BROKEN = (
    "Die Etikettenvorlage {file} ist fehlerhaft: {reason}. Bitte die Datei korrigieren."
)
LABEL_TOO_NARROW = (
    "Das Etikett ist zu schmal für einen lesbaren Strichcode ({width} mm nutzbar, "
    "{needed} mm nötig). Bitte ein breiteres Etikettenformat wählen."
)
LABEL_CODE_INVALID = (
    "„{code}“ ist kein gültiger EAN-13-Code (13 Ziffern mit passender Prüfziffer). "
    "Bitte den Code prüfen."
)
LABEL_CODE_UNKNOWN = "Unbekannte(r) Artikelcode(s): {codes}. Bitte die Codes prüfen."
LABEL_NOT_IN_STOCK = (
    "Artikel {code} ist {status} und bekommt kein Etikett mehr. Bitte den Code weglassen."
)
LABEL_START_RANGE = (
    "Die Startposition muss zwischen 1 und {count} liegen "
    "(„{layout}“ hat {count} Etikett(en) pro Blatt)."
)
LABEL_START_ROLL = (
    "„{layout}“ ist eine Etikettenrolle mit einem Etikett pro Seite; die Startposition ist "
    "dort immer 1."
)
LABELS_NONE_CHOSEN = (
    "Bitte Artikelcodes angeben oder --unprinted für alle noch nicht gedruckten Etiketten."
)
LABELS_NOTHING_TO_PRINT = (
    "Keine Etiketten zu drucken: alle Artikel im Bestand haben schon ein aktuelles Etikett."
)
LABEL_OUTPUT_NOT_PDF = "Bitte eine PDF-Datei als Ziel angeben, z. B. -o etiketten.pdf."
LABEL_OUTPUT_FAILED = (
    "Die Datei {path} kann nicht geschrieben werden ({reason}). "
    "Bitte ein vorhandenes, beschreibbares Verzeichnis wählen."
)

# --- generic -------------------------------------------------------------------------
UNEXPECTED = (
    "Ein unerwarteter Fehler ist aufgetreten. Die Einzelheiten stehen im Protokoll "
    "({log}). Bitte die Aktion wiederholen oder die Leitung verständigen."
)
