"""A day's dispatch: the open orders split into trip parts, planned onto the store's
cargo bikes and trailers by the route planner, as the list the riders take along.

Each order is cut into the parts its load needs on the largest vehicle (as at booking);
each part is one stop for the planner. The vehicles' shift is the store's delivery hours
of that Berlin day.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time

from app.errors import ValidationError
from app.services.delivery import documents, loads, orders, routing, slip
from app.services.delivery import messages as msg
from app.services.delivery.documents import DispatchList, DispatchStop, DispatchTrip
from app.services.delivery.model import OrderView
from app.services.fiscal import master_data
from app.services.kernel.clock import BERLIN
from app.services.kernel.context import Ctx
from app.services.kernel.roles import Permission
from app.services.policy import store as policy
from app.services.policy.definitions import POLICY


@dataclass(frozen=True)
class DayPlan:
    """The dispatch list and the figures of the plan."""

    dispatch: DispatchList
    distance_m: int  # all trips together, estimated from the planner's distances
    parts: int  # stops to ride to


def _shift(ctx: Ctx, day: date) -> tuple[datetime, datetime]:
    first = policy.get(ctx, POLICY.delivery_day_start_hour)
    last = policy.get(ctx, POLICY.delivery_day_end_hour)
    end_at = time(23, 59) if last >= 24 else time(last)
    return (datetime.combine(day, time(first), tzinfo=BERLIN).astimezone(UTC),
            datetime.combine(day, end_at, tzinfo=BERLIN).astimezone(UTC))


def vehicles(ctx: Ctx, day: date) -> list[routing.Vehicle]:
    """The store's vehicles out on ``day`` with their shift."""
    start, end = _shift(ctx, day)
    out = []
    for kind_index, kind in enumerate(loads.store_fleet(ctx), start=1):
        for n in range(1, kind.count + 1):
            out.append(routing.Vehicle(f"v{kind_index}-{n:02d}", str(kind.name).format(n=n),
                                       kind.max_weight_g, kind.max_volume_l, start, end))
    return out


def _parts(order: OrderView, vehicle: loads.VehicleKind) -> list[DispatchStop]:
    split = loads.split(order.lines, vehicle)
    return [DispatchStop(order, part, split.count, trip.weight_g, trip.volume_l, None)
            for part, trip in enumerate(split.trips, start=1)]


def _ref(stop: DispatchStop) -> str:
    return f"{stop.order.number}/{stop.part}"


def plan_day(ctx: Ctx, day: date) -> DayPlan:
    """Plan the open deliveries and pick-ups of Berlin ``day`` (dispatch: managers)."""
    ctx.require(Permission.DISPATCH)
    day_orders = orders.on_day(ctx, day, open_only=True)
    fleet = loads.store_fleet(ctx)
    there = [k for k in fleet if k.count > 0]
    largest = loads.largest(fleet) if there else None
    config = loads.config()
    parts: dict[str, DispatchStop] = {}
    for order in day_orders:
        for stop in (_parts(order, largest) if largest else
                     [DispatchStop(order, 1, 1, order.weight_g, order.volume_l, None)]):
            parts[_ref(stop)] = stop
    stops = [routing.Stop(ref, p.order.kind, p.order.point, p.order.window_start,
                          p.order.window_end, p.order.service_minutes * 60, p.weight_g, p.volume_l)
             for ref, p in parts.items()]
    result = routing.plan(config.depot, stops, vehicles(ctx, day) if there else [])
    trips = []
    for trip in result.trips:
        planned = tuple(
            DispatchStop(parts[s.ref].order, parts[s.ref].part, parts[s.ref].parts,
                         parts[s.ref].weight_g, parts[s.ref].volume_l, s.service_start)
            for s in trip.stops)
        trips.append(DispatchTrip(trip.vehicle_name, trip.number, trip.departure,
                                  trip.return_at, trip.distance_m, planned))
    unassigned = tuple((parts[u.ref], u.reason) for u in result.unassigned)
    store = master_data.current(ctx).name
    return DayPlan(DispatchList(day, store, tuple(trips), unassigned),
                   sum(t.distance_m for t in result.trips), len(parts))


def check_output(name: str, allowed: tuple[str, ...] = ("pdf", "csv")) -> str:
    """The format of an output file name (``pdf`` or ``csv``); else a German refusal."""
    suffix = name.rsplit(".", 1)[-1].lower() if "." in name else ""
    if suffix not in allowed:
        raise ValidationError(msg.OUTPUT_INVALID.format(name=name[:80]))
    return suffix


def dispatch_file(ctx: Ctx, day: date, fmt: str) -> tuple[bytes, DayPlan]:
    """The day's dispatch list as PDF or CSV bytes, with its plan."""
    day_plan = plan_day(ctx, day)
    render = documents.dispatch_pdf if fmt == "pdf" else documents.dispatch_csv
    return render(day_plan.dispatch), day_plan


def slip_file(ctx: Ctx, number: str) -> tuple[bytes, OrderView]:
    """The delivery or pick-up slip of one order as PDF (for the roles that see it)."""
    order = orders.get(ctx, number)
    store = master_data.current(ctx)
    return slip.slip_pdf(order, store.name, store.address_line), order
