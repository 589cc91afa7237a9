"""Shared fixtures: a real SQLite file per test, an initialised till, a settable clock."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from app.config import Paths
from app.services.demo import flow as demo_data
from app.services.kernel.backend import Backend, open_backend
from app.services.kernel.context import SYSTEM, Actor
from app.services.users import setup
from tests.helpers.actors import actor
from tests.helpers.clock import Clock

STORE = "Upcycling-Kaufhaus Arnsberg"


@pytest.fixture(autouse=True)
def _isolated_config(tmp_path_factory: pytest.TempPathFactory,
                     monkeypatch: pytest.MonkeyPatch) -> None:
    """Never read or write the real user's settings file or data dir."""
    cfg = tmp_path_factory.mktemp("config") / "settings.toml"
    monkeypatch.setenv("KREISLAUF_CONFIG", str(cfg))
    monkeypatch.delenv("KREISLAUF_DATA_DIR", raising=False)


@pytest.fixture
def clock(request: pytest.FixtureRequest) -> Clock:
    """The till's clock; ``parametrize("clock", [moment], indirect=True)`` sets its start."""
    return Clock(getattr(request, "param", None))


@pytest.fixture
def paths(tmp_path: Path) -> Paths:
    return Paths(tmp_path / "data")


@pytest.fixture
def backend(paths: Paths, clock: Clock) -> Iterator[Backend]:
    """An initialised till (station 1) with demo users and categories, no items."""
    paths.ensure()
    b = open_backend(paths, must_exist=False, clock=clock)
    b.call(SYSTEM, setup.initialise, 1, STORE)
    b.forget_station()
    demo_data.fill(b, items=0)
    yield b
    b.close()


@pytest.fixture
def volunteer(backend: Backend) -> Actor:
    return actor(backend, "vera")


@pytest.fixture
def cashier(backend: Backend) -> Actor:
    return actor(backend, "kai")


@pytest.fixture
def manager(backend: Backend) -> Actor:
    return actor(backend, "maria")


@pytest.fixture
def admin(backend: Backend) -> Actor:
    return actor(backend, "admin")


@pytest.fixture
def open_till(backend: Backend, manager: Actor) -> None:
    """The till opened with a 100 € float: no sale, refund or void without an open session."""
    from app.services.cash import sessions as cash_sessions

    backend.call(manager, cash_sessions.open_session, float_cents=10_000)
