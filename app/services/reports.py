"""X and Z report figures, computed only from records.

The period of a session runs from its opening to its closing (a Z) or to now (an X);
a session's receipts are those carrying its id and finished within the period. Refunds
count negative whichever sign the refund rows carry; cancelled sales (voids) count
apart and never as turnover. VAT is summed per receipt and VAT treatment (as printed on
each receipt), so the report matches the receipts to the cent. The margin scheme shows
no VAT (net = gross).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, time, timedelta

from sqlalchemy import ColumnElement, and_, case, distinct, func, select
from sqlalchemy.orm import InstrumentedAttribute

from app.db.models import (
    CashClosing,
    CashMovement,
    CashSession,
    Category,
    Item,
    Payment,
    Sale,
    SaleLine,
    User,
)
from app.errors import NotFoundError, PermissionDenied, ValidationError
from app.services import cash_messages as msg
from app.services.cash_sessions import (
    MOVEMENTS,
    current_session,
    expected_cash,
    require_open_session,
)
from app.services.context import Ctx
from app.services.formatting import BERLIN
from app.services.report_model import (
    CashFigures,
    CategoryRow,
    MovementRow,
    PaymentRow,
    Report,
    Tally,
    VatRow,
    from_json,
)
from app.services.roles import Permission, allowed
from app.services.vat import VAT_KINDS, vat_of_gross

PAYMENT_LABELS = {"cash": "Bar", "card": "Karte"}
NO_CATEGORY = "ohne Warengruppe"
TURNOVER_KINDS = ("sale", "refund")


@dataclass(frozen=True)
class ClosingFacts:
    """What a Z adds to the figures: its number and the count."""

    z_number: int
    closed_by: str
    counted_cents: int
    denominations: dict[str, int]
    banked_cents: int
    comment: str


def signed(column: ColumnElement[int] | InstrumentedAttribute[int]) -> ColumnElement[int]:
    """A refund's amounts count negative, whichever sign the row carries."""
    return case((Sale.kind == "refund", -func.abs(column)), else_=column)


def _in_session(session_id: int, end: datetime) -> ColumnElement[bool]:
    return and_(Sale.cash_session_id == session_id, Sale.finished_at <= end)


def _vat_rows(ctx: Ctx, where: ColumnElement[bool]) -> list[VatRow]:
    per_receipt = ctx.session.execute(
        select(SaleLine.vat_kind, func.sum(signed(SaleLine.total_cents)))
        .join(Sale, Sale.id == SaleLine.sale_id)
        .where(where, Sale.kind.in_(TURNOVER_KINDS))
        .group_by(Sale.id, SaleLine.vat_kind)
    ).all()
    return vat_rows_of(per_receipt)


def vat_rows_of(per_receipt: Iterable[tuple[str, int]]) -> list[VatRow]:
    """``(vat_kind, gross)`` per receipt -> one row per VAT kind (VAT summed per receipt)."""
    gross: dict[str, int] = {}
    vat: dict[str, int] = {}
    for kind, cents in per_receipt:
        vk = VAT_KINDS[kind]
        gross[kind] = gross.get(kind, 0) + int(cents)
        shown = 0 if kind == "margin" else vat_of_gross(int(cents), vk.rate_bp)
        vat[kind] = vat.get(kind, 0) + shown
    return [VatRow(k, VAT_KINDS[k].label, VAT_KINDS[k].rate_bp, VAT_KINDS[k].dsfinvk_key,
                   gross[k], gross[k] - vat[k], vat[k])
            for k in VAT_KINDS if k in gross]


def _payments(ctx: Ctx, where: ColumnElement[bool]) -> list[PaymentRow]:
    rows = ctx.session.execute(
        select(Payment.method, func.count(distinct(Payment.sale_id)),
               func.sum(signed(Payment.amount_cents)))
        .join(Sale, Sale.id == Payment.sale_id)
        .where(where, Sale.kind.in_(TURNOVER_KINDS)).group_by(Payment.method)
    ).all()
    found = {method: (count, int(amount)) for method, count, amount in rows}
    return [PaymentRow(m, PAYMENT_LABELS[m], found.get(m, (0, 0))[0], found.get(m, (0, 0))[1])
            for m in PAYMENT_LABELS]


def _categories(ctx: Ctx, where: ColumnElement[bool]) -> list[CategoryRow]:
    quantity = signed(SaleLine.quantity)
    weight = case((Item.weight_g > 0, Item.weight_g),
                  else_=func.coalesce(Category.avg_weight_g, 0))
    rows = ctx.session.execute(
        select(func.coalesce(Category.name, NO_CATEGORY), func.sum(quantity),
               func.sum(signed(SaleLine.total_cents)), func.sum(quantity * weight))
        .select_from(SaleLine).join(Sale, Sale.id == SaleLine.sale_id)
        .outerjoin(Category, Category.id == SaleLine.category_id)
        .outerjoin(Item, Item.id == SaleLine.item_id)
        .where(where, Sale.kind.in_(TURNOVER_KINDS))
        .group_by(func.coalesce(Category.name, NO_CATEGORY))
        .order_by(func.sum(signed(SaleLine.total_cents)).desc(),
                  func.coalesce(Category.name, NO_CATEGORY))
    ).all()
    return [CategoryRow(name, int(count), int(amount), int(grams))
            for name, count, amount, grams in rows]


def _tallies(ctx: Ctx, where: ColumnElement[bool]) -> tuple[int, Tally, Tally, Tally]:
    kinds: dict[str, int] = {kind: count for kind, count in ctx.session.execute(
        select(Sale.kind, func.count()).where(where).group_by(Sale.kind))}
    refund_cents = ctx.session.scalar(
        select(func.coalesce(func.sum(func.abs(Sale.total_cents)), 0))
        .where(where, Sale.kind == "refund")) or 0
    void_cents = ctx.session.scalar(
        select(func.coalesce(func.sum(func.abs(SaleLine.total_cents)), 0))
        .join(Sale, Sale.id == SaleLine.sale_id).where(where, Sale.kind == "cancelled")) or 0
    disc = ctx.session.execute(
        select(func.count(), func.coalesce(func.sum(SaleLine.discount_cents), 0))
        .join(Sale, Sale.id == SaleLine.sale_id)
        .where(where, Sale.kind == "sale", SaleLine.discount_cents > 0)).one()
    return (kinds.get("sale", 0), Tally(kinds.get("cancelled", 0), int(void_cents)),
            Tally(int(disc[0]), int(disc[1])), Tally(kinds.get("refund", 0), int(refund_cents)))


def _movements(ctx: Ctx, session_id: int, end: datetime) -> list[MovementRow]:
    rows = ctx.session.execute(
        select(CashMovement, User.display_name).join(User, User.id == CashMovement.user_id)
        .where(CashMovement.cash_session_id == session_id, CashMovement.created_at <= end)
        .order_by(CashMovement.id)
    ).all()
    return [MovementRow(m.created_at.isoformat(), m.kind, MOVEMENTS[m.kind][0],
                        m.amount_cents, m.reason, name) for m, name in rows]


def _count_items(ctx: Ctx, column: InstrumentedAttribute[datetime | None]
                 | InstrumentedAttribute[datetime], start: datetime, end: datetime) -> int:
    return ctx.session.scalar(
        select(func.count()).select_from(Item).where(column >= start, column <= end)) or 0


def user_name(ctx: Ctx, user_id: int | None) -> str:
    return ctx.session.scalar(select(User.display_name).where(User.id == user_id)) or ""


def compute(ctx: Ctx, session_id: int, end: datetime, closing: ClosingFacts | None = None,
            *, with_cash: bool = True) -> Report:
    """The figures of one session up to ``end``: a Z with ``closing``, else an X."""
    row = ctx.session.get(CashSession, session_id)
    if row is None or row.station_id != ctx.station_id:
        raise NotFoundError(msg.SESSION_UNKNOWN)
    assert ctx.station is not None
    where = _in_session(session_id, end)
    vat = _vat_rows(ctx, where)
    receipts, voids, discounts, refunds = _tallies(ctx, where)
    cashiers = sorted(ctx.session.scalars(
        select(User.display_name).distinct().join(Sale, Sale.user_id == User.id)
        .where(where)))
    movements = _movements(ctx, session_id, end)
    moved = sum(m.amount_cents for m in movements)
    expected = expected_cash(ctx, session_id, end)
    cash = CashFigures(row.float_cents, expected - row.float_cents - moved, moved, expected)
    if closing is not None:
        cash = replace(cash, counted_cents=closing.counted_cents,
                       difference_cents=closing.counted_cents - expected,
                       banked_cents=closing.banked_cents,
                       left_in_drawer_cents=closing.counted_cents - closing.banked_cents,
                       comment=closing.comment, denominations=closing.denominations)
    if not with_cash:
        cash = CashFigures(0, 0, 0, 0)
        movements = []
    return Report(
        kind="Z" if closing else "X", store=ctx.station.store_name, station=ctx.station.number,
        session_id=session_id, session_number=row.number,
        period_start=row.opened_at.isoformat(), period_end=end.isoformat(),
        z_number=closing.z_number if closing else None, opened_by=user_name(ctx, row.opened_by),
        closed_by=closing.closed_by if closing else "", cashiers=cashiers, receipts=receipts,
        gross_cents=sum(v.gross_cents for v in vat), net_cents=sum(v.net_cents for v in vat),
        vat_cents=sum(v.vat_cents for v in vat), vat=vat, payments=_payments(ctx, where),
        categories=_categories(ctx, where), voids=voids, discounts=discounts, refunds=refunds,
        movements=movements, cash=cash,
        items_received=_count_items(ctx, Item.received_at, row.opened_at, end),
        items_labelled=_count_items(ctx, Item.label_printed_at, row.opened_at, end),
        with_cash=with_cash,
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
    return ClosingFacts(row.z_number, user_name(ctx, row.closed_by), row.counted_cents,
                        dict(row.counted_denominations), row.banked_cents, row.comment)


def _closing(ctx: Ctx, closing_id: int) -> CashClosing:
    ctx.require(Permission.CASH_REPORTS)
    row = ctx.session.get(CashClosing, closing_id)
    if row is None or row.station_id != ctx.station_id:
        raise NotFoundError(msg.SESSION_UNKNOWN)
    return row


def z_report(ctx: Ctx, closing_id: int) -> Report:
    """The Z as frozen at closing (for a reprint)."""
    return from_json(_closing(ctx, closing_id).figures)


def recompute_z(ctx: Ctx, closing_id: int) -> Report:
    """The Z computed again from the records; equals ``z_report`` unless records changed."""
    row = _closing(ctx, closing_id)
    return compute(ctx, row.cash_session_id, row.closed_at, closing_facts(ctx, row))


def berlin_day_range(day: date) -> tuple[datetime, datetime]:
    """A Berlin calendar day as a half-open UTC range (23, 24 or 25 hours)."""
    start = datetime.combine(day, time(), BERLIN)
    end = datetime.combine(day + timedelta(days=1), time(), BERLIN)
    return start.astimezone(UTC), end.astimezone(UTC)


def closings_on(ctx: Ctx, day: date) -> list[int]:
    """Ids of the Z closings made on a Berlin calendar day, in Z order."""
    ctx.require(Permission.CASH_REPORTS)
    today = ctx.now().astimezone(BERLIN).date()
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
