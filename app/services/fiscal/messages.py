"""German sentences of the fiscal services (TSE, master data, training/live, exports)."""

from __future__ import annotations

from app.i18n import Labels, T

# --- the TSE ---------------------------------------------------------------------------
KEY_BROKEN = (T("Der Schlüssel der Software-TSE in {path} ist beschädigt. Bitte die Datei "
              "aus der Sicherung zurückholen; eine neue TSE braucht eine neue Anmeldung."))
CLOCK_BACKWARDS = (T("Die Uhr der Kasse ist zurückgesprungen (zuletzt {last}, jetzt {now}). "
                   "Die TSE signiert nicht mit falscher Zeit: Uhrzeit prüfen."))
TX_UNKNOWN = T("Die TSE kennt den Vorgang {tx} nicht (oder er ist schon abgeschlossen).")
UNREACHABLE = T("Die TSE ist nicht erreichbar ({reason}).")
TIMEOUT = T("Die TSE hat nicht rechtzeitig geantwortet.")
REFUSED = T("Die TSE hat den Vorgang abgelehnt: {reason}")
AUTH_FAILED = T("Die Anmeldung bei der Cloud-TSE ist fehlgeschlagen: {reason}")
EXPORT_FAILED = T("Der TSE-Export ist fehlgeschlagen: {reason}")
UNEXPECTED = T("Unerwarteter TSE-Fehler (Einzelheiten im Protokoll).")
NOT_CONFIGURED = (T("Die Cloud-TSE ist nicht vollständig eingerichtet: {missing} fehlt. "
                  "Bitte in den Einstellungen ergänzen."))
FAILED_RECEIPT = "TSE ausgefallen"
SOFTWARE_TSE = "Software-TSE – nicht zertifiziert"
SOFTWARE_TSE_SETTING = (T("Software-TSE: nur für Entwicklung, Schulung und Tests – nicht "
                        "zertifiziert, nicht für den Echtbetrieb zulässig."))
OUTAGE_OPEN = T("TSE-Ausfall seit {since}: {reason} ({count} Bons ohne Signatur)")
OUTAGE_CLOSED = T("TSE-Ausfall {since} bis {until}: {reason} ({count} Bons ohne Signatur)")
OUTAGE_OVERDUE = T("länger als {hours} Stunden – dem Finanzamt melden")
OUTAGE_REPORTED = T("gemeldet")
OUTAGE_UNKNOWN = T("Diesen TSE-Ausfall gibt es an dieser Kasse nicht.")
CONFIG_LABELS = Labels({"api_key": T("API-Schlüssel"), "api_secret": T("API-Geheimnis"),
                 "tss_id": T("TSS-ID"), "client_id": T("Client-ID")})
NO_TOKEN = T("keine Anmeldung erhalten")
EXPORT_TIMEOUT = T("Zeitüberschreitung")

# --- master data, mode and exports -------------------------------------------------------
FIELD_LABELS = Labels({
    "name": T("Name des Unternehmens"),
    "street": T("Straße und Hausnummer"),
    "postcode": T("Postleitzahl"),
    "city": T("Ort"),
    "country": T("Land"),
    "tax_number": T("Steuernummer"),
    "vat_id": T("USt-IdNr."),
    "tax_number_or_vat_id": T("Steuernummer oder USt-IdNr."),
})
NOT_INITIALISED = T("Diese Kasse ist noch nicht eingerichtet (kreislauf init).")
POSTCODE_DE = T("Die Postleitzahl „{value}“ ist ungültig: in Deutschland sind es genau 5 Ziffern.")
POSTCODE_OTHER = (
    T("Die Postleitzahl „{value}“ ist ungültig (höchstens 10 Zeichen, Ziffern/Buchstaben).")
)
VAT_ID_FORMAT = (
    T("Die USt-IdNr. „{value}“ ist ungültig: erwartet DE und 9 Ziffern, z. B. DE123456789.")
)
TAX_NUMBER_FORMAT = (
    T("Die Steuernummer „{value}“ ist ungültig: 10 bis 13 Ziffern, Schrägstriche erlaubt, "
    "z. B. 332/5751/1234.")
)
COUNTRY_FORMAT = T("Das Land „{value}“ ist unbekannt: bitte den Ländercode angeben, z. B. DE.")
TOO_LONG = T("{label} ist zu lang (höchstens {limit} Zeichen).")
NAME_MISSING = T("Bitte den Namen des Unternehmens angeben.")
NOTHING_CHANGED = T("Die Stammdaten sind schon so gespeichert; nichts geändert.")
LIVE_NEEDS = (
    T("Echtbetrieb nicht möglich: Es fehlen noch Pflichtangaben des Unternehmens: {fields}. "
    "Bitte unter Einstellungen → Stammdaten oder mit „kreislauf store set“ ergänzen.")
)
MODE_UNKNOWN = T("Unbekannter Betrieb „{value}“; möglich: training, live.")
DATE_FORMAT = T("Das Datum „{value}“ ist ungültig; bitte JJJJ-MM-TT angeben, z. B. 2026-03-01.")
DATE_ORDER = T("Die Außerbetriebnahme ({off}) liegt vor der Inbetriebnahme ({on}).")
# exports
RANGE_ORDER = T("Der Zeitraum ist verkehrt herum: {start} liegt nach {end}.")
NO_CLOSINGS = (
    T("Im Zeitraum {start} bis {end} gibt es keinen Tagesabschluss (Z-Bericht); "
    "es wurde keine Datei geschrieben. Bitte einen Zeitraum mit Z-Bericht wählen.")
)
OUTPUT_SUFFIX = T("Die Zieldatei muss auf {suffix} enden (erhalten: {name}).")
OUTPUT_KASSENMELDUNG = T("Die Zieldatei muss auf .pdf oder .csv enden (erhalten: {name}).")
OUTPUT_UNWRITABLE = T("Die Datei {path} kann nicht geschrieben werden ({reason}).")
NO_TSE_CONFIGURED = (
    T("An dieser Kasse ist keine TSE eingerichtet (Einstellung tse.kind); es gibt nichts "
    "zu exportieren.")
)
NO_TSE_LOGS = (
    T("Im Zeitraum {start} bis {end} hat die TSE keine Protokolldaten geschrieben; "
    "es wurde keine Datei geschrieben.")
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
    T("Signierbetrieb: training = Schulung und Test (Bons als Training markiert), "
    "live = echter Kassenbetrieb")
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
TSE_KIND_LABELS = Labels({
    "software": T("Software-TSE (nicht zertifiziert)"), "fiskaly": T("Cloud-TSE"),
                   "hardware": T("Hardware-TSE (USB/microSD)")})
