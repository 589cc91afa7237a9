"""The German line of a TSE outage on the X and Z reports (screen, paper, PDF, CSV)."""

from __future__ import annotations

from datetime import datetime

from app.services.fiscal.outages import DEFAULT_ALLOWED
from app.services.kernel.formatting import format_local
from app.services.reports import messages as msg
from app.services.reports.model import OutageRow


def outage_text(o: OutageRow) -> str:
    """``TSE-Ausfall 03.12.2026 10:00 bis 11:30: reason (3 Bons ohne Signatur)``."""
    since = format_local(datetime.fromisoformat(o.started_at))
    if o.ended_at:
        return msg.OUTAGE_CLOSED.format(since=since, reason=o.reason, count=o.unsigned,
                                        until=format_local(datetime.fromisoformat(o.ended_at)))
    return msg.OUTAGE_OPEN.format(since=since, reason=o.reason, count=o.unsigned)


def overdue_text() -> str:
    """The flag of an outage longer than allowed (to be reported, AEAO zu § 146a Nr. 7)."""
    return msg.OUTAGE_OVERDUE.format(hours=int(DEFAULT_ALLOWED.total_seconds() // 3600))
