"""German texts of the catalogue: categories, VAT treatments, material streams, markdowns.

The templates use ``str.format`` fields.
"""

from __future__ import annotations

from app.sync_schema.enums import MaterialStream, VatKind

# --- names shown on screens, receipts and reports -----------------------------------------
VAT_LABELS: dict[str, str] = {
    VatKind.NORMAL: "19 % USt.",
    VatKind.REDUCED: "7 % USt.",
    VatKind.EXEMPT: "steuerfrei",
    VatKind.MARGIN: "Differenzbesteuerung § 25a UStG",
}
MATERIAL_LABELS: dict[str, str] = {
    MaterialStream.WEEE: "Elektroschrott (WEEE)",
    MaterialStream.METAL: "Metall",
    MaterialStream.WOOD: "Holz",
    MaterialStream.TEXTILE: "Textil",
    MaterialStream.PAPER: "Papier",
    MaterialStream.RESIDUAL: "Restmüll",
    MaterialStream.MIXED: "gemischt",
}
LIST_SEPARATOR = ", "

# --- categories ---------------------------------------------------------------------------
CATEGORY_NAME_MISSING = "Bitte einen Namen für die Warengruppe angeben."
CATEGORY_NAME_TOO_LONG = "Der Name der Warengruppe ist zu lang (höchstens {maximum} Zeichen)."
VAT_KIND_UNKNOWN = "Unbekannte Steuerart. Erlaubt: {known}."
DEFAULT_PRICE_RANGE = "Der Standardpreis muss zwischen 0 und {maximum} liegen."
AVG_WEIGHT_RANGE = "Das Durchschnittsgewicht muss zwischen 0 und {maximum} liegen."
MATERIAL_UNKNOWN = "Unbekannter Stoffstrom. Erlaubt: {known}."
HOTKEY_RANGE = "Die Funktionstaste muss F1 bis F{maximum} sein."
CATEGORY_EXISTS = "Es gibt bereits eine Warengruppe „{name}“."
HOTKEY_TAKEN = "F{hotkey} ist schon mit „{name}“ belegt."
CATEGORY_GONE = "Diese Warengruppe gibt es nicht mehr."
CATEGORY_UNKNOWN = "Unbekannte Warengruppe „{name}“. Vorhanden: {known}."
CATEGORY_CHOOSE = "Bitte eine vorhandene Warengruppe wählen."

# --- markdowns ----------------------------------------------------------------------------
MARKDOWN_DAYS_RANGE = "Die Tage bis zur Preissenkung müssen zwischen 1 und {maximum} liegen."
MARKDOWN_PERCENT_RANGE = "Die Preissenkung muss zwischen 1 und {maximum} % liegen."
MARKDOWN_UNKNOWN = "Diese Preisregel gibt es nicht."
