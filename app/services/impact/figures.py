"""Climate figures of a period: items and kg reused, kg recycled by stream, kg CO2e avoided.

Read from the impact each sale recorded (``sale_impact``, with its own factor set) and
from the disposal records (kind ``recycled``). Days are Berlin calendar days; refunds
count on their own day, negative, like the money. Training bookings and cancelled sales
count nothing (the reports' one definition, ``reports.queries.SALE_COUNTS``).

Unknown is never 0: ``co2e_g`` is None when no line of a figure had a known factor, and
``unknown_lines`` says how many lines the known sum leaves out.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Hashable, Iterable
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import TypeVar

from sqlalchemy import func, select

from app.db.models import Category, Disposal, ImpactFactorSet, Sale, SaleImpact, SaleLine
from app.services.delivery import figures as delivery_figures
from app.services.delivery.figures import DeliveryFigures
from app.services.impact import factors as impact_factors
from app.services.impact import messages as msg
from app.services.impact.factors import STREAM, FactorSet
from app.services.kernel.clock import BERLIN, berlin_day_range
from app.services.kernel.context import Ctx
from app.services.reports.queries import SALE_COUNTS
from app.sync_schema.enums import ItemStatus, SaleKind

K = TypeVar("K", bound=Hashable)


@dataclass
class Figure:
    """Sums over sale lines; ``co2e_g``/``grams_reused`` None: unknown for every line."""

    items: int = 0
    lines: int = 0
    grams_reused: int | None = None
    co2e_g: int | None = None
    unknown_lines: int = 0  # lines whose CO2e is unknown (not in ``co2e_g``)
    unweighed_lines: int = 0  # lines whose weight is unknown (not in ``grams_reused``)

    def add(self, quantity: int, grams: int | None, co2e: int | None) -> None:
        self.items += quantity
        self.lines += 1
        if grams is None:
            self.unweighed_lines += 1
        else:
            self.grams_reused = (self.grams_reused or 0) + grams
        if co2e is None:
            self.unknown_lines += 1
        else:
            self.co2e_g = (self.co2e_g or 0) + co2e

    def merge(self, other: Figure) -> None:
        self.items += other.items
        self.lines += other.lines
        self.unknown_lines += other.unknown_lines
        self.unweighed_lines += other.unweighed_lines
        if other.grams_reused is not None:
            self.grams_reused = (self.grams_reused or 0) + other.grams_reused
        if other.co2e_g is not None:
            self.co2e_g = (self.co2e_g or 0) + other.co2e_g


@dataclass(frozen=True)
class Recycled:
    """Grams recycled into one stream, and the benefit (None: no known factor)."""

    stream: str
    grams: int
    co2e_g: int | None


@dataclass
class ImpactReport:
    """The figures of ``start``..``end`` (Berlin days, both included)."""

    start: date
    end: date
    total: Figure = field(default_factory=Figure)
    by_day_category: dict[tuple[date, str, str], Figure] = field(default_factory=dict)
    by_day: dict[date, Figure] = field(default_factory=dict)
    by_month: dict[tuple[int, int], Figure] = field(default_factory=dict)
    by_year: dict[int, Figure] = field(default_factory=dict)
    by_category: dict[str, Figure] = field(default_factory=dict)
    recycled_by_day: dict[tuple[date, str], int] = field(default_factory=dict)
    recycled: tuple[Recycled, ...] = ()
    sales: int = 0
    factor_sets: tuple[FactorSet, ...] = ()
    current_set: FactorSet | None = None
    delivery: DeliveryFigures = field(default_factory=DeliveryFigures)

    @property
    def recycled_grams(self) -> int:
        return sum(r.grams for r in self.recycled)


def _berlin_day(moment: datetime) -> date:
    return moment.astimezone(BERLIN).date()


def _group(rows: Iterable[tuple[K, Figure]]) -> dict[K, Figure]:
    out: dict[K, Figure] = defaultdict(Figure)
    for key, fig in rows:
        out[key].merge(fig)
    return dict(sorted(out.items(), key=lambda kv: str(kv[0])))


def _by(src: dict[tuple[date, str, str], Figure],
        key: Callable[[tuple[date, str, str]], K]) -> dict[K, Figure]:
    return _group((key(k), v) for k, v in src.items())


_LINES = (
    select(Sale.id, Sale.finished_at, Category.name, SaleImpact.impact_key,
           SaleImpact.quantity, SaleImpact.grams_reused, SaleImpact.co2e_g,
           SaleImpact.factor_set_id)
    .join(Sale, Sale.id == SaleImpact.sale_id)
    .join(SaleLine, SaleLine.id == SaleImpact.sale_line_id)
    .outerjoin(Category, Category.id == SaleLine.category_id)
    .where(Sale.kind.in_((SaleKind.SALE.value, SaleKind.REFUND.value)), SALE_COUNTS)
    .order_by(Sale.finished_at, SaleImpact.id)
)


def period(ctx: Ctx, start: date, end: date) -> ImpactReport:
    """The figures of the Berlin days ``start``..``end``."""
    since, _ = berlin_day_range(start)
    _, until = berlin_day_range(end)
    report = ImpactReport(start, end)
    cells: dict[tuple[date, str, str], Figure] = defaultdict(Figure)
    sales: set[int] = set()
    set_ids: set[int] = set()
    rows = ctx.session.execute(_LINES.where(Sale.finished_at >= since, Sale.finished_at < until))
    for sale_id, finished, category, key, qty, grams, co2e, set_id in rows:
        cells[(_berlin_day(finished), category or str(msg.NO_CATEGORY), key)].add(
            qty, grams, co2e)
        sales.add(sale_id)
        set_ids.add(set_id)
    report.by_day_category = dict(sorted(cells.items(), key=lambda kv: (kv[0][0], kv[0][1])))
    report.by_day = _by(cells, lambda k: k[0])
    report.by_month = _by(cells, lambda k: (k[0].year, k[0].month))
    report.by_year = _by(cells, lambda k: k[0].year)
    report.by_category = _by(cells, lambda k: k[1])
    for fig in cells.values():
        report.total.merge(fig)
    report.sales = len(sales)
    report.factor_sets = tuple(impact_factors.stored(ctx.session, i) for i in sorted(set_ids))
    newest = ctx.session.scalar(select(func.max(ImpactFactorSet.id)))
    report.current_set = (impact_factors.stored(ctx.session, newest)
                          if newest is not None else None)
    _recycled(ctx, report, since, until)
    report.delivery = delivery_figures.period(ctx, start, end)
    return report


def _recycled(ctx: Ctx, report: ImpactReport, since: datetime, until: datetime) -> None:
    by_day: dict[tuple[date, str], int] = defaultdict(int)
    for at, stream, grams in ctx.session.execute(
            select(Disposal.created_at, Disposal.material_stream, Disposal.weight_g)
            .where(Disposal.kind == ItemStatus.RECYCLED.value, Disposal.created_at >= since,
                   Disposal.created_at < until).order_by(Disposal.created_at)):
        by_day[(_berlin_day(at), stream)] += int(grams)
    report.recycled_by_day = dict(sorted(by_day.items()))
    per_stream: dict[str, int] = defaultdict(int)
    for (_, stream), grams in by_day.items():
        per_stream[stream] += grams
    fs = report.current_set
    out = []
    for stream, grams in sorted(per_stream.items()):
        factor = fs.get(STREAM, stream) if fs is not None else None
        co2e = None if factor is None or factor.co2e_g is None else (
            factor.co2e_g * grams + 500) // 1000
        out.append(Recycled(stream, grams, co2e))
    report.recycled = tuple(out)


def for_sale(ctx: Ctx, sale_id: int) -> Figure:
    """The impact one sale (or refund) recorded."""
    fig = Figure()
    for qty, grams, co2e in ctx.session.execute(
            select(SaleImpact.quantity, SaleImpact.grams_reused, SaleImpact.co2e_g)
            .where(SaleImpact.sale_id == sale_id)):
        fig.add(qty, grams, co2e)
    return fig
