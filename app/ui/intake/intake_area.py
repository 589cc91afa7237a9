"""The Annahme area: intake form, print queue, item list with workshop actions.

The item list takes the height: the form is three compact rows and can be folded away
(Ctrl+E). Rows can be multi-selected; F5 (repair), F6 (ready) and F10 (label again) act
on all selected items at once, each as one service call. F11 records a repair of the
selected item (ORDS outcome and barrier), F12 logs volunteer hours.
"""

from __future__ import annotations

from datetime import UTC, datetime, time
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from app.services.catalog import categories as catalog
from app.services.catalog.categories import CategoryInfo
from app.services.intake import intake, lifecycle
from app.services.intake.intake import ItemChanges
from app.services.intake.lifecycle import MoveResult
from app.services.intake.messages import STATUS_LABELS
from app.services.kernel.clock import BERLIN
from app.services.workshop import repairs
from app.sync_schema.enums import DeliveryKind, ItemStatus, MaterialStream
from app.ui.delivery.delivery_dialog import DeliveryDialog
from app.ui.intake.intake_form import IntakeForm
from app.ui.intake.item_table import ItemTable, action_button
from app.ui.intake.label_queue import LabelQueue
from app.ui.intake.repair_dialogs import HoursDialog, RepairRecordDialog
from app.ui.intake.workshop_dialogs import (
    ItemEditDialog,
    RecycleDialog,
    RepairNoteDialog,
    SafetyTestDialog,
)
from app.ui.kit.area import area_layout
from app.ui.kit.message_line import MessageKind, MessageLine
from app.ui.shell.session import SessionState

if TYPE_CHECKING:
    from app.services.kernel.backend import Backend

COLLAPSE_SHORTCUT = "Ctrl+E"


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
        layout.setContentsMargins(16, 8, 16, 8)
        layout.setSpacing(6)
        # The form says how it works; the title line also holds the fold button.
        title = self.findChild(QLabel, "areaTitle")
        description = self.findChild(QLabel, "areaDescription")
        header = QHBoxLayout()
        if title is not None:
            layout.removeWidget(title)
            header.addWidget(title)
        if description is not None:
            description.hide()
        header.addStretch()

        self.message = MessageLine()
        self.message.setObjectName("messageLine")
        self.form = IntakeForm(session, self.message)
        self.queue = LabelQueue(backend, session)
        self.table = ItemTable(session)
        self.form_box = QGroupBox(self.tr(
            "Neuer Artikel – Enter speichert, ☑ behält den Wert (Strg+K)"))
        box_layout = QVBoxLayout(self.form_box)
        box_layout.setContentsMargins(8, 4, 8, 6)
        box_layout.addWidget(self.form)
        self.upper = QWidget()
        top = QHBoxLayout(self.upper)
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.form_box, 3)
        top.addWidget(self.queue, 1)
        self.upper.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)

        self.collapse_button = QPushButton()
        self.collapse_button.setCheckable(True)
        self.collapse_button.setAutoDefault(False)
        self.collapse_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.collapse_button.toggled.connect(self.set_form_collapsed)
        header.addWidget(self.collapse_button)
        layout.insertLayout(0, header)

        self.edit_button = action_button(self.tr("Bearbeiten"), "F2")
        self.repair_button = action_button(self.tr("Reparatur"), "F5")
        self.ready_button = action_button(self.tr("Verkaufsbereit"), "F6")
        self.test_button = action_button(self.tr("E-Prüfung"), "F7")
        self.note_button = action_button(self.tr("Notiz"), "F8")
        self.recycle_button = action_button(self.tr("Recycling"), "F9")
        self.relabel_button = action_button(self.tr("Etikett"), "F10")
        self.record_button = action_button(self.tr("Reparatur erfassen"), "F11")
        self.hours_button = action_button(self.tr("Stunden"), "F12")
        self.pickup_button = action_button(self.tr("Abholung…"), "F4")
        self.pickup_button.setToolTip(self.tr("Abholung einer Spende mit dem Lastenrad buchen"))
        # Single-item actions need exactly one row; bulk actions take any number.
        self.single_actions = (self.edit_button, self.test_button, self.note_button,
                               self.recycle_button, self.record_button)
        self.bulk_actions = (self.repair_button, self.ready_button, self.relabel_button)
        actions = QHBoxLayout()
        for button in (self.edit_button, self.repair_button, self.ready_button,
                       self.test_button, self.note_button, self.recycle_button,
                       self.relabel_button):
            actions.addWidget(button)
        actions.addStretch()
        # The workshop's own records sit in the title line: nine buttons in the action row
        # do not fit 1280 px, and a second row would take the list's height.
        header.insertWidget(header.count() - 1, self.pickup_button)
        header.insertWidget(header.count() - 1, self.record_button)
        header.insertWidget(header.count() - 1, self.hours_button)

        layout.addWidget(self.upper)
        layout.addWidget(self.message)
        layout.addWidget(self.table, 1)
        layout.addLayout(actions)

        self.form.items_saved.connect(self._items_saved)
        self.table.selection_changed.connect(self._selection_changed)
        self.queue.printed.connect(self.table.refresh)
        self.edit_button.clicked.connect(self.open_edit)
        self.repair_button.clicked.connect(lambda: self.move_selected(ItemStatus.IN_REPAIR))
        self.ready_button.clicked.connect(lambda: self.move_selected(ItemStatus.READY))
        self.test_button.clicked.connect(self.open_safety_test)
        self.note_button.clicked.connect(self.open_repair_note)
        self.recycle_button.clicked.connect(self.open_recycle)
        self.relabel_button.clicked.connect(self._relabel)
        self.record_button.clicked.connect(self.open_repair_record)
        self.hours_button.clicked.connect(self.open_hours)
        self.pickup_button.clicked.connect(self.open_pickup)
        collapse = QShortcut(QKeySequence(COLLAPSE_SHORTCUT), self)
        collapse.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        collapse.setWhatsThis(self.tr("Formular ein- oder ausklappen"))  # for the F1 overview
        collapse.activated.connect(self.collapse_button.toggle)
        session.actor_changed.connect(self._actor_changed)
        self.set_form_collapsed(False)
        self._update_actions([])

    # --- loading ---------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.session.logged_in:
            self.reload()

    def reload(self) -> None:
        self.session.ops.query(self.session.actor, catalog.list_categories).latest().then(
            self._categories_loaded, parent=self)
        self.table.refresh()

    def main_input(self) -> QWidget:
        """Where typing goes when Annahme is shown: the category, or the list when folded."""
        return self.table.table if self.form_collapsed else self.form.category

    def _categories_loaded(self, categories: list[CategoryInfo]) -> None:
        self.form._set_categories(categories)
        self.table.set_categories(categories)
        focused = QApplication.focusWidget()
        if self.isVisible() and (focused is None or not self.isAncestorOf(focused)):
            self.main_input().setFocus()

    def _items_saved(self, codes: list[str]) -> None:
        self.queue.add(codes)
        self.table.refresh()

    def _actor_changed(self, _actor: object) -> None:
        """A new person starts clean: no message, nothing kept, an empty form."""
        self.message.clear()
        self.form.reset_keeps()
        self.form.start_next(focus=False)  # the window puts the focus after a switch
        self.reload()

    # --- the form folds away for the list --------------------------------------------

    @property
    def form_collapsed(self) -> bool:
        return self.collapse_button.isChecked()

    def set_form_collapsed(self, collapsed: bool) -> None:
        """Fold the form and the print queue away (the list gets the whole height)."""
        if self.collapse_button.isChecked() != collapsed:
            self.collapse_button.setChecked(collapsed)  # comes back here via toggled
            return
        self.upper.setVisible(not collapsed)
        self.collapse_button.setText(
            self.tr("Formular ausklappen (Strg+E)") if collapsed
            else self.tr("Formular einklappen (Strg+E)"))
        if self.isVisible():
            self.main_input().setFocus()

    # --- actions on the selected items -------------------------------------------------

    def _selection_changed(self, codes: list[str]) -> None:
        if self.message.kind in (MessageKind.ERROR, MessageKind.WARNING):
            self.message.clear()  # the refusal was about other items
        self._update_actions(codes)

    def _update_actions(self, codes: list[str]) -> None:
        for button in self.single_actions:
            button.setEnabled(len(codes) == 1)
        for button in self.bulk_actions:
            button.setEnabled(bool(codes))

    def _failed(self, error: BaseException) -> None:
        self.message.error(self.session.ops.reporter.message_for(error))

    def _run(self, fn: Any, *args: Any, done: str = "") -> None:
        """Call a workshop service for the selected item, then refresh the list."""
        def ok(_result: object) -> None:
            if done:
                self.message.success(done)
            self.table.refresh()
        self.session.ops.call(self.session.actor, fn, *args).then(ok, self._failed,
                                                                  parent=self)

    def move_selected(self, target: str) -> None:
        """Move every selected item to ``target`` in one call: all of them or none."""
        codes = self.table.selected_codes()
        if not codes:
            return

        def ok(result: MoveResult) -> None:
            text = self.tr("{n} Artikel {status}").format(
                n=len(result.moved), status=STATUS_LABELS[result.target])
            if result.unchanged:
                text += self.tr(" ({n} waren es schon)").format(n=len(result.unchanged))
            self.message.success(text)
            self.table.refresh()
        self.session.ops.call(self.session.actor, lifecycle.move_many, codes, target).then(
            ok, self._failed, parent=self)

    def _open(self, dialog: QDialog, on_accept: Any) -> QDialog:
        self.active_dialog = dialog
        dialog.accepted.connect(on_accept)
        dialog.finished.connect(self._dialog_closed)
        dialog.open()
        return dialog

    def _dialog_closed(self, _result: int) -> None:
        """Back to the list the action came from, with the keyboard."""
        self.active_dialog = None
        self.activateWindow()
        self.table.table.setFocus()

    def open_edit(self) -> QDialog | None:
        row = self.table.selected_row()
        if row is None:
            return None
        dialog = ItemEditDialog(row, self)
        return self._open(dialog, lambda: self._run(
            intake.update_item, row.code, ItemChanges(**dialog.values()),
            done=self.tr("{code} geändert").format(code=row.code)))

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
            result = self.tr("bestanden") if v["passed"] else self.tr("nicht bestanden")
            self._run(lifecycle.record_safety_test, code, v["passed"], v["tester"], when,
                      v["device_id"], v["notes"], v["on_fail"], v["measurements"],
                      done=self.tr("Sicherheitsprüfung {code} gespeichert: {result}").format(
                          code=code, result=result))
        return self._open(dialog, record)

    def open_repair_note(self) -> QDialog | None:
        code = self.table.selected_code()
        if not code:
            return None
        dialog = RepairNoteDialog(code, self)
        return self._open(dialog, lambda: self._run(
            lifecycle.add_repair_note, code, dialog.values()["note"],
            dialog.values()["parts"], done=self.tr("Notiz zu {code} gespeichert").format(
                code=code)))

    def open_repair_record(self) -> QDialog | None:
        """F11: the repair record (ORDS outcome, barrier, time) of the selected item."""
        code = self.table.selected_code()
        if not code:
            return None
        dialog = RepairRecordDialog(code, self.session.today(), self)
        return self._open(dialog, lambda: self._run(
            repairs.record_repair, dialog.repair_input(),
            done=self.tr("Reparatur an {code} erfasst").format(code=code)))

    def open_hours(self) -> QDialog:
        """F12: log volunteer hours (the logged-in user unless another name is typed)."""
        dialog = HoursDialog(self.session.actor.name, self.session.today(), self)

        def send() -> None:
            v = dialog.values()
            self._run(repairs.record_hours, v["minutes"], v["activity"], v["worked_on"],
                      v["volunteer"], done=self.tr("{minutes} Minuten „{activity}“ erfasst")
                      .format(minutes=str(v["minutes"]).strip(),
                              activity=str(v["activity"]).strip()))
        return self._open(dialog, send)

    def open_pickup(self) -> DeliveryDialog:
        """F4: book a donation pick-up (the goods typed here, no sale, no fee)."""
        dialog = DeliveryDialog(self.session, DeliveryKind.PICKUP, parent=self)
        dialog.booked.connect(lambda order: self.message.success(
            self.tr("Abholung {number} gebucht.").format(number=order.number)))
        self.active_dialog = dialog
        dialog.finished.connect(self._pickup_closed)
        dialog.open()
        return dialog

    def _pickup_closed(self, _result: int) -> None:
        self.active_dialog = None
        self.activateWindow()
        self.main_input().setFocus()

    def open_recycle(self) -> QDialog | None:
        row = self.table.selected_row()
        if row is None:
            return None
        stream = MaterialStream.WEEE if row.electrical else MaterialStream.MIXED
        dialog = RecycleDialog(row, stream, self)

        def send() -> None:
            v = dialog.values()
            self._run(lifecycle.recycle, row.code, v["kind"], v["material_stream"], v["weight"],
                      done=self.tr("{code}: {status}").format(
                          code=row.code, status=STATUS_LABELS[v["kind"]]))
        return self._open(dialog, send)

    def _relabel(self) -> None:
        codes = self.table.selected_codes()
        if codes:
            self.queue.add(codes)
            self.message.success(self.tr("{n} Etiketten in der Warteschlange").format(
                n=len(codes)))
