"""German texts of the integrity checks, backups and restores."""

from __future__ import annotations

DAMAGED_WITH_BACKUP = (
    "Die Datenbank {db} ist beschädigt (Integritätsprüfung fehlgeschlagen): bitte die Kasse "
    "nicht weiter benutzen und die neueste Sicherung mit 'kreislauf restore {backup}' "
    "zurückspielen (Einzelheiten im Protokoll)."
)
DAMAGED_NO_BACKUP = (
    "Die Datenbank {db} ist beschädigt (Integritätsprüfung fehlgeschlagen), und im "
    "Sicherungsordner {folder} gibt es noch keine Sicherung: bitte die Kasse nicht weiter "
    "benutzen und die Leitung verständigen (Einzelheiten im Protokoll)."
)
BACKUP_WRITTEN = "Sicherung geschrieben: {path}"
BACKUP_FAILED = (
    "Die Sicherung nach {folder} ist fehlgeschlagen ({reason}); die Datenbank ist "
    "unverändert."
)
BACKUP_CHECK_FAILED = "die geschriebene Sicherung hat die Integritätsprüfung nicht bestanden"
BACKUP_NO_STATION = "Diese Kasse ist noch nicht eingerichtet; es gibt nichts zu sichern."
RESTORE_MISSING = "Die Datei {path} gibt es nicht; nichts wurde verändert."
RESTORE_NOT_DATABASE = (
    "Die Datei {path} ist keine Sicherung einer Kreislauf-Kasse; nichts wurde verändert."
)
RESTORE_DAMAGED = (
    "Die Sicherung {path} ist selbst beschädigt (Integritätsprüfung fehlgeschlagen); "
    "nichts wurde verändert."
)
RESTORE_OTHER_STATION = (
    "Die Sicherung {path} gehört zu Station {theirs} von „{their_store}“, nicht zu dieser "
    "Kasse (Station {ours} von „{our_store}“); nichts wurde verändert."
)
RESTORE_TOO_NEW = (
    "Die Sicherung {path} stammt aus einer neueren Programmversion (Stand {revision}); "
    "bitte zuerst das Programm aktualisieren, nichts wurde verändert."
)
RESTORED = (
    "Sicherung {path} zurückgespielt; die bisherige Datenbank liegt unter {aside}."
)
