"""How an order went, as dispatch records it: delivered (with the km, if the rider says),
nobody in, or moved to a new day and window.

The dialog only collects; the dispatch view calls ``orders.set_status`` and either closes
it or shows the refusal here, with everything typed kept. Enter saves once, Escape goes
back.
"""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent, QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.services.delivery.documents import window_text
from app.services.delivery.messages import STATUS_LABELS
from app.services.delivery.model import OrderView
from app.services.delivery.orders import StatusInput
from app.sync_schema import limits
from app.sync_schema.enums import DeliveryStatus
from app.ui.delivery.day_edit import DayEdit
from app.ui.kit.fields import fit_placeholder
from app.ui.kit.message_line import MessageLine
from app.ui.kit.plain_text import plain

ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class StatusDialog(QDialog):
    """One status change of one order; ``submitted`` carries it to the dispatch view."""

    submitted = Signal(object)  # StatusInput

    def __init__(self, order: OrderView, status: DeliveryStatus, today: date,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("statusDialog")
        self.order = order
        self.status = status
        self.busy = False
        self.setWindowTitle(self.tr("{number}: {status}").format(
            number=order.number, status=STATUS_LABELS[status]))
        about = plain(QLabel(self.tr("{number} · {day}, {window} Uhr · {name}").format(
            number=order.number, day=order.day.strftime("%d.%m.%Y"),
            window=window_text(order), name=order.name or "–")))
        about.setWordWrap(True)
        form = QFormLayout()
        self.km = QLineEdit()
        self.km.setMaxLength(12)
        self.km.setPlaceholderText(self.tr("z. B. 4,2 – freiwillig"))
        self.note = QLineEdit()
        self.note.setMaxLength(limits.DELIVERY_NOTE_LENGTH)
        self.note.setPlaceholderText(self.tr("z. B. niemand da, Nachbar hat angenommen"))
        first = max(today, order.day)
        self.day = DayEdit(first + timedelta(days=1), first=today)
        self.window_from = QLineEdit()
        self.window_from.setPlaceholderText(self.tr("z. B. 10:00"))
        self.window_to = QLineEdit()
        self.window_to.setPlaceholderText(self.tr("z. B. 12:00"))
        for edit in (self.km, self.note, self.window_from, self.window_to):
            fit_placeholder(edit)
        if status == DeliveryStatus.DELIVERED:
            self._row(form, self.tr("&Kilometer:"), self.km)
        if status == DeliveryStatus.RESCHEDULED:
            self._row(form, self.tr("Neuer &Tag:"), self.day)
            window = QWidget()
            row = QHBoxLayout(window)
            row.setContentsMargins(0, 0, 0, 0)
            row.addWidget(self.window_from)
            until = QLabel(self.tr("b&is"))
            until.setBuddy(self.window_to)
            row.addWidget(until)
            row.addWidget(self.window_to)
            row.addWidget(QLabel(self.tr("Uhr")))
            row.addStretch(1)
            self.window_from.setAccessibleName(self.tr("Zeitfenster von"))
            self.window_to.setAccessibleName(self.tr("Zeitfenster bis"))
            label = QLabel(self.tr("Zeitfenster &von:"))
            label.setBuddy(self.window_from)
            form.addRow(label, window)
        self._row(form, self.tr("&Notiz:"), self.note)
        self.message = MessageLine()
        for edit in (self.km, self.note, self.window_from, self.window_to):
            edit.textEdited.connect(lambda _text: self.message.clear())
        self.save_button = QPushButton(self.tr("Speichern (Enter)"))
        self.save_button.setProperty("role", "primary")
        self.save_button.setAccessibleName(self.tr("Speichern"))
        self.save_button.clicked.connect(self.submit)
        back = QPushButton(self.tr("Abbrechen (Esc)"))
        back.setAccessibleName(self.tr("Abbrechen"))
        back.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(back)
        layout = QVBoxLayout(self)
        layout.addWidget(about)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self.setMinimumWidth(520)

    def _row(self, form: QFormLayout, text: str, field: QWidget) -> None:
        label = QLabel(text)
        label.setBuddy(field)
        field.setAccessibleName(text.replace("&", "").rstrip(":"))
        form.addRow(label, field)

    def first_input(self) -> QWidget:
        if self.status == DeliveryStatus.DELIVERED:
            return self.km
        if self.status == DeliveryStatus.RESCHEDULED:
            return self.window_from
        return self.note

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.activateWindow()
        self.first_input().setFocus()

    def status_input(self) -> StatusInput:
        """What is typed, for ``orders.set_status``."""
        moved = self.status == DeliveryStatus.RESCHEDULED
        return StatusInput(
            number=self.order.number, status=self.status, note=self.note.text(),
            new_day=self.day.day() if moved else None,
            window_from=self.window_from.text() if moved else "",
            window_to=self.window_to.text() if moved else "",
            km=self.km.text() if self.status == DeliveryStatus.DELIVERED else "")

    def submit(self) -> None:
        """Hand the change on once; a second Enter while it is saved does nothing."""
        if self.busy:
            return
        self.busy = True
        self.save_button.setEnabled(False)
        self.message.info(self.tr("Wird gespeichert …"))
        self.submitted.emit(self.status_input())

    def refused(self, text: str) -> None:
        """The service said no: its words here, the fields as they were typed."""
        self.busy = False
        self.save_button.setEnabled(True)
        self.message.error(text)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in ENTER_KEYS and not (
                event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier):
            self.submit()
            event.accept()
            return
        super().keyPressEvent(event)
