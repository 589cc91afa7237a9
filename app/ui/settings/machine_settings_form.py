"""The settings of this machine (``app.config.LOCAL_SETTINGS``) as a form.

Each setting is declared once in ``app.config`` with its type, default and German
description; this form is generated from those declarations and saves to the TOML file.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.config import LOCAL_SETTINGS, LocalSettings, SettingDef
from app.errors import KasseError
from app.ui.shell.session import SessionState

# The descriptions are declared once, in German, in ``app.config``; these marks only let
# lupdate collect them for the English file. A test checks that both lists agree.
TRANSLATABLE_DESCRIPTIONS = (
    QT_TRANSLATE_NOOP("LocalSettings", "Datenverzeichnis (leer = Standard des Systems)"),
    QT_TRANSLATE_NOOP("LocalSettings", "Sprache der Oberfläche"),
    QT_TRANSLATE_NOOP("LocalSettings", "Bondrucker"),
    QT_TRANSLATE_NOOP("LocalSettings", "Anschluss des Bondruckers (z. B. /dev/ttyUSB0)"),
    QT_TRANSLATE_NOOP("LocalSettings", "Baudrate des Bondruckers"),
    QT_TRANSLATE_NOOP("LocalSettings", "Zeichen pro Zeile auf dem Bon"),
    QT_TRANSLATE_NOOP("LocalSettings", "Flusssteuerung des Bondruckers"),
    QT_TRANSLATE_NOOP("LocalSettings",
                      "DSR/DTR-Handshake des Bondruckers (USB-Seriell-Adapter meist aus)"),
    QT_TRANSLATE_NOOP("LocalSettings", "Zeichensatz des Bondruckers (mit €-Zeichen)"),
    QT_TRANSLATE_NOOP("LocalSettings",
                      "Nummer der Zeichentabelle (ESC t; 0 = üblich: 19 für CP858, 16 für CP1252)"),
    QT_TRANSLATE_NOOP("LocalSettings", "Schnitt am Bonende"),
    QT_TRANSLATE_NOOP("LocalSettings", "Wartezeit auf die Statusantwort des Bondruckers (ms)"),
    QT_TRANSLATE_NOOP("LocalSettings", "Scanner"),
    QT_TRANSLATE_NOOP("LocalSettings", "Anschluss des seriellen Scanners"),
    QT_TRANSLATE_NOOP("LocalSettings", "Baudrate des seriellen Scanners"),
    QT_TRANSLATE_NOOP("LocalSettings", "Größter Abstand zwischen Scanner-Tasten (ms)"),
    QT_TRANSLATE_NOOP("LocalSettings", "Mindestlänge eines Scans (Zeichen)"),
    QT_TRANSLATE_NOOP("LocalSettings", "Vorsatzzeichen des Tastatur-Scanners (wird entfernt)"),
    QT_TRANSLATE_NOOP("LocalSettings", "Nachsatzzeichen des Tastatur-Scanners (wird entfernt)"),
    QT_TRANSLATE_NOOP("LocalSettings", "Abschluss-Taste des Tastatur-Scanners"),
    QT_TRANSLATE_NOOP("LocalSettings", "Adresse des zentralen Servers"),
    QT_TRANSLATE_NOOP("LocalSettings", "CA-Zertifikat der Zentrale (leer = System-CAs)"),
)


def setting_label(definition: SettingDef) -> str:
    """The description of a setting in the UI language."""
    return QCoreApplication.translate("LocalSettings", definition.description)


class MachineSettingsForm(QWidget):
    """Edits the TOML settings of this till; ``saved`` fires after a successful save."""

    saved = Signal()

    def __init__(self, session: SessionState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.editors: dict[str, QWidget] = {}
        self._readers: dict[str, Callable[[], Any]] = {}
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        for definition in LOCAL_SETTINGS:
            editor = self._editor(definition)
            editor.setObjectName(f"setting:{definition.key}")
            editor.setAccessibleName(setting_label(definition))
            self.editors[definition.key] = editor
            label = QLabel(setting_label(definition) + ":")
            label.setBuddy(editor)
            form.addRow(label, editor)
        self.save_button = QPushButton(self.tr("Einstellungen speichern"))
        self.save_button.setProperty("role", "primary")
        self.save_button.setAutoDefault(False)
        self.save_button.clicked.connect(self.save)
        self.status_label = QLabel()
        self.status_label.setWordWrap(True)
        hint = QLabel(self.tr("Diese Einstellungen gelten nur für diesen Rechner. Sprache und "
                              "Geräte werden beim nächsten Start übernommen."))
        hint.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.status_label, 1)
        buttons.addWidget(self.save_button)
        # Scrolls rather than squeezes when the screen is small (1366x768 with a taskbar).
        fields = QWidget()
        fields.setLayout(form)
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
        self.load()

    def choice_label(self, choice: str) -> str:
        """How a stored choice value reads in the combo box."""
        labels = {
            "de": "Deutsch",
            "en": "English",
            "simulated": self.tr("simuliert (ohne Gerät)"),
            "escpos": self.tr("ESC/POS-Bondrucker (seriell/Netzwerk)"),
            "wedge": self.tr("Tastatur-Scanner (USB)"),
            "serial": self.tr("serieller Scanner"),
            "none": self.tr("keine"),
            "xonxoff": self.tr("XON/XOFF (Software)"),
            "rtscts": self.tr("RTS/CTS (Hardware)"),
            "off": self.tr("aus"),
            "on": self.tr("ein"),
            "full": self.tr("voller Schnitt"),
            "partial": self.tr("Teilschnitt"),
            "enter": self.tr("Enter"),
            "tab": self.tr("Tab"),
        }
        return labels.get(choice, choice)

    def _editor(self, definition: SettingDef) -> QWidget:
        key = definition.key
        if definition.choices:
            combo = QComboBox()
            for choice in definition.choices:
                combo.addItem(self.choice_label(choice), choice)
            self._readers[key] = lambda: combo.currentData()
            return combo
        if definition.type is int:
            spin = QSpinBox()
            spin.setRange(0, 10_000_000)
            self._readers[key] = spin.value
            return spin
        line = QLineEdit()
        self._readers[key] = line.text
        return line

    def load(self) -> None:
        """Fill the editors from the settings file."""
        for definition in LOCAL_SETTINGS:
            value = self.session.settings.get(definition.key)
            editor = self.editors[definition.key]
            if isinstance(editor, QComboBox):
                index = editor.findData(str(value))
                editor.setCurrentIndex(max(index, 0))
            elif isinstance(editor, QSpinBox):
                editor.setValue(int(value))
            elif isinstance(editor, QLineEdit):
                editor.setText(str(value))

    def value(self, key: str) -> Any:
        return self._readers[key]()

    def save(self) -> None:
        """Check every value, then write the file once; nothing is written on bad input."""
        current = self.session.settings
        staged = LocalSettings(current.path)
        try:
            for definition in LOCAL_SETTINGS:
                staged.set(definition.key, self.value(definition.key))
            staged.save()
        except (KasseError, OSError) as exc:
            self.session.notifier.error(self.session.ops.reporter.message_for(exc), self)
            return
        for definition in LOCAL_SETTINGS:
            current.set(definition.key, staged.get(definition.key))
        self.status_label.setText(self.tr("Gespeichert in %s") % current.path)
        self.saved.emit()
