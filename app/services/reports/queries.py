"""The SQL behind the X/Z figures, built once with bind parameters and run with Core.

A Z is about ten small aggregations over one session's rows; building the statements
once (and skipping the ORM) keeps it near the cost of the SQL itself. Parameters:
``sid`` (cash session id), ``end`` (end of the period), ``start`` (its beginning).
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import (
    BindParameter,
    ColumnElement,
    Connection,
    Integer,
    Select,
    and_,
    bindparam,
    case,
    distinct,
    exists,
    func,
    or_,
    select,
    true,
)
from sqlalchemy.orm import InstrumentedAttribute

from app.db.models import (
    AuditEntry,
    CashClosing,
    CashMovement,
    CashSession,
    Category,
    Item,
    Payment,
    Sale,
    SaleLine,
    TseTransaction,
    User,
)
from app.db.types import UTCDateTime
from app.services.catalog.vat import VAT_KINDS
from app.services.reports.messages import NO_CATEGORY
from app.sync_schema.enums import PaymentMethod, SaleKind, VatKind

TURNOVER_KINDS = (SaleKind.SALE.value, SaleKind.REFUND.value)
# A booking made in training mode (``fiscal.mode``) is signed with this BON_TYP. It is no
# real business: it stays in the single records but never counts for a Z (revenue, VAT,
# payments, expected cash). ``counts_for_z`` and the two SQL conditions below are the
# one definition every report, the cash count and the DSFinV-K closing tables use.
TRAINING_BON_TYP = "AVTraining"


def counts_for_z(bon_typ: str | None) -> bool:
    """Whether a record signed with ``bon_typ`` counts for the Z (None: not signed)."""
    return bon_typ != TRAINING_BON_TYP


_TRAINING_TX = TseTransaction.bon_typ == TRAINING_BON_TYP
SALE_IS_TRAINING = exists().where(TseTransaction.sale_id == Sale.id, _TRAINING_TX)
SALE_COUNTS = ~SALE_IS_TRAINING
MOVEMENT_IS_TRAINING = exists().where(
    TseTransaction.cash_movement_id == CashMovement.id, _TRAINING_TX)
MOVEMENT_COUNTS = ~MOVEMENT_IS_TRAINING

SID: BindParameter[int] = bindparam("sid", type_=Integer())
START = bindparam("start", type_=UTCDateTime())
END = bindparam("end", type_=UTCDateTime())
STATION: BindParameter[int] = bindparam("station", type_=Integer())
PREV = bindparam("prev", type_=UTCDateTime())  # the station's closing before this session
NO_CLOSING_YET = datetime(2000, 1, 1, tzinfo=UTC)


def signed(column: ColumnElement[int] | InstrumentedAttribute[int]) -> ColumnElement[int]:
    """A refund's amounts count negative, whichever sign the row carries."""
    return case((Sale.kind == SaleKind.REFUND.value, -func.abs(column)), else_=column)


def shown_rate_bp(kind: ColumnElement[str]) -> ColumnElement[int]:
    """The rate whose VAT a receipt shows: 0 for exempt and the margin scheme."""
    return case(*((kind == key, 0 if key == VatKind.MARGIN else vk.rate_bp)
                  for key, vk in VAT_KINDS.items()), else_=0)


def vat_in_sql(gross: ColumnElement[int], rate_bp: ColumnElement[int]) -> ColumnElement[int]:
    """``vat.vat_of_gross`` as SQL: VAT in a gross amount, rounded half up, sign kept."""
    den = rate_bp + 10_000
    magnitude = (func.abs(gross) * rate_bp * 2 + den) // (den * 2)
    return case((gross < 0, -magnitude), else_=magnitude)


def per_receipt_vat(where: ColumnElement[bool], *keys: ColumnElement[str]) -> Select[Any]:
    """``keys…, vat_kind, gross, VAT`` with the VAT rounded per receipt and VAT kind."""
    inner = (
        select(*(k.label(f"key{n}") for n, k in enumerate(keys)),
               SaleLine.vat_kind.label("kind"),
               func.sum(signed(SaleLine.total_cents)).label("gross"))
        .select_from(Sale).join(SaleLine, SaleLine.sale_id == Sale.id)
        .where(where, Sale.kind.in_(TURNOVER_KINDS), SALE_COUNTS)
        .group_by(Sale.id, *keys, SaleLine.vat_kind).subquery()
    )
    outer_keys = [inner.c[f"key{n}"] for n in range(len(keys))]
    return (select(*outer_keys, inner.c.kind, func.sum(inner.c.gross),
                   func.sum(vat_in_sql(inner.c.gross, shown_rate_bp(inner.c.kind))))
            .group_by(*outer_keys, inner.c.kind))


def _sum(expr: ColumnElement[Any] | InstrumentedAttribute[Any]) -> ColumnElement[int]:
    return func.coalesce(func.sum(expr), 0)


# A session's receipts: its own, plus those booked while the till was closed (between the
# previous closing and this opening: checkout then points them at the closed session, or
# at none). Their cash went into this drawer, so they belong to this session's count.
BEFORE_OPENING = and_(Sale.station_id == STATION, Sale.finished_at > PREV,
                      Sale.finished_at <= START)
IN_SESSION = and_(Sale.finished_at <= END, or_(Sale.cash_session_id == SID, BEFORE_OPENING))
# The session's receipts that count for its Z (see ``TRAINING_BON_TYP``).
COUNTED = and_(IN_SESSION, SALE_COUNTS)

_PREV_CLOSING = (
    select(func.max(CashClosing.closed_at))
    .where(CashClosing.station_id == CashSession.station_id,
           CashClosing.cash_session_id < CashSession.id)
    .scalar_subquery()
)
SESSION = (
    select(CashSession.station_id, CashSession.number, CashSession.opened_at,
           CashSession.float_cents, User.display_name, _PREV_CLOSING)
    .join(User, User.id == CashSession.opened_by).where(CashSession.id == SID)
)
CASH_TAKEN = (
    select(_sum(signed(Payment.amount_cents))).select_from(Payment)
    .join(Sale, Sale.id == Payment.sale_id)
    .where(COUNTED, Sale.kind.in_(TURNOVER_KINDS), Payment.method == PaymentMethod.CASH.value)
)
_MOVEMENT_IN_SESSION = and_(CashMovement.cash_session_id == SID, CashMovement.created_at <= END)
MOVED = (
    select(_sum(CashMovement.amount_cents))
    .where(_MOVEMENT_IN_SESSION, MOVEMENT_COUNTS)
)


def session_params(conn: Connection, session_id: int, end: datetime) -> dict[str, Any] | None:
    """The bind parameters of a session's period, or None if there is no such session.

    Keys: sid, station, start (opening), prev (previous closing), end, plus the head
    values number, float_cents and opened_by (a name).
    """
    head = conn.execute(SESSION, {"sid": session_id}).first()
    if head is None:
        return None
    station, number, opened_at, float_cents, opened_by, prev = head
    prev = prev or NO_CLOSING_YET
    return {"sid": session_id, "station": station, "start": opened_at, "prev": prev,
            "end": end, "number": number, "float_cents": float_cents, "opened_by": opened_by}
VAT = per_receipt_vat(IN_SESSION)
PAYMENTS = (
    select(Payment.method, func.count(distinct(Payment.sale_id)),
           func.sum(signed(Payment.amount_cents)))
    .join(Sale, Sale.id == Payment.sale_id)
    .where(COUNTED, Sale.kind.in_(TURNOVER_KINDS)).group_by(Payment.method)
)
_QUANTITY = signed(SaleLine.quantity)
_WEIGHT = case((Item.weight_g > 0, Item.weight_g), else_=func.coalesce(Category.avg_weight_g, 0))
_CATEGORY = func.coalesce(Category.name, NO_CATEGORY)
CATEGORIES = (
    select(_CATEGORY, func.sum(_QUANTITY), func.sum(signed(SaleLine.total_cents)),
           func.sum(_QUANTITY * _WEIGHT))
    .select_from(SaleLine).join(Sale, Sale.id == SaleLine.sale_id)
    .outerjoin(Category, Category.id == SaleLine.category_id)
    .outerjoin(Item, Item.id == SaleLine.item_id)
    .where(COUNTED, Sale.kind.in_(TURNOVER_KINDS))
    .group_by(_CATEGORY).order_by(func.sum(signed(SaleLine.total_cents)).desc(), _CATEGORY)
)
# receipts (sales), voids, refunds, refunded amount, receipts booked before the opening
HEADS = select(
    _sum(case((Sale.kind == SaleKind.SALE.value, 1), else_=0)),
    _sum(case((Sale.kind == SaleKind.CANCELLED.value, 1), else_=0)),
    _sum(case((Sale.kind == SaleKind.REFUND.value, 1), else_=0)),
    _sum(case((Sale.kind == SaleKind.REFUND.value, func.abs(Sale.total_cents)), else_=0)),
    _sum(case((Sale.finished_at < START, 1), else_=0)),
).where(COUNTED)
_DISCOUNTED = and_(Sale.kind == SaleKind.SALE.value, SaleLine.discount_cents > 0)
# voided amount, discounted lines, discount amount
LINES = (
    select(_sum(case((Sale.kind == SaleKind.CANCELLED.value, func.abs(SaleLine.total_cents)),
              else_=0)),
           _sum(case((_DISCOUNTED, 1), else_=0)),
           _sum(case((_DISCOUNTED, SaleLine.discount_cents), else_=0)))
    .select_from(SaleLine).join(Sale, Sale.id == SaleLine.sale_id)
    .where(COUNTED, Sale.kind.in_((SaleKind.SALE.value, SaleKind.CANCELLED.value)))
)
CASHIERS = (
    select(User.display_name).distinct().join(Sale, Sale.user_id == User.id)
    .where(IN_SESSION).order_by(User.display_name)
)
MOVEMENTS = (
    select(CashMovement.created_at, CashMovement.kind, CashMovement.amount_cents,
           CashMovement.reason, User.display_name)
    .join(User, User.id == CashMovement.user_id)
    .where(_MOVEMENT_IN_SESSION, MOVEMENT_COUNTS)
    .order_by(CashMovement.id)
)
# Training bookings of the session, shown apart: receipts (sales and refunds) and their
# signed gross, cash movements and their signed sum.
TRAINING_RECEIPTS = (
    select(func.count(), _sum(signed(Sale.total_cents)))
    .where(IN_SESSION, Sale.kind.in_(TURNOVER_KINDS), SALE_IS_TRAINING)
)
TRAINING_MOVEMENTS = (
    select(func.count(), _sum(CashMovement.amount_cents))
    .where(_MOVEMENT_IN_SESSION, MOVEMENT_IS_TRAINING)
)


# Intake figures come from the append-only audit log, not from the item table: a label
# reprint moves ``item.label_printed_at``, and items synced in from other stations later
# would change a Z recomputed afterwards.
_AUDIT_FIRST_AT = (
    select(AuditEntry.at).where(AuditEntry.id >= bindparam("probe"))
    .order_by(AuditEntry.id).limit(1)
)
_CODES = func.json_each(AuditEntry.details, "$.codes").table_valued("value")
_IN_WINDOW = and_(AuditEntry.id >= bindparam("lo"), AuditEntry.id <= bindparam("hi"),
                  AuditEntry.at >= START, AuditEntry.at <= END)
RECEIVED = select(func.count()).where(_IN_WINDOW, AuditEntry.action == "item.received")
LABELLED = (
    select(func.count(distinct(_CODES.c.value))).select_from(AuditEntry)
    .join(_CODES, true()).where(_IN_WINDOW, AuditEntry.action == "item.labels_printed")
)


def _first_id(conn: Connection, moment: datetime, top: int, *, after: bool = False) -> int:
    """The first audit id written at (or, ``after``, after) ``moment``, by bisection.

    Audit ids grow with time, so a period's entries lie in one id range; the bisection
    saves a scan of the whole log (it has no index on ``at``).
    """
    lo, hi = 1, top + 1
    while lo < hi:
        mid = (lo + hi) // 2
        at = conn.execute(_AUDIT_FIRST_AT, {"probe": mid}).scalar()
        if at is not None and (at <= moment if after else at < moment):
            lo = mid + 1
        else:
            hi = mid
    return lo


def intake_counts(conn: Connection, start: datetime, end: datetime) -> tuple[int, int]:
    """Items taken in and items whose label was printed within ``start``…``end``."""
    top = conn.execute(select(func.max(AuditEntry.id))).scalar() or 0
    params = {"lo": _first_id(conn, start, top), "hi": _first_id(conn, end, top, after=True) - 1,
              "start": start, "end": end}
    received = conn.execute(RECEIVED, params).scalar_one()
    labelled = conn.execute(LABELLED, params).scalar_one()
    return int(received), int(labelled)
