"""German texts of the store settings: what each one means, and why a value is refused.

The settings page shows the descriptions as they are; the templates use ``str.format``.
"""

from __future__ import annotations

from app.i18n import T

# --- what each store setting means ----------------------------------------------------------
DISCOUNT_APPROVAL_PERCENT = T("Rabatt in Prozent, ab dem die Leitung freigeben muss")
DISCOUNT_APPROVAL_CENTS = T("Rabattbetrag, ab dem die Leitung freigeben muss")
MAX_TYPED_PRICE = T("Höchster Preis, der an der Kasse eingetippt werden darf")
MAX_QUANTITY = T("Höchste Menge einer Position an der Kasse")
CARD_MAX = T("Höchstbetrag einer Kartenzahlung (0 = bis zum offenen Betrag)")
LEAD_PIN_DIGITS = T("Mindestzahl der PIN-Ziffern für Leitung und Verwaltung (4 = wie alle)")
RECEIPT_IMPACT_NOTE = T("Klima-Hinweis auf dem Kassenbon (1 = an, 0 = aus)")

# --- refusals ---------------------------------------------------------------------------------
UNKNOWN_SETTING = T("Die Einstellung „{key}“ gibt es nicht.")
NOT_A_NUMBER = T(
    "„{value}“ ist für „{description}“ keine ganze Zahl. Bitte z. B. {example} eingeben.")
NOT_AN_AMOUNT = T("„{value}“ ist für „{description}“ kein Betrag. Bitte z. B. {example} eingeben.")
PULLED_VALUE_UNUSABLE = (T("Einstellung „{description}“ mit unbrauchbarem Wert {value} "
                         "(erlaubt: {minimum} bis {maximum}): nicht übernommen"))
OUT_OF_RANGE = T(
    "„{description}“ muss zwischen {minimum} und {maximum} liegen (erhalten: {value}).")
DELIVERY_BIKES = T("Lastenräder im Einsatz (Anzahl)")
DELIVERY_BIKE_KG = T("Lastenrad: höchstens kg Ladung")
DELIVERY_BIKE_LITRES = T("Lastenrad: höchstens Liter Ladung")
DELIVERY_TRAILERS = T("Lastenräder mit Anhänger im Einsatz (Anzahl)")
DELIVERY_TRAILER_KG = T("Lastenrad mit Anhänger: höchstens kg Ladung")
DELIVERY_TRAILER_LITRES = T("Lastenrad mit Anhänger: höchstens Liter Ladung")
DELIVERY_DAY_START = T("Lieferungen ab Uhrzeit (volle Stunde)")
DELIVERY_DAY_END = T("Lieferungen bis Uhrzeit (volle Stunde)")
DELIVERY_ANONYMISE_DAYS = T(
    "Kundendaten von Lieferungen löschen nach Tagen (die Statistik bleibt)")
