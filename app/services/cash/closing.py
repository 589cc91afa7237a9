"""The daily closing (Z): count the drawer, compare with the expected cash, close for good.

A closing is a new ``cash_closing`` row (the session rows are append-only) with the next
gapless Z number of the station, the count by denomination, the difference and its
comment, and the Z report figures frozen as JSON. The manager may take part of the
counted cash to the bank or the safe at closing (``banked_cents``); the rest stays in the
drawer and is the float the next opening suggests.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select

from app.db.models import CashClosing
from app.errors import ValidationError
from app.services.cash import count as cash_count
from app.services.cash import messages as msg
from app.services.cash.sessions import (
    DIFFERENCE_GV_TYP,
    SessionInfo,
    current_session,
    expected_cash,
    float_suggestion,
    require_open_session,
)
from app.services.fiscal import tse_records
from app.services.fiscal.tse import SONSTIGER_VORGANG
from app.services.kernel import audit, outbox
from app.services.kernel.context import Ctx
from app.services.kernel.formatting import format_cents
from app.services.kernel.roles import Permission
from app.services.reports import figures as reports
from app.services.reports.model import Report, to_json
from app.sync_schema import limits
from app.sync_schema.enums import EventType
from app.sync_schema.payloads import ClosingPayload

MAX_COMMENT = limits.COMMENT_LENGTH


@dataclass(frozen=True)
class CountPreview:
    """What the count grid shows while the manager types."""

    counted_cents: int
    expected_cents: int
    difference_cents: int  # counted minus expected: negative = missing
    needs_comment: bool


@dataclass(frozen=True)
class ClosingResult:
    """The closed session's Z; the drawer opens so the banked cash can be taken out."""

    closing_id: int
    z_number: int
    closed_at: datetime
    report: Report
    left_in_drawer_cents: int
    open_drawer: bool = True


@dataclass(frozen=True)
class ClosingInfo:
    """One row of the list of Z closings (for reprints)."""

    closing_id: int
    z_number: int
    closed_at: datetime
    gross_cents: int
    difference_cents: int


def preview(ctx: Ctx, counted: Mapping[int, int]) -> CountPreview:
    """Expected vs counted for the open session; changes nothing."""
    ctx.require(Permission.CLOSE_DAY)
    session = require_open_session(ctx)
    total = cash_count.count_total(cash_count.normalise(counted))
    expected = expected_cash(ctx, session.id)
    return CountPreview(total, expected, total - expected, total != expected)


@dataclass(frozen=True)
class ClosingSummary:
    """What the manager confirms before the Z is written: nothing is booked yet."""

    z_number: int
    receipts: int
    gross_cents: int
    expected_cents: int
    counted_cents: int
    difference_cents: int
    banked_cents: int
    left_in_drawer_cents: int
    comment: str


def _checked_count(ctx: Ctx, counted: Mapping[int, int], comment: str,
                   banked_cents: int, now: datetime) -> tuple[dict[int, int], int, int, str]:
    """The normalised count, its total, the expected cash and the cleaned comment.

    Raises the German refusals a closing can meet: a difference without a comment, or
    more to the bank than was counted.
    """
    session = require_open_session(ctx)
    normal = cash_count.normalise(counted)
    total = cash_count.count_total(normal)
    expected = expected_cash(ctx, session.id, now)
    comment = " ".join(comment.split())[:MAX_COMMENT]
    if total != expected and not comment:
        raise ValidationError(msg.DIFFERENCE_NEEDS_COMMENT.format(
            counted=format_cents(total), expected=format_cents(expected),
            difference=format_cents(total - expected)))
    if isinstance(banked_cents, bool) or not 0 <= banked_cents <= total:
        raise ValidationError(msg.BANKED_RANGE.format(
            counted=format_cents(total), amount=format_cents(int(banked_cents))))
    return normal, total, expected, comment


def closing_summary(ctx: Ctx, counted: Mapping[int, int], comment: str = "",
                    banked_cents: int = 0) -> ClosingSummary:
    """The figures ``close_session`` would freeze with this count; changes nothing."""
    ctx.require(Permission.CLOSE_DAY)
    now = ctx.now()
    _normal, total, expected, comment = _checked_count(ctx, counted, comment, banked_cents,
                                                       now)
    session = require_open_session(ctx)
    report = reports.compute(ctx, session.id, now)
    return ClosingSummary(next_z_number(ctx), report.receipts, report.gross_cents, expected,
                          total, total - expected, banked_cents, total - banked_cents,
                          comment)


def next_z_number(ctx: Ctx) -> int:
    last = ctx.session.scalar(select(func.max(CashClosing.z_number))
                              .where(CashClosing.station_id == ctx.station_id))
    return (last or 0) + 1


def close_session(ctx: Ctx, counted: Mapping[int, int], comment: str = "",
                  banked_cents: int = 0) -> ClosingResult:
    """Close the open session with the count by denomination and write its Z.

    A difference between counted and expected cash needs a comment. ``banked_cents`` is
    what is taken to the bank or safe now; counted minus banked stays as the next float.
    """
    ctx.require(Permission.CLOSE_DAY)
    session = require_open_session(ctx)
    now = ctx.now()
    normal, total, expected, comment = _checked_count(ctx, counted, comment, banked_cents, now)
    z_number = next_z_number(ctx)
    denominations = cash_count.as_json(normal)
    # The chain as it stands at the closing (before the closing's own entry), printed on
    # the Z so the paper anchors the day's log outside the database.
    chain = audit.head(ctx.session)
    facts = reports.ClosingFacts(z_number, reports.user_name(ctx, ctx.actor.user_id), total,
                                 denominations, banked_cents, comment, chain.count, chain.hash)
    report = reports.compute(ctx, session.id, now, facts)
    row = CashClosing(
        cash_session_id=session.id, station_id=ctx.station_id, z_number=z_number,
        closed_at=now, closed_by=ctx.actor.user_id, counted_cents=total,
        counted_denominations=denominations, expected_cents=expected,
        difference_cents=total - expected, banked_cents=banked_cents, comment=comment,
        figures=to_json(report),
    )
    ctx.session.add(row)
    ctx.session.flush()
    details = {"session_id": session.id, "z_number": z_number, "counted_cents": total,
               "expected_cents": expected, "difference_cents": total - expected,
               "banked_cents": banked_cents, "comment": comment}
    tse_records.pending_event(ctx, f"Kassenabschluss Z-Nr. {z_number}",
                              process_type=SONSTIGER_VORGANG, cash_closing_id=row.id)
    audit.record(ctx, "cash_session.closed", "cash_closing", row.id, **details)
    outbox.emit(ctx, EventType.CASH_SESSION_CLOSED, ClosingPayload(
        closing_id=row.id, station=report.station, closed_at=now, closed_by=ctx.actor.name,
        difference_gv_typ=DIFFERENCE_GV_TYP, denominations=denominations,
        figures=row.figures, session_id=session.id, z_number=z_number, counted_cents=total,
        expected_cents=expected, difference_cents=total - expected,
        banked_cents=banked_cents, comment=comment))
    return ClosingResult(row.id, z_number, now, report, total - banked_cents)


@dataclass(frozen=True)
class TillState:
    """Everything the Abschluss screen shows before the manager acts."""

    session: SessionInfo | None  # the open session, None when the till is closed
    expected_cash_cents: int | None  # what the drawer should hold now (open till only)
    float_suggestion_cents: int  # what the last closing left in the drawer
    next_z_number: int
    last_closing: ClosingInfo | None
    denominations: tuple[tuple[int, str], ...]  # the count grid: (cents, "50 €"), …


def till_state(ctx: Ctx) -> TillState:
    """The open session (if any), expected cash, float suggestion and the next Z number."""
    ctx.require(Permission.CLOSE_DAY)
    session = current_session(ctx)
    expected = expected_cash(ctx, session.id) if session else None
    last = list_closings(ctx, 1)
    return TillState(session, expected, float_suggestion(ctx), next_z_number(ctx),
                     last[0] if last else None,
                     tuple((d, cash_count.denomination_label(d))
                           for d in cash_count.DENOMINATIONS))


def list_closings(ctx: Ctx, limit: int = 100) -> list[ClosingInfo]:
    """The newest Z closings of this station, newest first."""
    ctx.require(Permission.CASH_REPORTS)
    rows = ctx.session.scalars(
        select(CashClosing).where(CashClosing.station_id == ctx.station_id)
        .order_by(CashClosing.z_number.desc()).limit(limit))
    return [ClosingInfo(r.id, r.z_number, r.closed_at, int(r.figures["gross_cents"]),
                        r.difference_cents) for r in rows]
