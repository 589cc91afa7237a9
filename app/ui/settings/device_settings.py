"""The "Geräte" settings tab: receipt printer with Testdruck, scanners with a scan test.

The printer part prints the test page with the values in the form (before saving) off
the GUI thread, through the devices the wiring handed in, and shows the German status;
the simulated printer's state can be switched here to try the error path at the Kasse.
The wedge part has a test field: scan into it and the page says what arrived and why it
did (or did not) count as a scan.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QHideEvent, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.config import LOCAL_SETTINGS, LocalSettings
from app.errors import KasseError
from app.hardware.check_page import PrintCheck
from app.hardware.protocols import PrinterStatus
from app.ui.checkout.wedge_scanner import WedgeScanner, wedge_config
from app.ui.settings.settings_form import SettingsFields
from app.ui.shell.session import SessionState

# Every printer and scanner setting lives on this page only ("Dieser Rechner" leaves them
# out), in the order app.config declares them.
PRINTER_KEYS = tuple(d.key for d in LOCAL_SETTINGS if d.key.startswith("printer."))
SCANNER_KEYS = tuple(d.key for d in LOCAL_SETTINGS if d.key.startswith("scanner."))
DEVICE_KEYS = PRINTER_KEYS + SCANNER_KEYS
WEDGE_KEYS = ("scanner.max_gap_ms", "scanner.min_length", "scanner.prefix", "scanner.suffix",
              "scanner.terminator")


class DeviceSettingsPanel(QWidget):
    """Printer and scanner settings of this machine; ``saved`` fires after saving."""

    saved = Signal()

    def __init__(self, session: SessionState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.fields = SettingsFields(session, DEVICE_KEYS, "device", self)
        self.editors = self.fields.editors

        printer_box = QGroupBox(self.tr("Bondrucker"))
        printer_form = self.fields.form(PRINTER_KEYS)
        self.test_button = QPushButton(self.tr("Testdruck"))
        self.test_button.setAutoDefault(False)
        self.test_button.clicked.connect(self.test_print)
        self.test_result = QLabel()
        self.test_result.setWordWrap(True)
        self.test_result.setObjectName("deviceTestResult")
        printer_form.addRow(self.test_button, self.test_result)
        self.simulated_status = QComboBox()
        for status, text in ((PrinterStatus.OK, self.tr("bereit")),
                             (PrinterStatus.PAPER_NEAR_END, self.tr("Papier geht zu Ende")),
                             (PrinterStatus.PAPER_OUT, self.tr("Papier leer")),
                             (PrinterStatus.COVER_OPEN, self.tr("Deckel offen")),
                             (PrinterStatus.OFFLINE, self.tr("offline"))):
            self.simulated_status.addItem(text, status.value)
        self.simulated_status.currentIndexChanged.connect(self._simulate_status)
        printer_form.addRow(self.tr("Zustand des simulierten Druckers:"), self.simulated_status)
        printer_box.setLayout(printer_form)

        scanner_box = QGroupBox(self.tr("Scanner"))
        scanner_form = self.fields.form(SCANNER_KEYS)
        self.scan_test = QLineEdit()
        self.scan_test.setObjectName("scanTest")
        self.scan_test.setPlaceholderText(self.tr("Hier einen Test-Code scannen"))
        self.scan_test.returnPressed.connect(self._typed)
        self.scan_result = QLabel()
        self.scan_result.setWordWrap(True)
        self.scan_result.setObjectName("scanTestResult")
        scanner_form.addRow(self.tr("Scan-Test:"), self.scan_test)
        scanner_form.addRow("", self.scan_result)
        scanner_box.setLayout(scanner_form)
        self.wedge = WedgeScanner(self, wedge_config(session.settings))
        self.wedge.scanned.connect(self._scanned)
        self.fields.edited.connect(
            lambda key: self.apply_wedge_form() if key in WEDGE_KEYS else None)

        self.save_button = QPushButton(self.tr("Geräte s&peichern"))
        self.save_button.setProperty("role", "primary")
        self.save_button.setAutoDefault(False)
        self.save_button.clicked.connect(self.save)
        self.status_label = QLabel(self.tr(
            "Testdruck und Scan-Test nutzen sofort die Werte im Formular; gespeichert gilt "
            "der Bondrucker sofort, der serielle Scanner ab dem nächsten Start."))
        self.status_label.setWordWrap(True)
        fields = QWidget()
        inner = QVBoxLayout(fields)
        inner.addWidget(printer_box)
        inner.addWidget(scanner_box)
        inner.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(fields)
        buttons = QHBoxLayout()
        buttons.addWidget(self.status_label, 1)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addLayout(buttons)

    # --- form ---------------------------------------------------------------------------

    def load(self) -> None:
        """Fill the editors from the settings of this machine."""
        self.fields.load()

    def staged(self) -> LocalSettings:
        """The settings file with the form's values applied (not saved); raises German."""
        return self.fields.staged()

    def save(self) -> None:
        """Check every value, write the file once; nothing is written on bad input."""
        try:
            staged = self.fields.save()
        except (KasseError, OSError) as exc:
            self.session.notifier.error(self.session.ops.reporter.message_for(exc), self)
            return
        self.wedge.config = wedge_config(staged)
        hub = self.session.device_hub
        if hub is None:
            self._applied(True)
            return
        # Off the GUI thread: the swap waits for a receipt that is printing right now.
        self.status_label.setText(self.tr(
            "Gespeichert; der Bondrucker wechselt, sobald der laufende Druck fertig ist."))
        self.save_button.setEnabled(False)

        def failed(exc: BaseException) -> None:
            self.save_button.setEnabled(True)
            self.status_label.setText(self.session.ops.reporter.message_for(exc))
        self.session.ops.run(lambda: hub.apply(staged), self._applied, failed, self)

    def _applied(self, live: bool) -> None:
        self.save_button.setEnabled(True)
        self.status_label.setText(
            (self.tr("Gespeichert; der Bondrucker gilt ab sofort.") if live else
             self.tr("Gespeichert; der Bondrucker wechselt beim nächsten Start."))
            + " " + self.tr("Der serielle Scanner wechselt beim nächsten Start."))
        self.saved.emit()

    # --- printer ------------------------------------------------------------------------

    def _simulate_status(self) -> None:
        hub = self.session.device_hub
        if hub is not None:
            hub.set_simulated_status(PrinterStatus(self.simulated_status.currentData()))

    def test_print(self) -> None:
        """Print the test page with the form's values off the GUI thread; show the status."""
        try:
            staged = self.staged()
        except KasseError as exc:
            self.test_result.setText(str(exc))
            return
        hub = self.session.require_devices()
        self.test_button.setEnabled(False)
        self.test_result.setText(self.tr("Testdruck läuft …"))

        def done(result: PrintCheck) -> None:
            self.test_button.setEnabled(True)
            self.test_result.setText(result.message)

        def failed(exc: BaseException) -> None:
            self.test_button.setEnabled(True)
            self.test_result.setText(self.session.ops.reporter.message_for(exc))
        self.session.ops.run(lambda: hub.test_print(staged), done, failed, self)

    # --- wedge scan test ------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.wedge.install()

    def hideEvent(self, event: QHideEvent) -> None:
        self.wedge.uninstall()
        super().hideEvent(event)

    def apply_wedge_form(self) -> None:
        """Use the form's (unsaved) wedge values for the scan test."""
        try:
            self.wedge.config = wedge_config(self.staged())
        except KasseError as exc:
            self.scan_result.setText(str(exc))

    def _scanned(self, code: str) -> None:
        self.scan_result.setText(self.tr("Als Scan erkannt: „%s“ — %s") % (
            code, self.wedge.last_decision))

    def _typed(self) -> None:
        text = self.scan_test.text()
        self.scan_test.clear()
        reason = self.wedge.last_decision or self.tr("zu langsam oder zu kurz")
        self.scan_result.setText(self.tr("Kein Scan, Tastatureingabe: „%s“ — %s") % (
            text, reason))
