"""The keyboard-first intake form: Enter saves and starts the next item."""

from __future__ import annotations

from itertools import pairwise

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.services.catalog.categories import CategoryInfo
from app.services.intake import intake
from app.services.intake.intake import IntakeInput, ItemInfo
from app.services.kernel.formatting import format_cents, format_grams
from app.sync_schema import limits
from app.sync_schema.enums import Condition, values
from app.ui.shell.session import SessionState


class IntakeForm(QWidget):
    """Category (with search), description, condition, price, weight, quantity, notes."""

    items_saved = Signal(list)  # list[str] of new codes

    def __init__(self, state: SessionState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self._categories: list[CategoryInfo] = []
        self._saving = False

        self.category = QComboBox()
        self.category.setEditable(True)
        self.category.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.category.setObjectName("intakeCategory")
        completer = QCompleter(self.category.model(), self.category)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.category.setCompleter(completer)
        self.category.currentTextChanged.connect(self._category_changed)

        self.description = QLineEdit()
        self.description.setMaxLength(120)
        self.description.setPlaceholderText(self.tr("z. B. Kommode Eiche, 3 Schubladen"))
        self.condition = QComboBox()
        self.condition.addItems(list(values(Condition)))
        self.condition.setCurrentText(Condition.GOOD)
        self.price = QLineEdit()
        self.weight = QLineEdit()
        self.quantity = QSpinBox()
        self.quantity.setRange(1, limits.MAX_INTAKE_PIECES)
        self.donor_note = QLineEdit()
        self.donor_note.setMaxLength(200)
        self.location = QLineEdit()
        self.location.setMaxLength(40)
        self.location.setPlaceholderText(self.tr("z. B. Regal 4"))

        left, right = QFormLayout(), QFormLayout()
        left.addRow(self.tr("&Warengruppe"), self.category)
        left.addRow(self.tr("Besc&hreibung"), self.description)
        left.addRow(self.tr("&Zustand"), self.condition)
        left.addRow(self.tr("&Preis (€)"), self.price)
        right.addRow(self.tr("&Gewicht (kg)"), self.weight)
        right.addRow(self.tr("S&tückzahl"), self.quantity)
        right.addRow(self.tr("Spender-&Notiz"), self.donor_note)
        right.addRow(self.tr("&Lagerort"), self.location)
        form = QHBoxLayout()
        form.addLayout(left, 3)
        form.addLayout(right, 2)

        self.save_button = QPushButton(self.tr("Speichern und nächster Artikel (Enter)"))
        self.save_button.setProperty("role", "primary")
        self.save_button.clicked.connect(self.save)
        self.message = QLabel()
        self.message.setObjectName("intakeMessage")
        self.message.setWordWrap(True)

        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addStretch()
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        order = (self.category, self.description, self.condition, self.price, self.weight,
                 self.quantity, self.donor_note, self.location)
        for first, second in pairwise(order):
            QWidget.setTabOrder(first, second)

    # --- data ------------------------------------------------------------------------

    def _set_categories(self, categories: list[CategoryInfo]) -> None:
        current = self.category.currentText()
        self._categories = categories
        self.category.blockSignals(True)
        self.category.clear()
        self.category.addItems([c.name for c in categories])
        self.category.setCurrentIndex(-1)
        self.category.setEditText(current)
        self.category.blockSignals(False)
        self._category_changed(current)

    def selected_category(self) -> CategoryInfo | None:
        text = self.category.currentText().strip().lower()
        if not text:
            return None
        exact = [c for c in self._categories if c.name.lower() == text]
        if exact:
            return exact[0]
        hits = [c for c in self._categories if text in c.name.lower()]
        return hits[0] if len(hits) == 1 else None

    def _category_changed(self, _text: str) -> None:
        cat = self.selected_category()
        if cat is None:
            self.price.setPlaceholderText("")
            self.weight.setPlaceholderText("")
            return
        self.price.setPlaceholderText(
            self.tr("{price} (Standard)").format(price=format_cents(cat.default_price_cents)))
        self.weight.setPlaceholderText(
            self.tr("{weight} (Durchschnitt)").format(weight=format_grams(cat.avg_weight_g)))

    # --- saving ----------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            completer = self.category.completer()
            popup = completer.popup() if completer is not None else None
            choosing = self.category.hasFocus() and popup is not None and popup.isVisible()
            if not choosing:
                self.save()
                event.accept()
                return
        super().keyPressEvent(event)

    def current_input(self) -> IntakeInput:
        cat = self.selected_category()
        return IntakeInput(
            category=cat.id if cat else self.category.currentText(),
            description=self.description.text(),
            condition=self.condition.currentText(),
            price=self.price.text() or None,
            weight=self.weight.text() or None,
            quantity=self.quantity.value(),
            donor_note=self.donor_note.text(),
            location=self.location.text(),
        )

    def save(self) -> None:
        if self._saving:
            return
        self._saving = True
        self.save_button.setEnabled(False)
        self.state.ops.call(self.state.actor, intake.take_in, self.current_input()).then(
            self._saved, self._failed, parent=self)

    def _saved(self, items: list[ItemInfo]) -> None:
        self._saving = False
        self.save_button.setEnabled(True)
        first = items[0]
        codes = [i.code for i in items]
        self.message.setProperty("error", False)
        self.message.setText(self.tr("Gespeichert: {n} × {desc} zu {price} — {codes}").format(
            n=len(items), desc=first.description, price=format_cents(first.price_cents),
            codes=", ".join(codes)))
        self._restyle_message()
        for field in (self.description, self.price, self.weight, self.donor_note):
            field.clear()
        self.quantity.setValue(1)
        self.category.setFocus()
        line = self.category.lineEdit()
        if line is not None:
            line.selectAll()
        self.items_saved.emit(codes)

    def _failed(self, error: BaseException) -> None:
        """Keep everything typed; say what to fix right under the form."""
        self._saving = False
        self.save_button.setEnabled(True)
        self.message.setProperty("error", True)
        self.message.setText(self.state.ops.reporter.message_for(error))
        self._restyle_message()

    def _restyle_message(self) -> None:
        self.message.style().unpolish(self.message)
        self.message.style().polish(self.message)
