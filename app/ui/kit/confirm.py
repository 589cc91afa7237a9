"""Asking once before something that cannot be undone, with the keyboard alone.

Enter confirms (the confirm button is the default and has the focus), Escape goes back.
The dialog is opened non-modally with ``open()`` so tests and the event loop keep
running; ``on_confirm`` runs only when the person confirmed.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.ui.kit.plain_text import plain


class ConfirmDialog(QDialog):
    """A question, an optional summary and two buttons: confirm (default) and back."""

    def __init__(self, title: str, question: str, confirm_label: str,
                 summary: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("confirmDialog")
        self.setWindowTitle(title)
        self.setModal(True)
        layout = QVBoxLayout(self)
        self.question = plain(QLabel(question))
        self.question.setWordWrap(True)
        self.question.setProperty("role", "question")
        layout.addWidget(self.question)
        self.summary = plain(QLabel(summary))
        self.summary.setWordWrap(True)
        self.summary.setObjectName("confirmSummary")
        self.summary.setVisible(bool(summary))
        layout.addWidget(self.summary)
        buttons = QDialogButtonBox()
        self.confirm_button = QPushButton(confirm_label)
        self.confirm_button.setProperty("role", "primary")
        self.confirm_button.setDefault(True)
        self.back_button = QPushButton(self.tr("Zurück (Esc)"))
        self.back_button.setAutoDefault(False)
        buttons.addButton(self.confirm_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.back_button, QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.setMinimumWidth(420)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.confirm_button.setFocus()


def ask(parent: QWidget, title: str, question: str, confirm_label: str,
        on_confirm: Callable[[], object], summary: str = "") -> ConfirmDialog:
    """Open the confirmation; ``on_confirm`` runs after Enter or a click on confirm."""
    dialog = ConfirmDialog(title, question, confirm_label, summary, parent)
    dialog.accepted.connect(on_confirm)
    dialog.finished.connect(dialog.deleteLater)
    dialog.open()
    return dialog
