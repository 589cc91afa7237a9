"""Delivery figures in the impact report: trips, km entered or estimated, CO2e against a
van at the cited factor; only delivered orders count."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader

from app.services.delivery import figures, loads, orders
from app.services.delivery.orders import LineInput, StatusInput, parse_coordinates
from app.services.delivery.routing import distance_m
from app.services.impact import export as impact_export
from app.services.kernel.backend import Backend
from app.services.kernel.context import Actor
from app.sync_schema.enums import DeliveryKind, DeliveryStatus
from tests.delivery.test_orders import NEAR, order_for
from tests.helpers.clock import Clock
from tests.impact.helpers import sell

pytestmark = pytest.mark.usefixtures("open_till")


def _book(backend: Backend, actor: Actor, clock: Clock, sale_id: int | None,
          **changes: object) -> str:
    return backend.call(actor, orders.book, order_for(sale_id, clock, **changes)).order.number


@pytest.fixture
def delivered(backend: Backend, cashier: Actor, volunteer: Actor, clock: Clock) -> int:
    """A delivery with 4,2 km entered, a two-trip delivery and a pick-up without km, and
    a failed one; returns the estimated metres."""
    first = _book(backend, cashier, clock, sell(backend, cashier, ("Möbel", "5,00", 1)).sale_id)
    chairs = _book(backend, cashier, clock, sell(backend, cashier, ("Möbel", "5,00", 1)).sale_id,
                   lines=(LineInput("Stuhl", 6, "40", "150"),))
    pickup = _book(backend, volunteer, clock, None, kind=DeliveryKind.PICKUP, fee_key="none",
                   coordinates="51,3800 8,0900", lines=(LineInput("Kiste", 1, "10", "50"),))
    failed = _book(backend, cashier, clock, sell(backend, cashier, ("Lampen", "5,00", 1)).sale_id)
    clock.advance(hours=6)
    backend.call(cashier, orders.set_status, StatusInput(first, DeliveryStatus.DELIVERED,
                                                         km="4,2"))
    backend.call(cashier, orders.set_status, StatusInput(chairs, DeliveryStatus.DELIVERED))
    backend.call(volunteer, orders.set_status, StatusInput(pickup, DeliveryStatus.DELIVERED))
    backend.call(cashier, orders.set_status, StatusInput(failed, DeliveryStatus.FAILED))
    depot = loads.config().depot
    return (2 * distance_m(depot, parse_coordinates(NEAR))
            + distance_m(depot, parse_coordinates("51,3800 8,0900")))


def test_trips_km_and_the_van_saving(backend: Backend, manager: Actor, clock: Clock,
                                     delivered: int) -> None:
    with backend.read(manager) as ctx:
        fig = figures.period(ctx, clock.today, clock.today)
    assert (fig.deliveries, fig.pickups, fig.trips) == (2, 1, 1 + 2 + 1)
    assert fig.km_entered_m == 4_200 and fig.km_estimated_m == delivered > 0
    assert fig.van_g_per_km == 250 and "DEFRA" in fig.van_source and fig.van_year == 2024
    assert fig.co2e_saved_g == (4_200 + delivered) * 250 // 1000
    with backend.read(manager) as ctx:  # a period before: nothing delivered then
        assert figures.period(ctx, clock.today - timedelta(days=40),
                              clock.today - timedelta(days=1)).orders == 0


def test_the_impact_exports_carry_the_cargo_bike_figures(
        backend: Backend, manager: Actor, clock: Clock, delivered: int,
        tmp_path: Path) -> None:
    day = clock.today
    csv = backend.query(manager, impact_export.export, day, day, "csv").data.decode()
    rows = [r.split(";") for r in csv.lstrip("\ufeff").split("\r\n")]
    head = rows.index(["lieferungen", "abholungen", "fahrten", "km_eingetragen",
                       "km_geschaetzt", "kg_co2e_vermieden_gegenueber_lieferwagen"])
    assert rows[head + 1][:4] == ["2", "1", "4", "4,200"]
    pdf = tmp_path / "klima.pdf"
    pdf.write_bytes(backend.query(manager, impact_export.export, day, day, "pdf").data)
    reader = PdfReader(pdf)
    summary = " ".join(reader.pages[0].extract_text().split())
    assert "Mit dem Lastenrad: 3 Aufträge (2 Lieferungen, 1 Abholungen), 4 Fahrten" in summary
    method = " ".join(reader.pages[-1].extract_text().split())
    assert "Lastenrad statt Lieferwagen: 0,250 kg CO2e je km" in method and "DEFRA" in method
