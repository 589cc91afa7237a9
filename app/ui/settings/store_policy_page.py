"""The store settings (``services.policy``) as a form: one field per definition.

The rows are built from ``POLICY.all()``; the service parses, checks the range and the
role (manager or admin), audits each change and sends it to the other tills. Enter in a
field saves, like the button.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.services.kernel.formatting import format_local
from app.services.kernel.roles import Permission
from app.services.policy import store as policy
from app.services.policy.definitions import POLICY, PolicyDef, Unit
from app.services.policy.store import PolicyView
from app.ui.shell.session import SessionState

# The descriptions are declared once, in German, in ``services.policy``; these marks only
# let lupdate collect them for the English file. A test checks that both lists agree.
TRANSLATABLE_DESCRIPTIONS = (
    QT_TRANSLATE_NOOP("StorePolicy", "Rabatt in Prozent, ab dem die Leitung freigeben muss"),
    QT_TRANSLATE_NOOP("StorePolicy", "Rabattbetrag, ab dem die Leitung freigeben muss"),
    QT_TRANSLATE_NOOP("StorePolicy", "Höchster Preis, der an der Kasse eingetippt werden darf"),
    QT_TRANSLATE_NOOP("StorePolicy", "Höchste Menge einer Position an der Kasse"),
    QT_TRANSLATE_NOOP("StorePolicy",
                      "Höchstbetrag einer Kartenzahlung (0 = bis zum offenen Betrag)"),
    QT_TRANSLATE_NOOP("StorePolicy",
                      "Mindestzahl der PIN-Ziffern für Leitung und Verwaltung (4 = wie alle)"),
    QT_TRANSLATE_NOOP("StorePolicy", "Klima-Hinweis auf dem Kassenbon (1 = an, 0 = aus)"),
    QT_TRANSLATE_NOOP("StorePolicy", "Lastenräder im Einsatz (Anzahl)"),
    QT_TRANSLATE_NOOP("StorePolicy", "Lastenrad: höchstens kg Ladung"),
    QT_TRANSLATE_NOOP("StorePolicy", "Lastenrad: höchstens Liter Ladung"),
    QT_TRANSLATE_NOOP("StorePolicy", "Lastenräder mit Anhänger im Einsatz (Anzahl)"),
    QT_TRANSLATE_NOOP("StorePolicy", "Lastenrad mit Anhänger: höchstens kg Ladung"),
    QT_TRANSLATE_NOOP("StorePolicy", "Lastenrad mit Anhänger: höchstens Liter Ladung"),
    QT_TRANSLATE_NOOP("StorePolicy", "Lieferungen ab Uhrzeit (volle Stunde)"),
    QT_TRANSLATE_NOOP("StorePolicy", "Lieferungen bis Uhrzeit (volle Stunde)"),
    QT_TRANSLATE_NOOP("StorePolicy",
                      "Kundendaten von Lieferungen löschen nach Tagen (die Statistik bleibt)"),
)


def policy_label(definition: PolicyDef[int]) -> str:
    """The description of a store setting in the UI language."""
    return QCoreApplication.translate("StorePolicy", definition.description)


class StorePolicyPage(QWidget):
    """Shows every store setting and lets a manager change them."""

    def __init__(self, session: SessionState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.editors: dict[str, QLineEdit] = {}
        self.changed_labels: dict[str, QLabel] = {}
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        units = {Unit.CENTS: "€", Unit.PERCENT: "%", Unit.COUNT: ""}
        for definition in POLICY.all():
            editor = QLineEdit()
            editor.setObjectName(f"policy:{definition.key}")
            editor.setAccessibleName(policy_label(definition))
            editor.returnPressed.connect(self.save)
            self.editors[definition.key] = editor
            changed = QLabel()
            changed.setObjectName("hintText")
            self.changed_labels[definition.key] = changed
            row = QHBoxLayout()
            row.addWidget(editor, 1)
            row.addWidget(QLabel(units[definition.unit]))
            row.addWidget(changed, 2)
            label = QLabel(policy_label(definition) + ":")
            label.setBuddy(editor)
            form.addRow(label, row)
        self.save_button = QPushButton(self.tr("Regeln speichern"))
        self.save_button.setProperty("role", "primary")
        self.save_button.setAutoDefault(False)
        self.save_button.clicked.connect(self.save)
        self.status_label = QLabel()
        self.status_label.setWordWrap(True)
        hint = QLabel(self.tr("Diese Regeln gelten für das ganze Kaufhaus: jede Änderung geht "
                              "an alle Kassen und gilt dort ab dem nächsten Verkauf."))
        hint.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.status_label, 1)
        buttons.addWidget(self.save_button)
        # The rules scroll (there are more than a counter screen's height of them); the
        # sentence on top and the save button stay in view.
        rules = QWidget()
        rules.setObjectName("areaContent")
        rules_layout = QVBoxLayout(rules)
        rules_layout.setContentsMargins(0, 0, 0, 0)
        rules_layout.addLayout(form)
        rules_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setObjectName("areaScroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(rules)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addWidget(scroll, 1)
        layout.addLayout(buttons)
        session.actor_changed.connect(lambda _actor: self.load())
        self.load()

    def load(self) -> None:
        """Fill the fields with the current values (off the GUI thread)."""
        if not self.session.may(Permission.SETTINGS):
            return
        self.session.ops.query(self.session.actor, policy.list_policies).latest().then(
            self._show, parent=self)

    def _show(self, views: list[PolicyView]) -> None:
        for view in views:
            self.editors[view.definition.key].setText(view.text)
            self.changed_labels[view.definition.key].setText(
                self.tr("geändert {when} von {who}").format(
                    when=format_local(view.updated_at), who=view.updated_by or "—")
                if view.updated_at else "")

    def typed(self) -> dict[str, str]:
        return {key: editor.text() for key, editor in self.editors.items()}

    def save(self) -> None:
        """Hand every typed value to the service, which saves all or nothing."""
        self.save_button.setEnabled(False)
        self.session.ops.call(self.session.actor, policy.save, self.typed()).then(
            self._saved, self._failed, parent=self)

    def _saved(self, changed: list[str]) -> None:
        self.save_button.setEnabled(True)
        self.status_label.setText(
            self.tr("Gespeichert: {n} Regel(n) geändert.").format(n=len(changed)) if changed
            else self.tr("Nichts geändert."))
        self.load()

    def _failed(self, exc: BaseException) -> None:
        self.save_button.setEnabled(True)
        self.session.ops.reporter.report(exc, self)
