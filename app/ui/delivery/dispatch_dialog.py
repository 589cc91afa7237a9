"""Lieferungen (managers): a day's deliveries and pick-ups, the trips planned for the open
ones and what found no place, with the status of each order set from here.

Everything is read in one call (``counter.day_overview``) off the GUI thread; a newer day
supersedes a reload still running. Status changes go through ``orders.set_status``
(delivered, nobody in, moved, cancelled after asking once); the dispatch list is written
as PDF or CSV off the GUI thread, the slip of the selected order goes to the printer.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFileDialog,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.services.delivery import counter, dispatch, orders
from app.services.delivery import messages as delivery_msg
from app.services.delivery.counter import DayOverview
from app.services.delivery.documents import DispatchStop, clock, place, shown_name, window_text
from app.services.delivery.messages import KIND_LABELS, STATUS_LABELS
from app.services.delivery.model import OrderView
from app.services.delivery.orders import FINAL, StatusInput
from app.services.impact.notes import format_kg
from app.services.kernel.context import Ctx
from app.services.reports import files as report_files
from app.sync_schema.enums import DeliveryStatus
from app.ui.delivery.day_edit import DayEdit
from app.ui.delivery.slip_output import print_slip
from app.ui.delivery.status_dialog import StatusDialog
from app.ui.kit import confirm
from app.ui.kit.message_line import MessageLine
from app.ui.shell.session import SessionState


def _table(columns: list[str], name: str) -> QTableWidget:
    table = QTableWidget(0, len(columns))
    table.setAccessibleName(name)
    table.setHorizontalHeaderLabels(columns)
    table.verticalHeader().setVisible(False)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setTabKeyNavigation(False)  # Tab leaves the table, the arrows move in it
    header = table.horizontalHeader()
    for column in range(len(columns)):
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
    header.setStretchLastSection(True)
    return table


def _address(order: OrderView) -> str:
    return ", ".join(p for p in (order.street, place(order)) if p)


def _load(weight_g: int, volume_l: int) -> str:
    return f"{format_kg(weight_g)} kg, {volume_l} l"


class DispatchDialog(QDialog):
    """The day's orders, trips and unplanned stops; status, slip and dispatch list."""

    def __init__(self, session: SessionState, today: date,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dispatchDialog")
        self.session = session
        self.overview: DayOverview | None = None
        self.orders: list[OrderView] = []
        self.status_dialog: StatusDialog | None = None
        self.confirm_dialog: confirm.ConfirmDialog | None = None
        self.setWindowTitle(self.tr("Lieferungen"))

        self.day = DayEdit(today)
        self.day.setAccessibleName(self.tr("Tag"))
        day_label = QLabel(self.tr("&Tag:"))
        day_label.setBuddy(self.day)
        self.summary = QLabel()
        self.summary.setObjectName("dispatchSummary")
        top = QHBoxLayout()
        top.addWidget(day_label)
        top.addWidget(self.day)
        top.addWidget(self.summary, 1)

        self.order_table = _table(
            [self.tr("Zeitfenster"), self.tr("Art"), self.tr("Auftrag"), self.tr("Name"),
             self.tr("Adresse"), self.tr("Telefon"), self.tr("Ladung"), self.tr("Status")],
            self.tr("Aufträge des Tages"))
        self.order_table.itemSelectionChanged.connect(self._selection_changed)
        orders_box = QGroupBox(self.tr("Aufträge"))
        QVBoxLayout(orders_box).addWidget(self.order_table)

        self.trip_tree = QTreeWidget()
        self.trip_tree.setAccessibleName(self.tr("Geplante Touren"))
        self.trip_tree.setHeaderLabels([self.tr("Tour / Stopp"), self.tr("geplant"),
                                        self.tr("Auftrag"), self.tr("Name"),
                                        self.tr("Adresse"), self.tr("Ladung")])
        header = self.trip_tree.header()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.trip_tree.setAllColumnsShowFocus(True)
        trips_box = QGroupBox(self.tr("Touren"))
        QVBoxLayout(trips_box).addWidget(self.trip_tree)
        self.unplanned_table = _table([self.tr("Auftrag"), self.tr("Grund")],
                                      self.tr("Nicht eingeplant"))
        self.unplanned_table.setWordWrap(True)
        self.unplanned_table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        unplanned_box = QGroupBox(self.tr("Nicht eingeplant"))
        QVBoxLayout(unplanned_box).addWidget(self.unplanned_table)
        lower = QHBoxLayout()
        lower.addWidget(trips_box, 5)
        lower.addWidget(unplanned_box, 3)

        self.delivered_button = QPushButton(self.tr("&Erledigt…"))
        self.failed_button = QPushButton(self.tr("&Nicht angetroffen…"))
        self.moved_button = QPushButton(self.tr("&Verschieben…"))
        self.cancel_button = QPushButton(self.tr("&Stornieren…"))
        self.slip_button = QPushButton(self.tr("&Lieferschein…"))
        self.pdf_button = QPushButton(self.tr("Tourenliste &PDF…"))
        self.csv_button = QPushButton(self.tr("Tourenliste &CSV…"))
        for button, status in ((self.delivered_button, DeliveryStatus.DELIVERED),
                               (self.failed_button, DeliveryStatus.FAILED),
                               (self.moved_button, DeliveryStatus.RESCHEDULED),
                               (self.cancel_button, DeliveryStatus.CANCELLED)):
            button.clicked.connect(lambda _checked=False, s=status: self.change_status(s))
        self.status_buttons = (self.delivered_button, self.failed_button, self.moved_button,
                               self.cancel_button)
        self.slip_button.clicked.connect(self.print_selected_slip)
        self.pdf_button.clicked.connect(lambda: self.ask_save("pdf"))
        self.csv_button.clicked.connect(lambda: self.ask_save("csv"))
        close = QPushButton(self.tr("Schließen (Esc)"))
        close.setAccessibleName(self.tr("Schließen"))
        close.clicked.connect(self.reject)
        for button in (*self.status_buttons, self.slip_button, self.pdf_button,
                       self.csv_button, close):
            button.setAutoDefault(False)
            button.setAccessibleName(button.text().replace("&", ""))
        buttons = QGridLayout()
        for column, button in enumerate((*self.status_buttons, self.slip_button)):
            buttons.addWidget(button, 0, column)
        buttons.addWidget(self.pdf_button, 1, 0)
        buttons.addWidget(self.csv_button, 1, 1)
        buttons.addWidget(close, 1, 4)
        self.message = MessageLine()

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(orders_box, 1)
        layout.addLayout(lower, 1)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self.resize(1180, 620)
        self.day.dateChanged.connect(lambda _d: self.reload())
        self._selection_changed()
        self.reload()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.activateWindow()
        self.order_table.setFocus()

    # --- reading -------------------------------------------------------------------------------

    def chosen_day(self) -> date:
        return self.day.day()

    def reload(self) -> None:
        """The chosen day's orders and plan (the newest request wins)."""
        self.session.ops.query(self.session.actor, counter.day_overview,
                               self.chosen_day()).latest().then(self._show, self._fail, self)

    def _show(self, overview: DayOverview) -> None:
        if overview.day != self.chosen_day():
            return
        keep = self.selected_order()
        self.overview = overview
        self.orders = list(overview.orders)
        self._fill_orders(keep.number if keep else None)
        plan = overview.plan
        trips = plan.dispatch.trips
        self.summary.setText(self.tr(
            "Aufträge: {orders} · Touren: {trips} · Stopps: {stops} · etwa {km} km").format(
            orders=len(self.orders), trips=len(trips), stops=plan.parts,
            km=format_kg(plan.distance_m)))
        self._fill_trips(overview)
        self._fill_unplanned(overview)

    def _fill_orders(self, keep: str | None) -> None:
        table = self.order_table
        table.setRowCount(len(self.orders))
        chosen = 0
        for row, order in enumerate(self.orders):
            load = _load(order.weight_g, order.volume_l)
            if order.trips > 1:
                load = self.tr("{load} · {n} Fahrten").format(load=load, n=order.trips)
            for column, text in enumerate((window_text(order), KIND_LABELS[order.kind],
                                           order.number, shown_name(order), _address(order),
                                           order.phone, load, STATUS_LABELS[order.status])):
                table.setItem(row, column, QTableWidgetItem(text))
            if order.number == keep:
                chosen = row
        if self.orders:
            table.selectRow(chosen)
            table.setCurrentCell(chosen, 0)
        self._selection_changed()

    def _stop_texts(self, stop: DispatchStop) -> list[str]:
        number = stop.order.number
        if stop.parts > 1:
            number = f"{number} ({delivery_msg.PART.format(part=stop.part, parts=stop.parts)})"
        return [number, shown_name(stop.order), _address(stop.order),
                _load(stop.weight_g, stop.volume_l)]

    def _fill_trips(self, overview: DayOverview) -> None:
        self.trip_tree.clear()
        trips = overview.plan.dispatch.trips
        if not trips:
            QTreeWidgetItem(self.trip_tree, [str(delivery_msg.NO_TRIPS)])
            return
        for trip in trips:
            parts = [delivery_msg.TRIP_HEADING.format(vehicle=trip.vehicle_name,
                                                      number=trip.number)]
            if trip.departure is not None:
                parts.append(delivery_msg.TRIP_DEPARTURE.format(time=clock(trip.departure)))
            if trip.return_at is not None:
                parts.append(delivery_msg.TRIP_RETURN.format(time=clock(trip.return_at)))
            parts.append(delivery_msg.TRIP_DISTANCE.format(km=format_kg(trip.distance_m)))
            head = QTreeWidgetItem(self.trip_tree, [" · ".join(parts)])
            head.setFirstColumnSpanned(True)  # the stops below keep narrow columns
            for index, stop in enumerate(trip.stops, start=1):
                QTreeWidgetItem(head, [f"{index}.", clock(stop.arrival) if stop.arrival
                                       else "–", *self._stop_texts(stop)])
        self.trip_tree.expandAll()

    def _fill_unplanned(self, overview: DayOverview) -> None:
        table = self.unplanned_table
        unassigned = overview.plan.dispatch.unassigned
        table.clearSpans()
        if not unassigned:
            table.setRowCount(1)
            table.setItem(0, 0, QTableWidgetItem(str(delivery_msg.UNASSIGNED_NONE)))
            table.setItem(0, 1, QTableWidgetItem(""))
            table.setSpan(0, 0, 1, 2)
            return
        table.setRowCount(len(unassigned))
        for row, (stop, reason) in enumerate(unassigned):
            table.setItem(row, 0, QTableWidgetItem(self._stop_texts(stop)[0]))
            table.setItem(row, 1, QTableWidgetItem(reason))
        table.resizeRowsToContents()

    def selected_order(self) -> OrderView | None:
        rows = self.order_table.selectionModel().selectedRows()
        row = rows[0].row() if rows else -1
        return self.orders[row] if 0 <= row < len(self.orders) else None

    def _selection_changed(self) -> None:
        order = self.selected_order()
        open_order = order is not None and order.status not in FINAL
        for button in self.status_buttons:
            button.setEnabled(open_order)
        self.slip_button.setEnabled(order is not None)

    def _fail(self, error: BaseException) -> None:
        self.message.error(self.session.ops.reporter.message_for(error))

    # --- status --------------------------------------------------------------------------------

    def change_status(self, status: DeliveryStatus) -> QDialog | None:
        """Ask what the status change needs (km, new window, a yes to cancel), then set it."""
        order = self.selected_order()
        if order is None:
            self.message.warning(self.tr("Bitte zuerst einen Auftrag wählen."))
            return None
        if status == DeliveryStatus.CANCELLED:
            self.confirm_dialog = confirm.ask(
                self, self.tr("Auftrag stornieren?"),
                self.tr("{kind} {number} ({name}) stornieren?").format(
                    kind=KIND_LABELS[order.kind], number=order.number,
                    name=shown_name(order) or "–"),
                self.tr("Stornieren (Enter)"),
                lambda: self._send(StatusInput(order.number, DeliveryStatus.CANCELLED)),
                self.tr("Das lässt sich nicht zurücknehmen; Esc führt zurück."))
            self.confirm_dialog.finished.connect(self._back_to_list)
            return self.confirm_dialog
        dialog = StatusDialog(order, status, self.session.today(), self)
        self.status_dialog = dialog
        dialog.submitted.connect(lambda data: self._send(data, dialog))
        dialog.finished.connect(self._back_to_list)
        dialog.open()
        return dialog

    def _send(self, data: StatusInput, dialog: StatusDialog | None = None) -> None:
        def done(view: OrderView) -> None:
            if dialog is not None:
                dialog.accept()
            self.message.success(self.tr("{number}: {status}").format(
                number=view.number, status=STATUS_LABELS[view.status]))
            self.reload()

        def refused(error: BaseException) -> None:
            text = self.session.ops.reporter.message_for(error)
            if dialog is not None and dialog.isVisible():
                dialog.refused(text)
            else:
                self.message.error(text)
        self.session.ops.call(self.session.actor, orders.set_status, data).then(
            done, refused, self)

    def _back_to_list(self, _result: int) -> None:
        self.activateWindow()
        self.order_table.setFocus()

    # --- papers ----------------------------------------------------------------------------------

    def print_selected_slip(self) -> None:
        order = self.selected_order()
        if order is not None:
            print_slip(self.session, order.number, self, self.message)

    def ask_save(self, fmt: str) -> None:
        """Ask for the file, then write the dispatch list of the shown day."""
        day = self.chosen_day()
        suggested = Path.home() / f"{day:%Y-%m-%d}.{fmt}"
        title = self.tr("Tourenliste als PDF speichern") if fmt == "pdf" else self.tr(
            "Tourenliste als CSV speichern")
        filter_text = self.tr("PDF-Dokument (*.pdf)") if fmt == "pdf" else self.tr(
            "CSV-Tabelle (*.csv)")
        path, _ = QFileDialog.getSaveFileName(self, title, str(suggested), filter_text)
        if path:
            self.save(Path(path), fmt, day)

    def save(self, path: Path, fmt: str, day: date) -> None:
        """Plan, render and write the list off the GUI thread; the message names the file."""
        target = path if path.suffix.lower() == f".{fmt}" else path.with_name(
            f"{path.name}.{fmt}")

        def write(ctx: Ctx) -> tuple[Path, dispatch.DayPlan]:
            data, plan = dispatch.dispatch_file(ctx, day, fmt)
            report_files.write_atomic(target, data)
            return target, plan

        def written(result: tuple[Path, dispatch.DayPlan]) -> None:
            where, plan = result
            self.message.success(self.tr(
                "Tourenliste gespeichert: {path} ({trips} Touren, {unplanned} nicht "
                "eingeplant).").format(path=where, trips=len(plan.dispatch.trips),
                                       unplanned=len(plan.dispatch.unassigned)))
        self.message.info(self.tr("Wird gespeichert …"))
        self.session.ops.query(self.session.actor, write).then(written, self._fail, self)
