"""Every area is readable at the counter's screen sizes: no text cut off or elided."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app.services.cash import sessions as cash_sessions
from app.services.kernel.backend import Backend
from app.services.kernel.context import Actor
from app.ui.closing.closing_area import ClosingArea
from app.ui.shell.application import style_sheet
from app.ui.shell.main_window import Area, MainWindow
from app.ui.shell.session import SessionState
from tests.helpers.keyboard import idle
from tests.ui.clipping import clipped_texts

SIZES = [(1366, 768), (1920, 1080)]


@pytest.fixture(autouse=True)
def _app_style(qapp: QApplication) -> Iterator[None]:
    """Fonts and sizes as the till shows them: with the shipped style sheet."""
    qapp.setStyleSheet(style_sheet())
    yield
    qapp.setStyleSheet("")


def _settle(qtbot: QtBot, window: MainWindow, session: SessionState) -> None:
    idle(qtbot, session)
    QApplication.processEvents()
    idle(qtbot, session)
    QApplication.processEvents()


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
@pytest.mark.parametrize("till_open", [False, True], ids=["closed", "open"])
def test_closing_area_fits(qtbot: QtBot, window: MainWindow, session: SessionState,
                           backend: Backend, manager: Actor,
                           login_as: Callable[[str], Actor], size: tuple[int, int],
                           till_open: bool) -> None:
    """Abschluss for a manager, till closed and open: every label, button, header fits."""
    if till_open:
        backend.call(manager, cash_sessions.open_session, float_cents=15_000)
    login_as("maria")
    window.resize(*size)
    window.show_area(Area.CLOSING)
    _settle(qtbot, window, session)
    area = window.views[Area.CLOSING]
    assert isinstance(area, ClosingArea)
    qtbot.waitUntil(lambda: area.state is not None)
    _settle(qtbot, window, session)
    problems = clipped_texts(area)
    assert not problems, "\n".join(map(str, problems))


def test_the_checker_sees_a_cut_button(qtbot: QtBot, window: MainWindow,
                                       session: SessionState,
                                       login_as: Callable[[str], Actor]) -> None:
    """The checker itself fails on a button squeezed below its text's width."""
    login_as("maria")
    window.resize(1366, 768)
    window.show_area(Area.CLOSING)
    area = window.views[Area.CLOSING]
    assert isinstance(area, ClosingArea)
    qtbot.waitUntil(lambda: area.state is not None)
    _settle(qtbot, window, session)
    area.x_button.setFixedWidth(20)
    QApplication.processEvents()
    assert any("X-Bericht" in p.text for p in clipped_texts(area))
