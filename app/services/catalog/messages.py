"""German texts of the catalogue: categories, VAT treatments, material streams, markdowns.

The templates use ``str.format`` fields.
"""

from __future__ import annotations

from app.i18n import Labels, T
from app.sync_schema.enums import MaterialStream, VatKind

# --- names shown on screens, receipts and reports -----------------------------------------
VAT_LABELS: Labels[str] = Labels({
    VatKind.NORMAL: T("19 % USt."),
    VatKind.REDUCED: T("7 % USt."),
    VatKind.EXEMPT: T("steuerfrei"),
    VatKind.MARGIN: T("Differenzbesteuerung § 25a UStG"),
})
MATERIAL_LABELS: dict[str, str] = Labels({
    MaterialStream.WEEE: T("Elektroschrott (WEEE)"),
    MaterialStream.METAL: T("Metall"),
    MaterialStream.WOOD: T("Holz"),
    MaterialStream.TEXTILE: T("Textil"),
    MaterialStream.PAPER: T("Papier"),
    MaterialStream.RESIDUAL: T("Restmüll"),
    MaterialStream.MIXED: T("gemischt"),
})
LIST_SEPARATOR = T(", ")

# --- categories ---------------------------------------------------------------------------
CATEGORY_NAME_MISSING = T("Bitte einen Namen für die Warengruppe angeben.")
CATEGORY_NAME_TOO_LONG = T("Der Name der Warengruppe ist zu lang (höchstens {maximum} Zeichen).")
VAT_KIND_UNKNOWN = T("Unbekannte Steuerart. Erlaubt: {known}.")
DEFAULT_PRICE_RANGE = T("Der Standardpreis muss zwischen 0 und {maximum} liegen.")
AVG_WEIGHT_RANGE = T("Das Durchschnittsgewicht muss zwischen 0 und {maximum} liegen.")
MATERIAL_UNKNOWN = T("Unbekannter Stoffstrom. Erlaubt: {known}.")
HOTKEY_RANGE = T("Die Funktionstaste muss F1 bis F{maximum} sein.")
CATEGORY_EXISTS = T("Es gibt bereits eine Warengruppe „{name}“.")
HOTKEY_TAKEN = T("F{hotkey} ist schon mit „{name}“ belegt.")
CATEGORY_GONE = T("Diese Warengruppe gibt es nicht mehr.")
CATEGORY_UNKNOWN = T("Unbekannte Warengruppe „{name}“. Vorhanden: {known}.")
CATEGORY_CHOOSE = T("Bitte eine vorhandene Warengruppe wählen.")

# --- markdowns ----------------------------------------------------------------------------
MARKDOWN_DAYS_RANGE = T("Die Tage bis zur Preissenkung müssen zwischen 1 und {maximum} liegen.")
MARKDOWN_PERCENT_RANGE = T("Die Preissenkung muss zwischen 1 und {maximum} % liegen.")
MARKDOWN_UNKNOWN = T("Diese Preisregel gibt es nicht.")
