"""UI fixtures: a recording notifier instead of modal boxes, a session, a logged-in window."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app.config import LocalSettings
from app.device_setup import DeviceHub
from app.services.kernel.backend import Backend
from app.services.kernel.context import Actor
from app.ui.kit.error_triage import ErrorReporter
from app.ui.kit.operations import Operations
from app.ui.shell.main_window import MainWindow
from app.ui.shell.session import SessionState
from tests.helpers.actors import actor
from tests.helpers.keyboard import idle
from tests.helpers.notifier import RecordingNotifier


@pytest.fixture
def notifier() -> RecordingNotifier:
    return RecordingNotifier()


@pytest.fixture
def session(backend: Backend, notifier: RecordingNotifier, qapp: QApplication,
            tmp_path_factory: pytest.TempPathFactory) -> Iterator[SessionState]:
    """A UI session over the test till; no one logged in yet."""
    log_file = tmp_path_factory.mktemp("log") / "kreislauf.log"
    ops = Operations(backend, ErrorReporter(notifier, log_file))
    state = SessionState(ops, notifier, LocalSettings(), simulated=True)
    state.attach_devices(DeviceHub(state.settings, tmp_path_factory.mktemp("receipts"), True))
    yield state
    ops.wait_for_done()
    QApplication.processEvents()


@pytest.fixture
def login_as(backend: Backend, session: SessionState) -> Callable[[str], Actor]:
    """``login_as("maria")`` sets the session's user without the dialog."""

    def set_user(name: str) -> Actor:
        who = actor(backend, name)
        session.set_actor(who)
        return who

    return set_user


@pytest.fixture
def window(qtbot: QtBot, backend: Backend, session: SessionState) -> Iterator[MainWindow]:
    """The main window, shown; log a user in with ``login_as`` first or afterwards."""
    win = MainWindow(backend, session)
    qtbot.addWidget(win)
    win.resize(1280, 720)
    win.show()
    qtbot.waitExposed(win)
    win.activateWindow()
    yield win
    win.status.timer.stop()
    idle(qtbot, session)
