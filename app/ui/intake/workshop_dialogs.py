"""Small dialogs of the workshop: edit, safety test, repair note, recycling.

Each dialog only collects input; the Annahme view makes the service call, so a refused
action shows its German message and the item stays as it was.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from app.services.catalog.messages import MATERIAL_LABELS
from app.services.intake.item_list import ItemRow
from app.services.kernel.formatting import format_grams
from app.sync_schema.enums import Condition, ItemStatus, values


class _FormDialog(QDialog):
    def __init__(self, title: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.form = QFormLayout()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Speichern"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Abbrechen"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(buttons)

    def values(self) -> dict[str, Any]:
        """The typed values, as keyword arguments for the service call."""
        return {}


class ItemEditDialog(_FormDialog):
    def __init__(self, row: ItemRow, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Artikel {code} bearbeiten").format(code=row.code), parent)
        self.description = QLineEdit(row.description)
        self.condition = QComboBox()
        self.condition.addItems(list(values(Condition)))
        self.condition.setCurrentText(row.condition)
        self.price = QLineEdit(f"{row.price_cents // 100},{row.price_cents % 100:02d}")
        self.weight = QLineEdit(format_grams(row.weight_g))
        self.location = QLineEdit(row.location)
        self.form.addRow(self.tr("Beschreibung"), self.description)
        self.form.addRow(self.tr("Zustand"), self.condition)
        self.form.addRow(self.tr("Preis (€)"), self.price)
        self.form.addRow(self.tr("Gewicht"), self.weight)
        self.form.addRow(self.tr("Lagerort"), self.location)

    def values(self) -> dict[str, Any]:
        return {"description": self.description.text(), "condition": self.condition.currentText(),
                "price": self.price.text(), "weight": self.weight.text(),
                "location": self.location.text()}


class SafetyTestDialog(_FormDialog):
    """Electrical safety test (DIN VDE 0701-0702): date, tester, result, device."""

    def __init__(self, code: str, tester: str, today: date,
                 parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Sicherheitsprüfung {code}").format(code=code), parent)
        self.passed = QRadioButton(self.tr("bestanden"))
        self.failed = QRadioButton(self.tr("nicht bestanden"))
        self.passed.setChecked(True)
        self.date = QDateEdit(QDate(today.year, today.month, today.day))
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("dd.MM.yyyy")
        self.tester = QLineEdit(tester)
        self.device = QLineEdit()
        self.device.setPlaceholderText(self.tr("z. B. Benning ST 710, Nr. 1234"))
        self.notes = QLineEdit()
        self.on_fail = QComboBox()
        self.on_fail.addItem(self.tr("zur Reparatur"), ItemStatus.IN_REPAIR.value)
        self.on_fail.addItem(self.tr("zum Recycling (Elektroschrott)"),
                             ItemStatus.RECYCLED.value)
        self.form.addRow(self.tr("Ergebnis"), self.passed)
        self.form.addRow("", self.failed)
        self.form.addRow(self.tr("Prüfdatum"), self.date)
        self.form.addRow(self.tr("Geprüft von"), self.tester)
        self.form.addRow(self.tr("Prüfgerät"), self.device)
        self.form.addRow(self.tr("Bemerkung"), self.notes)
        self.form.addRow(self.tr("Wenn nicht bestanden"), self.on_fail)

    def values(self) -> dict[str, Any]:
        return {"passed": self.passed.isChecked(), "tester": self.tester.text(),
                "date": self.date.date().toPython(), "device_id": self.device.text(),
                "notes": self.notes.text(), "on_fail": self.on_fail.currentData()}


class RepairNoteDialog(_FormDialog):
    def __init__(self, code: str, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Reparatur an {code}").format(code=code), parent)
        self.note = QLineEdit()
        self.note.setPlaceholderText(self.tr("Was wurde gemacht?"))
        self.parts = QLineEdit()
        self.parts.setPlaceholderText(self.tr("Verwendete Teile"))
        self.form.addRow(self.tr("Arbeit"), self.note)
        self.form.addRow(self.tr("Teile"), self.parts)

    def values(self) -> dict[str, Any]:
        return {"note": self.note.text(), "parts": self.parts.text()}


class RecycleDialog(_FormDialog):
    """Recycling or disposal with weight and material stream."""

    def __init__(self, row: ItemRow, default_stream: str, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("{code} recyceln oder entsorgen").format(code=row.code), parent)
        self.kind = QComboBox()
        self.kind.addItem(self.tr("recyceln"), ItemStatus.RECYCLED.value)
        self.kind.addItem(self.tr("entsorgen"), ItemStatus.DISPOSED.value)
        self.stream = QComboBox()
        for key, label in MATERIAL_LABELS.items():
            self.stream.addItem(label, key)
        self.stream.setCurrentIndex(max(self.stream.findData(default_stream), 0))
        self.weight = QLineEdit(format_grams(row.weight_g))
        self.form.addRow(self.tr("Art"), self.kind)
        self.form.addRow(self.tr("Stoffstrom"), self.stream)
        self.form.addRow(self.tr("Gewicht"), self.weight)

    def values(self) -> dict[str, Any]:
        return {"kind": self.kind.currentData(), "material_stream": self.stream.currentData(),
                "weight": self.weight.text()}
