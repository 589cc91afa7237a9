"""The Kasse area of the main window (built in ``app.ui.checkout``)."""

from __future__ import annotations

import tempfile
from pathlib import Path

from PySide6.QtWidgets import QWidget

from app.device_setup import make_devices
from app.services.backend import Backend
from app.ui.checkout.checkout_area import CheckoutArea
from app.ui.session import SessionState


class CheckoutView(CheckoutArea):
    """Scan, sell, pay, receipt."""

    def __init__(self, backend: Backend, session: SessionState,
                 parent: QWidget | None = None) -> None:
        devices = session.devices or make_devices(
            session.settings, Path(tempfile.mkdtemp(prefix="kreislauf-receipts-")), True)
        super().__init__(backend, session, devices, parent)
