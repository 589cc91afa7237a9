"""Each sale keeps the impact it was computed with; refunds reverse it; unknown stays unknown."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select, text

from app.db.models import SaleImpact
from app.services.checkout import checkout, refunds
from app.services.checkout.refunds import RefundRequest
from app.services.impact import factors, figures
from app.services.kernel.backend import Backend
from app.services.kernel.context import Actor
from tests.conftest import Clock
from tests.helpers.checkout import cart_with
from tests.impact.helpers import BOOK_G, FURNITURE_G, impact_rows, sell, unknown_category

pytestmark = pytest.mark.usefixtures("open_till")


def test_a_sale_records_each_line_with_the_current_factor_set(backend: Backend,
                                                               cashier: Actor) -> None:
    """A chest of drawers (per item) and three books (per kg of their weight)."""
    sale = sell(backend, cashier, ("Möbel", "25,00", 1), ("Bücher", "1,00", 3))
    assert impact_rows(backend, sale.sale_id) == [
        ("furniture", 1, 29_810, FURNITURE_G), ("books", 3, 1_200, 3 * BOOK_G)]
    with backend.read() as ctx:
        fig = figures.for_sale(ctx, sale.sale_id)
        versions = set(ctx.session.scalars(text(
            "SELECT s.version FROM sale_impact i JOIN impact_factor_set s "
            "ON s.id = i.factor_set_id")))
    assert (fig.items, fig.grams_reused, fig.co2e_g) == (4, 31_010, FURNITURE_G + 3 * BOOK_G)
    assert versions == {"2026.1"}


def test_unknown_factor_stays_unknown_never_zero(backend: Backend, manager: Actor,
                                                 cashier: Actor) -> None:
    """No impact key, or a key this till has no factor for: CO2e NULL, the weight kept."""
    unknown_category(backend, manager)
    sale = sell(backend, cashier, ("Krimskrams", "1,00", 2))
    assert impact_rows(backend, sale.sale_id) == [("", 2, 600, None)]
    with backend.read() as ctx:
        fig = figures.for_sale(ctx, sale.sale_id)
    assert fig.co2e_g is None and fig.unknown_lines == 1 and fig.grams_reused == 600


def test_a_refund_reverses_the_returned_lines_exactly(backend: Backend,
                                                      cashier: Actor) -> None:
    """Three books returned one, then two: the sold figure comes back to the gram."""
    sale = sell(backend, cashier, ("Möbel", "25,00", 1), ("Bücher", "1,00", 3))
    with backend.read() as ctx:
        lines = refunds.load(ctx, sale.sale_id).lines
    books = lines[1].line_id
    first = backend.call(cashier, refunds.refund, sale.sale_id, [RefundRequest(books, 1)])
    assert impact_rows(backend, first.sale_id) == [("books", -1, -400, -BOOK_G)]
    second = backend.call(cashier, refunds.refund, sale.sale_id, [RefundRequest(books, 2)])
    assert impact_rows(backend, second.sale_id) == [("books", -2, -800, -2 * BOOK_G)]
    with backend.read() as ctx:
        total = ctx.session.scalar(select(func.sum(SaleImpact.co2e_g)))
    assert total == FURNITURE_G


def test_an_odd_figure_refunded_in_parts_adds_up(backend: Backend, manager: Actor,
                                                 cashier: Actor) -> None:
    """Three chests at 1,001 kg (1 501,5 g, stored 1 502) returned 1 + 1 + 1: nothing left."""
    backend.call(manager, factors.adjust, [factors.FactorChange(
        "furniture", "Test: eigene Messung", 2026, co2e_g=1001)])
    sale = sell(backend, cashier, ("Möbel", "25,00", 3))
    [line] = impact_rows(backend, sale.sale_id)
    assert line[3] == 1502
    with backend.read() as ctx:
        line_id = refunds.load(ctx, sale.sale_id).lines[0].line_id
    for _ in range(3):
        backend.call(cashier, refunds.refund, sale.sale_id, [RefundRequest(line_id, 1)])
    with backend.read() as ctx:
        total = ctx.session.scalar(select(func.sum(SaleImpact.co2e_g)))
        grams = ctx.session.scalar(select(func.sum(SaleImpact.grams_reused)))
    assert line[3] is not None and total == 0 and grams == 0


def test_a_cancelled_sale_counts_nothing(backend: Backend, cashier: Actor) -> None:
    cart = cart_with(backend, cashier, [], (("Möbel", "25,00", 1),))
    cancelled = backend.call(cashier, checkout.cancel_sale, cart, "Kunde weg")
    assert impact_rows(backend, cancelled.sale_id) == []


def test_impact_records_are_append_only(backend: Backend, cashier: Actor) -> None:
    """The database refuses to rewrite a recorded impact or a stored factor."""
    sell(backend, cashier, ("Möbel", "25,00", 1))
    for statement in ("UPDATE sale_impact SET co2e_g = 0", "DELETE FROM sale_impact",
                      "UPDATE impact_factor SET co2e_g = 1",
                      "DELETE FROM impact_factor_set"):
        with pytest.raises(Exception, match="append-only"), backend.db.write() as session:
            session.execute(text(statement))


def test_figures_per_day_month_and_category_in_berlin_days(backend: Backend, cashier: Actor,
                                                           clock: Clock) -> None:
    """A sale at 00:30 Berlin time counts on that Berlin day, not the UTC one."""
    clock.now = clock.at(0, 30, days=1)
    day = clock.today
    sell(backend, cashier, ("Möbel", "25,00", 1))
    sell(backend, cashier, ("Bücher", "1,00", 2))
    with backend.read() as ctx:
        report = figures.period(ctx, day, day)
        before = figures.period(ctx, day.replace(day=1) if day.day > 1 else day, day)
    assert list(report.by_day) == [day]
    assert report.by_category["Möbel"].co2e_g == FURNITURE_G
    assert report.by_category["Bücher"].grams_reused == 800
    assert report.by_month[(day.year, day.month)].items == 3
    assert report.by_year[day.year].co2e_g == FURNITURE_G + 2 * BOOK_G
    assert report.sales == 2 and before.total.co2e_g == report.total.co2e_g
    with backend.read() as ctx:
        other = figures.period(ctx, day.replace(year=day.year - 1),
                               day.replace(year=day.year - 1))
    assert other.total.co2e_g is None and other.total.items == 0
