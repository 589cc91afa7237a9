"""The item list of the Annahme area: search, filters, today's price, workshop actions."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.services.catalog.categories import CategoryInfo
from app.services.intake import item_list
from app.services.intake.item_list import ItemFilter, ItemRow
from app.services.intake.messages import STATUS_LABELS
from app.services.kernel.formatting import format_cents, format_grams, format_local
from app.ui.shell.session import SessionState

COLUMNS = ("Code", "Beschreibung", "Warengruppe", "Status", "Preis", "Preis heute", "Gewicht",
           "Angenommen", "Etikett", "Lagerort")


class ItemTable(QWidget):
    """Filterable list of items; emits the selected code for the action buttons."""

    selection_changed = Signal(str)  # code or ""

    def __init__(self, state: SessionState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.rows: list[ItemRow] = []

        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Suche: Code, Beschreibung, Lagerort (Strg+F)"))
        self.search.setClearButtonEnabled(True)
        self.status = QComboBox()
        self.status.addItem(self.tr("alle Status"), None)
        for key, label in STATUS_LABELS.items():
            self.status.addItem(label, key)
        self.category = QComboBox()
        self.category.addItem(self.tr("alle Warengruppen"), None)
        self.min_age = QSpinBox()
        self.min_age.setRange(0, 3650)
        self.min_age.setPrefix(self.tr("älter als "))
        self.min_age.setSuffix(self.tr(" Tage"))
        self.min_age.setSpecialValueText(self.tr("jedes Alter"))
        self.unprinted = QCheckBox(self.tr("nur ohne Etikett"))
        self.count = QLabel()

        filters = QHBoxLayout()
        filters.addWidget(self.search, 3)
        filters.addWidget(self.status, 1)
        filters.addWidget(self.category, 1)
        filters.addWidget(self.min_age)
        filters.addWidget(self.unprinted)
        filters.addWidget(self.count)

        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setHorizontalHeaderLabels([self.tr(c) for c in COLUMNS])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._selection)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(filters)
        layout.addWidget(self.table)

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(200)
        self._debounce.timeout.connect(self.refresh)
        self.search.textChanged.connect(self._debounce.start)
        for combo in (self.status, self.category):
            combo.currentIndexChanged.connect(self.refresh)
        self.min_age.valueChanged.connect(self._debounce.start)
        self.unprinted.toggled.connect(self.refresh)
        QShortcut(QKeySequence.StandardKey.Find, self, self.search.setFocus)

    def set_categories(self, categories: list[CategoryInfo]) -> None:
        current = self.category.currentData()
        self.category.blockSignals(True)
        while self.category.count() > 1:
            self.category.removeItem(1)
        for cat in categories:
            self.category.addItem(cat.name, cat.id)
        index = self.category.findData(current)
        self.category.setCurrentIndex(max(index, 0))
        self.category.blockSignals(False)

    def current_filter(self) -> ItemFilter:
        return ItemFilter(text=self.search.text(), status=self.status.currentData(),
                          category_id=self.category.currentData(),
                          min_age_days=self.min_age.value() or None,
                          unprinted_only=self.unprinted.isChecked())

    def refresh(self) -> None:
        ops = self.state.ops
        ops.query(self.state.actor, item_list.search, self.current_filter()).latest().then(
            self._show, parent=self)

    def _show(self, result: tuple[list[ItemRow], int]) -> None:
        rows, total = result
        selected = self.selected_code()
        self.rows = rows
        self.table.setSortingEnabled(False)
        self.table.setRowCount(len(rows))
        for r, row in enumerate(rows):
            today = format_cents(row.current_cents)
            if row.markdown_percent:
                today += f" (−{row.markdown_percent} %)"
            values = (row.code, row.description, row.category, row.status_label,
                      format_cents(row.price_cents), today, format_grams(row.weight_g),
                      format_local(row.received_at, "%d.%m.%Y"),
                      self.tr("gedruckt") if row.label_printed else self.tr("offen"),
                      row.location)
            for c, value in enumerate(values):
                cell = QTableWidgetItem(value)
                if c in (4, 5, 6):
                    cell.setTextAlignment(Qt.AlignmentFlag.AlignRight
                                          | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(r, c, cell)
        self.table.resizeColumnsToContents()
        self.count.setText(self.tr("{shown} von {total}").format(shown=len(rows), total=total))
        if selected:
            self.select_code(selected)

    def select_code(self, code: str) -> None:
        for r, row in enumerate(self.rows):
            if row.code == code:
                self.table.selectRow(r)
                return

    def selected_code(self) -> str:
        rows = self.table.selectionModel().selectedRows()
        if not rows or rows[0].row() >= len(self.rows):
            return ""
        return self.rows[rows[0].row()].code

    def selected_row(self) -> ItemRow | None:
        code = self.selected_code()
        return next((r for r in self.rows if r.code == code), None)

    def _selection(self) -> None:
        self.selection_changed.emit(self.selected_code())


def action_button(text: str, shortcut: str | None = None) -> QPushButton:
    """A workshop action button whose key is part of its label (``Notiz F8``)."""
    button = QPushButton(f"{text} {shortcut}" if shortcut else text)
    if shortcut:
        button.setShortcut(QKeySequence(shortcut))
    return button
