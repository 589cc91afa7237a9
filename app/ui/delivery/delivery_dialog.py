"""Book a cargo-bike delivery for a finished sale (Kasse) or a donation pick-up (Annahme).

The dialog collects; ``orders.book`` checks and books off the GUI thread. A refusal is
shown in the dialog's message line in the service's German words and every field keeps
what was typed. While the cashier types, the load is checked as booking will check it
(``counter.load_check``): the total, the split warning when it needs several trips, the
refusal when no vehicle takes a piece. Enter books once; Escape closes. After booking the
order number and the split warning stay, and the slip can be printed.
"""

from __future__ import annotations

from itertools import pairwise

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent, QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.services.delivery import counter, geocoding, orders
from app.services.delivery import messages as delivery_msg
from app.services.delivery.counter import LoadCheck, SaleGoods
from app.services.delivery.messages import KIND_LABELS
from app.services.delivery.model import OrderView
from app.services.delivery.orders import Booked, OrderInput
from app.services.impact.notes import format_kg
from app.services.kernel.formatting import format_cents, format_local
from app.sync_schema import limits
from app.sync_schema.enums import DeliveryKind
from app.ui.delivery.day_edit import DayEdit
from app.ui.delivery.goods_editor import GoodsEditor
from app.ui.delivery.slip_output import print_slip
from app.ui.kit.fields import fit_placeholder
from app.ui.kit.message_line import MessageLine
from app.ui.kit.translation_marks import QT_TRANSLATE_NOOP
from app.ui.shell.session import SessionState

# The fees of resources/delivery/delivery.toml by their label there, for lupdate; a fee
# added to the file later shows its label as written.
FEE_NAMES = (QT_TRANSLATE_NOOP("DeliveryDialog", "ohne Gebühr"),
             QT_TRANSLATE_NOOP("DeliveryDialog", "Stadtgebiet"),
             QT_TRANSLATE_NOOP("DeliveryDialog", "Umland bis 10 km"))
ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class DeliveryDialog(QDialog):
    """Address, day and window, goods and fee of one delivery or pick-up; Enter books."""

    booked = Signal(object)  # the OrderView of the order just booked

    def __init__(self, session: SessionState, kind: DeliveryKind = DeliveryKind.DELIVERY,
                 sale_id: int | None = None, goods: SaleGoods | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("deliveryDialog")
        self.session = session
        self.kind = kind
        self.sale_id: int | None = None
        self.receipt_number: int | None = None
        self.order: OrderView | None = None
        self.busy = False
        self.load: LoadCheck | None = None
        pickup = kind == DeliveryKind.PICKUP
        self.setWindowTitle(self.tr("Abholung buchen") if pickup else self.tr(
            "Lieferung buchen"))

        # --- the address -------------------------------------------------------------------
        self.name = self._line(limits.CUSTOMER_NAME_LENGTH)
        self.street = self._line(limits.STREET_LENGTH, self.tr("z. B. Marktstraße 5"))
        self.postcode = self._line(10, self.tr("5 Ziffern"))
        self.city = self._line(limits.CITY_LENGTH)
        self.phone = self._line(limits.PHONE_LENGTH, self.tr("für Rückfragen (freiwillig)"))
        self.coordinates = self._line(40, self.tr("z. B. 51,5711 8,1057"))
        self.notes = self._line(limits.DELIVERY_NOTE_LENGTH, self.tr(
            "z. B. 3. Stock, kein Aufzug"))
        address_box = QGroupBox(self.tr("Abholadresse") if pickup else self.tr(
            "Lieferadresse"))
        address = QFormLayout(address_box)
        for text, field in ((self.tr("&Name:"), self.name),
                            (self.tr("&Straße und Nr.:"), self.street),
                            (self.tr("P&LZ:"), self.postcode), (self.tr("&Ort:"), self.city),
                            (self.tr("&Telefon:"), self.phone),
                            (self.tr("&Koordinaten:"), self.coordinates),
                            (self.tr("&Hinweise:"), self.notes)):
            self._row(address, text, field)

        # --- the appointment -----------------------------------------------------------------
        today = session.today()
        self.day = DayEdit(today, first=today)
        self.window_from = self._line(8, self.tr("z. B. 14:00"))
        self.window_to = self._line(8, self.tr("z. B. 16:00"))
        window = QWidget()
        window_row = QHBoxLayout(window)
        window_row.setContentsMargins(0, 0, 0, 0)
        window_row.addWidget(self.window_from)
        until = QLabel(self.tr("b&is"))
        until.setBuddy(self.window_to)
        window_row.addWidget(until)
        window_row.addWidget(self.window_to)
        window_row.addWidget(QLabel(self.tr("Uhr")))
        window_row.addStretch(1)
        self.window_from.setAccessibleName(self.tr("Zeitfenster von"))
        self.window_to.setAccessibleName(self.tr("Zeitfenster bis"))
        self.fee = QComboBox()
        self.fee.setAccessibleName(self.tr("Liefergebühr"))
        fees = counter.fee_choices()
        for fee in fees:
            self.fee.addItem(self.tr("{label} ({amount})").format(
                label=self.tr(fee.label), amount=format_cents(fee.cents)), fee.key)
        default = next((f for f in fees if f.cents), fees[0] if fees else None)
        if default is not None:
            self.fee.setCurrentIndex(self.fee.findData(default.key))
        when_box = QGroupBox(self.tr("Termin"))
        when = QFormLayout(when_box)
        self._row(when, self.tr("T&ag:"), self.day)
        from_label = QLabel(self.tr("Zeitfenster &von:"))
        from_label.setBuddy(self.window_from)
        when.addRow(from_label, window)
        if not pickup:
            self._row(when, self.tr("&Gebühr:"), self.fee)

        # --- the goods -----------------------------------------------------------------------
        self.receipt = self._line(20, self.tr("Bon-Nr. oder Bon scannen, Enter"))
        self.receipt.setAccessibleName(self.tr("Bon-Nr."))
        self.goods = GoodsEditor(editable=pickup)
        self.goods.changed.connect(self.check_load)
        scroll = QScrollArea()
        scroll.setObjectName("goodsScroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the fields inside
        scroll.setWidget(self.goods)
        self.add_button = QPushButton(self.tr("Weitere &Position"))
        self.add_button.setAccessibleName(self.tr("Weitere Position"))
        self.add_button.clicked.connect(self.add_row)
        self.load_value = QLabel()
        self.load_value.setObjectName("loadValue")
        self.load_note = MessageLine()
        self.load_note.setObjectName("loadNote")
        goods_box = QGroupBox(self.tr("Waren"))
        goods_layout = QVBoxLayout(goods_box)
        if not pickup:
            receipt_row = QHBoxLayout()
            receipt_label = QLabel(self.tr("&Bon-Nr.:"))
            receipt_label.setBuddy(self.receipt)
            receipt_row.addWidget(receipt_label)
            receipt_row.addWidget(self.receipt, 1)
            goods_layout.addLayout(receipt_row)
        goods_layout.addWidget(scroll, 1)
        if pickup:
            goods_layout.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignLeft)
        goods_layout.addWidget(self.load_value)
        goods_layout.addWidget(self.load_note)
        # What the kind does not use stays a hidden child: a pick-up has no sale and no
        # fee, a delivery's lines are the sale's.
        unused = (self.receipt, self.fee) if pickup else (self.add_button,)
        for widget in unused:
            widget.setParent(self)
            widget.hide()

        # --- booking ---------------------------------------------------------------------------
        self.message = MessageLine()
        self.book_button = QPushButton(self.tr("Buchen (Enter)"))
        self.book_button.setProperty("role", "primary")
        self.book_button.setAccessibleName(self.tr("Buchen"))
        self.book_button.clicked.connect(self.book)
        self.slip_button = QPushButton(self.tr("Abholschein &drucken") if pickup else self.tr(
            "Lieferschein &drucken"))
        self.slip_button.setAccessibleName(self.slip_button.text().replace("&", ""))
        self.slip_button.setEnabled(False)
        self.slip_button.clicked.connect(self.print_slip)
        self.close_button = QPushButton(self.tr("Abbrechen (Esc)"))
        self.close_button.setAccessibleName(self.tr("Abbrechen"))
        self.close_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.slip_button)
        buttons.addStretch(1)
        buttons.addWidget(self.book_button)
        buttons.addWidget(self.close_button)

        left = QVBoxLayout()
        left.addWidget(address_box)
        left.addWidget(when_box)
        left.addStretch(1)
        body = QHBoxLayout()
        body.addLayout(left, 4)
        body.addWidget(goods_box, 5)
        layout = QVBoxLayout(self)
        layout.addLayout(body, 1)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self.inputs = (address_box, when_box, goods_box)
        self.resize(1120, 600)

        for edit in (self.name, self.street, self.postcode, self.city, self.phone,
                     self.coordinates, self.notes, self.window_from, self.window_to):
            edit.textEdited.connect(self._typed)
        # With a geocoder set up on this machine, leaving the city (or postcode) looks
        # the coordinates up while they are empty; typed ones are never replaced.
        self.geocoder_url = str(session.settings.get("delivery.geocoder_url") or "").strip()
        self.looking_up = False
        if self.geocoder_url:
            self.city.editingFinished.connect(self.look_up_coordinates)
            self.postcode.editingFinished.connect(self.look_up_coordinates)
        if pickup:
            self.add_row()
        elif goods is not None:
            self.show_goods(goods)
        elif sale_id is not None:
            self.load_sale(sale_id)
        self._tab_order()
        self.check_load()

    # --- building --------------------------------------------------------------------------

    def _line(self, length: int, placeholder: str = "") -> QLineEdit:
        edit = QLineEdit()
        edit.setMaxLength(length)
        if placeholder:
            edit.setPlaceholderText(placeholder)
            fit_placeholder(edit)
        return edit

    def _row(self, form: QFormLayout, text: str, field: QWidget) -> QLabel:
        label = QLabel(text)
        label.setBuddy(field)
        field.setAccessibleName(text.replace("&", "").rstrip(":"))
        form.addRow(label, field)
        return label

    def _tab_order(self) -> None:
        chain: list[QWidget] = [self.name, self.street, self.postcode, self.city, self.phone,
                                self.coordinates, self.notes, self.day, self.window_from,
                                self.window_to]
        if self.kind == DeliveryKind.DELIVERY:
            chain += [self.fee, *self.goods.inputs(), self.receipt]
        else:
            chain += [*self.goods.inputs(), self.add_button]
        chain += [self.book_button, self.slip_button, self.close_button]
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)

    def first_input(self) -> QWidget:
        """Where the keyboard starts: the receipt while there are no goods, else the name."""
        if self.kind == DeliveryKind.DELIVERY and self.sale_id is None:
            return self.receipt
        return self.name

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.activateWindow()  # typing goes into the dialog, never to the till behind it
        self.first_input().setFocus()

    # --- the goods ----------------------------------------------------------------------------

    def load_sale(self, sale_id: int) -> None:
        """The goods of the finished sale (off the GUI thread)."""
        self.session.ops.query(self.session.actor, counter.goods_of_sale, sale_id).then(
            self.show_goods, self._goods_failed, self)

    def load_receipt(self) -> None:
        """Enter in the receipt field: the goods of that receipt."""
        text = self.receipt.text().strip()
        if not text:
            self.message.warning(self.tr("Bitte die Bon-Nummer eintippen oder den Bon "
                                         "scannen, dann Enter."))
            return
        self.message.info(self.tr("Bon {n} wird geladen …").format(n=text))
        self.session.ops.query(self.session.actor, counter.goods_of_receipt, text).latest(
            ).then(self.show_goods, self._goods_failed, self)

    def show_goods(self, goods: SaleGoods) -> None:
        was_empty = self.sale_id is None
        self.sale_id, self.receipt_number = goods.sale_id, goods.receipt_number
        self.receipt.setText(str(goods.receipt_number))
        self.goods.set_lines(goods.lines)
        self.message.clear()
        self._tab_order()
        focused = self.focusWidget()  # of this window, active yet or not
        if was_empty and (focused is None or focused is self.receipt):
            self.name.setFocus()

    def _goods_failed(self, error: BaseException) -> None:
        self.message.error(self.session.ops.reporter.message_for(error))
        if self.isVisible():
            self.receipt.setFocus()
            self.receipt.selectAll()

    def add_row(self) -> None:
        """Another pick-up line; the focus goes to its description."""
        field = self.goods.add_row()
        self._tab_order()
        if self.isVisible():
            field.setFocus()

    def check_load(self) -> None:
        """The load as booking will see it (off the GUI thread, the newest edit wins)."""
        lines = self.goods.lines()
        if not lines:
            self._show_load(LoadCheck(None, None, 0))
            return
        self.session.ops.query(self.session.actor, counter.load_check, lines).latest().then(
            self._show_load, lambda error: self.load_note.error(
                self.session.ops.reporter.message_for(error)), self)

    def _show_load(self, check: LoadCheck) -> None:
        self.load = check
        if check.weight_g is None or check.volume_l is None:
            self.load_value.setText(self.tr("Ladung: noch offen"))
        else:
            trips = self.tr("1 Fahrt") if check.trips <= 1 else self.tr(
                "{n} Fahrten").format(n=check.trips)
            self.load_value.setText(self.tr("Ladung: {kg} kg, {l} l · {trips}").format(
                kg=format_kg(check.weight_g), l=check.volume_l,
                trips=trips if check.trips else self.tr("kein Fahrzeug")))
        if check.refusal:
            self.load_note.error(check.refusal)
        elif check.warning:
            self.load_note.warning(check.warning)
        elif check.incomplete:
            self.load_note.info(check.incomplete)
        else:
            self.load_note.clear()

    # --- booking ---------------------------------------------------------------------------

    def look_up_coordinates(self) -> None:
        """Ask the geocoder for the typed address (off the GUI thread) and fill the
        coordinates; its refusal is shown and the field stays for typing."""
        if not self.geocoder_url or self.coordinates.text().strip() or self.looking_up \
                or not self.street.text().strip() or not self.city.text().strip():
            return
        self.looking_up = True
        url, street = self.geocoder_url, self.street.text()
        postcode, city = self.postcode.text(), self.city.text()

        def found(result: geocoding.Found) -> None:
            self.looking_up = False
            if not self.coordinates.text().strip():  # typed meanwhile: that one counts
                self.coordinates.setText(result.text)
                self.message.info(str(delivery_msg.GEOCODER_FOUND.format(
                    place=result.label or result.text)))

        def failed(exc: BaseException) -> None:
            self.looking_up = False
            self.message.warning(self.session.ops.reporter.message_for(exc))
        self.session.ops.run(lambda: geocoding.look_up(url, street, postcode, city),
                             found, failed, self)

    def _typed(self, _text: str) -> None:
        if self.order is None and not self.busy:
            self.message.clear()  # the refusal was about what was there before

    def order_input(self) -> OrderInput:
        """What is typed, for ``orders.book``."""
        return OrderInput(
            kind=self.kind, day=self.day.day(), window_from=self.window_from.text(),
            window_to=self.window_to.text(), name=self.name.text(), street=self.street.text(),
            postcode=self.postcode.text(), city=self.city.text(),
            coordinates=self.coordinates.text(), phone=self.phone.text(),
            notes=self.notes.text(), lines=self.goods.lines(),
            fee_key=str(self.fee.currentData() or "none") if self.kind ==
            DeliveryKind.DELIVERY else "none", sale_id=self.sale_id)

    def book(self) -> None:
        """Book once: a second Enter while the booking runs, or after it, books nothing."""
        if self.busy or self.order is not None:
            return
        if self.kind == DeliveryKind.DELIVERY:
            typed = self.receipt.text().strip()
            if self.sale_id is None or typed != str(self.receipt_number):
                self.message.error(self.tr("Bitte zuerst den Bon laden: Bon-Nummer "
                                           "eintippen, Enter."))
                self.receipt.setFocus()
                return
        data = self.order_input()
        self.busy = True
        self.book_button.setEnabled(False)
        self.message.info(self.tr("Wird gebucht …"))
        self.session.ops.call(self.session.actor, orders.book, data).then(
            self._booked, self._refused, self)

    def _refused(self, error: BaseException) -> None:
        self.busy = False
        self.book_button.setEnabled(True)
        self.message.error(self.session.ops.reporter.message_for(error))

    def _booked(self, result: Booked) -> None:
        self.busy = False
        order = self.order = result.order
        text = self.tr("{kind} {number} gebucht: {day}, {start}–{end} Uhr.").format(
            kind=KIND_LABELS[order.kind], number=order.number,
            day=order.day.strftime("%d.%m.%Y"), start=format_local(order.window_start, "%H:%M"),
            end=format_local(order.window_end, "%H:%M"))
        if result.warning:
            self.message.warning(f"{text} {result.warning}")
        else:
            self.message.success(text)
        for box in self.inputs:
            box.setEnabled(False)
        self.close_button.setText(self.tr("Schließen (Esc)"))
        self.close_button.setAccessibleName(self.tr("Schließen"))
        self.slip_button.setEnabled(True)
        self.slip_button.setFocus()
        self.booked.emit(order)

    def print_slip(self) -> None:
        """Save the slip of the booked order and offer it to the printer."""
        if self.order is not None:
            print_slip(self.session, self.order.number, self, self.message)

    # --- keys --------------------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter in the receipt field loads it; Enter anywhere else books (once)."""
        if event.key() in ENTER_KEYS and not (
                event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier):
            if QApplication.focusWidget() is self.receipt and self.order is None:
                self.load_receipt()
            else:
                self.book()
            event.accept()
            return
        super().keyPressEvent(event)
