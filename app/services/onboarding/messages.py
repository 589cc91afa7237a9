"""German messages of the first-run setup."""

from __future__ import annotations

from app.i18n import Labels, T

NAME_REQUIRED = T("Bitte den Namen des Kaufhauses angeben.")
STREET_REQUIRED = T("Bitte Straße und Hausnummer angeben (sie stehen auf jedem Bon).")
POSTCODE_REQUIRED = T("Bitte die Postleitzahl angeben.")
CITY_REQUIRED = T("Bitte den Ort angeben.")
TAX_REQUIRED = T("Bitte die Steuernummer oder die USt-IdNr. angeben (eine von beiden genügt).")
PINS_DIFFER = T("Die beiden PINs sind verschieden. Bitte die PIN zweimal gleich eingeben.")
PIN_REQUIRED = T("Bitte eine PIN eingeben.")
PORT_REQUIRED = T("Bitte den Anschluss angeben (z. B. /dev/ttyUSB0 oder COM3).")
FISKALY_REQUIRED = T("Für die fiskaly-TSE bitte „{label}“ angeben.")
SYNC_URL_MISSING = T("Für den Registrierungscode bitte auch die Adresse des Servers angeben "
                     "– oder beides leer lassen.")
ALREADY_SET_UP = T("In {path} gibt es schon eine Kasse; die Einrichtung legt keine zweite an.")
FISKALY_LABELS: dict[str, str] = Labels({
    "tse.fiskaly_api_key": T("API-Schlüssel"),
    "tse.fiskaly_api_secret": T("API-Geheimnis"),
    "tse.fiskaly_tss_id": T("TSS-ID"),
    "tse.fiskaly_client_id": T("Client-ID"),
})
