"""The settable test clock. It starts at a fixed moment, or at ``KREISLAUF_TEST_NOW``.

Set ``KREISLAUF_TEST_NOW`` (an ISO moment with offset) to run the whole suite on another
day; ``make test-other-day`` uses 2028-02-29T23:30:00+00:00, which is already 1 March
(00:30) in Berlin, so UTC and Berlin calendar days differ.
"""

from __future__ import annotations

import os
from datetime import UTC, date, datetime, time, timedelta

from app.services.kernel.clock import BERLIN

ENV_NOW = "KREISLAUF_TEST_NOW"
DEFAULT_START = datetime(2026, 11, 26, 9, 0, tzinfo=UTC)


def start_moment() -> datetime:
    """Where every test clock starts: ``KREISLAUF_TEST_NOW`` or 26 Nov 2026, 10:00 Berlin."""
    value = os.environ.get(ENV_NOW, "").strip()
    if not value:
        return DEFAULT_START
    moment = datetime.fromisoformat(value)
    if moment.tzinfo is None:
        raise ValueError(f"{ENV_NOW}={value!r} needs an offset, e.g. 2028-02-29T23:30:00+00:00")
    return moment.astimezone(UTC)


def berlin_moment(day: date, hour: int, minute: int = 0) -> datetime:
    """``hour:minute`` Berlin wall time on ``day``, as aware UTC."""
    return datetime.combine(day, time(hour, minute), BERLIN).astimezone(UTC)


class Clock:
    """A clock tests can move forward; its start comes from ``start_moment()``."""

    def __init__(self, start: datetime | None = None) -> None:
        self.now = start or start_moment()

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **kwargs: float) -> None:
        self.now += timedelta(**kwargs)

    @property
    def today(self) -> date:
        """The Berlin calendar day the clock is on."""
        return self.now.astimezone(BERLIN).date()

    def at(self, hour: int, minute: int = 0, *, days: int = 0) -> datetime:
        """``hour:minute`` Berlin time on today (plus ``days``), as aware UTC."""
        return berlin_moment(self.today + timedelta(days=days), hour, minute)

    def make_room(self, hours: float, *, same_month_days: int = 0) -> None:
        """Jump to 10:00 Berlin on a later day unless today has ``hours`` left and the
        next ``same_month_days`` days are in this month: for tests that need hours inside
        one Berlin day (or days inside one month) whatever the start."""
        day, start = self.today, self.now
        while (berlin_moment(day + timedelta(days=1), 0) - start < timedelta(hours=hours)
               or (day + timedelta(days=same_month_days)).month != day.month):
            day += timedelta(days=1)
            start = berlin_moment(day, 10)
        self.now = start


class Ticks:
    """A monotonic clock in seconds that tests step by hand (the gaps between keys)."""

    def __init__(self, start: float = 1000.0) -> None:
        self.now = start

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds
