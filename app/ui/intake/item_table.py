"""The item list of the Annahme area: search, filters, today's price, workshop actions."""

from __future__ import annotations

from PySide6.QtCore import (
    QEvent,
    QItemSelection,
    QItemSelectionModel,
    QObject,
    Qt,
    QTimer,
    Signal,
)
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
from app.ui.kit.translation_marks import QT_TRANSLATE_NOOP
from app.ui.shell.session import SessionState

# Column titles, translated in the ItemTable context when the table is built.
COLUMNS = (QT_TRANSLATE_NOOP("ItemTable", "Code"), QT_TRANSLATE_NOOP("ItemTable", "Beschreibung"),
           QT_TRANSLATE_NOOP("ItemTable", "Warengruppe"), QT_TRANSLATE_NOOP("ItemTable", "Status"),
           QT_TRANSLATE_NOOP("ItemTable", "Preis"), QT_TRANSLATE_NOOP("ItemTable", "Preis heute"),
           QT_TRANSLATE_NOOP("ItemTable", "Gewicht"),
           QT_TRANSLATE_NOOP("ItemTable", "Angenommen"),
           QT_TRANSLATE_NOOP("ItemTable", "Etikett"), QT_TRANSLATE_NOOP("ItemTable", "Lagerort"))


DESCRIPTION_COLUMN = 1
MIN_DESCRIPTION_WIDTH = 200  # pixels: about 25 characters of a description stay readable


class ItemTable(QWidget):
    """Filterable list of items; several rows can be selected for the bulk actions."""

    selection_changed = Signal(list)  # list[str]: the selected codes, in list order

    def __init__(self, state: SessionState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.rows: list[ItemRow] = []

        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Suchen … (Strg+F)"))
        self.search.setToolTip(self.tr("Nach Code, Beschreibung oder Lagerort suchen"))
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
        self.search.setAccessibleName(self.tr("Artikel suchen"))
        self.status.setAccessibleName(self.tr("Status-Filter"))
        self.category.setAccessibleName(self.tr("Warengruppen-Filter"))
        self.min_age.setAccessibleName(self.tr("Alters-Filter"))
        self.count = QLabel()

        filters = QHBoxLayout()
        filters.addWidget(self.search, 1)
        filters.addWidget(self.status)
        filters.addWidget(self.category)
        filters.addWidget(self.min_age)
        filters.addWidget(self.unprinted)
        filters.addWidget(self.count)

        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setHorizontalHeaderLabels([self.tr(c) for c in COLUMNS])
        self.table.setAccessibleName(self.tr("Artikelliste"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(
            self.table.fontMetrics().height() + 10)
        self.table.itemSelectionChanged.connect(self._selection)
        self.table.viewport().installEventFilter(self)

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
        find = QShortcut(QKeySequence.StandardKey.Find, self, self.search.setFocus)
        find.setWhatsThis(self.tr("Artikel suchen"))  # listed in the F1 overview

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
        selected = self.selected_codes()
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
        self.fit_columns()
        self.count.setText(self.tr("{shown} von {total}").format(shown=len(rows), total=total))
        if selected:
            self.select_codes(selected)

    def fit_columns(self) -> None:
        """Every column as wide as its contents; the description takes the rest of the
        width but never less than ``MIN_DESCRIPTION_WIDTH`` (the list scrolls sideways)."""
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.resizeColumnsToContents()
        others = sum(header.sectionSize(c) for c in range(header.count())
                     if c != DESCRIPTION_COLUMN)
        room = self.table.viewport().width() - others
        wanted = max(header.sectionSize(DESCRIPTION_COLUMN), MIN_DESCRIPTION_WIDTH)
        if room >= wanted:
            header.setSectionResizeMode(DESCRIPTION_COLUMN, QHeaderView.ResizeMode.Stretch)
        else:
            header.resizeSection(DESCRIPTION_COLUMN, max(MIN_DESCRIPTION_WIDTH, min(
                wanted, room)))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.table.viewport() and event.type() == QEvent.Type.Resize:
            self.fit_columns()
        return super().eventFilter(watched, event)

    def select_code(self, code: str) -> None:
        self.select_codes([code])

    def select_codes(self, codes: list[str]) -> None:
        """Select exactly the rows of ``codes`` that are shown (others are ignored)."""
        wanted = set(codes)
        model = self.table.selectionModel()
        selection = QItemSelection()
        last = self.table.columnCount() - 1
        first_row = -1
        for r, row in enumerate(self.rows):
            if row.code in wanted:
                selection.select(self.table.model().index(r, 0),
                                 self.table.model().index(r, last))
                first_row = r if first_row < 0 else first_row
        model.select(selection, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        if first_row >= 0:
            model.setCurrentIndex(self.table.model().index(first_row, 0),
                                  QItemSelectionModel.SelectionFlag.NoUpdate)

    def selected_codes(self) -> list[str]:
        """The selected items' codes, in the order of the list."""
        rows = sorted(i.row() for i in self.table.selectionModel().selectedRows())
        return [self.rows[r].code for r in rows if r < len(self.rows)]

    def selected_code(self) -> str:
        """The one selected item's code; "" when none or several are selected."""
        codes = self.selected_codes()
        return codes[0] if len(codes) == 1 else ""

    def selected_row(self) -> ItemRow | None:
        code = self.selected_code()
        return next((r for r in self.rows if r.code == code), None)

    def _selection(self) -> None:
        self.selection_changed.emit(self.selected_codes())


def action_button(text: str, shortcut: str | None = None) -> QPushButton:
    """A workshop action button whose key is part of its label (``Notiz F8``)."""
    button = QPushButton(f"{text} {shortcut}" if shortcut else text)
    if shortcut:
        button.setShortcut(QKeySequence(shortcut))
    return button
