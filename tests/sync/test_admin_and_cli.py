"""The central view behind its login, and both command lines end to end."""

from __future__ import annotations

import io
import os
import random
import sys
import threading
from pathlib import Path

import httpx
import pytest

from app import cli
from app.errors import SyncError
from app.services.sync.flow import SyncClient
from app.services.sync.worker import BACKGROUND_NICE, SyncWorker, backoff_delay
from server import cli as server_cli
from tests.sync.admin_browser import browser
from tests.sync.live import LiveServer, make_till, register
from tests.sync.selling import sell, sell_unknown, stock
from tests.sync.test_server_protocol import event, push, sale_payload, token_for


def test_admin_view_needs_login_and_shows_stations_sales_quarantine_conflicts(
        tmp_path: Path, live_server: LiveServer, monkeypatch: pytest.MonkeyPatch) -> None:
    """/admin refuses without the password and lists what the central office needs."""
    monkeypatch.setattr("sys.stdin", io.StringIO("zentrale-123\n"))
    assert server_cli.main(["--db", live_server.db_url, "admin", "set-password",
                            "--password-stdin"]) == 0
    one, two = make_till(tmp_path, 1), make_till(tmp_path, 2)
    register(one, live_server)
    register(two, live_server)
    [code] = stock(one.backend, 1)
    sell(one.backend, [code])
    sell_unknown(two.backend, code)
    for till in (one, two):
        with till.client() as c:
            c.sync()
    token = token_for(live_server, 3)
    push(live_server, [event(1, station=3, kind="sale.completed",
                             payload=sale_payload(100, 90))], token, station=3)
    url = f"{live_server.url}/admin"
    assert httpx.get(url).headers["location"] == "/admin/login"
    with browser(live_server) as b:
        assert b.login("admin", "falsch").status_code == 401
        assert b.login("admin", "zentrale-123").status_code == 303
        page = b.http.get("/admin")
        assert page.status_code == 200
        text = page.text
        for expected in ("Stationen", "Umsatz je Kaufhaus und Tag",
                         "Upcycling-Kaufhaus Arnsberg", "Konflikte", code, "Quarantäne",
                         "Summe der Positionen"):
            assert expected in text, expected
        added = b.post("/admin/api/stations", json={"store": "Soest", "station": 9})
        assert added.status_code == 200 and len(added.json()["code"]) == 14


def test_command_lines_register_and_sync(tmp_path: Path, live_server: LiveServer,
                                         capsys: pytest.CaptureFixture[str]) -> None:
    """kreislauf-server stations add prints a code; kreislauf sync registers and syncs."""
    till = make_till(tmp_path, 4)
    till.backend.close()
    data_dir = str(till.paths.data_dir)
    capsys.readouterr()
    clock = live_server.clock  # both command lines on the server's clock
    assert server_cli.main(["--db", live_server.db_url, "stations", "add", "--store",
                            "Upcycling-Kaufhaus Arnsberg", "--station", "4"],
                           clock=clock) == 0
    code = capsys.readouterr().out.split("Anmeldecode: ")[1].split()[0]
    assert cli.main(["--data-dir", data_dir, "sync", "--once"], clock=clock) == 1
    assert "Keine Serveradresse" in capsys.readouterr().err
    assert cli.main(["--data-dir", data_dir, "sync", "--register", code, "--server",
                     live_server.url], clock=clock) == 0
    assert "Station 4" in capsys.readouterr().out
    assert cli.main(["--data-dir", data_dir, "sync", "--once"], clock=clock) == 0
    out = capsys.readouterr().out
    assert "Abgleich fertig" in out and "0 offen" in out
    assert server_cli.main(["--db", live_server.db_url, "stations", "revoke", "4"],
                           clock=clock) == 0
    assert cli.main(["--data-dir", data_dir, "sync", "--once"], clock=clock) == 1
    assert "gesperrt" in capsys.readouterr().err


def test_backoff_grows_with_jitter_and_caps() -> None:
    """Each failure doubles the ceiling up to the cap; delays vary (jitter)."""
    rng = random.Random(1)
    delays = [[backoff_delay(n, 2.0, 60.0, rng) for _ in range(50)] for n in range(8)]
    for n, sample in enumerate(delays):
        assert all(1.0 <= d <= min(60.0, 2.0 * 2 ** n) for d in sample)
    assert len({round(d, 3) for d in delays[5]}) > 40
    assert max(delays[7]) <= 60.0 and max(delays[7]) > 30.0


def test_worker_reports_offline_then_stops(tmp_path: Path) -> None:
    """A worker without a reachable server records the German error and stops on request."""
    till = make_till(tmp_path, 5)
    statuses = []
    worker = SyncWorker(lambda: SyncClient(till.backend, "http://127.0.0.1:9"),
                        base_delay=0.01, max_delay=0.02, on_status=statuses.append)
    with pytest.raises(SyncError):
        worker.run_once()
    assert statuses[-1].online is False and statuses[-1].pending > 0
    thread = threading.Thread(target=worker.run)
    thread.start()
    worker.stop()
    thread.join(5)
    assert not thread.is_alive() and worker.failures >= 1


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="per-thread nice is Linux")
def test_background_loop_yields_the_cpu(tmp_path: Path) -> None:
    """The window's sync loop runs at a lower CPU priority than the till's other threads."""
    till = make_till(tmp_path, 5)
    seen: list[int] = []

    def client() -> SyncClient:
        seen.append(os.getpriority(os.PRIO_PROCESS, threading.get_native_id()))
        worker.stop()
        return SyncClient(till.backend, "http://127.0.0.1:9")

    worker = SyncWorker(client, base_delay=0.01, max_delay=0.02)
    thread = threading.Thread(target=worker.run_in_background)
    thread.start()
    thread.join(5)
    assert not thread.is_alive()
    assert seen and seen[0] >= BACKGROUND_NICE > os.getpriority(os.PRIO_PROCESS, 0)
