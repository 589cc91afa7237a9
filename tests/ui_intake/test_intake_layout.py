"""Annahme is readable at the counter's screen sizes: the list gets the height, the
description column stays readable, nothing in the window is cut (German and English)."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app.services.intake import intake
from app.services.kernel.backend import Backend
from app.services.kernel.context import Actor
from app.ui.intake.intake_area import IntakeArea
from app.ui.intake.item_table import MIN_DESCRIPTION_WIDTH
from app.ui.shell.application import style_sheet
from app.ui.shell.main_window import Area, MainWindow
from app.ui.shell.session import SessionState
from tests.helpers.keyboard import idle, press
from tests.ui.clipping import clipped_texts

SIZES = [(1280, 720), (1366, 768), (1920, 1080)]


@pytest.fixture(autouse=True)
def _app_style(qapp: QApplication) -> Iterator[None]:
    qapp.setStyleSheet(style_sheet())
    yield
    qapp.setStyleSheet("")


def _stock(backend: Backend, volunteer: Actor, n: int = 30) -> None:
    backend.call(volunteer, intake.take_in, intake.IntakeInput(
        category="Möbel", description="Kommode Eiche massiv, drei Schubladen, Messinggriffe",
        quantity=n, location="Regal 4"))


def _shown(qtbot: QtBot, window: MainWindow, session: SessionState,
           size: tuple[int, int]) -> IntakeArea:
    window.resize(*size)
    window.show_area(Area.INTAKE)
    area = window.views[Area.INTAKE]
    assert isinstance(area, IntakeArea)
    qtbot.waitUntil(lambda: area.table.table.rowCount() > 0)
    idle(qtbot, session)
    QApplication.processEvents()
    if os.environ.get("KREISLAUF_SCREENSHOTS"):
        window.grab().save(str(Path(os.environ["KREISLAUF_SCREENSHOTS"])
                               / f"intake-{size[0]}x{size[1]}.png"))
    return area


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_intake_window_fits(qtbot: QtBot, window: MainWindow, session: SessionState,
                            backend: Backend, volunteer: Actor,
                            login_as: Callable[[str], Actor], size: tuple[int, int]) -> None:
    """Annahme in the whole window: no text cut (status bar's "Benutzer wechseln" too),
    the list is most of the area's height, the description column readable."""
    _stock(backend, volunteer)
    login_as("vera")
    area = _shown(qtbot, window, session, size)
    problems = clipped_texts(window)
    assert not problems, "\n".join(map(str, problems))
    assert window.width() == size[0]
    table = area.table.table
    assert table.height() > area.upper.height()
    rows = table.viewport().height() // table.verticalHeader().defaultSectionSize()
    assert rows >= (8 if size[1] < 1000 else 18)
    assert table.columnWidth(1) >= MIN_DESCRIPTION_WIDTH


def test_folding_the_form_gives_the_list_the_height(
        qtbot: QtBot, window: MainWindow, session: SessionState, backend: Backend,
        volunteer: Actor, login_as: Callable[[str], Actor]) -> None:
    """Ctrl+E in the form folds it away: the list grows and has the keyboard; Ctrl+E again
    brings the form back with the focus in the category."""
    _stock(backend, volunteer)
    login_as("vera")
    area = _shown(qtbot, window, session, (1366, 768))
    qtbot.waitUntil(lambda: QApplication.focusWidget() is area.form.category)
    before = area.table.table.height()
    press(qtbot, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not area.upper.isVisible())
    QApplication.processEvents()
    assert area.table.table.height() > before + 100
    assert QApplication.focusWidget() is area.table.table
    assert "ausklappen" in area.collapse_button.text()
    assert not clipped_texts(window)
    press(qtbot, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(area.upper.isVisible)
    assert QApplication.focusWidget() is area.form.category
