"""Einstellungen → Warengruppen: categories with their defaults, and markdown rules."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.services.catalog import categories as catalog
from app.services.catalog import markdowns
from app.services.catalog.categories import CategoryData, CategoryInfo
from app.services.catalog.messages import MATERIAL_LABELS
from app.services.catalog.vat import VAT_KINDS
from app.services.impact.keys import NO_IMPACT, SERVICE, impact_label
from app.services.impact.messages import IMPACT_LABELS
from app.services.intake.intake import price_cents, weight_grams
from app.services.kernel.formatting import format_grams
from app.ui.kit.message_line import MessageLine
from app.ui.shell.session import SessionState


class CategoryEditor(QWidget):
    """List of categories on the left, the selected one's fields on the right."""

    def __init__(self, session: SessionState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.categories: list[CategoryInfo] = []
        self.current_id: int | None = None

        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Warengruppen"))
        self.list.currentRowChanged.connect(self._select)
        self.new_button = QPushButton(self.tr("&Neue Warengruppe"))
        self.new_button.clicked.connect(self.new)
        left = QVBoxLayout()
        left.addWidget(self.list)
        left.addWidget(self.new_button)

        self.name = QLineEdit()
        self.parent_choice = QComboBox()
        self.vat = QComboBox()
        for key, kind in VAT_KINDS.items():
            self.vat.addItem(str(kind.label), key)
        self.price = QLineEdit()
        self.weight = QLineEdit()
        self.stream = QComboBox()
        for key, label in MATERIAL_LABELS.items():
            self.stream.addItem(label, key)
        self.electrical = QCheckBox(self.tr("Elektrogerät (Sicherheitsprüfung nötig)"))
        # Chosen from the known impact categories by their German names; the key is stored.
        self.impact_key = QComboBox()
        self.impact_key.addItem(impact_label(NO_IMPACT), NO_IMPACT)
        self.impact_key.addItem(impact_label(SERVICE), SERVICE)
        for key in sorted(IMPACT_LABELS, key=lambda k: IMPACT_LABELS[k].casefold()):
            self.impact_key.addItem(IMPACT_LABELS[key], key)
        self.hotkey = QSpinBox()
        self.hotkey.setRange(0, 12)
        self.hotkey.setSpecialValueText(self.tr("keine"))
        self.hotkey.setPrefix("F")
        form = QFormLayout()
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Obergruppe"), self.parent_choice)
        form.addRow(self.tr("Steuer"), self.vat)
        form.addRow(self.tr("Standardpreis (€)"), self.price)
        form.addRow(self.tr("Durchschnittsgewicht"), self.weight)
        form.addRow(self.tr("Stoffstrom"), self.stream)
        form.addRow("", self.electrical)
        form.addRow(self.tr("Klima-Faktor"), self.impact_key)
        form.addRow(self.tr("Kassentaste"), self.hotkey)
        for line in (self.name, self.price, self.weight):
            line.returnPressed.connect(self.save)
        self.save_button = QPushButton(self.tr("Warengruppe s&peichern"))
        self.save_button.setProperty("role", "primary")
        self.save_button.setAutoDefault(False)
        self.save_button.clicked.connect(self.save)
        self.message = MessageLine()
        # The save bar sits below the scrolling fields (CatalogSettings places it), so the
        # button stays in view on a small screen.
        self.save_bar = QWidget()
        bar = QHBoxLayout(self.save_bar)
        bar.setContentsMargins(0, 0, 0, 0)
        bar.addWidget(self.message, 1)
        bar.addWidget(self.save_button)
        right = QVBoxLayout()
        right.addLayout(form)
        right.addStretch()

        layout = QHBoxLayout(self)
        layout.addLayout(left, 1)
        layout.addLayout(right, 2)

    def reload(self) -> None:
        self.session.ops.query(self.session.actor, catalog.list_categories).latest().then(
            self._loaded, parent=self)

    def _loaded(self, categories: list[CategoryInfo]) -> None:
        self.categories = categories
        keep = self.current_id
        self.list.blockSignals(True)
        self.list.clear()
        self.list.addItems([c.name for c in categories])
        self.list.blockSignals(False)
        self.parent_choice.clear()
        self.parent_choice.addItem(self.tr("keine"), None)
        for cat in categories:
            self.parent_choice.addItem(cat.name, cat.name)
        index = next((i for i, c in enumerate(categories) if c.id == keep), 0)
        if categories:
            self.list.setCurrentRow(index)
            self._select(index)

    def _select(self, row: int) -> None:
        if not 0 <= row < len(self.categories):
            return
        cat = self.categories[row]
        if cat.id != self.current_id:
            self.message.clear()
        self.current_id = cat.id
        self.name.setText(cat.name)
        parent = next((c.name for c in self.categories if c.id == cat.parent_id), None)
        self.parent_choice.setCurrentIndex(max(self.parent_choice.findData(parent), 0))
        self.vat.setCurrentIndex(max(self.vat.findData(cat.vat_kind), 0))
        self.price.setText(f"{cat.default_price_cents // 100},{cat.default_price_cents % 100:02d}")
        self.weight.setText(format_grams(cat.avg_weight_g))
        self.stream.setCurrentIndex(max(self.stream.findData(cat.material_stream), 0))
        self.electrical.setChecked(cat.electrical)
        self._show_impact(cat.impact_key)
        self.hotkey.setValue(cat.hotkey or 0)

    def _show_impact(self, key: str) -> None:
        index = self.impact_key.findData(key)
        if index < 0:  # a key this till does not know (synced in): keep it, named as such
            self.impact_key.addItem(impact_label(key), key)
            index = self.impact_key.count() - 1
        self.impact_key.setCurrentIndex(index)

    def new(self) -> None:
        self.current_id = None
        self.message.clear()
        self.list.clearSelection()
        for field in (self.name, self.price, self.weight):
            field.clear()
        self._show_impact(NO_IMPACT)
        self.electrical.setChecked(False)
        self.hotkey.setValue(0)
        self.name.setFocus()

    def data(self) -> CategoryData:
        """The typed fields; price and weight parsed like at intake (German messages)."""
        return CategoryData(
            name=self.name.text(), vat_kind=self.vat.currentData(),
            default_price_cents=price_cents(self.price.text(), 0),
            avg_weight_g=weight_grams(self.weight.text(), 0),
            material_stream=self.stream.currentData(), electrical=self.electrical.isChecked(),
            impact_key=str(self.impact_key.currentData() or NO_IMPACT),
            parent=self.parent_choice.currentData(),
            hotkey=self.hotkey.value() or None)

    def save(self) -> None:
        try:
            data = self.data()
        except Exception as exc:  # parsing errors are KasseErrors with German text
            self.message.error(self.session.ops.reporter.message_for(exc))
            return

        def saved(cat: CategoryInfo) -> None:
            self.current_id = cat.id
            self.message.success(self.tr("Gespeichert: {name}").format(name=cat.name))
            self.reload()

        def failed(exc: BaseException) -> None:
            self.message.error(self.session.ops.reporter.message_for(exc))

        self.session.ops.call(self.session.actor, catalog.save_category, data,
                              self.current_id).then(saved, failed, parent=self)


class MarkdownEditor(QGroupBox):
    """Age markdowns: 'x % after n days', global or for one category."""

    def __init__(self, session: SessionState, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Preissenkung nach Alter"), parent)
        self.session = session
        self.rules: list[markdowns.RuleRow] = []
        self.list = QListWidget()
        self.list.setMaximumHeight(80)
        self.list.setAccessibleName(self.tr("Preissenkungsregeln"))
        self.days = QSpinBox()
        self.days.setRange(1, 3650)
        self.days.setValue(28)
        self.days.setSuffix(self.tr(" Tage"))
        self.percent = QSpinBox()
        self.percent.setRange(1, 100)
        self.percent.setValue(20)
        self.percent.setSuffix(" %")
        self.category = QComboBox()
        self.days.setAccessibleName(self.tr("Tage bis zur Preissenkung"))
        self.percent.setAccessibleName(self.tr("Preissenkung in Prozent"))
        self.category.setAccessibleName(self.tr("Warengruppe der Regel"))
        self.add_button = QPushButton(self.tr("Regel hinzufügen"))
        self.remove_button = QPushButton(self.tr("Regel entfernen"))
        self.message = QLabel()
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("nach")))
        row.addWidget(self.days)
        row.addWidget(self.percent)
        row.addWidget(self.category, 1)
        row.addWidget(self.add_button)
        row.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.list)
        layout.addLayout(row)
        layout.addWidget(self.message)
        self.add_button.clicked.connect(self.add)
        self.remove_button.clicked.connect(self.remove)

    def set_categories(self, categories: list[CategoryInfo]) -> None:
        self.category.clear()
        self.category.addItem(self.tr("alle Warengruppen"), None)
        for cat in categories:
            self.category.addItem(cat.name, cat.id)

    def reload(self) -> None:
        self.session.ops.query(self.session.actor, markdowns.list_rules).latest().then(
            self._loaded, parent=self)

    def _loaded(self, rules: list[markdowns.RuleRow]) -> None:
        self.rules = rules
        self.list.clear()
        for rule in rules:
            scope = rule.category or self.tr("alle Warengruppen")
            self.list.addItem(self.tr("{percent} % nach {days} Tagen — {scope}").format(
                percent=rule.percent, days=rule.after_days, scope=scope))

    def _fail(self, exc: BaseException) -> None:
        self.message.setText(self.session.ops.reporter.message_for(exc))

    def add(self) -> None:
        self.session.ops.call(self.session.actor, markdowns.add_rule, self.days.value(),
                              self.percent.value(), self.category.currentData()).then(
            lambda _r: self.reload(), self._fail, parent=self)

    def remove(self) -> None:
        row = self.list.currentRow()
        if 0 <= row < len(self.rules):
            self.session.ops.call(self.session.actor, markdowns.deactivate_rule,
                                  self.rules[row].id).then(
                lambda _r: self.reload(), self._fail, parent=self)


class CatalogSettings(QWidget):
    """The Warengruppen tab: category editor above, markdown rules below."""

    def __init__(self, session: SessionState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.categories = CategoryEditor(session)
        self.markdowns = MarkdownEditor(session)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(self.categories)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.categories.save_bar)
        layout.addWidget(self.markdowns)

    def reload(self) -> None:
        def loaded(categories: list[CategoryInfo]) -> None:
            self.categories._loaded(categories)
            self.markdowns.set_categories(categories)
        self.session.ops.query(self.session.actor, catalog.list_categories).then(
            loaded, parent=self)
        self.markdowns.reload()

    def showEvent(self, event: object) -> None:
        super().showEvent(event)  # type: ignore[arg-type]
        if self.session.logged_in:
            self.reload()
