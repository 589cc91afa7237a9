"""German texts of intake and the workshop: item input, codes, the lifecycle, safety tests.

The templates use ``str.format`` fields.
"""

from __future__ import annotations

from app.sync_schema.enums import ItemStatus

STATUS_LABELS: dict[str, str] = {
    ItemStatus.RECEIVED: "angenommen",
    ItemStatus.IN_REPAIR: "in Reparatur",
    ItemStatus.READY: "verkaufsbereit",
    ItemStatus.RESERVED: "reserviert",
    ItemStatus.SOLD: "verkauft",
    ItemStatus.RECYCLED: "recycelt",
    ItemStatus.DISPOSED: "entsorgt",
}
LIST_SEPARATOR = ", "

# --- item input ---------------------------------------------------------------------------
PRICE_INVALID = "Der Preis „{value}“ ist keine gültige Zahl. Bitte z. B. 12,50 eingeben."
PRICE_NEGATIVE = "Der Preis darf nicht negativ sein."
PRICE_TOO_HIGH = "Der Preis ist unrealistisch hoch (über {maximum}). Bitte prüfen."
WEIGHT_INVALID = "Das Gewicht „{value}“ ist keine gültige Zahl. Bitte in kg eingeben, z. B. 2,5."
WEIGHT_TOO_HIGH = "Das Gewicht ist unrealistisch (über {maximum}). Bitte prüfen."
CATEGORY_MISSING = "Bitte eine Warengruppe wählen."
QUANTITY_RANGE = "Die Stückzahl muss zwischen 1 und {maximum} liegen."
CONDITION_UNKNOWN = "Unbekannter Zustand. Erlaubt: {known}."
DESCRIPTION_TOO_LONG = "Die Beschreibung ist zu lang (höchstens {maximum} Zeichen)."
DESCRIPTION_LENGTH = "Die Beschreibung muss 1 bis {maximum} Zeichen lang sein."
ITEM_UNKNOWN = "Unbekannter Artikelcode {code}. Bitte den Code prüfen."
ITEM_FINAL = "Verkaufte, recycelte oder entsorgte Artikel können nicht mehr geändert werden."
CODES_USED_UP = ("Diese Station hat alle Artikelnummern verbraucht. Bitte eine neue "
                 "Stationsnummer vergeben.")

# --- lifecycle and workshop ---------------------------------------------------------------
STATUS_UNKNOWN = "Unbekannter Status „{status}“."
SOLD_ONLY_AT_TILL = "Verkauft wird ein Artikel nur über die Kasse."
DISPOSAL_NEEDS_DETAILS = ("Für Recycling oder Entsorgung bitte Gewicht und Stoffstrom "
                          "angeben (Aktion „Recyceln“ bzw. „Entsorgen“).")
TRANSITION_REFUSED = "Ein Artikel im Status „{current}“ kann nicht auf „{target}“ gesetzt werden."
DISPOSAL_REFUSED = "Ein Artikel im Status „{current}“ kann nicht {target} werden."
SAFETY_TEST_MISSING = ("Elektrogeräte brauchen vor dem Verkauf eine bestandene "
                       "Sicherheitsprüfung. Bitte zuerst die Prüfung erfassen.")
SAFETY_TEST_FAILED = ("Die letzte Sicherheitsprüfung ist nicht bestanden. Bitte "
                      "reparieren und erneut prüfen, oder recyceln.")
ITEM_GONE = "Dieser Artikel ist nicht mehr im Bestand."
TESTER_MISSING = "Bitte angeben, wer geprüft hat."
TEST_IN_FUTURE = "Das Prüfdatum liegt in der Zukunft. Bitte prüfen."
REPAIR_NOTE_MISSING = "Bitte beschreiben, was repariert wurde."
DISPOSAL_KIND_UNKNOWN = "Bitte „recycelt“ oder „entsorgt“ wählen."

# --- safety test measurements -------------------------------------------------------------
PE_RESISTANCE_NAME = "Schutzleiterwiderstand"
INSULATION_NAME = "Isolationswiderstand"
LEAKAGE_NAME = "Ableitstrom"
MEASUREMENT_INVALID = ("{what}: „{value}“ ist keine gültige Zahl. Bitte z. B. 0,12 eingeben "
                       "oder leer lassen, wenn nicht gemessen.")
MEASUREMENT_RANGE = "{what}: der Wert liegt außerhalb des Messbereichs (0 bis {maximum} {unit})."
PASS_WITH_VISUAL_FAILED = ("Die Sichtprüfung ist nicht bestanden, dann ist die ganze Prüfung "
                           "nicht bestanden. Bitte „nicht bestanden“ wählen.")
PASS_PE_TOO_HIGH = ("Schutzleiterwiderstand {value} Ω ist über dem Grenzwert (höchstens 1 Ω). "
                    "Bitte den Wert prüfen oder „nicht bestanden“ wählen.")
PASS_INSULATION_TOO_LOW = ("Isolationswiderstand {value} MΩ ist unter dem Grenzwert "
                           "(mindestens 0,3 MΩ). Bitte den Wert prüfen oder „nicht bestanden“ "
                           "wählen.")
PASS_LEAKAGE_TOO_HIGH = ("Ableitstrom {value} mA ist über dem Grenzwert (höchstens 10 mA). "
                         "Bitte den Wert prüfen oder „nicht bestanden“ wählen.")

# --- several items at once ----------------------------------------------------------------
NOTHING_SELECTED = "Bitte zuerst einen oder mehrere Artikel in der Liste auswählen."
BULK_REFUSED = ("Nichts geändert: {count} der {total} Artikel können nicht auf „{target}“ "
                "gesetzt werden. {first}: {reason}")
