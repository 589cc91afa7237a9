"""Asks a manager for the start PIN of a user who forgot theirs (Einstellungen → Benutzer).

The PIN is typed twice, hidden, digits only; Enter confirms, Escape goes back. The
dialog only collects the PIN; ``accounts.reset_pin`` checks the authority and the format.
"""

from __future__ import annotations

from PySide6.QtCore import QRegularExpression, Qt
from PySide6.QtGui import QKeyEvent, QRegularExpressionValidator
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.ui.kit.message_line import MessageLine


class PinResetDialog(QDialog):
    """Start PIN for ``display_name``, twice; ``pin()`` after ``accepted``."""

    def __init__(self, display_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("PIN zurücksetzen"))
        question = QLabel(self.tr(
            "Neue Start-PIN für „{name}“. Beim nächsten Anmelden muss eine eigene PIN "
            "gewählt werden; eine Sperre nach falschen PINs wird aufgehoben.").format(
            name=display_name))
        question.setWordWrap(True)
        self.pin_edit = self._pin_edit()
        self.repeat_edit = self._pin_edit()
        self.message = MessageLine()
        form = QFormLayout()
        pin_label = QLabel(self.tr("Start-&PIN:"))
        pin_label.setBuddy(self.pin_edit)
        repeat_label = QLabel(self.tr("PIN &wiederholen:"))
        repeat_label.setBuddy(self.repeat_edit)
        form.addRow(pin_label, self.pin_edit)
        form.addRow(repeat_label, self.repeat_edit)
        buttons = QDialogButtonBox()
        self.confirm_button = QPushButton(self.tr("PIN setzen (Enter)"))
        self.confirm_button.setDefault(True)
        buttons.addButton(self.confirm_button, QDialogButtonBox.ButtonRole.AcceptRole)
        cancel = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(self.tr("Abbrechen (Esc)"))
        buttons.accepted.connect(self._confirm)
        buttons.rejected.connect(self.reject)
        for edit in (self.pin_edit, self.repeat_edit):
            edit.textEdited.connect(lambda _t: self.message.clear())
        layout = QVBoxLayout(self)
        layout.addWidget(question)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.pin_edit.setFocus()

    def _pin_edit(self) -> QLineEdit:
        edit = QLineEdit()
        edit.setEchoMode(QLineEdit.EchoMode.Password)
        edit.setValidator(QRegularExpressionValidator(QRegularExpression(r"\d{0,8}")))
        edit.setPlaceholderText(self.tr("4 bis 8 Ziffern"))
        return edit

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter in the first field goes on to the repeat; elsewhere it confirms, once.

        Handled here rather than by ``returnPressed`` as well, because a line edit hands
        the same Enter on to the dialog, which would then press the default button too.
        """
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if self.focusWidget() is self.pin_edit:
                self.repeat_edit.setFocus()
            else:
                self._confirm()
            event.accept()
            return
        super().keyPressEvent(event)

    def pin(self) -> str:
        return self.pin_edit.text()

    def _confirm(self) -> None:
        if self.pin_edit.text() != self.repeat_edit.text():
            self.message.error(self.tr("Die beiden PINs sind verschieden. Bitte noch einmal."))
            self.repeat_edit.clear()
            self.repeat_edit.setFocus()
            return
        self.accept()
