"""Abschluss in the real window at 1366x768: readable fields and list, messages by kind."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QStyle
from pytestqt.qtbot import QtBot

from app.services.demo import days_flow
from app.services.kernel.backend import Backend
from app.services.kernel.context import Actor
from app.ui.closing.closing_area import ClosingArea
from app.ui.kit.message_line import MessageKind
from app.ui.shell.application import style_sheet
from app.ui.shell.main_window import Area, MainWindow
from app.ui.shell.session import SessionState
from tests.helpers.keyboard import idle, press, type_text
from tests.ui.clipping import clipped_texts

CTRL = Qt.KeyboardModifier.ControlModifier
COMMENT = "Wechselgeld vermutlich falsch herausgegeben, 20 Euro fehlen im Zehnerfach"


@pytest.fixture(autouse=True)
def _app_style(qapp: QApplication) -> Iterator[None]:
    """Fonts and sizes as the till shows them: with the shipped style sheet."""
    qapp.setStyleSheet(style_sheet())
    yield
    qapp.setStyleSheet("")


def _closing(qtbot: QtBot, window: MainWindow, session: SessionState,
             size: tuple[int, int] = (1366, 768)) -> ClosingArea:
    window.resize(*size)
    press(qtbot, Qt.Key.Key_3, CTRL)
    area = window.views[Area.CLOSING]
    assert isinstance(area, ClosingArea) and window.current_area() is Area.CLOSING
    qtbot.waitUntil(lambda: area.state is not None)
    idle(qtbot, session)
    QApplication.processEvents()
    return area


@pytest.mark.parametrize("size", [(1366, 768), (1920, 1080)], ids=lambda s: f"{s[0]}x{s[1]}")
def test_comment_bank_field_and_z_list_read_in_full(qtbot: QtBot, window: MainWindow,
                                                   session: SessionState, backend: Backend,
                                                   login_as: Callable[[str], Actor],
                                                   size: tuple[int, int]) -> None:
    """A typed comment shows whole on two lines, the bank amount fits, the Z list shows
    five rows with every cell whole, and nothing in the area is cut."""
    days_flow.fill_days(backend, 8)  # closed days with Z reports, today's till open
    login_as("maria")
    area = _closing(qtbot, window, session, size)
    qtbot.waitUntil(lambda: area.closing_list.rowCount() >= 5)
    area.comment.setFocus()
    type_text(COMMENT)
    press(qtbot, Qt.Key.Key_Return)  # on to the bank amount, no line break
    assert QApplication.focusWidget() is area.banked
    type_text("1234,50")
    QApplication.processEvents()
    assert area.comment.text() == COMMENT
    assert area.comment.verticalScrollBar().maximum() == 0, "comment scrolls"
    banked = area.banked
    assert banked.fontMetrics().horizontalAdvance(banked.text()) + 12 <= banked.width()
    table = area.closing_list
    assert table.viewport().height() >= 5 * table.rowHeight(0)
    margin = 2 * table.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, table)
    for row in range(table.rowCount()):
        for column in range(table.columnCount()):
            item = table.item(row, column)
            assert item is not None
            need = table.fontMetrics().horizontalAdvance(item.text()) + margin
            assert need <= table.columnWidth(column), (item.text(), table.columnWidth(column))
    problems = clipped_texts(area)
    assert not problems, "\n".join(map(str, problems))


def test_success_is_green_and_returning_clears_it(qtbot: QtBot, window: MainWindow,
                                                 session: SessionState,
                                                 login_as: Callable[[str], Actor]) -> None:
    """„Kasse geöffnet“ is a success, not an error; after Ctrl+2 and Ctrl+3 it is gone."""
    login_as("maria")
    area = _closing(qtbot, window, session)
    assert QApplication.focusWidget() is area.float_sum
    type_text("150")
    press(qtbot, Qt.Key.Key_Tab)
    while QApplication.focusWidget() is not area.open_button:
        press(qtbot, Qt.Key.Key_Tab)
    press(qtbot, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: "Kasse geöffnet" in area.message.text())
    assert area.message.kind is MessageKind.SUCCESS and area.message.text().startswith("✔")
    assert area.message.property("kind") == "success"
    press(qtbot, Qt.Key.Key_2, CTRL)
    press(qtbot, Qt.Key.Key_3, CTRL)
    assert area.message.text() == "" and area.message.kind is None


def test_refusal_clears_when_the_comment_is_typed(qtbot: QtBot, window: MainWindow,
                                                 session: SessionState, backend: Backend,
                                                 manager: Actor,
                                                 login_as: Callable[[str], Actor]) -> None:
    """A Z with a difference and no comment is an error; typing the comment removes it."""
    from app.services.cash import sessions as cash_sessions

    backend.call(manager, cash_sessions.open_session, float_cents=10_000)
    login_as("maria")
    area = _closing(qtbot, window, session)
    type_text("1")  # one 500 € note: a difference
    area.close_button.setFocus()
    press(qtbot, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: area.message.kind is MessageKind.ERROR)
    assert "Kommentar" in area.message.text() and area.message.text().startswith("✖")
    area.comment.setFocus()
    type_text("Z")
    assert area.message.text() == "" and area.message.kind is None


def test_print_without_a_report_is_a_warning(qtbot: QtBot, window: MainWindow,
                                            session: SessionState,
                                            login_as: Callable[[str], Actor]) -> None:
    """Drucken before any report was shown warns (not a success) and says what to do."""
    login_as("maria")
    area = _closing(qtbot, window, session)
    area.print_button.setFocus()
    press(qtbot, Qt.Key.Key_Space)
    assert area.message.kind is MessageKind.WARNING
    assert area.message.text().startswith("⚠") and "X-Bericht" in area.message.text()
