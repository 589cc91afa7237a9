"""What the delivery dialog at the Kasse and the dispatch view ask besides ``orders``: the
goods of a receipt (just finished or typed by its number), the load of the lines as they
are typed, and a day's orders with their plan in one read.

Nothing here writes: booking and status changes stay ``orders.book`` and
``orders.set_status``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from app.db.models import Sale
from app.errors import ConflictError, KasseError, ValidationError
from app.services.checkout.receipts import find_sale_id
from app.services.delivery import dispatch, loads, orders
from app.services.delivery import messages as msg
from app.services.delivery.dispatch import DayPlan
from app.services.delivery.model import LoadLine, OrderView
from app.services.delivery.orders import LineInput
from app.services.kernel.context import Ctx
from app.services.kernel.roles import Permission
from app.sync_schema.enums import SaleKind


@dataclass(frozen=True)
class SaleGoods:
    """A finished sale that can still be delivered: its receipt and its goods."""

    sale_id: int
    receipt_number: int
    lines: tuple[LoadLine, ...]  # weight 0: unknown, the cashier types it


def goods_of_sale(ctx: Ctx, sale_id: int) -> SaleGoods:
    """The goods of a finished sale of this till, with the weight its impact record knows;
    German refusal for a refund, a cancelled receipt or a sale already being delivered."""
    ctx.require(Permission.SELL)
    sale = ctx.session.get(Sale, sale_id)
    if sale is None or sale.station_id != ctx.station_id:
        raise ValidationError(msg.SALE_UNKNOWN.format(number=sale_id))
    if sale.kind != SaleKind.SALE:
        raise ValidationError(msg.SALE_NOT_A_SALE)
    booked = orders.of_sale(ctx, sale.id)
    if booked is not None:
        raise ConflictError(msg.SALE_HAS_ORDER.format(number=booked.number))
    return SaleGoods(sale.id, sale.receipt_number, orders.proposed_lines(ctx, sale.id))


def goods_of_receipt(ctx: Ctx, text: str) -> SaleGoods:
    """``goods_of_sale`` for a typed receipt number or a scanned receipt barcode."""
    ctx.require(Permission.SELL)
    return goods_of_sale(ctx, find_sale_id(ctx, text))


@dataclass(frozen=True)
class LoadCheck:
    """The load of the lines as typed: totals and trips, or why it cannot be told yet.

    ``incomplete`` names a line still to fix (no weight yet, a typo); ``refusal`` says that
    no vehicle takes a piece (booking would refuse); ``warning`` that it needs several
    trips (booking splits it)."""

    weight_g: int | None
    volume_l: int | None
    trips: int
    warning: str = ""
    refusal: str = ""
    incomplete: str = ""


def load_check(ctx: Ctx, lines: tuple[LineInput, ...]) -> LoadCheck:
    """Check the typed lines as booking will (``orders.check_lines`` and ``check_load``),
    answering instead of raising: the dialog shows it while the cashier types."""
    try:
        checked = orders.check_lines(lines)
    except KasseError as error:
        return LoadCheck(None, None, 0, incomplete=str(error))
    weight = sum(line.total_weight_g for line in checked)
    volume = sum(line.total_volume_l for line in checked)
    try:
        split = orders.check_load(ctx, checked)
    except KasseError as error:
        return LoadCheck(weight, volume, 0, refusal=str(error))
    return LoadCheck(weight, volume, split.count, warning=split.warning)


def kg_text(grams: int) -> str:
    """Grams as the kg a dialog field shows and ``orders`` reads back: 29810 -> "29,81";
    0 (unknown) -> "" (to be typed)."""
    if grams <= 0:
        return ""
    text = f"{Decimal(grams) / 1000:f}".rstrip("0").rstrip(".")
    return text.replace(".", ",")


@dataclass(frozen=True)
class DayOverview:
    """A Berlin day at dispatch: every order of the day and the plan of the open ones."""

    day: date
    orders: tuple[OrderView, ...]
    plan: DayPlan


def day_overview(ctx: Ctx, day: date) -> DayOverview:
    """The day's orders by window (any status) and the trips planned for the open ones,
    read together (dispatch: managers and admins)."""
    ctx.require(Permission.DISPATCH)
    return DayOverview(day, tuple(orders.on_day(ctx, day)), dispatch.plan_day(ctx, day))


def fee_choices() -> tuple[loads.Fee, ...]:
    """The delivery fees of the shipped configuration, in its order."""
    return loads.config().fees
