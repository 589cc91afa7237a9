"""A sync round stopped from the window keeps what the server acknowledged and sends the
rest, once, in the next round."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.services.kernel.messages import SYNC_CANCELLED
from app.services.kernel.progress import CancelFlag, Cancelled
from tests.sync import central
from tests.sync.live import LiveServer, make_till, register
from tests.sync.selling import outbox_ids, pending, sell, stock


def test_stopped_round_keeps_acknowledged_batches_and_finishes_later(
        tmp_path: Path, sqlite_live_server: LiveServer) -> None:
    till = make_till(tmp_path, 1)
    register(till, sqlite_live_server)
    codes = stock(till.backend, 12)
    for code in codes:
        sell(till.backend, [code])
    waiting = pending(till.backend)
    reports: list[tuple[int, int]] = []

    def report(done: int, total: int) -> None:
        reports.append((done, total))
        if done:
            flag.cancel()  # Abbrechen pressed once the first batch had arrived

    flag = CancelFlag(report, SYNC_CANCELLED)
    with till.client(batch_size=5) as client, pytest.raises(Cancelled) as error:
        client.sync(lambda _phase, done, total: flag(done, total))
    assert str(error.value) == str(SYNC_CANCELLED)
    assert reports == [(0, waiting), (5, waiting)]  # one batch, then nothing more sent
    assert central.count_events(sqlite_live_server.db) == 5
    assert pending(till.backend) == waiting - 5
    with till.client(batch_size=5) as client:
        done = client.sync()
    stored = central.event_ids(sqlite_live_server.db, 1)
    assert done.pending == 0 and pending(till.backend) == 0
    assert len(stored) == len(set(stored)) == waiting and set(stored) == outbox_ids(till.backend)
