"""Smaller dialogs of the till: price for an unknown code, manager approval, parked carts."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QVBoxLayout,
    QWidget,
)

from app.services.catalog.categories import CategoryInfo
from app.services.checkout.parking import ParkedView
from app.services.kernel.formatting import format_cents, format_local


def _buttons(dialog: QDialog, ok_text: str) -> QDialogButtonBox:
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                           | QDialogButtonBox.StandardButton.Cancel)
    box.button(QDialogButtonBox.StandardButton.Ok).setText(ok_text)
    box.button(QDialogButtonBox.StandardButton.Cancel).setText(dialog.tr("Abbrechen"))
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
    """Choose a parked cart to resume."""

    def __init__(self, parked: list[ParkedView], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Geparkte Verkäufe"))
        self.parked = parked
        self.list = QListWidget()
        for p in parked:
            self.list.addItem(f"{format_local(p.parked_at, '%H:%M')}  {p.label or '—'}  "
                              f"{p.line_count} Pos.  {format_cents(p.total_cents)}  "
                              f"({p.parked_by})")
        if parked:
            self.list.setCurrentRow(0)
        self.list.itemActivated.connect(lambda _item: self.accept())
        layout = QVBoxLayout(self)
        layout.addWidget(self.list)
        layout.addWidget(_buttons(self, self.tr("Fortsetzen")))

    def chosen(self) -> ParkedView | None:
        row = self.list.currentRow()
        return self.parked[row] if 0 <= row < len(self.parked) else None
