"""Taking the money: cash with quick amounts, card via the external terminal, split.

One key press is one action:

- Enter in the amount field: the typed amount is cash handed over; on an empty field the
  open rest is paid exactly in cash. Too little leaves the dialog open and shows what is
  still open, large.
- Ctrl+K: the typed amount (or the rest) on the card terminal, never more than is open.
- Alt+1 … Alt+3: the quick cash amounts; they follow the open amount.
- Escape: back to the cart; nothing typed here is booked.

The dialog catches these keys itself before the line edit or a default button can act
on them, so no key is handled twice. An auto-repeated key, and a second press within
``BOUNCE_MS`` of the one that booked a payment, are ignored: a bouncing or held Enter
never pays the rest. The dialog accepts once the total is covered; the Kasse then
records the sale.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.errors import ValidationError
from app.services.checkout.checkout import PaymentInput
from app.services.checkout.payments import QUICK_COUNT, Tender
from app.services.kernel.formatting import format_cents, parse_cents
from app.sync_schema.enums import PaymentMethod
from app.ui.kit.message_line import MessageLine

BOUNCE_MS = 250  # a person's deliberate second press takes longer; a key bounce less
CARD_KEY = "Ctrl+K"
QUICK_KEYS = tuple(f"Alt+{n}" for n in range(1, QUICK_COUNT + 1))
_ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


def _native(key: str) -> str:
    return QKeySequence(key).toString(QKeySequence.SequenceFormat.NativeText)


class PaymentDialog(QDialog):
    """Collects ``payments`` until they cover ``total_cents``; then accepts.

    ``card_max_cents`` is the store's most for one card payment (0 = up to the open amount).
    """

    def __init__(self, total_cents: int, parent: QWidget | None = None,
                 card_max_cents: int = 0) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Bezahlen"))
        self.total_cents = total_cents
        self.tender = Tender(total_cents, card_max_cents=card_max_cents)
        self._booked_at: int | None = None  # key timestamp (ms) of the last booking key

        self.total_label = QLabel()
        self.total_label.setObjectName("bigAmount")
        self.rest_label = QLabel()
        self.rest_label.setObjectName("bigAmount")
        self.amount = QLineEdit()
        self.amount.setPlaceholderText(self.tr("Betrag (leer = passend), Enter = bar"))
        self.reference = QLineEdit()
        self.reference.setPlaceholderText(self.tr("Kartenzahlung: Beleg-/Genehmigungsnummer"))
        self.list = QListWidget()
        self.message = MessageLine()  # refusals as errors, key hints as info

        grid = QGridLayout()
        self.exact_button = self._button(self.tr("Passend"), self.pay_exact)
        self.exact_button.setToolTip(self.tr("Enter im leeren Betragsfeld"))
        grid.addWidget(self.exact_button, 0, 0)
        self.quick_buttons: list[QPushButton] = []
        for index, key in enumerate(QUICK_KEYS):
            button = self._button("", partial(self.pay_quick, index), key)
            grid.addWidget(button, 0, index + 1)
            self.quick_buttons.append(button)
        self.card_button = self._button(self.tr("Karte (Strg+K)"), self.pay_card_typed,
                                        CARD_KEY)
        grid.addWidget(self.card_button, 1, 0, 1, 2)
        cancel = self._button(self.tr("Zurück (Esc)"), self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.total_label)
        layout.addWidget(self.rest_label)
        layout.addWidget(self.amount)
        layout.addLayout(grid)
        layout.addWidget(self.reference)
        layout.addWidget(self.list)
        layout.addWidget(self.message)
        row = QHBoxLayout()
        row.addStretch()
        row.addWidget(cancel)
        layout.addLayout(row)

        self._keys: list[tuple[QKeySequence, Callable[[], None]]] = [
            (QKeySequence(CARD_KEY), self.pay_card_typed),
            *((QKeySequence(key), partial(self.pay_quick, i))
              for i, key in enumerate(QUICK_KEYS)),
        ]
        for field in (self.amount, self.reference):
            field.installEventFilter(self)
        self._update()
        self.amount.setFocus()

    def _button(self, text: str, slot: Callable[[], object], key: str = "") -> QPushButton:
        button = QPushButton(text)
        # No default button: Enter is the amount field's, and only once.
        button.setAutoDefault(False)
        button.clicked.connect(lambda _checked=False: slot())
        if key:
            button.setShortcut(QKeySequence(key))
        return button

    # --- state -------------------------------------------------------------------------

    @property
    def payments(self) -> list[PaymentInput]:
        return list(self.tender.payments)

    @property
    def paid_cents(self) -> int:
        return self.tender.paid_cents

    @property
    def rest_cents(self) -> int:
        return self.tender.open_cents

    @property
    def change_cents(self) -> int:
        return self.tender.change_cents

    def _update(self) -> None:
        self.total_label.setText(self.tr("Summe: {amount}").format(
            amount=format_cents(self.total_cents)))
        self.rest_label.setText(self.tr("Offen: {amount}").format(
            amount=format_cents(self.rest_cents)))
        amounts = self.tender.quick_amounts()
        for index, (button, key) in enumerate(zip(self.quick_buttons, QUICK_KEYS,
                                                  strict=True)):
            button.setVisible(index < len(amounts))
            if index < len(amounts):
                button.setText(f"{format_cents(amounts[index])}\n{_native(key)}")
        self.list.clear()
        for p in self.tender.payments:
            label = self.tr("Bar") if p.method == PaymentMethod.CASH else self.tr("Karte")
            self.list.addItem(f"{label}: {format_cents(p.amount_cents)}"
                              + (f" ({p.reference})" if p.reference else ""))

    # --- actions -----------------------------------------------------------------------

    def _typed(self) -> int | None:
        """The amount typed, or None (and a German message) when it is not an amount."""
        text = self.amount.text().strip()
        cents = parse_cents(text)
        if cents is None or cents <= 0:
            self.message.show_error(self.tr("„{text}“ ist kein gültiger Betrag. Bitte z. B. "
                                            "20 oder 12,50 eingeben.").format(text=text))
            return None
        return cents

    def _book(self, add: Callable[[], object]) -> None:
        """Add one payment; a refusal is shown and leaves the typing as it was."""
        try:
            add()
        except ValidationError as exc:
            self.message.show_error(str(exc))
            return
        self.amount.clear()
        self.reference.clear()
        self.message.clear()
        self._update()
        self.amount.setFocus()
        if self.tender.covered:
            self.accept()

    def pay_cash_typed(self) -> None:
        """Enter in the amount field: cash handed over, or the rest when empty."""
        if not self.amount.text().strip():
            self.pay_exact()
            return
        cents = self._typed()
        if cents is not None:
            self._book(lambda: self.tender.add_cash(cents))

    def pay_exact(self) -> None:
        self._book(self.tender.add_exact)

    def pay_cash(self, cents: int) -> None:
        self._book(lambda: self.tender.add_cash(cents))

    def pay_quick(self, index: int) -> None:
        amounts = self.tender.quick_amounts()
        if index < len(amounts):
            self.pay_cash(amounts[index])

    def pay_card_typed(self) -> None:
        """The typed amount (or the rest) by card."""
        cents = None
        if self.amount.text().strip():
            cents = self._typed()
            if cents is None:
                return
        reference = self.reference.text().strip()
        self._book(lambda: self.tender.add_card(cents, reference))

    def _card_hint(self) -> None:
        self.message.show_info(self.tr("Kartenzahlung mit Strg+K buchen."))

    # --- keys ------------------------------------------------------------------------

    def _action_for(self, field: QObject, event: QKeyEvent) -> Callable[[], None] | None:
        modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if event.key() in _ENTER and modifiers == Qt.KeyboardModifier.NoModifier:
            return self.pay_cash_typed if field is self.amount else self._card_hint
        pressed = QKeySequence(event.keyCombination())
        for sequence, action in self._keys:
            if pressed.matches(sequence) == QKeySequence.SequenceMatch.ExactMatch:
                return action
        return None

    def _press(self, event: QKeyEvent, action: Callable[[], None]) -> None:
        """Run a key's action once: not on auto-repeat, not on a bounce after a booking."""
        if event.isAutoRepeat():
            return
        stamp = event.timestamp()  # 0 where the platform gives none: no bounce check
        if stamp and self._booked_at is not None and 0 <= stamp - self._booked_at < BOUNCE_MS:
            return
        before = len(self.tender.payments)
        action()
        if stamp and len(self.tender.payments) > before:
            self._booked_at = stamp

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched in (self.amount, self.reference) and isinstance(event, QKeyEvent):
            action = self._action_for(watched, event)
            if action is not None and event.type() in (QEvent.Type.ShortcutOverride,
                                                       QEvent.Type.KeyPress):
                # Claiming the override keeps QLineEdit's own bindings (Ctrl+K deletes
                # to the line end on X11) and the buttons' shortcuts from acting too.
                event.accept()
                if event.type() == QEvent.Type.KeyPress:
                    self._press(event, action)
                return True
        return super().eventFilter(watched, event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in _ENTER:
            # Enter on a focused button presses it; elsewhere it never closes the dialog.
            focused = self.focusWidget()
            if isinstance(focused, QPushButton):
                self._press(event, focused.click)
            return
        super().keyPressEvent(event)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.amount.setFocus()
