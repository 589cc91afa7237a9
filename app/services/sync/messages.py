"""German messages of the sync client (the server's own messages arrive in its answers)."""

from __future__ import annotations

from app.i18n import T

# --- progress phases and short reasons inside the messages below --------------------------
PHASE_PUSH = T("senden")
PHASE_PULL = T("empfangen")
REASON_REFUSED = T("Verbindung abgelehnt")
REASON_CERTIFICATE = T("Zertifikat ungültig")
REASON_TLS = T("TLS-Fehler")

NOT_REGISTERED = (
    T("Diese Kasse ist noch nicht beim zentralen Server angemeldet. Bitte "
    "'kreislauf sync --register CODE --server URL' ausführen (Code von der Zentrale).")
)
NO_SERVER = (
    T("Keine Serveradresse eingestellt. Bitte --server URL angeben oder die Kasse mit "
    "'kreislauf sync --register CODE --server URL' anmelden.")
)
BAD_URL = T("„{url}“ ist keine gültige Serveradresse. Beispiel: https://zentrale.example.de")
BAD_URL_SCHEME = (
    T("„{url}“ ist keine Serveradresse: Sie muss mit https:// (oder http:// im eigenen Netz) "
    "beginnen. Beispiel: https://zentrale.example.de")
)
BAD_CODE = (
    T("„{code}“ ist kein Anmeldecode der Zentrale: Er besteht aus {length} Buchstaben und "
    "Ziffern, z. B. ABCD-EFGH-JKLM (Bindestriche und Leerzeichen sind egal).")
)
REFUSED = (
    T("Der Server {url} ist nicht erreichbar ({reason}). Die Verkäufe bleiben in der Kasse "
    "und werden später gesendet; bitte Netzwerk und Serveradresse prüfen.")
)
TIMEOUT = (
    T("Der Server {url} antwortet nicht rechtzeitig. Die Verkäufe bleiben in der Kasse und "
    "werden später gesendet.")
)
CERTIFICATE = (
    T("Das Zertifikat des Servers {url} ist nicht vertrauenswürdig ({reason}). Bitte die "
    "Adresse prüfen oder die CA-Datei der Zentrale einstellen (sync.ca_file).")
)
CA_FILE = T("Die CA-Datei {path} kann nicht gelesen werden. Bitte den Pfad prüfen.")
AUTH = (
    T("Der Server hat die Anmeldung der Kasse abgelehnt: {detail} Die Daten bleiben in der "
    "Kasse.")
)
VERSION = (
    T("Kasse und Server passen nicht zusammen (Protokollversion Kasse {client}, Server "
    "{server}). Bitte Kasse oder Server aktualisieren; die Daten bleiben in der Kasse.")
)
SERVER_ERROR = (
    T("Der Server hat mit einem Fehler geantwortet (HTTP {status}). Die Daten bleiben in der "
    "Kasse; es wird später erneut versucht.")
)
BAD_ANSWER = (
    T("Die Antwort des Servers ist unverständlich. Bitte prüfen, ob die Adresse auf den "
    "Kreislauf-Server zeigt.")
)
STATION_MISMATCH = (
    T("Der Anmeldecode gehört zu Station {server}, diese Kasse ist aber Station {local}. "
    "Bitte den richtigen Code verwenden.")
)
STUCK = (
    T("Der Server hat Ereignisse ab Nummer {seq} nicht bestätigt. Bitte die Zentrale "
    "verständigen (Quarantäne prüfen).")
)

# --- a delivery status set by the central office, refused at this till (audited) ---------
DELIVERY_NOT_FROM_OFFICE = (
    T("Lieferstatus für Auftrag {number} nicht übernommen: Er kam von Station {origin}; "
    "nur die Zentrale setzt einen Lieferstatus für diese Kasse.")
)
DELIVERY_OTHER_STATION = (
    T("Lieferstatus der Zentrale für Auftrag {number} nicht übernommen: Der Auftrag gehört "
    "zu Station {station}, diese Kasse ist Station {local}.")
)
DELIVERY_ORDER_UNKNOWN = (
    T("Lieferstatus der Zentrale für Auftrag {number} ({uuid}) nicht übernommen: Diese "
    "Kasse kennt den Auftrag nicht.")
)
