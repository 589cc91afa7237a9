"""German texts of the integrity checks, backups and restores."""

from __future__ import annotations

from app.i18n import T

DAMAGED_WITH_BACKUP = (
    T("Die Datenbank {db} ist beschädigt (Integritätsprüfung fehlgeschlagen): bitte die Kasse "
    "nicht weiter benutzen und die neueste Sicherung mit 'kreislauf restore {backup}' "
    "zurückspielen (Einzelheiten im Protokoll).")
)
DAMAGED_NO_BACKUP = (
    T("Die Datenbank {db} ist beschädigt (Integritätsprüfung fehlgeschlagen), und im "
    "Sicherungsordner {folder} gibt es noch keine Sicherung: bitte die Kasse nicht weiter "
    "benutzen und die Leitung verständigen (Einzelheiten im Protokoll).")
)
BACKUP_WRITTEN = T("Sicherung geschrieben: {path}")
BACKUP_FAILED = (
    T("Die Sicherung nach {folder} ist fehlgeschlagen ({reason}); die Datenbank ist "
    "unverändert.")
)
BACKUP_CHECK_FAILED = T("die geschriebene Sicherung hat die Integritätsprüfung nicht bestanden")
BACKUP_NO_STATION = T("Diese Kasse ist noch nicht eingerichtet; es gibt nichts zu sichern.")
RESTORE_MISSING = T("Die Datei {path} gibt es nicht; nichts wurde verändert.")
RESTORE_NOT_DATABASE = (
    T("Die Datei {path} ist keine Sicherung einer Kreislauf-Kasse; nichts wurde verändert.")
)
RESTORE_DAMAGED = (
    T("Die Sicherung {path} ist selbst beschädigt (Integritätsprüfung fehlgeschlagen); "
    "nichts wurde verändert.")
)
RESTORE_OTHER_STATION = (
    T("Die Sicherung {path} gehört zu Station {theirs} von „{their_store}“, nicht zu dieser "
    "Kasse (Station {ours} von „{our_store}“); nichts wurde verändert.")
)
RESTORE_TOO_NEW = (
    T("Die Sicherung {path} stammt aus einer neueren Programmversion (Stand {revision}); "
    "bitte zuerst das Programm aktualisieren, nichts wurde verändert.")
)
RESTORED = (
    T("Sicherung {path} zurückgespielt; die bisherige Datenbank liegt unter {aside}.")
)
