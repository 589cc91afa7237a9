"""The "Dieser Rechner" page: this machine's settings (``app.config.LOCAL_SETTINGS``) but
the printer and scanner, which have their own page with Testdruck and scan test.

The editors come from the declarations (``SettingsFields``); saving writes the TOML file.
"Backup jetzt" sits here beside the backup folder and kept days it uses: it writes a
backup off the GUI thread and shows the file name (or the German error). "Bei der
Zentrale anmelden…" registers the till with the office's one-time code, for a till whose
first run left the server for later.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.config import LOCAL_SETTINGS
from app.errors import KasseError
from app.services.maintenance import backup_flow
from app.ui.settings.device_settings import DEVICE_KEYS
from app.ui.settings.register_dialog import RegisterDialog
from app.ui.settings.settings_form import SettingsFields
from app.ui.shell.session import SessionState


class MachineSettingsForm(QWidget):
    """Edits the TOML settings of this till; ``saved`` fires after a successful save."""

    saved = Signal()
    registered = Signal(str)  # the server's address, once it accepted this till

    def __init__(self, session: SessionState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        keys = [d.key for d in LOCAL_SETTINGS if d.key not in DEVICE_KEYS]
        self.fields = SettingsFields(session, keys, "setting", self)
        self.editors = self.fields.editors
        self.save_button = QPushButton(self.tr("Einstellungen s&peichern"))
        self.save_button.setProperty("role", "primary")
        self.save_button.setAutoDefault(False)
        self.save_button.clicked.connect(self.save)
        self.status_label = QLabel()
        self.status_label.setWordWrap(True)
        self.backup_button = QPushButton(self.tr("Backup &jetzt"))
        self.backup_button.setAutoDefault(False)
        self.backup_button.setToolTip(self.tr(
            "Sicherung der Datenbank in den Sicherungsordner (gespeicherte Einstellung)"))
        self.backup_button.clicked.connect(self.backup_now)
        self.register_button = QPushButton(self.tr("Bei der &Zentrale anmelden …"))
        self.register_button.setAutoDefault(False)
        self.register_button.setToolTip(self.tr(
            "Diese Kasse mit dem Registrierungscode der Zentrale anmelden"))
        self.register_button.clicked.connect(self.open_register)
        self.register_dialog: RegisterDialog | None = None
        hint = QLabel(self.tr("Diese Einstellungen gelten nur für diesen Rechner und werden "
                              "beim nächsten Start übernommen. Bondrucker und Scanner: "
                              "Seite „Geräte“."))
        hint.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.status_label, 1)
        buttons.addWidget(self.register_button)
        buttons.addWidget(self.backup_button)
        buttons.addWidget(self.save_button)
        # Scrolls rather than squeezes when the screen is small (1366x768 with a taskbar).
        fields = QWidget()
        fields.setLayout(self.fields.form())
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(fields)
        scroll.viewport().setAutoFillBackground(False)
        fields.setAutoFillBackground(False)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addWidget(scroll, 1)
        layout.addLayout(buttons)

    def load(self) -> None:
        """Fill the editors from the settings file."""
        self.fields.load()

    def save(self) -> None:
        """Check every value, then write the file once; nothing is written on bad input."""
        try:
            self.fields.save()
        except (KasseError, OSError) as exc:
            self.session.notifier.error(self.session.ops.reporter.message_for(exc), self)
            return
        self.status_label.setText(self.tr("Gespeichert in %s") % self.session.settings.path)
        self.saved.emit()

    def backup_now(self) -> None:
        """Write a backup with the saved settings off the GUI thread; show where it went."""
        backend = self.session.ops.backend
        settings = self.session.settings
        self.backup_button.setEnabled(False)
        self.status_label.setText(self.tr("Sicherung läuft …"))

        def done(made: object) -> None:
            self.backup_button.setEnabled(True)
            self.status_label.setText(self.tr("Sicherung geschrieben: %s") % made)

        def failed(exc: BaseException) -> None:
            self.backup_button.setEnabled(True)
            self.status_label.setText(self.session.ops.reporter.message_for(exc))
        self.session.ops.run(lambda: backup_flow.backup_configured(backend, settings), done,
                             failed, self)

    def open_register(self) -> None:
        """The registration dialog (one at a time); the address field follows it."""
        if self.register_dialog is not None:
            self.register_dialog.raise_()
            return
        dialog = RegisterDialog(self.session, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.registered.connect(self._registered)
        dialog.finished.connect(self._register_closed)
        self.register_dialog = dialog
        dialog.open()

    def _register_closed(self, _result: int) -> None:
        self.register_dialog = None

    def _registered(self, url: str) -> None:
        editor = self.editors.get("sync.server_url")
        if isinstance(editor, QLineEdit):  # the address the dialog saved; the rest as typed
            editor.setText(url)
        self.status_label.setText(self.tr(
            "Bei der Zentrale %s angemeldet; die Kasse gleicht ihre Daten jetzt ab.") % url)
        self.registered.emit(url)
