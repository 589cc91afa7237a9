"""The first-run wizard (QWizard): asks for everything a new till needs, then creates it.

Keyboard only: Tab between fields, Enter or Alt+W goes on, Alt+Z back; Escape asks
before the answers are thrown away. The till is created off the GUI thread by
``first_run.create_till`` when "Einrichten" is pressed; a registration code is used
with the existing sync flow once the store exists.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import Protocol

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QMessageBox, QWidget, QWizard

from app.config import LocalSettings, Paths
from app.hardware.check_page import PrintCheck
from app.services.kernel.clock import Clock, utc_now
from app.services.onboarding import first_run, setup_flow
from app.ui.kit.operations import Jobs
from app.ui.onboarding import pages

log = logging.getLogger(__name__)
DEFAULT_SIZE = (980, 660)


class ScanSource(Protocol):
    """A scanner the wizard starts for one Testscan (the serial scanner)."""

    def start(self, on_code: Callable[[str], None]) -> None: ...

    def stop(self) -> None: ...


@dataclass(frozen=True)
class WizardDevices:
    """What the wiring hands the wizard to try the chosen devices before saving them:
    ``test_print(settings)`` blocks (run it off the GUI thread); ``serial_scanner``
    gives the serial scanner for ``settings`` or None for a keyboard scanner."""

    test_print: Callable[[LocalSettings], PrintCheck]
    serial_scanner: Callable[[LocalSettings], ScanSource | None]


def ask_discard(parent: QWidget, text: str) -> bool:
    answer = QMessageBox.question(parent, parent.windowTitle(), text)
    return answer == QMessageBox.StandardButton.Yes


class SetupWizard(QWizard):
    """Seven pages; ``created`` fires once the till exists (with the admin's name)."""

    created = Signal(str)
    scanned = Signal(str)

    def __init__(self, paths: Paths, settings: LocalSettings, jobs: Jobs,
                 devices: WizardDevices, *,
                 clock: Clock = utc_now,
                 confirm: Callable[[QWidget, str], bool] = ask_discard,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.paths, self.settings, self.jobs = paths, settings, jobs
        self.clock, self.confirm, self.device_access = clock, confirm, devices
        self.setWindowTitle(self.tr("Kreislauf-Kasse einrichten"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("&Weiter >"))
        self.setButtonText(QWizard.WizardButton.BackButton, self.tr("< &Zurück"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("&Einrichten"))
        self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("Abbrechen"))
        self.store, self.station = pages.StorePage(), pages.StationPage()
        self.admin, self.devices = pages.AdminPage(), pages.DevicePage()
        self.tse, self.sync = pages.TsePage(), pages.SyncPage()
        self.summary = pages.SummaryPage()
        for page in (self.store, self.station, self.admin, self.devices, self.tse, self.sync,
                     self.summary):
            self.addPage(page)
        self.currentIdChanged.connect(self._page_changed)
        self.devices.test_print_requested.connect(self.test_print)
        self.devices.test_scan_requested.connect(self.test_scan)
        self.scanned.connect(self.devices.show_scan)
        self._busy = False
        self._serial: ScanSource | None = None
        # Room for a German message under every field of the longest page, within a
        # 1366x768 screen (found in the real window: a smaller wizard squeezed them).
        self.resize(*DEFAULT_SIZE)

    def answers(self) -> first_run.Answers:
        return first_run.Answers(
            store=self.store.data(), station=self.station.station.text(),
            admin_name=self.admin.admin_name.text(), pin=self.admin.pin.text(),
            pin_repeat=self.admin.pin_repeat.text(),
            machine={**self.devices.values(), **self.tse.values()},
            server_url=self.sync.server_url.text(),
            register_code=self.sync.register_code.text())

    def _page_changed(self, _id: int) -> None:
        if self.currentPage() is self.summary:
            self.summary.summary.setText(self._summary_text(self.answers()))

    def _summary_text(self, a: first_run.Answers) -> str:
        tse = self.tse.kind.currentText()
        server = a.server_url.strip() or self.tr("später")
        return "\n".join([
            f"{a.store.name}, {a.store.street}, {a.store.postcode} {a.store.city}",
            self.tr("Steuernummer: %s  USt-IdNr.: %s") % (a.store.tax_number or "–",
                                                         a.store.vat_id or "–"),
            self.tr("Station %s, Verwaltung: %s") % (a.station.strip(), a.admin_name.strip()),
            self.tr("Drucker: %s  Scanner: %s") % (self.devices.printer_kind.currentText(),
                                                  self.devices.scanner_kind.currentText()),
            self.tr("TSE: %s  Zentrale: %s") % (tse, server)])

    # --- devices ------------------------------------------------------------------------

    def _staged_devices(self) -> LocalSettings | None:
        errors = first_run.machine_errors(self.devices.values())
        if not self.devices.show_errors(errors):
            return None
        staged = LocalSettings(self.settings.path)
        for key, value in self.devices.values().items():
            staged.set(key, value)
        return staged

    def test_print(self) -> None:
        """The check page through the chosen printer, off the GUI thread."""
        staged = self._staged_devices()
        if staged is None:
            return
        self.devices.print_result.setText(self.tr("Testdruck läuft …"))
        test_print = self.device_access.test_print
        self.jobs.run(lambda: test_print(staged), self._printed, self._print_failed, self)

    def _printed(self, result: PrintCheck) -> None:
        self.devices.print_result.setText(result.message)

    def _print_failed(self, exc: BaseException) -> None:
        self.devices.print_result.setText(self.jobs.reporter.message_for(exc))

    def test_scan(self) -> None:
        """Wait for one scan: a serial scanner on its port, else in the test field."""
        staged = self._staged_devices()
        if staged is None:
            return
        self.devices.scan_result.setText(self.tr("Bitte jetzt einen Code scannen …"))
        scanner = self.device_access.serial_scanner(staged)
        if scanner is not None:
            self._stop_serial()
            self._serial = scanner
            scanner.start(self._serial_code)
            return
        self.devices.scan_field.setFocus()

    def _serial_code(self, code: str) -> None:
        self.scanned.emit(code)  # from the reader thread to the GUI thread

    def _stop_serial(self) -> None:
        if self._serial is not None:
            self._serial.stop()
        self._serial = None

    # --- finish and cancel --------------------------------------------------------------

    def accept(self) -> None:
        """Create the till off the GUI thread; close once it exists."""
        if self._busy:
            return
        self._busy = True
        self.button(QWizard.WizardButton.FinishButton).setEnabled(False)
        self.summary.result.setText(self.tr("Die Kasse wird eingerichtet …"))
        self.summary.result.show()
        answers = self.answers()
        self.jobs.run(lambda: self._create(answers), self._created, self._failed, self)

    def _create(self, answers: first_run.Answers) -> str:
        setup_flow.create_till(self.paths, self.settings, answers, self.clock)
        return setup_flow.register(self.paths, self.settings, answers, self.clock)

    def _created(self, sync_problem: str) -> None:
        self._stop_serial()
        if sync_problem:
            self.jobs.reporter.notifier.info(sync_problem, self)
        self.created.emit(self.admin.admin_name.text().strip().lower())
        super().accept()

    def _failed(self, exc: BaseException) -> None:
        self._busy = False
        self.button(QWizard.WizardButton.FinishButton).setEnabled(True)
        self.summary.result.setText(self.jobs.reporter.message_for(exc))

    def reject(self) -> None:
        """Escape or Abbrechen: ask first, then leave without creating anything."""
        if self._busy:
            return
        if self.confirm(self, self.tr("Die Einrichtung abbrechen? Es wird nichts gespeichert.")):
            self._stop_serial()
            super().reject()
