"""A day of cargo-bike stops planned with VROOM against a floor in the same run.

The plan (``app.services.delivery.routing.plan``): 20 and 60 stops (deliveries and
pick-ups around Arnsberg, one- and two-hour windows, weights and volumes) onto two cargo
bikes and one bike with trailer, up to three trips each. The floor is the same VROOM input
solved once without our rounds (one tour per vehicle, no reasons): what pyvroom itself
costs. The figure also says how many stops the plan could not take (it should be few).
Goal: a day of 60 stops in under a second.
"""

from __future__ import annotations

import json
import random
import statistics
import sys
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from app.services.delivery import routing
from app.services.delivery.model import Point
from app.sync_schema.enums import DeliveryKind

DEPOT = Point(51_396_700, 8_064_400)
DAY = datetime(2026, 11, 26, 8, 0, tzinfo=UTC)  # 09:00 Berlin
ROUNDS = 3
GOAL = "60 stops < 1 s"


def stops(count: int, seed: int = 7) -> list[routing.Stop]:
    rng = random.Random(seed)
    out = []
    for i in range(count):
        start = DAY + timedelta(hours=rng.randint(0, 7))
        out.append(routing.Stop(
            f"L01-{i + 1:06d}/1", DeliveryKind.PICKUP if i % 5 == 0 else DeliveryKind.DELIVERY,
            Point(DEPOT.lat_e6 + rng.randint(-40_000, 40_000),
                  DEPOT.lon_e6 + rng.randint(-60_000, 60_000)),
            start, start + timedelta(hours=rng.choice((1, 2))), 600,
            rng.randint(2, 60) * 1000, rng.randint(10, 400)))
    return out


def vehicles() -> list[routing.Vehicle]:
    end = DAY + timedelta(hours=9)
    return [routing.Vehicle("v1-01", "Lastenrad 1", 100_000, 500, DAY, end),
            routing.Vehicle("v1-02", "Lastenrad 2", 100_000, 500, DAY, end),
            routing.Vehicle("v2-01", "Lastenrad mit Anhänger 1", 200_000, 1500, DAY, end)]


def floor_once(day: list[routing.Stop]) -> None:
    """One VROOM solve of all stops, as a first attempt would call it."""
    import vroom  # type: ignore[import-untyped]

    points = [DEPOT, *(s.point for s in day)]
    distances = [[routing.distance_m(a, b) for b in points] for a in points]
    problem = vroom.Input()
    problem.set_durations_matrix("bike", [[d * 3600 // 15000 for d in row] for row in distances])
    for n, v in enumerate(vehicles(), start=1):
        problem.add_vehicle(vroom.Vehicle(n, start=0, end=0, profile="bike",
                                          capacity=[v.max_weight_g, v.max_volume_l]))
    for n, s in enumerate(day, start=1):
        problem.add_job(vroom.Job(n, location=n, default_service=s.service_s,
                                  delivery=[s.weight_g, s.volume_l]))
    problem.solve(exploration_level=routing.EXPLORATION_LEVEL, nb_threads=routing.THREADS)


def timed(fn: Callable[[list[routing.Stop]], object], day: list[routing.Stop]) -> float:
    values = []
    for _ in range(ROUNDS):
        started = time.perf_counter()
        fn(day)
        values.append(time.perf_counter() - started)
    return statistics.median(values)


def main() -> int:
    routing.plan(DEPOT, stops(5), vehicles())  # import vroom and pandas once
    for count in (20, 60):
        day = stops(count)
        value = timed(lambda d: routing.plan(DEPOT, d, vehicles()), day)
        floor = timed(floor_once, day)
        plan = routing.plan(DEPOT, day, vehicles())
        print(json.dumps({
            "name": f"routing_{count}_stops", "value": round(value, 4), "unit": "s",
            "floor": round(floor, 4), "ratio": round(value / floor, 2), "goal": GOAL,
            "met": value < 1.0 if count == 60 else None, "trips": len(plan.trips),
            "unassigned": len(plan.unassigned), "stops": count,
        }, ensure_ascii=False), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
