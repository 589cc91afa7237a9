"""A manager in the main window of a till with an open session."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from app.device_setup import DeviceHub
from app.services.kernel.backend import Backend
from app.services.kernel.context import Actor
from app.ui.shell.main_window import MainWindow
from app.ui.shell.session import SessionState
from tests.helpers.keyboard import idle
from tests.helpers.notifier import RecordingNotifier
from tests.helpers.ui_session import recording_session


@pytest.fixture
def recorded(backend: Backend, tmp_path: Path,
             open_till: None) -> Iterator[tuple[SessionState, RecordingNotifier]]:
    state, notifier = recording_session(backend, tmp_path)
    state.attach_devices(DeviceHub(state.settings, tmp_path / "receipts", True))
    yield state, notifier
    state.ops.wait_for_done()


@pytest.fixture
def window(qtbot: QtBot, backend: Backend, manager: Actor,
           recorded: tuple[SessionState, RecordingNotifier]) -> Iterator[MainWindow]:
    """The main window, shown, with Maria (Leitung) logged in."""
    session = recorded[0]
    session.set_actor(manager)
    win = MainWindow(backend, session)
    qtbot.addWidget(win)
    win.resize(1366, 736)
    win.show()
    qtbot.waitExposed(win)
    win.activateWindow()
    yield win
    win.status.timer.stop()
    idle(qtbot, session)
