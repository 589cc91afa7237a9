"""Cargo-bike route planning with the real VROOM solver: a fixed Soest day, no wall clock."""

from __future__ import annotations

import math
import random
from collections.abc import Sequence
from datetime import UTC, datetime, timedelta

import pytest

from app.errors import ValidationError
from app.services.delivery import routing
from app.services.delivery.model import Point
from app.services.delivery.routing import Plan, Stop, Trip, Unassigned, Vehicle
from app.sync_schema.enums import DeliveryKind

DEPOT = Point(51_571_100, 8_105_700)  # Soest, near the old town
SOEST_MARKT = Point(51_571_400, 8_106_300)
SOEST_BAHNHOF = Point(51_578_200, 8_108_800)
DELIVERY, PICKUP = DeliveryKind.DELIVERY, DeliveryKind.PICKUP


def at(hour: int, minute: int = 0) -> datetime:
    """A moment on Thursday 26 November 2026 (UTC; Berlin is one hour ahead)."""
    return datetime(2026, 11, 26, hour, minute, tzinfo=UTC)


def bike(ref: str, kg: int = 150, litres: int = 400, start: int = 8, end: int = 16) -> Vehicle:
    return Vehicle(ref, f"Lastenrad {ref}", kg * 1000, litres, at(start), at(end))


def stop(ref: str, north_m: int = 1000, east_m: int = 1000, *, kg: int = 20, litres: int = 50,
         window: tuple[datetime, datetime] = (at(8), at(16)), kind: DeliveryKind = DELIVERY,
         service_s: int = 300) -> Stop:
    """A stop ``north_m``/``east_m`` metres (crow flies) from the depot."""
    point = Point(DEPOT.lat_e6 + round(north_m / 0.111_195),
                  DEPOT.lon_e6 + round(east_m / (0.111_195 * math.cos(math.radians(51.5711)))))
    return Stop(ref, kind, point, window[0], window[1], service_s, kg * 1000, litres)


def by_ref(stops: Sequence[Stop]) -> dict[str, Stop]:
    return {s.ref: s for s in stops}


def peak_load(trip: Trip, stops: dict[str, Stop]) -> tuple[int, int]:
    """The most weight/volume on board, recomputed from the stops in driving order."""
    route = [stops[planned.ref] for planned in trip.stops]
    weight = sum(s.weight_g for s in route if s.kind is DELIVERY)
    volume = sum(s.volume_l for s in route if s.kind is DELIVERY)
    peaks = [(weight, volume)]
    for s in route:
        sign = -1 if s.kind is DELIVERY else 1
        weight, volume = weight + sign * s.weight_g, volume + sign * s.volume_l
        peaks.append((weight, volume))
    return max(w for w, _ in peaks), max(v for _, v in peaks)


def assert_feasible(result: Plan, stops: Sequence[Stop], vehicles: Sequence[Vehicle]) -> None:
    """Every planned stop is served inside its window and no trip is overloaded or late."""
    known, fleet = by_ref(stops), {v.ref: v for v in vehicles}
    for trip in result.trips:
        vehicle = fleet[trip.vehicle_ref]
        assert vehicle.shift_start <= trip.departure <= trip.return_at <= vehicle.shift_end
        assert peak_load(trip, known) == (trip.max_weight_g, trip.max_volume_l)
        assert trip.max_weight_g <= vehicle.max_weight_g
        assert trip.max_volume_l <= vehicle.max_volume_l
        assert trip.distance_m >= sum(planned.distance_m for planned in trip.stops)
        for planned in trip.stops:
            window = known[planned.ref]
            assert planned.arrival <= planned.service_start
            assert planned.service_start == max(planned.arrival, window.window_start)
            assert window.window_start <= planned.service_start <= window.window_end
            assert planned.arrival.tzinfo is not None


def planned_refs(result: Plan) -> list[str]:
    return sorted(planned.ref for trip in result.trips for planned in trip.stops)


def test_markt_to_bahnhof_is_about_a_kilometre_by_street() -> None:
    """Soest Markt -> Bahnhof is the great circle (law of cosines) x 1.3, about 1 km."""
    lat1, lat2 = math.radians(51.5714), math.radians(51.5782)
    delta_lon = math.radians(8.1088 - 8.1063)
    central = math.acos(math.sin(lat1) * math.sin(lat2)
                        + math.cos(lat1) * math.cos(lat2) * math.cos(delta_lon))
    expected = 6_371_000 * central * 1.3
    found = routing.distance_m(SOEST_MARKT, SOEST_BAHNHOF)
    assert abs(found - expected) <= 1
    assert 800 <= found <= 1200
    assert routing.distance_m(SOEST_BAHNHOF, SOEST_MARKT) == found
    assert routing.distance_m(SOEST_MARKT, SOEST_MARKT) == 0


def test_one_degree_of_latitude_is_the_published_111_195_m_times_the_detour() -> None:
    """A meridian degree on the mean-radius sphere is 111.195 km; x 1.3 gives 144.553 km."""
    assert abs(routing.distance_m(Point(0, 0), Point(1_000_000, 0)) - 144_553) <= 2


def test_travel_time_follows_from_the_street_distance_and_the_speed() -> None:
    """At 15 km/h a bike needs 0.24 s per metre; half the speed doubles the time."""
    metres = routing.distance_m(DEPOT, SOEST_BAHNHOF)
    assert routing.travel_s(DEPOT, SOEST_BAHNHOF) == round(metres * 3.6 / 15)
    assert abs(routing.travel_s(DEPOT, SOEST_BAHNHOF, speed_kmh=7)
               - round(metres * 3.6 / 7)) <= 1


def test_two_bikes_plan_every_stop_inside_its_window_without_overload() -> None:
    """Two bikes with different limits take all eight stops, each served in its window."""
    vehicles = [bike("bike-1", kg=150, litres=400), bike("bike-2", kg=80, litres=200)]
    stops = [stop("L1-000001/1", 1500, 500, kg=35, litres=80, window=(at(8), at(10))),
             stop("L1-000002/1", -800, 1200, kg=25, litres=60, window=(at(9), at(11))),
             stop("L1-000003/1", 2500, -1500, kg=40, litres=120, window=(at(10), at(12))),
             stop("L1-000004/1", -2000, -2000, kg=15, litres=30, window=(at(11), at(13))),
             stop("L1-000005/1", 600, 2600, kg=30, litres=90, window=(at(8), at(12))),
             stop("L1-000006/1", -1500, 300, kg=20, litres=40, window=(at(12), at(14))),
             stop("A1-000007/1", 1800, 1800, kg=30, litres=100, window=(at(9), at(15)),
                  kind=PICKUP),
             stop("L1-000008/1", 300, -900, kg=10, litres=20, window=(at(13), at(15)))]
    result = routing.plan(DEPOT, stops, vehicles)
    assert result.unassigned == ()
    assert planned_refs(result) == sorted(s.ref for s in stops)
    assert_feasible(result, stops, vehicles)
    assert result.distance_m == sum(trip.distance_m for trip in result.trips) > 0


def test_a_load_too_big_for_every_vehicle_is_unassigned_with_the_capacity_reason() -> None:
    """300 kg fit on no bike: the stop is listed with its load and the largest vehicle."""
    vehicles = [bike("bike-1", kg=150, litres=400), bike("bike-2", kg=80, litres=600)]
    stops = [stop("L1-000001/1", kg=300, litres=100), stop("L1-000002/1")]
    result = routing.plan(DEPOT, stops, vehicles)
    assert planned_refs(result) == ["L1-000002/1"]
    assert result.unassigned == (Unassigned(
        "L1-000001/1", "Die Ladung von L1-000001/1 (300 kg, 100 l) passt auf kein Fahrzeug "
                       "(größtes: 150 kg, 400 l)."),)


def test_a_window_too_early_to_reach_from_the_depot_gets_the_time_reason() -> None:
    """A door 8 km out cannot be reached in the shift's first quarter hour."""
    stops = [stop("L1-000001/1", 6000, 0, window=(at(8), at(8, 15))), stop("L1-000002/1")]
    result = routing.plan(DEPOT, stops, [bike("bike-1")])
    assert planned_refs(result) == ["L1-000002/1"]
    (left,) = result.unassigned
    assert left.ref == "L1-000001/1"
    assert left.reason.startswith("Das Zeitfenster von L1-000001/1 (09:00–09:15 Uhr) ist mit "
                                  "dem Lastenrad nicht erreichbar")


def test_a_door_too_far_to_return_before_the_shift_ends_gets_the_time_reason() -> None:
    """Served just before the shift ends, the bike could not be back at the depot in time."""
    stops = [stop("L1-000001/1", 6000, 0, window=(at(15, 50), at(16)))]
    (left,) = routing.plan(DEPOT, stops, [bike("bike-1")]).unassigned
    assert "nicht erreichbar" in left.reason


@pytest.mark.parametrize(("window", "reason"), [
    ((at(5), at(7)), "Das Zeitfenster von L1-000001/1 endet um 08:00 Uhr, bevor die erste "
                     "Schicht um 09:00 Uhr beginnt."),
    ((at(17), at(18)), "Das Zeitfenster von L1-000001/1 beginnt um 18:00 Uhr, nachdem die "
                       "letzte Schicht um 17:00 Uhr endet."),
])
def test_a_window_outside_every_shift_says_so(window: tuple[datetime, datetime],
                                              reason: str) -> None:
    """A window before the first or after the last shift is named with both times (Berlin)."""
    result = routing.plan(DEPOT, [stop("L1-000001/1", window=window)], [bike("bike-1")])
    assert result.trips == ()
    assert result.unassigned == (Unassigned("L1-000001/1", reason),)


def test_more_load_than_one_trip_gives_a_second_trip_after_the_first_returned() -> None:
    """Four 40 kg deliveries on a 100 kg bike: two trips, the second after reloading."""
    vehicles = [bike("bike-1", kg=100)]
    stops = [stop(f"L1-00000{n}/1", 700 * n, 400 * (-1) ** n, kg=40) for n in range(1, 5)]
    result = routing.plan(DEPOT, stops, vehicles)
    assert result.unassigned == ()
    assert [(trip.vehicle_ref, trip.number) for trip in result.trips] == [("bike-1", 1),
                                                                          ("bike-1", 2)]
    first, second = result.trips
    assert second.departure >= first.return_at + timedelta(seconds=routing.RELOAD_S)
    assert [len(trip.stops) for trip in result.trips] == [2, 2]
    assert_feasible(result, stops, vehicles)


def test_stops_beyond_the_last_allowed_trip_have_no_room() -> None:
    """With one trip allowed, the stops a full bike cannot take say no tour had room."""
    stops = [stop(f"L1-00000{n}/1", 500 * n, 0, kg=60) for n in range(1, 4)]
    result = routing.plan(DEPOT, stops, [bike("bike-1", kg=100)], max_trips=1)
    assert len(result.trips) == 1 and len(result.trips[0].stops) == 1
    assert len(result.unassigned) == 2
    for left in result.unassigned:
        assert left.reason == (f"Für {left.ref} hatte keine Tour mehr Platz oder Zeit "
                               "(höchstens 1 Fahrten je Fahrzeug). Bitte auf einen anderen "
                               "Tag legen.")


def test_a_pick_up_rides_back_in_the_room_the_deliveries_made() -> None:
    """60 kg out and 60 kg back fit a 100 kg bike on one trip, delivery first."""
    stops = [stop("A1-000001/1", 1200, 0, kg=60, kind=PICKUP),
             stop("L1-000002/1", 0, 1200, kg=60)]
    result = routing.plan(DEPOT, stops, [bike("bike-1", kg=100)])
    (trip,) = result.trips
    assert [planned.ref for planned in trip.stops] == ["L1-000002/1", "A1-000001/1"]
    assert trip.max_weight_g == 60_000
    assert_feasible(result, stops, [bike("bike-1", kg=100)])


def test_a_pick_up_before_a_delivery_adds_to_the_load_and_needs_its_own_trip() -> None:
    """A morning pick-up would ride with the afternoon delivery (120 kg): two trips."""
    vehicles = [bike("bike-1", kg=100)]
    stops = [stop("A1-000001/1", 1200, 0, kg=60, kind=PICKUP, window=(at(8), at(9))),
             stop("L1-000002/1", 0, 1200, kg=60, window=(at(13), at(14)))]
    result = routing.plan(DEPOT, stops, vehicles)
    assert result.unassigned == ()
    assert [[p.ref for p in trip.stops] for trip in result.trips] == [["A1-000001/1"],
                                                                      ["L1-000002/1"]]
    assert [trip.max_weight_g for trip in result.trips] == [60_000, 60_000]
    assert_feasible(result, stops, vehicles)


def test_the_same_input_in_any_order_gives_the_same_plan() -> None:
    """Planning twice, the second time with shuffled stops and vehicles, gives equal plans."""
    vehicles = [bike("bike-1", kg=90), bike("bike-2", kg=70, start=9, end=15)]
    stops = [stop(f"L1-{n:06d}/1", (n * 397) % 4000 - 2000, (n * 751) % 4000 - 2000,
                  kg=10 + n % 4 * 10, kind=PICKUP if n % 5 == 0 else DELIVERY,
                  window=(at(8 + n % 5), at(10 + n % 5))) for n in range(1, 26)]
    first = routing.plan(DEPOT, stops, vehicles)
    shuffled = list(stops)
    random.Random(7).shuffle(shuffled)
    assert routing.plan(DEPOT, shuffled, list(reversed(vehicles))) == first
    assert_feasible(first, stops, vehicles)
    assert len(planned_refs(first)) + len(first.unassigned) == len(stops)


@pytest.mark.parametrize(("stops", "vehicles", "message"), [
    ([stop(f"L1-{n:06d}/1") for n in range(501)], [bike("bike-1")],
     "Zu viele Stopps für einen Tag: 501 (höchstens 500). Bitte auf mehrere Tage verteilen."),
    ([stop("L1-000001/1")], [bike(f"bike-{n}") for n in range(21)],
     "Zu viele Fahrzeuge: 21 (höchstens 20)."),
    ([stop("L1-000001/1", window=(at(12), at(11)))], [bike("bike-1")],
     "Das Zeitfenster von L1-000001/1 endet (26.11.2026 12:00) vor seinem Beginn "
     "(26.11.2026 13:00)."),
    ([stop("L1-000001/1")], [bike("bike-1", start=16, end=8)],
     "Die Schicht von Lastenrad bike-1 endet (26.11.2026 09:00) vor ihrem Beginn "
     "(26.11.2026 17:00)."),
    ([stop("L1-000001/1"), stop("L1-000001/1")], [bike("bike-1")],
     "Der Stopp L1-000001/1 steht doppelt in der Liste."),
])
def test_input_the_planner_cannot_take_is_refused_in_german(
        stops: list[Stop], vehicles: list[Vehicle], message: str) -> None:
    """Too many stops or vehicles, reversed windows or shifts and duplicates are refused."""
    with pytest.raises(ValidationError) as refused:
        routing.plan(DEPOT, stops, vehicles)
    assert str(refused.value) == message


def test_naive_times_are_refused() -> None:
    """A window without a time zone cannot be planned against UTC shifts."""
    naive = stop("L1-000001/1", window=(datetime(2026, 11, 26, 9), datetime(2026, 11, 26, 10)))
    with pytest.raises(ValidationError, match="keine Zeitzone"):
        routing.plan(DEPOT, [naive], [bike("bike-1")])


def test_no_stops_give_an_empty_plan() -> None:
    """Nothing to ride: no trips, nothing unassigned, no distance."""
    assert routing.plan(DEPOT, [], [bike("bike-1")]) == Plan((), ())
    assert routing.plan(DEPOT, [], []).distance_m == 0


def test_without_vehicles_every_stop_is_unassigned() -> None:
    """No bike on the day: every stop is listed with "Kein Fahrzeug verfügbar."."""
    result = routing.plan(DEPOT, [stop("L1-000002/1"), stop("L1-000001/1")], [])
    assert result == Plan((), (Unassigned("L1-000001/1", "Kein Fahrzeug verfügbar."),
                               Unassigned("L1-000002/1", "Kein Fahrzeug verfügbar.")))
