"""German texts of the demo data that are not in the demo catalogue."""

from __future__ import annotations

from app.i18n import T

DEPOSIT_REASON = T("Wechselgeld aus dem Tresor nachgelegt")
TSE_OUTAGE_REASON = T("Demo: TSE nicht erreichbar (USB-Verbindung getrennt).")
