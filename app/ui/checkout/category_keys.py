"""Large category keys with F-key shortcuts for unlabelled goods."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QGridLayout, QPushButton, QWidget

from app.services.catalog.categories import CategoryInfo
from app.services.impact.keys import SERVICE
from app.services.kernel.formatting import format_cents

MAX_FKEY = 11  # F12 is "Bezahlen"
COLUMNS = 3


class CategoryKeys(QWidget):
    pressed = Signal(int)  # category id

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.grid = QGridLayout(self)
        self.buttons: dict[int, QPushButton] = {}

    def set_categories(self, categories: list[CategoryInfo]) -> None:
        for button in self.buttons.values():
            self.grid.removeWidget(button)
            button.deleteLater()
        self.buttons = {}
        # A service without an F key (the delivery fee, sold by the delivery dialog) gets no
        # key: the keys are for goods.
        keyed = sorted((c for c in categories if c.hotkey or c.impact_key != SERVICE),
                       key=lambda c: (c.hotkey or 99, c.name))
        for i, cat in enumerate(keyed):
            label = cat.name
            if cat.hotkey and cat.hotkey <= MAX_FKEY:
                label = f"F{cat.hotkey}  {cat.name}"
            button = QPushButton(f"{label}\n{format_cents(cat.default_price_cents)}")
            button.setObjectName("categoryKey")
            button.setMinimumHeight(56)
            button.setAccessibleName(self._spoken(cat, label.removeprefix(cat.name)))
            if cat.hotkey and cat.hotkey <= MAX_FKEY:
                button.setShortcut(QKeySequence(f"F{cat.hotkey}"))
            button.clicked.connect(lambda _=False, cid=cat.id: self.pressed.emit(cid))
            self.grid.addWidget(button, i // COLUMNS, i % COLUMNS)
            self.buttons[cat.id] = button

    def _spoken(self, cat: CategoryInfo, key_prefix: str) -> str:
        """What a screen reader says for a category key: name, price and F key."""
        price = format_cents(cat.default_price_cents)
        key = key_prefix.strip()
        if key:
            return self.tr("Warengruppe {name}, {price}, Taste {key}").format(
                name=cat.name, price=price, key=key)
        return self.tr("Warengruppe {name}, {price}").format(name=cat.name, price=price)
