"""Every area, Einstellungen tab and dialog is readable at the counter's screen sizes, in
German and English: no label, button or header text cut off or elided. 1366×768 and
1920×1080 with the full look, 1280×720 with the compact look that "auto" picks there."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import timedelta

import pytest
from PySide6.QtCore import QSize
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from app.db.models import Station, TseOutage
from app.services.cash import sessions as cash_sessions
from app.services.kernel.backend import Backend
from app.services.kernel.context import Actor
from app.ui.closing.closing_area import ClosingArea
from app.ui.settings.settings_view import SettingsView
from app.ui.shell.application import compact_wanted, style_sheet
from app.ui.shell.main_window import Area, MainWindow
from app.ui.shell.session import SessionState
from tests.helpers.clock import Clock
from tests.helpers.keyboard import idle
from tests.helpers.translation import translated
from tests.ui.clipping import clipped_texts
from tests.ui.dialogs import DIALOGS

SIZES = [(1366, 768), (1920, 1080), (1280, 720)]
# The small screens, shown with the compact style sheet (what "auto" chooses for them).
COMPACT_SIZES = {(1280, 720)}
LANGUAGES = ["de", "en"]
# Room a dialog leaves on the screen for its title bar and the desktop's task bar.
WINDOW_FRAME = 32
TASK_BAR = 48
# The Einstellungen tabs by their SettingsView attribute, in tab order.
SETTINGS_TABS = ["user_admin", "catalog", "store_policy", "store_master", "devices",
                 "machine_form"]
# Each case: area and, for Einstellungen, the tab shown.
VIEWS: list[tuple[Area, str | None]] = [
    *[(area, None) for area in Area if area is not Area.SETTINGS],
    *[(Area.SETTINGS, tab) for tab in SETTINGS_TABS],
]


def _size_id(size: tuple[int, int]) -> str:
    return f"{size[0]}x{size[1]}"


def _view_id(view: tuple[Area, str | None]) -> str:
    area, tab = view
    return f"{area}-{tab}" if tab else str(area)


@pytest.fixture(autouse=True)
def _app_style(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[None]:
    """Fonts and sizes as the till shows them: with the shipped style sheet, compact on
    the small screens."""
    callspec = getattr(request.node, "callspec", None)
    size = callspec.params.get("size") if callspec is not None else None
    compact = size in COMPACT_SIZES
    assert size is None or compact == compact_wanted("auto", QSize(*size) - QSize(0, TASK_BAR))
    qapp.setStyleSheet(style_sheet(compact))
    yield
    qapp.setStyleSheet("")


@pytest.fixture(params=LANGUAGES)
def language(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    """The UI language of the case, installed before any widget is built."""
    with translated(qapp, request.param) as translators:
        assert request.param == "de" or translators, "the English translation did not load"
        yield request.param


@pytest.fixture
def translated_window(language: str, window: MainWindow) -> MainWindow:
    """The main window, built after the case's translators are installed."""
    return window


def _settle(qtbot: QtBot, session: SessionState) -> None:
    idle(qtbot, session)
    QApplication.processEvents()
    idle(qtbot, session)
    QApplication.processEvents()


def _show_view(qtbot: QtBot, window: MainWindow, session: SessionState, area: Area,
               tab: str | None) -> None:
    """Switch to the area (and Einstellungen tab) and wait until its data is shown."""
    assert window.show_area(area)
    _settle(qtbot, session)
    view = window.views[area]
    if isinstance(view, ClosingArea):
        qtbot.waitUntil(lambda: view.state is not None)
    if isinstance(view, SettingsView):
        pages = [view.tabs.widget(i) for i in range(view.tabs.count())]
        assert pages == [getattr(view, name) for name in SETTINGS_TABS], (
            "SETTINGS_TABS is out of date with the Einstellungen tabs")
        view.tabs.setCurrentWidget(getattr(view, str(tab)))
    _settle(qtbot, session)


def _fill_screen(window: MainWindow, size: tuple[int, int]) -> None:
    """The window as maximised on a screen of ``size``: its title bar takes a row."""
    width, height = size
    window.resize(width, height - WINDOW_FRAME)


def _not_squeezed(window: MainWindow) -> None:
    """The shown area gets at least the room its layout needs: below that Qt squeezes
    fields into each other (the count fields in Abschluss once overlapped)."""
    view = window.stack.currentWidget()
    need, have = view.minimumSizeHint(), view.size()
    assert have.height() >= need.height() and have.width() >= need.width(), (
        f"{type(view).__name__} needs {need.width()}×{need.height()}, "
        f"has {have.width()}×{have.height()}")


def _report(widget: QWidget) -> str:
    return "\n".join(map(str, clipped_texts(widget)))


@pytest.mark.parametrize("size", SIZES, ids=_size_id)
@pytest.mark.parametrize("till_open", [False, True], ids=["closed", "open"])
@pytest.mark.parametrize("view", VIEWS, ids=_view_id)
def test_area_fits(qtbot: QtBot, translated_window: MainWindow, session: SessionState,
                   backend: Backend, manager: Actor, login_as: Callable[[str], Actor],
                   view: tuple[Area, str | None], till_open: bool,
                   size: tuple[int, int]) -> None:
    """Each area and Einstellungen tab for a manager: every label, button, header fits."""
    if till_open:
        backend.call(manager, cash_sessions.open_session, float_cents=15_000)
    login_as("maria")
    _fill_screen(translated_window, size)
    _show_view(qtbot, translated_window, session, *view)
    _not_squeezed(translated_window)
    assert not clipped_texts(translated_window), _report(translated_window)


@pytest.mark.parametrize("size", SIZES, ids=_size_id)
def test_abschluss_with_a_tse_outage_fits(qtbot: QtBot, translated_window: MainWindow,
                                          session: SessionState, backend: Backend,
                                          manager: Actor, clock: Clock,
                                          login_as: Callable[[str], Actor],
                                          size: tuple[int, int]) -> None:
    """An open till with a TSE outage to report (as in the demo): the outage box takes
    its row, and the counting fields below still keep their height."""
    backend.call(manager, cash_sessions.open_session, float_cents=15_000)
    with backend.db.write() as db:
        station = db.scalars(select(Station)).first()
        assert station is not None
        db.add(TseOutage(station_id=station.id, started_at=clock.now - timedelta(hours=3),
                         ended_at=clock.now - timedelta(hours=2),
                         reason="TSE nicht erreichbar (USB-Verbindung getrennt)"))
    login_as("maria")
    _fill_screen(translated_window, size)
    _show_view(qtbot, translated_window, session, Area.CLOSING, None)
    area = translated_window.views[Area.CLOSING]
    qtbot.waitUntil(lambda: area.outage_box.isVisible())  # type: ignore[attr-defined]
    _settle(qtbot, session)
    _not_squeezed(translated_window)
    assert not clipped_texts(translated_window), _report(translated_window)


# A signed receipt's QR payload is about this long (TSE serial, signature, times).
SIGNED_QR = "V0;KREISLAUF-S01;Kassenbeleg-V1;Beleg^16.00_0.00_0.00_0.00_0.00^16.00:Bar;" + (
    "x" * 300)


@pytest.mark.parametrize("size", SIZES, ids=_size_id)
def test_kasse_with_a_signed_receipt_fits(qtbot: QtBot, translated_window: MainWindow,
                                          session: SessionState, backend: Backend,
                                          manager: Actor, login_as: Callable[[str], Actor],
                                          size: tuple[int, int]) -> None:
    """After a signed sale the preview shows text and QR: the category keys above keep
    their full height (the QR once pushed them into each other)."""
    backend.call(manager, cash_sessions.open_session, float_cents=15_000)
    login_as("kai")
    _fill_screen(translated_window, size)
    _show_view(qtbot, translated_window, session, Area.CHECKOUT, None)
    till = translated_window.views[Area.CHECKOUT]
    till.show_receipt("\n".join(f"Zeile {n}" for n in range(40)), SIGNED_QR)  # type: ignore[attr-defined]
    _settle(qtbot, session)
    assert till.receipt_qr.isVisible()  # type: ignore[attr-defined]
    preview = till.receipt  # type: ignore[attr-defined]
    paper_line = preview.fontMetrics().horizontalAdvance("M" * 42)
    assert preview.viewport().width() >= paper_line, "receipt lines wrap on screen"
    _not_squeezed(translated_window)
    assert not clipped_texts(translated_window), _report(translated_window)


@pytest.mark.parametrize("size", SIZES, ids=_size_id)
@pytest.mark.parametrize("name", DIALOGS)
def test_dialog_fits(qtbot: QtBot, language: str, session: SessionState,
                     login_as: Callable[[str], Actor], name: str,
                     size: tuple[int, int]) -> None:
    """Each dialog as it opens fits on the screen, and every text in it fits."""
    login_as("maria")
    dialog = DIALOGS[name](session)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    _settle(qtbot, session)
    width, height = size
    assert dialog.width() <= width and dialog.height() <= height - WINDOW_FRAME - TASK_BAR, (
        f"{dialog.width()}×{dialog.height()} does not fit on {width}×{height}")
    assert not clipped_texts(dialog), _report(dialog)
    dialog.close()


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
    _settle(qtbot, session)
    area.x_button.setFixedWidth(20)
    QApplication.processEvents()
    assert any("X-Bericht" in p.text for p in clipped_texts(area))
