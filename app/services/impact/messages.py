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
})
NO_IMPACT_LABEL = T("kein Klima-Faktor")
UNKNOWN_IMPACT_LABEL = T("„{key}“ (unbekannter Faktor)")
