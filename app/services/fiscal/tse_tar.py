"""The TSE's TAR export (BSI TR-03153), cut to a date range for a tax audit.

The TSE hands out all of its log messages as one TAR (``Tse.export``); each log file
is named after its log time (TR-03153 § 5: ``Unixt_<seconds>_…``, ``Gent_<YYYYMMDDhhmmss>_…``
or ``Utc_<YYMMDDhhmmss>_…``). We keep the logs whose time lies in the Berlin days
asked for, and always the certificates and ``info.csv`` a verifier needs. It is a file
of its own and not part of the DSFinV-K ZIP: an auditor checks it with the TSE
maker's or the BSI's tools, and a cloud TSE's export may be slow or unreachable without
holding up the DSFinV-K export.
"""

from __future__ import annotations

import io
import re
import tarfile
from datetime import UTC, date, datetime

from app.errors import NotFoundError
from app.services.fiscal import messages as msg
from app.services.kernel.clock import berlin_day_range

_TIME = re.compile(r"^(Unixt|Gent|Utc)_([0-9.]+)(Z)?_")


def log_time(name: str) -> datetime | None:
    """The log time in a TR-03153 log file name, or None for other files."""
    m = _TIME.match(name.rsplit("/", 1)[-1])
    if m is None:
        return None
    kind, value = m.group(1), m.group(2)
    try:
        if kind == "Unixt":
            return datetime.fromtimestamp(float(value), UTC)
        fmt = "%Y%m%d%H%M%S" if kind == "Gent" else "%y%m%d%H%M%S"
        return datetime.strptime(value.split(".")[0], fmt).replace(tzinfo=UTC)
    except (ValueError, OverflowError):
        return None


def cut(tar_bytes: bytes, start: date, end: date) -> bytes:
    """A new TAR with the logs of ``start``…``end`` (Berlin days) and every other file."""
    lo, _ = berlin_day_range(start)
    _, hi = berlin_day_range(end)
    out = io.BytesIO()
    logs = 0
    with tarfile.open(fileobj=io.BytesIO(tar_bytes)) as src, \
            tarfile.open(fileobj=out, mode="w") as dst:
        for member in src.getmembers():
            if not member.isfile():
                continue
            at = log_time(member.name)
            if at is not None and not lo <= at < hi:
                continue
            logs += at is not None
            data = src.extractfile(member)
            assert data is not None
            dst.addfile(member, data)
    if not logs:
        raise NotFoundError(msg.NO_TSE_LOGS.format(start=start.strftime("%d.%m.%Y"),
                                                   end=end.strftime("%d.%m.%Y")))
    return out.getvalue()
