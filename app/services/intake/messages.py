"""German texts of intake and the workshop: item input, codes, the lifecycle, safety tests.

The templates use ``str.format`` fields.
"""

from __future__ import annotations

from app.i18n import Labels, T
from app.sync_schema.enums import Condition, ItemStatus

STATUS_LABELS: dict[str, str] = Labels({
    ItemStatus.RECEIVED: T("angenommen"),
    ItemStatus.IN_REPAIR: T("in Reparatur"),
    ItemStatus.READY: T("verkaufsbereit"),
    ItemStatus.RESERVED: T("reserviert"),
    ItemStatus.SOLD: T("verkauft"),
    ItemStatus.RECYCLED: T("recycelt"),
    ItemStatus.DISPOSED: T("entsorgt"),
})
LIST_SEPARATOR = T(", ")
# The stored condition stays the German key; screens show it by these names.
CONDITION_LABELS: Labels[str] = Labels({
    Condition.NEW: T("neu"),
    Condition.VERY_GOOD: T("sehr gut"),
    Condition.GOOD: T("gut"),
    Condition.USED: T("gebraucht"),
    Condition.DEFECT: T("defekt"),
})

# --- item input ---------------------------------------------------------------------------
PRICE_INVALID = T("Der Preis „{value}“ ist keine gültige Zahl. Bitte z. B. 12,50 eingeben.")
PRICE_NEGATIVE = T("Der Preis darf nicht negativ sein.")
PRICE_TOO_HIGH = T("Der Preis ist unrealistisch hoch (über {maximum}). Bitte prüfen.")
WEIGHT_INVALID = T("Das Gewicht „{value}“ ist keine gültige Zahl. Bitte in kg eingeben, z. B. 2,5.")
WEIGHT_TOO_HIGH = T("Das Gewicht ist unrealistisch (über {maximum}). Bitte prüfen.")
CATEGORY_MISSING = T("Bitte eine Warengruppe wählen.")
QUANTITY_RANGE = T("Die Stückzahl muss zwischen 1 und {maximum} liegen.")
CONDITION_UNKNOWN = T("Unbekannter Zustand. Erlaubt: {known}.")
DESCRIPTION_TOO_LONG = T("Die Beschreibung ist zu lang (höchstens {maximum} Zeichen).")
DESCRIPTION_LENGTH = T("Die Beschreibung muss 1 bis {maximum} Zeichen lang sein.")
ITEM_UNKNOWN = T("Unbekannter Artikelcode {code}. Bitte den Code prüfen.")
ITEM_FINAL = T("Verkaufte, recycelte oder entsorgte Artikel können nicht mehr geändert werden.")
CODES_USED_UP = (T("Diese Station hat alle Artikelnummern verbraucht. Bitte eine neue "
                 "Stationsnummer vergeben."))

# --- lifecycle and workshop ---------------------------------------------------------------
STATUS_UNKNOWN = T("Unbekannter Status „{status}“.")
SOLD_ONLY_AT_TILL = T("Verkauft wird ein Artikel nur über die Kasse.")
DISPOSAL_NEEDS_DETAILS = (T("Für Recycling oder Entsorgung bitte Gewicht und Stoffstrom "
                          "angeben (Aktion „Recyceln“ bzw. „Entsorgen“)."))
TRANSITION_REFUSED = T(
    "Ein Artikel im Status „{current}“ kann nicht auf „{target}“ gesetzt werden.")
DISPOSAL_REFUSED = T("Ein Artikel im Status „{current}“ kann nicht {target} werden.")
SAFETY_TEST_MISSING = (T("Elektrogeräte brauchen vor dem Verkauf eine bestandene "
                       "Sicherheitsprüfung. Bitte zuerst die Prüfung erfassen."))
SAFETY_TEST_FAILED = (T("Die letzte Sicherheitsprüfung ist nicht bestanden. Bitte "
                      "reparieren und erneut prüfen, oder recyceln."))
ITEM_GONE = T("Dieser Artikel ist nicht mehr im Bestand.")
TESTER_MISSING = T("Bitte angeben, wer geprüft hat.")
TEST_IN_FUTURE = T("Das Prüfdatum liegt in der Zukunft. Bitte prüfen.")
REPAIR_NOTE_MISSING = T("Bitte beschreiben, was repariert wurde.")
DISPOSAL_KIND_UNKNOWN = T("Bitte „recycelt“ oder „entsorgt“ wählen.")

# --- safety test measurements -------------------------------------------------------------
PE_RESISTANCE_NAME = T("Schutzleiterwiderstand")
INSULATION_NAME = T("Isolationswiderstand")
LEAKAGE_NAME = T("Ableitstrom")
MEASUREMENT_INVALID = (T("{what}: „{value}“ ist keine gültige Zahl. Bitte z. B. 0,12 eingeben "
                       "oder leer lassen, wenn nicht gemessen."))
MEASUREMENT_RANGE = T("{what}: der Wert liegt außerhalb des Messbereichs (0 bis {maximum} {unit}).")
PASS_WITH_VISUAL_FAILED = (T("Die Sichtprüfung ist nicht bestanden, dann ist die ganze Prüfung "
                           "nicht bestanden. Bitte „nicht bestanden“ wählen."))
PASS_PE_TOO_HIGH = (T("Schutzleiterwiderstand {value} Ω ist über dem Grenzwert (höchstens 1 Ω). "
                    "Bitte den Wert prüfen oder „nicht bestanden“ wählen."))
PASS_INSULATION_TOO_LOW = (T("Isolationswiderstand {value} MΩ ist unter dem Grenzwert "
                           "(mindestens 0,3 MΩ). Bitte den Wert prüfen oder „nicht bestanden“ "
                           "wählen."))
PASS_LEAKAGE_TOO_HIGH = (T("Ableitstrom {value} mA ist über dem Grenzwert (höchstens 10 mA). "
                         "Bitte den Wert prüfen oder „nicht bestanden“ wählen."))

# --- several items at once ----------------------------------------------------------------
NOTHING_SELECTED = T("Bitte zuerst einen oder mehrere Artikel in der Liste auswählen.")
BULK_REFUSED = (T("Nichts geändert: {count} der {total} Artikel können nicht auf „{target}“ "
                "gesetzt werden. {first}: {reason}"))
