"""Cargo-bike route planning: one day's stops onto the available vehicles with VROOM.

VROOM (pyvroom) does the optimising; this module builds its input from our micro-degree
points and UTC windows, runs it once per round of trips and turns its answer back into
UTC trips. Distances are the great circle times a detour factor and durations follow
from a fixed bike speed, so planning needs no routing server and works offline.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from decimal import Decimal
from typing import NamedTuple

from babel.numbers import format_decimal

from app.errors import ValidationError
from app.services.delivery import messages as msg
from app.services.delivery.model import Point
from app.services.kernel.formatting import format_local
from app.sync_schema.enums import DeliveryKind

# Streets are not straight lines: 1.3 is the usual circuity of a city street network
# (street distance / crow-fly distance), so the estimate needs no map data.
DETOUR = 1.3
# A loaded cargo bike in town, junctions and traffic lights included.
SPEED_KMH = 15
# The mean Earth radius (IUGG); its error is far below the detour guess.
EARTH_RADIUS_M = 6_371_000
# Between two trips of one vehicle: unload the pick-ups, load the next deliveries.
RELOAD_S = 10 * 60
# VROOM's run time grows faster than the input; a day of cargo bikes is tens of stops.
MAX_STOPS = 500
MAX_VEHICLES = 20
# Fixed search effort and thread count and no timeout, so the same input gives the same
# plan on every machine (with a timeout the result would depend on the CPU's speed).
# Level 3 of VROOM's 1-5: on a 2-core machine 60 stops take 0.1 s and the 500-stop bound
# about 25 s (level 5: 0.6 s and 80 s), with plans of about the same length.
EXPLORATION_LEVEL = 3
THREADS = 4
_PROFILE = "bike"
MAX_PRIORITY = 100  # VROOM's job priorities run 0-100
_DEPOT = 0  # matrix index of the depot; stop i (sorted by ref) has index and job id i + 1


@dataclass(frozen=True)
class Vehicle:
    """A cargo bike (or trailer) of the day with its load limits and shift (UTC)."""

    ref: str  # "bike-1"
    name: str  # "Schwerlast-Lastenrad 1"
    max_weight_g: int
    max_volume_l: int
    shift_start: datetime
    shift_end: datetime


@dataclass(frozen=True)
class Stop:
    """One door to ride to: deliveries are loaded at the depot, pick-ups come back to it."""

    ref: str  # order number + trip part, e.g. "L1-000012/1"
    kind: DeliveryKind
    point: Point
    window_start: datetime  # UTC; service has to start inside the window
    window_end: datetime
    service_s: int  # handling time at the door
    weight_g: int
    volume_l: int


@dataclass(frozen=True)
class PlannedStop:
    """A stop on a trip; service starts at ``max(arrival, window_start)``."""

    ref: str
    arrival: datetime
    service_start: datetime
    distance_m: int  # driven from the previous stop (or the depot)


@dataclass(frozen=True)
class Trip:
    """One ride depot -> stops -> depot; a vehicle may make several a day to reload."""

    vehicle_ref: str
    vehicle_name: str
    number: int  # 1, 2, … per vehicle on the day
    departure: datetime
    return_at: datetime
    stops: tuple[PlannedStop, ...]
    distance_m: int  # depot -> stops -> depot
    max_weight_g: int  # the heaviest load on board during the trip
    max_volume_l: int


@dataclass(frozen=True)
class Unassigned:
    """A stop that is on no trip, with the German sentence that says why."""

    ref: str
    reason: str


@dataclass(frozen=True)
class Plan:
    """The day's trips (by vehicle ref, then number) and the stops left over (by ref)."""

    trips: tuple[Trip, ...]
    unassigned: tuple[Unassigned, ...]

    @property
    def distance_m(self) -> int:
        return sum(trip.distance_m for trip in self.trips)


class _Step(NamedTuple):
    """One row of VROOM's route table, typed (pyvroom hands out a pandas frame)."""

    vehicle: int  # index into the sorted vehicles
    kind: str  # "start", "job" or "end"
    arrival: int  # seconds after the day's origin
    waiting: int
    job: int  # VROOM job id (stop index + 1); 0 for start and end
    distance: int  # metres driven since the start, cumulative


def distance_m(a: Point, b: Point) -> int:
    """Street distance estimate in metres: haversine great circle x ``DETOUR``, rounded."""
    lat_a, lat_b = math.radians(a.lat_e6 / 1e6), math.radians(b.lat_e6 / 1e6)
    half_lat = (lat_b - lat_a) / 2
    half_lon = math.radians((b.lon_e6 - a.lon_e6) / 1e6) / 2
    h = math.sin(half_lat) ** 2 + math.cos(lat_a) * math.cos(lat_b) * math.sin(half_lon) ** 2
    # min(): rounding can push h a hair above 1 for antipodes, and asin would fail.
    return round(2 * EARTH_RADIUS_M * math.asin(math.sqrt(min(1.0, h))) * DETOUR)


def travel_s(a: Point, b: Point, speed_kmh: int = SPEED_KMH) -> int:
    """Seconds to ride from ``a`` to ``b`` at ``speed_kmh``, rounded."""
    _check_speed(speed_kmh)
    return _seconds(distance_m(a, b), speed_kmh)


def plan(depot: Point, stops: Sequence[Stop], vehicles: Sequence[Vehicle], *,
         max_trips: int = 3, speed_kmh: int = SPEED_KMH) -> Plan:
    """Plan the day's ``stops`` onto ``vehicles``, each starting and ending at ``depot``.

    VROOM plans one tour per vehicle, so trips come in rounds: round 1 from the shift
    start, each later round for the stops left over, a vehicle leaving ``RELOAD_S`` after
    it came back, at most ``max_trips`` rounds. Stops no trip takes are in ``unassigned``
    with the reason. Raises ``ValidationError`` for input it cannot plan.
    """
    _validate(stops, vehicles, max_trips, speed_kmh)
    # Sorted, so the ids VROOM sees (and with them the plan) do not depend on input order.
    stops = sorted(stops, key=lambda stop: stop.ref)
    vehicles = sorted(vehicles, key=lambda vehicle: vehicle.ref)
    if not stops:
        return Plan((), ())
    if not vehicles:
        return Plan((), tuple(Unassigned(stop.ref, str(msg.NO_VEHICLE)) for stop in stops))
    distances = _distance_matrix([depot, *(stop.point for stop in stops)])
    durations = [[_seconds(metres, speed_kmh) for metres in row] for row in distances]
    reasons: dict[str, str] = {}
    pending: list[int] = []
    for index, stop in enumerate(stops):
        reason = _hopeless(stop, vehicles, durations[_DEPOT][index + 1])
        if reason is None:
            pending.append(index)
        else:
            reasons[stop.ref] = reason

    # VROOM's clock is seconds after the earliest shift start (it takes no dates).
    origin = min(vehicle.shift_start for vehicle in vehicles)
    ready = [vehicle.shift_start for vehicle in vehicles]
    made = [0] * len(vehicles)
    trips: list[Trip] = []
    for _round in range(max_trips):
        active = [i for i, vehicle in enumerate(vehicles) if ready[i] < vehicle.shift_end]
        if not pending or not active:
            break
        routes = _solve(origin, stops, pending, vehicles, active, ready, distances, durations)
        if not routes:
            break  # nothing fitted; the next round would offer the same vehicles again
        for vehicle_index, steps in sorted(routes.items()):
            made[vehicle_index] += 1
            trip = _trip(vehicles[vehicle_index], made[vehicle_index], steps, stops, origin)
            trips.append(trip)
            ready[vehicle_index] = trip.return_at + timedelta(seconds=RELOAD_S)
        planned = {step.job for steps in routes.values() for step in steps if step.job}
        pending = [index for index in pending if index + 1 not in planned]

    for index in pending:
        reasons[stops[index].ref] = msg.NO_ROOM.format(ref=stops[index].ref, trips=max_trips)
    return Plan(tuple(sorted(trips, key=lambda trip: (trip.vehicle_ref, trip.number))),
                tuple(Unassigned(stop.ref, reasons[stop.ref])
                      for stop in stops if stop.ref in reasons))


def _seconds(metres: int, speed_kmh: int) -> int:
    # metres / (km/h / 3.6) in integers, rounded half up: no float in VROOM's matrix.
    return (metres * 36 + speed_kmh * 5) // (speed_kmh * 10)


def _distance_matrix(points: Sequence[Point]) -> list[list[int]]:
    size = len(points)
    matrix = [[0] * size for _ in range(size)]
    for i in range(size):
        for j in range(i + 1, size):  # the estimate is symmetric: compute each pair once
            matrix[i][j] = matrix[j][i] = distance_m(points[i], points[j])
    return matrix


def _hopeless(stop: Stop, vehicles: Sequence[Vehicle], out_s: int) -> str | None:
    """Why no trip at all can take ``stop`` (checked before VROOM runs), or None."""
    carriers = [vehicle for vehicle in vehicles
                if stop.weight_g <= vehicle.max_weight_g and stop.volume_l <= vehicle.max_volume_l]
    if not carriers:
        largest = max(vehicles, key=lambda vehicle: (vehicle.max_weight_g, vehicle.max_volume_l))
        return msg.TOO_HEAVY.format(ref=stop.ref, kg=_kg(stop.weight_g), l=stop.volume_l,
                                    kg_max=_kg(largest.max_weight_g), l_max=largest.max_volume_l)
    first = min(vehicle.shift_start for vehicle in carriers)
    last = max(vehicle.shift_end for vehicle in carriers)
    outside = stop.window_end < first or stop.window_start > last
    # A window outside every shift is unreachable too; it gets its own, plainer sentence.
    if not outside and not any(_fits_shift(stop, vehicle, out_s) for vehicle in carriers):
        return msg.UNREACHABLE.format(ref=stop.ref, start=_clock(stop.window_start),
                                      end=_clock(stop.window_end), minutes=-(-out_s // 60))
    if stop.window_end < first:
        return msg.WINDOW_BEFORE_SHIFTS.format(ref=stop.ref, end=_clock(stop.window_end),
                                               first=_clock(first))
    if stop.window_start > last:
        return msg.WINDOW_AFTER_SHIFTS.format(ref=stop.ref, start=_clock(stop.window_start),
                                              last=_clock(last))
    return None


def _fits_shift(stop: Stop, vehicle: Vehicle, out_s: int) -> bool:
    """Whether a bike leaving at shift start serves ``stop`` alone and is back in time."""
    service_start = max(vehicle.shift_start + timedelta(seconds=out_s), stop.window_start)
    back = service_start + timedelta(seconds=stop.service_s + out_s)
    return service_start <= stop.window_end and back <= vehicle.shift_end


def _solve(origin: datetime, stops: Sequence[Stop], pending: Sequence[int],
           vehicles: Sequence[Vehicle], active: Sequence[int], ready: Sequence[datetime],
           distances: list[list[int]], durations: list[list[int]]) -> dict[int, list[_Step]]:
    """One VROOM run: a tour per active vehicle; the route steps by vehicle index."""
    # Imported here: pyvroom pulls in pandas (about half a second), paid only when planning.
    import vroom  # type: ignore[import-untyped]

    problem = vroom.Input()
    problem.set_durations_matrix(_PROFILE, durations)
    problem.set_distances_matrix(_PROFILE, distances)
    for i in active:
        vehicle = vehicles[i]
        problem.add_vehicle(vroom.Vehicle(
            i + 1, start=_DEPOT, end=_DEPOT, profile=_PROFILE,
            capacity=[vehicle.max_weight_g, vehicle.max_volume_l],
            time_window=vroom.TimeWindow(_rel(ready[i], origin), _rel(vehicle.shift_end, origin))))
    # Earliest deadline first: a round that cannot take every stop keeps the ones whose
    # window closes soonest (VROOM maximises the sum of priorities before the cost), so a
    # stop that later rounds could still reach is the one left for them.
    ends = [_rel(stops[i].window_end, origin) for i in pending]
    first, last = min(ends, default=0), max(ends, default=0)
    for i, end in zip(pending, ends, strict=True):
        stop = stops[i]
        priority = 1 + (MAX_PRIORITY - 1) * (last - end) // (last - first) if last > first \
            else 1
        load, empty = [stop.weight_g, stop.volume_l], [0, 0]
        delivery = stop.kind is DeliveryKind.DELIVERY
        # A delivery is on board from the depot on, a pick-up from its door back to the
        # depot: VROOM checks the mixed load at every step against the capacity.
        problem.add_job(vroom.Job(
            i + 1, location=i + 1, default_service=stop.service_s,
            delivery=load if delivery else empty, pickup=empty if delivery else load,
            priority=priority,
            time_windows=[vroom.TimeWindow(max(0, _rel(stop.window_start, origin)),
                                           _rel(stop.window_end, origin))]))
    solution = problem.solve(exploration_level=EXPLORATION_LEVEL, nb_threads=THREADS)
    routes: dict[int, list[_Step]] = {}
    # The frame lists each route's steps in driving order, start to end.
    for row in solution.routes.itertuples(index=False):
        kind = str(row.type)
        step = _Step(int(row.vehicle_id) - 1, kind, int(row.arrival), int(row.waiting_time),
                     int(row.id) if kind == "job" else 0, int(row.distance))
        routes.setdefault(step.vehicle, []).append(step)
    return routes


def _trip(vehicle: Vehicle, number: int, steps: Sequence[_Step], stops: Sequence[Stop],
          origin: datetime) -> Trip:
    def at(seconds: int) -> datetime:
        return origin + timedelta(seconds=seconds)

    jobs = [step for step in steps if step.kind == "job"]
    planned: list[PlannedStop] = []
    previous = 0
    for step in jobs:
        planned.append(PlannedStop(stops[step.job - 1].ref, at(step.arrival),
                                   at(step.arrival + step.waiting), step.distance - previous))
        previous = step.distance
    weight, volume = _peak_load([stops[step.job - 1] for step in jobs])
    # VROOM may delay the start so the bike does not wait at the first door: the start
    # step's time is the departure.
    return Trip(vehicle.ref, vehicle.name, number, at(steps[0].arrival), at(steps[-1].arrival),
                tuple(planned), steps[-1].distance, weight, volume)


def _peak_load(route: Sequence[Stop]) -> tuple[int, int]:
    """The most weight and volume on board at once along ``route`` (each on its own)."""
    weight = sum(stop.weight_g for stop in route if stop.kind is DeliveryKind.DELIVERY)
    volume = sum(stop.volume_l for stop in route if stop.kind is DeliveryKind.DELIVERY)
    peak_weight, peak_volume = weight, volume
    for stop in route:
        sign = -1 if stop.kind is DeliveryKind.DELIVERY else 1
        weight += sign * stop.weight_g
        volume += sign * stop.volume_l
        peak_weight, peak_volume = max(peak_weight, weight), max(peak_volume, volume)
    return peak_weight, peak_volume


def _validate(stops: Sequence[Stop], vehicles: Sequence[Vehicle], max_trips: int,
              speed_kmh: int) -> None:
    for count, maximum, message in ((len(stops), MAX_STOPS, msg.TOO_MANY_STOPS),
                                    (len(vehicles), MAX_VEHICLES, msg.TOO_MANY_VEHICLES)):
        if count > maximum:
            raise ValidationError(message.format(count=count, maximum=maximum))
    if max_trips < 1:
        raise ValidationError(msg.TRIPS_INVALID.format(value=max_trips))
    _check_speed(speed_kmh)
    _check_unique([stop.ref for stop in stops], msg.DUPLICATE_STOP)
    _check_unique([vehicle.ref for vehicle in vehicles], msg.DUPLICATE_VEHICLE)
    for vehicle in vehicles:
        _check_span(vehicle.ref, vehicle.shift_start, vehicle.shift_end, msg.SHIFT_REVERSED,
                    name=vehicle.name)
        if min(vehicle.max_weight_g, vehicle.max_volume_l) < 0:
            raise ValidationError(msg.NEGATIVE_AMOUNT.format(ref=vehicle.ref))
    for stop in stops:
        _check_span(stop.ref, stop.window_start, stop.window_end, msg.WINDOW_REVERSED,
                    ref=stop.ref)
        if min(stop.weight_g, stop.volume_l, stop.service_s) < 0:
            raise ValidationError(msg.NEGATIVE_AMOUNT.format(ref=stop.ref))


def _check_speed(speed_kmh: int) -> None:
    if speed_kmh < 1:
        raise ValidationError(msg.SPEED_INVALID.format(value=speed_kmh))


def _check_unique(refs: Sequence[str], message: str) -> None:
    # Refs map VROOM's ids back to stops and vehicles; a twin would be planned twice.
    twins = sorted(ref for ref, count in Counter(refs).items() if count > 1)
    if twins:
        raise ValidationError(message.format(ref=twins[0]))


def _check_span(owner: str, start: datetime, end: datetime, reversed_message: str, /,
                **names: str) -> None:
    # Naive times cannot be compared with aware ones and would be read as local time.
    if start.utcoffset() is None or end.utcoffset() is None:
        raise ValidationError(msg.TIME_WITHOUT_ZONE.format(ref=owner))
    if end < start:
        raise ValidationError(reversed_message.format(
            start=format_local(start), end=format_local(end), **names))


def _rel(moment: datetime, origin: datetime) -> int:
    return (moment - origin) // timedelta(seconds=1)


def _clock(moment: datetime) -> str:
    return format_local(moment, "%H:%M")


def _kg(grams: int) -> str:
    # Exact to the gram, so a load just over the limit never reads like the limit itself.
    return str(format_decimal(Decimal(grams) / 1000, format="#,##0.###", locale="de_DE"))
