"""A UI session over a test till whose notifier records what the user was told."""

from __future__ import annotations

from pathlib import Path

from app.config import LocalSettings
from app.services.kernel.backend import Backend
from app.ui.kit.error_triage import ErrorReporter
from app.ui.kit.operations import Operations
from app.ui.shell.session import SessionState
from tests.helpers.notifier import RecordingNotifier


def recording_session(backend: Backend, folder: Path, settings: LocalSettings | None = None,
                      ) -> tuple[SessionState, RecordingNotifier]:
    """The session (error log in ``folder``, settings from ``folder/s.toml`` unless given)
    and its recording notifier; nobody is logged in yet."""
    notifier = RecordingNotifier()
    ops = Operations(backend, ErrorReporter(notifier, folder / "log"))
    return SessionState(ops, notifier, settings or LocalSettings(folder / "s.toml")), notifier
