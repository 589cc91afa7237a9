"""The Geräte tab: Testdruck (simulated and on a pty), simulated status, wedge scan test."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QComboBox, QLineEdit, QSpinBox, QWidget
from pytestqt.qtbot import QtBot

from app.config import LocalSettings
from app.device_setup import DeviceHub
from app.hardware.check_page import GERMAN_LINE
from app.hardware.escpos_printer import EscposPrinter
from app.hardware.simulated_printer import SimulatedPrinter
from app.services.kernel.backend import Backend
from app.ui.settings.device_settings import DeviceSettingsPanel
from app.ui.shell.session import SessionState
from tests.hardware.escpos_tokens import parse
from tests.hardware.pty_devices import FakePrinter
from tests.helpers.actors import actor
from tests.helpers.keyboard import burst, idle
from tests.helpers.ui_session import recording_session


def make_panel(qtbot: QtBot, session: SessionState) -> DeviceSettingsPanel:
    panel = DeviceSettingsPanel(session)
    qtbot.addWidget(panel)
    panel.resize(900, 700)
    panel.show()
    qtbot.waitExposed(panel)
    panel.activateWindow()
    return panel


def choose(combo: QWidget, value: str) -> None:
    assert isinstance(combo, QComboBox)
    combo.setCurrentIndex(combo.findData(value))


@pytest.fixture
def sim_session(session: SessionState, backend: Backend, tmp_path: Path) -> SessionState:
    session.set_actor(actor(backend, "maria"))
    session.attach_devices(DeviceHub(session.settings, tmp_path / "receipts", True))
    return session


def test_simulated_testdruck_and_status_switch(qtbot: QtBot, sim_session: SessionState) -> None:
    """Testdruck reports ready; switched to paper out, it reports the German problem."""
    panel = make_panel(qtbot, sim_session)
    panel.test_button.click()
    qtbot.waitUntil(lambda: "bereit" in panel.test_result.text())
    assert sim_session.devices is not None
    printer = sim_session.devices.printer
    assert isinstance(printer, SimulatedPrinter) and GERMAN_LINE in printer.last_text
    panel.simulated_status.setCurrentIndex(panel.simulated_status.findData("paper_out"))
    assert printer.status().value == "paper_out"
    panel.test_button.click()
    qtbot.waitUntil(lambda: "kein Papier mehr" in panel.test_result.text())
    idle(qtbot, sim_session)


@pytest.fixture
def fake_printer_pty(tmp_path: Path) -> Iterator[FakePrinter]:
    printer = FakePrinter(tmp_path / "printer")
    yield printer
    printer.close()


@pytest.fixture
def real_session(backend: Backend, tmp_path: Path) -> Iterator[SessionState]:
    state, _ = recording_session(backend, tmp_path, LocalSettings(tmp_path / "settings.toml"))
    ops = state.ops
    state.attach_devices(DeviceHub(state.settings, tmp_path / "receipts", False))
    state.set_actor(actor(backend, "maria"))
    yield state
    ops.wait_for_done()


def test_testdruck_on_a_pty_uses_the_form_values(qtbot: QtBot, real_session: SessionState,
                                                 fake_printer_pty: FakePrinter) -> None:
    """ESC/POS with the typed port and CP1252 on table 16, before saving; silent = German."""
    panel = make_panel(qtbot, real_session)
    choose(panel.editors["printer.kind"], "escpos")
    url = panel.editors["printer.url"]
    assert isinstance(url, QLineEdit)
    url.setText(str(fake_printer_pty.path))
    choose(panel.editors["printer.codepage"], "CP1252")
    table = panel.editors["printer.codepage_table"]
    assert isinstance(table, QSpinBox)
    table.setValue(16)
    panel.test_button.click()
    qtbot.waitUntil(lambda: "bereit" in panel.test_result.text(), timeout=5000)
    parsed = parse(fake_printer_pty.wait_for(b"\x1dV"), "cp1252")
    assert parsed.args("ESC t") == [b"\x10"] and GERMAN_LINE in parsed.text
    fake_printer_pty.silent()
    panel.test_button.click()
    qtbot.waitUntil(lambda: "unbekannt" in panel.test_result.text(), timeout=5000)
    assert not LocalSettings(real_session.settings.path).path.exists()  # nothing saved


def test_wedge_scan_test_explains_the_decision(qtbot: QtBot, sim_session: SessionState) -> None:
    """A fast burst counts as a scan with the reason; a longer minimum turns it into typing."""
    panel = make_panel(qtbot, sim_session)
    panel.scan_test.setFocus()
    qtbot.waitUntil(panel.scan_test.hasFocus)
    burst(panel, "2001000000180")
    assert "Als Scan erkannt: „2001000000180“" in panel.scan_result.text()
    assert "Abschluss-Taste" in panel.scan_result.text()
    minimum = panel.editors["scanner.min_length"]
    assert isinstance(minimum, QSpinBox)
    minimum.setValue(20)
    panel.scan_test.setFocus()
    burst(panel, "2001000000180")
    qtbot.waitUntil(lambda: "Kein Scan" in panel.scan_result.text())
    assert "zu kurz" in panel.scan_result.text()


def test_saving_changes_the_checkout_wedge(qtbot: QtBot, sim_session: SessionState) -> None:
    """Saved wedge values land in the settings file; the Kasse builds its filter from them."""
    from app.ui.checkout.checkout_area import CheckoutArea

    panel = make_panel(qtbot, sim_session)
    gap = panel.editors["scanner.max_gap_ms"]
    prefix = panel.editors["scanner.prefix"]
    assert isinstance(gap, QSpinBox) and isinstance(prefix, QLineEdit)
    gap.setValue(45)
    prefix.setText("]E0")
    choose(panel.editors["scanner.terminator"], "tab")
    panel.save_button.click()
    saved = LocalSettings(sim_session.settings.path)
    assert saved.get("scanner.max_gap_ms") == 45 and saved.get("scanner.prefix") == "]E0"
    assert sim_session.devices is not None
    area = CheckoutArea(panel.session.ops.backend, sim_session, sim_session.devices)
    qtbot.addWidget(area)
    config = area.scanner.config
    assert (config.max_gap_ms, config.prefix, config.terminator) == (45, "]E0", "tab")
    idle(qtbot, sim_session)


def test_saved_printer_applies_to_the_running_till(qtbot: QtBot, real_session: SessionState,
                                                  fake_printer_pty: FakePrinter,
                                                  tmp_path: Path) -> None:
    """Saving ESC/POS with a port swaps the till's printer at once; layout values follow."""
    real_session.attach_devices(DeviceHub(real_session.settings, tmp_path / "r", False))
    devices = real_session.devices
    assert devices is not None
    assert isinstance(devices.printer, SimulatedPrinter)
    panel = make_panel(qtbot, real_session)
    choose(panel.editors["printer.kind"], "escpos")
    url = panel.editors["printer.url"]
    assert isinstance(url, QLineEdit)
    url.setText(str(fake_printer_pty.path))
    choose(panel.editors["printer.cut"], "partial")
    panel.save_button.click()
    idle(qtbot, real_session)  # the swap runs off the GUI thread (it waits for a print)
    assert isinstance(devices.printer, EscposPrinter)
    assert devices.printer.port.url == str(fake_printer_pty.path) and devices.cut == "partial"
    assert "ab sofort" in panel.status_label.text()
    assert devices.printer.status().value == "ok"
    devices.printer.close()


def test_typed_wedge_minimum_applies_to_the_scan_test(qtbot: QtBot,
                                                      sim_session: SessionState) -> None:
    """Typing a longer minimum into the focused editor changes the scan test before saving."""
    panel = make_panel(qtbot, sim_session)
    minimum = panel.editors["scanner.min_length"]
    assert isinstance(minimum, QSpinBox)
    minimum.setFocus()
    qtbot.waitUntil(minimum.hasFocus)
    focused = QApplication.focusWidget()
    assert focused is not None
    QTest.keyClick(focused, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClicks(focused, "20")
    # Two quick digits look like the start of a scan: the wedge hands them on after its pause.
    qtbot.waitUntil(lambda: minimum.value() == 20)
    assert panel.wedge.config.min_length == 20
    panel.scan_test.setFocus()
    qtbot.waitUntil(panel.scan_test.hasFocus)
    burst(panel, "2001000000180")
    qtbot.waitUntil(lambda: "Kein Scan" in panel.scan_result.text())
    assert LocalSettings(sim_session.settings.path).get("scanner.min_length") == 8  # unsaved


def test_printer_and_scanner_settings_appear_once(qtbot: QtBot,
                                                 sim_session: SessionState) -> None:
    """Every printer and scanner setting is on the Geräte page and none on Dieser Rechner."""
    from app.config import LOCAL_SETTINGS
    from app.ui.settings.machine_settings_form import MachineSettingsForm

    panel = make_panel(qtbot, sim_session)
    machine = MachineSettingsForm(sim_session)
    qtbot.addWidget(machine)
    device_keys = {d.key for d in LOCAL_SETTINGS if d.key.split(".")[0] in ("printer", "scanner")}
    assert set(panel.editors) == device_keys
    assert not device_keys & set(machine.editors)
    assert set(panel.editors) | set(machine.editors) == {d.key for d in LOCAL_SETTINGS}


def test_saving_during_a_print_swaps_the_printer_after_it(
        qtbot: QtBot, real_session: SessionState, fake_printer_pty: FakePrinter,
        tmp_path: Path) -> None:
    """While a receipt holds the printer, saving says it waits; the swap follows the print."""
    real_session.attach_devices(DeviceHub(real_session.settings, tmp_path / "r", False))
    devices = real_session.devices
    assert devices is not None
    panel = make_panel(qtbot, real_session)
    choose(panel.editors["printer.kind"], "escpos")
    url = panel.editors["printer.url"]
    assert isinstance(url, QLineEdit)
    url.setText(str(fake_printer_pty.path))
    with devices.lock:  # a receipt is printing right now
        panel.save_button.click()
        assert "sobald der laufende Druck fertig ist" in panel.status_label.text()
        assert isinstance(devices.printer, SimulatedPrinter)
        assert LocalSettings(real_session.settings.path).get("printer.kind") == "escpos"
    qtbot.waitUntil(lambda: "ab sofort" in panel.status_label.text())
    assert isinstance(devices.printer, EscposPrinter)
    assert devices.printer.port.url == str(fake_printer_pty.path)
    devices.printer.close()
