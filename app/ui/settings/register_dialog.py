"""Registering a running till at the central server, from Einstellungen.

The first-run wizard may leave the server for later; this dialog is the later: the
address (taken from the settings when one is there) and the one-time code the office
gave out. The exchange runs off the GUI thread; a refusal (wrong code, server not
reachable, another station's code) stays in the dialog as one German line, with what
was typed kept, so it can be corrected and sent again.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
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

from app.services.onboarding import setup_flow
from app.ui.kit.message_line import MessageLine
from app.ui.shell.session import SessionState


class RegisterDialog(QDialog):
    """Address and code; ``registered(url)`` fires once the server accepted the code."""

    registered = Signal(str)

    def __init__(self, session: SessionState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self._busy = False
        self.setWindowTitle(self.tr("Bei der Zentrale anmelden"))
        intro = QLabel(self.tr(
            "Die Zentrale gibt für jede Kasse einen einmaligen Registrierungscode aus "
            "(Verwaltungsseite des Servers oder „kreislauf-server station add“). Danach "
            "gleicht die Kasse ihre Daten im Hintergrund ab."))
        intro.setWordWrap(True)
        self.server_url = QLineEdit(session.settings.get("sync.server_url") or "")
        self.server_url.setPlaceholderText("https://zentrale.example.de")
        self.server_url.setAccessibleName(self.tr("Adresse des Servers"))
        self.code = QLineEdit()
        self.code.setAccessibleName(self.tr("Registrierungscode"))
        self.message = MessageLine()
        form = QFormLayout()
        for text, edit in ((self.tr("&Adresse des Servers:"), self.server_url),
                           (self.tr("&Registrierungscode:"), self.code)):
            label = QLabel(text)
            label.setBuddy(edit)
            form.addRow(label, edit)
            edit.textEdited.connect(lambda _t: self.message.clear())
        buttons = QDialogButtonBox()
        self.confirm_button = QPushButton(self.tr("Anmelden (Enter)"))
        self.confirm_button.setDefault(True)
        buttons.addButton(self.confirm_button, QDialogButtonBox.ButtonRole.AcceptRole)
        cancel = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(self.tr("Abbrechen (Esc)"))
        buttons.accepted.connect(self.confirm)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.resize(560, self.sizeHint().height())
        (self.code if self.server_url.text() else self.server_url).setFocus()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter in the address goes on to the code; in the code it sends, once."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if self.focusWidget() is self.server_url:
                self.code.setFocus()
            else:
                self.confirm()
            event.accept()
            return
        super().keyPressEvent(event)

    def confirm(self) -> None:
        """Send the code to the server off the GUI thread (one request at a time)."""
        if self._busy:
            return
        self._busy = True
        self.confirm_button.setEnabled(False)
        self.message.info(self.tr("Anmeldung bei der Zentrale läuft …"))
        ops, settings, actor = self.session.ops, self.session.settings, self.session.actor
        url, code = self.server_url.text(), self.code.text()

        def done(registered_at: str) -> None:
            self._busy = False
            self.confirm_button.setEnabled(True)
            self.registered.emit(registered_at)
            self.accept()

        def failed(exc: BaseException) -> None:
            self._busy = False
            self.confirm_button.setEnabled(True)
            self.message.error(ops.reporter.message_for(exc))
            self.code.setFocus()

        ops.run(lambda: setup_flow.register_later(ops.backend, settings, actor, code, url),
                done, failed, self)
