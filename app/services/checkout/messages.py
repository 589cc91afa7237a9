"""German messages of the checkout, receipts and refunds (what happened, what to do next).

Kept apart from ``app.messages`` so the till's texts live in one place without every
engineer editing the same module; the templates use ``str.format`` fields.
"""

from __future__ import annotations

from app.i18n import Labels, T, Texts
from app.sync_schema.enums import PaymentMethod, SaleKind

# --- names shown on screens and receipts --------------------------------------------------
METHOD_LABELS: dict[str, str] = Labels({
    PaymentMethod.CASH: T("Bar"), PaymentMethod.CARD: T("Karte")})
KIND_LABELS: dict[str, str] = Labels({SaleKind.REFUND: T("Erstattungsbon"),
                                      SaleKind.CANCELLED: T("abgebrochener Bon"),
                                      SaleKind.SALE: T("Verkauf")})

# --- scanning -----------------------------------------------------------------------------
ITEM = T("Artikel")  # a line whose item this till does not know
UNKNOWN_CODE_LINE = T("{name} (unbekannter Code)")
SCAN_EMPTY = T("Es kam kein Code an. Bitte erneut scannen.")
SCAN_NOT_DIGITS = (T("„{code}“ ist kein Artikelcode (nur Ziffern erlaubt). Bitte erneut scannen "
                   "oder den Code von Hand eintippen."))
SCAN_LENGTH = (T("Der Code „{code}“ hat {length} Ziffern; Artikelcodes haben 13. "
               "Bitte erneut scannen."))
SCAN_CHECK_DIGIT = (T("Der Code {code} ist ungültig (Prüfziffer stimmt nicht). Bitte erneut "
                    "scannen oder die Ziffern vom Etikett abtippen."))
SCAN_FOREIGN = (T("Der Code {code} ist kein Etikett dieses Kaufhauses. Bitte den Artikel über "
                "eine Warengruppe mit Preis verkaufen."))
SCAN_RECEIPT = (T("Das ist der Barcode eines Kassenbons (Bon-Nr. {number}). Für eine Rückgabe "
                "bitte „Rückgabe“ wählen."))
ITEM_NOT_SELLABLE = (T("{description} ({code}) ist {status} und kann nicht verkauft werden. "
                     "Bitte den Artikel zur Leitung bringen."))
ITEM_NOT_READY = (T("{description} ({code}) ist noch nicht verkaufsbereit ({status}). Bitte den "
                  "Artikel zur Werkstatt zurückgeben."))
ITEM_ALREADY_IN_CART = T("{description} ({code}) ist schon im Warenkorb.")
ITEM_GONE_AT_CHECKOUT = (T("{codes}: inzwischen nicht mehr verkaufsbereit (woanders verkauft?). "
                         "Bitte die Position entfernen."))

# --- prices, quantities, discounts --------------------------------------------------------
PRICE_INVALID = T("Der Preis „{value}“ ist keine gültige Zahl. Bitte z. B. 12,50 eingeben.")
PRICE_ZERO = T("Bitte einen Preis über 0 € eingeben.")
PRICE_TOO_HIGH = T("Der Preis {price} ist unrealistisch hoch (über {limit}). Bitte prüfen.")
PRICE_NEEDED = T("Bitte zuerst den Preis eintippen, dann die Warengruppe drücken.")
QUANTITY_RANGE = T("Die Menge muss zwischen 1 und {maximum} liegen.")
QUANTITY_UNIQUE = T("Ein Einzelstück mit Etikett hat immer die Menge 1.")
LINE_MISSING = T("Diese Position gibt es im Warenkorb nicht mehr.")
CATEGORY_UNKNOWN = T("Bitte eine vorhandene Warengruppe wählen.")
DISCOUNT_INVALID = T("Bitte den Rabatt als Betrag (z. B. 2,00) oder Prozent (1 bis 100) angeben.")
DISCOUNT_TOO_HIGH = T("Der Rabatt ({discount}) ist höher als der Betrag ({amount}).")
DISCOUNT_NEEDS_APPROVAL = (T("Ein Rabatt über {percent} % oder über {amount} braucht die Freigabe "
                           "durch die Leitung. Bitte die Leitung anmelden lassen."))
CART_EMPTY = T("Der Warenkorb ist leer. Bitte zuerst einen Artikel scannen.")

# --- payment ------------------------------------------------------------------------------
PAYMENT_MISSING = T("Es fehlen noch {missing}. Bitte den ganzen Betrag kassieren.")
PAYMENT_NEGATIVE = T("Zahlbeträge müssen über 0 € liegen.")
PAYMENT_METHOD = T("Unbekannte Zahlart „{method}“. Erlaubt: Bar, Karte.")
CARD_OVER_LIMIT = (T("Die Kartenzahlung ({card}) ist höher als der Höchstbetrag für Karten "
                   "({limit}). Bitte den Rest bar kassieren."))
CARD_TOO_MUCH = (T("Die Kartenzahlung ({card}) ist höher als der offene Betrag ({open}). "
                 "Rückgeld gibt es nur bei Barzahlung."))
PAYMENT_COVERED = T("Der Betrag ist schon vollständig bezahlt.")
CASH_IMPLAUSIBLE = (T("{amount} erhalten bei {open} offen? Das wären {change} Rückgeld. "
                    "Bitte den erhaltenen Betrag prüfen (z. B. 20 oder 12,50)."))
SALE_ZERO_TOTAL = T("Der Bon hat einen Betrag von 0 €. Bitte Preise und Rabatte prüfen.")

# --- parking and cancelling ---------------------------------------------------------------
PARKED_MISSING = T("Diesen geparkten Bon gibt es nicht (mehr).")
PARKED_RESUMED = T("Dieser geparkte Bon wurde bereits {when} fortgesetzt.")
PARKED_LINE_GONE = T("{description} ({code}) ist nicht mehr verkaufsbereit und wurde entfernt.")
PARKED_HOLDS_ITEM = (T("{description} ({code}) liegt auch in einem geparkten Verkauf ({parked}). "
                     "Ein Einzelstück gibt es nur einmal: bitte prüfen, welcher Kunde es hat."))

# --- refunds ------------------------------------------------------------------------------
SALE_NOT_FOUND = T("Keinen Bon mit „{text}“ gefunden. Bitte die Bon-Nummer prüfen.")
REFUND_WRONG_KIND = T("Nur Verkaufsbons können erstattet werden (dies ist ein {kind}).")
REFUND_NOTHING = T("Bitte mindestens eine Position zum Erstatten wählen.")
REFUND_LINE_UNKNOWN = T("Position {line} gehört nicht zu diesem Bon.")
REFUND_ALREADY = T("Position {position} ({description}) wurde bereits vollständig erstattet.")
REFUND_TOO_MANY = (T("Von Position {position} ({description}) sind nur noch {left} Stück "
                   "erstattbar, nicht {wanted}."))
REFUND_CASH_ONLY_CASH = T("Bitte Bar oder Karte für die Erstattung wählen.")
REFUND_REASON_NEEDED = T("Bitte einen Grund für die Rückgabe wählen oder eintippen.")
# The short list the returns dialog offers; free text may follow the chosen reason.
REFUND_REASONS: tuple[str, ...] = Texts((T("Defekt"), T("Gefällt nicht"), T("Passt nicht"),
                                         T("Falsch verkauft"), T("Doppelt berechnet")))

# --- receipts -----------------------------------------------------------------------------
NO_TSE = "Keine TSE angeschlossen"
NO_TSE_DETAIL = "Dieser Bon ist nicht TSE-signiert."
TSE_FAILED_DETAIL = "Die TSE war nicht erreichbar: Bon ohne TSE-Transaktion und Signatur."
TSE_PENDING = "TSE: Signatur ausstehend (Nachdruck zeigt sie)."
COPY = "KOPIE"
DEMO = "DEMO – kein echter Bon"  # with the stars, fits 32 columns
TRAINING = "*** TRAININGSBON ***"
TRAINING_DETAIL = "Trainingsbetrieb: kein gültiger Kassenbeleg, nur zur Schulung."
PRINT_FAILED = T("Der Bon wurde gespeichert, aber nicht gedruckt: {reason}")
# A receipt that stopped midway (the cause is in the log and in the retry question).
PRINT_INCOMPLETE = (T("Verkauf gebucht; der Bon wurde nicht vollständig gedruckt – bitte "
                    "„Nachdruck“ wählen."))
# The question the operator prompt asks after a failed print, by what the printer said.
RETRY_PAPER_OUT = T("Der Bondrucker hat kein Papier mehr. Papier einlegen und erneut drucken?")
RETRY_COVER_OPEN = T("Der Deckel des Bondruckers ist offen. Deckel schließen und erneut drucken?")
RETRY_OFFLINE = T("Der Bondrucker ist nicht bereit. Kabel und Strom prüfen und erneut drucken?")
RETRY_SILENT = T("Der Bondrucker antwortet nicht. Kabel und Strom prüfen und erneut drucken?")
RETRY_INCOMPLETE = (T("{incomplete} Beim erneuten Drucken kommt er ganz, als Kopie markiert. "
                    "{question}"))
DRAWER_FAILED = T("Der Verkauf ist gespeichert, aber die Schublade ging nicht auf: {reason}")
UNEXPECTED_DEVICE = T("unerwarteter Gerätefehler (Einzelheiten im Protokoll)")
ASK_REPRINT = T("{problem} Erneut drucken?")  # any other failure: the reason, then the question

# --- the receipt's own text (receipt_text) ------------------------------------------------
R_TAX_NUMBER = "St.-Nr. {number}"
R_VAT_ID = "USt-IdNr. {vat_id}"
R_TITLES: dict[str, str] = {SaleKind.CANCELLED: "BON ABGEBROCHEN", SaleKind.REFUND: "RÜCKGABE"}
R_REFERS_TO = "zu Bon-Nr. {number}"
R_NUMBER = "Bon-Nr. {number}"
R_STATION = "Kasse {number}"
R_DATE = "Datum"
R_START = "Beginn"
R_END = "Ende"
R_CASHIER = "Es bediente Sie: {name}"
R_CODE = "  Code {code}{mark}"
R_RECONCILED_LATER = " (wird abgeglichen)"
R_DISCOUNT = "  Rabatt"
R_CANCELLED = "Abgebrochen, nichts berechnet. "
R_TOTAL = "SUMME EUR"
R_PAYMENT_REFERENCE = " (Ref. {reference})"
R_TENDERED = "Gegeben {label}"
R_CHANGE = "Rückgeld"
R_NET = "Netto"
R_VAT = "USt"
R_GROSS = "Brutto"
R_MARGIN_NOTE = ("{letter} = Gebrauchtgegenstände / Sonderregelung (§ 25a UStG), "
                 "Brutto {gross}")
R_TSE = "TSE: {text}"
R_TSE_FIELDS = ("TSE-Transaktion", "TSE-Start", "TSE-Ende", "Signaturzähler",
                "TSE-Seriennr.", "Kassen-Seriennr.", "Sig.-Algorithmus", "Zeitformat",
                "Signatur")
R_THANKS = "Vielen Dank für Ihren Einkauf!"
R_REFUND_REASON = "Grund: {reason}"
R_REFUND_FOOTER = "Betrag erstattet. Bitte diesen Beleg aufbewahren."

# --- finding items by their description (Kasse, Ctrl+F) --------------------------------
SEARCH_TOO_SHORT = T("Bitte mindestens 2 Buchstaben der Beschreibung eintippen.")
