"""Smaller dialogs of the till: price for an unknown code or an open-price category key,
manager approval, parked carts."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.services.catalog.categories import CategoryInfo
from app.services.checkout.parking import ParkedView
from app.services.kernel.formatting import format_cents, format_local
from app.ui.kit.fields import fit_placeholder
from app.ui.kit.message_line import MessageLine


def _buttons(dialog: QDialog, ok_text: str) -> QDialogButtonBox:
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                           | QDialogButtonBox.StandardButton.Cancel)
    box.button(QDialogButtonBox.StandardButton.Ok).setText(ok_text)
    # One context for every dialog built here (``dialog.tr`` would use each class's name).
    box.button(QDialogButtonBox.StandardButton.Cancel).setText(
        QCoreApplication.translate("CheckoutDialogs", "Abbrechen"))
    box.accepted.connect(dialog.accept)
    box.rejected.connect(dialog.reject)
    return box


class UnknownCodeDialog(QDialog):
    """A store code this till does not know yet: the price comes from the label."""

    def __init__(self, code: str, categories: list[CategoryInfo],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.code = code
        self.setWindowTitle(self.tr("Unbekannter Artikel"))
        info = QLabel(self.tr(
            "Der Code {code} ist an dieser Kasse noch nicht bekannt (an einer anderen Station "
            "angenommen). Bitte den Preis vom Etikett eingeben; der Verkauf wird beim "
            "Abgleich zugeordnet.").format(code=code))
        info.setWordWrap(True)
        self.price = QLineEdit()
        self.price.setPlaceholderText(self.tr("Preis vom Etikett, z. B. 12,50"))
        fit_placeholder(self.price)
        self.category = QComboBox()
        self.category.addItem(self.tr("(unbekannt)"), None)
        for cat in categories:
            self.category.addItem(cat.name, cat.id)
        form = QFormLayout()
        form.addRow(self.tr("Preis (€)"), self.price)
        form.addRow(self.tr("Warengruppe"), self.category)
        layout = QVBoxLayout(self)
        layout.addWidget(info)
        layout.addLayout(form)
        layout.addWidget(_buttons(self, self.tr("Hinzufügen")))
        self.price.setFocus()


class CategoryPriceDialog(QDialog):
    """A category key without a typed price and without a default price: ask for it.

    Enter books (the till adds the line and closes the dialog once it is in the cart; a
    bad price is said here and the dialog stays open), Escape books nothing.
    """

    submitted = Signal(str)  # the typed price

    def __init__(self, category: CategoryInfo, quantity: int = 1,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("categoryPriceDialog")
        self.category = category
        self.setWindowTitle(self.tr("Preis für {name}").format(name=category.name))
        what = category.name if quantity == 1 else f"{quantity} × {category.name}"
        info = QLabel(self.tr("„{what}“ hat keinen Standardpreis. Bitte den Preis eintippen "
                              "und Enter drücken (Esc: nichts buchen).").format(what=what))
        info.setWordWrap(True)
        self.price = QLineEdit()
        self.price.setObjectName("tillInput")
        self.price.setPlaceholderText(self.tr("Preis, z. B. 2,50"))
        self.message = MessageLine()
        self.pending = False
        form = QFormLayout()
        form.addRow(self.tr("Preis (€)"), self.price)
        layout = QVBoxLayout(self)
        layout.addWidget(info)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(_buttons(self, self.tr("Buchen (Enter)")))
        self.setMinimumWidth(420)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.price.setFocus()

    def accept(self) -> None:
        """Enter: hand the price to the till; the dialog closes when it is booked.

        While one price is being booked a second Enter books nothing more."""
        if self.pending:
            return
        if not self.price.text().strip():
            self.message.show_error(self.tr("Bitte einen Preis eintippen (Esc: nichts buchen)."))
            return
        self.message.clear()
        self.pending = True
        self.submitted.emit(self.price.text().strip())

    def booked(self) -> None:
        self.pending = False
        super().accept()

    def refused(self, text: str) -> None:
        self.pending = False
        self.message.show_error(text)
        self.price.selectAll()
        self.price.setFocus()


class ApprovalDialog(QDialog):
    """A manager approves a discount above the limit with name and PIN."""

    def __init__(self, reason: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Freigabe durch die Leitung"))
        info = QLabel(reason)
        info.setWordWrap(True)
        self.name = QLineEdit()
        self.pin = QLineEdit()
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.message = QLabel()
        self.message.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Benutzer"), self.name)
        form.addRow(self.tr("PIN"), self.pin)
        layout = QVBoxLayout(self)
        layout.addWidget(info)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(_buttons(self, self.tr("Freigeben")))


class ParkedDialog(QDialog):
    """Choose a parked cart to resume (Enter on a row or the button)."""

    def __init__(self, parked: list[ParkedView], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Geparkte Verkäufe"))
        self.parked = parked
        self.list = QTableWidget(len(parked), 5)
        self.list.setObjectName("parkedTable")
        self.list.setHorizontalHeaderLabels([self.tr("Zeit"), self.tr("Name / Notiz"),
                                             self.tr("Positionen"), self.tr("Summe"),
                                             self.tr("Geparkt von")])
        self.list.verticalHeader().setVisible(False)
        self.list.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list.setWordWrap(False)
        right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        for r, p in enumerate(parked):
            cells = (format_local(p.parked_at, "%H:%M"), p.label or "—", str(p.line_count),
                     format_cents(p.total_cents), p.parked_by)
            for c, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                if c in (2, 3):
                    cell.setTextAlignment(right)
                self.list.setItem(r, c, cell)
        fit_columns(self.list, stretch=1)
        if parked:
            self.list.selectRow(0)
        self.list.itemActivated.connect(lambda _item: self.accept())
        layout = QVBoxLayout(self)
        layout.addWidget(self.list)
        layout.addWidget(_buttons(self, self.tr("Fortsetzen")))
        self.resize(max(640, self.list.horizontalHeader().length() + 60), 360)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.list.setFocus()

    def chosen(self) -> ParkedView | None:
        row = self.list.currentRow()
        return self.parked[row] if 0 <= row < len(self.parked) else None


def fit_columns(table: QTableWidget, stretch: int) -> None:
    """Every column as wide as its header and cells; column ``stretch`` takes the rest.

    Names and headers are never cut at 1366×768: the other columns size to their
    contents (cell widgets included) and the one free-text column grows with the dialog;
    the table asks for enough width that even the free-text column fits its longest text.
    """
    header = table.horizontalHeader()
    header.setStretchLastSection(False)
    header.setMinimumSectionSize(40)
    needed = 0
    for column in range(table.columnCount()):
        mode = (QHeaderView.ResizeMode.Stretch if column == stretch
                else QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(column, mode)
        needed += max(table.sizeHintForColumn(column), header.sectionSizeHint(column))
    frame = 2 * table.frameWidth() + table.verticalScrollBar().sizeHint().width()
    table.setMinimumWidth(min(needed + frame, 1300))
