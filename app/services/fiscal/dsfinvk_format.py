"""DSFinV-K value spelling and a streaming CSV writer.

``;`` between columns, CRLF after each record, ``"`` around text (doubled inside), UTF-8,
decimal comma with the places index.xml declares and no digit grouping, booleans 0/1,
local times ``YYYY-MM-DDThh:mm:ss`` (Europe/Berlin), UTC times with milliseconds and Z.
Money arrives as integer cents and is spelled with integer arithmetic (no float).
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import IO

from app.services.fiscal.dsfinvk_schema import Table
from app.services.kernel.clock import BERLIN


def cents(value: int) -> str:
    """Cents with 2 places: 1250 -> ``12,50``, -5 -> ``-0,05``."""
    sign = "-" if value < 0 else ""
    v = abs(value)
    return f"{sign}{v // 100},{v % 100:02d}"


def cents5(value: int) -> str:
    """Cents with the 5 places of VAT-split amounts: 1250 -> ``12,50000``."""
    return cents(value) + "000"


def quantity(value: int) -> str:
    """A whole quantity with 3 places: 2 -> ``2,000``."""
    return f"{value},000"


def percent_bp(rate_bp: int) -> str:
    """A rate in basis points with 2 places: 1900 -> ``19,00``."""
    return f"{rate_bp // 100},{rate_bp % 100:02d}"


def text(value: str, limit: int | None = None) -> str:
    """Quoted text, cut to ``limit``; line breaks become spaces."""
    if limit is not None and len(value) > limit:
        value = value[:limit]
    if '"' in value or "\n" in value or "\r" in value:  # rare: the fast path skips these
        value = value.replace("\r", " ").replace("\n", " ").replace('"', '""')
    return '"' + value + '"'


def flag(value: bool) -> str:
    return "1" if value else "0"


def local_time(moment: datetime) -> str:
    """A UTC moment as Berlin wall-clock time (DSFinV-K local times)."""
    m = moment.astimezone(BERLIN)
    return (f"{m.year:04d}-{m.month:02d}-{m.day:02d}T"
            f"{m.hour:02d}:{m.minute:02d}:{m.second:02d}")


def utc_time(moment: datetime | None) -> str:
    """``YYYY-MM-DDThh:mm:ss.fffZ`` (TSE log times), empty for none."""
    if moment is None:
        return ""
    m = moment.astimezone(UTC)
    return (f"{m.year:04d}-{m.month:02d}-{m.day:02d}T{m.hour:02d}:{m.minute:02d}:"
            f"{m.second:02d}.{m.microsecond // 1000:03d}Z")


class CsvFile:
    """One export file on disk: header first, then preformatted rows."""

    BUFFER = 1 << 20

    def __init__(self, folder: Path, table: Table) -> None:
        self.table = table
        self.path = folder / table.file
        self._fh: IO[str] = open(self.path, "w", encoding="utf-8", newline="",  # noqa: SIM115
                                 buffering=self.BUFFER)
        self._width = len(table.columns)
        self.rows = 0
        self._fh.write(";".join(table.header) + "\r\n")

    def row(self, values: tuple[str, ...] | list[str]) -> None:
        if len(values) != self._width:
            raise ValueError(f"{self.table.file}: {len(values)} values, "
                             f"{self._width} columns")
        self._fh.write(";".join(values) + "\r\n")
        self.rows += 1

    def close(self) -> None:
        self._fh.close()
