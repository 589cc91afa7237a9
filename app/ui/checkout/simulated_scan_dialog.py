"""The simulated scanner: pick a ready item from a list and "scan" it into the Kasse.

For laptops and training (``scanner.kind = "simulated"`` or ``--simulated``): each click
on "Scannen" goes through ``SimulatedScanner.feed``, the same path a real scan takes.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.services.intake import item_list
from app.services.intake.item_list import ItemFilter, ItemRow
from app.services.kernel.formatting import format_cents
from app.sync_schema.enums import ItemStatus
from app.ui.shell.session import SessionState


class SimulatedScanDialog(QDialog):
    """Lists ready items; "Scannen" hands the selected one to ``feed`` (the scanner's)."""

    def __init__(self, session: SessionState, feed: Callable[[str], None],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.feed = feed
        self.setWindowTitle(self.tr("Scanner-Simulation"))
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Suchen (Code, Beschreibung)"))
        self.search.returnPressed.connect(self.reload)
        self.items = QListWidget()
        self.items.itemDoubleClicked.connect(lambda _item: self.scan_selected())
        self.scan_button = QPushButton(self.tr("Scannen"))
        self.scan_button.setDefault(True)
        self.scan_button.clicked.connect(self.scan_selected)
        self.info = QLabel()
        self.info.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        buttons.addButton(self.scan_button, QDialogButtonBox.ButtonRole.ActionRole)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Verkaufsbereite Artikel:")))
        layout.addWidget(self.search)
        layout.addWidget(self.items, 1)
        layout.addWidget(self.info)
        layout.addWidget(buttons)
        self.resize(520, 480)
        self.reload()

    def reload(self) -> None:
        flt = ItemFilter(text=self.search.text(), status=ItemStatus.READY, limit=200)
        self.session.ops.query(self.session.actor, item_list.search, flt).latest().then(
            self._show, lambda exc: self.info.setText(
                self.session.ops.reporter.message_for(exc)), self)

    def _show(self, result: tuple[list[ItemRow], int]) -> None:
        rows, _total = result
        self.items.clear()
        for row in rows:
            item = QListWidgetItem(f"{row.code}  {row.description or row.category}  "
                                   f"{format_cents(row.current_cents)}")
            item.setData(Qt.ItemDataRole.UserRole, row.code)
            self.items.addItem(item)
        if rows:
            self.items.setCurrentRow(0)
        self.info.setText("" if rows else self.tr("Keine verkaufsbereiten Artikel gefunden."))

    def scan_selected(self) -> str | None:
        item = self.items.currentItem()
        if item is None:
            return None
        code = str(item.data(Qt.ItemDataRole.UserRole))
        self.feed(code + "\r\n")
        self.info.setText(self.tr("Gescannt: %s") % code)
        return code
