"""The window tells the manager when the till's files are open to other users."""

from __future__ import annotations

import os

from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from app.config import LocalSettings, Paths
from app.device_setup import DeviceHub
from app.services.kernel.backend import Backend, open_backend
from app.ui.kit.error_triage import ErrorReporter
from app.ui.kit.operations import Operations
from app.ui.shell.main_window import MainWindow
from app.ui.shell.session import SessionState
from tests.helpers.actors import actor
from tests.helpers.notifier import RecordingNotifier


def test_status_bar_shows_wide_file_permissions(qtbot: QtBot, qapp: QApplication,
                                                backend: Backend, paths: Paths) -> None:
    """A database left 0644 by an older install: the status bar says so, in German."""
    os.chmod(paths.db_file, 0o644)
    reopened = open_backend(paths, clock=backend.clock)
    notifier = RecordingNotifier()
    ops = Operations(reopened, ErrorReporter(notifier, paths.log_dir / "kreislauf.log"))
    session = SessionState(ops, notifier, LocalSettings(), simulated=True)
    session.attach_devices(DeviceHub(session.settings, paths.receipts_dir, True))
    try:
        session.set_actor(actor(reopened, "maria"))
        window = MainWindow(reopened, session)
        qtbot.addWidget(window)
        window.show()
        label = window.status.findChild(QLabel, "status:warnings")
        assert label is not None and label.isVisible()
        assert "Dateirechte" in label.text()
        assert f"chmod 600 {paths.db_file}" in label.toolTip()
        assert "chmod 600" in window.status.currentMessage()
        window.status.timer.stop()
        window.close()
    finally:
        ops.wait_for_done()
        reopened.close()
