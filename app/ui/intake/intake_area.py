"""The Annahme area: intake form, print queue, item list with workshop actions."""

from __future__ import annotations

from datetime import UTC, datetime, time
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QGroupBox,
    QHBoxLayout,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.services.catalog import categories as catalog
from app.services.catalog.categories import CategoryInfo
from app.services.intake import intake, lifecycle
from app.services.intake.intake import ItemChanges
from app.services.kernel.clock import BERLIN
from app.sync_schema.enums import ItemStatus, MaterialStream
from app.ui.intake.intake_form import IntakeForm
from app.ui.intake.item_table import ItemTable, action_button
from app.ui.intake.label_queue import LabelQueue
from app.ui.intake.workshop_dialogs import (
    ItemEditDialog,
    RecycleDialog,
    RepairNoteDialog,
    SafetyTestDialog,
)
from app.ui.kit.area import area_layout
from app.ui.shell.session import SessionState

if TYPE_CHECKING:
    from app.services.kernel.backend import Backend


class IntakeArea(QWidget):
    """Take in, test, repair, price and label donated goods."""

    def __init__(self, backend: Backend, session: SessionState,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.backend = backend
        self.session = session
        self.active_dialog: QDialog | None = None
        layout = area_layout(self, self.tr("Annahme"), self.tr(
            "Warengruppe wählen, beschreiben, Enter: gespeichert, Etikett in der Warteschlange."))

        self.form = IntakeForm(session)
        self.queue = LabelQueue(backend, session)
        self.table = ItemTable(session)
        form_box = QGroupBox(self.tr("Neuer Artikel"))
        QVBoxLayout(form_box).addWidget(self.form)
        top = QHBoxLayout()
        top.addWidget(form_box, 3)
        top.addWidget(self.queue, 2)

        self.edit_button = action_button(self.tr("Bearbeiten"), "F2")
        self.repair_button = action_button(self.tr("Reparatur"), "F5")
        self.ready_button = action_button(self.tr("Verkaufsbereit"), "F6")
        self.test_button = action_button(self.tr("E-Prüfung"), "F7")
        self.note_button = action_button(self.tr("Notiz"), "F8")
        self.recycle_button = action_button(self.tr("Recycling"), "F9")
        self.relabel_button = action_button(self.tr("Etikett"), "F10")
        actions = QHBoxLayout()
        for button in (self.edit_button, self.repair_button, self.ready_button,
                       self.test_button, self.note_button, self.recycle_button,
                       self.relabel_button):
            actions.addWidget(button)
        actions.addStretch()

        lower = QWidget()
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addWidget(self.table)
        lower_layout.addLayout(actions)
        upper = QWidget()
        upper.setLayout(top)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(upper)
        splitter.addWidget(lower)
        splitter.setStretchFactor(0, 0)
        splitter.setStretchFactor(1, 1)
        layout.addWidget(splitter, 1)

        self.form.items_saved.connect(self._items_saved)
        self.table.selection_changed.connect(self._update_actions)
        self.queue.printed.connect(self.table.refresh)
        self.edit_button.clicked.connect(self.open_edit)
        self.repair_button.clicked.connect(lambda: self.move_selected(ItemStatus.IN_REPAIR))
        self.ready_button.clicked.connect(lambda: self.move_selected(ItemStatus.READY))
        self.test_button.clicked.connect(self.open_safety_test)
        self.note_button.clicked.connect(self.open_repair_note)
        self.recycle_button.clicked.connect(self.open_recycle)
        self.relabel_button.clicked.connect(self._relabel)
        session.actor_changed.connect(lambda _actor: self.reload())
        self._update_actions("")

    # --- loading ---------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.session.logged_in:
            self.reload()

    def reload(self) -> None:
        self.session.ops.query(self.session.actor, catalog.list_categories).latest().then(
            self._categories_loaded, parent=self)
        self.table.refresh()

    def _categories_loaded(self, categories: list[CategoryInfo]) -> None:
        self.form._set_categories(categories)
        self.table.set_categories(categories)
        if not self.form.category.hasFocus():
            self.form.category.setFocus()

    def _items_saved(self, codes: list[str]) -> None:
        self.queue.add(codes)
        self.table.refresh()

    def _update_actions(self, code: str) -> None:
        for button in (self.edit_button, self.repair_button, self.ready_button,
                       self.test_button, self.note_button, self.recycle_button,
                       self.relabel_button):
            button.setEnabled(bool(code))

    # --- actions on the selected item --------------------------------------------------

    def _run(self, fn: Any, *args: Any, done: str = "") -> None:
        """Call a workshop service for the selected item, then refresh the list."""
        def ok(_result: object) -> None:
            if done:
                self.session.notifier.info(done, self)
            self.table.refresh()
        self.session.ops.call(self.session.actor, fn, *args).then(ok, parent=self)

    def move_selected(self, target: str) -> None:
        code = self.table.selected_code()
        if code:
            self._run(lifecycle.move, code, target)

    def _open(self, dialog: QDialog, on_accept: Any) -> QDialog:
        self.active_dialog = dialog
        dialog.accepted.connect(on_accept)
        dialog.open()
        return dialog

    def open_edit(self) -> QDialog | None:
        row = self.table.selected_row()
        if row is None:
            return None
        dialog = ItemEditDialog(row, self)
        return self._open(dialog, lambda: self._run(
            intake.update_item, row.code, ItemChanges(**dialog.values())))

    def open_safety_test(self) -> QDialog | None:
        code = self.table.selected_code()
        if not code:
            return None
        dialog = SafetyTestDialog(code, self.session.actor.display_name, self.session.today(),
                                  self)

        def record() -> None:
            v = dialog.values()
            # The test date is a calendar day: keep it at noon Berlin time.
            when = datetime.combine(v["date"], time(12), BERLIN).astimezone(UTC)
            when = min(when, self.backend.clock())
            self._run(lifecycle.record_safety_test, code, v["passed"], v["tester"], when,
                      v["device_id"], v["notes"], v["on_fail"])
        return self._open(dialog, record)

    def open_repair_note(self) -> QDialog | None:
        code = self.table.selected_code()
        if not code:
            return None
        dialog = RepairNoteDialog(code, self)
        return self._open(dialog, lambda: self._run(
            lifecycle.add_repair_note, code, dialog.values()["note"],
            dialog.values()["parts"]))

    def open_recycle(self) -> QDialog | None:
        row = self.table.selected_row()
        if row is None:
            return None
        stream = MaterialStream.WEEE if row.electrical else MaterialStream.MIXED
        dialog = RecycleDialog(row, stream, self)

        def send() -> None:
            v = dialog.values()
            self._run(lifecycle.recycle, row.code, v["kind"], v["material_stream"], v["weight"])
        return self._open(dialog, send)

    def _relabel(self) -> None:
        code = self.table.selected_code()
        if code:
            self.queue.add([code])
