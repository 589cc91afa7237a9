"""German names of the impact categories (the keys are in ``impact.keys``)."""

from __future__ import annotations

from app.i18n import Labels, T

IMPACT_LABELS: dict[str, str] = Labels({
    "furniture": T("Möbel"),
    "bicycle": T("Fahrrad"),
    "clothing": T("Kleidung / Textilien"),
    "desktop_computer": T("Desktop-Computer"),
    "laptop": T("Laptop"),
    "mobile_phone": T("Handy"),
    "tablet": T("Tablet"),
    "printer": T("Drucker / Scanner"),
    "hifi": T("HiFi-Gerät"),
    "musical_instrument": T("Musikinstrument"),
    "lamp": T("Lampe"),
    "vacuum_cleaner": T("Staubsauger"),
    "kettle": T("Wasserkocher"),
    "toaster": T("Toaster"),
    "small_kitchen": T("Küchenkleingerät"),
    "coffee_maker": T("Kaffeemaschine"),
    "power_tool": T("Elektrowerkzeug"),
    "hand_tool": T("Handwerkzeug"),
    "toy": T("Spielzeug"),
    "sewing_machine": T("Nähmaschine"),
    "watch": T("Uhr"),
    "jewellery": T("Schmuck"),
    "books": T("Bücher (Schätzwert)"),
    "household": T("Hausrat (Schätzwert)"),
    # The Fixometer's averages per kg for goods that fit no category above.
    "unknown_powered": T("Elektrogerät, sonstiges (Durchschnitt je kg)"),
    "unknown_unpowered": T("Sonstige Ware (Durchschnitt je kg)"),
})
NO_IMPACT_LABEL = T("kein Klima-Faktor")
SERVICE_LABEL = T("keine Ware (Dienstleistung, z. B. Liefergebühr)")
UNKNOWN_IMPACT_LABEL = T("„{key}“ (unbekannter Faktor)")

# --- the factor file and factor changes ----------------------------------------------------
FACTORS_FILE_MISSING = T("Die Klima-Faktoren fehlen ({path}). Bitte die Installation prüfen.")
FACTORS_FILE_BROKEN = T("Die Klima-Faktoren in {path} sind fehlerhaft: {reason}")
FACTOR_INVALID = T("Klima-Faktor „{key}“: {reason}")
FACTOR_NEEDS_ONE_FIGURE = T(
    "genau eine Angabe nötig: footprint_kg (je Stück) oder footprint_kg_per_kg (je kg)")
FACTOR_NEEDS_SOURCE = T("jede Zahl braucht eine Quelle und ein Jahr")
FACTOR_UNKNOWN_KEY = T(
    "„{key}“ ist kein Klima-Faktor dieser Kasse. Bitte einen aus der Liste wählen.")
FACTOR_NEGATIVE = T("„{key}“: Gewicht und CO2e dürfen nicht negativ sein.")
FACTOR_NO_CHANGE = T("Es wurde kein Klima-Faktor geändert.")
FACTOR_TYPED_INVALID = T("„{key}“: „{value}“ ist keine Zahl in kg (z. B. 67,13).")
FACTOR_SAVED = T("Neue Faktor-Version {version} gespeichert; frühere Verkäufe behalten ihre.")
FACTOR_SOURCE_MISSING = T("„{key}“: bitte die Quelle der neuen Zahl angeben.")
FACTOR_SET_MISSING = T(
    "Es sind keine Klima-Faktoren gespeichert. Bitte die Kasse neu starten (Migration).")
# --- figures, receipt, export ------------------------------------------------------------
RECEIPT_NOTE = T("Mit diesem Kauf ca. {kg} kg CO2e vermieden.")
UNKNOWN = T("unbekannt")
NO_CATEGORY = T("ohne Warengruppe")
STREAM_LABELS: dict[str, str] = Labels({
    "weee": T("Elektroschrott"),
    "metal": T("Metall"),
    "wood": T("Holz"),
    "textile": T("Textilien"),
    "paper": T("Papier"),
    "residual": T("Restmüll"),
    "mixed": T("gemischt"),
})
EXPORT_OUTPUT = T("„{name}“: bitte eine Datei mit der Endung .csv oder .pdf angeben.")
EXPORT_PERIOD = T("Der Zeitraum endet vor seinem Beginn ({start} bis {end}).")
EXPORT_WRITTEN = T("Klima-Bilanz geschrieben: {path} ({days} Tage, {sales} Verkäufe)")
PDF_TITLE = T("Klima-Bilanz {store}")
PDF_PERIOD = T("Zeitraum: {start} bis {end}")
PDF_ITEMS = T("Artikel wiederverwendet")
PDF_KG_REUSED = T("kg wiederverwendet")
PDF_KG_RECYCLED = T("kg recycelt")
PDF_CO2E = T("kg CO2e vermieden (Schätzwert)")
PDF_UNKNOWN_LINES = T("{count} Positionen ohne Klima-Faktor sind in der CO2e-Summe nicht "
                      "enthalten (unbekannt, nicht 0).")
PDF_PER_MONTH = T("kg CO2e vermieden je Monat")
PDF_PER_CATEGORY = T("kg CO2e vermieden je Warengruppe")
PDF_METHOD = T("Methode und Quellen")
PDF_FACTOR_VERSION = T("Faktor-Version {version} ({year})")
PDF_DISPLACEMENT = T("Verdrängungsfaktor {value}: {source} ({year})")
PDF_SOURCE_LINE = T("{name}: {figure} – {source} ({year})")
PDF_ESTIMATE = T(" (Schätzwert)")
PDF_PER_ITEM = T("{kg} kg CO2e je neuem Stück, {weight} kg je Stück")
PDF_PER_KG = T("{kg} kg CO2e je kg")
PDF_STREAMS = T("Recycling nach Stoffstrom")
PDF_DELIVERY = T(
    "Mit dem Lastenrad: {orders} Aufträge ({deliveries} Lieferungen, {pickups} Abholungen), "
    "{trips} Fahrten, {km} km (davon {estimated} km geschätzt) – {co2e} kg CO2e weniger als "
    "mit einem Lieferwagen.")
PDF_DELIVERY_NONE = T("Im Zeitraum wurde nichts mit dem Lastenrad geliefert oder abgeholt.")
PDF_DELIVERY_METHOD = T(
    "Lastenrad statt Lieferwagen: {factor} kg CO2e je km ({source}, {year}). Kilometer wie "
    "von den Fahrerinnen und Fahrern eingetragen, sonst je Fahrt der einfache Weg ab dem "
    "Laden (Luftlinie × 1,3) – eher zu wenig als zu viel.")
PDF_DISCLAIMER = T("Alle Zahlen sind Schätzungen nach veröffentlichten Durchschnittswerten; "
                   "recyceltes Material ist als Gewicht getrennt ausgewiesen.")
PDF_NO_SALES = T("Keine Verkäufe im Zeitraum")
PDF_WEIGHT_SOURCE = T("Gewicht: {source} ({year})")
PDF_COL_CATEGORY = T("Warengruppe")
PDF_COL_ITEMS = T("Artikel")
PDF_COL_KG = T("kg wiederverw.")
PDF_COL_CO2E = T("kg CO2e vermieden")
PDF_COL_UNKNOWN = T("ohne Faktor")
PDF_COL_STREAM = T("Stoffstrom")
PDF_COL_BENEFIT = T("kg CO2e Recycling-Nutzen")
