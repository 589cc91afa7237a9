"""Cash sessions: opening the till with a float, the open session, cash movements.

One open session per station. ``cash_session`` and ``cash_movement`` are append-only:
a session is closed by a new ``cash_closing`` row (see ``services.closing``), never by an
update. Each change writes one audit entry and one outbox event in the caller's
transaction; results say whether the drawer should open, and the UI opens it after the
commit. Only managers (``Permission.CLOSE_DAY``) open, close and move cash.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import bindparam, exists, func, select

from app.db import fast_sql
from app.db.models import CashClosing, CashMovement, CashSession, User
from app.errors import ConflictError, NotFoundError, ValidationError
from app.services.cash import count as cash_count
from app.services.cash import messages as msg
from app.services.fiscal import process_data, tse_records
from app.services.kernel import audit, outbox
from app.services.kernel.context import Ctx
from app.services.kernel.formatting import format_cents, format_local
from app.services.kernel.roles import Permission
from app.services.reports import queries as report_queries
from app.sync_schema import limits
from app.sync_schema.enums import EventType, MovementKind, values
from app.sync_schema.payloads import CashMovementPayload, CashSessionPayload

MAX_FLOAT_CENTS = 500_000  # 5.000 € change in the drawer is a typo here
MAX_MOVEMENT_CENTS = 1_000_000  # 10.000 € in one movement is a typo here

# kind -> (German label, sign into the drawer, DSFinV-K GV_TYP)
MOVEMENTS: dict[str, tuple[str, int, str]] = {
    MovementKind.DEPOSIT: (msg.MOVEMENT_LABELS.text(MovementKind.DEPOSIT), 1, "Einzahlung"),
    MovementKind.WITHDRAWAL: (msg.MOVEMENT_LABELS.text(MovementKind.WITHDRAWAL), -1, "Geldtransit"),
    MovementKind.EXPENSE: (msg.MOVEMENT_LABELS.text(MovementKind.EXPENSE), -1, "Auszahlung"),
}
assert set(MOVEMENTS) == set(MovementKind)
FLOAT_GV_TYP = "Anfangsbestand"
DIFFERENCE_GV_TYP = "DifferenzSollIst"


@dataclass(frozen=True)
class SessionInfo:
    """An open or closed till session."""

    id: int
    number: int
    opened_at: datetime
    opened_by: int
    opened_by_name: str
    float_cents: int
    float_denominations: dict[str, int] | None = None


@dataclass(frozen=True)
class OpenResult:
    """The opened session; the drawer opens so the float can go in."""

    session: SessionInfo
    suggested_float_cents: int
    open_drawer: bool = True


@dataclass(frozen=True)
class MovementResult:
    """A recorded Einlage/Entnahme/Ausgabe; the drawer opens after the commit."""

    movement_id: int
    session_id: int
    kind: str
    label: str
    amount_cents: int  # signed: positive into the drawer
    reason: str
    expected_cash_cents: int  # in the drawer after this movement
    open_drawer: bool = True


def _info(ctx: Ctx, row: CashSession, denominations: dict[str, int] | None = None) -> SessionInfo:
    name = ctx.session.scalar(select(User.display_name).where(User.id == row.opened_by)) or ""
    return SessionInfo(row.id, row.number, row.opened_at, row.opened_by, name,
                       row.float_cents, denominations)


def current_session(ctx: Ctx) -> SessionInfo | None:
    """The station's open session (no closing yet), or ``None`` when the till is closed."""
    row = ctx.session.scalars(
        select(CashSession).where(CashSession.station_id == ctx.station_id)
        .order_by(CashSession.id.desc()).limit(1)
    ).first()
    if row is None or is_closed(ctx, row.id):
        return None
    return _info(ctx, row)


_OPEN_SESSION_ID = fast_sql.Prepared(
    select(CashSession.id)
    .where(CashSession.station_id == bindparam("station"),
           ~exists().where(CashClosing.cash_session_id == CashSession.id))
    .order_by(CashSession.id.desc()).limit(1))


def open_session_id(ctx: Ctx) -> int | None:
    """The open session's id in one indexed statement (the sale hot path checks this)."""
    row = fast_sql.execute(ctx, _OPEN_SESSION_ID, {"station": ctx.station_id})
    return None if row is None else int(row[0])


def require_open_till(ctx: Ctx) -> int:
    """The open session's id, or a German ``ConflictError``: no receipt with a closed till."""
    session_id = open_session_id(ctx)
    if session_id is None:
        raise ConflictError(msg.SESSION_NOT_OPEN)
    return session_id


def require_open_session(ctx: Ctx) -> SessionInfo:
    """The open session, or a ``ConflictError`` saying the till must be opened first."""
    session = current_session(ctx)
    if session is None:
        raise ConflictError(msg.SESSION_NOT_OPEN)
    return session


def is_closed(ctx: Ctx, session_id: int) -> bool:
    return ctx.session.scalar(
        select(CashClosing.id).where(CashClosing.cash_session_id == session_id)
    ) is not None


def float_suggestion(ctx: Ctx) -> int:
    """What the last closing left in the drawer (counted minus banked), else 0."""
    row = ctx.session.execute(
        select(CashClosing.counted_cents, CashClosing.banked_cents)
        .where(CashClosing.station_id == ctx.station_id)
        .order_by(CashClosing.z_number.desc()).limit(1)
    ).first()
    return 0 if row is None else row[0] - row[1]


def open_session(ctx: Ctx, *, float_cents: int | None = None,
                 counted: Mapping[int, int] | None = None) -> OpenResult:
    """Open the till with a float, given as a sum or counted by denomination.

    With neither, the float is the amount the last closing left in the drawer.
    """
    ctx.require(Permission.CLOSE_DAY)
    if float_cents is not None and counted is not None:
        raise ValidationError(msg.FLOAT_BOTH)
    open_now = current_session(ctx)
    if open_now is not None:
        raise ConflictError(msg.SESSION_ALREADY_OPEN.format(
            number=open_now.number, since=format_local(open_now.opened_at)))
    suggested = float_suggestion(ctx)
    denominations: dict[str, int] | None = None
    if counted is not None:
        normal = cash_count.normalise(counted)
        denominations = cash_count.as_json(normal)
        float_cents = cash_count.count_total(normal)
    elif float_cents is None:
        float_cents = suggested
    _check_float(float_cents)
    number = (ctx.session.scalar(select(func.max(CashSession.number))
                                 .where(CashSession.station_id == ctx.station_id)) or 0) + 1
    row = CashSession(station_id=ctx.station_id, number=number, opened_at=ctx.now(),
                      opened_by=ctx.actor.user_id, float_cents=float_cents)
    ctx.session.add(row)
    ctx.session.flush()
    details = {"number": number, "float_cents": float_cents,
               "suggested_float_cents": suggested, "denominations": denominations}
    if float_cents:
        tse_records.pending_event(ctx, process_data.transfer(float_cents),
                                  cash_session_id=row.id)
    audit.record(ctx, "cash_session.opened", "cash_session", row.id, **details)
    outbox.emit(ctx, EventType.CASH_SESSION_OPENED, CashSessionPayload(
        session_id=row.id, station=_station_number(ctx), opened_at=row.opened_at,
        opened_by=ctx.actor.name, gv_typ=FLOAT_GV_TYP, number=number,
        float_cents=float_cents, suggested_float_cents=suggested,
        denominations=denominations))
    return OpenResult(_info(ctx, row, denominations), suggested)


def _check_float(cents: int) -> None:
    if cents < 0:
        raise ValidationError(msg.FLOAT_NEGATIVE)
    if cents > MAX_FLOAT_CENTS:
        raise ValidationError(msg.FLOAT_TOO_HIGH.format(
            amount=format_cents(cents), limit=format_cents(MAX_FLOAT_CENTS)))


def _station_number(ctx: Ctx) -> int:
    assert ctx.station is not None
    return ctx.station.number


def expected_cash(ctx: Ctx, session_id: int, until: datetime | None = None) -> int:
    """Float + cash sales − cash refunds ± movements: what the drawer should hold.

    Cash receipts booked while the till was closed count in the next session (their
    money went into this drawer); see ``report_queries.IN_SESSION``. Training sales,
    refunds and movements are left out (``report_queries.COUNTED``, ``MOVED``).
    """
    conn = ctx.session.connection()
    params = report_queries.session_params(conn, session_id, until or ctx.now())
    if params is None:
        raise NotFoundError(msg.SESSION_UNKNOWN)
    cash = conn.execute(report_queries.CASH_TAKEN, params).scalar_one()
    moved = conn.execute(report_queries.MOVED, params).scalar_one()
    return int(params["float_cents"]) + int(cash) + int(moved)


def record_movement(ctx: Ctx, kind: str, amount_cents: int, reason: str) -> MovementResult:
    """Record an Einlage (deposit), Entnahme (withdrawal) or Ausgabe (expense).

    ``amount_cents`` is the positive amount; the direction comes from the kind. An
    Ausgabe's reason is its receipt note. Refused without an open session, for amounts
    outside 0,01 €…10.000 €, and for taking out more than the drawer should hold.
    """
    ctx.require(Permission.CLOSE_DAY)
    if kind not in values(MovementKind):
        raise ValidationError(msg.MOVEMENT_KIND_UNKNOWN.format(kind=kind))
    label, sign, gv_typ = MOVEMENTS[kind]
    if isinstance(amount_cents, bool) or not isinstance(amount_cents, int) or amount_cents <= 0:
        raise ValidationError(msg.MOVEMENT_AMOUNT_POSITIVE)
    if amount_cents > MAX_MOVEMENT_CENTS:
        raise ValidationError(msg.MOVEMENT_TOO_HIGH.format(
            amount=format_cents(amount_cents), limit=format_cents(MAX_MOVEMENT_CENTS)))
    reason = " ".join(reason.split())[:limits.NOTE_LENGTH]
    if not reason:
        raise ValidationError(msg.EXPENSE_NOTE_MISSING if kind == MovementKind.EXPENSE
                              else msg.MOVEMENT_REASON_MISSING)
    session = require_open_session(ctx)
    before = expected_cash(ctx, session.id)
    if sign < 0 and amount_cents > before:
        raise ValidationError(msg.MOVEMENT_MORE_THAN_DRAWER.format(
            expected=format_cents(before), amount=format_cents(amount_cents)))
    signed = sign * amount_cents
    row = CashMovement(cash_session_id=session.id, kind=kind, amount_cents=signed,
                       reason=reason, user_id=ctx.actor.user_id, created_at=ctx.now())
    ctx.session.add(row)
    ctx.session.flush()
    tse_records.pending_movement(ctx, signed, row.id)
    audit.record(ctx, f"cash_movement.{kind}", "cash_movement", row.id,
                 session_id=session.id, amount_cents=signed, reason=reason)
    outbox.emit(ctx, EventType.CASH_MOVEMENT_RECORDED, CashMovementPayload(
        movement_id=row.id, session_id=session.id, station=_station_number(ctx),
        kind=MovementKind(kind), gv_typ=gv_typ, amount_cents=signed, reason=reason,
        user=ctx.actor.name, created_at=row.created_at))
    # Read again: a training movement (signed AVTraining) leaves the expected cash as it was.
    return MovementResult(row.id, session.id, kind, label, signed, reason,
                          expected_cash(ctx, session.id))
