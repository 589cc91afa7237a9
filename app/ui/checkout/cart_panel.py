"""The cart as the cashier sees it: lines, discounts, the total large."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.services.checkout.cart import Cart, CartLine
from app.services.kernel.formatting import format_cents
from app.ui.kit.translation_marks import QT_TRANSLATE_NOOP

# Column titles, translated in the CartPanel context when the table is built.
HEADERS = (QT_TRANSLATE_NOOP("CartPanel", "Pos"), QT_TRANSLATE_NOOP("CartPanel", "Artikel"),
           QT_TRANSLATE_NOOP("CartPanel", "Menge"),
           QT_TRANSLATE_NOOP("CartPanel", "Einzelpreis"),
           QT_TRANSLATE_NOOP("CartPanel", "Rabatt"), QT_TRANSLATE_NOOP("CartPanel", "Betrag"))
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


class CartPanel(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.keys: list[str] = []
        self._shown: list[tuple[str, ...]] = []  # the text of each row on screen
        self.table = QTableWidget(0, len(HEADERS))
        self.table.setHorizontalHeaderLabels([self.tr(h) for h in HEADERS])
        self.table.setAccessibleName(self.tr("Warenkorb"))
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.table.horizontalHeader()
        for column in range(len(HEADERS)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.discount = QLabel()
        self.discount.setAlignment(RIGHT)
        self.total = QLabel()
        self.total.setObjectName("bigAmount")
        self.total.setAlignment(RIGHT)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.discount)
        layout.addWidget(self.total)

    def show_cart(self, cart: Cart, select_last: bool = False) -> None:
        """Show ``cart``; only rows whose text changed are written (a scan adds one)."""
        keep = self.selected_key()
        self.keys = [line.key for line in cart.lines]
        rows = [self._row(r, line) for r, line in enumerate(cart.lines)]
        resized = len(rows) != self.table.rowCount()
        self.table.setRowCount(len(rows))
        for r, values in enumerate(rows):
            if r < len(self._shown) and self._shown[r] == values:
                continue
            for c, value in enumerate(values):
                cell = QTableWidgetItem(value)
                if c != 1:
                    cell.setTextAlignment(RIGHT)
                self.table.setItem(r, c, cell)
        self._shown = rows
        if resized:
            self.table.resizeColumnToContents(0)
        if select_last and cart.lines:
            self.table.selectRow(len(cart.lines) - 1)
        elif keep in self.keys:
            self.table.selectRow(self.keys.index(keep))
        if cart.sale_discount_cents:
            self.discount.setText(self.tr("Bonrabatt: {amount}").format(
                amount=format_cents(-cart.sale_discount_cents)))
        else:
            self.discount.clear()
        self.total.setText(self.tr("Summe {amount}").format(amount=format_cents(cart.total_cents)))

    def _row(self, r: int, line: CartLine) -> tuple[str, ...]:
        name = line.description
        if line.item_code:
            name += f"  [{line.item_code}]"
        if line.markdown_percent:
            name += self.tr("  (−{p} % Altersrabatt)").format(p=line.markdown_percent)
        if line.needs_reconciliation:
            name += self.tr("  (Abgleich nötig)")
        return (str(r + 1), name, str(line.quantity), format_cents(line.unit_price_cents),
                format_cents(-line.discount_cents) if line.discount_cents else "",
                format_cents(line.amount_cents))

    def selected_key(self) -> str | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows or rows[0].row() >= len(self.keys):
            return self.keys[-1] if self.keys else None
        return self.keys[rows[0].row()]
