"""The central sync server for the benchmarks: a real ``kreislauf-server`` process on
loopback over its own database, and one-time registration codes for stations."""

from __future__ import annotations

import socket
import subprocess
import sys
import time
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx

from app.services.kernel.clock import utc_now
from server.db import open_database
from server.stations import service as stations


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def station_codes(db_url: str, numbers: Iterable[int], store: str = "Bench") -> dict[int, str]:
    """A fresh one-time registration code for each station number (creates the stations)."""
    db = open_database(db_url)
    try:
        with db.write() as session:
            return {n: stations.add_station(session, store, n, now=utc_now()).code for n in numbers}
    finally:
        db.dispose()


@contextmanager
def running_server(db_url: str) -> Iterator[str]:
    """Start the server on a free loopback port; yield its base URL; stop it afterwards."""
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    script = Path(sys.executable).with_name("kreislauf-server")
    cmd = [str(script)] if script.exists() else [sys.executable, "-m", "server"]
    proc = subprocess.Popen([*cmd, "--db", db_url, "--port", str(port)])
    try:
        _wait(base)
        yield base
    finally:
        proc.terminate()
        proc.wait(30)


def _wait(base: str) -> None:
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        try:
            if httpx.get(f"{base}/api/v1/health", timeout=1).is_success:
                return
        except httpx.TransportError:
            time.sleep(0.2)
    raise RuntimeError("server did not start")
