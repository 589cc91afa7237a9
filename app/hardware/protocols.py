"""The small protocols every device driver implements, real or simulated.

Services reach devices only through these; the UI implements ``OperatorPrompt`` so a
device can ask the person at the till a question (Electrum's handler pattern).
Every method may raise ``app.errors.DeviceError`` with a German sentence.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from typing import Protocol, runtime_checkable

from app.errors import DeviceError
from app.hardware import messages as msg

log = logging.getLogger(__name__)


class PrinterStatus(StrEnum):
    """What a receipt printer reports (DLE EOT); ``unknown`` when it does not answer."""

    OK = "ok"
    PAPER_NEAR_END = "paper_near_end"
    PAPER_OUT = "paper_out"
    COVER_OPEN = "cover_open"
    OFFLINE = "offline"
    UNKNOWN = "unknown"

    @property
    def can_print(self) -> bool:
        return self in (PrinterStatus.OK, PrinterStatus.PAPER_NEAR_END)


@dataclass(frozen=True)
class ReceiptJob:
    """One receipt ready for a printer: its ESC/POS bytes and the same text in UTF-8.

    ``name`` identifies the receipt in file names and logs (e.g. ``S01-00000042``).
    A real printer sends ``escpos``; a simulated one keeps both.
    """

    name: str
    text: str
    escpos: bytes
    pdf: bytes = b""  # a PDF copy, for printers that keep one (the simulated printer)


@runtime_checkable
class ReceiptPrinter(Protocol):
    """A receipt printer (ESC/POS): print a job, cut, kick the drawer, report status."""

    def status(self) -> PrinterStatus:
        """Ask the printer how it is; never blocks longer than a short timeout."""
        ...

    def print_job(self, job: ReceiptJob) -> None:
        """Print a whole receipt (the job's bytes include the cut); raise DeviceError."""
        ...

    def cut(self) -> None:
        """Cut the paper (for jobs that did not end with a cut)."""
        ...

    def open_drawer(self) -> None:
        """Send the drawer kick pulse (pin 2) through the printer."""
        ...


@runtime_checkable
class CashDrawer(Protocol):
    """A cash drawer; usually opened through the receipt printer's kick pulse."""

    def open(self) -> None:
        """Open the drawer or raise DeviceError."""
        ...


@runtime_checkable
class Scanner(Protocol):
    """A barcode scanner that hands each complete code to a callback."""

    def start(self, on_code: Callable[[str], None]) -> None:
        """Begin delivering codes (without terminator) to ``on_code``."""
        ...

    def stop(self) -> None:
        ...


@runtime_checkable
class PortScanner(Scanner, Protocol):
    """A scanner on a port that can go away and come back (serial, USB-serial).

    ``on_state(connected, problem)`` is called on the driver's thread at every change;
    ``problem`` is a German sentence while the port is gone, "" once connected.
    """

    on_state: Callable[[bool, str], None] | None
    # ``on_refused(message, count)``: a line that is no code was dropped (German message
    # for the person at the till, count since start); called on the driver's thread.
    on_refused: Callable[[str, int], None] | None


@runtime_checkable
class OperatorPrompt(Protocol):
    """How a device asks the person at the till; the UI (or the CLI) implements it."""

    def ask_retry(self, message: str) -> bool:
        """Show ``message`` (German) and return True if the operator wants to try again."""
        ...

    def inform(self, message: str) -> None:
        """Tell the operator something without expecting an answer."""
        ...


class DrawerUncertain(DeviceError):
    """The kick may not have reached the drawer: the printer was silent, offline or open."""


class PrinterDrawer:
    """A ``CashDrawer`` wired to a receipt printer's kick connector.

    The kick bytes alone prove nothing: a silent printer, one that is offline or has its
    cover open swallows them. So the printer is asked before the kick (and the kick is not
    sent then) and again after it; when either answer is missing the drawer is reported
    as probably shut (``DrawerUncertain``), never as opened.
    """

    # States in which a printer does not act on ESC p (paper out still kicks the drawer).
    NO_KICK = frozenset({PrinterStatus.UNKNOWN, PrinterStatus.OFFLINE,
                         PrinterStatus.COVER_OPEN})

    def __init__(self, printer: ReceiptPrinter) -> None:
        self.printer = printer

    def open(self) -> None:
        """Kick the drawer; ``DrawerUncertain`` when the printer cannot vouch for it."""
        if self._status() in self.NO_KICK:
            raise DrawerUncertain(msg.DRAWER_UNCERTAIN)
        self.printer.open_drawer()
        if self._status() == PrinterStatus.UNKNOWN:
            raise DrawerUncertain(msg.DRAWER_UNCERTAIN)

    def _status(self) -> PrinterStatus:
        try:
            status = self.printer.status()
        except DeviceError as exc:
            log.warning("printer status around the drawer kick unreadable: %s", exc.message)
            return PrinterStatus.UNKNOWN
        if status in self.NO_KICK:
            log.warning("printer is %s around the drawer kick", status.value)
        return status
