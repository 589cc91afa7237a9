"""German sentences of the fiscal services (TSE, master data, training/live, exports)."""

from __future__ import annotations

# --- the TSE ---------------------------------------------------------------------------
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

# --- master data, mode and exports -------------------------------------------------------
FIELD_LABELS = {
    "name": "Name des Unternehmens",
    "street": "Straße und Hausnummer",
    "postcode": "Postleitzahl",
    "city": "Ort",
    "country": "Land",
    "tax_number": "Steuernummer",
    "vat_id": "USt-IdNr.",
    "tax_number_or_vat_id": "Steuernummer oder USt-IdNr.",
}
NOT_INITIALISED = "Diese Kasse ist noch nicht eingerichtet (kreislauf init)."
POSTCODE_DE = "Die Postleitzahl „{value}“ ist ungültig: in Deutschland sind es genau 5 Ziffern."
POSTCODE_OTHER = (
    "Die Postleitzahl „{value}“ ist ungültig (höchstens 10 Zeichen, Ziffern/Buchstaben)."
)
VAT_ID_FORMAT = (
    "Die USt-IdNr. „{value}“ ist ungültig: erwartet DE und 9 Ziffern, z. B. DE123456789."
)
TAX_NUMBER_FORMAT = (
    "Die Steuernummer „{value}“ ist ungültig: 10 bis 13 Ziffern, Schrägstriche erlaubt, "
    "z. B. 332/5751/1234."
)
COUNTRY_FORMAT = "Das Land „{value}“ ist unbekannt: bitte den Ländercode angeben, z. B. DE."
TOO_LONG = "{label} ist zu lang (höchstens {limit} Zeichen)."
NAME_MISSING = "Bitte den Namen des Unternehmens angeben."
NOTHING_CHANGED = "Die Stammdaten sind schon so gespeichert; nichts geändert."
LIVE_NEEDS = (
    "Echtbetrieb nicht möglich: Es fehlen noch Pflichtangaben des Unternehmens: {fields}. "
    "Bitte unter Einstellungen → Stammdaten oder mit „kreislauf store set“ ergänzen."
)
MODE_UNKNOWN = "Unbekannter Betrieb „{value}“; möglich: training, live."
DATE_FORMAT = "Das Datum „{value}“ ist ungültig; bitte JJJJ-MM-TT angeben, z. B. 2026-03-01."
DATE_ORDER = "Die Außerbetriebnahme ({off}) liegt vor der Inbetriebnahme ({on})."
# exports
RANGE_ORDER = "Der Zeitraum ist verkehrt herum: {start} liegt nach {end}."
NO_CLOSINGS = (
    "Im Zeitraum {start} bis {end} gibt es keinen Tagesabschluss (Z-Bericht); "
    "es wurde keine Datei geschrieben. Bitte einen Zeitraum mit Z-Bericht wählen."
)
OUTPUT_SUFFIX = "Die Zieldatei muss auf {suffix} enden (erhalten: {name})."
OUTPUT_KASSENMELDUNG = "Die Zieldatei muss auf .pdf oder .csv enden (erhalten: {name})."
OUTPUT_UNWRITABLE = "Die Datei {path} kann nicht geschrieben werden ({reason})."
NO_TSE_CONFIGURED = (
    "An dieser Kasse ist keine TSE eingerichtet (Einstellung tse.kind); es gibt nichts "
    "zu exportieren."
)
NO_TSE_LOGS = (
    "Im Zeitraum {start} bis {end} hat die TSE keine Protokolldaten geschrieben; "
    "es wurde keine Datei geschrieben."
)
# texts written into the DSFinV-K files
BON_NAMES = {"sale": "", "refund": "Rückgabe", "cancelled": "Abbruch"}
PAYMENT_NAMES = {"Bar": "Bargeld", "Unbar": "Karte"}
NO_TSE = "Keine TSE-Transaktion zu diesem Vorgang aufgezeichnet"
TSE_NOT_FINISHED = "TSE-Transaktion nicht abgeschlossen ({state})"
UNIT_PIECE = "Stück"
FLOAT_TEXT = "Anfangsbestand"
DIFFERENCE_TEXT = "Kassendifferenz"
MOVEMENT_TEXT = "{label}: {reason}"
VAT_NOT_TAXABLE = "nicht steuerbar (Bargeldbewegungen)"
VAT_MARGIN = "Differenzbesteuerung § 25a UStG, USt nicht ausgewiesen"
DRAWER_COLUMN = "Nummer der Kassenschublade"
DEFAULT_TILL_MODEL = "PC-Kasse"
DEFAULT_TILL_KIND = "PC-Kassensystem"
MODE_DESCRIPTION = (
    "Signierbetrieb: training = Schulung und Test (Bons als Training markiert), "
    "live = echter Kassenbetrieb"
)
# the Kassenmeldung sheet (order of the ELSTER form)
KASSENMELDUNG_TITLE = "Mitteilung über elektronische Aufzeichnungssysteme (§ 146a Abs. 4 AO)"
KASSENMELDUNG_INTRO = "Angaben für das ELSTER-Formular, in dessen Reihenfolge."
KASSENMELDUNG_TSE = "TSE {n}"
KASSENMELDUNG_COLUMNS = (
    "Steuernummer", "Name des Steuerpflichtigen",
    "Betriebsstätte: Bezeichnung", "Betriebsstätte: Straße", "Betriebsstätte: PLZ",
    "Betriebsstätte: Ort",
    "Art des Aufzeichnungssystems", "Software", "Softwareversion", "Seriennummer",
    "Hersteller", "Modell", "Datum der Anschaffung", "Datum der Inbetriebnahme",
    "Datum der Außerbetriebnahme",
    "Art der TSE", "Seriennummer der TSE", "BSI-Zertifizierungs-ID",
    "TSE: Datum der Inbetriebnahme", "TSE: Datum der Außerbetriebnahme",
)
TSE_KIND_LABELS = {"software": "Software-TSE (nicht zertifiziert)", "fiskaly": "Cloud-TSE",
                   "hardware": "Hardware-TSE (USB/microSD)"}
