"""A safety test with its measured values reaches the server and the other tills."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select

from app.db.models import SafetyTest
from app.services.intake import intake, lifecycle, safety
from app.services.kernel.context import Actor
from server.central import Item as CentralItem
from tests.helpers.actors import actor
from tests.sync.live import LiveServer, make_till, register


@pytest.fixture
def server(sqlite_server_db: str) -> Iterator[LiveServer]:
    live = LiveServer(sqlite_server_db)
    live.start()
    yield live
    live.stop()


def test_measurements_stored_centrally_and_pulled_by_another_till(
        tmp_path: Path, server: LiveServer) -> None:
    """Till 1 records a passed test with values; the server keeps them on the item and
    till 2 learns the test, so it may put the item on sale there."""
    one, two = make_till(tmp_path, 1), make_till(tmp_path, 2)
    register(one, server)
    register(two, server)
    vera: Actor = actor(one.backend, "vera")
    code = one.backend.call(vera, intake.take_in, intake.IntakeInput(
        category="Elektrogeräte", description="Wasserkocher"))[0].code
    one.backend.call(vera, lifecycle.record_safety_test, code, True, "Vera", device_id="ST710",
                     measurements=safety.Measurements(True, 180, 120_000, 400))
    with one.client() as client:
        client.sync()
    with server.db.read() as s:
        data = s.scalar(select(CentralItem.data).where(CentralItem.code == code))
    assert data["safety_test"]["pe_resistance_mohm"] == 180
    assert data["safety_test"]["insulation_kohm"] == 120_000
    assert data["safety_test"]["leakage_ua"] == 400
    assert data["safety_test"]["visual_ok"] is True
    for _ in range(2):  # pulling twice records the test once
        with two.client() as client:
            client.sync()
    with two.backend.read() as ctx:
        item = intake.get_item(ctx, code)
        tests = list(ctx.session.scalars(select(SafetyTest).where(
            SafetyTest.item_id == item.id)))
    assert len(tests) == 1
    [test] = tests
    assert test.passed and test.device_id == "ST710" and test.visual_ok is True
    assert (test.pe_resistance_mohm, test.insulation_kohm, test.leakage_ua) == (
        180, 120_000, 400)
    two.backend.call(actor(two.backend, "vera"), lifecycle.move, code, "ready")
