"""The one place through which the UI tells the user something in a message box.

Widgets never call ``QMessageBox`` themselves: they ask a ``Notifier``. The app uses
``MessageBoxNotifier``; tests hand in a recorder, so they can assert on what the user
was told and never block on a modal ``exec()``.
"""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget


class Notifier(Protocol):
    """Shows a message to the person at the till."""

    def error(self, message: str, parent: QWidget | None = None) -> None:
        """Something failed; ``message`` is a German sentence that says what to do next."""

    def info(self, message: str, parent: QWidget | None = None) -> None:
        """Something worked and the user should know."""


class MessageBoxNotifier:
    """Shows messages in modal Qt message boxes."""

    def error(self, message: str, parent: QWidget | None = None) -> None:
        title = QCoreApplication.translate("Notifier", "Fehler")
        QMessageBox.warning(parent, title, message)

    def info(self, message: str, parent: QWidget | None = None) -> None:
        title = QCoreApplication.translate("Notifier", "Hinweis")
        QMessageBox.information(parent, title, message)
