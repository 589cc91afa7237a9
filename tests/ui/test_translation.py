"""German is the source language; the local setting ``language = "en"`` switches to English."""

from __future__ import annotations

import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from xml.etree import ElementTree

import pytest
from PySide6.QtCore import QTranslator
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from app.config import LOCAL_SETTINGS, LocalSettings
from app.resource_files import resource_path
from app.services.kernel.backend import Backend
from app.ui.settings.settings_form import TRANSLATABLE_DESCRIPTIONS
from app.ui.shell.login_dialog import LoginDialog
from app.ui.shell.main_window import Area, MainWindow
from app.ui.shell.session import SessionState
from tests.helpers.actors import actor
from tests.helpers.translation import translated

TRANSLATIONS = resource_path("translations")


@pytest.fixture
def english(qapp: QApplication) -> Iterator[list[QTranslator]]:
    settings = LocalSettings()
    settings.set("language", "en")
    settings.save()
    with translated(qapp, LocalSettings().get("language")) as translators:
        yield translators


def test_german_by_default(qtbot: QtBot, session: SessionState) -> None:
    """Without a language setting the login says „Anmelden“."""
    dialog = LoginDialog(session)
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Anmelden"
    assert dialog.login_button.text() == "Anmelden"


def test_english_labels(qtbot: QtBot, english: list[QTranslator], session: SessionState,
                        backend: Backend) -> None:
    """With language "en" the login and the main window show English labels."""
    assert english, "the English translation did not load"
    dialog = LoginDialog(session)
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Log in"
    assert dialog.pin_edit.placeholderText() == "PIN (4 to 8 digits)"
    session.set_actor(actor(backend, "maria"))
    window = MainWindow(backend, session)
    qtbot.addWidget(window)
    assert window.nav_buttons[Area.INTAKE].text() == "&Intake"
    assert window.nav_buttons[Area.SETTINGS].text() == "&Settings"
    assert window.status.user_label.text() == "Maria Leitung (Manager)"
    form = window.views[Area.SETTINGS].machine_form  # type: ignore[attr-defined]
    assert any(lbl.text() == "User interface language:" for lbl in form.findChildren(QLabel))
    devices = window.views[Area.SETTINGS].devices  # type: ignore[attr-defined]
    assert devices.editors["printer.kind"].currentText() == "simulated (no device)"
    window.status.timer.stop()


def test_every_setting_description_is_translatable() -> None:
    """The lupdate marks list exactly the descriptions declared in app.config."""
    declared = {d.description for d in LOCAL_SETTINGS}
    missing = declared - set(TRANSLATABLE_DESCRIPTIONS)
    assert not missing, (
        f"New machine settings {sorted(missing)}: add them to TRANSLATABLE_DESCRIPTIONS in "
        "app/ui/settings/settings_form.py, then run `make translations` and fill in "
        "the English text in resources/translations/kreislauf_en.ts.")
    assert set(TRANSLATABLE_DESCRIPTIONS) <= declared


SHELL_CONTEXTS = ("LoginDialog", "MainWindow", "TillStatusBar", "SettingsView", "Roles",
                  "UserAdminPanel", "MachineSettingsForm", "Notifier", "LocalSettings",
                  "SettingsFields")


def test_shell_strings_are_translated() -> None:
    """Every string of the window shell has a finished English translation."""
    root = ElementTree.parse(TRANSLATIONS / "kreislauf_en.ts").getroot()
    contexts = {c.findtext("name"): c for c in root.iter("context")}
    assert set(SHELL_CONTEXTS) <= set(contexts)
    for name in SHELL_CONTEXTS:
        for message in contexts[name].iter("message"):
            translation = message.find("translation")
            assert translation is not None and translation.text, message.findtext("source")
            assert translation.get("type") is None, message.findtext("source")


def _lrelease() -> str | None:
    beside_python = Path(sys.executable).with_name("pyside6-lrelease")
    return str(beside_python) if beside_python.exists() else shutil.which("pyside6-lrelease")


@pytest.mark.skipif(_lrelease() is None, reason="pyside6-lrelease is not installed")
def test_compiled_translation_is_current(tmp_path: Path) -> None:
    """The shipped .qm is what lrelease makes of the .ts (run `make translations`)."""
    lrelease = _lrelease()
    assert lrelease is not None
    out = tmp_path / "kreislauf_en.qm"
    subprocess.run([lrelease, "-silent", str(TRANSLATIONS / "kreislauf_en.ts"), "-qm", str(out)],
                   check=True, timeout=60)
    assert out.read_bytes() == (TRANSLATIONS / "kreislauf_en.qm").read_bytes()
