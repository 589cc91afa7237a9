"""The Einstellungen area: users, categories, the store's rules, devices and this machine."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QTabWidget, QWidget

from app.ui.kit.area import area_layout, describe_page
from app.ui.settings.catalog_editor import CatalogSettings
from app.ui.settings.device_settings import DeviceSettingsPanel
from app.ui.settings.machine_settings_form import MachineSettingsForm
from app.ui.settings.store_master_page import StoreMasterPage
from app.ui.settings.store_policy_page import StorePolicyPage
from app.ui.settings.user_admin import UserAdminPanel
from app.ui.shell.session import SessionState

if TYPE_CHECKING:
    from app.services.kernel.backend import Backend


class SettingsView(QWidget):
    """Settings for managers and admins (the services check the role again)."""

    def __init__(self, backend: Backend, session: SessionState,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.backend = backend
        self.session = session
        layout = area_layout(self, self.tr("Einstellungen"), self.tr(
            "Geräte und Sprache dieses Rechners sowie die Benutzer der Kasse."))
        self.tabs = QTabWidget()
        self.user_admin = UserAdminPanel(session)
        self.machine_form = MachineSettingsForm(session)
        self.catalog = CatalogSettings(session)
        self.devices = DeviceSettingsPanel(session)
        self.store_policy = StorePolicyPage(session)
        self.store_master = StoreMasterPage(session)
        # The two pages edit disjoint keys (printer and scanner only on "Geräte"), so saving
        # one never resets what is being typed on the other.
        self.tabs.addTab(self.user_admin, self.tr("Ben&utzer"))
        self.tabs.addTab(self.catalog, self.tr("&Warengruppen"))
        self.tabs.addTab(self.store_policy, self.tr("Kau&fhausregeln"))
        self.tabs.addTab(self.store_master, self.tr("S&tammdaten"))
        self.tabs.addTab(self.devices, self.tr("&Geräte"))
        self.tabs.addTab(self.machine_form, self.tr("&Dieser Rechner"))
        layout.addWidget(self.tabs, 1)
        self.descriptions = [describe_page(page, text) for page, text in (
            (self.user_admin, self.tr(
                "Wer sich an dieser Kasse anmelden darf: Benutzer anlegen, sperren, "
                "entsperren und ihre PIN zurücksetzen.")),
            (self.catalog, self.tr(
                "Die Warengruppen mit Mehrwertsteuer, Richtpreis, Gewicht und Stoffstrom, "
                "aus denen Artikel angenommen und verkauft werden.")),
            (self.store_policy, self.tr(
                "Regeln für alle Kassen des Kaufhauses: Rabattfreigabe, Höchstpreise und "
                "-mengen, Kartenlimit und PIN-Länge.")),
            (self.store_master, self.tr(
                "Name, Anschrift, Steuernummer und USt-IdNr. des Kaufhauses, wie sie auf "
                "jedem Bon und im Export stehen.")),
            (self.devices, self.tr(
                "Bondrucker und Scanner dieses Rechners einstellen und mit Testdruck und "
                "Scan-Test prüfen.")),
            (self.machine_form, self.tr(
                "Sprache, TSE, Zentrale und Sicherungen dieses Rechners.")))]
