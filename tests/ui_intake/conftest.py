"""Annahme fixtures: the area on its own over a real till, and the window, session and
login fixtures of ``tests/ui``."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from app.services.kernel.backend import Backend
from app.services.kernel.context import Actor
from app.ui.intake.intake_area import IntakeArea
from tests.helpers.ui_session import recording_session
from tests.ui.conftest import login_as, notifier, session, window

__all__ = ["area", "login_as", "notifier", "session", "window"]


@pytest.fixture
def area(qtbot: QtBot, backend: Backend, volunteer: Actor,
         tmp_path: Path) -> Iterator[IntakeArea]:
    state, notifier = recording_session(backend, tmp_path)
    ops = state.ops
    state.set_actor(volunteer)
    view = IntakeArea(backend, state)
    view.notifier = notifier  # type: ignore[attr-defined]
    qtbot.addWidget(view)
    view.resize(1366, 700)
    view.show()
    view.activateWindow()
    qtbot.waitUntil(lambda: view.form.category.count() > 0)
    yield view
    ops.wait_for_done()
