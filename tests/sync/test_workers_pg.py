"""Two uvicorn workers over one PostgreSQL: 20 stations push at once, nothing doubled."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import httpx
import pytest
from sqlalchemy import func, select

from server.central import Conflict, Sale
from server.db import open_database
from server.models import Change, Event
from server.stations import service as stations
from tests.sync.live import free_socket, pg_database, pg_url_or_fail
from tests.sync.simulated import station_stream

STATIONS = 20
ITEMS = 30
BATCH = 25
SHARED = "2099000000014"


def _server_command() -> list[str]:
    script = Path(sys.executable).with_name("kreislauf-server")
    return [str(script)] if script.exists() else [sys.executable, "-m", "server"]


def _wait_healthy(url: str, proc: subprocess.Popen[bytes], log: Path) -> None:
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        assert proc.poll() is None, log.read_text()
        try:
            if httpx.get(f"{url}/api/v1/health", timeout=1).is_success:
                return
        except httpx.TransportError:
            time.sleep(0.2)
    raise AssertionError("server did not come up")


def _push_all(url: str, token: str, station: int, events: list[dict[str, Any]],
              errors: list[str]) -> None:
    with httpx.Client(timeout=60, headers={"Authorization": f"Bearer {token}"}) as client:
        for start in range(0, len(events), BATCH):
            body = {"station_id": station, "events": events[start:start + BATCH]}
            for _attempt in range(5):
                answer = client.post(f"{url}/api/v1/push", json=body)
                if answer.is_success:
                    break
            else:
                errors.append(f"station {station}: {answer.status_code} {answer.text}")


@pytest.mark.slow
def test_two_workers_twenty_stations_concurrent_pushes_nothing_doubled(tmp_path: Path) -> None:
    """Every station's stream is pushed twice at once through two workers; each event is
    stored once, the shared item gives one conflict per extra sale, cursors have no holes."""
    base = pg_url_or_fail()
    with pg_database(base, f"kw_{os.getpid()}") as url:
        db = open_database(url)
        tokens: dict[int, str] = {}
        sock = free_socket()
        port = sock.getsockname()[1]
        sock.close()
        server_url = f"http://127.0.0.1:{port}"
        log = tmp_path / "server.log"
        with log.open("wb") as err:
            proc = subprocess.Popen([*_server_command(), "--db", url, "--port", str(port),
                                     "--workers", "2"], stderr=err)
        try:
            _wait_healthy(server_url, proc, log)
            for n in range(1, STATIONS + 1):
                with db.write() as session:
                    # the server process runs on its own clock: a code valid for a century
                    code = stations.add_station(session, "Arnsberg", n,
                                                now=datetime(2026, 1, 1, tzinfo=UTC),
                                                valid_for=timedelta(days=36_500)).code
                answer = httpx.post(f"{server_url}/api/v1/register", json={"code": code})
                tokens[n] = answer.json()["token"]
            streams = {n: station_stream(n, ITEMS, SHARED) for n in tokens}
            errors: list[str] = []
            threads = [threading.Thread(target=_push_all,
                                        args=(server_url, tokens[n], n, streams[n], errors))
                       for n in tokens for _copy in range(2)]
            for t in threads:
                t.start()
            for t in threads:
                t.join(240)
            assert errors == [], log.read_text()[-2000:]
        finally:
            proc.terminate()
            proc.wait(30)
        with db.read() as session:
            per_station = dict(session.execute(
                select(Event.station_id, func.count()).group_by(Event.station_id)).all())
            distinct = session.scalar(select(func.count(func.distinct(Event.event_id))))
            sales = session.scalar(select(func.count()).select_from(Sale))
            conflicts = session.scalar(select(func.count()).select_from(Conflict))
            cursors = list(session.scalars(select(Change.cursor).order_by(Change.cursor)))
            quarantined = session.scalar(select(func.count()).select_from(Event)
                                         .where(Event.status == "quarantined"))
        db.dispose()
    expected = 2 * ITEMS + 3
    assert sorted(per_station.values()) == [expected] * STATIONS
    assert distinct == expected * STATIONS
    assert sales == (ITEMS + 1) * STATIONS
    assert conflicts == STATIONS - 1
    assert cursors == list(range(1, len(cursors) + 1))
    assert quarantined == 0
