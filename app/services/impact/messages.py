"""German names of the impact categories (the keys are in ``impact.keys``)."""

from __future__ import annotations

IMPACT_LABELS: dict[str, str] = {
    "furniture": "Möbel",
    "bicycle": "Fahrrad",
    "clothing": "Kleidung / Textilien",
    "desktop_computer": "Desktop-Computer",
    "laptop": "Laptop",
    "mobile_phone": "Handy",
    "tablet": "Tablet",
    "printer": "Drucker / Scanner",
    "hifi": "HiFi-Gerät",
    "musical_instrument": "Musikinstrument",
    "lamp": "Lampe",
    "vacuum_cleaner": "Staubsauger",
    "kettle": "Wasserkocher",
    "toaster": "Toaster",
    "small_kitchen": "Küchenkleingerät",
    "coffee_maker": "Kaffeemaschine",
    "power_tool": "Elektrowerkzeug",
    "hand_tool": "Handwerkzeug",
    "toy": "Spielzeug",
    "sewing_machine": "Nähmaschine",
    "watch": "Uhr",
    "jewellery": "Schmuck",
    "books": "Bücher (Schätzwert)",
    "household": "Hausrat (Schätzwert)",
}
NO_IMPACT_LABEL = "kein Klima-Faktor"
UNKNOWN_IMPACT_LABEL = "„{key}“ (unbekannter Faktor)"
