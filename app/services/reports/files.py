"""Writing reports to files: the format from the file name, written atomically.

A report file appears complete or not at all: the bytes go to a temporary file in the
target directory, are synced, and then replace the target in one rename.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Sequence
from datetime import date, datetime
from pathlib import Path

from app.errors import KasseError, ValidationError
from app.services.kernel.clock import FIRST_DAY, LAST_DAY
from app.services.reports import csv_export as report_csv
from app.services.reports import messages as msg
from app.services.reports import pdf as report_pdf
from app.services.reports.model import Report
from app.services.reports.month import MonthOverview

FORMATS = (".pdf", ".csv")


def output_format(path: Path) -> str:
    """'.pdf' or '.csv' from the file name; anything else is a German error."""
    suffix = path.suffix.lower()
    if suffix not in FORMATS:
        raise ValidationError(msg.REPORT_FORMAT)
    return suffix


def parse_day(text: str) -> date:
    """'2026-11-26' -> a date; anything else is a German ``ValidationError``."""
    try:
        day = datetime.strptime(text.strip(), "%Y-%m-%d").date()
    except ValueError:
        raise ValidationError(msg.DATE_INVALID.format(value=text)) from None
    if not FIRST_DAY <= day <= LAST_DAY:
        raise ValidationError(msg.DATE_OUT_OF_RANGE.format(
            value=text, first=FIRST_DAY.strftime("%d.%m.%Y"), last=LAST_DAY.strftime("%d.%m.%Y")))
    return day


def render_reports(reports: Sequence[Report], fmt: str) -> bytes:
    return report_pdf.reports_pdf(reports) if fmt == ".pdf" else report_csv.reports_csv(reports)


def render_month(month: MonthOverview, fmt: str) -> bytes:
    return report_pdf.month_pdf(month) if fmt == ".pdf" else report_csv.month_csv(month)


def write_atomic(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` so that no half-written file is ever left behind."""
    tmp_name = ""
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp",
                                        dir=path.parent)
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp_name, path)
    except OSError as exc:
        if tmp_name:
            Path(tmp_name).unlink(missing_ok=True)
        raise KasseError(msg.REPORT_WRITE_FAILED.format(
            path=path, reason=exc.strerror or type(exc).__name__)) from exc
