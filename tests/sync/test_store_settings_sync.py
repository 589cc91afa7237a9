"""A store setting changed at one till reaches the other through the real server."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select

from app.db.models import OutboxEvent
from app.services.policy import store as policy
from app.services.policy.definitions import POLICY
from tests.helpers.actors import actor
from tests.sync import central
from tests.sync.live import LiveServer, make_till, register


def test_a_store_setting_travels_from_one_till_to_the_other(tmp_path: Path,
                                                             live_server: LiveServer) -> None:
    """Till 1 lowers the discount threshold; after both sync, till 2 uses it too."""
    one, two = make_till(tmp_path, 1), make_till(tmp_path, 2)
    register(one, live_server)
    register(two, live_server)
    key = POLICY.discount_approval_percent.key
    one.backend.call(actor(one.backend, "maria"), policy.save, {key: "12"})
    with one.client() as client:
        report = client.sync()
    assert report.quarantined == [] and report.pending == 0
    assert central.quarantine(live_server.db) == []
    with two.client() as client:
        pulled = client.sync()
    assert pulled.applied.get("setting") == 1
    with two.backend.read() as ctx:
        assert policy.get(ctx, POLICY.discount_approval_percent) == 12
        # replication: till 2 records no change of its own
        assert ctx.session.scalar(select(OutboxEvent.id).where(
            OutboxEvent.type == "setting.changed")) is None
    with one.client() as client:  # its own change does not come back to till 1
        assert client.sync().applied.get("setting") is None
