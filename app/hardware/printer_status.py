"""What each printer state means for the person at the till, for every driver (real or
simulated); the sentences themselves are in ``hardware.messages``."""

from __future__ import annotations

from collections.abc import Callable

from app.errors import DeviceError
from app.hardware import messages as msg
from app.hardware.messages import DRAWER_FAILED, MAYBE_INCOMPLETE, PAPER_NEAR_END
from app.hardware.protocols import PrinterStatus

__all__ = ["DRAWER_FAILED", "MAYBE_INCOMPLETE", "PAPER_NEAR_END", "STATUS_BYTES",
           "STATUS_PROBLEMS", "PrintInterrupted", "decode_status", "problem_for"]

# Every real-time status byte (DLE EOT n) looks like 0xx1xx10; other bits carry the news.
STATUS_MASK, STATUS_PATTERN = 0x93, 0x12
OFFLINE_BIT = 0x08  # n=1
COVER_OPEN_BIT, PAPER_STOP_BIT = 0x04, 0x20  # n=2
NEAR_END_BITS, PAPER_OUT_BITS = 0x0C, 0x60  # n=4

# What an ESC/POS printer answers to DLE EOT 1, 2 and 4 in each state (HARDWARE.md); a
# silent printer answers nothing. The simulated printers play these.
STATUS_BYTES: dict[PrinterStatus, dict[int, int]] = {
    PrinterStatus.OK: {1: 0x12, 2: 0x12, 4: 0x12},
    PrinterStatus.PAPER_NEAR_END: {1: 0x12, 2: 0x12, 4: 0x1E},
    PrinterStatus.PAPER_OUT: {1: 0x1A, 2: 0x32, 4: 0x72},
    PrinterStatus.COVER_OPEN: {1: 0x1A, 2: 0x16, 4: 0x12},
    PrinterStatus.OFFLINE: {1: 0x1A, 2: 0x12, 4: 0x12},
    PrinterStatus.UNKNOWN: {},
}

# A status that stops printing: what happened, what to do next.
STATUS_PROBLEMS: dict[PrinterStatus, str] = {
    PrinterStatus.PAPER_OUT: msg.PAPER_OUT,
    PrinterStatus.COVER_OPEN: msg.COVER_OPEN,
    PrinterStatus.OFFLINE: msg.OFFLINE,
    PrinterStatus.UNKNOWN: msg.STATE_UNKNOWN,
}


def decode_status(query: Callable[[int], int | None]) -> PrinterStatus:
    """The state from the answers to ``query(n)`` (DLE EOT n; None = no valid answer)."""
    printer = query(1)
    if printer is None:
        return PrinterStatus.UNKNOWN
    if printer & OFFLINE_BIT:
        cause = query(2) or 0
        if cause & COVER_OPEN_BIT:
            return PrinterStatus.COVER_OPEN
        if cause & PAPER_STOP_BIT:
            return PrinterStatus.PAPER_OUT
        return PrinterStatus.OFFLINE
    paper = query(4)
    if paper is None:
        return PrinterStatus.UNKNOWN
    if paper & PAPER_OUT_BITS:
        return PrinterStatus.PAPER_OUT
    if paper & NEAR_END_BITS:
        return PrinterStatus.PAPER_NEAR_END
    return PrinterStatus.OK


def problem_for(status: PrinterStatus) -> str | None:
    """The German sentence for a status that prevents printing, or None."""
    return STATUS_PROBLEMS.get(status)


class PrintInterrupted(DeviceError):
    """Part of a job may be on paper already: a reprint must print it whole, as a copy."""
