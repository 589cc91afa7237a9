"""The app as ``python -m app`` builds it: start, login by keyboard, every area."""

from __future__ import annotations

import json
import logging
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app import messages
from app.config import LocalSettings, Paths
from app.services.kernel.backend import Backend
from app.ui.shell.main_window import Area
from app.wiring import Till, build, parse_args
from tests.helpers.keyboard import idle, press, start_and_log_in
from tests.helpers.notifier import RecordingNotifier

CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def till(backend: Backend, paths: Paths, qapp: QApplication,
         notifier: RecordingNotifier) -> Iterator[Till]:
    built = build(parse_args(["--data-dir", str(paths.data_dir), "--simulated"]), qapp,
                  notifier)
    assert built is not None
    yield built
    built.shutdown()
    for handler in list(logging.getLogger().handlers):
        if getattr(handler, "_kreislauf", False):
            logging.getLogger().removeHandler(handler)
            handler.close()


def test_missing_till_says_run_init(tmp_path: Path, qapp: QApplication,
                                    notifier: RecordingNotifier) -> None:
    """With --bench-startup (no one to answer the first-run wizard) an empty data
    directory ends with the German hint to run `kreislauf init`."""
    empty = tmp_path / "leer"
    assert build(parse_args(["--data-dir", str(empty), "--bench-startup"]), qapp,
                 notifier) is None
    assert notifier.errors == [messages.NOT_INITIALISED.format(path=empty.resolve())]
    assert "kreislauf init" in notifier.errors[0]


def test_keyboard_login_reaches_every_area(qtbot: QtBot, till: Till) -> None:
    """Login by keyboard only, then Ctrl+1..4 and Alt mnemonics reach each area."""
    window = start_and_log_in(qtbot, till, "Maria", "333333")
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    for area, key in ((Area.INTAKE, Qt.Key.Key_1), (Area.CHECKOUT, Qt.Key.Key_2),
                      (Area.CLOSING, Qt.Key.Key_3), (Area.SETTINGS, Qt.Key.Key_4)):
        press(qtbot, key, CTRL)
        assert window.current_area() is area
    # Alt + the underlined letter works too (the button clicks after a short animation).
    press(qtbot, Qt.Key.Key_K, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: window.current_area() is Area.CHECKOUT)
    press(qtbot, Qt.Key.Key_A, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: window.current_area() is Area.INTAKE)
    idle(qtbot, till.session)
    assert window.status.user_label.text() == "Maria Leitung (Leitung)"
    assert window.status.sync_label.text().startswith("offline · ")
    assert till.session.notifier.errors == []  # type: ignore[attr-defined]


def test_python_m_app_starts_to_a_usable_login(backend: Backend, paths: Paths,
                                               tmp_path: Path) -> None:
    """`python -m app --bench-startup` opens the real login on a till and exits cleanly."""
    backend.close()
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen",
           "KREISLAUF_CONFIG": str(tmp_path / "settings.toml")}
    done = subprocess.run([sys.executable, "-m", "app", "--data-dir", str(paths.data_dir),
                           "--simulated", "--bench-startup"], capture_output=True, text=True,
                          env=env, timeout=60, check=False)
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout.strip().splitlines()[-1])
    assert 0 < report["peak_rss_mb"] < 400
    assert "Traceback" not in done.stderr


def test_the_printer_asks_through_the_window(qtbot: QtBot, till: Till) -> None:
    """After login the till's devices ask their retry question in the main window."""
    from app.ui.kit.operator_prompt import QtOperatorPrompt

    start_and_log_in(qtbot, till, "Kai", "2222")
    devices = till.session.devices
    assert devices is not None
    assert isinstance(devices.prompt, QtOperatorPrompt)
    assert devices.prompt.window is till.window
    idle(qtbot, till.session)


@pytest.mark.parametrize("choice", ["on", "off"])
def test_start_applies_the_chosen_look(backend: Backend, paths: Paths, qapp: QApplication,
                                       notifier: RecordingNotifier, choice: str) -> None:
    """The compact look saved in Einstellungen is the look of the next start."""
    settings = LocalSettings()
    settings.set("display.compact", choice)
    settings.save()
    try:
        built = build(parse_args(["--data-dir", str(paths.data_dir), "--simulated"]), qapp,
                      notifier)
        assert built is not None
        try:
            assert ("Compact mode for small screens" in qapp.styleSheet()) is (choice == "on")
            assert qapp.property("compactLook") is (choice == "on")
        finally:
            built.shutdown()
    finally:
        qapp.setStyleSheet("")
        for handler in list(logging.getLogger().handlers):
            if getattr(handler, "_kreislauf", False):
                logging.getLogger().removeHandler(handler)
                handler.close()
