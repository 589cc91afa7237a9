"""The wizard's pages: Kaufhaus, Kasse, Verwaltung, Geräte, TSE, Zentrale, Zusammenfassung.

Each page checks its answers through ``app.services.onboarding.first_run`` when the
user goes on and shows the German messages under the fields; nothing is stored before
the last page's "Einrichten".
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QWidget

from app.services.fiscal.master_data import MasterData
from app.services.onboarding import first_run
from app.ui.onboarding.fields import FormPage


class ScanField(QLineEdit):
    """The Testscan field: the scanner's Enter ends the code, it does not go on a page."""

    def keyPressEvent(self, event: QKeyEvent) -> None:
        super().keyPressEvent(event)
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            event.accept()


class StorePage(FormPage):
    def __init__(self) -> None:
        super().__init__(self.tr("Kaufhaus"), self.tr(
            "Name, Anschrift und Steuernummer oder USt-IdNr. des Kaufhauses: sie stehen "
            "auf jedem Bon."))
        self.name = self.line("name", self.tr("&Name:"))
        self.street = self.line("street", self.tr("&Straße und Hausnummer:"))
        self.postcode = self.line("postcode", self.tr("&Postleitzahl:"))
        self.city = self.line("city", self.tr("&Ort:"))
        self.tax_number = self.line("tax_number", self.tr("St&euernummer:"))
        self.vat_id = self.line("vat_id", self.tr("&USt-IdNr.:"))

    def data(self) -> MasterData:
        return MasterData(self.name.text(), self.street.text(), self.postcode.text(),
                          self.city.text(), "DEU", self.tax_number.text(), self.vat_id.text())

    def validatePage(self) -> bool:
        return self.show_errors(first_run.store_errors(self.data()))


class StationPage(FormPage):
    def __init__(self) -> None:
        super().__init__(self.tr("Kasse"), self.tr(
            "Die Nummer dieser Kasse im Kaufhaus (1 bis 99); jede Kasse hat ihre eigene."))
        self.station = self.line("station", self.tr("&Stationsnummer:"))
        self.station.setText("1")

    def initializePage(self) -> None:
        self.station.selectAll()  # typing a number replaces the suggested 1

    def validatePage(self) -> bool:
        return self.show_errors(first_run.station_errors(self.station.text()))


class AdminPage(FormPage):
    def __init__(self) -> None:
        super().__init__(self.tr("Verwaltung"), self.tr(
            "Der erste Zugang mit allen Rechten; weitere Benutzer legt er in Einstellungen "
            "an. Die PIN hat mindestens 6 Ziffern."))
        self.admin_name = self.line("admin_name", self.tr("&Benutzername:"))
        self.pin = self.line("pin", self.tr("&PIN:"), password=True)
        self.pin_repeat = self.line("pin_repeat", self.tr("PIN wieder&holen:"), password=True)

    def validatePage(self) -> bool:
        return self.show_errors(first_run.admin_errors(
            self.admin_name.text(), self.pin.text(), self.pin_repeat.text()))


def _combo(page: FormPage, key: str, label: str, choices: list[tuple[str, str]]) -> QComboBox:
    combo = QComboBox()
    combo.setObjectName(key)
    combo.setAccessibleName(label.replace("&", "").rstrip(":"))
    for value, text in choices:
        combo.addItem(text, value)
    page.add_field(key, label, combo)
    return combo


class DevicePage(FormPage):
    """Printer and scanner: simulated or real, with Testdruck and Testscan."""

    test_print_requested = Signal()
    test_scan_requested = Signal()

    def __init__(self) -> None:
        super().__init__(self.tr("Geräte"), self.tr(
            "Bondrucker und Scanner dieses Rechners: simuliert zum Üben oder echt am "
            "seriellen Anschluss."))
        self.printer_kind = _combo(self, "printer.kind", self.tr("&Bondrucker:"), [
            ("simulated", self.tr("simuliert (Bon als Datei)")),
            ("escpos", self.tr("ESC/POS-Drucker am seriellen Anschluss"))])
        self.printer_url = self.line("printer.url", self.tr("&Anschluss des Druckers:"))
        self.test_print = QPushButton(self.tr("Test&druck"))
        self.print_result = QLabel()
        self.print_result.setWordWrap(True)
        self.add_field("test_print", "", self._row(self.test_print, self.print_result))
        self.scanner_kind = _combo(self, "scanner.kind", self.tr("&Scanner:"), [
            ("wedge", self.tr("Tastatur-Scanner (USB)")),
            ("serial", self.tr("serieller Scanner")),
            ("simulated", self.tr("simuliert"))])
        self.scanner_url = self.line("scanner.url", self.tr("Anschluss des S&canners:"))
        self.scan_field = ScanField()
        self.scan_field.setObjectName("scan_field")
        self.scan_field.setPlaceholderText(self.tr("nach „Testscan“ hier scannen"))
        self.scan_field.setAccessibleName(self.tr("Testscan"))
        self.test_scan = QPushButton(self.tr("&Testscan"))
        self.scan_result = QLabel()
        self.scan_result.setObjectName("scan_result")
        self.add_field("test_scan", "", self._row(self.test_scan, self.scan_field))
        self.form.addRow("", self.scan_result)
        self.test_print.clicked.connect(self.test_print_requested)
        self.test_scan.clicked.connect(self.test_scan_requested)
        self.scan_field.returnPressed.connect(self._scanned_here)

    @staticmethod
    def _row(*widgets: QWidget) -> QWidget:
        row = QWidget()
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in widgets:
            layout.addWidget(widget)
        return row

    def values(self) -> dict[str, str]:
        return {"printer.kind": self.printer_kind.currentData(),
                "printer.url": self.printer_url.text().strip(),
                "scanner.kind": self.scanner_kind.currentData(),
                "scanner.url": self.scanner_url.text().strip()}

    def show_scan(self, code: str) -> None:
        self.scan_result.setText(self.tr("Gescannt: „%s“") % code)

    def _scanned_here(self) -> None:
        code = self.scan_field.text().strip()
        self.scan_field.clear()
        if code:
            self.show_scan(code)

    def validatePage(self) -> bool:
        return self.show_errors(first_run.machine_errors(self.values()))


class TsePage(FormPage):
    def __init__(self) -> None:
        super().__init__(self.tr("TSE"), self.tr(
            "Die Technische Sicherheitseinrichtung signiert jeden Bon. Die Software-TSE ist "
            "nur zum Üben; für den Echtbetrieb die fiskaly-Zugangsdaten eintragen."))
        self.kind = _combo(self, "tse.kind", self.tr("&TSE:"), [
            ("software", self.tr("Software-TSE (Schulung, nicht zertifiziert)")),
            ("fiskaly", self.tr("fiskaly Cloud-TSE"))])
        self.api_key = self.line("tse.fiskaly_api_key", self.tr("API-&Schlüssel:"))
        self.api_secret = self.line("tse.fiskaly_api_secret", self.tr("API-&Geheimnis:"),
                                    password=True)
        self.tss_id = self.line("tse.fiskaly_tss_id", self.tr("TSS-&ID:"))
        self.client_id = self.line("tse.fiskaly_client_id", self.tr("&Client-ID:"))

    def values(self) -> dict[str, str]:
        values = {"tse.kind": str(self.kind.currentData())}
        if values["tse.kind"] == "fiskaly":
            for edit in (self.api_key, self.api_secret, self.tss_id, self.client_id):
                values[edit.objectName()] = edit.text().strip()
        return values

    def validatePage(self) -> bool:
        return self.show_errors(first_run.machine_errors(self.values()))


class SyncPage(FormPage):
    def __init__(self) -> None:
        super().__init__(self.tr("Zentrale"), self.tr(
            "Optional: Adresse des zentralen Servers und der Registrierungscode von dort. "
            "Leer lassen, um die Kasse später anzumelden (kreislauf sync --register CODE)."))
        self.server_url = self.line("server_url", self.tr("&Adresse des Servers:"))
        self.register_code = self.line("register_code", self.tr("&Registrierungscode:"))

    def validatePage(self) -> bool:
        return self.show_errors(first_run.sync_errors(self.server_url.text(),
                                                      self.register_code.text()))


class SummaryPage(FormPage):
    def __init__(self) -> None:
        super().__init__(self.tr("Zusammenfassung"), self.tr(
            "So wird die Kasse eingerichtet. Alles außer der Stationsnummer lässt sich "
            "später in Einstellungen ändern."))
        self.summary = QLabel()
        self.summary.setObjectName("summary")
        self.summary.setWordWrap(True)
        self.add_field("summary", "", self.summary)
        self.result = QLabel()
        self.result.setObjectName("result")
        self.result.setWordWrap(True)
        self.add_field("result", "", self.result)
