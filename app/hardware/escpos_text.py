"""Starting an ESC/POS job so German text prints right on every printer.

Every job begins with init (``ESC @``) and then the code page (``ESC t n``): init resets
the printer's code page, but python-escpos 3.1 still believes the old one is active
(HARDWARE.md). The table number is configurable because clone printers number their
tables differently; the library is told which encoding is active so it neither sends a
second ``ESC t`` with its own number nor encodes with a different table.
"""

from __future__ import annotations

from typing import Any

# Code pages with the euro sign and their usual table numbers (Epson numbering).
CODEPAGES: dict[str, int] = {"CP858": 19, "CP1252": 16}
CUT_MODES: dict[str, str] = {"full": "FULL", "partial": "PART"}


def table_for(codepage: str, table: int | None = None) -> int:
    """The ``ESC t`` number to send: the configured one, else the usual one for the page."""
    if codepage not in CODEPAGES:
        raise ValueError(f"unsupported code page {codepage}")
    return table if table else CODEPAGES[codepage]


def start_job(printer: Any, codepage: str = "CP858", table: int | None = None) -> None:
    """Send init and ``ESC t n`` to a python-escpos printer and fix its text encoding."""
    printer.hw("INIT")
    printer._raw(b"\x1bt" + bytes([table_for(codepage, table)]))
    printer.magic.encoding = codepage  # already active: charcode() must not send ESC t again
    printer.charcode(codepage)


# Typographic characters people type (or Word pastes) that CP858 lacks: printed as their
# plain look-alikes instead of "?". CP1252 has them, but one rule keeps receipts alike.
_PLAIN = str.maketrans({"–": "-", "—": "-", "„": '"', "“": '"', "”": '"', "‚": "'",
                        "‘": "'", "’": "'", "…": "...", "\u00a0": " ", "\u202f": " "})


def plain(text: str) -> str:
    """``text`` with dashes, curly quotes and ellipsis replaced by what every page has."""
    return text.translate(_PLAIN)


def cut_mode(cut: str) -> str:
    """python-escpos' cut mode for our setting value ("full" or "partial")."""
    return CUT_MODES.get(cut, "FULL")
