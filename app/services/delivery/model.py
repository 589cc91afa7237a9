"""What a delivery order looks like outside the database: the dispatch list, the slip,
the route planner and the screens read these, never the ORM rows.

Coordinates are integer micro-degrees (``lat_e6`` 51_396_000 is 51.396° N), weights
integer grams and volumes integer litres, like money is integer cents: no float drift
between the till, the server and the paper.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from app.sync_schema.enums import DeliveryKind, DeliveryStatus


@dataclass(frozen=True)
class Point:
    """A place in WGS84 micro-degrees."""

    lat_e6: int
    lon_e6: int


@dataclass(frozen=True)
class LoadLine:
    """One kind of goods on an order: ``weight_g`` and ``volume_l`` are per piece."""

    description: str
    quantity: int
    weight_g: int
    volume_l: int
    code: str = ""  # the item code when the goods carry a label

    @property
    def total_weight_g(self) -> int:
        return self.weight_g * self.quantity

    @property
    def total_volume_l(self) -> int:
        return self.volume_l * self.quantity


@dataclass(frozen=True)
class OrderView:
    """A delivery or pick-up as the dispatch list and the slip show it.

    ``window_start``/``window_end`` are UTC; paper shows them in Europe/Berlin. After
    anonymisation ``name``, ``street``, ``phone`` and ``notes`` are empty and
    ``anonymised`` is True; the statistics (day, kind, loads, km) stay."""

    number: str  # the order's code, printed as its barcode ("L1-000012")
    kind: DeliveryKind
    status: DeliveryStatus
    day: date  # the Berlin day of the window
    window_start: datetime
    window_end: datetime
    name: str
    street: str
    postcode: str
    city: str
    phone: str
    notes: str
    point: Point
    lines: tuple[LoadLine, ...]
    fee_label: str  # e.g. "Lieferung Stadtgebiet" (empty for pick-ups)
    fee_cents: int
    trips: int  # how many trips the load needs on the largest vehicle
    sale_number: str | None = None  # the receipt number of the sale it delivers
    anonymised: bool = False
    service_minutes: int = 10  # handling time at the door
    km_m: int | None = None  # metres driven, if the rider entered them

    @property
    def weight_g(self) -> int:
        return sum(line.total_weight_g for line in self.lines)

    @property
    def volume_l(self) -> int:
        return sum(line.total_volume_l for line in self.lines)
