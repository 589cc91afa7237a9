"""The app's side: a damaged database at start, the daily backup, "Backup jetzt"."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app.config import LocalSettings, Paths
from app.services.kernel.backend import Backend
from app.services.maintenance import backups
from app.services.maintenance import messages as msg
from app.ui.settings.machine_settings_form import MachineSettingsForm
from app.wiring import build, parse_args
from tests.helpers.clock import Clock
from tests.helpers.keyboard import idle, start_and_log_in
from tests.helpers.notifier import RecordingNotifier
from tests.helpers.ui_session import recording_session
from tests.ui.clipping import clipped_texts

COUNTER_SCREEN = (1366, 738)  # 1366×768 less a title bar


@pytest.fixture(autouse=True)
def _drop_log_handlers() -> Iterator[None]:
    """``build`` sends the log to the till's file; detach it after each test."""
    yield
    for handler in list(logging.getLogger().handlers):
        if getattr(handler, "_kreislauf", False):
            logging.getLogger().removeHandler(handler)
            handler.close()


def test_start_with_damaged_database_shows_one_german_message(
        damaged: Path, paths: Paths, qapp: QApplication) -> None:
    """The app does not start; the dialog text is the German sentence, no traceback."""
    notifier = RecordingNotifier()
    assert build(parse_args(["--data-dir", str(paths.data_dir)]), qapp, notifier) is None
    assert notifier.errors == [msg.DAMAGED_NO_BACKUP.format(db=damaged,
                                                            folder=paths.backups_dir)]
    assert "Traceback" not in notifier.errors[0]


def test_daily_backup_runs_after_login(qtbot: QtBot, backend: Backend, paths: Paths,
                                       qapp: QApplication) -> None:
    """After the first login the day's backup is written off the GUI thread; a success
    takes no room in the status bar, which stays whole at 1366 px."""
    notifier = RecordingNotifier()
    till = build(parse_args(["--data-dir", str(paths.data_dir), "--simulated"]), qapp,
                 notifier)
    assert till is not None
    try:
        window = start_and_log_in(qtbot, till, "Maria", "333333")
        qtbot.waitUntil(lambda: bool(backups.station_backups(paths.backups_dir, 1)))
        made = backups.station_backups(paths.backups_dir, 1)[0][1]
        assert made.stat().st_size > 0
        window.resize(*COUNTER_SCREEN)  # the smallest screen the till is made for
        qtbot.waitUntil(lambda: window.width() == COUNTER_SCREEN[0])
        assert window.status.backup_label is None  # a success takes no room
        cut = list(clipped_texts(window.status))
        assert not cut, "\n".join(map(str, cut))
        idle(qtbot, till.session)
        assert notifier.errors == []
    finally:
        till.shutdown()


def test_a_till_running_for_days_backs_up_each_new_day(
        qtbot: QtBot, backend: Backend, paths: Paths, qapp: QApplication,
        monkeypatch: pytest.MonkeyPatch) -> None:
    """The till is not restarted every morning: while it stays logged in, the next Berlin
    day gets its own backup, and the same day none twice."""
    monkeypatch.setattr("app.wiring.BACKUP_CHECK_INTERVAL_MS", 40)
    clock = Clock()
    till = build(parse_args(["--data-dir", str(paths.data_dir), "--simulated"]), qapp,
                 RecordingNotifier())
    assert till is not None
    till.backend.clock = clock
    try:
        start_and_log_in(qtbot, till, "Maria", "333333")
        qtbot.waitUntil(lambda: len(backups.station_backups(paths.backups_dir, 1)) == 1)
        timer = till.backup_timer
        assert timer is not None and timer.isActive()
        ticks = 0

        def count() -> None:
            nonlocal ticks
            ticks += 1
        timer.timeout.connect(count)
        qtbot.waitUntil(lambda: ticks >= 3 and not till.backup_running)
        assert len(backups.station_backups(paths.backups_dir, 1)) == 1  # same day: none more
        clock.advance(days=1)
        qtbot.waitUntil(lambda: len(backups.station_backups(paths.backups_dir, 1)) == 2)
        days = [made.date() for made, _ in backups.station_backups(paths.backups_dir, 1)]
        assert days[1] == days[0] + timedelta(days=1)
        idle(qtbot, till.session)
    finally:
        till.shutdown()
    assert till.backup_timer is not None and not till.backup_timer.isActive()


def test_backup_now_button_shows_the_file(qtbot: QtBot, backend: Backend, paths: Paths,
                                          tmp_path: Path) -> None:
    """"Backup jetzt" writes into the backup folder and says which file."""
    session, notifier = recording_session(backend, tmp_path)
    form = MachineSettingsForm(session)
    qtbot.addWidget(form)
    assert "backup.folder" in form.editors and "backup.keep_days" in form.editors
    form.backup_button.click()
    qtbot.waitUntil(lambda: "Sicherung geschrieben" in form.status_label.text())
    made = backups.newest_backup(paths.backups_dir, 1)
    assert made is not None and str(made) in form.status_label.text()
    assert form.backup_button.isEnabled()
    assert notifier.errors == []


def test_backup_now_button_shows_german_error(qtbot: QtBot, backend: Backend,
                                              tmp_path: Path) -> None:
    """A backup folder that cannot be made is the German sentence on the page."""
    blocker = tmp_path / "kein-ordner"
    blocker.write_text("eine Datei")
    settings = LocalSettings(tmp_path / "s.toml")
    settings.set("backup.folder", str(blocker / "backups"))
    session, _ = recording_session(backend, tmp_path, settings)
    form = MachineSettingsForm(session)
    qtbot.addWidget(form)
    form.backup_button.click()
    qtbot.waitUntil(lambda: form.backup_button.isEnabled()
                    and "Sicherung nach" in form.status_label.text())
    assert "Traceback" not in form.status_label.text()


def test_failed_daily_backup_is_a_warning_in_the_status_bar(
        qtbot: QtBot, backend: Backend, paths: Paths, qapp: QApplication,
        tmp_path: Path) -> None:
    """A backup folder that cannot be written (a USB stick pulled, a file in its place):
    the login still works and the status bar keeps a short warning with the reason."""
    blocked = tmp_path / "usb-stick"
    blocked.write_text("kein Ordner", encoding="utf-8")
    settings = LocalSettings()
    settings.set("backup.folder", str(blocked))
    notifier = RecordingNotifier()
    till = build(parse_args(["--data-dir", str(paths.data_dir), "--simulated"]), qapp,
                 notifier, settings=settings)
    assert till is not None
    try:
        window = start_and_log_in(qtbot, till, "Maria", "333333")
        qtbot.waitUntil(lambda: window.status.backup_label is not None)
        label = window.status.backup_label
        assert label is not None and label.text() == "⚠ Sicherung fehlgeschlagen"
        assert label.toolTip() and "Traceback" not in label.toolTip()
        idle(qtbot, till.session)
        assert notifier.errors == []  # no dialog in the cashier's way
    finally:
        till.shutdown()
