"""What an order weighs and takes up, which vehicles there are, and how a load too big for
one vehicle is split into trips.

The weight of sold goods is the one the impact record computed for the sale (the item's
own, else its category's average, else the factor's typical weight); the bulk comes from
``resources/delivery/delivery.toml`` per impact key. Both are proposals the cashier can
correct. The split is first-fit decreasing of the single pieces onto the largest vehicle:
a piece that fits no vehicle at all is refused, everything else fits on some number of
trips.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from decimal import ROUND_HALF_EVEN, Decimal
from functools import lru_cache
from typing import Any

from app.errors import ValidationError
from app.resource_files import resource_path
from app.services.delivery import messages as msg
from app.services.delivery.model import LoadLine, Point
from app.services.impact.notes import format_kg
from app.services.kernel.context import Ctx
from app.services.policy import store as policy
from app.services.policy.definitions import POLICY
from app.services.policy.store import PolicyValues
from app.sync_schema import limits


@dataclass(frozen=True)
class Fee:
    key: str
    label: str
    cents: int


@dataclass(frozen=True)
class DeliveryConfig:
    """The shipped delivery data (bulk per impact key, fees, the van comparison)."""

    depot: Point
    max_km: int
    litres: dict[str, int]
    default_litres_per_kg: int
    service_minutes: int
    fees: tuple[Fee, ...]
    van_co2e_g_per_km: int
    van_source: str
    van_year: int
    van_note: str
    fee_category: str = "Lieferung"  # the category the fee is sold in

    def fee(self, key: str) -> Fee:
        found = next((f for f in self.fees if f.key == key), None)
        if found is None:
            raise ValidationError(msg.FEE_UNKNOWN.format(
                value=key, known=", ".join(f.key for f in self.fees)))
        return found

    def litres_for(self, impact_key: str, weight_g: int) -> int:
        """The bulk of one piece: the key's figure, else litres per kg of its weight."""
        if impact_key in self.litres:
            return self.litres[impact_key]
        return max(1, -(-weight_g * self.default_litres_per_kg // 1000))


def degrees_e6(text: str) -> int:
    """'51.3967' or '51,3967' -> 51_396_700 micro-degrees (exact: no float on the way)."""
    value = Decimal(text.strip().replace(",", "."))
    return int((value * 1_000_000).to_integral_value(ROUND_HALF_EVEN))


def _config(data: dict[str, Any]) -> DeliveryConfig:
    van = data["van"]
    return DeliveryConfig(
        depot=Point(degrees_e6(str(data["depot_lat"])), degrees_e6(str(data["depot_lon"]))),
        max_km=int(data["max_km"]),
        litres={str(k): int(v) for k, v in data["litres"].items()},
        default_litres_per_kg=int(data["default_litres_per_kg"]),
        service_minutes=int(data["service_minutes"]),
        fees=tuple(Fee(str(k), str(v["label"]), int(v["cents"]))
                   for k, v in data["fees"].items()),
        van_co2e_g_per_km=int(van["co2e_g_per_km"]), van_source=str(van["source"]),
        van_year=int(van["year"]), van_note=str(van.get("note", "")),
        fee_category=str(data.get("fee_category", "Lieferung")))


@lru_cache(maxsize=1)
def config() -> DeliveryConfig:
    """The shipped ``resources/delivery/delivery.toml`` (read once)."""
    with resource_path("delivery", "delivery.toml").open("rb") as fh:
        return _config(tomllib.load(fh))


@dataclass(frozen=True)
class VehicleKind:
    """A kind of vehicle of the fleet and how many of it are out on a day."""

    name: str  # a template with {n}
    count: int
    max_weight_g: int
    max_volume_l: int


def fleet(values: PolicyValues) -> tuple[VehicleKind, ...]:
    """The cargo bikes and the bikes with trailer from the store settings."""
    return (
        VehicleKind(msg.BIKE_NAME, values.get(POLICY.delivery_bikes),
                    values.get(POLICY.delivery_bike_max_kg) * 1000,
                    values.get(POLICY.delivery_bike_max_litres)),
        VehicleKind(msg.TRAILER_NAME, values.get(POLICY.delivery_trailers),
                    values.get(POLICY.delivery_trailer_max_kg) * 1000,
                    values.get(POLICY.delivery_trailer_max_litres)),
    )


def largest(kinds: tuple[VehicleKind, ...]) -> VehicleKind:
    """The vehicle kind that takes the most (weight first); ``ValidationError`` if the
    store has none out."""
    there = [k for k in kinds if k.count > 0]
    if not there:
        raise ValidationError(msg.NO_VEHICLES)
    return max(there, key=lambda k: (k.max_weight_g, k.max_volume_l))


@dataclass(frozen=True)
class TripLoad:
    """The pieces one trip takes of an order."""

    weight_g: int
    volume_l: int
    pieces: tuple[tuple[int, int], ...]  # (line index, pieces of that line)


@dataclass(frozen=True)
class Split:
    trips: tuple[TripLoad, ...]
    warning: str  # empty when one trip takes it all

    @property
    def count(self) -> int:
        return len(self.trips)


def split(lines: tuple[LoadLine, ...], vehicle: VehicleKind) -> Split:
    """Pack the pieces onto as few trips of ``vehicle`` as first-fit decreasing finds;
    a piece bigger than the vehicle is a German ``ValidationError``."""
    weight = sum(line.total_weight_g for line in lines)
    volume = sum(line.total_volume_l for line in lines)
    if weight > limits.MAX_LOAD_G or volume > limits.MAX_LOAD_L:
        raise ValidationError(msg.LOAD_TOO_BIG.format(kg=limits.MAX_LOAD_G // 1000,
                                                      l=limits.MAX_LOAD_L))
    for line in lines:
        if line.weight_g > vehicle.max_weight_g or line.volume_l > vehicle.max_volume_l:
            raise ValidationError(msg.PIECE_TOO_BIG.format(
                what=line.description, kg=format_kg(line.weight_g), l=line.volume_l,
                max_kg=format_kg(vehicle.max_weight_g), max_l=vehicle.max_volume_l))
    pieces = sorted(((i, line) for i, line in enumerate(lines) for _ in range(line.quantity)),
                    key=lambda p: (-p[1].weight_g, -p[1].volume_l, p[0]))
    bins: list[tuple[int, int, dict[int, int]]] = []
    for index, line in pieces:
        for n, (w, v, taken) in enumerate(bins):
            if w + line.weight_g <= vehicle.max_weight_g and v + line.volume_l <= \
                    vehicle.max_volume_l:
                taken[index] = taken.get(index, 0) + 1
                bins[n] = (w + line.weight_g, v + line.volume_l, taken)
                break
        else:
            bins.append((line.weight_g, line.volume_l, {index: 1}))
    trips = tuple(TripLoad(w, v, tuple(sorted(taken.items()))) for w, v, taken in bins) \
        or (TripLoad(0, 0, ()),)
    warning = "" if len(trips) == 1 else str(msg.SPLIT_WARNING.format(
        kg=format_kg(weight), l=volume, max_kg=format_kg(vehicle.max_weight_g),
        max_l=vehicle.max_volume_l, trips=len(trips)))
    return Split(trips, warning)


def store_fleet(ctx: Ctx) -> tuple[VehicleKind, ...]:
    """The fleet from the store settings as they are now."""
    return fleet(policy.snapshot(ctx))
