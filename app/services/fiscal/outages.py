"""TSE outages as the manager sees them (Abschluss), with the reporting flag.

A receipt is never held back by a TSE failure (AEAO zu § 146a Nr. 7): it is recorded
unsigned, and the outage it belongs to is kept with its start, end and reason. An
outage longer than ``allowed`` is flagged until a manager marks it reported to the tax
office. The limit is a setting (``fiscal.outage_report_hours``); the store's tax adviser
decides its value.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import func, select

from app.db.models import TseOutage, TseTransaction
from app.errors import NotFoundError
from app.services.fiscal import messages as msg
from app.services.kernel import audit
from app.services.kernel.context import Ctx
from app.services.kernel.formatting import format_local
from app.services.kernel.roles import Permission

DEFAULT_ALLOWED = timedelta(hours=48)


@dataclass(frozen=True)
class OutageView:
    id: int
    started_at: datetime
    ended_at: datetime | None
    reason: str
    unsigned: int  # receipts and other records left unsigned
    overdue: bool  # longer than allowed: to be reported
    reported: bool

    @property
    def needs_report(self) -> bool:
        return self.overdue and not self.reported

    def text(self, allowed: timedelta = DEFAULT_ALLOWED) -> str:
        """One German line for the Abschluss screen."""
        since = format_local(self.started_at)
        if self.ended_at is None:
            line = msg.OUTAGE_OPEN.format(since=since, reason=self.reason, count=self.unsigned)
        else:
            line = msg.OUTAGE_CLOSED.format(since=since, until=format_local(self.ended_at),
                                            reason=self.reason, count=self.unsigned)
        if self.reported:
            return f"{line} – {msg.OUTAGE_REPORTED}"
        if self.overdue:
            hours = int(allowed.total_seconds() // 3600)
            return f"{line} – {msg.OUTAGE_OVERDUE.format(hours=hours)}"
        return line


def list_outages(ctx: Ctx, allowed: timedelta = DEFAULT_ALLOWED,
                 limit: int = 20) -> list[OutageView]:
    """This station's outages, newest first; open ones are measured up to now."""
    counts = (select(TseTransaction.outage_id, func.count().label("n"))
              .where(TseTransaction.state == "failed").group_by(TseTransaction.outage_id)
              .subquery())
    rows = ctx.session.execute(
        select(TseOutage, func.coalesce(counts.c.n, 0))
        .outerjoin(counts, counts.c.outage_id == TseOutage.id)
        .where(TseOutage.station_id == ctx.station_id)
        .order_by(TseOutage.started_at.desc(), TseOutage.id.desc()).limit(limit)).all()
    now = ctx.now()
    return [OutageView(o.id, o.started_at, o.ended_at, o.reason, int(n),
                       (o.ended_at or now) - o.started_at > allowed, o.reported)
            for o, n in rows]


def in_period(ctx: Ctx, start: datetime, end: datetime,
              allowed: timedelta = DEFAULT_ALLOWED) -> list[OutageView]:
    """This station's outages overlapping ``start``..``end``, oldest first, as of ``end``.

    What an X or Z report shows: an outage still open at ``end`` has no end yet, and is
    measured up to ``end``; the receipts left unsigned are those of the period. Later
    records (the outage's end, a report to the tax office) never change the figures, so
    a Z recomputed from the records equals the frozen one (a Z's own TSE record, signed
    or failed after its figures were frozen, is not counted).
    """
    counts = (select(TseTransaction.outage_id, func.count().label("n"))
              .where(TseTransaction.state == "failed", TseTransaction.cash_closing_id.is_(None),
                     TseTransaction.station_id == ctx.station_id,
                     TseTransaction.created_at >= start, TseTransaction.created_at <= end)
              .group_by(TseTransaction.outage_id).subquery())
    rows = ctx.session.execute(
        select(TseOutage.id, TseOutage.started_at, TseOutage.ended_at, TseOutage.reason,
               func.coalesce(counts.c.n, 0))
        .outerjoin(counts, counts.c.outage_id == TseOutage.id)
        .where(TseOutage.station_id == ctx.station_id, TseOutage.started_at <= end,
               (TseOutage.ended_at.is_(None)) | (TseOutage.ended_at >= start))
        .order_by(TseOutage.started_at, TseOutage.id)).all()
    out = []
    for oid, began, ended, reason, n in rows:
        if ended is not None and ended > end:
            ended = None  # still open at the end of the period
        out.append(OutageView(oid, began, ended, reason, int(n),
                              (ended or end) - began > allowed, False))
    return out


def mark_reported(ctx: Ctx, outage_id: int) -> None:
    """The manager reported the outage to the tax office (kept with the date)."""
    ctx.require(Permission.CLOSE_DAY)
    outage = ctx.session.get(TseOutage, outage_id)
    if outage is None or outage.station_id != ctx.station_id:
        raise NotFoundError(msg.OUTAGE_UNKNOWN)
    if outage.reported:
        return
    outage.reported = True
    outage.reported_at = ctx.now()
    audit.record(ctx, "tse.outage_reported", "tse_outage", outage_id)
