"""Demo trading days: weeks of sales, refunds, movements and Z closings through the services."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select

from app.cli import main
from app.db.models import CashClosing, Sale
from app.services.demo import days_flow as demo_days
from app.services.kernel.backend import Backend
from app.services.kernel.context import Actor
from app.services.reports import figures as reports
from app.services.reports import month as month_report
from app.services.reports.model import to_json
from tests.helpers.clock import Clock


def test_demo_days_close_every_trading_day_with_a_consistent_z(backend: Backend,
                                                               manager: Actor,
                                                               clock: Clock) -> None:
    """Ten days (minus Sundays) get sales and a Z each; every Z recomputes to itself."""
    trading = [d for n in range(1, 11)
               if (d := clock.today - timedelta(days=n)).weekday() != 6]
    done = demo_days.fill_days(backend, 10)
    assert done.days == len(trading) and done.sales > 100 and done.refunds >= 0
    with backend.read(manager) as ctx:
        closings = list(ctx.session.scalars(select(CashClosing).order_by(CashClosing.z_number)))
        assert [c.z_number for c in closings] == list(range(1, len(trading) + 1))
        for c in closings:
            assert to_json(reports.recompute_z(ctx, c.id)) == c.figures
        sales = ctx.session.scalar(select(func.sum(Sale.total_cents))) or 0
        months = {(d.year, d.month) for d in trading}
        gross = sum(month_report.month_overview(ctx, y, m).total.gross_cents for y, m in months)
    assert gross == sales  # refunds carry negative totals
    assert demo_days.fill_days(backend, 10).days == 0  # never twice


@pytest.mark.parametrize("days", ["-1", "400"])
def test_demo_days_range_is_checked(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                    days: str) -> None:
    """`demo-data --days` outside 0…366 is one German line."""
    d = str(tmp_path / "till")
    assert main(["--data-dir", d, "init", "--station", "3", "--store", "X"]) == 0
    with pytest.raises(SystemExit) as stop:
        main(["--data-dir", d, "demo-data", "--items", "0", "--days", days])
    assert stop.value.code == 2
    assert "--days: „" + days + "“ ist keine ganze Zahl von 0 bis 366" in capsys.readouterr().err


def test_bad_demo_days_write_nothing(tmp_path: Path) -> None:
    """`demo-data --items 50 --days 400` is refused before any demo user or item is written."""
    from app.config import Paths
    from app.db.models import Item, User
    from app.services.kernel.backend import open_backend

    d = tmp_path / "till"
    assert main(["--data-dir", str(d), "init", "--station", "3", "--store", "X"]) == 0
    with pytest.raises(SystemExit):
        main(["--data-dir", str(d), "demo-data", "--items", "50", "--days", "400"])
    backend = open_backend(Paths(d.resolve()))
    try:
        with backend.read() as ctx:
            assert ctx.session.scalar(select(func.count()).select_from(Item)) == 0
            assert ctx.session.scalar(select(func.count()).select_from(User)) == 1  # the admin
    finally:
        backend.close()


def _demo_till(backend: Backend, days: int = 10, items: int = 120) -> None:
    from app.services.demo import flow as demo_data

    demo_data.fill(backend, items)
    demo_days.fill_days(backend, days)


def test_demo_books_are_sold_at_seven_percent(backend: Backend) -> None:
    """Books carry the reduced rate in the demo catalogue; every other demo line is 19 %."""
    from app.db.models import Category, SaleLine
    from app.services.demo.catalogue import catalogue

    assert {c.name: c.vat for c in catalogue().categories}["Bücher"] == "reduced"
    _demo_till(backend)
    with backend.read() as ctx:
        rows = ctx.session.execute(
            select(Category.name, SaleLine.vat_kind, SaleLine.vat_rate_bp)
            .join(Category, Category.id == SaleLine.category_id)).all()
    books = {(kind, rate) for name, kind, rate in rows if name == "Bücher"}
    others = {(kind, rate) for name, kind, rate in rows if name != "Bücher"}
    assert books == {("reduced", 700)}
    assert others == {("normal", 1900)}


def test_demo_sells_only_while_the_till_is_open(backend: Backend, clock: Clock) -> None:
    """Every sale, refund, void and cash movement lies between its session's opening and
    its Z, in the order of the clock; no item is sold before it arrived; today's till is
    open from now on, with nothing sold yet."""
    from app.db.models import CashMovement, CashSession, Item, SaleLine

    _demo_till(backend)
    with backend.read() as ctx:
        sessions = {s.id: s for s in ctx.session.scalars(select(CashSession))}
        closed = {c.cash_session_id: c.closed_at for c in ctx.session.scalars(
            select(CashClosing))}
        sales = list(ctx.session.scalars(select(Sale).order_by(Sale.id)))
        moves = list(ctx.session.scalars(select(CashMovement)))
        arrivals = ctx.session.execute(
            select(Sale.finished_at, Item.received_at)
            .join(SaleLine, SaleLine.sale_id == Sale.id)
            .join(Item, Item.id == SaleLine.item_id)).all()
    assert sales and moves and arrivals
    for at, session_id in [(s.finished_at, s.cash_session_id) for s in sales] + [
            (m.created_at, m.cash_session_id) for m in moves]:
        assert session_id is not None
        assert sessions[session_id].opened_at <= at, at
        assert session_id in closed and at <= closed[session_id], at
    assert [s.finished_at for s in sales] == sorted(s.finished_at for s in sales)
    assert all(received < sold for sold, received in arrivals)
    today = [s for s in sessions.values() if s.id not in closed]
    assert len(today) == 1 and today[0].opened_at == clock()
