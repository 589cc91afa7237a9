"""The main till buttons are big enough to hit at the counter: at least 48 px high at
1366×768 with the shipped style sheet, and at 1280×720 with the compact one."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtWidgets import QApplication, QPushButton
from pytestqt.qtbot import QtBot

from app.services.kernel.context import Actor
from app.ui.checkout.checkout_view import CheckoutView
from app.ui.shell.application import style_sheet
from app.ui.shell.main_window import Area, MainWindow
from app.ui.shell.session import SessionState
from tests.helpers.keyboard import idle

MIN_HEIGHT = 48  # pixels (issue #15: main till buttons at least 48 px high)
WINDOW_FRAME = 32


# Each look with the screen it is meant for.
LOOKS = {"full": (False, (1366, 768)), "compact": (True, (1280, 720))}


@pytest.fixture(params=list(LOOKS))
def look(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[tuple[int, int]]:
    """The style sheet of the case on the app; yields the screen size it is for."""
    compact, size = LOOKS[request.param]
    qapp.setStyleSheet(style_sheet(compact))
    yield size
    qapp.setStyleSheet("")


def low_buttons(buttons: list[QPushButton]) -> list[str]:
    """The buttons lower than ``MIN_HEIGHT``, with their height."""
    return [f"{b.text()!r}: {b.height()} px" for b in buttons if b.height() < MIN_HEIGHT]


def test_pay_category_and_action_buttons_are_48_px_high(
        qtbot: QtBot, window: MainWindow, session: SessionState,
        login_as: Callable[[str], Actor], open_till: None, look: tuple[int, int]) -> None:
    """Bezahlen, every category key and every action button of the Kasse: ≥ 48 px, in
    the full and in the compact look."""
    login_as("kai")
    window.resize(look[0], look[1] - WINDOW_FRAME)
    assert window.show_area(Area.CHECKOUT)
    idle(qtbot, session)
    QApplication.processEvents()
    till = window.views[Area.CHECKOUT]
    assert isinstance(till, CheckoutView)
    qtbot.waitUntil(lambda: bool(till.keys.buttons))
    QApplication.processEvents()
    buttons = [*till.buttons.values(), *till.keys.buttons.values()]
    assert all(b.isVisible() for b in buttons)
    assert low_buttons(buttons) == []


def test_the_check_sees_a_low_button(qtbot: QtBot, window: MainWindow,
                                     session: SessionState,
                                     login_as: Callable[[str], Actor],
                                     look: tuple[int, int]) -> None:
    """The check itself fails on a till button squeezed below 48 px."""
    login_as("kai")
    window.resize(1366, 768 - WINDOW_FRAME)
    assert window.show_area(Area.CHECKOUT)
    idle(qtbot, session)
    till = window.views[Area.CHECKOUT]
    assert isinstance(till, CheckoutView)
    till.buttons["pay"].setFixedHeight(40)
    QApplication.processEvents()
    assert low_buttons([till.buttons["pay"]]) == ["'Bezahlen\\nF12': 40 px"]
