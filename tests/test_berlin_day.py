"""Calendar days are Berlin days: a sale at 00:30 on 1 March belongs to 1 March even though
it is still 29 February in UTC (and on a machine in New York)."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from app.errors import NotFoundError
from app.services.cash import closing
from app.services.checkout import journal as sales_journal
from app.services.kernel.backend import Backend
from app.services.kernel.clock import BERLIN, berlin_day_range, berlin_today
from app.services.kernel.context import Actor
from app.services.reports import figures as reports
from tests.helpers.cash import Line, sell
from tests.helpers.clock import Clock

# 00:30 Berlin (CET, UTC+1) on 1 March 2028 is 23:30 UTC on 29 February, a leap day.
AFTER_MIDNIGHT = datetime(2028, 2, 29, 23, 30, tzinfo=UTC)
MARCH_1, FEB_29 = date(2028, 3, 1), date(2028, 2, 29)
boundary = pytest.mark.parametrize("clock", [AFTER_MIDNIGHT], indirect=True)


def test_berlin_today_is_not_the_utc_day() -> None:
    """23:30 UTC on 29 Feb is 1 March in Berlin; 22:59 UTC on 1 March is still 1 March."""
    assert berlin_today(lambda: AFTER_MIDNIGHT) == MARCH_1
    assert AFTER_MIDNIGHT.date() == FEB_29
    assert berlin_today(lambda: datetime(2028, 3, 1, 22, 59, tzinfo=UTC)) == MARCH_1
    assert berlin_today(lambda: datetime(2028, 3, 1, 23, 0, tzinfo=UTC)) == date(2028, 3, 2)


@pytest.mark.parametrize(("day", "hours"), [
    (MARCH_1, 24), (date(2028, 3, 26), 23), (date(2028, 10, 29), 25)])
def test_berlin_day_range_follows_summer_time(day: date, hours: int) -> None:
    """A Berlin day starts at local midnight and lasts 23 or 25 hours on the switch days."""
    start, end = berlin_day_range(day)
    assert start.tzinfo == UTC and (end - start).total_seconds() == hours * 3600
    assert start.astimezone(BERLIN).hour == 0 and end.astimezone(BERLIN).hour == 0


@boundary
@pytest.mark.usefixtures("open_till")
def test_sale_after_midnight_is_in_the_journal_of_the_berlin_day(
        backend: Backend, cashier: Actor, clock: Clock) -> None:
    """The journal of 1 March (and of today) lists the 00:30 sale; 29 February has none."""
    sale = sell(backend, cashier, [Line("Bücher", 300)])
    assert clock.today == MARCH_1
    for day in (None, MARCH_1):
        rows = backend.query(cashier, sales_journal.journal, day)
        assert [r.sale_id for r in rows] == [sale.sale_id]
    assert backend.query(cashier, sales_journal.journal, FEB_29) == []


@boundary
@pytest.mark.usefixtures("open_till")
def test_z_after_midnight_is_the_z_of_the_berlin_day(
        backend: Backend, cashier: Actor, manager: Actor, clock: Clock) -> None:
    """A day closed at 00:45 Berlin is found under 1 March, with its sale, not 29 Feb."""
    sell(backend, cashier, [Line("Bücher", 300)])
    clock.advance(minutes=15)
    backend.call(manager, closing.close_session, {10_000: 1, 200: 1, 100: 1})  # 103,00 €
    (z,) = backend.query(manager, reports.z_reports_on, MARCH_1)
    assert (z.receipts, z.gross_cents) == (1, 300)
    with pytest.raises(NotFoundError, match=r"29\.02\.2028"):
        backend.query(manager, reports.z_reports_on, FEB_29)
