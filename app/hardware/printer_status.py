"""What each printer state means for the person at the till, for every driver (real or
simulated); the sentences themselves are in ``hardware.messages``."""

from __future__ import annotations

from app.errors import DeviceError
from app.hardware import messages as msg
from app.hardware.messages import DRAWER_FAILED, MAYBE_INCOMPLETE, PAPER_NEAR_END
from app.hardware.protocols import PrinterStatus

__all__ = ["DRAWER_FAILED", "MAYBE_INCOMPLETE", "PAPER_NEAR_END", "STATUS_PROBLEMS",
           "PrintInterrupted", "problem_for"]

# A status that stops printing: what happened, what to do next.
STATUS_PROBLEMS: dict[PrinterStatus, str] = {
    PrinterStatus.PAPER_OUT: msg.PAPER_OUT,
    PrinterStatus.COVER_OPEN: msg.COVER_OPEN,
    PrinterStatus.OFFLINE: msg.OFFLINE,
    PrinterStatus.UNKNOWN: msg.STATE_UNKNOWN,
}


def problem_for(status: PrinterStatus) -> str | None:
    """The German sentence for a status that prevents printing, or None."""
    return STATUS_PROBLEMS.get(status)


class PrintInterrupted(DeviceError):
    """Part of a job may be on paper already: a reprint must print it whole, as a copy."""
