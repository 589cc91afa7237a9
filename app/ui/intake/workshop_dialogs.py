"""Small dialogs of the workshop: edit, safety test, repair note, recycling.

Each dialog only collects input; the Annahme view makes the service call, so a refused
action shows its German message and the item stays as it was.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QDate
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from app.errors import KasseError
from app.services.catalog.messages import MATERIAL_LABELS
from app.services.intake import safety
from app.services.intake.item_list import ItemRow
from app.services.intake.messages import CONDITION_LABELS
from app.services.kernel.formatting import format_grams
from app.sync_schema.enums import ItemStatus
from app.ui.kit.confirm import ConfirmDialog, ask
from app.ui.kit.fields import chosen, fill_choices, fit_placeholder
from app.ui.kit.message_line import MessageLine


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

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.activateWindow()  # typing goes into the dialog, never to the list behind it
        first = self.first_input()
        if first is not None:
            first.setFocus()

    def first_input(self) -> QWidget | None:
        """The field the keyboard starts in (None: Qt's first in the tab chain)."""
        return None


class ItemEditDialog(_FormDialog):
    def __init__(self, row: ItemRow, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Artikel {code} bearbeiten").format(code=row.code), parent)
        self.description = QLineEdit(row.description)
        self.condition = fill_choices(QComboBox(), CONDITION_LABELS, row.condition)
        self.price = QLineEdit(f"{row.price_cents // 100},{row.price_cents % 100:02d}")
        self.weight = QLineEdit(format_grams(row.weight_g))
        self.location = QLineEdit(row.location)
        self.form.addRow(self.tr("Beschreibung"), self.description)
        self.form.addRow(self.tr("Zustand"), self.condition)
        self.form.addRow(self.tr("Preis (€)"), self.price)
        self.form.addRow(self.tr("Gewicht"), self.weight)
        self.form.addRow(self.tr("Lagerort"), self.location)

    def values(self) -> dict[str, Any]:
        return {"description": self.description.text(), "condition": chosen(self.condition),
                "price": self.price.text(), "weight": self.weight.text(),
                "location": self.location.text()}


class SafetyTestDialog(_FormDialog):
    """Electrical safety test (DGUV V3 / DIN VDE 0701-0702): result, visual check, the
    three measured values, date, tester, device.

    No result is preselected: the tester chooses "bestanden" or "nicht bestanden". Values
    are checked here with the service's own rules, then saving is confirmed once (Enter
    confirms, Escape returns to the values).
    """

    def __init__(self, code: str, tester: str, today: date,
                 parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Sicherheitsprüfung {code}").format(code=code), parent)
        self.code = code
        self.confirm_dialog: ConfirmDialog | None = None
        self.passed = QRadioButton(self.tr("&bestanden"))
        self.failed = QRadioButton(self.tr("&nicht bestanden"))
        self.result_group = QButtonGroup(self)
        self.result_group.setExclusive(True)
        self.result_group.addButton(self.passed)
        self.result_group.addButton(self.failed)
        results = QHBoxLayout()
        results.addWidget(self.passed)
        results.addWidget(self.failed)
        results.addStretch()
        self.visual = QCheckBox(self.tr("&Sichtprüfung bestanden"))
        self.pe_resistance = QLineEdit()
        self.pe_resistance.setPlaceholderText(self.tr("z. B. 0,12 – leer: ohne Schutzleiter"))
        self.insulation = QLineEdit()
        self.insulation.setPlaceholderText(self.tr("z. B. 250"))
        self.leakage = QLineEdit()
        self.leakage.setPlaceholderText(self.tr("z. B. 0,25"))
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
        for edit in (self.pe_resistance, self.insulation, self.leakage, self.device):
            fit_placeholder(edit)
        self.form.addRow(self.tr("Ergebnis"), results)
        self.form.addRow("", self.visual)
        self.form.addRow(self.tr("Schutzleiterwiderstand (Ω)"), self.pe_resistance)
        self.form.addRow(self.tr("Isolationswiderstand (MΩ)"), self.insulation)
        self.form.addRow(self.tr("Ableitstrom (mA)"), self.leakage)
        self.form.addRow(self.tr("Prüfdatum"), self.date)
        self.form.addRow(self.tr("Geprüft von"), self.tester)
        self.form.addRow(self.tr("Prüfgerät"), self.device)
        self.form.addRow(self.tr("Bemerkung"), self.notes)
        self.form.addRow(self.tr("Wenn nicht bestanden"), self.on_fail)
        self.message = MessageLine()
        self.layout().addWidget(self.message)  # type: ignore[union-attr]
        self.result_group.buttonToggled.connect(lambda *_: self.message.clear())
        for edit in (self.pe_resistance, self.insulation, self.leakage, self.tester):
            edit.textEdited.connect(lambda _t: self.message.clear())
        self.visual.toggled.connect(lambda _on: self.message.clear())
        # No fixed minimum width: the layout's own minimum keeps the labels and the
        # placeholders whole in either language (a fixed 520 px cut the English labels).

    def first_input(self) -> QWidget | None:
        return self.passed

    def measurements(self) -> safety.Measurements:
        """The typed values in integer units; a ``ValidationError`` names a bad one."""
        return safety.Measurements(
            visual_ok=self.visual.isChecked(),
            pe_resistance_mohm=safety.parse_thousandths(
                self.pe_resistance.text(), self.tr("Schutzleiterwiderstand")),
            insulation_kohm=safety.parse_thousandths(
                self.insulation.text(), self.tr("Isolationswiderstand")),
            leakage_ua=safety.parse_thousandths(self.leakage.text(), self.tr("Ableitstrom")))

    def values(self) -> dict[str, Any]:
        return {"passed": self.passed.isChecked(), "tester": self.tester.text(),
                "date": self.date.date().toPython(), "device_id": self.device.text(),
                "notes": self.notes.text(), "on_fail": self.on_fail.currentData(),
                "measurements": self.measurements()}

    def accept(self) -> None:
        """Check the result and the values, then ask once before saving."""
        if self.result_group.checkedButton() is None:
            self.message.error(self.tr("Bitte das Ergebnis wählen: bestanden oder nicht "
                                       "bestanden."))
            self.passed.setFocus()
            return
        if not self.tester.text().strip():
            self.message.error(self.tr("Bitte angeben, wer geprüft hat."))
            self.tester.setFocus()
            return
        try:
            values = self.measurements()
            safety.check(self.passed.isChecked(), values)
        except KasseError as error:
            self.message.error(str(error))
            return
        self.confirm_dialog = ask(
            self, self.tr("Prüfung speichern?"),
            self.tr("Prüfung von {code} als „{result}“ speichern?").format(
                code=self.code, result=self._result_text()),
            self.tr("Speichern (Enter)"), self._confirmed, self._summary(values))
        self.confirm_dialog.rejected.connect(self._back)

    def _back(self) -> None:
        """Escape on the question: back to the values, nothing saved."""
        self.confirm_dialog = None
        self.activateWindow()
        chosen = self.passed if self.passed.isChecked() else self.failed
        chosen.setFocus()

    def _confirmed(self) -> None:
        self.confirm_dialog = None
        super().accept()

    def _result_text(self) -> str:
        return self.tr("bestanden") if self.passed.isChecked() else self.tr("nicht bestanden")

    def _summary(self, values: safety.Measurements) -> str:
        def shown(value: int | None, unit: str) -> str:
            text = safety.format_thousandths(value)
            return f"{text} {unit}" if text else self.tr("nicht gemessen")
        lines = [
            self.tr("Sichtprüfung: {state}").format(
                state=self.tr("bestanden") if values.visual_ok else self.tr("nicht bestanden")),
            self.tr("Schutzleiterwiderstand: {v}").format(v=shown(values.pe_resistance_mohm,
                                                                  "Ω")),
            self.tr("Isolationswiderstand: {v}").format(v=shown(values.insulation_kohm, "MΩ")),
            self.tr("Ableitstrom: {v}").format(v=shown(values.leakage_ua, "mA")),
            self.tr("Geprüft von {tester} am {date}").format(
                tester=self.tester.text().strip(), date=self.date.text()),
        ]
        return "\n".join(lines)


class RepairNoteDialog(_FormDialog):
    def __init__(self, code: str, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Reparatur an {code}").format(code=code), parent)
        self.note = QLineEdit()
        self.note.setPlaceholderText(self.tr("Was wurde gemacht?"))
        self.parts = QLineEdit()
        self.parts.setPlaceholderText(self.tr("Verwendete Teile"))
        for edit in (self.note, self.parts):
            fit_placeholder(edit)
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
