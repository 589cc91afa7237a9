"""Registering a running till from Einstellungen: only a manager or admin, on a real server."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.config import LocalSettings
from app.errors import PermissionDenied, SyncError
from app.services.onboarding import setup_flow
from app.services.sync import state as sync_state
from tests.helpers.actors import actor
from tests.sync.live import LiveServer, make_till


def test_a_cashier_cannot_register_and_nothing_is_kept(
        tmp_path: Path, sqlite_live_server: LiveServer) -> None:
    till = make_till(tmp_path, 5)
    code = sqlite_live_server.add_station(5)
    settings = LocalSettings(tmp_path / "s.toml")
    with pytest.raises(PermissionDenied):
        setup_flow.register_later(till.backend, settings, actor(till.backend, "kai"), code,
                                  sqlite_live_server.url)
    with pytest.raises(SyncError, match="keine Serveradresse"):
        setup_flow.register_later(till.backend, settings, actor(till.backend, "maria"), code,
                                  "zentrale ohne schema")
    assert settings.get("sync.server_url") == "" and not (tmp_path / "s.toml").exists()
    with till.backend.read() as ctx:
        assert not sync_state.overview(ctx).registered
    url = setup_flow.register_later(till.backend, settings, actor(till.backend, "admin"),
                                    code, sqlite_live_server.url)
    assert url == sqlite_live_server.url
    assert LocalSettings(tmp_path / "s.toml").get("sync.server_url") == url
    with till.backend.read() as ctx:
        assert sync_state.overview(ctx).registered
