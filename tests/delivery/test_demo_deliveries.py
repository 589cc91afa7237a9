"""Demo deliveries: done ones over the demo weeks and planned ones for today and the next
days, through the real services; the dispatch list of today has stops."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from app.cli import main
from app.config import Paths
from app.db.models import DeliveryOrder
from app.services.kernel.backend import open_backend
from tests.helpers.clock import Clock


def test_demo_data_books_deliveries_and_pickups(tmp_path: Path, clock: Clock,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    d = tmp_path / "till"
    assert main(["--data-dir", str(d), "init", "--demo", "--station", "2", "--store", "Demo"],
                clock=clock) == 0
    assert main(["--data-dir", str(d), "demo-data", "--items", "120", "--days", "14"],
                clock=clock) == 0
    out = capsys.readouterr().out
    assert "Demo-Lieferungen:" in out
    backend = open_backend(Paths(d), clock=clock)
    try:
        with backend.db.read() as s:
            rows = list(s.scalars(select(DeliveryOrder)))
    finally:
        backend.close()
    done = [r for r in rows if r.status in ("delivered", "failed")]
    ahead = [r for r in rows if r.status == "planned"]
    assert len(done) >= 3 and {r.kind for r in done} == {"delivery", "pickup"}
    assert all(r.day < clock.today for r in done)
    assert any(r.km_m for r in done) and any(r.km_m is None for r in done)
    assert ahead and all(clock.today <= r.day <= clock.today + timedelta(days=2)
                         for r in ahead)
    assert {r.kind for r in ahead} == {"delivery", "pickup"}
    target = tmp_path / "touren.csv"
    day = min(r.day for r in ahead).isoformat()
    assert main(["--data-dir", str(d), "delivery", "list", "--date", day, "-o", str(target)],
                clock=clock) == 0
    assert target.read_bytes().count(b"\r\n") >= 2
    assert main(["--data-dir", str(d), "demo-data", "--items", "0", "--days", "0"],
                clock=clock) == 0
