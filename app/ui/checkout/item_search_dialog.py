"""Ctrl+F in the Kasse: find an item by words of its description when its label is unreadable.

Typing lists the matching sellable items (newest search wins); Up/Down move in the list
without leaving the field; Enter adds the selected item to the cart, Escape adds nothing.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QLineEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.services.checkout import item_search
from app.services.checkout.item_search import ItemMatch
from app.services.kernel.formatting import format_cents
from app.ui.checkout.checkout_dialogs import fit_columns
from app.ui.kit.message_line import MessageLine
from app.ui.shell.session import SessionState


class ItemSearchDialog(QDialog):
    """A search field over a list of matches; ``chosen`` carries the item's code."""

    chosen = Signal(str)

    def __init__(self, session: SessionState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("itemSearchDialog")
        self.session = session
        self.matches: list[ItemMatch] = []
        self.setWindowTitle(self.tr("Artikel suchen"))
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Wörter der Beschreibung, z. B. stuhl buche"))
        self.search.installEventFilter(self)
        self.table = QTableWidget(0, 4)
        self.table.setObjectName("itemSearchTable")
        self.table.setHorizontalHeaderLabels([self.tr("Beschreibung"), self.tr("Warengruppe"),
                                              self.tr("Preis"), self.tr("Code")])
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        fit_columns(self.table, stretch=0)  # the headers fit before the first search too
        self.table.itemActivated.connect(lambda _item: self.accept())
        self.message = MessageLine()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            self.tr("In den Warenkorb (Enter)"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Abbrechen"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.search)
        layout.addWidget(self.message)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(150)  # a pause in typing, not every key, starts a search
        self._timer.timeout.connect(self.run_search)
        self.search.textChanged.connect(lambda _t: self._timer.start())
        self.resize(900, 520)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.search.setFocus()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Up and Down in the search field move the selection in the list."""
        if (watched is self.search and event.type() == QEvent.Type.KeyPress
                and isinstance(event, QKeyEvent)
                and event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down) and self.matches):
            step = -1 if event.key() == Qt.Key.Key_Up else 1
            row = min(max(self.table.currentRow() + step, 0), len(self.matches) - 1)
            self.table.selectRow(row)
            return True
        return super().eventFilter(watched, event)

    def run_search(self) -> None:
        text = self.search.text().strip()
        if len(text) < item_search.MIN_LETTERS:
            self._show([])
            return
        self.session.ops.query(self.session.actor, item_search.find_items, text).latest().then(
            self._show, self._failed, parent=self)

    def _failed(self, exc: BaseException) -> None:
        self.message.show_error(self.session.ops.reporter.message_for(exc))

    def _show(self, matches: list[ItemMatch]) -> None:
        self.matches = matches
        self.table.setRowCount(len(matches))
        right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        for r, m in enumerate(matches):
            for c, text in enumerate((m.description, m.category, format_cents(m.price_cents),
                                      m.code)):
                cell = QTableWidgetItem(text)
                if c == 2:
                    cell.setTextAlignment(right)
                self.table.setItem(r, c, cell)
        fit_columns(self.table, stretch=0)
        if matches:
            self.table.selectRow(0)
            self.message.clear()
        elif len(self.search.text().strip()) >= item_search.MIN_LETTERS:
            self.message.show_info(self.tr("Kein verkaufsbereiter Artikel passt zu „{text}“.")
                                   .format(text=self.search.text().strip()))
        else:
            self.message.clear()

    def selected(self) -> ItemMatch | None:
        row = self.table.currentRow()
        return self.matches[row] if 0 <= row < len(self.matches) else None

    def accept(self) -> None:
        """Enter: add the selected item; with nothing found the dialog stays open."""
        if self._timer.isActive():  # typed and pressed Enter at once: search first
            self._timer.stop()
            self.run_search()
            return
        pick = self.selected()
        if pick is None:
            self.message.show_warning(self.tr("Bitte zuerst einen Artikel in der Liste wählen."))
            return
        self.chosen.emit(pick.code)
        super().accept()
