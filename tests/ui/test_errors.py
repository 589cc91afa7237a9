"""Error triage: German messages as they are, bugs logged with traceback, never shown."""

from __future__ import annotations

import sys
import threading
from collections.abc import Iterator

import pytest
import shiboken6
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from app import messages
from app.errors import ConflictError
from app.ui.kit.error_triage import install_excepthook
from app.ui.shell.session import SessionState
from tests.helpers.keyboard import idle
from tests.helpers.notifier import RecordingNotifier


@pytest.fixture
def hook(session: SessionState) -> Iterator[None]:
    previous = install_excepthook(session.ops.reporter)
    yield
    sys.excepthook = previous


def test_excepthook_logs_traceback_and_shows_german_message(
        qtbot: QtBot, hook: None, notifier: RecordingNotifier, session: SessionState,
        caplog: pytest.LogCaptureFixture) -> None:
    """A bug in a Qt callback is logged with its traceback; the user gets the generic text."""

    def broken() -> None:
        raise ZeroDivisionError("bug in a slot")

    QTimer.singleShot(0, broken)
    qtbot.waitUntil(lambda: bool(notifier.errors))
    expected = messages.UNEXPECTED.format(log=session.ops.reporter.log_file)
    assert notifier.errors == [expected]
    assert "Traceback" in caplog.text
    assert "ZeroDivisionError: bug in a slot" in caplog.text
    assert "in broken" in caplog.text


def test_excepthook_shows_kasse_error_as_it_is(qtbot: QtBot, hook: None,
                                                notifier: RecordingNotifier) -> None:
    """A user-facing error that escapes a slot is shown unchanged."""

    def refuse() -> None:
        raise ConflictError("Die Kasse ist bereits abgeschlossen.")

    QTimer.singleShot(0, refuse)
    qtbot.waitUntil(lambda: bool(notifier.errors))
    assert notifier.errors == ["Die Kasse ist bereits abgeschlossen."]


def test_operations_run_off_the_gui_thread(qtbot: QtBot, session: SessionState) -> None:
    """The work runs on a worker thread; the success callback on the GUI thread."""
    seen: dict[str, object] = {}

    def work() -> int:
        seen["worker"] = threading.current_thread() is threading.main_thread()
        return 42

    def done(value: int) -> None:
        seen["value"] = value
        seen["callback"] = threading.current_thread() is threading.main_thread()

    session.ops.run(work, done)
    idle(qtbot, session)
    assert seen == {"worker": False, "value": 42, "callback": True}


def test_operation_failure_goes_through_triage(qtbot: QtBot, session: SessionState,
                                               notifier: RecordingNotifier,
                                               caplog: pytest.LogCaptureFixture) -> None:
    """Without a failure callback, a bug is logged and the generic message is shown."""

    def work() -> None:
        raise KeyError("missing")

    session.ops.run(work)
    idle(qtbot, session)
    assert notifier.errors == [messages.UNEXPECTED.format(log=session.ops.reporter.log_file)]
    assert "KeyError: 'missing'" in caplog.text


def test_callbacks_skipped_when_the_screen_is_gone(qtbot: QtBot, session: SessionState,
                                                  notifier: RecordingNotifier) -> None:
    """A result that arrives after its widget was deleted is dropped, not crashed on."""
    label = QLabel()
    results: list[int] = []
    gate = threading.Event()

    def work() -> int:
        gate.wait(5)
        return 1

    session.ops.run(work, results.append, parent=label)
    label.deleteLater()
    qtbot.waitUntil(lambda: not shiboken6.isValid(label))
    gate.set()
    idle(qtbot, session)
    assert results == []
    assert notifier.errors == []


def test_errors_while_a_message_is_open_are_only_logged(
        hook: None, session: SessionState, caplog: pytest.LogCaptureFixture) -> None:
    """A second error raised while the first message is showing does not stack dialogs."""
    shown: list[str] = []

    class NestedNotifier:
        def error(self, message: str, parent: object = None) -> None:
            shown.append(message)
            try:
                raise RuntimeError("raised while the box is open")
            except RuntimeError as exc:
                sys.excepthook(type(exc), exc, exc.__traceback__)

        def info(self, message: str, parent: object = None) -> None:
            raise AssertionError("not used")

    session.ops.reporter.notifier = NestedNotifier()
    try:
        raise ValueError("first")
    except ValueError as exc:
        sys.excepthook(type(exc), exc, exc.__traceback__)
    assert len(shown) == 1
    assert "raised while the box is open" in caplog.text
