"""Returns (scan the receipt, choose lines, pay back) and today's journal with reprints."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.services.checkout import journal as sales_journal
from app.services.checkout import messages as checkout_msg
from app.services.checkout import refunds
from app.services.checkout.refunds import RefundRequest, SaleForRefund
from app.services.kernel.formatting import format_cents, format_local
from app.sync_schema import limits
from app.sync_schema.enums import PaymentMethod, SaleKind
from app.ui.checkout.checkout_dialogs import fit_columns
from app.ui.kit import confirm
from app.ui.kit.message_line import MessageLine
from app.ui.kit.translation_marks import QT_TRANSLATE_NOOP
from app.ui.shell.session import SessionState

# The journal's "Art" column, translated in the JournalDialog context when shown.
KIND_LABELS: dict[str, str] = {SaleKind.SALE: QT_TRANSLATE_NOOP("JournalDialog", "Verkauf"),
                               SaleKind.REFUND: QT_TRANSLATE_NOOP("JournalDialog", "Rückgabe"),
                               SaleKind.CANCELLED: QT_TRANSLATE_NOOP("JournalDialog", "Abbruch")}


class ReturnDialog(QDialog):
    """Find a sale by its receipt barcode or number and choose what comes back.

    The refund needs a reason (one of a short list, free text may follow), shows what is
    paid back large, and asks once before it is booked.
    """

    # sale id, requests, method, reference, reason
    refund_requested = Signal(int, list, str, str, str)

    def __init__(self, session: SessionState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.sale: SaleForRefund | None = None
        self.setWindowTitle(self.tr("Rückgabe"))
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Bon scannen oder Bonnummer eingeben, Enter"))
        self.search.returnPressed.connect(self.find_sale)
        today = session.today()
        self.day = QDateEdit(QDate(today.year, today.month, today.day))
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("dd.MM.yyyy")
        self.day_button = QPushButton(self.tr("Bons des Tages"))
        self.day_button.clicked.connect(self.list_day)
        self.day_list = QListWidget()
        self.day_list.setMaximumHeight(110)
        self.day_list.itemActivated.connect(lambda _i: self._pick_from_day())
        self.day_rows: list[sales_journal.JournalRow] = []
        self.info = QLabel()
        self.info.setWordWrap(True)
        self.message = MessageLine()
        self.table = QTableWidget(0, 5)
        self.table.setObjectName("returnTable")
        self.table.setHorizontalHeaderLabels([self.tr("Zurück"), self.tr("Artikel"),
                                              self.tr("Menge"), self.tr("Betrag"),
                                              self.tr("In den Bestand")])
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(False)
        # Tab walks the boxes of each line and then leaves the table (arrows move in it);
        # with Qt's default, Tab stepped through every cell before reaching the reason.
        self.table.setTabKeyNavigation(False)
        fit_columns(self.table, stretch=1)
        self.reason = QComboBox()
        self.reason.setObjectName("refundReason")
        self.reason.addItem(self.tr("Grund wählen …"), "")
        for reason in checkout_msg.REFUND_REASONS:
            self.reason.addItem(reason, reason)
        self.reason_text = QLineEdit()
        self.reason_text.setMaxLength(limits.NOTE_LENGTH - 40)
        self.reason_text.setPlaceholderText(self.tr("Grund (Pflicht): wählen und/oder eintippen"))
        self.amount = QLabel()
        self.amount.setObjectName("bigAmount")
        self.amount.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.confirm_dialog: confirm.ConfirmDialog | None = None
        self.method = QComboBox()
        self.method.addItem(self.tr("bar auszahlen"), PaymentMethod.CASH.value)
        self.method.addItem(self.tr("auf die Karte zurück"), PaymentMethod.CARD.value)
        self.reference = QLineEdit()
        self.reference.setPlaceholderText(self.tr("Kartenbeleg-Nr. (bei Karte)"))
        self.ok = QPushButton(self.tr("Rückgabe &buchen"))
        self.ok.setEnabled(False)
        self.ok.clicked.connect(self.submit)
        cancel = QPushButton(self.tr("Abbrechen"))
        cancel.clicked.connect(self.reject)
        bottom = QHBoxLayout()
        bottom.addWidget(self.method)
        bottom.addWidget(self.reference)
        bottom.addStretch()
        bottom.addWidget(self.ok)
        bottom.addWidget(cancel)
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.day)
        top.addWidget(self.day_button)
        layout.addLayout(top)
        layout.addWidget(self.day_list)
        layout.addWidget(self.info)
        layout.addWidget(self.message)
        layout.addWidget(self.table, 1)
        reason_row = QHBoxLayout()
        reason_label = QLabel(self.tr("&Grund"))
        reason_label.setBuddy(self.reason)
        reason_row.addWidget(reason_label)
        reason_row.addWidget(self.reason)
        reason_row.addWidget(self.reason_text, 1)
        reason_row.addWidget(self.amount)
        layout.addLayout(reason_row)
        layout.addLayout(bottom)
        self.resize(1000, 560)

    def find_sale(self) -> None:
        text = self.search.text().strip()
        if not text:
            return
        self.session.ops.query(self.session.actor, refunds.find, text).then(
            self.show_sale, self._failed, parent=self)

    def _failed(self, exc: BaseException) -> None:
        self.message.show_error(self.session.ops.reporter.message_for(exc))

    def list_day(self) -> None:
        """Receipts of the chosen day, for a customer who lost the receipt."""
        qdate = self.day.date()
        day = date(qdate.year(), qdate.month(), qdate.day())
        self.session.ops.query(self.session.actor, sales_journal.journal, day).then(
            self._show_day, self._failed, parent=self)

    def _show_day(self, rows: list[sales_journal.JournalRow]) -> None:
        self.day_rows = [r for r in rows if r.kind == SaleKind.SALE]
        self.day_list.clear()
        for row in self.day_rows:
            self.day_list.addItem(f"Bon {row.receipt_number} · "
                                  f"{format_local(row.finished_at, '%H:%M')} · "
                                  f"{format_cents(row.total_cents)} · {row.payments}")
        if not self.day_rows:
            self.info.setText(self.tr("An diesem Tag gibt es keine Verkäufe an dieser Kasse."))
        else:
            self.day_list.setCurrentRow(0)

    def _pick_from_day(self) -> None:
        row = self.day_list.currentRow()
        if 0 <= row < len(self.day_rows):
            self.session.ops.query(self.session.actor, refunds.load,
                                   self.day_rows[row].sale_id).then(
                self.show_sale, self._failed, parent=self)

    def show_sale(self, sale: SaleForRefund) -> None:
        self.sale = sale
        self.message.clear()
        self.info.setText(self.tr("Bon {number} vom {when}, {total}").format(
            number=sale.receipt_number, when=format_local(sale.finished_at),
            total=format_cents(sale.total_cents)))
        self.table.setRowCount(len(sale.lines))
        for r, line in enumerate(sale.lines):
            take = QCheckBox()
            take.setEnabled(line.quantity_left > 0)
            qty = QSpinBox()
            qty.setRange(1, max(line.quantity_left, 1))
            qty.setEnabled(line.quantity_left > 1)
            restock = QCheckBox()
            restock.setEnabled(line.has_item)
            restock.setChecked(line.has_item)
            take.toggled.connect(lambda _on: self._show_amount())
            qty.valueChanged.connect(lambda _v: self._show_amount())
            self.table.setCellWidget(r, 0, take)
            done = "" if line.quantity_left > 0 else self.tr(" (schon zurück)")
            self.table.setItem(r, 1, QTableWidgetItem(line.description + done))
            self.table.setCellWidget(r, 2, qty)
            amount = QTableWidgetItem(format_cents(line.amount_left_cents))
            amount.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.table.setItem(r, 3, amount)
            self.table.setCellWidget(r, 4, restock)
        fit_columns(self.table, stretch=1)
        self.table.resizeRowsToContents()  # the spin boxes keep their full height
        self.ok.setEnabled(True)
        self._show_amount()
        first = next((self.table.cellWidget(r, 0) for r in range(self.table.rowCount())
                      if self.table.cellWidget(r, 0).isEnabled()), None)
        if first is not None:
            first.setFocus()  # Space ticks the first line that can still go back

    def refund_cents(self) -> int:
        """What the ticked lines pay back, as the refund will book it."""
        if self.sale is None:
            return 0
        by_id = {line.line_id: line for line in self.sale.lines}
        return sum(refunds.amount_for(by_id[r.line_id], r.quantity) for r in self.requests())

    def _show_amount(self) -> None:
        self.amount.setText(self.tr("Erstattung: {amount}").format(
            amount=format_cents(self.refund_cents())))

    def reason_given(self) -> str:
        """The chosen reason and the typed text, as stored with the refund."""
        chosen, typed = self.reason.currentData() or "", " ".join(self.reason_text.text().split())
        return " – ".join(part for part in (chosen, typed) if part)

    def choose(self, position: int, quantity: int = 1, restock: bool = True) -> None:
        """Tick the line at receipt position ``position`` (used by keyboard and tests)."""
        assert self.sale is not None
        for r, line in enumerate(self.sale.lines):
            if line.position == position:
                take = self.table.cellWidget(r, 0)
                qty = self.table.cellWidget(r, 2)
                back = self.table.cellWidget(r, 4)
                assert isinstance(take, QCheckBox) and isinstance(qty, QSpinBox)
                assert isinstance(back, QCheckBox)
                take.setChecked(True)
                qty.setValue(quantity)
                back.setChecked(restock and line.has_item)

    def requests(self) -> list[RefundRequest]:
        out: list[RefundRequest] = []
        if self.sale is None:
            return out
        for r, line in enumerate(self.sale.lines):
            take = self.table.cellWidget(r, 0)
            qty = self.table.cellWidget(r, 2)
            back = self.table.cellWidget(r, 4)
            if isinstance(take, QCheckBox) and take.isChecked():
                assert isinstance(qty, QSpinBox) and isinstance(back, QCheckBox)
                out.append(RefundRequest(line.line_id, qty.value(), back.isChecked()))
        return out

    def submit(self) -> confirm.ConfirmDialog | None:
        """Check the choice and the reason, then ask once with the amount large."""
        sale = self.sale
        if sale is None:
            return None
        requests = self.requests()
        if not requests:
            self.message.show_error(checkout_msg.REFUND_NOTHING)
            return None
        reason = self.reason_given()
        if not reason:
            self.message.show_error(checkout_msg.REFUND_REASON_NEEDED)
            self.reason.setFocus()
            return None
        self.message.clear()
        method, reference = self.method.currentData(), self.reference.text().strip()
        amount = format_cents(self.refund_cents())
        how = (self.tr("bar auszahlen") if method == PaymentMethod.CASH.value
               else self.tr("auf die Karte zurück"))

        def confirmed() -> None:
            self.refund_requested.emit(sale.sale_id, requests, method, reference, reason)
            self.accept()
        self.confirm_dialog = confirm.ask(
            self, self.tr("Rückgabe buchen?"),
            self.tr("{amount} {how}?").format(amount=amount, how=how),
            self.tr("Erstatten (Enter)"), confirmed,
            summary=self.tr("Bon {number}, {n} Position(en). Grund: {reason}").format(
                number=sale.receipt_number, n=len(requests), reason=reason))
        question = self.confirm_dialog.question
        question.setObjectName("bigAmount")  # the amount paid back, large
        question.style().unpolish(question)
        question.style().polish(question)
        self.confirm_dialog.rejected.connect(self._back_to_choice)
        return self.confirm_dialog

    def _back_to_choice(self) -> None:
        """Escape on the question: back here, nothing booked, the keys on the button."""
        self.activateWindow()
        self.ok.setFocus()


class JournalDialog(QDialog):
    """Today's receipts at this till; Enter or the button reprints one as a copy."""

    reprint_requested = Signal(int)

    def __init__(self, session: SessionState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.rows: list[sales_journal.JournalRow] = []
        self.setWindowTitle(self.tr("Journal heute"))
        self.table = QTableWidget(0, 6)
        self.table.setHorizontalHeaderLabels([self.tr("Bon"), self.tr("Zeit"), self.tr("Art"),
                                              self.tr("Kasse"), self.tr("Zahlung"),
                                              self.tr("Betrag")])
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.total = QLabel()
        reprint = QPushButton(self.tr("Nachdruck (Kopie)"))
        reprint.clicked.connect(self._reprint)
        close = QPushButton(self.tr("Schließen"))
        close.clicked.connect(self.accept)
        row = QHBoxLayout()
        row.addWidget(self.total)
        row.addStretch()
        row.addWidget(reprint)
        row.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addLayout(row)
        self.table.itemActivated.connect(lambda _item: self._reprint())
        self.resize(700, 460)
        session.ops.query(session.actor, sales_journal.journal).then(self._show, parent=self)

    def _show(self, rows: list[sales_journal.JournalRow]) -> None:
        self.rows = rows
        self.table.setRowCount(len(rows))
        for r, row in enumerate(rows):
            values = (str(row.receipt_number), format_local(row.finished_at, "%H:%M"),
                      self.tr(KIND_LABELS.get(row.kind, row.kind)), row.cashier, row.payments,
                      format_cents(row.total_cents))
            for c, value in enumerate(values):
                self.table.setItem(r, c, QTableWidgetItem(value))
        fit_columns(self.table, stretch=3)
        total = sum(r.total_cents for r in rows if r.kind != SaleKind.CANCELLED)
        self.total.setText(self.tr("{n} Bons, Summe {total}").format(
            n=len(rows), total=format_cents(total)))
        if rows:
            self.table.selectRow(0)

    def _reprint(self) -> None:
        selected = self.table.selectionModel().selectedRows()
        if selected and selected[0].row() < len(self.rows):
            self.reprint_requested.emit(self.rows[selected[0].row()].sale_id)
