"""Reloads run on parallel workers; an older one finishing last must not win."""

from __future__ import annotations

import threading

from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from app.services.kernel.context import SYSTEM, Ctx
from app.ui.kit.operations import Operations
from app.ui.shell.session import SessionState

release_first = threading.Event()


def slow_then_fast(ctx: Ctx, label: str) -> str:
    """The first call waits until the second has been delivered."""
    if label == "old":
        release_first.wait(10)
    return label


def test_an_older_reload_finishing_last_is_dropped(qtbot: QtBot, session: SessionState) -> None:
    """Only the newest reload of the same query for the same screen paints its result."""
    ops: Operations = session.ops
    ops.pool.setMaxThreadCount(max(ops.pool.maxThreadCount(), 2))
    screen = QWidget()
    qtbot.addWidget(screen)
    shown: list[str] = []
    release_first.clear()
    ops.query(SYSTEM, slow_then_fast, "old").latest().then(shown.append, parent=screen)
    ops.query(SYSTEM, slow_then_fast, "new").latest().then(shown.append, parent=screen)
    qtbot.waitUntil(lambda: shown == ["new"])
    release_first.set()
    qtbot.waitUntil(lambda: not ops.busy)
    assert shown == ["new"]


def test_without_latest_both_results_arrive(qtbot: QtBot, session: SessionState) -> None:
    """Lookups that are not reloads (two scans) each deliver their own answer."""
    ops: Operations = session.ops
    ops.pool.setMaxThreadCount(max(ops.pool.maxThreadCount(), 2))
    screen = QWidget()
    qtbot.addWidget(screen)
    shown: list[str] = []
    release_first.clear()
    ops.query(SYSTEM, slow_then_fast, "old").then(shown.append, parent=screen)
    ops.query(SYSTEM, slow_then_fast, "new").then(shown.append, parent=screen)
    qtbot.waitUntil(lambda: shown == ["new"])
    release_first.set()
    qtbot.waitUntil(lambda: shown == ["new", "old"])
