"""The keyboard-first intake form: Enter saves and starts the next item.

After saving, every field starts empty again (condition back to "gut", quantity 1)
unless the volunteer ticked its "behalten" marker: a condition chosen once must not be
stored silently on the next six items. Ctrl+K in a field ticks or unticks its marker.
"""

from __future__ import annotations

from itertools import pairwise

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QCompleter,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.services.catalog.categories import CategoryInfo
from app.services.intake import intake
from app.services.intake.intake import IntakeInput, ItemInfo
from app.services.intake.messages import CONDITION_LABELS
from app.services.kernel.formatting import format_cents, format_grams
from app.sync_schema import limits
from app.sync_schema.enums import Condition
from app.ui.kit.fields import choose, chosen, fill_choices
from app.ui.kit.message_line import MessageKind, MessageLine
from app.ui.shell.session import SessionState

KEEP_SHORTCUT = "Ctrl+K"


class KeepToggle(QCheckBox):
    """The visible "keep for the next item" marker of one field (ticked: kept)."""

    def __init__(self, field: QWidget, label: QLabel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.field = field
        self.label = label
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes field to field
        self.setToolTip(self.tr("Wert für den nächsten Artikel behalten (Strg+K im Feld)"))
        self.toggled.connect(self._show_state)
        self._show_state(False)

    def _show_state(self, kept: bool) -> None:
        name = self.label.text().replace("&", "")
        self.setAccessibleName(self.tr("{field} behalten").format(field=name))
        self.field.setProperty("kept", kept)
        font = self.label.font()
        font.setBold(kept)
        self.label.setFont(font)


class IntakeForm(QWidget):
    """Category (with search), description, condition, price, weight, quantity, notes."""

    items_saved = Signal(list)  # list[str] of new codes

    def __init__(self, state: SessionState, message: MessageLine | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self._categories: list[CategoryInfo] = []
        self._saving = False
        self.message = message if message is not None else MessageLine()

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
        # The completer eats the field's focus-out events, so watch the focus itself.
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._focus_moved)
        popup = completer.popup()
        if popup is not None:
            popup.installEventFilter(self)  # Ctrl+K while the list of matches is open

        self.description = QLineEdit()
        self.description.setMaxLength(limits.DESCRIPTION_LENGTH)
        self.description.setPlaceholderText(self.tr("z. B. Stuhl, Buche"))
        self.condition = fill_choices(QComboBox(), CONDITION_LABELS, Condition.GOOD)
        self.price = QLineEdit()
        self.weight = QLineEdit()
        self.quantity = QSpinBox()
        self.quantity.setRange(1, limits.MAX_INTAKE_PIECES)
        self.donor_note = QLineEdit()
        self.donor_note.setMaxLength(limits.NOTE_LENGTH)
        self.location = QLineEdit()
        self.location.setMaxLength(limits.LOCATION_LENGTH)
        self.location.setPlaceholderText(self.tr("Regal 4"))

        self.fields: tuple[QWidget, ...] = (
            self.category, self.description, self.condition, self.price, self.weight,
            self.quantity, self.donor_note, self.location)
        self.keep: dict[QWidget, KeepToggle] = {}
        self.save_button = QPushButton(self.tr("Speichern\n(Enter)"))
        self.save_button.setProperty("role", "primary")
        self.save_button.setAccessibleName(self.tr("Speichern (Enter)"))
        self.save_button.setAutoDefault(False)
        self.save_button.clicked.connect(self.save)
        self.save_button.setSizePolicy(QSizePolicy.Policy.Minimum,
                                       QSizePolicy.Policy.Expanding)
        # Two columns of four compact rows: the item list below gets the height.
        columns = (
            ((self.tr("&Warengruppe"), self.category), (self.tr("Besc&hreibung"),
                                                        self.description),
             (self.tr("&Zustand"), self.condition), (self.tr("&Preis (€)"), self.price)),
            ((self.tr("&Gewicht (kg)"), self.weight), (self.tr("S&tückzahl"), self.quantity),
             (self.tr("Spender-&Notiz"), self.donor_note), (self.tr("&Lagerort"),
                                                            self.location)),
        )
        grid = QGridLayout()
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(6)
        grid.setVerticalSpacing(4)
        for c, column in enumerate(columns):
            for r, (label_text, field) in enumerate(column):
                label = QLabel(label_text)
                label.setBuddy(field)
                field.setAccessibleName(label.text().replace("&", ""))
                toggle = KeepToggle(field, label)
                toggle.setObjectName(f"keep:{field.metaObject().className()}:{r}:{c}")
                self.keep[field] = toggle
                grid.addWidget(toggle, r, 4 * c)
                grid.addWidget(label, r, 4 * c + 1)
                grid.addWidget(field, r, 4 * c + 2)
        grid.setColumnStretch(2, 3)
        grid.setColumnStretch(6, 2)
        grid.setColumnMinimumWidth(3, 10)  # a gap between the two columns
        grid.setColumnMinimumWidth(7, 4)
        grid.addWidget(self.save_button, 0, 8, len(columns[0]), 1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(grid)
        for first, second in pairwise(self.fields):
            QWidget.setTabOrder(first, second)
        keep_key = QShortcut(QKeySequence(KEEP_SHORTCUT), self)
        keep_key.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        keep_key.setWhatsThis(self.tr("Wert des Felds behalten (ein/aus)"))  # F1 overview
        keep_key.activated.connect(self.toggle_keep_of_focused)
        for edit in (self.description, self.price, self.weight, self.donor_note,
                     self.location):
            edit.textEdited.connect(self._input_changed)
        self.condition.currentIndexChanged.connect(self._input_changed)
        self.quantity.valueChanged.connect(self._input_changed)

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

    def _matches(self) -> list[CategoryInfo]:
        text = self.category.currentText().strip().lower()
        if not text:
            return []
        exact = [c for c in self._categories if c.name.lower() == text]
        return exact or [c for c in self._categories if text in c.name.lower()]

    def selected_category(self) -> CategoryInfo | None:
        hits = self._matches()
        return hits[0] if len(hits) == 1 else None

    def _category_changed(self, _text: str) -> None:
        cat = self.selected_category()
        if cat is None:
            self.price.setPlaceholderText("")
            self.weight.setPlaceholderText("")
        else:
            self.price.setPlaceholderText(
                self.tr("{price} (Standard)").format(price=format_cents(cat.default_price_cents)))
            self.weight.setPlaceholderText(
                self.tr("{weight} (Durchschnitt)").format(
                    weight=format_grams(cat.avg_weight_g)))
        if self.category.hasFocus():
            self._input_changed()

    def _in_category(self, widget: QWidget | None) -> bool:
        return widget is not None and (widget is self.category
                                       or self.category.isAncestorOf(widget))

    def _focus_moved(self, old: QWidget | None, new: QWidget | None) -> None:
        """Leaving the category field (Tab, Enter, a click) completes a unique part."""
        if new is not None and self._in_category(old) and not self._in_category(new):
            self.complete_category()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """The open list of matches gets the keys first: Ctrl+K still keeps the field."""
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent) \
                and QKeySequence(event.keyCombination()) == QKeySequence(KEEP_SHORTCUT):
            self.keep[self.category].toggle()
            return True
        return super().eventFilter(watched, event)

    def complete_category(self) -> None:
        """'bel' becomes 'Möbel'; a part that fits several or none gets a warning."""
        text = self.category.currentText().strip()
        if not text or not self._categories:
            return
        hits = self._matches()
        if len(hits) == 1:
            if self.category.currentText() != hits[0].name:
                self.category.setEditText(hits[0].name)
            return
        if hits:
            names = ", ".join(c.name for c in hits[:4]) + (" …" if len(hits) > 4 else "")
            self.message.warning(self.tr("„{text}“ passt zu mehreren Warengruppen: {names}. "
                                         "Bitte weiter tippen.").format(text=text, names=names))
        else:
            self.message.warning(self.tr("Keine Warengruppe passt zu „{text}“.").format(
                text=text))

    # --- keeping values for the next item --------------------------------------------

    def kept(self, field: QWidget) -> bool:
        return self.keep[field].isChecked()

    def toggle_keep_of_focused(self) -> None:
        """Ctrl+K: tick or untick "behalten" of the field that has the keyboard focus."""
        focused = QApplication.focusWidget()
        for field, toggle in self.keep.items():
            if focused is not None and (focused is field or field.isAncestorOf(focused)):
                toggle.toggle()
                return

    def reset_keeps(self) -> None:
        """A new user starts with nothing kept."""
        for toggle in self.keep.values():
            toggle.setChecked(False)

    def first_field(self) -> QWidget:
        """Where the next item starts: the first field whose value is not kept."""
        return next((f for f in self.fields if not self.kept(f)), self.category)

    def start_next(self, focus: bool = True) -> None:
        """Clear what is not kept and put the focus in the first field to fill."""
        if not self.kept(self.category):
            self.category.setEditText("")
        for edit in (self.description, self.price, self.weight, self.donor_note,
                     self.location):
            if not self.kept(edit):
                edit.clear()
        if not self.kept(self.condition):
            choose(self.condition, Condition.GOOD)
        if not self.kept(self.quantity):
            self.quantity.setValue(1)
        completer = self.category.completer()
        popup = completer.popup() if completer is not None else None
        if popup is not None and popup.isVisible():
            popup.hide()  # the next item starts without a stale list of matches
        if not focus:
            return
        target = self.first_field()
        target.setFocus()
        if target is self.category and (line := self.category.lineEdit()) is not None:
            line.selectAll()

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
            condition=chosen(self.condition),
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
        self.message.success(self.tr("Gespeichert: {n} × {desc} zu {price} — {codes}").format(
            n=len(items), desc=first.description, price=format_cents(first.price_cents),
            codes=", ".join(codes)))
        self.start_next()
        self.items_saved.emit(codes)

    def _failed(self, error: BaseException) -> None:
        """Keep everything typed; say what to fix right under the form."""
        self._saving = False
        self.save_button.setEnabled(True)
        self.message.error(self.state.ops.reporter.message_for(error))

    def _input_changed(self, *_args: object) -> None:
        """A refusal or warning about the typed input is gone once the input changes."""
        if self.message.kind in (MessageKind.ERROR, MessageKind.WARNING):
            self.message.clear()
