"""The Annahme area. Filled by a later issue; for now it says what will come here."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from app.services.backend import Backend
from app.ui.session import SessionState
from app.ui.views.area import area_layout


class IntakeView(QWidget):
    """The Annahme area of the main window."""

    def __init__(self, backend: Backend, session: SessionState,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.backend = backend
        self.session = session
        layout = area_layout(self, self.tr("Annahme"), self.tr(
            "Hier werden Spenden angenommen, geprüft, repariert, ausgezeichnet und "
            "Etiketten gedruckt. Diese Ansicht folgt mit der Warenannahme."))
        layout.addStretch(1)
