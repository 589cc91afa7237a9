"""Klima-Faktoren: the figures the impact is computed with, and a manager's new figure.

The table shows the current factor set (kind, name, kg CO2e per new item or per kg, the
typical weight, source and year). Choosing a row fills the fields below; Speichern stores
the whole set with that change as a new version through ``impact.factors.adjust`` — past
sales keep the version they were computed with.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.services.impact import factors as impact_factors
from app.services.impact import messages as impact_msg
from app.services.impact.factors import CATEGORY, Factor, FactorSet
from app.services.impact.keys import impact_label
from app.services.impact.notes import format_kg
from app.services.kernel.context import Ctx
from app.ui.kit.message_line import MessageLine
from app.ui.shell.session import SessionState


def _change(ctx: Ctx, change: impact_factors.FactorChange, note: str) -> FactorSet:
    return impact_factors.adjust(ctx, [change], note)


class FactorsDialog(QDialog):
    """The current climate factors and the form for a new figure."""

    def __init__(self, session: SessionState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.factor_set: FactorSet | None = None
        self.shown: list[Factor] = []
        self.setWindowTitle(self.tr("Klima-Faktoren"))
        self.version = QLabel()
        self.table = QTableWidget(0, 6)
        self.table.setHorizontalHeaderLabels([
            self.tr("Art"), self.tr("Name"), self.tr("kg CO2e"), self.tr("typisch kg"),
            self.tr("Quelle"), self.tr("Jahr")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.setAccessibleName(self.tr("Klima-Faktoren"))
        self.table.horizontalHeader().setStretchLastSection(False)
        self.table.itemSelectionChanged.connect(self._chosen)

        self.co2e = QLineEdit()
        self.co2e.setPlaceholderText(self.tr("z. B. 67,13"))
        self.per_kg = QCheckBox(self.tr("je &kg (sonst je Stück)"))
        self.weight = QLineEdit()
        self.weight.setPlaceholderText(self.tr("leer = wie bisher"))
        self.source = QLineEdit()
        self.source.setPlaceholderText(self.tr("z. B. WRAP 2011, Tabelle 3"))
        self.year = QLineEdit()
        self.year.setMaxLength(4)
        self.note = QLineEdit()
        self.note.setPlaceholderText(self.tr("warum die neue Zahl (freiwillig)"))
        form = QFormLayout()
        for text, field in ((self.tr("kg &CO2e:"), self.co2e), ("", self.per_kg),
                            (self.tr("&Typisches Gewicht (kg):"), self.weight),
                            (self.tr("&Quelle:"), self.source), (self.tr("&Jahr:"), self.year),
                            (self.tr("&Notiz:"), self.note)):
            if text:
                label = QLabel(text)
                label.setBuddy(field)
                field.setAccessibleName(text.replace("&", "").rstrip(":"))
                form.addRow(label, field)
            else:
                form.addRow("", field)
        self.message = MessageLine()
        self.save_button = QPushButton(self.tr("&Speichern (neue Version)"))
        self.save_button.setProperty("role", "primary")
        self.save_button.setAutoDefault(False)
        self.save_button.clicked.connect(self.save)
        close = QPushButton(self.tr("Schließen (Esc)"))
        close.setAutoDefault(False)
        close.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr(
            "Neue Zahlen gelten ab dem nächsten Verkauf; frühere Verkäufe behalten die "
            "Faktor-Version, mit der sie berechnet wurden.")))
        layout.addWidget(self.version)
        layout.addWidget(self.table, 1)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        for edit in (self.co2e, self.weight, self.source, self.year, self.note):
            edit.returnPressed.connect(self.save)
        self.resize(1000, 640)
        self.reload()

    def reload(self) -> None:
        self.session.ops.query(self.session.actor, impact_factors.current).latest().then(
            self._show, parent=self)

    def _show(self, factor_set: FactorSet) -> None:
        chosen = self.selected()
        keep = (chosen.kind, chosen.key) if chosen is not None else None
        self.factor_set = factor_set
        self.version.setText(self.tr("Version {version} ({year})").format(
            version=factor_set.version, year=factor_set.year))
        self.shown = sorted(factor_set.factors, key=lambda f: (f.kind != CATEGORY,
                                                                self._name(f).casefold()))
        self.table.setRowCount(len(self.shown))
        for row, f in enumerate(self.shown):
            unit = self.tr("je kg") if f.per_kg else self.tr("je Stück")
            cells = (self.tr("Warengruppe") if f.kind == CATEGORY else self.tr("Stoffstrom"),
                     self._name(f),
                     f"{format_kg(f.co2e_g, 2)} {unit}",
                     format_kg(f.weight_g, 2), f.source, str(f.year))
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                self.table.setItem(row, column, item)
        self.table.resizeColumnsToContents()
        if self.shown:
            keys = [(x.kind, x.key) for x in self.shown]
            self.table.selectRow(keys.index(keep) if keep in keys else 0)
        self.table.setFocus()

    @staticmethod
    def _name(f: Factor) -> str:
        if f.kind == CATEGORY:
            return impact_label(f.key)
        return str(impact_msg.STREAM_LABELS.get(f.key, f.key))

    def selected(self) -> Factor | None:
        rows = {i.row() for i in self.table.selectedItems()}
        return self.shown[rows.pop()] if len(rows) == 1 else None

    def _chosen(self) -> None:
        f = self.selected()
        if f is None:
            return
        self.co2e.setText("" if f.co2e_g is None else format_kg(f.co2e_g, 3))
        self.per_kg.setChecked(f.per_kg)
        self.weight.setText("" if f.weight_g is None else format_kg(f.weight_g, 3))
        self.source.clear()  # a new figure needs its own source
        self.year.clear()
        self.message.clear()

    def save(self) -> None:
        """The chosen row with the typed figures as a new factor version."""
        f = self.selected()
        if f is None:
            return
        self.save_button.setEnabled(False)
        typed = (f.kind, f.key, self.co2e.text(), self.weight.text(), self.per_kg.isChecked(),
                 self.source.text(), self.year.text())
        note = self.note.text()

        def change(ctx: Ctx) -> FactorSet:  # off the GUI thread: only what was read here
            return _change(ctx, impact_factors.typed_change(*typed), note)

        self.session.ops.call(self.session.actor, change).then(
            self._saved, self._refused, parent=self)

    def _saved(self, factor_set: FactorSet) -> None:
        self.save_button.setEnabled(True)
        self.note.clear()
        self._show(factor_set)
        self.message.success(str(impact_msg.FACTOR_SAVED.format(version=factor_set.version)))

    def _refused(self, exc: BaseException) -> None:
        self.save_button.setEnabled(True)
        self.message.error(self.session.ops.reporter.message_for(exc))
