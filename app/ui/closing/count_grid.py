"""Counting the drawer by denomination: one line per note and coin, summing as you type."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import QGridLayout, QLabel, QSpinBox, QWidget

from app.services.cash.count import DENOMINATIONS, MAX_PIECES, denomination_label
from app.services.kernel.formatting import format_cents

RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


class _CountSpin(QSpinBox):
    """Typing a count replaces the old one, however the field got the focus."""

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        QTimer.singleShot(0, self.selectAll)


class CountGrid(QWidget):
    """Pieces per denomination (500 € … 1 ct); Tab/Enter walk down the list."""

    changed = Signal(int)  # total in cents

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        grid = QGridLayout(self)
        grid.setVerticalSpacing(2)
        self.spins: dict[int, QSpinBox] = {}
        self.subtotals: dict[int, QLabel] = {}
        half = (len(DENOMINATIONS) + 1) // 2
        for index, cents in enumerate(DENOMINATIONS):
            column = 0 if index < half else 3
            row = index if index < half else index - half
            label = QLabel(denomination_label(cents))
            label.setAlignment(RIGHT)
            spin = _CountSpin()
            spin.setRange(0, MAX_PIECES)
            spin.setAccessibleName(self.tr("Anzahl {label}").format(
                label=denomination_label(cents)))
            spin.valueChanged.connect(self._update)
            subtotal = QLabel(format_cents(0))
            subtotal.setAlignment(RIGHT)
            subtotal.setMinimumWidth(90)
            grid.addWidget(label, row, column)
            grid.addWidget(spin, row, column + 1)
            grid.addWidget(subtotal, row, column + 2)
            self.spins[cents] = spin
            self.subtotals[cents] = subtotal
        # Focusing the grid (opening the count) puts the cursor in its first field, not on
        # the container, where typed digits went nowhere.
        self.setFocusProxy(self.spins[DENOMINATIONS[0]])

    def counts(self) -> dict[int, int]:
        return {cents: spin.value() for cents, spin in self.spins.items() if spin.value()}

    def total_cents(self) -> int:
        return sum(cents * pieces for cents, pieces in self.counts().items())

    def set_counts(self, counts: dict[int, int]) -> None:
        for cents, spin in self.spins.items():
            spin.setValue(counts.get(cents, 0))

    def clear(self) -> None:
        self.set_counts({})

    def _update(self) -> None:
        for cents, spin in self.spins.items():
            self.subtotals[cents].setText(format_cents(cents * spin.value()))
        self.changed.emit(self.total_cents())
