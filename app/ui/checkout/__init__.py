"""The Kasse area: scanning, cart, category keys, payment, returns, journal."""
