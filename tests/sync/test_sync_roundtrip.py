"""A real till and a real server: offline day, exactly once, pull, conflicts, reconcile."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.errors import SyncError
from app.services.kernel.backend import open_backend
from app.services.sync.flow import SyncClient
from tests.sync import central
from tests.sync.live import LiveServer, free_socket, make_till, register
from tests.sync.selling import (
    conflicts,
    outbox_ids,
    pending,
    reconciliations,
    sale_ids,
    sell,
    sell_unknown,
    stock,
)


def test_offline_day_then_online_everything_arrives_once(tmp_path: Path,
                                                         live_server: LiveServer) -> None:
    """A day of sales made offline arrives exactly once; a second round sends nothing."""
    till = make_till(tmp_path, 1)
    register(till, live_server)
    codes = stock(till.backend, 40)
    for n in range(60):
        sell(till.backend, codes[n:n + 1] if n < 40 else [], category_books=1 + n % 3)
    dead = free_socket()  # bound, never listening: connection refused
    try:
        url = f"http://127.0.0.1:{dead.getsockname()[1]}"
        with till.client(url) as client, pytest.raises(SyncError, match="nicht erreichbar"):
            client.sync()
    finally:
        dead.close()
    assert central.count_events(live_server.db) == 0
    with till.client() as client:
        report = client.sync()
    local = outbox_ids(till.backend)
    assert report.pending == 0 and pending(till.backend) == 0
    stored = central.event_ids(live_server.db, 1)
    assert len(stored) == len(set(stored)) == len(local)
    assert set(stored) == local
    assert sorted(central.sale_uuids(live_server.db)) == sorted(sale_ids(till.backend))
    assert set(codes) <= central.item_codes(live_server.db)
    with till.client() as client:
        again = client.sync()
    assert again.pushed == 0 and central.count_events(live_server.db) == len(local)


def test_two_tills_sell_one_item_offline_conflict_on_both(tmp_path: Path,
                                                          live_server: LiveServer) -> None:
    """One unique item sold at two offline tills: both sales kept, conflict on both tills."""
    one, two = make_till(tmp_path, 1), make_till(tmp_path, 2)
    register(one, live_server)
    register(two, live_server)
    [code] = stock(one.backend, 1)
    with one.client() as c:
        c.sync()
    with two.client() as c:
        report = c.sync()
    assert report.applied.get("item", 0) >= 1  # till 2 learned the item minted at till 1
    sale_one = sell(one.backend, [code])
    sale_two = sell(two.backend, [code])
    for till in (one, two, one):
        with till.client() as c:
            c.sync()
    assert sorted(central.sale_uuids(live_server.db)) == sorted([sale_one, sale_two])
    [(item, sale, other)] = central.conflicts(live_server.db)
    assert item == code and {sale, other} == {sale_one, sale_two}
    assert conflicts(one.backend) == conflicts(two.backend) == [(code, sale)]


def test_unknown_code_sold_is_reconciled_when_item_arrives(tmp_path: Path,
                                                           live_server: LiveServer) -> None:
    """A code sold before its record arrived is reconciled (new record) on the next pull."""
    one, two = make_till(tmp_path, 1), make_till(tmp_path, 2)
    register(one, live_server)
    register(two, live_server)
    [code] = stock(one.backend, 1)
    sell_unknown(two.backend, code)
    with two.client() as c:
        c.sync()
    with one.client() as c:
        c.sync()
    with two.client() as c:
        report = c.sync()
    assert report.reconciled == [code]
    assert reconciliations(two.backend) == 1
    with two.client() as c:
        assert c.sync().reconciled == []  # idempotent
    assert not central.conflicts(live_server.db)


def test_restart_mid_sync_resumes_without_resending_acked(tmp_path: Path,
                                                          live_server: LiveServer) -> None:
    """A till that stops after two batches resumes after a restart; nothing is resent."""
    till = make_till(tmp_path, 1)
    register(till, live_server)
    codes = stock(till.backend, 20)
    for code in codes:
        sell(till.backend, [code])
    total = len(outbox_ids(till.backend))

    class Crash(Exception):
        pass

    def crash_after_two(_phase: str, done: int, _total: int) -> None:
        if done >= 20:
            raise Crash

    with till.client(batch_size=10) as client, pytest.raises(Crash):
        client.sync(crash_after_two)
    assert pending(till.backend) == total - 20
    till.backend.close()
    reopened = open_backend(till.paths)
    try:
        with SyncClient(reopened, batch_size=10) as client:
            report = client.sync()
        assert report.duplicates == 0 and report.pushed == total - 20
        stored = central.event_ids(live_server.db, 1)
        assert len(stored) == len(set(stored)) == total
    finally:
        reopened.close()
