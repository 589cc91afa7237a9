"""Which Z closings an export covers, and the running totals kept for each of them.

A Z contains the receipts finished after the station's previous closing up to its own
closing (``reports.queries.IN_SESSION`` counts the same ones: a session's own receipts
and those booked while the till was closed just before it opened), so one ordered pass
over the receipts can hand each to its Z.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from datetime import UTC, date, datetime

from sqlalchemy import select

from app.db.models import CashClosing, CashSession, TseDevice
from app.errors import NotFoundError, ValidationError
from app.services.fiscal import dsfinvk_format as fmt
from app.services.fiscal import messages as msg
from app.services.kernel.clock import berlin_day_range
from app.services.kernel.context import Ctx

EPOCH = datetime(2000, 1, 1, tzinfo=UTC)


@dataclass
class ZTotals:
    """Per VAT key: [gross, net, VAT]; per payment type and business case: cents."""

    vat: dict[int, list[int]] = field(default_factory=dict)
    payments: dict[str, int] = field(default_factory=dict)
    cases: dict[str, int] = field(default_factory=dict)
    tse_devices: set[int] = field(default_factory=set)
    first_bon: str = ""
    last_bon: str = ""

    def add_vat(self, key: int, gross: int, net: int, vat: int) -> None:
        row = self.vat.setdefault(key, [0, 0, 0])
        row[0] += gross
        row[1] += net
        row[2] += vat

    def add_payment(self, typ: str, amount: int) -> None:
        self.payments[typ] = self.payments.get(typ, 0) + amount

    def add_case(self, gv_typ: str, amount: int) -> None:
        self.cases[gv_typ] = self.cases.get(gv_typ, 0) + amount

    def saw(self, bon_id: str) -> None:
        if not self.first_bon:
            self.first_bon = bon_id
        self.last_bon = bon_id


@dataclass
class Z:
    """One Z closing of the export with its key columns already spelled."""

    closing_id: int
    number: int
    closed_at: datetime
    session_id: int
    session_number: int
    opened_at: datetime
    float_cents: int
    counted_cents: int
    difference_cents: int
    key: tuple[str, str, str]
    totals: ZTotals = field(default_factory=ZTotals)


@dataclass(frozen=True)
class Coverage:
    """The closings of the range, the receipt window they span and the till's id."""

    kasse_id: str
    closings: list[Z]
    window_start: datetime  # exclusive: the closing before the first one
    window_end: datetime  # inclusive: the last closing
    all_closed_at: list[datetime]  # every closing of the station, for references
    all_keys: list[tuple[str, str, str]]

    def index_of(self, moment: datetime) -> int:
        """Index into ``closings`` of the Z that holds a receipt finished at ``moment``."""
        return bisect.bisect_left([z.closed_at for z in self.closings], moment)

    def key_of_any(self, moment: datetime) -> tuple[str, str, str] | None:
        """Key columns of the station's Z (any, in range or not) holding ``moment``."""
        i = bisect.bisect_left(self.all_closed_at, moment)
        return self.all_keys[i] if i < len(self.all_keys) else None


def kasse_id(ctx: Ctx) -> str:
    """The till's id (DSFinV-K Z_KASSE_ID): its client id in the TSE, else a fixed name."""
    found = ctx.session.scalar(
        select(TseDevice.client_id).where(TseDevice.station_id == ctx.station_id)
        .order_by(TseDevice.commissioned_at, TseDevice.id).limit(1))
    assert ctx.station is not None
    return found or f"KREISLAUF-S{ctx.station.number:02d}"  # as fiscal_setup.client_id


def check_range(ctx: Ctx, start: date, end: date) -> None:
    if start > end:
        raise ValidationError(msg.RANGE_ORDER.format(start=start.strftime("%d.%m.%Y"),
                                                     end=end.strftime("%d.%m.%Y")))


def coverage(ctx: Ctx, start: date, end: date) -> Coverage:
    """The Z closings made on the Berlin days ``start``…``end``; German error if none."""
    check_range(ctx, start, end)
    lo, _ = berlin_day_range(start)
    _, hi = berlin_day_range(end)
    kid = kasse_id(ctx)
    rows = ctx.session.execute(
        select(CashClosing.id, CashClosing.z_number, CashClosing.closed_at,
               CashClosing.cash_session_id, CashClosing.counted_cents,
               CashClosing.difference_cents, CashSession.number, CashSession.opened_at,
               CashSession.float_cents)
        .join(CashSession, CashSession.id == CashClosing.cash_session_id)
        .where(CashClosing.station_id == ctx.station_id).order_by(CashClosing.z_number)).all()
    all_closed = [r.closed_at for r in rows]
    all_keys = [(fmt.text(kid, 50), fmt.local_time(r.closed_at), str(r.z_number))
                for r in rows]
    chosen = [Z(r.id, r.z_number, r.closed_at, r.cash_session_id, r.number, r.opened_at,
                r.float_cents, r.counted_cents, r.difference_cents, all_keys[n])
              for n, r in enumerate(rows) if lo <= r.closed_at < hi]
    if not chosen:
        raise NotFoundError(msg.NO_CLOSINGS.format(start=start.strftime("%d.%m.%Y"),
                                                   end=end.strftime("%d.%m.%Y")))
    first = all_closed.index(chosen[0].closed_at)
    window_start = all_closed[first - 1] if first > 0 else EPOCH
    return Coverage(kid, chosen, window_start, chosen[-1].closed_at, all_closed, all_keys)
