"""Repair records and volunteer hours reach the central server and are stored there."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select

from app.services.intake import intake
from app.services.workshop import repairs
from app.services.workshop.repairs import RepairInput
from server.models import Event, Quarantine
from tests.helpers.actors import actor
from tests.sync.live import LiveServer, make_till, register


@pytest.fixture
def server(sqlite_server_db: str) -> Iterator[LiveServer]:
    live = LiveServer(sqlite_server_db)
    live.start()
    yield live
    live.stop()


def test_repair_and_hours_are_stored_centrally(tmp_path: Path, server: LiveServer) -> None:
    """A repair with its barrier and an hours entry are pushed, stored once with their
    payload, and nothing is quarantined; a second sync changes nothing."""
    one = make_till(tmp_path, 1)
    register(one, server)
    vera = actor(one.backend, "vera")
    code = one.backend.call(vera, intake.take_in, intake.IntakeInput(
        category="Elektrogeräte", description="Toaster"))[0].code
    one.backend.call(vera, repairs.record_repair, RepairInput(
        code=code, problem="Thermostat defekt", repair_status="End of life",
        barrier="Item too worn out", minutes=35, brand="Severin"))
    one.backend.call(vera, repairs.record_hours, 120, "Sortieren")
    for _ in range(2):
        with one.client() as client:
            client.sync()
    with server.db.read() as s:
        stored = {e.type: e for e in s.scalars(select(Event).where(Event.type.in_(
            ("repair.recorded", "volunteer_hours.recorded"))))}
        quarantined = list(s.scalars(select(Quarantine)))
    assert quarantined == []
    assert set(stored) == {"repair.recorded", "volunteer_hours.recorded"}
    repair = stored["repair.recorded"]
    assert repair.status == "stored"
    assert repair.payload["item_code"] == code
    assert repair.payload["barrier"] == "Item too worn out"
    assert repair.payload["minutes"] == 35 and repair.payload["station"] == 1
    assert stored["volunteer_hours.recorded"].payload["minutes"] == 120
