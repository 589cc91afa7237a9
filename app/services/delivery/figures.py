"""Delivery figures for the impact report: trips, km by cargo bike, CO2e against a van.

Counted are the orders delivered (deliveries and pick-ups) whose Berlin day lies in the
period. Kilometres are what the rider entered; where nothing was entered they are
estimated as the one-way street distance from the store per trip (great circle × 1.3) —
on the low side, since a tour of several stops rides less than a return trip per stop but
more than one way per stop. The saving is the van's emission factor per km (cited in
``resources/delivery/delivery.toml``) times those km; the bike's own electricity (a few Wh
per km) is not subtracted and said so.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select

from app.db.models import DeliveryOrder
from app.services.delivery import loads
from app.services.delivery.model import Point
from app.services.delivery.routing import distance_m
from app.services.kernel.context import Ctx
from app.sync_schema.enums import DeliveryKind, DeliveryStatus


@dataclass(frozen=True)
class DeliveryFigures:
    """What cargo-bike delivery did in a period."""

    deliveries: int = 0
    pickups: int = 0
    trips: int = 0
    km_entered_m: int = 0  # metres the riders entered
    km_estimated_m: int = 0  # metres estimated where nothing was entered
    co2e_saved_g: int = 0  # against the van
    van_g_per_km: int = 0
    van_source: str = ""
    van_year: int = 0
    van_note: str = ""

    @property
    def km_m(self) -> int:
        return self.km_entered_m + self.km_estimated_m

    @property
    def orders(self) -> int:
        return self.deliveries + self.pickups


def period(ctx: Ctx, start: date, end: date) -> DeliveryFigures:
    """The figures of the delivered orders of Berlin days ``start``..``end``."""
    config = loads.config()
    rows = ctx.session.execute(
        select(DeliveryOrder.kind, DeliveryOrder.trips, DeliveryOrder.km_m,
               DeliveryOrder.lat_e6, DeliveryOrder.lon_e6)
        .where(DeliveryOrder.status == DeliveryStatus.DELIVERED.value,
               DeliveryOrder.day >= start, DeliveryOrder.day <= end))
    deliveries = pickups = trips = entered = estimated = 0
    for kind, order_trips, km_m, lat, lon in rows:
        if kind == DeliveryKind.PICKUP:
            pickups += 1
        else:
            deliveries += 1
        trips += order_trips
        if km_m is not None:
            entered += km_m
        else:
            estimated += distance_m(config.depot, Point(lat, lon)) * order_trips
    km = entered + estimated
    return DeliveryFigures(
        deliveries, pickups, trips, entered, estimated,
        co2e_saved_g=km * config.van_co2e_g_per_km // 1000,
        van_g_per_km=config.van_co2e_g_per_km, van_source=config.van_source,
        van_year=config.van_year, van_note=config.van_note)
