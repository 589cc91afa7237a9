"""German texts of delivery orders, pick-ups, the route planner and the delivery papers
(``str.format`` fields; times are Berlin wall-clock ``HH:MM``, weights kg)."""

from __future__ import annotations

from app.i18n import Labels, T, Texts
from app.sync_schema.enums import DeliveryKind, DeliveryStatus

KIND_LABELS: Labels[str] = Labels({
    DeliveryKind.DELIVERY: T("Lieferung"),
    DeliveryKind.PICKUP: T("Abholung"),
})
STATUS_LABELS: Labels[str] = Labels({
    DeliveryStatus.PLANNED: T("geplant"),
    DeliveryStatus.DELIVERED: T("erledigt"),
    DeliveryStatus.FAILED: T("nicht angetroffen"),
    DeliveryStatus.RESCHEDULED: T("verschoben"),
    DeliveryStatus.CANCELLED: T("storniert"),
})
BIKE_NAME = T("Lastenrad {n}")
TRAILER_NAME = T("Lastenrad mit Anhänger {n}")

NAME_MISSING = T("Bitte den Namen der Kundin oder des Kunden eintragen.")
STREET_MISSING = T("Bitte Straße und Hausnummer eintragen.")
POSTCODE_MISSING = T("Die Adresse hat keine Postleitzahl: bitte die fünfstellige PLZ eintragen.")
POSTCODE_INVALID = T("„{value}“ ist keine deutsche Postleitzahl (fünf Ziffern).")
CITY_MISSING = T("Bitte den Ort eintragen.")
PHONE_INVALID = T("„{value}“ ist keine Telefonnummer (Ziffern, Leerzeichen, + - / ( )).")
TEXT_TOO_LONG = T("{what} ist zu lang (höchstens {maximum} Zeichen).")
NAME_WORD = T("Der Name")
STREET_WORD = T("Die Straße")
CITY_WORD = T("Der Ort")
NOTES_WORD = T("Der Hinweis")
DESCRIPTION_WORD = T("Die Beschreibung")
COORDINATES_MISSING = T(
    "Bitte die Koordinaten der Adresse eintragen (z. B. 51,5711 8,1057): ohne sie kann die "
    "Tour nicht geplant werden.")
COORDINATES_INVALID = T(
    "„{value}“ sind keine Koordinaten: bitte Breite und Länge in Grad, z. B. 51,5711 8,1057.")
COORDINATES_FAR = T(
    "Die Koordinaten liegen {km} km vom Laden entfernt – zu weit für das Lastenrad "
    "(höchstens {maximum} km). Bitte die Koordinaten prüfen.")
WINDOW_INVALID = T("„{value}“ ist keine Uhrzeit: bitte z. B. 14:00 eingeben.")
WINDOW_ORDER = T("Das Zeitfenster muss nach seinem Beginn enden ({start}–{end}).")
WINDOW_IN_PAST = T("Das Zeitfenster {day} {start}–{end} liegt in der Vergangenheit.")
WINDOW_OUTSIDE_DAY = T(
    "Das Zeitfenster {start}–{end} liegt außerhalb der Lieferzeiten ({first}–{last} Uhr).")
NO_LINES = T("Die Bestellung hat keine Waren: bitte mindestens eine Position eintragen.")
TOO_MANY_LINES = T("Zu viele Positionen (höchstens {maximum}).")
QUANTITY_INVALID = T("Die Menge von „{what}“ muss zwischen 1 und {maximum} liegen.")
WEIGHT_INVALID = T("„{value}“ ist kein Gewicht für „{what}“: bitte kg eingeben, z. B. 12,5.")
WEIGHT_UNKNOWN = T("Das Gewicht von „{what}“ ist unbekannt: bitte eintragen.")
VOLUME_INVALID = T("„{value}“ ist kein Volumen für „{what}“: bitte Liter eingeben, z. B. 80.")
LOAD_TOO_BIG = T("Die Ladung ist zu groß für eine Bestellung (höchstens {kg} kg und {l} l).")
PIECE_TOO_BIG = T(
    "„{what}“ ({kg} kg, {l} l je Stück) passt auf kein Fahrzeug (größtes: {max_kg} kg, "
    "{max_l} l). Bitte anders liefern lassen.")
NO_VEHICLES = T("Es ist kein Lastenrad eingerichtet (Einstellungen → Lieferungen).")
SPLIT_WARNING = T(
    "Die Ladung ({kg} kg, {l} l) ist mehr, als ein Fahrzeug trägt (größtes: {max_kg} kg, "
    "{max_l} l): sie wird auf {trips} Fahrten verteilt.")
GEOCODER_NEEDS_ADDRESS = T(
    "Zum Suchen der Koordinaten bitte zuerst Straße und PLZ oder Ort eintragen.")
GEOCODER_FAILED = T(
    "Der Geodienst hat nicht geantwortet ({reason}): bitte die Koordinaten selbst "
    "eintragen.")
GEOCODER_NOT_FOUND = T(
    "Der Geodienst kennt „{address}“ nicht: bitte die Adresse prüfen oder die Koordinaten "
    "selbst eintragen.")
GEOCODER_FOUND = T("Koordinaten vom Geodienst: {place} – bitte prüfen.")
FEE_CATEGORY_MISSING = T(
    "Für die Liefergebühr fehlt die Warengruppe „{name}“: bitte in Einstellungen → "
    "Warengruppen anlegen (MwSt. normal).")
FEE_NONE = T("Der Auftrag {number} hat keine Liefergebühr.")
FEE_IN_CART = T("Lieferung {number} gebucht. Die Liefergebühr {amount} ist im Warenkorb: mit "
                "F12 kassieren.")
FEE_UNKNOWN = T("Die Liefergebühr „{value}“ gibt es nicht (bekannt: {known}).")
SALE_UNKNOWN = T("Der Bon {number} ist nicht bekannt.")
SALE_NOT_A_SALE = T("Nur ein abgeschlossener Verkauf kann geliefert werden.")
SALE_HAS_ORDER = T("Für diesen Bon ist schon die Lieferung {number} gebucht.")
ORDER_UNKNOWN = T("Den Auftrag {number} gibt es nicht.")
STATUS_FINAL = T("Der Auftrag {number} ist schon {status}; das lässt sich nicht mehr ändern.")
STATUS_SAME = T("Der Auftrag {number} ist schon {status}.")
STATUS_NOT_SETTABLE = T("„{value}“ ist kein Status, der gesetzt werden kann.")
RESCHEDULE_NEEDS_WINDOW = T("Zum Verschieben bitte den neuen Tag und das Zeitfenster eintragen.")
KM_INVALID = T("„{value}“ sind keine Kilometer: bitte z. B. 4,2 eingeben.")
ANONYMISED = T("(anonymisiert)")
DAY_INVALID = T("„{value}“ ist kein Datum: bitte TT.MM.JJJJ oder JJJJ-MM-TT eingeben.")
DISPATCH_WRITTEN = T(
    "Tourenliste {day} geschrieben: {path} ({trips} Touren, {stops} Stopps, {unplanned} nicht "
    "eingeplant, etwa {km} km).")
SLIP_WRITTEN = T("{title} {number} geschrieben: {path}")
OUTPUT_INVALID = T("„{name}“: bitte eine Datei mit .pdf oder .csv angeben.")

# === the route planner: why a stop stayed unplanned, bad input ============================

# --- why a stop is not on any trip (Unassigned.reason) -------------------------------------
TOO_HEAVY = T("Die Ladung von {ref} ({kg} kg, {l} l) passt auf kein Fahrzeug "
              "(größtes: {kg_max} kg, {l_max} l).")
UNREACHABLE = T("Das Zeitfenster von {ref} ({start}–{end} Uhr) ist mit dem Lastenrad nicht "
                "erreichbar: {minutes} Min. Fahrt je Richtung ab dem Lager passen in keine "
                "Schicht.")
WINDOW_BEFORE_SHIFTS = T("Das Zeitfenster von {ref} endet um {end} Uhr, bevor die erste Schicht "
                         "um {first} Uhr beginnt.")
WINDOW_AFTER_SHIFTS = T("Das Zeitfenster von {ref} beginnt um {start} Uhr, nachdem die letzte "
                        "Schicht um {last} Uhr endet.")
NO_ROOM = T("Für {ref} hatte keine Tour mehr Platz oder Zeit (höchstens {trips} Fahrten je "
            "Fahrzeug). Bitte auf einen anderen Tag legen.")
NO_VEHICLE = T("Kein Fahrzeug verfügbar.")

# --- input the planner refuses --------------------------------------------------------------
TOO_MANY_STOPS = T("Zu viele Stopps für einen Tag: {count} (höchstens {maximum}). Bitte auf "
                   "mehrere Tage verteilen.")
TOO_MANY_VEHICLES = T("Zu viele Fahrzeuge: {count} (höchstens {maximum}).")
DUPLICATE_STOP = T("Der Stopp {ref} steht doppelt in der Liste.")
DUPLICATE_VEHICLE = T("Das Fahrzeug {ref} steht doppelt in der Liste.")
WINDOW_REVERSED = T("Das Zeitfenster von {ref} endet ({end}) vor seinem Beginn ({start}).")
SHIFT_REVERSED = T("Die Schicht von {name} endet ({end}) vor ihrem Beginn ({start}).")
TIME_WITHOUT_ZONE = T("Die Zeiten von {ref} haben keine Zeitzone; erwartet wird UTC.")
NEGATIVE_AMOUNT = T("Gewicht, Volumen und Dauer von {ref} dürfen nicht negativ sein.")
SPEED_INVALID = T("Die Geschwindigkeit muss mindestens 1 km/h betragen, nicht {value}.")
TRIPS_INVALID = T("Ein Fahrzeug braucht mindestens eine Fahrt am Tag, nicht {value}.")

# === the delivery papers: dispatch list (PDF and CSV) and slip ============================

# "Lieferung"/"Abholung" (the Art column) come from delivery.messages.KIND_LABELS.
AUTHOR = T("Kreislauf-Kasse")
WINDOW = T("{start}–{end}")
LOAD = T("{weight}, {volume} l")
PART = T("Teil {part}/{parts}")

# --- dispatch list (PDF) --------------------------------------------------------------------
LIST_TITLE = T("Tourenliste {day}")
LIST_FOOTER = T("Tourenliste {day} · {store} · Seite {page}")
TRIP_HEADING = T("{vehicle} — Tour {number}")
TRIP_DEPARTURE = T("ab {time}")
TRIP_RETURN = T("zurück {time}")
TRIP_DISTANCE = T("{km} km")
TRIP_EMPTY = T("Keine Stopps auf dieser Tour.")
NO_TRIPS = T("Für diesen Tag ist keine Tour geplant.")
LIST_COLUMNS = Texts((
    T("Zeitfenster"), T("geplant"), T("Art"), T("Auftrag"), T("Name"), T("Adresse"),
    T("Telefon"), T("Ladung"), T("Hinweise"),
))
UNASSIGNED_HEADING = T("Nicht eingeplant")
UNASSIGNED_NONE = T("Alle Aufträge sind eingeplant.")
UNASSIGNED_COLUMNS = Texts((
    T("Zeitfenster"), T("Art"), T("Auftrag"), T("Name"), T("Adresse"), T("Telefon"),
    T("Ladung"), T("Grund"),
))

# --- dispatch list (CSV) --------------------------------------------------------------------
CSV_COLUMNS = Texts((
    T("Tag"), T("Fahrzeug"), T("Tour"), T("Zeitfenster von"), T("bis"), T("geplant"), T("Art"),
    T("Auftrag"), T("Teil"), T("Name"), T("Straße"), T("PLZ"), T("Ort"), T("Telefon"), T("kg"),
    T("Liter"), T("Hinweise"), T("nicht eingeplant"),
))
# "1/2" would turn into a date (1 February) when a spreadsheet opens the file.
CSV_PART = T("{part} von {parts}")

# --- slip -----------------------------------------------------------------------------------
SLIP_TITLE: Labels[str] = Labels({
    DeliveryKind.DELIVERY: T("Lieferschein"),
    DeliveryKind.PICKUP: T("Abholschein"),
})
SLIP_ORDER = T("Auftrag")
SLIP_DATE = T("Termin")
SLIP_DATE_VALUE = T("{day}, {start}–{end} Uhr")
SLIP_ADDRESS: Labels[str] = Labels({
    DeliveryKind.DELIVERY: T("Lieferadresse"),
    DeliveryKind.PICKUP: T("Abholadresse"),
})
SLIP_PHONE = T("Telefon")
SLIP_RECEIPT = T("Bon-Nr.")
SLIP_FEE = T("Gebühr")
SLIP_NOTES = T("Hinweise")
SLIP_COLUMNS = Texts((
    T("Menge"), T("Beschreibung"), T("Artikel-Nr."), T("kg"), T("l"),
))
SLIP_TOTAL = T("Summe")
SLIP_SIGNATURE: Labels[str] = Labels({
    DeliveryKind.DELIVERY: T("Erhalten am ______________ Unterschrift ______________________"),
    DeliveryKind.PICKUP: T("Übergeben am ______________ Unterschrift ______________________"),
})
