"""The Z asks once with a summary; messages tell success from error by more than colour."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from app.services.cash import closing
from app.services.cash import sessions as cash_sessions
from app.services.kernel.backend import Backend
from app.services.kernel.context import Actor
from app.ui.closing.closing_area import ClosingArea
from app.ui.kit.message_line import MessageKind
from tests.ui_closing.conftest import DayFixture
from tests.ui_closing.test_closing_day import confirm_z


def _open(qtbot: QtBot, area: ClosingArea) -> None:
    QTest.keyClicks(area.float_sum, "100")
    QTest.keyClick(area.open_button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: area.state is not None and area.state.session is not None)


def test_z_shows_summary_and_escape_changes_nothing(qtbot: QtBot, day: DayFixture,
                                                   backend: Backend) -> None:
    """Escape on the Z summary goes back: the till stays open, no Z is written."""
    area = day[0]
    _open(qtbot, area)
    area.grid.set_counts({5000: 2})
    qtbot.waitUntil(lambda: area.figure_difference.text().startswith("0,00"))
    QTest.keyClick(area.close_button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: area.confirm_dialog is not None and area.confirm_dialog.isVisible())
    dialog = area.confirm_dialog
    assert dialog is not None
    summary = dialog.summary.text().replace("\xa0", " ")
    assert "Verkäufe: 0" in summary and "Soll 100,00 €" in summary
    assert "gezählt 100,00 €" in summary and "Differenz 0,00 €" in summary
    assert "Nr. 1" in dialog.question.text()
    qtbot.waitUntil(lambda: dialog.focusWidget() is dialog.confirm_button)
    QTest.keyClick(dialog.focusWidget(), Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    with backend.read() as ctx:
        assert cash_sessions.current_session(ctx) is not None
        assert closing.next_z_number(ctx) == 1


def test_z_confirmed_with_enter(qtbot: QtBot, day: DayFixture, backend: Backend) -> None:
    """Enter on the summary writes the Z once and says so as a success."""
    area = day[0]
    _open(qtbot, area)
    area.grid.set_counts({5000: 2})
    area.comment.setFocus()
    QTest.keyClick(area.comment, Qt.Key.Key_Return)  # to the bank amount
    assert area.banked.hasFocus() or area.focusWidget() is area.banked
    QTest.keyClicks(area.banked, "50")
    QTest.keyClick(area.banked, Qt.Key.Key_Return)  # the summary, not the Z yet
    confirm_z(qtbot, area)
    qtbot.waitUntil(lambda: "Z-Bericht Nr. 1" in area.message.text())
    assert "50,00" in area.message.text()  # left in the drawer after 50 € to the bank
    assert area.message.kind is MessageKind.SUCCESS
    assert area.message.text().startswith("✔")
    with backend.read() as ctx:
        assert cash_sessions.current_session(ctx) is None
        assert closing.next_z_number(ctx) == 2


def test_refusal_is_an_error_and_success_is_not(qtbot: QtBot, day: DayFixture) -> None:
    """A refused Z (difference without comment) shows as an error, the opening as success."""
    area = day[0]
    _open(qtbot, area)
    qtbot.waitUntil(lambda: "Kasse geöffnet" in area.message.text())
    assert area.message.kind is MessageKind.SUCCESS
    area.grid.set_counts({5000: 1})
    QTest.keyClick(area.close_button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: "Kommentar" in area.message.text())
    assert area.message.kind is MessageKind.ERROR
    assert area.message.text().startswith("✖")
    assert area.confirm_dialog is None


def test_message_cleared_for_next_user(qtbot: QtBot, day: DayFixture, manager: Actor) -> None:
    """What the last user was told is gone when another user logs in."""
    area, _till, state, _codes = day
    _open(qtbot, area)
    qtbot.waitUntil(lambda: area.message.text() != "")
    state.set_actor(manager)
    assert area.message.text() == ""
    assert area.message.kind is None
