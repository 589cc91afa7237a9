"""German texts of the X/Z reports and the month overview: refusals, and every heading
and label of the PDF, the CSV and the short report on the receipt printer.

The templates use ``str.format`` fields. The CSV's section names are part of its
documented format (``csv_export``): change them only together with that description.
"""

from __future__ import annotations

from app.sync_schema.enums import PaymentMethod, VatKind

# --- refusals -----------------------------------------------------------------------------
NO_Z_FOR_DATE = (
    "Für den {date} gibt es keinen Z-Bericht. Bitte ein Datum mit Tagesabschluss wählen."
)
DATE_IN_FUTURE = "Der {date} liegt in der Zukunft. Bitte ein vergangenes Datum oder heute wählen."
DATE_INVALID = "„{value}“ ist kein gültiges Datum. Bitte im Format JJJJ-MM-TT angeben."
DATE_OUT_OF_RANGE = ("„{value}“ liegt außerhalb der Zeit, in der eine Kasse Daten haben kann. "
                     "Bitte einen Tag zwischen {first} und {last} angeben.")
MONTH_INVALID = "„{value}“ ist kein gültiger Monat. Bitte im Format JJJJ-MM angeben."
X_ONLY_NOW = (
    "Ein X-Bericht zeigt immer den aktuellen Stand der offenen Kasse. "
    "Für vergangene Tage bitte „report z --date …“ verwenden."
)
NOT_OWN_SESSION = (
    "Kassierende dürfen nur den X-Bericht der eigenen Sitzung sehen. "
    "Bitte die Leitung um den Bericht bitten."
)
REPORT_FORMAT = "Bitte eine Datei mit der Endung .pdf oder .csv angeben, z. B. -o bericht.pdf."
REPORT_WRITE_FAILED = (
    "Die Datei {path} kann nicht geschrieben werden ({reason}). "
    "Bitte ein vorhandenes, beschreibbares Verzeichnis wählen."
)

# --- names --------------------------------------------------------------------------------
PAYMENT_LABELS: dict[str, str] = {PaymentMethod.CASH: "Bar", PaymentMethod.CARD: "Karte"}
SHORT_VAT: dict[str, str] = {VatKind.NORMAL: "19 %", VatKind.REDUCED: "7 %",
                             VatKind.EXEMPT: "steuerfrei", VatKind.MARGIN: "§ 25a"}
MONTHS = ("Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August",
          "September", "Oktober", "November", "Dezember")
NO_CATEGORY = "ohne Warengruppe"
TOTAL = "Summe"
NONE = "—"
AUTHOR = "Kreislauf-Kasse"

# --- PDF ----------------------------------------------------------------------------------
PDF_Z_TITLE = "Z-Bericht Nr. {number}"
PDF_X_TITLE = "X-Bericht (Zwischenbericht)"
PDF_STORE = "Kaufhaus"
PDF_STATION = "Station"
PDF_SESSION = "Kassensitzung"
PDF_PERIOD = "Zeitraum"
PDF_PERIOD_VALUE = "{start} – {end} Uhr"
PDF_OPENED_BY = "Geöffnet von"
PDF_CLOSED_BY = "Abgeschlossen von"
PDF_AUDIT_HEAD = "Protokollkette"
AUDIT_HEAD_VALUE = "{count}:{hash}"
RECEIPT_AUDIT_HEAD = "Protokollkette (Anzahl:Hash):"
CSV_AUDIT_HEAD = "Protokollkette (Einträge:Hash): {count}:{hash}"
PDF_CASHIERS = "Kassierende"
PDF_BEFORE_OPENING = "Belege vor Kassenöffnung"
PDF_BEFORE_OPENING_VALUE = "{count} (ohne geöffnete Kasse gebucht, hier gezählt)"
PDF_VAT_HEADING = "Umsatz nach Steuersatz"
PDF_VAT_COLUMNS = ("Steuersatz", "Brutto", "Netto", "USt.")
PDF_VAT_TOTAL = "Summe ({receipts} Verkäufe)"
PDF_PAYMENTS_HEADING = "Zahlungsarten"
PDF_PAYMENTS_COLUMNS = ("Zahlungsart", "Belege", "Betrag")
PDF_CATEGORIES_HEADING = "Warengruppen"
PDF_CATEGORIES_COLUMNS = ("Warengruppe", "Stück", "Betrag", "Gewicht")
PDF_CORRECTIONS_HEADING = "Stornos, Rabatte, Erstattungen"
PDF_CORRECTIONS_COLUMNS = ("", "Anzahl", "Betrag")
PDF_VOIDS = "Abgebrochene Verkäufe (Stornos)"
PDF_DISCOUNTS = "Rabatte"
PDF_REFUNDS = "Erstattungen"
PDF_INTAKE_HEADING = "Warenannahme"
PDF_ITEMS_RECEIVED = "Artikel angenommen"
PDF_ITEMS_LABELLED = "Etiketten gedruckt"
PDF_MOVEMENTS_HEADING = "Bargeldbewegungen"
PDF_MOVEMENTS_COLUMNS = ("Zeit", "Art", "Grund", "Von", "Betrag")
PDF_CASH_HEADING = "Kassenbestand"
PDF_FLOAT = "Anfangsbestand (Wechselgeld)"
PDF_CASH_SALES = "+ Bareinnahmen abzüglich Erstattungen"
PDF_MOVEMENTS = "± Einlagen, Entnahmen, Ausgaben"
PDF_EXPECTED = "= Soll-Bestand"
PDF_COUNTED = "Ist-Bestand (gezählt)"
PDF_DIFFERENCE = "Differenz (Ist − Soll)"
PDF_COMMENT = "Kommentar"
PDF_BANKED = "Abschöpfung zur Bank/zum Tresor"
PDF_LEFT = "Verbleibt in der Kasse (Wechselgeld)"
PDF_COUNT_HEADING = "Zählung nach Stückelung"
PDF_COUNT_COLUMNS = ("Stückelung", "Anzahl", "Betrag")
PDF_DOCUMENT_TITLE = "Kassenbericht {kinds}"
PDF_DOCUMENT_Z = "Z {number}"
PDF_MONTH_TITLE = "Monatsübersicht {month} {year}"
PDF_MONTH_SUBTITLE = "{store} · Station {station}"
PDF_MONTH_COLUMNS = ("Datum", "Z-Nr.", "Belege")
PDF_MONTH_TOTALS = ("USt.", "Bar", "Karte", "Umsatz")

# --- CSV (sections and labels) ------------------------------------------------------------
CSV_TILL = "Kasse"
CSV_STORE = "Kaufhaus: {store}"
CSV_OPENED_BY = "Geöffnet von: {name}"
CSV_CLOSED_BY = "Abgeschlossen von: {name}"
CSV_CASHIER = "Kassierer/in: {name}"
CSV_BEFORE_OPENING = "Belege vor Kassenöffnung (hier gezählt)"
CSV_VAT = "Umsatz nach Steuersatz"
CSV_TURNOVER = "Umsatz gesamt"
CSV_PAYMENT = "Zahlungsart"
CSV_CATEGORY = "Warengruppe"
CSV_VOIDS = "Stornos"
CSV_VOIDS_LABEL = "Abgebrochene Verkäufe"
CSV_DISCOUNTS = "Rabatte"
CSV_REFUNDS = "Erstattungen"
CSV_MOVEMENT = "Bargeldbewegung"
CSV_MOVEMENT_LABEL = "{label} {time}: {reason} ({user})"
CSV_CASH = "Kassenbestand"
CSV_FLOAT = "Anfangsbestand (Wechselgeld)"
CSV_CASH_SALES = "Bareinnahmen abzüglich Erstattungen"
CSV_MOVEMENTS = "Einlagen, Entnahmen, Ausgaben"
CSV_EXPECTED = "Soll-Bestand"
CSV_COUNTED = "Ist-Bestand (gezählt)"
CSV_DIFFERENCE = "Differenz"
CSV_BANKED = "Abschöpfung zur Bank/zum Tresor"
CSV_LEFT = "Verbleibt in der Kasse"
CSV_COMMENT = "Kommentar: {comment}"
CSV_COUNT = "Zählung"
CSV_INTAKE = "Warenannahme"
CSV_ITEMS_RECEIVED = "Artikel angenommen"
CSV_ITEMS_LABELLED = "Etiketten gedruckt"

# --- the short report on the receipt printer ----------------------------------------------
RECEIPT_Z_TITLE = "Z-BERICHT Nr. {number}"
RECEIPT_X_TITLE = "X-BERICHT (Zwischenbericht)"
RECEIPT_SESSION = "Station {station} · Sitzung {session}"
RECEIPT_FROM = "Von {at}"
RECEIPT_UNTIL = "Bis {at}"
RECEIPT_CASHIERS = "Kasse: {names}"
RECEIPT_BEFORE_OPENING = "Belege vor Öffnung: {count}"
RECEIPT_VAT_HEADING = "Umsatz nach Steuersatz (EUR)"
RECEIPT_GROSS = "{label} brutto"
RECEIPT_NET = "  netto"
RECEIPT_VAT = "  USt."
RECEIPT_TOTAL = "SUMME ({receipts} Verkäufe)"
RECEIPT_COUNTED_ROW = "{label} ({count})"
RECEIPT_VOIDS = "Stornos ({count})"
RECEIPT_DISCOUNTS = "Rabatte ({count})"
RECEIPT_REFUNDS = "Erstattungen ({count})"
RECEIPT_FLOAT = "Anfangsbestand"
RECEIPT_CASH_SALES = "Bareinnahmen"
RECEIPT_MOVEMENTS = "Einlagen/Entnahmen/Ausgaben"
RECEIPT_EXPECTED = "SOLL-BESTAND"
RECEIPT_COUNTED = "IST-BESTAND (gezählt)"
RECEIPT_DIFFERENCE = "Differenz"
RECEIPT_BANKED = "Zur Bank/zum Tresor"
RECEIPT_LEFT = "Verbleibt in der Kasse"
RECEIPT_CATEGORIES = "Warengruppen (Stück, EUR)"
RECEIPT_INTAKE = "Angenommen {received} · Etikettiert {labelled}"

# --- training bookings (AVTraining), shown apart on screen, paper, PDF and CSV -----------
TRAINING_RECEIPTS = "Trainingsbuchungen: {count} Bons, Summe {amount}, nicht im Umsatz"
TRAINING_MOVEMENTS = ("Training-Kassenbewegungen: {count}, Summe {amount}, "
                      "nicht im Kassenbestand")
TRAINING_HEADING = "Training"
CSV_TRAINING_RECEIPTS = "Trainingsbuchungen (nicht im Umsatz)"
CSV_TRAINING_MOVEMENTS = "Training-Kassenbewegungen (nicht im Kassenbestand)"

# --- TSE outages in the period (screen, paper, PDF, CSV) ---------------------------------
OUTAGES_HEADING = "TSE-Ausfälle"
OUTAGE_OPEN = "TSE-Ausfall seit {since}, noch nicht behoben: {reason} ({count} Bons ohne Signatur)"
OUTAGE_CLOSED = "TSE-Ausfall {since} bis {until}: {reason} ({count} Bons ohne Signatur)"
OUTAGE_OVERDUE = "MELDEPFLICHTIG: länger als {hours} Stunden – dem Finanzamt melden"
CSV_OUTAGE = "TSE-Ausfall"
