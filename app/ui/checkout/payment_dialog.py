"""Taking the money: cash with quick amounts, card via the external terminal, split.

Enter on an empty field pays the rest exactly in cash; a typed amount and Enter is cash
handed over; "Karte" books the typed amount (or the rest) on the card terminal. The
dialog closes by itself once the total is covered and shows the change large.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
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

from app.services.checkout import checkout
from app.services.checkout.checkout import PaymentInput
from app.services.kernel.formatting import format_cents, parse_cents

QUICK_NOTES = (500, 1000, 2000, 5000)


class PaymentDialog(QDialog):
    """Collects ``payments`` until they cover ``total_cents``; then accepts."""

    def __init__(self, total_cents: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Bezahlen"))
        self.total_cents = total_cents
        self.payments: list[PaymentInput] = []

        self.total_label = QLabel()
        self.total_label.setObjectName("bigAmount")
        self.rest_label = QLabel()
        self.rest_label.setObjectName("bigAmount")
        self.amount = QLineEdit()
        self.amount.setPlaceholderText(self.tr("Betrag (leer = passend), Enter = bar"))
        self.reference = QLineEdit()
        self.reference.setPlaceholderText(self.tr("Kartenzahlung: Beleg-/Genehmigungsnummer"))
        self.list = QListWidget()
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setObjectName("errorText")

        grid = QGridLayout()
        self.exact_button = QPushButton(self.tr("Passend"))
        self.exact_button.clicked.connect(lambda: self.pay_cash(self.rest_cents))
        grid.addWidget(self.exact_button, 0, 0)
        self.quick_buttons: list[QPushButton] = []
        for i, cents in enumerate(QUICK_NOTES, start=1):
            button = QPushButton(format_cents(cents))
            button.clicked.connect(lambda _=False, c=cents: self.pay_cash(c))
            grid.addWidget(button, i // 3, i % 3)
            self.quick_buttons.append(button)
        self.card_button = QPushButton(self.tr("Karte (Strg+K)"))
        self.card_button.setShortcut("Ctrl+K")
        self.card_button.clicked.connect(self.pay_card_typed)
        grid.addWidget(self.card_button, 1, 2)
        cancel = QPushButton(self.tr("Zurück (Esc)"))
        cancel.clicked.connect(self.reject)

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
        self.amount.returnPressed.connect(self.pay_cash_typed)
        self._update()
        self.amount.setFocus()

    @property
    def paid_cents(self) -> int:
        return sum(p.amount_cents for p in self.payments)

    @property
    def rest_cents(self) -> int:
        return max(self.total_cents - self.paid_cents, 0)

    @property
    def change_cents(self) -> int:
        return max(self.paid_cents - self.total_cents, 0)

    def _update(self) -> None:
        self.total_label.setText(self.tr("Summe: {amount}").format(
            amount=format_cents(self.total_cents)))
        self.rest_label.setText(self.tr("Offen: {amount}").format(
            amount=format_cents(self.rest_cents)))
        self.list.clear()
        for p in self.payments:
            label = self.tr("Bar") if p.method == "cash" else self.tr("Karte")
            self.list.addItem(f"{label}: {format_cents(p.amount_cents)}"
                              + (f" ({p.reference})" if p.reference else ""))

    def _typed(self) -> int | None:
        text = self.amount.text().strip()
        if not text:
            return self.rest_cents
        cents = parse_cents(text)
        if cents is None or cents <= 0:
            self.message.setText(self.tr("„{text}“ ist kein gültiger Betrag. Bitte z. B. 20 "
                                         "oder 12,50 eingeben.").format(text=text))
            return None
        return cents

    def pay_cash_typed(self) -> None:
        cents = self._typed()
        if cents is not None:
            self.pay_cash(cents)

    def pay_cash(self, cents: int) -> None:
        self._add(checkout.cash(cents))

    def pay_card_typed(self) -> None:
        cents = self._typed()
        if cents is None:
            return
        if cents > self.rest_cents:
            self.message.setText(self.tr("Mit Karte kann höchstens der offene Betrag "
                                         "({rest}) bezahlt werden.").format(
                rest=format_cents(self.rest_cents)))
            return
        self._add(checkout.card(cents, self.reference.text().strip()))

    def _add(self, payment: PaymentInput) -> None:
        if payment.amount_cents <= 0:
            return
        self.payments.append(payment)
        self.amount.clear()
        self.reference.clear()
        self.message.clear()
        self._update()
        if self.paid_cents >= self.total_cents:
            self.accept()

    def keyPressEvent(self, event: object) -> None:
        from PySide6.QtGui import QKeyEvent
        # Enter must not close the dialog through a default button.
        if isinstance(event, QKeyEvent) and event.key() in (Qt.Key.Key_Return,
                                                            Qt.Key.Key_Enter):
            self.pay_cash_typed()
            return
        super().keyPressEvent(event)  # type: ignore[arg-type]
