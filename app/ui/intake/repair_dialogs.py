"""The workshop's repair record (ORDS outcome and barrier, time, parts) and volunteer hours.

Like the other workshop dialogs they only collect input; the values are checked here with
the service's own rules, so a typo is named in the dialog and nothing is lost, and the
Annahme view makes the service call.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QComboBox, QDateEdit, QLineEdit, QWidget

from app.errors import KasseError
from app.services.workshop import messages as workshop_msg
from app.services.workshop import repairs
from app.services.workshop.repairs import RepairInput
from app.sync_schema.enums import RepairStatus
from app.ui.intake.workshop_dialogs import _FormDialog
from app.ui.kit.fields import fit_placeholder
from app.ui.kit.message_line import MessageLine


def _date_edit(today: date) -> QDateEdit:
    edit = QDateEdit(QDate(today.year, today.month, today.day))
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("dd.MM.yyyy")
    edit.setMaximumDate(QDate(today.year, today.month, today.day))
    return edit


def _day(edit: QDateEdit) -> date:
    day = edit.date().toPython()
    assert isinstance(day, date)
    return day


class RepairRecordDialog(_FormDialog):
    """Record a repair attempt: outcome (no preselection), barrier when not repairable,
    brand, model, year, problem, minutes, parts, date."""

    def __init__(self, code: str, today: date, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Reparatur erfassen: {code}").format(code=code), parent)
        self.code = code
        self.today = today
        self.outcome = QComboBox()
        self.outcome.addItem(self.tr("– bitte wählen –"), "")
        for status, label in workshop_msg.STATUS_LABELS.items():
            self.outcome.addItem(label, str(status))
        self.barrier = QComboBox()
        self.barrier.addItem(self.tr("– keins –"), "")
        for barrier, label in workshop_msg.BARRIER_LABELS.items():
            self.barrier.addItem(label, str(barrier))
        self.problem = QLineEdit()
        self.problem.setPlaceholderText(self.tr("Was war defekt? Was wurde gemacht?"))
        self.brand = QLineEdit()
        self.model = QLineEdit()
        self.year = QLineEdit()
        self.year.setPlaceholderText(self.tr("z. B. 2015 – leer: unbekannt"))
        self.minutes = QLineEdit()
        self.minutes.setPlaceholderText(self.tr("z. B. 45"))
        self.parts = QLineEdit()
        self.parts.setPlaceholderText(self.tr("Verwendete Teile"))
        self.date = _date_edit(today)
        for edit in (self.problem, self.year, self.minutes, self.parts):
            fit_placeholder(edit)
        self.form.addRow(self.tr("Ergebnis"), self.outcome)
        self.form.addRow(self.tr("Hindernis"), self.barrier)
        self.form.addRow(self.tr("Fehler"), self.problem)
        self.form.addRow(self.tr("Marke"), self.brand)
        self.form.addRow(self.tr("Modell"), self.model)
        self.form.addRow(self.tr("Baujahr"), self.year)
        self.form.addRow(self.tr("Zeit (Minuten)"), self.minutes)
        self.form.addRow(self.tr("Teile"), self.parts)
        self.form.addRow(self.tr("Datum"), self.date)
        self.message = MessageLine()
        self.layout().addWidget(self.message)  # type: ignore[union-attr]
        self.outcome.currentIndexChanged.connect(self._outcome_changed)
        self.barrier.currentIndexChanged.connect(lambda _i: self.message.clear())
        for edit in (self.problem, self.year, self.minutes):
            edit.textEdited.connect(lambda _t: self.message.clear())
        self._outcome_changed()

    def first_input(self) -> QWidget | None:
        return self.outcome

    def _outcome_changed(self) -> None:
        """The barrier belongs to "nicht reparierbar" only (ORDS: End of life)."""
        self.message.clear()
        end_of_life = self.outcome.currentData() == RepairStatus.END_OF_LIFE.value
        self.barrier.setEnabled(end_of_life)
        if not end_of_life:
            self.barrier.setCurrentIndex(0)

    def repair_input(self) -> RepairInput:
        """What was typed, for ``repairs.record_repair``."""
        return RepairInput(
            code=self.code, problem=self.problem.text(),
            repair_status=str(self.outcome.currentData() or ""),
            barrier=str(self.barrier.currentData() or "") or None, brand=self.brand.text(),
            model=self.model.text(), year=self.year.text(), minutes=self.minutes.text(),
            parts=self.parts.text(), repaired_on=_day(self.date))

    def accept(self) -> None:
        """Check with the service's rules; a refusal is shown here and nothing is sent."""
        if not self.outcome.currentData():
            self.message.error(self.tr("Bitte das Ergebnis wählen: repariert, reparierbar "
                                       "oder nicht reparierbar."))
            self.outcome.setFocus()
            return
        try:
            repairs.check_input(self.repair_input(), self.today)
        except KasseError as error:
            self.message.error(str(error))
            return
        super().accept()


class HoursDialog(_FormDialog):
    """Log a volunteer's time outside recorded repairs (sorting, intake, …)."""

    def __init__(self, volunteer: str, today: date, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Stunden erfassen"), parent)
        self.today = today
        self.minutes = QLineEdit()
        self.minutes.setPlaceholderText(self.tr("z. B. 120"))
        self.activity = QLineEdit()
        self.activity.setPlaceholderText(self.tr("z. B. Sortieren, Annahme"))
        self.volunteer = QLineEdit(volunteer)
        self.date = _date_edit(today)
        for edit in (self.minutes, self.activity):
            fit_placeholder(edit)
        self.form.addRow(self.tr("Zeit (Minuten)"), self.minutes)
        self.form.addRow(self.tr("Tätigkeit"), self.activity)
        self.form.addRow(self.tr("Ehrenamtliche (Anmeldename)"), self.volunteer)
        self.form.addRow(self.tr("Datum"), self.date)
        self.message = MessageLine()
        self.layout().addWidget(self.message)  # type: ignore[union-attr]
        for edit in (self.minutes, self.activity):
            edit.textEdited.connect(lambda _t: self.message.clear())

    def first_input(self) -> QWidget | None:
        return self.minutes

    def values(self) -> dict[str, object]:
        return {"minutes": self.minutes.text(), "activity": self.activity.text(),
                "worked_on": _day(self.date), "volunteer": self.volunteer.text()}

    def accept(self) -> None:
        try:
            repairs.parse_minutes(self.minutes.text(), at_least=1)
        except KasseError as error:
            self.message.error(str(error))
            self.minutes.setFocus()
            return
        if not self.activity.text().strip():
            self.message.error(str(workshop_msg.ACTIVITY_MISSING))
            self.activity.setFocus()
            return
        super().accept()
