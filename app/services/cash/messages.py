"""German messages of cash sessions and closings (what happened, what to do next).

Kept apart from ``app.messages`` so the Abschluss texts live in one place without every
engineer editing the same module; the templates use ``str.format`` fields.
"""

from __future__ import annotations

from app.i18n import Labels, T
from app.sync_schema.enums import MovementKind

MOVEMENT_LABELS: Labels[str] = Labels({
    MovementKind.DEPOSIT: T("Einlage"),
    MovementKind.WITHDRAWAL: T("Entnahme"),
    MovementKind.EXPENSE: T("Ausgabe"),
})

# --- opening and the current session ------------------------------------------------------
SESSION_ALREADY_OPEN = (
    T("Die Kasse ist bereits geöffnet (Sitzung {number} seit {since} Uhr). "
    "Bitte zuerst den Tagesabschluss machen.")
)
SESSION_NOT_OPEN = T("Die Kasse ist nicht geöffnet. Bitte zuerst die Kasse mit Wechselgeld öffnen.")
SESSION_UNKNOWN = T("Diese Kassensitzung gibt es nicht. Bitte die Liste neu laden.")
FLOAT_NEGATIVE = T("Das Wechselgeld kann nicht negativ sein. Bitte den Betrag prüfen.")
FLOAT_TOO_HIGH = T("Das Wechselgeld {amount} ist unrealistisch hoch (über {limit}). Bitte prüfen.")
FLOAT_BOTH = T(
    "Bitte das Wechselgeld entweder als Summe oder nach Stückelung angeben, nicht beides.")

# --- counting by denomination -------------------------------------------------------------
DENOMINATION_UNKNOWN = (
    T("{value} ist keine Euro-Stückelung. Erlaubt sind Scheine von 500 € bis 5 € "
    "und Münzen von 2 € bis 1 Cent.")
)
DENOMINATION_COUNT = (
    T("Die Anzahl für {denomination} muss eine ganze Zahl von 0 bis {maximum} sein "
    "(erhalten: {value}).")
)
COUNT_TOO_HIGH = T(
    "Der gezählte Betrag {amount} ist unrealistisch hoch (über {limit}). Bitte prüfen.")

# --- cash movements -----------------------------------------------------------------------
MOVEMENT_KIND_UNKNOWN = T(
    "Unbekannte Bargeldbewegung „{kind}“. Erlaubt: Einlage, Entnahme, Ausgabe.")
MOVEMENT_AMOUNT_POSITIVE = T("Bitte einen Betrag über 0 € eingeben.")
MOVEMENT_TOO_HIGH = T("Der Betrag {amount} ist unrealistisch hoch (über {limit}). Bitte prüfen.")
MOVEMENT_REASON_MISSING = T("Bitte einen Grund angeben (z. B. „Bank“, „Tresor“, „Wechselgeld“).")
EXPENSE_NOTE_MISSING = T("Bitte für die Ausgabe eine Belegnotiz angeben (was wurde wo gekauft?).")
MOVEMENT_MORE_THAN_DRAWER = (
    T("In der Kasse sollten nur {expected} liegen; {amount} können nicht entnommen werden. "
    "Bitte den Betrag prüfen.")
)

# --- closing (Z) --------------------------------------------------------------------------
DIFFERENCE_NEEDS_COMMENT = (
    T("Gezählt {counted}, erwartet {expected}: Differenz {difference}. "
    "Bitte einen Kommentar zur Differenz eingeben.")
)
BANKED_RANGE = (
    T("Zur Bank/zum Tresor können zwischen 0 € und dem gezählten Betrag {counted} "
    "abgeschöpft werden (erhalten: {amount}).")
)

# --- demo data ----------------------------------------------------------------------------
DEMO_DAYS_RANGE = T("Die Anzahl der Demo-Verkaufstage muss zwischen 0 und {maximum} liegen.")
