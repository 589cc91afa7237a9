"""X and Z report figures, computed only from records.

The period of a session runs from its opening to its closing (a Z) or to now (an X);
a session's receipts are those carrying its id and finished within the period, plus
those booked while the till was closed just before it opened (their cash is in this
drawer; ``report_queries.IN_SESSION``). Later records never change a Z. Refunds
count negative whichever sign the refund rows carry; cancelled sales (voids) count
apart and never as turnover. Training bookings (``queries.TRAINING_BON_TYP``) are no
business: they are left out of every figure (and the expected cash) and shown apart.
VAT is summed per receipt and VAT treatment (as printed on each receipt), so the report
matches the receipts to the cent. The margin scheme shows no VAT (net = gross).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, datetime
from typing import Any

from sqlalchemy import select

from app.db.models import CashClosing, User
from app.errors import NotFoundError, PermissionDenied, ValidationError
from app.services.cash import messages as cash_msg
from app.services.cash.sessions import (
    MOVEMENTS,
    current_session,
    require_open_session,
)
from app.services.catalog.vat import VAT_KINDS
from app.services.fiscal import outages
from app.services.kernel.clock import berlin_day_range, berlin_today
from app.services.kernel.context import Ctx
from app.services.kernel.roles import Permission, allowed
from app.services.reports import messages as msg
from app.services.reports import queries as q
from app.services.reports.model import (
    CashFigures,
    CategoryRow,
    MovementRow,
    OutageRow,
    PaymentRow,
    Report,
    ReportKind,
    Tally,
    TrainingFigures,
    VatRow,
    from_json,
)
from app.sync_schema.enums import PaymentMethod


@dataclass(frozen=True)
class ClosingFacts:
    """What a Z adds to the figures: its number and the count."""

    z_number: int
    closed_by: str
    counted_cents: int
    denominations: dict[str, int]
    banked_cents: int
    comment: str
    audit_count: int | None = None  # the chain head when the day was closed
    audit_hash: str = ""


def _figures(ctx: Ctx, params: dict[str, Any]) -> dict[str, Any]:
    """Run the prebuilt aggregations of one session (see ``report_queries``)."""
    conn = ctx.session.connection()
    vat_found = {kind: (int(g), int(v)) for kind, g, v in conn.execute(q.VAT, params)}
    pay_found = {m: (int(c), int(a)) for m, c, a in conn.execute(q.PAYMENTS, params)}
    heads = conn.execute(q.HEADS, params).one()
    lines = conn.execute(q.LINES, params).one()
    items = q.intake_counts(conn, params["start"], params["end"])
    training = conn.execute(q.TRAINING_RECEIPTS, params).one()
    training_moves = conn.execute(q.TRAINING_MOVEMENTS, params).one()
    return {
        "vat": [VatRow(k, vk.label, vk.rate_bp, vk.dsfinvk_key, vat_found[k][0],
                       vat_found[k][0] - vat_found[k][1], vat_found[k][1])
                for k, vk in VAT_KINDS.items() if k in vat_found],
        "payments": [PaymentRow(m, label, *pay_found.get(m, (0, 0)))
                     for m, label in msg.PAYMENT_LABELS.items()],
        "categories": [CategoryRow(name, int(n), int(a), int(g))
                       for name, n, a, g in conn.execute(q.CATEGORIES, params)],
        "receipts": int(heads[0]),
        "voids": Tally(int(heads[1]), int(lines[0])),
        "discounts": Tally(int(lines[1]), int(lines[2])),
        "refunds": Tally(int(heads[2]), int(heads[3])),
        "receipts_before_opening": int(heads[4]),
        "cashiers": list(conn.execute(q.CASHIERS, params).scalars()),
        "movements": [MovementRow(at.isoformat(), kind, MOVEMENTS[kind][0], amount, reason, who)
                      for at, kind, amount, reason, who in conn.execute(q.MOVEMENTS, params)],
        "items_received": int(items[0]),
        "items_labelled": int(items[1]),
        "training": TrainingFigures(int(training[0]), int(training[1]), int(training_moves[0]),
                                    int(training_moves[1])),
    }


def user_name(ctx: Ctx, user_id: int | None) -> str:
    return ctx.session.scalar(select(User.display_name).where(User.id == user_id)) or ""


def compute(ctx: Ctx, session_id: int, end: datetime, closing: ClosingFacts | None = None,
            *, with_cash: bool = True) -> Report:
    """The figures of one session up to ``end``: a Z with ``closing``, else an X."""
    params = q.session_params(ctx.session.connection(), session_id, end)
    if params is None or params["station"] != ctx.station_id:
        raise NotFoundError(cash_msg.SESSION_UNKNOWN)
    assert ctx.station is not None
    opened_at: datetime = params["start"]
    float_cents: int = params["float_cents"]
    f = _figures(ctx, params)
    vat: list[VatRow] = f["vat"]
    moved = sum(m.amount_cents for m in f["movements"])
    # The same sum as cash_sessions.expected_cash, from the rows already read.
    cash_sales = next(p.amount_cents for p in f["payments"]
                      if p.method == PaymentMethod.CASH)
    expected = float_cents + cash_sales + moved
    cash = CashFigures(float_cents, cash_sales, moved, expected)
    if closing is not None:
        cash = replace(cash, counted_cents=closing.counted_cents,
                       difference_cents=closing.counted_cents - expected,
                       banked_cents=closing.banked_cents,
                       left_in_drawer_cents=closing.counted_cents - closing.banked_cents,
                       comment=closing.comment, denominations=closing.denominations)
    if not with_cash:
        cash = CashFigures(0, 0, 0, 0)
        f["movements"] = []
        f["training"] = replace(f["training"], movements=0, movements_cents=0)
    tse_outages = [OutageRow(o.started_at.isoformat(),
                             o.ended_at.isoformat() if o.ended_at else "", o.reason,
                             o.unsigned, o.overdue)
                   for o in outages.in_period(ctx, opened_at, end)]
    return Report(
        kind=ReportKind.Z if closing else ReportKind.X, store=ctx.station.store_name,
        station=ctx.station.number,
        session_id=session_id, session_number=params["number"],
        period_start=opened_at.isoformat(),
        period_end=end.isoformat(), z_number=closing.z_number if closing else None,
        opened_by=params["opened_by"], closed_by=closing.closed_by if closing else "",
        gross_cents=sum(v.gross_cents for v in vat), net_cents=sum(v.net_cents for v in vat),
        vat_cents=sum(v.vat_cents for v in vat), cash=cash, with_cash=with_cash,
        audit_count=closing.audit_count if closing else None,
        audit_hash=closing.audit_hash if closing else "",
        tse_outages=tse_outages, **f,
    )


def x_report(ctx: Ctx, session_id: int | None = None) -> Report:
    """An X (Zwischenbericht) of the open session, or of ``session_id``; changes nothing.

    Managers see any session with its cash figures; cashiers only the open session, and
    without float, movements and expected cash (``Permission.CASH_REPORTS``).
    """
    full = allowed(ctx.actor.role, Permission.CASH_REPORTS)
    if not full:
        ctx.require(Permission.OWN_X_REPORT)
        open_now = current_session(ctx)
        if session_id is not None and (open_now is None or open_now.id != session_id):
            raise PermissionDenied(msg.NOT_OWN_SESSION)
    sid = session_id if session_id is not None else require_open_session(ctx).id
    return compute(ctx, sid, ctx.now(), with_cash=full)


def closing_facts(ctx: Ctx, row: CashClosing) -> ClosingFacts:
    frozen = row.figures if isinstance(row.figures, dict) else {}
    return ClosingFacts(row.z_number, user_name(ctx, row.closed_by), row.counted_cents,
                        dict(row.counted_denominations), row.banked_cents, row.comment,
                        frozen.get("audit_count"), str(frozen.get("audit_hash") or ""))


def _closing(ctx: Ctx, closing_id: int) -> CashClosing:
    ctx.require(Permission.CASH_REPORTS)
    row = ctx.session.get(CashClosing, closing_id)
    if row is None or row.station_id != ctx.station_id:
        raise NotFoundError(cash_msg.SESSION_UNKNOWN)
    return row


def z_report(ctx: Ctx, closing_id: int) -> Report:
    """The Z as frozen at closing (for a reprint)."""
    return from_json(_closing(ctx, closing_id).figures)


def recompute_z(ctx: Ctx, closing_id: int) -> Report:
    """The Z computed again from the records; equals ``z_report`` unless records changed."""
    row = _closing(ctx, closing_id)
    return compute(ctx, row.cash_session_id, row.closed_at, closing_facts(ctx, row))


def closings_on(ctx: Ctx, day: date) -> list[int]:
    """Ids of the Z closings made on a Berlin calendar day, in Z order."""
    ctx.require(Permission.CASH_REPORTS)
    today = berlin_today(ctx.clock)
    if day > today:
        raise ValidationError(msg.DATE_IN_FUTURE.format(date=day.strftime("%d.%m.%Y")))
    start, end = berlin_day_range(day)
    ids = list(ctx.session.scalars(
        select(CashClosing.id).where(CashClosing.station_id == ctx.station_id,
                                     CashClosing.closed_at >= start, CashClosing.closed_at < end)
        .order_by(CashClosing.z_number)))
    if not ids:
        raise NotFoundError(msg.NO_Z_FOR_DATE.format(date=day.strftime("%d.%m.%Y")))
    return ids


def z_reports_on(ctx: Ctx, day: date) -> list[Report]:
    """The stored Z reports of a Berlin calendar day (usually one)."""
    return [z_report(ctx, cid) for cid in closings_on(ctx, day)]
