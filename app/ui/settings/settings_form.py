"""Editors for this machine's settings, built from their declarations in ``app.config``.

Each ``SettingDef`` decides its editor: a combo box for a choice, a spin box for a
number, a line for text, labelled with its German description. The "Dieser Rechner" page
shows every setting, the "Geräte" page the printer and scanner ones; both build them here.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QLineEdit, QSpinBox, QWidget

from app.config import LOCAL_SETTINGS, LocalSettings, SettingDef
from app.ui.shell.session import SessionState

# The descriptions are declared once, in German, in ``app.config``; these marks only let
# lupdate collect them for the English file. A test checks that both lists agree.
TRANSLATABLE_DESCRIPTIONS = (
    QT_TRANSLATE_NOOP("LocalSettings", "Datenverzeichnis (leer = Standard des Systems)"),
    QT_TRANSLATE_NOOP("LocalSettings", "Sprache der Oberfläche"),
    QT_TRANSLATE_NOOP("LocalSettings", "Kompakte Ansicht für kleine Bildschirme"),
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
    QT_TRANSLATE_NOOP("LocalSettings",
                      "TSE: software = Software-TSE (nur Entwicklung/Schulung, nicht zertifiziert, nicht für den Echtbetrieb); fiskaly = Cloud-TSE; none = ohne TSE"),  # noqa: E501 (lupdate needs one literal)
    QT_TRANSLATE_NOOP("LocalSettings",
                      "Seriennummer der Kasse in der TSE (leer = KREISLAUF-S<Nr>)"),
    QT_TRANSLATE_NOOP("LocalSettings",
                      "Adresse der fiskaly-API"),
    QT_TRANSLATE_NOOP("LocalSettings",
                      "fiskaly API-Schlüssel"),
    QT_TRANSLATE_NOOP("LocalSettings",
                      "fiskaly API-Geheimnis"),
    QT_TRANSLATE_NOOP("LocalSettings",
                      "fiskaly TSS-ID"),
    QT_TRANSLATE_NOOP("LocalSettings",
                      "fiskaly Client-ID dieser Kasse"),
    QT_TRANSLATE_NOOP("LocalSettings",
                      "Wartezeit auf die Cloud-TSE (Sekunden)"),
    QT_TRANSLATE_NOOP("LocalSettings",
                      "TSE-Ausfall: ab so vielen Stunden als meldepflichtig markieren"),
    QT_TRANSLATE_NOOP("LocalSettings", "Adresse des zentralen Servers"),
    QT_TRANSLATE_NOOP("LocalSettings", "CA-Zertifikat der Zentrale (leer = System-CAs)"),
    QT_TRANSLATE_NOOP("LocalSettings",
                      "Ordner der Sicherungen, z. B. USB-Stick (leer = backups im Datenverzeichnis)"),  # noqa: E501
    QT_TRANSLATE_NOOP("LocalSettings", "Sicherungen dieser Kasse so viele Tage aufheben"),
    QT_TRANSLATE_NOOP("LocalSettings",
                      "Geodienst für Koordinaten (Nominatim-kompatibel, …/search; leer = keiner)"),
)
_DEFS = {d.key: d for d in LOCAL_SETTINGS}


def setting_label(definition: SettingDef) -> str:
    """The description of a setting in the UI language."""
    return QCoreApplication.translate("LocalSettings", definition.description)


class SettingsFields(QObject):
    """One editor per setting key; ``edited(key)`` fires when the user changes one.

    ``staged()`` gives the settings file with the editors' values applied (not saved yet)
    and raises a German ``ValidationError`` for a bad value; ``save()`` writes the file
    once and then updates the running settings, so bad input never half-saves.
    """

    edited = Signal(str)

    def __init__(self, session: SessionState, keys: Sequence[str], name_prefix: str,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.editors: dict[str, QWidget] = {}
        self._readers: dict[str, Callable[[], Any]] = {}
        for key in keys:
            editor = self._editor(_DEFS[key])
            editor.setObjectName(f"{name_prefix}:{key}")
            editor.setAccessibleName(setting_label(_DEFS[key]))
            self.editors[key] = editor
        self.load()

    def form(self, keys: Sequence[str] | None = None) -> QFormLayout:
        """A labelled form of the editors for ``keys`` (all of them by default)."""
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        for key in keys or list(self.editors):
            label = QLabel(setting_label(_DEFS[key]) + ":")
            label.setBuddy(self.editors[key])
            form.addRow(label, self.editors[key])
        return form

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
            "auto": self.tr("automatisch (nach Bildschirmgröße)"),
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
            self._readers[key] = combo.currentData
            combo.currentIndexChanged.connect(lambda _i: self.edited.emit(key))
            return combo
        if definition.type is int:
            spin = QSpinBox()
            spin.setRange(0, 10_000_000)
            self._readers[key] = spin.value
            spin.valueChanged.connect(lambda _v: self.edited.emit(key))
            return spin
        line = QLineEdit()
        self._readers[key] = line.text
        line.textChanged.connect(lambda _t: self.edited.emit(key))
        return line

    def load(self) -> None:
        """Fill the editors from the running settings."""
        for key, editor in self.editors.items():
            value = self.session.settings.get(key)
            if isinstance(editor, QComboBox):
                editor.setCurrentIndex(max(editor.findData(str(value)), 0))
            elif isinstance(editor, QSpinBox):
                editor.setValue(int(value))
            elif isinstance(editor, QLineEdit):
                editor.setText(str(value))

    def value(self, key: str) -> Any:
        return self._readers[key]()

    def staged(self) -> LocalSettings:
        """The settings file with the editors' values applied (not saved); raises German."""
        staged = LocalSettings(self.session.settings.path)
        for key in self.editors:
            staged.set(key, self.value(key))
        return staged

    def save(self) -> LocalSettings:
        """Check every value, write the file once, then update the running settings.

        Raises ``KasseError`` (bad value) or ``OSError`` (file) with nothing written.
        """
        staged = self.staged()
        staged.save()
        for key in self.editors:
            self.session.settings.set(key, staged.get(key))
        return staged
