"""The goods of a delivery or pick-up, one row a line: weight (kg a piece) and volume (litres
a piece) editable, and for a pick-up the description and quantity too.

A delivery's lines come from its sale (``counter.goods_of_sale``): what was sold stays as
sold, only the weight and the bulk can be corrected, and a weight the till does not know
is empty and must be typed. A pick-up's lines are typed by the volunteer; a row left
empty is no line.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QLabel,
    QLineEdit,
    QSizePolicy,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.services.delivery.counter import kg_text
from app.services.delivery.model import LoadLine
from app.services.delivery.orders import LineInput
from app.sync_schema import limits
from app.ui.kit.fields import fit_placeholder
from app.ui.kit.plain_text import plain


@dataclass
class _Row:
    description: QLabel | QLineEdit
    quantity: QLabel | QSpinBox
    weight: QLineEdit
    volume: QLineEdit
    code: str = ""
    count: int = 1  # the sold quantity (a pick-up's is in its spin box)

    def inputs(self) -> list[QWidget]:
        return [w for w in (self.description, self.quantity, self.weight, self.volume)
                if not isinstance(w, QLabel)]


class GoodsEditor(QWidget):
    """The rows of goods; ``changed`` fires on every edit (the dialog checks the load)."""

    changed = Signal()

    def __init__(self, editable: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("goodsEditor")
        self.editable = editable
        self.rows: list[_Row] = []
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.grid = QGridLayout()
        outer.addLayout(self.grid)
        outer.addStretch(1)  # the rows stay together at the top
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setHorizontalSpacing(8)
        self.grid.setVerticalSpacing(4)
        for column, text in enumerate((self.tr("Menge"), self.tr("Ware"),
                                       self.tr("kg je Stück"), self.tr("Liter je Stück"))):
            header = QLabel(text)
            header.setObjectName("goodsHeader")
            self.grid.addWidget(header, 0, column)
        self.grid.setColumnStretch(1, 1)
        self.empty = QLabel(self.tr("Noch keine Waren: bitte den Bon laden."))
        self.empty.setWordWrap(True)
        self.grid.addWidget(self.empty, 1, 0, 1, 4)
        self.empty.setVisible(not editable)

    # --- rows --------------------------------------------------------------------------------

    def _number_edit(self, text: str, placeholder: str, name: str) -> QLineEdit:
        edit = QLineEdit(text)
        edit.setPlaceholderText(placeholder)
        edit.setAccessibleName(name)
        edit.setAlignment(Qt.AlignmentFlag.AlignRight)
        edit.setMaxLength(12)
        fit_placeholder(edit)
        edit.setMinimumWidth(max(edit.minimumWidth(),
                                 edit.fontMetrics().horizontalAdvance("000,000") + 24))
        edit.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        edit.setFixedWidth(edit.minimumWidth())  # the description gets the rest
        edit.textEdited.connect(lambda _text: self.changed.emit())
        return edit

    def _add(self, row: _Row) -> _Row:
        index = len(self.rows) + 1
        self.grid.addWidget(row.quantity, index, 0)
        self.grid.addWidget(row.description, index, 1)
        self.grid.addWidget(row.weight, index, 2)
        self.grid.addWidget(row.volume, index, 3)
        for widget in (row.quantity, row.description, row.weight, row.volume):
            widget.show()  # now, not after the next event loop turn: Tab must find them
        self.rows.append(row)
        return row

    def set_lines(self, lines: tuple[LoadLine, ...]) -> None:
        """The sold lines (delivery): description and quantity fixed, kg and litres editable;
        an unknown weight stays empty and asks to be typed."""
        self.clear()
        for line in lines:
            quantity = plain(QLabel(f"{line.quantity} ×"))
            description = plain(QLabel(line.description))
            description.setWordWrap(True)
            weight = self._number_edit(kg_text(line.weight_g), self.tr("kg eintragen"),
                                       self.tr("kg je Stück: {what}").format(
                                           what=line.description))
            volume = self._number_edit(str(line.volume_l) if line.volume_l else "",
                                       self.tr("Liter"), self.tr("Liter je Stück: {what}")
                                       .format(what=line.description))
            self._add(_Row(description, quantity, weight, volume, line.code, line.quantity))
        self.empty.setVisible(not self.rows and not self.editable)
        self.changed.emit()

    def add_row(self) -> QWidget:
        """A new empty pick-up row; its description field (to put the focus in)."""
        description = QLineEdit()
        description.setPlaceholderText(self.tr("z. B. Kommode Eiche"))
        description.setMaxLength(limits.DESCRIPTION_LENGTH)
        description.setAccessibleName(self.tr("Ware"))
        fit_placeholder(description)
        description.textEdited.connect(lambda _text: self.changed.emit())
        quantity = QSpinBox()
        quantity.setRange(1, limits.MAX_LINE_QUANTITY)
        quantity.setAccessibleName(self.tr("Menge"))
        quantity.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        quantity.valueChanged.connect(lambda _value: self.changed.emit())
        weight = self._number_edit("", self.tr("kg"), self.tr("kg je Stück"))
        volume = self._number_edit("", self.tr("Liter"), self.tr("Liter je Stück"))
        self._add(_Row(description, quantity, weight, volume))
        return description

    def clear(self) -> None:
        for row in self.rows:
            for widget in (row.description, row.quantity, row.weight, row.volume):
                self.grid.removeWidget(widget)
                widget.deleteLater()
        self.rows = []

    # --- reading -----------------------------------------------------------------------------

    def inputs(self) -> list[QWidget]:
        """The fields in the order Tab walks them."""
        return [widget for row in self.rows for widget in row.inputs()]

    def first_missing(self) -> QWidget | None:
        """The first weight still to be typed (or the first row's field), for the focus."""
        for row in self.rows:
            if not row.weight.text().strip():
                return row.weight if isinstance(row.description, QLabel) else row.description
        return None

    def lines(self) -> tuple[LineInput, ...]:
        """The rows as typed (empty pick-up rows left out), for ``orders``."""
        found = []
        for row in self.rows:
            if isinstance(row.description, QLineEdit):
                description = row.description.text()
                if not (description.strip() or row.weight.text().strip()
                        or row.volume.text().strip()):
                    continue
            else:
                description = row.description.text()
            quantity = (row.quantity.value() if isinstance(row.quantity, QSpinBox)
                        else row.count)
            found.append(LineInput(description, quantity, row.weight.text(),
                                   row.volume.text(), row.code))
        return tuple(found)
