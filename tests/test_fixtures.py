"""The shared fixtures themselves: each test's till is its own copy of a seeded template."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import func, select

from app.db.models import Item, Station, User
from app.services.kernel.backend import Backend
from app.services.kernel.context import Actor
from tests.helpers.checkout import take_in
from tests.helpers.clock import Clock
from tests.helpers.till_db import copy_database


def _count(db_file: Path, table: str) -> int:
    with sqlite3.connect(db_file) as conn:
        (n,) = conn.execute(f"SELECT count(*) FROM {table}").fetchone()
    conn.close()
    return int(n)


def test_backend_is_a_private_copy_of_the_template(
        backend: Backend, volunteer: Actor, clock: Clock,
        till_template: Callable[[datetime], Path]) -> None:
    """The till is seeded (station 1, demo users) and what a test writes stays in its copy."""
    template = till_template(clock.now)
    assert Path(backend.db.url.split("///")[-1]) != template
    assert backend.station is not None and backend.station.number == 1
    with backend.read() as ctx:
        assert ctx.session.scalar(select(func.count()).select_from(User)) == 4
    take_in(backend, volunteer)
    with backend.read() as ctx:
        assert ctx.session.scalar(select(func.count()).select_from(Item)) == 1
    assert _count(template, "item") == 0
    assert till_template(clock.now) == template  # built once, reused


@pytest.mark.parametrize("clock", [datetime(2028, 2, 29, 23, 30, tzinfo=UTC)], indirect=True)
def test_template_follows_the_clock_start(backend: Backend, clock: Clock) -> None:
    """A test on another start gets a till seeded at that moment, not the default one."""
    with backend.read() as ctx:
        created = ctx.session.scalars(select(Station.created_at)).first()
    assert created == clock.now


def test_copy_includes_what_is_still_in_the_wal(tmp_path: Path) -> None:
    """Rows committed but not yet checkpointed into the main file are copied too."""
    source, target = tmp_path / "a.sqlite3", tmp_path / "b.sqlite3"
    keep = sqlite3.connect(source)  # stays open, so SQLite does not checkpoint on close
    keep.execute("PRAGMA journal_mode=WAL")
    keep.execute("PRAGMA wal_autocheckpoint=0")
    keep.execute("CREATE TABLE t (x)")
    keep.executemany("INSERT INTO t VALUES (?)", [(n,) for n in range(100)])
    keep.commit()
    assert (tmp_path / "a.sqlite3-wal").stat().st_size > 0
    copy_database(source, target)
    keep.close()
    assert _count(target, "t") == 100
