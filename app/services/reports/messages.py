"""German texts of the X/Z reports and the month overview: refusals, and every heading
and label of the PDF, the CSV and the short report on the receipt printer.

The templates use ``str.format`` fields. The CSV's section names are part of its
documented format (``csv_export``): change them only together with that description.
"""

from __future__ import annotations

from app.i18n import Labels, T, Texts
from app.sync_schema.enums import PaymentMethod, VatKind

# --- refusals -----------------------------------------------------------------------------
NO_Z_FOR_DATE = (
    T("Für den {date} gibt es keinen Z-Bericht. Bitte ein Datum mit Tagesabschluss wählen.")
)
DATE_IN_FUTURE = T(
    "Der {date} liegt in der Zukunft. Bitte ein vergangenes Datum oder heute wählen.")
DATE_INVALID = T("„{value}“ ist kein gültiges Datum. Bitte im Format JJJJ-MM-TT angeben.")
DATE_OUT_OF_RANGE = (T("„{value}“ liegt außerhalb der Zeit, in der eine Kasse Daten haben kann. "
                     "Bitte einen Tag zwischen {first} und {last} angeben."))
MONTH_INVALID = T("„{value}“ ist kein gültiger Monat. Bitte im Format JJJJ-MM angeben.")
X_ONLY_NOW = (
    T("Ein X-Bericht zeigt immer den aktuellen Stand der offenen Kasse. "
    "Für vergangene Tage bitte „report z --date …“ verwenden.")
)
NOT_OWN_SESSION = (
    T("Kassierende dürfen nur den X-Bericht der eigenen Sitzung sehen. "
    "Bitte die Leitung um den Bericht bitten.")
)
REPORT_FORMAT = T("Bitte eine Datei mit der Endung .pdf oder .csv angeben, z. B. -o bericht.pdf.")
REPORT_WRITE_FAILED = (
    T("Die Datei {path} kann nicht geschrieben werden ({reason}). "
    "Bitte ein vorhandenes, beschreibbares Verzeichnis wählen.")
)

# --- names --------------------------------------------------------------------------------
PAYMENT_LABELS: dict[str, str] = Labels({
    PaymentMethod.CASH: T("Bar"), PaymentMethod.CARD: T("Karte")})
SHORT_VAT: dict[str, str] = Labels({VatKind.NORMAL: T("19 %"), VatKind.REDUCED: T("7 %"),
                             VatKind.EXEMPT: T("steuerfrei"), VatKind.MARGIN: T("§ 25a")})
MONTHS = Texts((T("Januar"), T("Februar"), T("März"), T("April"), T("Mai"), T("Juni"),
                T("Juli"), T("August"), T("September"), T("Oktober"), T("November"),
                T("Dezember")))
NO_CATEGORY = T("ohne Warengruppe")
TOTAL = T("Summe")
NONE = T("—")
AUTHOR = T("Kreislauf-Kasse")

# --- PDF ----------------------------------------------------------------------------------
PDF_Z_TITLE = T("Z-Bericht Nr. {number}")
PDF_X_TITLE = T("X-Bericht (Zwischenbericht)")
PDF_STORE = T("Kaufhaus")
PDF_STATION = T("Station")
PDF_SESSION = T("Kassensitzung")
PDF_PERIOD = T("Zeitraum")
PDF_PERIOD_VALUE = T("{start} – {end} Uhr")
PDF_OPENED_BY = T("Geöffnet von")
PDF_CLOSED_BY = T("Abgeschlossen von")
PDF_AUDIT_HEAD = T("Protokollkette")
AUDIT_HEAD_VALUE = T("{count}:{hash}")
RECEIPT_AUDIT_HEAD = T("Protokollkette (Anzahl:Hash):")
CSV_AUDIT_HEAD = T("Protokollkette (Einträge:Hash): {count}:{hash}")
PDF_CASHIERS = T("Kassierende")
PDF_BEFORE_OPENING = T("Belege vor Kassenöffnung")
PDF_BEFORE_OPENING_VALUE = T("{count} (ohne geöffnete Kasse gebucht, hier gezählt)")
PDF_VAT_HEADING = T("Umsatz nach Steuersatz")
PDF_VAT_COLUMNS = Texts((T("Steuersatz"), T("Brutto"), T("Netto"), T("USt.")))
PDF_VAT_TOTAL = T("Summe ({receipts} Verkäufe)")
PDF_PAYMENTS_HEADING = T("Zahlungsarten")
PDF_PAYMENTS_COLUMNS = Texts((T("Zahlungsart"), T("Belege"), T("Betrag")))
PDF_CATEGORIES_HEADING = T("Warengruppen")
PDF_CATEGORIES_COLUMNS = Texts((T("Warengruppe"), T("Stück"), T("Betrag"), T("Gewicht")))
PDF_CORRECTIONS_HEADING = T("Stornos, Rabatte, Erstattungen")
PDF_CORRECTIONS_COLUMNS = Texts(("", T("Anzahl"), T("Betrag")))
PDF_VOIDS = T("Abgebrochene Verkäufe (Stornos)")
PDF_DISCOUNTS = T("Rabatte")
PDF_REFUNDS = T("Erstattungen")
PDF_INTAKE_HEADING = T("Warenannahme")
PDF_ITEMS_RECEIVED = T("Artikel angenommen")
PDF_ITEMS_LABELLED = T("Etiketten gedruckt")
PDF_MOVEMENTS_HEADING = T("Bargeldbewegungen")
PDF_MOVEMENTS_COLUMNS = Texts((T("Zeit"), T("Art"), T("Grund"), T("Von"), T("Betrag")))
PDF_CASH_HEADING = T("Kassenbestand")
PDF_FLOAT = T("Anfangsbestand (Wechselgeld)")
PDF_CASH_SALES = T("+ Bareinnahmen abzüglich Erstattungen")
PDF_MOVEMENTS = T("± Einlagen, Entnahmen, Ausgaben")
PDF_EXPECTED = T("= Soll-Bestand")
PDF_COUNTED = T("Ist-Bestand (gezählt)")
PDF_DIFFERENCE = T("Differenz (Ist − Soll)")
PDF_COMMENT = T("Kommentar")
PDF_BANKED = T("Abschöpfung zur Bank/zum Tresor")
PDF_LEFT = T("Verbleibt in der Kasse (Wechselgeld)")
PDF_COUNT_HEADING = T("Zählung nach Stückelung")
PDF_COUNT_COLUMNS = Texts((T("Stückelung"), T("Anzahl"), T("Betrag")))
PDF_DOCUMENT_TITLE = T("Kassenbericht {kinds}")
PDF_DOCUMENT_Z = T("Z {number}")
PDF_MONTH_TITLE = T("Monatsübersicht {month} {year}")
PDF_MONTH_SUBTITLE = T("{store} · Station {station}")
PDF_MONTH_COLUMNS = Texts((T("Datum"), T("Z-Nr."), T("Belege")))
PDF_MONTH_TOTALS = Texts((T("USt."), T("Bar"), T("Karte"), T("Umsatz")))

# --- CSV (sections and labels) ------------------------------------------------------------
CSV_TILL = T("Kasse")
CSV_STORE = T("Kaufhaus: {store}")
CSV_OPENED_BY = T("Geöffnet von: {name}")
CSV_CLOSED_BY = T("Abgeschlossen von: {name}")
CSV_CASHIER = T("Kassierer/in: {name}")
CSV_BEFORE_OPENING = T("Belege vor Kassenöffnung (hier gezählt)")
CSV_VAT = T("Umsatz nach Steuersatz")
CSV_TURNOVER = T("Umsatz gesamt")
CSV_PAYMENT = T("Zahlungsart")
CSV_CATEGORY = T("Warengruppe")
CSV_VOIDS = T("Stornos")
CSV_VOIDS_LABEL = T("Abgebrochene Verkäufe")
CSV_DISCOUNTS = T("Rabatte")
CSV_REFUNDS = T("Erstattungen")
CSV_MOVEMENT = T("Bargeldbewegung")
CSV_MOVEMENT_LABEL = T("{label} {time}: {reason} ({user})")
CSV_CASH = T("Kassenbestand")
CSV_FLOAT = T("Anfangsbestand (Wechselgeld)")
CSV_CASH_SALES = T("Bareinnahmen abzüglich Erstattungen")
CSV_MOVEMENTS = T("Einlagen, Entnahmen, Ausgaben")
CSV_EXPECTED = T("Soll-Bestand")
CSV_COUNTED = T("Ist-Bestand (gezählt)")
CSV_DIFFERENCE = T("Differenz")
CSV_BANKED = T("Abschöpfung zur Bank/zum Tresor")
CSV_LEFT = T("Verbleibt in der Kasse")
CSV_COMMENT = T("Kommentar: {comment}")
CSV_COUNT = T("Zählung")
CSV_INTAKE = T("Warenannahme")
CSV_ITEMS_RECEIVED = T("Artikel angenommen")
CSV_ITEMS_LABELLED = T("Etiketten gedruckt")

# --- the short report on the receipt printer ----------------------------------------------
RECEIPT_Z_TITLE = T("Z-BERICHT Nr. {number}")
RECEIPT_X_TITLE = T("X-BERICHT (Zwischenbericht)")
RECEIPT_SESSION = T("Station {station} · Sitzung {session}")
RECEIPT_FROM = T("Von {at}")
RECEIPT_UNTIL = T("Bis {at}")
RECEIPT_CASHIERS = T("Kasse: {names}")
RECEIPT_BEFORE_OPENING = T("Belege vor Öffnung: {count}")
RECEIPT_VAT_HEADING = T("Umsatz nach Steuersatz (EUR)")
RECEIPT_GROSS = T("{label} brutto")
RECEIPT_NET = T("  netto")
RECEIPT_VAT = T("  USt.")
RECEIPT_TOTAL = T("SUMME ({receipts} Verkäufe)")
RECEIPT_COUNTED_ROW = T("{label} ({count})")
RECEIPT_VOIDS = T("Stornos ({count})")
RECEIPT_DISCOUNTS = T("Rabatte ({count})")
RECEIPT_REFUNDS = T("Erstattungen ({count})")
RECEIPT_FLOAT = T("Anfangsbestand")
RECEIPT_CASH_SALES = T("Bareinnahmen")
RECEIPT_MOVEMENTS = T("Einlagen/Entnahmen/Ausgaben")
RECEIPT_EXPECTED = T("SOLL-BESTAND")
RECEIPT_COUNTED = T("IST-BESTAND (gezählt)")
RECEIPT_DIFFERENCE = T("Differenz")
RECEIPT_BANKED = T("Zur Bank/zum Tresor")
RECEIPT_LEFT = T("Verbleibt in der Kasse")
RECEIPT_CATEGORIES = T("Warengruppen (Stück, EUR)")
RECEIPT_INTAKE = T("Angenommen {received} · Etikettiert {labelled}")

# --- training bookings (AVTraining), shown apart on screen, paper, PDF and CSV -----------
TRAINING_RECEIPTS = T("Trainingsbuchungen: {count} Bons, Summe {amount}, nicht im Umsatz")
TRAINING_MOVEMENTS = (T("Training-Kassenbewegungen: {count}, Summe {amount}, "
                      "nicht im Kassenbestand"))
TRAINING_HEADING = T("Training")
CSV_TRAINING_RECEIPTS = T("Trainingsbuchungen (nicht im Umsatz)")
CSV_TRAINING_MOVEMENTS = T("Training-Kassenbewegungen (nicht im Kassenbestand)")

# --- TSE outages in the period (screen, paper, PDF, CSV) ---------------------------------
OUTAGES_HEADING = T("TSE-Ausfälle")
OUTAGE_OPEN = T(
    "TSE-Ausfall seit {since}, noch nicht behoben: {reason} ({count} Bons ohne Signatur)")
OUTAGE_CLOSED = T("TSE-Ausfall {since} bis {until}: {reason} ({count} Bons ohne Signatur)")
OUTAGE_OVERDUE = T("MELDEPFLICHTIG: länger als {hours} Stunden – dem Finanzamt melden")
CSV_OUTAGE = T("TSE-Ausfall")
