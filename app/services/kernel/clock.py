"""The one place that reads the wall clock; everything else takes a clock callable.

A clock is any ``Callable[[], datetime]`` returning an aware UTC moment. The app wires
``utc_now`` into ``Backend.clock`` (and the server into its app state) once; services,
screens and reports ask that injected clock, so tests can put the till on any day.
Calendar days are Berlin days, whatever time zone the machine runs in.

Only the standard library is imported here, so ``app.db`` (column defaults) and
``server/`` can use it without pulling in any service.
"""

from __future__ import annotations

import time as wall_time
from collections.abc import Callable
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

BERLIN = ZoneInfo("Europe/Berlin")

Clock = Callable[[], datetime]

# The days a user may name: wide enough for any till's records, narrow enough that every
# Berlin day in it converts to UTC and back (0001-01-01 and 9999-12-31 do not).
FIRST_DAY = date(1970, 1, 1)
LAST_DAY = date(2999, 12, 31)


def utc_now() -> datetime:
    """The current moment as an aware UTC datetime: the production clock."""
    return datetime.now(UTC)


def berlin_now(clock: Clock) -> datetime:
    """The clock's current moment in Europe/Berlin (for showing and for calendar days)."""
    return clock().astimezone(BERLIN)


def berlin_today(clock: Clock) -> date:
    """The Berlin calendar day the clock is on (not the machine's local day)."""
    return berlin_now(clock).date()


def berlin_day_range(day: date) -> tuple[datetime, datetime]:
    """A Berlin calendar day as a half-open UTC range (23, 24 or 25 hours long)."""
    start = datetime.combine(day, time(), BERLIN)
    end = datetime.combine(day + timedelta(days=1), time(), BERLIN)
    return start.astimezone(UTC), end.astimezone(UTC)


def epoch_seconds() -> float:
    """Wall-clock seconds since the epoch, for benchmark output that another process
    compares with its own start time (durations inside one process use monotonic)."""
    return wall_time.time()
