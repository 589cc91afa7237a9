"""A real kreislauf server on a loopback port inside the test process, and real tills."""

from __future__ import annotations

import os
import socket
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

import pytest
import uvicorn
from sqlalchemy import create_engine, text
from sqlalchemy.exc import DBAPIError

from app.config import Paths
from app.db.engine import Database
from app.services.demo import flow as demo_data
from app.services.kernel.backend import Backend, open_backend
from app.services.kernel.context import SYSTEM
from app.services.sync.flow import SyncClient
from app.services.users import setup
from server.app import create_app
from server.db import normalise_url, open_database
from server.settings import ServerSettings
from server.stations import service as stations
from tests.helpers.clock import Clock

ENV_PG = "KREISLAUF_TEST_PG_URL"
STORE = "Upcycling-Kaufhaus Arnsberg"


def pg_url_or_fail() -> str:
    """The PostgreSQL URL for tests; in CI its absence fails instead of hiding a gap."""
    url = os.environ.get(ENV_PG)
    if url:
        return url
    if os.environ.get("CI", "").lower() == "true":
        pytest.fail(f"{ENV_PG} is not set in CI: the PostgreSQL server tests must run there")
    pytest.skip(f"PostgreSQL tests need {ENV_PG} (e.g. postgresql://user:pw@127.0.0.1/db); "
                ".ci/run sets it")


@contextmanager
def pg_database(base_url: str, name: str) -> Iterator[str]:
    """Create an empty database next to ``base_url``'s and drop it afterwards."""
    admin = create_engine(normalise_url(base_url), isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    url = normalise_url(base_url).rsplit("/", 1)[0] + f"/{name}"
    try:
        yield url
    finally:
        for attempt in range(5):  # an autovacuum worker may hold it for a moment
            try:
                with admin.connect() as conn:
                    conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
                break
            except DBAPIError:
                if attempt == 4:
                    raise
                time.sleep(0.5)
        admin.dispose()


def free_socket() -> socket.socket:
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind(("127.0.0.1", 0))
    return sock


class LiveServer:
    """uvicorn serving ``create_app(db, settings, clock)`` in a thread, on a port chosen by
    the OS; the clock is the test clock unless one is handed in."""

    def __init__(self, db_url: str, *, certfile: str | None = None,
                 keyfile: str | None = None, settings: ServerSettings | None = None,
                 clock: Callable[[], datetime] | None = None,
                 forwarded_allow_ips: str | None = None) -> None:
        self.db_url = db_url
        self.db: Database = open_database(db_url)
        self.clock = clock or Clock()
        self._sock = free_socket()
        self.port = self._sock.getsockname()[1]
        scheme = "https" if certfile else "http"
        self.url = f"{scheme}://127.0.0.1:{self.port}"
        config = uvicorn.Config(create_app(self.db, settings or ServerSettings(), self.clock),
                                log_level="error", lifespan="off",
                                timeout_keep_alive=5, ssl_certfile=certfile,
                                ssl_keyfile=keyfile, forwarded_allow_ips=forwarded_allow_ips)
        self._server = uvicorn.Server(config)
        self._thread = threading.Thread(target=self._server.run,
                                        kwargs={"sockets": [self._sock]}, daemon=True)

    def start(self) -> None:
        self._thread.start()
        deadline = time.monotonic() + 10
        while not self._server.started:
            if time.monotonic() > deadline:
                raise RuntimeError("server did not start")
            time.sleep(0.01)

    def stop(self) -> None:
        self._server.should_exit = True
        self._thread.join(10)
        self._sock.close()
        self.db.dispose()

    def add_station(self, number: int, store: str = STORE,
                    now: datetime | None = None) -> str:
        with self.db.write() as session:
            return stations.add_station(session, store, number, now=now or self.clock()).code

    def revoke(self, number: int) -> None:
        with self.db.write() as session:
            stations.revoke(session, number, self.clock())


@dataclass
class Till:
    """A real till database (station ``number``) with demo users and categories."""

    number: int
    backend: Backend
    paths: Paths

    def client(self, server_url: str | None = None, **kwargs: object) -> SyncClient:
        return SyncClient(self.backend, server_url, **kwargs)  # type: ignore[arg-type]


def make_till(root: Path, number: int, clock: Callable[[], datetime] | None = None) -> Till:
    """A till on the test clock (its own ``Clock()`` unless one is handed in)."""
    paths = Paths(root / f"till{number}")
    paths.ensure()
    backend = open_backend(paths, must_exist=False, clock=clock or Clock())
    backend.call(SYSTEM, setup.initialise, number, STORE, demo=True)
    backend.forget_station()
    demo_data.fill(backend, items=0)
    return Till(number, backend, paths)


def register(till: Till, server: LiveServer) -> None:
    code = server.add_station(till.number)
    with till.client() as client:
        client.register(code, server.url)
