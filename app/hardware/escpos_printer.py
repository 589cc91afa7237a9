"""The real receipt printer: ESC/POS through python-escpos over any pyserial URL.

The port is a path or a pyserial URL (``/dev/ttyUSB0``, ``COM3``, ``socket://host:9100``,
a pty). Every call is bounded by a timeout, so a dead or missing port never hangs the
caller; the UI runs these calls off the GUI thread anyway. The status query is our own
(``DLE EOT n``, one byte with a short timeout): python-escpos 3.1's ``paper_status()``
reports "paper fine" when the printer does not answer at all (HARDWARE.md).
"""

from __future__ import annotations

import logging
import threading
from dataclasses import dataclass
from typing import Any

import serial
from escpos.printer import Serial as EscposSerial

from app.errors import DeviceError
from app.hardware import messages as msg
from app.hardware.escpos_text import cut_mode
from app.hardware.printer_status import (
    DRAWER_FAILED,
    STATUS_MASK,
    STATUS_PATTERN,
    PrintInterrupted,
    decode_status,
)
from app.hardware.protocols import PrinterStatus, ReceiptJob
from app.hardware.serial_ports import IO_ERRORS, describe_open_error, open_port

log = logging.getLogger(__name__)
DEVICE = msg.PRINTER
PROFILE = "TM-T20II"
DLE_EOT = b"\x10\x04"


@dataclass(frozen=True)
class PrinterPort:
    """How to reach the printer: URL and line settings (``dsrdtr`` off: ptys have no DSR)."""

    url: str
    baudrate: int = 19200
    xonxoff: bool = False
    rtscts: bool = False
    dsrdtr: bool = False
    status_timeout: float = 0.3
    write_timeout: float = 2.0
    cut: str = "full"  # full | partial


class UrlSerial(EscposSerial):  # type: ignore[misc]
    """python-escpos' Serial, opened with ``serial_for_url`` instead of ``serial.Serial``.

    escpos.printer.Serial.open() calls ``serial.Serial(port=…)``, so URLs such as
    ``socket://host:9100`` fail there; its ``close()`` flushes first, which blocks forever
    on a port nobody drains.
    """

    def __init__(self, port: PrinterPort) -> None:
        super().__init__(devfile=port.url, baudrate=port.baudrate, timeout=port.status_timeout,
                         xonxoff=port.xonxoff, dsrdtr=port.dsrdtr, profile=PROFILE)
        self.port = port

    def open(self, raise_not_found: bool = True) -> None:
        self.close()
        self.device = open_port(self.port.url, baudrate=self.port.baudrate,
                                timeout=self.port.status_timeout,
                                write_timeout=self.port.write_timeout,
                                xonxoff=self.port.xonxoff, rtscts=self.port.rtscts,
                                dsrdtr=self.port.dsrdtr)

    def close(self) -> None:
        device: Any = getattr(self, "_device", False)
        self._device = False
        if device:
            try:
                device.close()
            except IO_ERRORS:
                log.debug("closing the printer port failed", exc_info=True)

    @property
    def is_open(self) -> bool:
        return bool(getattr(self, "_device", False))


class EscposPrinter:
    """Implements ``ReceiptPrinter`` for an ESC/POS printer; thread-safe, port kept open."""

    def __init__(self, port: PrinterPort) -> None:
        self.port = port
        self._printer = UrlSerial(port)
        self._lock = threading.Lock()

    # --- port ---------------------------------------------------------------------------

    def _device(self) -> Any:
        """The open pyserial port; opened (again) on demand, DeviceError in German."""
        if not self._printer.is_open:
            try:
                self._printer.open()
            except (serial.SerialException, ValueError, OSError) as exc:
                self._printer.close()
                log.warning("cannot open printer port %s: %s", self.port.url, exc)
                raise DeviceError(describe_open_error(DEVICE, self.port.url, exc)) from exc
        return self._printer.device

    def _lost(self, exc: BaseException) -> str:
        """Close the port after an I/O error (reopened next time); the German reason."""
        log.warning("printer port %s failed: %s", self.port.url, exc)
        self._printer.close()
        if isinstance(exc, serial.SerialTimeoutException):
            return msg.PRINTER_NOT_TAKING
        return msg.PRINTER_CONNECTION_LOST

    def close(self) -> None:
        with self._lock:
            self._printer.close()

    # --- status -----------------------------------------------------------------------

    def _query(self, device: Any, n: int) -> int | None:
        """Send DLE EOT n and read one status byte; None when nothing valid came back."""
        device.reset_input_buffer()  # a late answer to an earlier query must not count
        device.write(DLE_EOT + bytes([n]))
        device.timeout = self.port.status_timeout
        answer = device.read(1)
        if len(answer) != 1:
            log.info("printer %s did not answer DLE EOT %d", self.port.url, n)
            return None
        value = int(answer[0])
        if value & STATUS_MASK != STATUS_PATTERN:
            log.warning("printer %s sent 0x%02x, not a status byte", self.port.url, value)
            return None
        return value

    def status(self) -> PrinterStatus:
        """Ask the printer (n=1, then 2 or 4); ``UNKNOWN`` when it stays silent."""
        with self._lock:
            device = self._device()
            try:
                return self._status(device)
            except IO_ERRORS as exc:
                reason = self._lost(exc)
                raise DeviceError(msg.PRINTER_SILENT.format(reason=reason)) from exc

    def _status(self, device: Any) -> PrinterStatus:
        return decode_status(lambda n: self._query(device, n))

    # --- printing -----------------------------------------------------------------------

    def _write(self, data: bytes) -> None:
        """Write through python-escpos; a failure means part may be on paper already."""
        device = self._device()
        # Long receipts on slow lines need longer than the default write timeout.
        device.write_timeout = self.port.write_timeout + len(data) * 20 / max(
            self.port.baudrate, 1200)
        try:
            self._printer._raw(data)
        except IO_ERRORS as exc:
            reason = self._lost(exc)
            raise PrintInterrupted(msg.PRINT_INTERRUPTED.format(reason=reason)) from exc

    def print_job(self, job: ReceiptJob) -> None:
        """Send the job's bytes (init, code page, text, cut); raise a German DeviceError."""
        with self._lock:
            self._write(job.escpos)

    def cut(self) -> None:
        with self._lock:
            self._device()
            try:
                self._printer.cut(mode=cut_mode(self.port.cut))
            except IO_ERRORS as exc:
                raise DeviceError(msg.PRINTER_NO_CUT.format(reason=self._lost(exc))) from exc

    def open_drawer(self) -> None:
        """Kick pulse on pin 2 (``ESC p 0 50 50``)."""
        with self._lock:
            try:
                self._device()
                self._printer.cashdraw(2)
            except DeviceError as exc:
                raise DeviceError(DRAWER_FAILED.format(reason=exc.message.rstrip("."))) \
                    from exc
            except IO_ERRORS as exc:
                reason = self._lost(exc)
                raise DeviceError(DRAWER_FAILED.format(
                    reason=msg.PRINTER_SILENT_SHORT.format(reason=reason))) from exc
