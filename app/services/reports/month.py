"""The month overview for the bookkeeping: per Berlin day the turnover per VAT rate and
payment type and the Z numbers closed that day, computed from the records.

VAT is summed per receipt (as on the receipts and in the X/Z reports); refunds count
negative; cancelled sales are no turnover. Berlin's UTC offset is always whole hours,
so the database groups by UTC hour and Python maps each hour to its Berlin day.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from functools import lru_cache

from sqlalchemy import and_, func, select

from app.db.models import CashClosing, Payment, Sale
from app.errors import ValidationError
from app.services.kernel.clock import BERLIN, FIRST_DAY, LAST_DAY
from app.services.kernel.context import Ctx
from app.services.kernel.roles import Permission
from app.services.reports import messages as msg
from app.services.reports.queries import SALE_COUNTS, TURNOVER_KINDS, per_receipt_vat, signed
from app.services.workshop.summary import RepairSummary, repair_summary
from app.sync_schema.enums import PaymentMethod, SaleKind, VatKind

# VAT treatment -> column suffix in the CSV, in this order
VAT_COLUMNS = ((VatKind.NORMAL, "19"), (VatKind.REDUCED, "7"), (VatKind.EXEMPT, "0"),
               (VatKind.MARGIN, "25a"))


@dataclass
class DayFigures:
    """One day (or the month's sum, ``day`` None) of the overview."""

    label: str
    day: date | None = None
    receipts: int = 0
    vat: dict[str, tuple[int, int, int]] = field(default_factory=dict)  # gross, net, VAT
    cash_cents: int = 0
    card_cents: int = 0
    z_numbers: list[int] = field(default_factory=list)

    @property
    def gross_cents(self) -> int:
        return sum(g for g, _n, _v in self.vat.values())

    def add_vat(self, kind: str, gross: int, vat: int) -> None:
        g, n, v = self.vat.get(kind, (0, 0, 0))
        self.vat[kind] = (g + gross, n + gross - vat, v + vat)


@dataclass(frozen=True)
class MonthOverview:
    store: str
    station: int
    year: int
    month: int
    days: list[DayFigures]
    total: DayFigures
    repairs: RepairSummary | None = None  # the workshop's month: outcomes, barriers, hours


def parse_month(text: str) -> tuple[int, int]:
    """'2026-11' -> (2026, 11); anything else is a German ``ValidationError``."""
    try:
        parsed = datetime.strptime(text.strip(), "%Y-%m")
    except ValueError:
        raise ValidationError(msg.MONTH_INVALID.format(value=text)) from None
    if not FIRST_DAY <= parsed.date() <= LAST_DAY:
        raise ValidationError(msg.DATE_OUT_OF_RANGE.format(
            value=text, first=FIRST_DAY.strftime("%d.%m.%Y"), last=LAST_DAY.strftime("%d.%m.%Y")))
    return parsed.year, parsed.month


def month_range(year: int, month: int) -> tuple[datetime, datetime]:
    """A Berlin calendar month as a half-open UTC range."""
    nxt = (year + 1, 1) if month == 12 else (year, month + 1)
    start = datetime.combine(date(year, month, 1), time(), BERLIN)
    end = datetime.combine(date(nxt[0], nxt[1], 1), time(), BERLIN)
    return start.astimezone(UTC), end.astimezone(UTC)


@lru_cache(maxsize=4096)
def _berlin_day(utc_hour: str) -> date:
    """'2026-11-26 23' (a naive UTC hour as SQLite stores it) -> the Berlin date."""
    at = datetime(int(utc_hour[:4]), int(utc_hour[5:7]), int(utc_hour[8:10]),
                  int(utc_hour[11:13]), tzinfo=UTC)
    return at.astimezone(BERLIN).date()


def month_overview(ctx: Ctx, year: int, month: int) -> MonthOverview:
    """Per Berlin day: receipts, gross/net/VAT per VAT treatment, cash, card, Z numbers."""
    ctx.require(Permission.CASH_REPORTS)
    assert ctx.station is not None
    start, end = month_range(year, month)
    hour = func.substr(Sale.finished_at, 1, 13)
    # Training receipts never count (``queries.SALE_COUNTS``; per_receipt_vat applies it).
    where = (Sale.station_id == ctx.station_id, Sale.finished_at >= start,
             Sale.finished_at < end, SALE_COUNTS, Sale.kind.in_(TURNOVER_KINDS))
    days: dict[date, DayFigures] = {}

    def day_of(utc_hour: str) -> DayFigures:
        d = _berlin_day(utc_hour)
        if d not in days:
            days[d] = DayFigures(d.isoformat(), d)
        return days[d]

    for utc_hour, kind, gross, vat in ctx.session.execute(
            per_receipt_vat(and_(*where[:4]), hour)):
        day_of(utc_hour).add_vat(kind, int(gross), int(vat))
    for utc_hour, count in ctx.session.execute(
            select(hour, func.count()).where(*where[:4], Sale.kind == SaleKind.SALE)
            .group_by(hour)):
        day_of(utc_hour).receipts += int(count)
    for utc_hour, method, amount in ctx.session.execute(
            select(hour, Payment.method, func.sum(signed(Payment.amount_cents)))
            .join(Payment, Payment.sale_id == Sale.id).where(*where)
            .group_by(hour, Payment.method)):
        figures = day_of(utc_hour)
        if method == PaymentMethod.CASH:
            figures.cash_cents += int(amount)
        else:
            figures.card_cents += int(amount)
    for z_number, closed_at in ctx.session.execute(
            select(CashClosing.z_number, CashClosing.closed_at)
            .where(CashClosing.station_id == ctx.station_id, CashClosing.closed_at >= start,
                   CashClosing.closed_at < end).order_by(CashClosing.z_number)):
        d = closed_at.astimezone(BERLIN).date()
        days.setdefault(d, DayFigures(d.isoformat(), d)).z_numbers.append(z_number)
    ordered = [days[d] for d in sorted(days)]
    total = DayFigures(msg.TOTAL)
    for f in ordered:
        total.receipts += f.receipts
        total.cash_cents += f.cash_cents
        total.card_cents += f.card_cents
        total.z_numbers += f.z_numbers
        for kind, (g, _n, v) in f.vat.items():
            total.add_vat(kind, g, v)
    last = (datetime.combine(end.astimezone(BERLIN).date(), time()) - timedelta(days=1)).date()
    workshop = repair_summary(ctx, date(year, month, 1), last)
    return MonthOverview(ctx.station.store_name, ctx.station.number, year, month, ordered,
                         total, workshop)
