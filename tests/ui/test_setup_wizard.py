"""The first-run wizard: filled by keyboard it creates the till; bad answers stay on
their page with a German message; cancelling leaves no database behind."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget, QWizard
from pytestqt.qtbot import QtBot

from app import messages as app_msg
from app.config import LocalSettings, Paths
from app.services.fiscal import master_data
from app.services.fiscal import messages as fiscal_msg
from app.services.kernel.backend import open_backend
from app.services.kernel.context import SYSTEM
from app.services.onboarding import messages as msg
from app.ui.kit.error_triage import ErrorReporter
from app.ui.kit.operations import Jobs
from app.ui.onboarding.setup_wizard import SetupWizard
from app.ui.shell.application import style_sheet
from app.wiring import FirstRun, Till, build, parse_args, wizard_devices
from tests.hardware.pty_devices import PtyPort
from tests.helpers.clock import Clock
from tests.helpers.keyboard import keyboard_login, press, type_text
from tests.helpers.notifier import RecordingNotifier
from tests.helpers.translation import translated
from tests.ui.clipping import clipped_texts
from tests.ui.mnemonics import shared_mnemonics

ALT = Qt.KeyboardModifier.AltModifier
# Room on a 1366x768 screen for the title bar and the task bar (as test_layout_fits).
WINDOW_FRAME = 32
TASK_BAR = 48
ANIMATED_CLICK_MS = 250  # QAbstractButton::animateClick holds the button down 100 ms
STORE = ["Kreislauf Kaufhaus", "Hauptstraße 5", "10115", "Berlin", "12/345/67890", ""]


class Confirm:
    """Answers the wizard's "really cancel?" question and records it."""

    def __init__(self, answer: bool) -> None:
        self.answer = answer
        self.asked: list[str] = []

    def __call__(self, parent: QWidget, text: str) -> bool:
        self.asked.append(text)
        return self.answer


@pytest.fixture
def jobs(notifier: RecordingNotifier) -> Iterator[Jobs]:
    made = Jobs(ErrorReporter(notifier, "kreislauf.log"))
    yield made
    made.wait_for_done()


def _wizard(qtbot: QtBot, paths: Paths, jobs: Jobs, clock: Clock,
            confirm: Confirm | None = None) -> SetupWizard:
    paths.ensure()
    wizard = SetupWizard(paths, LocalSettings(), jobs, wizard_devices(paths), clock=clock,
                         confirm=confirm or Confirm(True))
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitExposed(wizard)
    wizard.activateWindow()
    qtbot.waitUntil(lambda: isinstance(QApplication.focusWidget(), QWidget))
    return wizard


def _fill(qtbot: QtBot, values: list[str]) -> None:
    """Type each value into the focused field, Tab to the next."""
    for value in values:
        if value:
            type_text(value)
        press(qtbot, Qt.Key.Key_Tab)


def _alt(qtbot: QtBot, key: Qt.Key) -> None:
    """Alt+letter; Qt clicks the button animated, so wait until the click is done."""
    press(qtbot, key, ALT)
    qtbot.wait(ANIMATED_CLICK_MS)


def _next(qtbot: QtBot) -> None:
    _alt(qtbot, Qt.Key.Key_W)


def _error(wizard: SetupWizard, key: str) -> str:
    page = wizard.currentPage()
    return page.errors[key].text()  # type: ignore[attr-defined, no-any-return]


def _walk(qtbot: QtBot, wizard: SetupWizard, jobs: Jobs) -> None:
    """Fill every page by keyboard (station 7, admin ruth/482916, simulated scanner),
    try Testdruck and Testscan, then press Alt+E (Einrichten)."""
    assert QApplication.focusWidget() is wizard.store.name
    _fill(qtbot, STORE)
    _next(qtbot)
    assert wizard.currentPage() is wizard.station
    wizard.station.station.setFocus()
    wizard.station.station.selectAll()
    type_text("7")
    press(qtbot, Qt.Key.Key_Return)
    assert wizard.currentPage() is wizard.admin
    wizard.admin.admin_name.setFocus()
    _fill(qtbot, ["Ruth", "482916", "482916"])
    _next(qtbot)
    assert wizard.currentPage() is wizard.devices
    wizard.devices.scanner_kind.setFocus()
    press(qtbot, Qt.Key.Key_End)  # "simuliert"
    _alt(qtbot, Qt.Key.Key_D)  # Testdruck on the simulated printer
    qtbot.waitUntil(lambda: not jobs.busy)
    assert wizard.devices.print_result.text() not in ("", "Testdruck läuft …")
    _alt(qtbot, Qt.Key.Key_T)  # Testscan: focus to the scan field
    qtbot.waitUntil(lambda: QApplication.focusWidget() is wizard.devices.scan_field)
    type_text("4006381333931")
    press(qtbot, Qt.Key.Key_Return)
    assert "4006381333931" in wizard.devices.scan_result.text()
    _next(qtbot)
    assert wizard.currentPage() is wizard.tse
    _next(qtbot)
    assert wizard.currentPage() is wizard.sync
    _next(qtbot)
    assert wizard.currentPage() is wizard.summary
    assert "Kreislauf Kaufhaus" in wizard.summary.summary.text()
    _alt(qtbot, Qt.Key.Key_E)  # Einrichten


def test_keyboard_filled_wizard_creates_the_till(qtbot: QtBot, paths: Paths, jobs: Jobs,
                                                 clock: Clock) -> None:
    """Typed master data, station, admin (can log in), devices and TSE are stored."""
    wizard = _wizard(qtbot, paths, jobs, clock)
    with qtbot.waitSignal(wizard.created, timeout=20000) as created:
        _walk(qtbot, wizard, jobs)
    assert created.args == ["ruth"]
    backend = open_backend(paths, clock=clock)
    try:
        data = backend.query(SYSTEM, master_data.current)
        assert (data.name, data.street, data.postcode, data.city, data.tax_number) == (
            "Kreislauf Kaufhaus", "Hauptstraße 5", "10115", "Berlin", "12/345/67890")
        assert backend.station is not None and backend.station.number == 7
        outcome = backend.login("ruth", "482916")
        assert outcome.actor is not None and not outcome.must_change_pin
    finally:
        backend.close()
    saved = LocalSettings()
    assert saved.get("printer.kind") == "simulated"
    assert saved.get("scanner.kind") == "simulated"
    assert saved.get("tse.kind") == "software"
    assert not (paths.data_dir / ".einrichtung").exists()


@pytest.mark.parametrize(("page", "values", "key", "message"), [
    ("store", ["", *STORE[1:]], "name", msg.NAME_REQUIRED),
    ("store", [*STORE[:2], "1011", *STORE[3:]], "postcode",
     fiscal_msg.POSTCODE_DE.format(value="1011")),
    ("store", [*STORE[:4], "12345", ""], "tax_number",
     fiscal_msg.TAX_NUMBER_FORMAT.format(value="12345")),
    ("station", ["0"], "station", app_msg.STATION_RANGE.format(value="0")),
    ("admin", ["ruth", "482916", "482917"], "pin_repeat", msg.PINS_DIFFER),
])
def test_bad_answer_stays_with_german_message(qtbot: QtBot, paths: Paths, jobs: Jobs,
                                              clock: Clock, page: str, values: list[str],
                                              key: str, message: str) -> None:
    """Alt+W on a wrong answer keeps the page and shows the message under the field."""
    wizard = _wizard(qtbot, paths, jobs, clock)
    if page != "store":
        _fill(qtbot, STORE)
        _next(qtbot)
    if page == "admin":
        _next(qtbot)
    target = getattr(wizard, page)
    assert wizard.currentPage() is target
    first = {"store": wizard.store.name, "station": wizard.station.station,
             "admin": wizard.admin.admin_name}[page]
    first.setFocus()
    first.selectAll()
    _fill(qtbot, values)
    _next(qtbot)
    assert wizard.currentPage() is target
    assert _error(wizard, key) == message
    assert target.errors[key].isVisible()


def test_escape_asks_and_leaves_no_database(qtbot: QtBot, paths: Paths, jobs: Jobs,
                                            clock: Clock) -> None:
    """Escape asks first; "no" keeps the wizard, "yes" closes it and nothing is on disk."""
    confirm = Confirm(False)
    wizard = _wizard(qtbot, paths, jobs, clock, confirm)
    _fill(qtbot, STORE)
    _next(qtbot)
    press(qtbot, Qt.Key.Key_Escape)
    assert confirm.asked and wizard.isVisible()
    confirm.answer = True
    press(qtbot, Qt.Key.Key_Escape)
    assert not wizard.isVisible()
    assert not paths.db_file.exists()
    assert list(paths.data_dir.glob("*.sqlite3*")) == []


@pytest.mark.parametrize("language", ["de", "en"])
@pytest.mark.parametrize("page", range(7))
def test_wizard_page_fits_1366x768_with_distinct_mnemonics(
        qtbot: QtBot, qapp: QApplication, paths: Paths, jobs: Jobs, clock: Clock,
        page: int, language: str) -> None:
    """Each page, in German and English and with the messages of empty answers shown, is
    readable on the counter's small screen with the shipped style sheet: nothing cut
    off, and no Alt+letter claimed twice."""
    qapp.setStyleSheet(style_sheet())
    try:
        with translated(qapp, language):
            wizard = _wizard(qtbot, paths, jobs, clock)
            wizard.setStartId(page)  # each page shown directly; going on is tested above
            wizard.restart()
            wizard.currentPage().validatePage()  # empty answers: every message shown
            qtbot.wait(10)
            assert wizard.currentId() == page
            if language == "en":
                assert wizard.button(QWizard.WizardButton.NextButton).text() == "&Next >"
            assert clipped_texts(wizard) == []
            assert wizard.height() <= 768 - WINDOW_FRAME - TASK_BAR
            assert shared_mnemonics(wizard) == {}
    finally:
        qapp.setStyleSheet("")


def test_start_without_database_opens_the_wizard(qtbot: QtBot, tmp_path: Path,
                                                 qapp: QApplication,
                                                 notifier: RecordingNotifier) -> None:
    """``python -m app`` on an empty data directory opens the wizard, not an error; once
    it is done the login opens and the new admin logs in with the typed PIN."""
    empty = tmp_path / "leer"
    built = build(parse_args(["--data-dir", str(empty)]), qapp, notifier)
    try:
        assert isinstance(built, FirstRun)
        assert not isinstance(built, Till)
        assert notifier.errors == []
        built.start()
        assert built.wizard.isVisible()
        assert not (empty / "kreislauf.sqlite3").exists()
        qtbot.waitExposed(built.wizard)
        built.wizard.activateWindow()
        qtbot.waitUntil(lambda: QApplication.focusWidget() is built.wizard.store.name)
        _walk(qtbot, built.wizard, built.jobs)
        qtbot.waitUntil(lambda: built.till is not None, timeout=20000)
        till = built.till
        assert till is not None and not built.wizard.isVisible()
        qtbot.waitExposed(till.login)
        till.login.activateWindow()
        keyboard_login(qtbot, till.login, till.session, "ruth", "482916")
        qtbot.waitUntil(lambda: till.window is not None)
    finally:
        if built is not None:
            built.shutdown()
        for handler in list(logging.getLogger().handlers):
            if getattr(handler, "_kreislauf", False):
                logging.getLogger().removeHandler(handler)
                handler.close()


def test_testscan_waits_for_one_code_from_the_serial_scanner(
        qtbot: QtBot, tmp_path: Path, paths: Paths, jobs: Jobs, clock: Clock) -> None:
    """With a serial scanner and its port typed in, Alt+T waits for a scan on that port
    and shows the code that arrived."""
    port = PtyPort(tmp_path / "scanner")
    try:
        wizard = _wizard(qtbot, paths, jobs, clock)
        wizard.setStartId(3)
        wizard.restart()
        assert wizard.currentPage() is wizard.devices
        wizard.devices.scanner_kind.setFocus()
        press(qtbot, Qt.Key.Key_Down)  # "serieller Scanner"
        assert wizard.devices.scanner_kind.currentData() == "serial"
        wizard.devices.scanner_url.setFocus()
        type_text(str(tmp_path / "scanner"))
        _alt(qtbot, Qt.Key.Key_T)
        assert wizard._serial is not None
        qtbot.waitUntil(lambda: getattr(wizard._serial, "connected", False), timeout=3000)
        port.write(b"4006381333931\r")
        qtbot.waitUntil(lambda: "4006381333931" in wizard.devices.scan_result.text(),
                        timeout=3000)
        wizard._stop_serial()
    finally:
        port.close()


def test_failed_setup_says_why_and_keeps_the_answers(qtbot: QtBot, paths: Paths,
                                                     jobs: Jobs, clock: Clock) -> None:
    """When the till cannot be created the summary shows the German reason, the wizard
    stays open with "Einrichten" enabled again, and the existing file is untouched."""
    wizard = _wizard(qtbot, paths, jobs, clock)
    paths.db_file.write_bytes(b"")  # another start created a till meanwhile
    _walk(qtbot, wizard, jobs)
    qtbot.waitUntil(lambda: not jobs.busy, timeout=20000)
    assert wizard.summary.result.text() == msg.ALREADY_SET_UP.format(path=paths.data_dir)
    assert wizard.isVisible()
    assert wizard.button(QWizard.WizardButton.FinishButton).isEnabled()
    assert paths.db_file.read_bytes() == b""
    assert wizard.store.name.text() == STORE[0]
