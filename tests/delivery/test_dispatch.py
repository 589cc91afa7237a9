"""A day's dispatch: the open orders cut into trip parts, planned onto the store's bikes,
as PDF and CSV from the command line, with one German line on bad input."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from pypdf import PdfReader

from app.cli import main
from app.config import Paths
from app.errors import PermissionDenied
from app.services.delivery import dispatch, orders
from app.services.delivery.orders import LineInput, StatusInput
from app.services.kernel.backend import Backend
from app.services.kernel.context import Actor
from app.sync_schema.enums import DeliveryKind, DeliveryStatus
from tests.delivery.test_orders import order_for
from tests.helpers.clock import Clock
from tests.impact.helpers import sell

Cli = Callable[..., int]
pytestmark = pytest.mark.usefixtures("open_till")


@pytest.fixture
def cli(clock: Clock) -> Cli:
    def run(paths: Paths, *args: str) -> int:
        return main(["--data-dir", str(paths.data_dir), *args], clock=clock)
    return run


@pytest.fixture
def day_booked(backend: Backend, cashier: Actor, volunteer: Actor, clock: Clock) -> list[str]:
    """A sofa and two lamps (14-16), six chairs too heavy for one trip (10-12), a
    pick-up (12-14), and a delivered order that is no longer on the list."""
    numbers = []
    sale = sell(backend, cashier, ("Möbel", "25,00", 1), ("Lampen", "8,00", 2))
    numbers.append(backend.call(cashier, orders.book, order_for(sale.sale_id, clock))
                   .order.number)
    chairs = sell(backend, cashier, ("Möbel", "10,00", 1))
    booked = backend.call(cashier, orders.book, order_for(
        chairs.sale_id, clock, window_from="10:00", window_to="12:00", name="Jan Stuhl",
        coordinates="51,4300 8,0100", lines=(LineInput("Stuhl", 6, "40", "150"),)))
    assert booked.order.trips == 2 and booked.warning
    numbers.append(booked.order.number)
    numbers.append(backend.call(volunteer, orders.book, order_for(
        None, clock, kind=DeliveryKind.PICKUP, window_from="12:00", window_to="14:00",
        name="Familie Spende", coordinates="51,3800 8,0900",
        lines=(LineInput("Kartons Bücher", 3, "12", "60"),), fee_key="none")).order.number)
    done = sell(backend, cashier, ("Lampen", "8,00", 1))
    old = backend.call(cashier, orders.book, order_for(done.sale_id, clock)).order.number
    backend.call(cashier, orders.set_status, StatusInput(old, DeliveryStatus.DELIVERED))
    return numbers


def test_the_day_is_planned_onto_the_bikes_in_parts(backend: Backend, manager: Actor,
                                                    clock: Clock,
                                                    day_booked: list[str]) -> None:
    plan = backend.query(manager, dispatch.plan_day, clock.today)
    planned = [(s.order.number, s.part, s.parts) for t in plan.dispatch.trips
               for s in t.stops]
    assert sorted(planned) == sorted([
        (day_booked[0], 1, 1), (day_booked[1], 1, 2), (day_booked[1], 2, 2),
        (day_booked[2], 1, 1)])
    assert plan.parts == 4 and not plan.dispatch.unassigned
    assert plan.distance_m == sum(t.distance_m for t in plan.dispatch.trips) > 0
    for trip in plan.dispatch.trips:
        for stop in trip.stops:
            assert stop.arrival is not None
            assert stop.order.window_start <= stop.arrival <= stop.order.window_end
    chairs = [s for t in plan.dispatch.trips for s in t.stops if s.order.number == day_booked[1]]
    assert sum(s.weight_g for s in chairs) == 6 * 40_000
    assert all(s.weight_g <= 200_000 for s in chairs)


def test_a_cashier_does_not_dispatch(backend: Backend, cashier: Actor, clock: Clock,
                                     day_booked: list[str]) -> None:
    with pytest.raises(PermissionDenied):
        backend.query(cashier, dispatch.plan_day, clock.today)


def test_an_order_no_bike_reaches_in_time_is_listed_with_its_reason(
        backend: Backend, cashier: Actor, manager: Actor, clock: Clock) -> None:
    sale = sell(backend, cashier, ("Lampen", "8,00", 1))
    far = backend.call(cashier, orders.book, order_for(
        sale.sale_id, clock, window_from="17:50", window_to="18:00",
        coordinates="51,5711 8,1057")).order.number  # Soest, 20 km: no way back by 18:00
    plan = backend.query(manager, dispatch.plan_day, clock.today)
    [(stop, reason)] = plan.dispatch.unassigned
    assert stop.order.number == far and far in reason


def test_dispatch_list_pdf_and_csv_from_the_command_line(
        paths: Paths, cli: Cli, clock: Clock, day_booked: list[str], tmp_path: Path,
        capsys: pytest.CaptureFixture[str]) -> None:
    pdf = tmp_path / "touren.pdf"
    assert cli(paths, "delivery", "list", "--date", clock.today.isoformat(),
               "-o", str(pdf)) == 0
    out = capsys.readouterr().out
    assert "Tourenliste" in out and "4 Stopps" in out and "0 nicht eingeplant" in out
    text = " ".join(page.extract_text() for page in PdfReader(pdf).pages)
    for number in day_booked:
        assert number in text
    assert "Erika Muster" in text and "02931 12345" in text and "Teil 2/2" in text
    csv = tmp_path / "touren.csv"
    assert cli(paths, "delivery", "list", "--date", clock.today.isoformat(),
               "-o", str(csv)) == 0
    rows = csv.read_bytes().decode("utf-8").lstrip("\ufeff").split("\r\n")
    assert sum(1 for r in rows if day_booked[1] in r) == 2


def test_slip_from_the_command_line(paths: Paths, cli: Cli, day_booked: list[str],
                                    tmp_path: Path) -> None:
    target = tmp_path / "schein.pdf"
    assert cli(paths, "delivery", "slip", day_booked[0], "-o", str(target)) == 0
    text = PdfReader(target).pages[0].extract_text()
    assert "Lieferschein" in text and day_booked[0] in text and "Sofa" in text


@pytest.mark.parametrize("args", [
    ("list", "--date", "2026-13-01", "-o", "x.pdf"),
    ("list", "--date", "2026-11-26", "-o", "x.txt"),
    ("slip", "L01-999999", "-o", "x.pdf"),
    ("slip", "L01-000001", "-o", "x.csv"),
])
def test_bad_input_is_one_german_line_and_no_file(
        paths: Paths, cli: Cli, tmp_path: Path, args: tuple[str, ...],
        capsys: pytest.CaptureFixture[str]) -> None:
    out = [str(tmp_path / a) if a.startswith("x.") else a for a in args]
    assert cli(paths, "delivery", *out) != 0
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1 and "Traceback" not in err
    assert not list(tmp_path.glob("x.*"))
