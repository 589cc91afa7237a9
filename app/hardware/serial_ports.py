"""Opening a pyserial URL with a timeout policy, and German sentences for why it failed.

Printer and scanner both open ports through ``open_port``: ``serial_for_url`` so that
``/dev/ttyUSB0``, ``COM3``, ``socket://host:9100`` and a pty path all work, and an
exclusive lock on local ports so a port another program holds is reported as busy
instead of two programs reading half the bytes each.
"""

from __future__ import annotations

import errno
from typing import Any

import serial

try:  # a vanished pty/USB port fails tcflush() with termios.error, not OSError
    from termios import error as _termios_error

    IO_ERRORS: tuple[type[BaseException], ...] = (serial.SerialException, OSError,
                                                  _termios_error)
except ImportError:  # Windows
    IO_ERRORS = (serial.SerialException, OSError)

LOCAL_URL_SCHEMES = ("socket://", "rfc2217://", "loop://", "spy://", "hwgrep://", "alt://")


def open_port(url: str, **kwargs: Any) -> serial.SerialBase:
    """Open ``url`` (path or pyserial URL); raises ``serial.SerialException`` or ValueError."""
    if not url.startswith(LOCAL_URL_SCHEMES):
        kwargs.setdefault("exclusive", True)
    return serial.serial_for_url(url, **kwargs)


def describe_open_error(device: str, url: str, exc: BaseException) -> str:
    """A German sentence for a port that could not be opened; ``device`` is e.g. "Bondrucker"."""
    if not url:
        return (f"Für den {device} ist kein Anschluss eingestellt. Bitte in den Einstellungen "
                "den Anschluss angeben.")
    code = getattr(exc, "errno", None)
    text = str(exc).lower()
    if code == errno.ENOENT or "no such file" in text or "filenotfound" in text \
            or "cannot find" in text:
        return (f"Den Anschluss {url} für den {device} gibt es nicht. Bitte prüfen, ob das "
                "Gerät eingesteckt ist und der Anschluss in den Einstellungen stimmt.")
    if code in (errno.EBUSY, errno.EAGAIN) or "exclusively lock" in text or "busy" in text:
        return (f"Der Anschluss {url} für den {device} ist belegt: ein anderes Programm "
                "benutzt ihn. Bitte das andere Programm beenden.")
    if code == errno.EACCES or "permission" in text or "access is denied" in text:
        return (f"Keine Berechtigung für den Anschluss {url} ({device}). Unter Linux den "
                "Benutzer zur Gruppe „dialout“ hinzufügen; unter Windows prüfen, ob ein "
                "anderes Programm den Anschluss benutzt.")
    if code in (errno.ECONNREFUSED, errno.EHOSTUNREACH, errno.ETIMEDOUT) \
            or "refused" in text or "timed out" in text:
        return (f"Der {device} unter {url} ist im Netzwerk nicht erreichbar. Bitte Strom, "
                "Netzwerkkabel und Adresse prüfen.")
    if isinstance(exc, ValueError):
        return (f"Die Einstellungen für den Anschluss {url} ({device}) sind ungültig: {exc}. "
                "Bitte Baudrate und Anschluss prüfen.")
    return (f"Der Anschluss {url} für den {device} lässt sich nicht öffnen ({exc}). Bitte "
            "Kabel und Einstellungen prüfen.")


OPEN_ERRORS: tuple[type[BaseException], ...] = (*IO_ERRORS, ValueError)
