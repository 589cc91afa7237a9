"""German texts of labels: codes, layouts, marks on the label, label files.

The templates use ``str.format`` fields.
"""

from __future__ import annotations

from app.i18n import T

# --- marks printed on a label -------------------------------------------------------------
MARK_SAFETY_TESTED = "elektrisch geprüft {month}"
MARK_DEFECT = "defekt – für Bastler"

# --- codes and items ----------------------------------------------------------------------
LAYOUT_UNKNOWN = T("Unbekanntes Etikettenformat „{name}“. Vorhanden: {known}.")
LAYOUT_BROKEN = (
    T("Die Etikettenvorlage {file} ist fehlerhaft: {reason}. Bitte die Datei korrigieren.")
)
LABEL_TOO_NARROW = (
    T("Das Etikett ist zu schmal für einen lesbaren Strichcode ({width} mm nutzbar, "
    "{needed} mm nötig). Bitte ein breiteres Etikettenformat wählen.")
)
LABEL_CODE_INVALID = (
    T("„{code}“ ist kein gültiger EAN-13-Code (13 Ziffern mit passender Prüfziffer). "
    "Bitte den Code prüfen.")
)
LABEL_CODE_UNKNOWN = T("Unbekannte(r) Artikelcode(s): {codes}. Bitte die Codes prüfen.")
LABEL_NOT_IN_STOCK = (
    T("Artikel {code} ist {status} und bekommt kein Etikett mehr. Bitte den Code weglassen.")
)
LABEL_START_RANGE = (
    T("Die Startposition muss zwischen 1 und {count} liegen "
    "(„{layout}“ hat {count} Etikett(en) pro Blatt).")
)
LABEL_START_ROLL = (
    T("„{layout}“ ist eine Etikettenrolle mit einem Etikett pro Seite; die Startposition ist "
    "dort immer 1.")
)
LABELS_NONE_CHOSEN = (
    T("Bitte Artikelcodes angeben oder --unprinted für alle noch nicht gedruckten Etiketten.")
)
LABELS_NOTHING_TO_PRINT = (
    T("Keine Etiketten zu drucken: alle Artikel im Bestand haben schon ein aktuelles Etikett.")
)
LABEL_OUTPUT_NOT_PDF = T("Bitte eine PDF-Datei als Ziel angeben, z. B. -o etiketten.pdf.")
LABEL_OUTPUT_FAILED = (
    T("Die Datei {path} kann nicht geschrieben werden ({reason}). "
    "Bitte ein vorhandenes, beschreibbares Verzeichnis wählen.")
)

# --- what is wrong with a layout file (the {reason} of LAYOUT_BROKEN) ---------------------
LAYOUT_NOT_A_NUMBER = T("„{where}.{key}“ fehlt oder ist keine Zahl")
LAYOUT_NOT_POSITIVE = T("„{where}.{key}“ muss größer als 0 sein")
LAYOUT_NOT_COUNT = T("„{where}.{key}“ muss eine ganze Zahl ab 1 sein")
LAYOUT_KIND = T("„kind“ muss „sheet“ oder „roll“ sein")
LAYOUT_DPI = T("„dpi“ muss zwischen 100 und 1200 liegen")
LAYOUT_COLUMN_PITCH = T("„grid.column_pitch_mm“ ist kleiner als die Etikettenbreite")
LAYOUT_ROW_PITCH = T("„grid.row_pitch_mm“ ist kleiner als die Etikettenhöhe")
LAYOUT_OFF_PAGE = T("die Etiketten passen nicht auf die Seite")
LAYOUT_PADDING = T("„label.padding_mm“ ist zu groß für das Etikett")
LAYOUT_ROLL_ONE = T("eine Rolle hat genau ein Etikett pro Seite")
LAYOUT_TOO_LOW = T("das Etikett ist zu niedrig für Text und Strichcode")
