"""Sync fixtures: a real server on a loopback port (SQLite or PostgreSQL), real tills."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.conftest import Clock
from tests.sync.admin_browser import set_password
from tests.sync.live import LiveServer, pg_database, pg_url_or_fail

BACKENDS = ("sqlite", "postgresql")


@pytest.fixture(params=BACKENDS)
def server_url_db(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A fresh, empty server database: a SQLite file, or a throwaway PostgreSQL database."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'server.sqlite3'}"
        return
    base = pg_url_or_fail()
    with pg_database(base, f"kt_{uuid.uuid4().hex[:12]}") as url:
        yield url


@pytest.fixture
def sqlite_server_db(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'server.sqlite3'}"


@pytest.fixture
def live_server(server_url_db: str) -> Iterator[LiveServer]:
    server = LiveServer(server_url_db)
    server.start()
    yield server
    server.stop()


@pytest.fixture
def sqlite_live_server(sqlite_server_db: str) -> Iterator[LiveServer]:
    """A live server on SQLite, for tests of the till's side that any server database
    would answer alike."""
    server = LiveServer(sqlite_server_db)
    server.start()
    yield server
    server.stop()


@pytest.fixture(autouse=True)
def _no_admin_env(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("KREISLAUF_ADMIN_PASSWORD", raising=False)


def _admin_server(url: str, clock: Clock) -> Iterator[LiveServer]:
    server = LiveServer(url, clock=clock)
    server.start()
    set_password(server)
    yield server
    server.stop()


@pytest.fixture
def admin_server(server_url_db: str, clock: Clock) -> Iterator[LiveServer]:
    """A live server on the test's clock, with the office password set."""
    yield from _admin_server(server_url_db, clock)


@pytest.fixture
def sqlite_admin_server(sqlite_server_db: str, clock: Clock) -> Iterator[LiveServer]:
    """The same on SQLite only, for checks that never depend on the database."""
    yield from _admin_server(sqlite_server_db, clock)
