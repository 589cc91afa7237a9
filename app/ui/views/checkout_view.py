"""The Kasse area. Filled by a later issue; for now it says what will come here."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from app.services.backend import Backend
from app.ui.session import SessionState
from app.ui.views.area import area_layout


class CheckoutView(QWidget):
    """The Kasse area of the main window."""

    def __init__(self, backend: Backend, session: SessionState,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.backend = backend
        self.session = session
        layout = area_layout(self, self.tr("Kasse"), self.tr(
            "Hier wird verkauft: Artikel scannen, Warengruppen-Tasten mit offenem "
            "Preis, bar oder mit Karte bezahlen, Bon drucken. Diese Ansicht folgt "
            "mit dem Kassieren."))
        layout.addStretch(1)
