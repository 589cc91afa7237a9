"""German texts of the devices: printer states, port problems, the test page, scanner state.

What happened and what to do next, in sentences the person at the till can act on. The
templates use ``str.format`` fields. Nothing here imports the services or the UI.
"""

from __future__ import annotations

from app.i18n import T

# --- device names, as the sentences below use them ----------------------------------------
PRINTER = T("Bondrucker")
SCANNER = T("Scanner")

# --- printer states -----------------------------------------------------------------------
PAPER_OUT = (T("Der Bondrucker hat kein Papier mehr. Bitte eine neue Rolle einlegen und den Bon "
             "erneut drucken."))
COVER_OPEN = (T("Der Deckel des Bondruckers ist offen. Bitte schließen und den Bon erneut "
              "drucken."))
OFFLINE = (T("Der Bondrucker antwortet nicht. Bitte Kabel und Strom prüfen und den Bon erneut "
           "drucken."))
STATE_UNKNOWN = (T("Der Zustand des Bondruckers ist unbekannt. Bitte den Drucker prüfen und den "
                 "Bon erneut drucken."))
PAPER_NEAR_END = T("Die Papierrolle des Bondruckers geht zu Ende. Bitte bald wechseln.")
DRAWER_FAILED = T("{reason}. Bitte die Schublade mit dem Schlüssel öffnen.")
# The kick went out (or could not) while the printer was silent, offline or its cover open.
DRAWER_UNCERTAIN = T("Schublade vermutlich nicht geöffnet – bitte mit dem Schlüssel öffnen.")
PRINT_INTERRUPTED = (T("Der Druck wurde mittendrin unterbrochen ({reason}). Beim erneuten Drucken "
                     "kommt der ganze Bon noch einmal, als Kopie markiert."))
MAYBE_INCOMPLETE = T("Der Bon ist vielleicht nicht vollständig gedruckt.")

# --- the ESC/POS printer and the simulated one --------------------------------------------
PRINTER_NOT_TAKING = T("der Drucker nimmt keine Daten an")
PRINTER_CONNECTION_LOST = T("Verbindung zum Drucker abgebrochen")
PRINTER_SILENT = T("Der Bondrucker antwortet nicht ({reason}). Bitte Kabel und Strom prüfen.")
PRINTER_SILENT_SHORT = T("Der Bondrucker antwortet nicht ({reason})")
PRINTER_NO_CUT = T("Der Bondrucker schneidet nicht ({reason}).")
PRINTER_NOT_ANSWERING = T("Der Bondrucker antwortet nicht")
SIMULATED_CANNOT_WRITE = (T("Der simulierte Bondrucker kann nicht nach {folder} schreiben "
                          "({reason}). Bitte das Verzeichnis prüfen."))

# --- opening a port (``serial_ports.describe_open_error``) --------------------------------
PORT_NOT_SET = (T("Für den {device} ist kein Anschluss eingestellt. Bitte in den Einstellungen "
                "den Anschluss angeben."))
PORT_MISSING = (T("Den Anschluss {url} für den {device} gibt es nicht. Bitte prüfen, ob das "
                "Gerät eingesteckt ist und der Anschluss in den Einstellungen stimmt."))
PORT_BUSY = (T("Der Anschluss {url} für den {device} ist belegt: ein anderes Programm "
             "benutzt ihn. Bitte das andere Programm beenden."))
PORT_DENIED = (T("Keine Berechtigung für den Anschluss {url} ({device}). Unter Linux den "
               "Benutzer zur Gruppe „dialout“ hinzufügen; unter Windows prüfen, ob ein "
               "anderes Programm den Anschluss benutzt."))
PORT_UNREACHABLE = (T("Der {device} unter {url} ist im Netzwerk nicht erreichbar. Bitte Strom, "
                    "Netzwerkkabel und Adresse prüfen."))
PORT_SETTINGS_INVALID = (T("Die Einstellungen für den Anschluss {url} ({device}) sind ungültig: "
                         "{reason}. Bitte Baudrate und Anschluss prüfen."))
PORT_WONT_OPEN = (T("Der Anschluss {url} für den {device} lässt sich nicht öffnen ({reason}). "
                  "Bitte Kabel und Einstellungen prüfen."))

# --- the serial scanner -------------------------------------------------------------------
SCANNER_CONNECTED = T("verbunden")
SCANNER_RECONNECTING = T("getrennt — verbinde neu …")
SCANNER_GONE = T("Der Scanner an {url} ist nicht mehr erreichbar")
LINE_TOO_LONG = T("länger als {maximum} Zeichen ohne Zeilenende")
LINE_UNPRINTABLE = T("nicht druckbares Byte 0x{byte:02x}")
LINE_UNFINISHED = T("kein Zeilenende nach {count} Zeichen")
SCAN_UNREADABLE = (T("Der Scanner hat einen unlesbaren Code gesendet ({reason}). Bitte erneut "
                   "scannen."))
SCANNER_REFUSED = T("{state}, {count} unlesbare Codes verworfen")
SCANNER_REFUSED_ONE = T("{state}, 1 unlesbarer Code verworfen")

# --- the printer's test page --------------------------------------------------------------
CHECK_TITLE = "Kreislauf-Kasse Testdruck"
CHECK_GERMAN = "Deutsche Zeichen:"
CHECK_GERMAN_LINE = "ÄÖÜ äöü ß € - Größe, Bügeleisen, Maß"
CHECK_PRICE = "Preis: 12,50 €"
CHECK_BARCODE = "Strichcode EAN-13 {code}:"
CHECK_JOB_NAME = "Testdruck"
CHECK_IMPOSSIBLE = T("Testdruck nicht möglich: {reason}")
CHECK_FAILED = T("Testdruck fehlgeschlagen: {reason}")
CHECK_PROBLEM_AFTER = T("Testdruck gesendet, aber danach meldet der Drucker: {reason}")
CHECK_PRINTED_NEAR_END = T("Testdruck gedruckt. {warning}")
CHECK_PRINTED = T("Testdruck gedruckt. Der Bondrucker ist bereit.")
