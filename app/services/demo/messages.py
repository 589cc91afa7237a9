"""German texts of the demo data that are not in the demo catalogue."""

from __future__ import annotations

DEPOSIT_REASON = "Wechselgeld aus dem Tresor nachgelegt"
TSE_OUTAGE_REASON = "Demo: TSE nicht erreichbar (USB-Verbindung getrennt)."
