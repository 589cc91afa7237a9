"""What the server says about deliveries: why a station's delivery event is quarantined,
and what the office page tells its user. German, like every server text."""

from __future__ import annotations

from app.sync_schema.enums import DeliveryKind, DeliveryStatus

# --- quarantine reasons of delivery events ------------------------------------------------
OTHER_STATION = ("Keine Berechtigung: Lieferung {number} ({uuid}) gehört Station {owner}; "
                 "Station {sender} darf sie nicht ändern")
NUMBER_TAKEN = ("Auftragsnummer {number} der Station {station} ist schon an eine andere "
                "Lieferung vergeben ({uuid})")
ORDER_UNKNOWN_EVENT = ("Unbekannter Bezug: Lieferung {uuid} fehlt in der Zentrale "
                       "(Buchung noch nicht angekommen)")

# --- the office page ----------------------------------------------------------------------
ORDER_UNKNOWN = ("Diese Lieferung gibt es in der Zentrale nicht (mehr). Bitte die Seite "
                 "„Lieferungen“ neu laden.")
STATUS_FINAL = ("Lieferung {number} ist schon „{status}“ und bleibt so. Bitte die Seite "
                "„Lieferungen“ neu laden.")
STATUS_SAME = "Lieferung {number} ist schon „{status}“."
STATUS_NOT_OFFICE = ("„{value}“ kann hier nicht gesetzt werden: nur „erledigt“, „nicht "
                     "angetroffen“, „storniert“ oder „verschoben“ (mit neuem Zeitfenster).")
MOVE_DAY_MISSING = "Zum Verschieben bitte den neuen Tag angeben."
MOVE_TIME_MISSING = "Zum Verschieben bitte die Uhrzeiten „von“ und „bis“ angeben."
MOVE_TIME_INVALID = "„{value}“ ist keine Uhrzeit. Bitte im Format hh:mm angeben, z. B. 10:00."
MOVE_WINDOW_ORDER = "Das neue Zeitfenster {start}–{end} Uhr endet nicht nach seinem Beginn."
MOVE_WINDOW_PAST = ("Das neue Zeitfenster am {day}, {start}–{end} Uhr, ist schon vorbei. "
                    "Bitte einen späteren Tag oder eine spätere Uhrzeit wählen.")
DAY_INVALID = "„{value}“ ist kein Tag. Bitte im Format JJJJ-MM-TT angeben, z. B. 2026-11-26."

STATUS_LABELS: dict[str, str] = {
    DeliveryStatus.PLANNED: "geplant",
    DeliveryStatus.DELIVERED: "erledigt",
    DeliveryStatus.FAILED: "nicht angetroffen",
    DeliveryStatus.RESCHEDULED: "verschoben",
    DeliveryStatus.CANCELLED: "storniert",
}
KIND_LABELS: dict[str, str] = {
    DeliveryKind.DELIVERY: "Lieferung",
    DeliveryKind.PICKUP: "Abholung",
}
