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


def test_register_later_from_einstellungen_by_keyboard(qtbot: QtBot, tmp_path: Path,
                                                       sqlite_server_db: str) -> None:
    """A till set up without a server is registered on "Dieser Rechner": a wrong code
    stays in the dialog as a German line, the office's code registers the till, the
    address is kept in the settings and the background sync starts."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from app.ui.settings.register_dialog import RegisterDialog
    from app.ui.settings.settings_view import SettingsView
    from app.ui.shell.main_window import Area

    server = LiveServer(sqlite_server_db)
    server.start()
    till = make_till(tmp_path, 4)
    try:
        code = server.add_station(4)
        notifier = RecordingNotifier()
        ops = Operations(till.backend, ErrorReporter(notifier, tmp_path / "log"))
        state = SessionState(ops, notifier, LocalSettings(tmp_path / "s.toml"))
        state.attach_devices(DeviceHub(state.settings, tmp_path / "receipts", False))
        state.set_actor(actor(till.backend, "maria"))
        window = MainWindow(till.backend, state)
        qtbot.addWidget(window)
        window.show()
        window.activateWindow()
        assert window.show_area(Area.SETTINGS)
        view = window.views[Area.SETTINGS]
        assert isinstance(view, SettingsView)
        view.tabs.setCurrentWidget(view.machine_form)
        button = view.machine_form.register_button
        button.setFocus()
        qtbot.waitUntil(button.hasFocus)
        QTest.keyClick(button, Qt.Key.Key_Space)
        qtbot.waitUntil(lambda: isinstance(view.machine_form.register_dialog, RegisterDialog))
        dialog = view.machine_form.register_dialog
        assert dialog is not None
        qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.server_url)
        QTest.keyClicks(QApplication.focusWidget(), server.url)
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
        assert QApplication.focusWidget() is dialog.code
        QTest.keyClicks(dialog.code, "AAAA-BBBB-CCCC")  # not the office's code
        QTest.keyClick(dialog.code, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: dialog.confirm_button.isEnabled()
                        and "läuft" not in dialog.message.text(), timeout=15000)
        assert dialog.isVisible() and dialog.message.text()
        assert "Traceback" not in dialog.message.text()
        assert state.settings.get("sync.server_url") == ""  # nothing kept from a refusal
        dialog.code.clear()
        QTest.keyClicks(QApplication.focusWidget(), code)
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: view.machine_form.register_dialog is None, timeout=15000)
        assert "angemeldet" in view.machine_form.status_label.text()
        assert LocalSettings(tmp_path / "s.toml").get("sync.server_url") == server.url
        qtbot.waitUntil(lambda: window.sync.worker is not None)
        with till.backend.read() as ctx:
            assert sync_state.overview(ctx).registered
        qtbot.waitUntil(lambda: central.count_events(server.db) > 0, timeout=15000)
        window.sync.stop()
        window.close()
        ops.wait_for_done()
    finally:
        server.stop()
        till.backend.close()
