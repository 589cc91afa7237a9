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

from app.hardware import messages as msg

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
    """A German sentence for a port that could not be opened; ``device`` is e.g.
    ``messages.PRINTER``."""
    if not url:
        return msg.PORT_NOT_SET.format(device=device)
    code = getattr(exc, "errno", None)
    text = str(exc).lower()
    if code == errno.ENOENT or "no such file" in text or "filenotfound" in text \
            or "cannot find" in text:
        return msg.PORT_MISSING.format(url=url, device=device)
    if code in (errno.EBUSY, errno.EAGAIN) or "exclusively lock" in text or "busy" in text:
        return msg.PORT_BUSY.format(url=url, device=device)
    if code == errno.EACCES or "permission" in text or "access is denied" in text:
        return msg.PORT_DENIED.format(url=url, device=device)
    if code in (errno.ECONNREFUSED, errno.EHOSTUNREACH, errno.ETIMEDOUT) \
            or "refused" in text or "timed out" in text:
        return msg.PORT_UNREACHABLE.format(url=url, device=device)
    if isinstance(exc, ValueError):
        return msg.PORT_SETTINGS_INVALID.format(url=url, device=device, reason=exc)
    return msg.PORT_WONT_OPEN.format(url=url, device=device, reason=exc)


OPEN_ERRORS: tuple[type[BaseException], ...] = (*IO_ERRORS, ValueError)
