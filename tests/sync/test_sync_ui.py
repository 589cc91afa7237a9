"""The window's sync: status bar online/offline and "Jetzt synchronisieren" on a real server."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from app.config import LocalSettings
from app.device_setup import DeviceHub
from app.services.sync import state as sync_state
from app.ui.kit.error_triage import ErrorReporter
from app.ui.kit.operations import Operations
from app.ui.shell.main_window import MainWindow
from app.ui.shell.session import SessionState
from tests.helpers.actors import actor
from tests.helpers.notifier import RecordingNotifier
from tests.sync import central
from tests.sync.live import LiveServer, make_till, register
from tests.sync.selling import stock


def test_sync_now_from_the_window(qtbot: QtBot, tmp_path: Path, sqlite_server_db: str) -> None:
    """Offline first; after registering, Ctrl+Shift+S sends everything and the bar says online."""
    server = LiveServer(sqlite_server_db)
    server.start()
    till = make_till(tmp_path, 3)
    try:
        stock(till.backend, 5)
        notifier = RecordingNotifier()
        ops = Operations(till.backend, ErrorReporter(notifier, tmp_path / "log"))
        state = SessionState(ops, notifier, LocalSettings(tmp_path / "s.toml"))
        state.attach_devices(DeviceHub(state.settings, tmp_path / "receipts", False))
        state.set_actor(actor(till.backend, "maria"))
        window = MainWindow(till.backend, state)
        qtbot.addWidget(window)
        window.show()
        window.status.start()
        qtbot.waitUntil(lambda: "offline" in window.status.sync_label.text())
        window.sync.sync_now(window)  # not registered yet: a German error, nothing lost
        qtbot.waitUntil(lambda: bool(notifier.errors))
        assert "angemeldet" in notifier.errors[-1] or "Server" in notifier.errors[-1]

        register(till, server)
        window.sync_action.trigger()
        qtbot.waitUntil(lambda: bool(notifier.infos), timeout=15000)
        assert "Synchronisiert" in notifier.infos[-1]
        window.status.refresh_sync()
        qtbot.waitUntil(lambda: window.status.sync_label.text().startswith("online"))
        with till.backend.read() as ctx:
            assert sync_state.overview(ctx).pending == 0
        assert len(central.event_ids(server.db, 3)) > 5
        qtbot.waitUntil(lambda: window.sync.worker is not None)  # the loop runs from now on
        window.close()
        ops.wait_for_done()
    finally:
        server.stop()
        till.backend.close()
