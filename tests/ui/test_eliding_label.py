"""The eliding label shortens only when the row is really too short: measured with the
style sheet's font and padding it gets once polished (in the real window the store's name
was cut to "Upcycling-Kaufhaus..." beside free space)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QStatusBar
from pytestqt.qtbot import QtBot

from app.ui.kit.eliding_label import ElidingLabel
from app.ui.shell.application import style_sheet

STORE = "Upcycling-Kaufhaus Arnsberg"


@pytest.fixture
def styled(qapp: QApplication) -> Iterator[None]:
    qapp.setStyleSheet(style_sheet())  # before the widgets, as the app does
    yield
    qapp.setStyleSheet("")


def _bar(qtbot: QtBot, width: int) -> tuple[QMainWindow, ElidingLabel]:
    window = QMainWindow()
    bar = QStatusBar()
    window.setStatusBar(bar)
    label = ElidingLabel(STORE)
    bar.addPermanentWidget(label)
    bar.addPermanentWidget(QLabel("Station 1"))
    qtbot.addWidget(window)
    window.resize(width, 200)
    window.show()
    qtbot.waitExposed(window)
    bar.layout().activate()
    return window, label


@pytest.mark.usefixtures("styled")
def test_with_room_the_text_is_whole(qtbot: QtBot) -> None:
    _window, label = _bar(qtbot, 900)
    assert not label.is_elided(), label.shown
    assert label.contentsRect().width() >= label.fontMetrics().horizontalAdvance(STORE)


@pytest.mark.usefixtures("styled")
def test_without_room_it_ends_in_an_ellipsis_with_the_full_text_in_the_tooltip(
        qtbot: QtBot) -> None:
    _window, label = _bar(qtbot, 170)
    assert label.is_elided() and label.shown.endswith("…")
    assert label.text() == STORE and label.toolTip() == STORE
