"""One widget per area of the main window: Annahme, Kasse, Abschluss, Einstellungen."""
