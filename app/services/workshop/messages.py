"""German texts of the workshop's repair records, volunteer hours and the ORDS export.

The templates use ``str.format`` fields.
"""

from __future__ import annotations

from app.i18n import Labels, T, Texts
from app.sync_schema.enums import RepairBarrier, RepairStatus

# The stored values are the ORDS codelist texts; screens show these names.
STATUS_LABELS: Labels[str] = Labels({
    RepairStatus.FIXED: T("repariert"),
    RepairStatus.REPAIRABLE: T("reparierbar (noch offen)"),
    RepairStatus.END_OF_LIFE: T("nicht reparierbar"),
})
BARRIER_LABELS: Labels[str] = Labels({
    RepairBarrier.PARTS_NOT_AVAILABLE: T("Ersatzteile nicht erhältlich"),
    RepairBarrier.PARTS_TOO_EXPENSIVE: T("Ersatzteile zu teuer"),
    RepairBarrier.NO_WAY_TO_OPEN: T("Gerät lässt sich nicht öffnen"),
    RepairBarrier.NO_REPAIR_INFORMATION: T("Reparaturinformationen fehlen"),
    RepairBarrier.LACK_OF_EQUIPMENT: T("Werkzeug oder Ausstattung fehlt"),
    RepairBarrier.TOO_WORN_OUT: T("Gerät zu abgenutzt"),
})
LIST_SEPARATOR = T(", ")

# --- recording a repair -------------------------------------------------------------------
STATUS_UNKNOWN = T("Unbekanntes Reparaturergebnis „{value}“. Erlaubt: {known}.")
BARRIER_UNKNOWN = T("Unbekanntes Reparaturhindernis „{value}“. Erlaubt: {known}.")
BARRIER_MISSING = (T("Bei „nicht reparierbar“ bitte angeben, woran die Reparatur "
                   "gescheitert ist."))
BARRIER_NOT_END_OF_LIFE = (T("Ein Reparaturhindernis gibt es nur bei „nicht reparierbar“. "
                           "Bitte das Hindernis leeren oder das Ergebnis ändern."))
PROBLEM_MISSING = T("Bitte beschreiben, was an dem Gerät defekt war.")
TEXT_TOO_LONG = T("{what} ist zu lang (höchstens {maximum} Zeichen).")
BRAND_NAME = T("Die Marke")
MODEL_NAME = T("Das Modell")
PROBLEM_NAME = T("Die Fehlerbeschreibung")
PARTS_NAME = T("Die Teileliste")
ACTIVITY_NAME = T("Die Tätigkeit")
YEAR_INVALID = T("Das Baujahr „{value}“ ist keine Jahreszahl. Bitte z. B. 2015 eingeben oder "
                 "leer lassen.")
YEAR_IN_FUTURE = T("Das Baujahr {year} liegt in der Zukunft. Bitte prüfen.")
YEAR_TOO_OLD = T("Das Baujahr {year} ist unrealistisch (vor {first}). Bitte prüfen.")
MINUTES_INVALID = T("Die Zeit „{value}“ ist keine ganze Zahl von Minuten. Bitte z. B. 45 "
                    "eingeben.")
MINUTES_NEGATIVE = T("Die Zeit darf nicht negativ sein.")
MINUTES_TOO_MANY = T("Mehr als {maximum} Minuten an einem Tag sind unrealistisch. Bitte prüfen.")
MINUTES_ZERO = T("Bitte die Zeit in Minuten angeben (mindestens 1).")
DATE_IN_FUTURE = T("Das Datum {day} liegt in der Zukunft. Bitte prüfen.")
ACTIVITY_MISSING = T("Bitte angeben, was gemacht wurde (z. B. Sortieren, Annahme).")
VOLUNTEER_UNKNOWN = T("Unbekannte Person „{name}“. Bitte einen aktiven Benutzer wählen.")

# --- ORDS export --------------------------------------------------------------------------
ORDS_OUTPUT = T("Die ORDS-Datei muss auf .csv enden, nicht „{name}“.")
RANGE_REVERSED = T("Der Zeitraum endet ({end}) vor seinem Beginn ({start}).")
ORDS_EMPTY = T("Vom {start} bis {end} wurde keine Reparatur erfasst; es gibt nichts zu "
               "exportieren.")
ORDS_WRITTEN = T("ORDS-Export geschrieben: {path} ({count} Reparaturen)")

# --- the repair summary of the month report -----------------------------------------------
SUMMARY_HEADING = T("Werkstatt: Reparaturen und ehrenamtliche Stunden")
SUMMARY_OUTCOME_COLUMNS = Texts((T("Ergebnis"), T("Anzahl")))
SUMMARY_BARRIER_COLUMNS = Texts((T("Häufigste Reparaturhindernisse"), T("Anzahl")))
SUMMARY_HOURS_COLUMNS = Texts((T("Ehrenamtliche"), T("Reparaturen"), T("Sonstiges"),
                               T("Stunden")))
SUMMARY_NO_BARRIERS = T("Kein Reparaturhindernis erfasst.")
SUMMARY_TOTAL = T("Summe")
